/**
 * References a finding names instead of text: a framework item or a phrase of another rule's
 * messages, rendered in the report's language by the formatter (src/messages/). Shared by rules,
 * so that no rule imports another.
 */
import type { ItemKind } from './coverage.js';
import type { ItemRef } from './types.js';

/** A reference to a framework item, rendered as its name in the report's language. */
export function itemName(kind: ItemKind, id: string | number): ItemRef {
  return { ref: kind, id: String(id) };
}

/** The name of a route's document (diploma, EVC report, assessment report) in the report's language. */
export function documentName(key: 'diploma' | 'evc' | 'assessment'): ItemRef {
  return { ref: 'tekst', rule: 'A/route', id: `doc-${key}` };
}

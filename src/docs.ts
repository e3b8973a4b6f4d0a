/**
 * Where the documentation of each rule is: docs/regels.md (written by `npm run generate` from the
 * rules' catalogue texts), one section per rule, anchored by its id (`C2/kennisgebieden` →
 * `#c2-kennisgebieden`). SARIF gives it as each rule's `helpUri`.
 */

/** The rule reference on the project's home (the repository of package.json's `homepage`). */
export const RULES_DOC_URL = 'https://github.com/rlp-portfolio/rlp/blob/main/docs/regels.md';

/** The anchor of a rule's section in docs/regels.md: its id lower-cased, `/` as `-`. */
export function ruleAnchor(ruleId: string): string {
  return ruleId.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The absolute URL of a rule's documentation. */
export function ruleDocsUri(ruleId: string): string {
  return `${RULES_DOC_URL}#${ruleAnchor(ruleId)}`;
}

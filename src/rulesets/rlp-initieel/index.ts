/**
 * The ruleset `rlp-initieel`: the Noloc "Toetsingskader en handleiding initiële certificering
 * Register Loopbaanprofessional" (schemas/kader.yaml), rlp's Dutch word lists (schemas/woorden.yaml),
 * the content hints' lists (schemas/inhoud.yaml), the 34 rules of contract §6 (src/rules/), the
 * schemas of portfolio.yaml and the front-matter built from them, the templates (templates/) and
 * the rules' messages (src/messages/nl, en). The data stays in schemas/*.yaml; the build embeds it.
 */
import kaderData from '../../../schemas/kader.yaml';
import woordenData from '../../../schemas/woorden.yaml';
import inhoudData from '../../../schemas/inhoud.yaml';
import type { Inhoud } from '../../content.js';
import type { Kader } from '../../kader.js';
import { en } from '../../messages/en/index.js';
import { nl } from '../../messages/nl/index.js';
import { rules } from '../../rules/index.js';
import type { RuleMessages, Ruleset } from '../../rules/rule.js';
import { buildSchemas } from '../../schema.js';
import type { Woorden } from '../../woorden.js';

const kader = kaderData as Kader;

/** The ruleset of `kader: rlp-initieel` (initial certification). */
export const rlpInitieel: Ruleset = {
  id: kader.id,
  kader,
  woorden: woordenData as Woorden,
  inhoud: inhoudData as Inhoud,
  rules,
  schemas: buildSchemas(kader, rules),
  templates: 'templates',
  messages: { nl: nl.rules as Record<string, RuleMessages>, en: en.rules as Record<string, RuleMessages> },
};

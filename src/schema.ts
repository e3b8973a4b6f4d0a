/**
 * zod schemas of the files a candidate writes (contract §2 and §3): `portfolio.yaml`, the
 * front-matter of a case and of `ontwikkelplan.md`. They check shape only (keys, types, ids);
 * whether a requirement of the toetsingskader is met is for the rules. Every key is optional so
 * that a portfolio in progress still loads; the rules report what is missing.
 * `npm run generate` writes JSON Schema files for editors from these (schemas/*.schema.json).
 */
import * as z from 'zod';
import { kaderIds, type Kader } from './kader.js';
import type { Severity } from './types.js';
import { dutchWords, foldText } from './woorden.js';

/** rlp's own defaults for settings the toetsingskader leaves open. */
export const defaults = {
  /** Minimum words per case section before `C/inhoud` warns; the framework sets no length. */
  min_woorden: 50,
};

/**
 * The levels a rule can be set to in `instellingen.regels`, as written in portfolio.yaml, with the
 * severity each stands for (`off`: the rule's findings are left out).
 */
export const ruleLevels = { uit: 'off', info: 'info', aandachtspunt: 'warning', waarschuwing: 'warning', fout: 'error' } as const;

/** A rule's severity, or `off`. */
export type RuleLevel = (typeof ruleLevels)[keyof typeof ruleLevels];

const dutchLevel = (severity: Severity) => Object.keys(ruleLevels).find((k) => ruleLevels[k as keyof typeof ruleLevels] === severity)!;

const text = z.string();
/**
 * A yes/no value as a coach writes it: `true`/`false`, or a word of `ja_nee` in schemas/woorden.yaml
 * in any case (`ja`, `Nee`, `YES`). Any other value stays as written, so the schema reports it
 * ("Bij afgerond hoort ja of nee; nu staat er 'misschien'").
 */
export function readYesNo(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const word = foldText(value).trim().replace(/[.!]+$/, '');
  if (dutchWords.ja_nee.ja.includes(word)) return true;
  if (dutchWords.ja_nee.nee.includes(word)) return false;
  return value;
}

const bool = z.preprocess(readYesNo, z.boolean()).meta({ id: 'ja_nee', description: 'ja of nee' });

/**
 * The yes/no words an editor accepts for a yes/no field (JSON Schema matches case-sensitively):
 * each word of `ja_nee` as written, with a capital and in capitals.
 */
export function yesNoSpellings(): string[] {
  const all = [...dutchWords.ja_nee.ja, ...dutchWords.ja_nee.nee];
  return [...new Set(all.flatMap((w) => [w, w.charAt(0).toUpperCase() + w.slice(1), w.toUpperCase()]))];
}

/**
 * For `z.toJSONSchema(…, { override })`: a yes/no field accepts `true`/`false` and the words of
 * `yesNoSpellings()` in an editor too (zod alone would say only boolean, the type after reading).
 */
export function jsonSchemaOverride(ctx: { zodSchema: unknown; jsonSchema: Record<string, unknown> }): void {
  if (ctx.zodSchema !== bool) return;
  delete ctx.jsonSchema.type;
  ctx.jsonSchema.anyOf = [{ type: 'boolean' }, { type: 'string', enum: yesNoSpellings() }];
}
/** A calendar date written `YYYY-MM-DD`. */
const date = z.iso.date().describe('Datum als JJJJ-MM-DD, bijvoorbeeld 2026-12-01');
/** A path relative to the portfolio folder, with `/`. */
const path = z.string().min(1).describe('Pad vanaf de portfoliomap, met /, bijvoorbeeld bewijs/diploma.pdf');
const hours = z.number().nonnegative();

const declarationB1 = z.strictObject({
  ondertekend: bool.optional(),
  datum: date.optional(),
  bestand: path.optional(),
});

/** The opdrachtgever (who initiated the trajectory) of a case. */
export const opdrachtgevers = ['client', 'werkgever', 'uwv', 'gemeente', 'anders'] as const;

/**
 * `instellingen.regels`: rule id -> level. Shape only; the core refuses to lower a hard requirement.
 * Built from the rules of a ruleset (their metadata only), so this file depends on no rule module.
 */
function ruleSettings(rules: readonly RuleMeta[]) {
  return z.strictObject(
    Object.fromEntries(
      rules.map((r) => [
        r.id,
        z
          .enum(Object.keys(ruleLevels) as [keyof typeof ruleLevels, ...(keyof typeof ruleLevels)[]])
          .optional()
          .describe(
            r.severity === 'error'
              ? `Harde eis van het toetsingskader ${r.source}: staat altijd aan als fout en kan niet uit of lichter.`
              : `Standaard ${dutchLevel(r.severity)} (toetsingskader ${r.source}). uit | info | aandachtspunt | fout`,
          ),
      ]),
    ),
  );
}

/** What the `portfolio.yaml` schema needs to know of a rule: its id, default severity and source. */
export interface RuleMeta {
  id: string;
  severity: Severity;
  source: string;
}

/**
 * The zod schemas of the files a candidate writes, built from a framework (ids of tasks,
 * kennisgebieden, competenties; the ECTS rate) and the rules of its ruleset (`instellingen.regels`).
 * A ruleset builds these once (src/rulesets/); the loader receives them from there.
 */
export function buildSchemas(kader: Kader, rules: readonly RuleMeta[]) {
  /** `portfolio.yaml` (contract §2). */
  const portfolio = z
    .strictObject({
      kader: z.literal(kader.id).optional(),
      indiendatum: date.optional(),
      kandidaat: text.optional(),
      opleiding: z
        .strictObject({
          route: z.literal([1, 2, 3, 4]).optional(),
          diploma: z
            .strictObject({
              niveau: z.enum(['hbo', 'wo']).optional(),
              naam: text.optional(),
              instelling: text.optional(),
              ondertekend: bool.optional(),
              nvao: bool.optional(),
              croho_mens_en_organisatie: bool.optional(),
              bestand: path.optional(),
            })
            .optional(),
          evc: z
            .strictObject({
              datum: date.optional(),
              boc_niveau: z.number().int().optional(),
              erkende_aanbieder: bool.optional(),
              bestand: path.optional(),
            })
            .optional(),
          assessment: z
            .strictObject({
              datum: date.optional(),
              afgenomen_door: z.enum(['geaccrediteerd-bureau', 'nip-ao-psycholoog']).optional(),
              hbo_niveau: bool.optional(),
              bestand: path.optional(),
            })
            .optional(),
          cursussen: z
            .array(
              z.strictObject({
                naam: text.optional(),
                aanbieder: text.optional(),
                uren: hours.optional().describe('Studiebelasting in uren'),
                ects: hours.optional().describe(`Studiebelasting in ECTS (1 ECTS = ${kader.getallen.uren_per_ects} uur)`),
                keurmerk: text.optional(),
                ondertekend: bool.optional(),
                bestand: path.optional(),
              }),
            )
            .optional(),
        })
        .optional(),
      werkervaring: z
        .strictObject({
          actief_sinds: date.optional(),
          uren: hours.optional(),
          urenlog: path.optional(),
          verklaring_werkervaring: declarationB1.optional(),
          verklaring_actief: declarationB1.optional(),
        })
        .optional(),
      cv: path.optional(),
      motivatie: path.optional(),
      ontwikkelplan: path.optional(),
      casussen: z.array(path).optional(),
      verklaringen: z
        .strictObject({
          gedragscode: bool.optional(),
          klachtenreglement: bool.optional(),
          naar_waarheid: bool.optional(),
        })
        .optional(),
      instellingen: z
        .strictObject({
          min_woorden: z
            .number()
            .int()
            .min(0)
            // A bound, so that no number a reader could take for personal data (a BSN) reaches a report's settings.
            .max(10000)
            .optional()
            .describe(`Minimum aantal woorden per onderdeel van een casus (standaard ${defaults.min_woorden})`),
          privacy: z
            .strictObject({
              toegestaan: z.array(text).optional().describe('Teksten die rlp ten onrechte voor persoonsgegevens aanzag, bijvoorbeeld info@noloc.nl'),
            })
            .optional(),
          regels: ruleSettings(rules)
            .optional()
            .describe('Per regel: uit, info, aandachtspunt (of waarschuwing) of fout. Een regel die standaard een fout is (een harde eis van het toetsingskader), kan niet uit of lichter.'),
        })
        .optional(),
    })
    .describe('Portfolio Register Loopbaanprofessional (rlp)');

  const ids = kaderIds(kader);
    const taskId = z.literal(ids.taken as [number, ...number[]]);

  /** Front-matter of a case file `casussen/*.md` (contract §3). */
  const caseMeta = z
    .strictObject({
      titel: text.optional(),
      periode: z.strictObject({ start: date.optional(), eind: date.optional() }).optional(),
      afgerond: bool.optional(),
      opdrachtgever: z.enum(opdrachtgevers).optional(),
      vraagstelling: text.optional(),
      clienttype: text.optional(),
      uitdaging: text.optional(),
      taken: z.array(taskId).optional(),
      niet_relevant: z.partialRecord(z.enum(ids.taken.map(String) as [string, ...string[]]), text).optional(),
      kennisgebieden: z.array(z.enum(ids.kennisgebieden as [string, ...string[]])).optional(),
      competenties: z.array(z.enum(ids.competenties as [string, ...string[]])).optional(),
    })
    .describe('Casusbeschrijving (front-matter)');

  /** Front-matter of `ontwikkelplan.md` (contract §3): the four years the plan covers. */
  const ontwikkelplan = z
    .strictObject({
      periode: z
        .strictObject({
          van: z.number().int().optional().describe('Eerste jaar van het plan'),
          tot_en_met: z.number().int().optional().describe('Laatste jaar van het plan (telt mee)'),
          tot: z.number().int().optional().describe('Laatste jaar, of het jaar erna: van 2027 tot 2030 en van 2027 tot 2031 zijn allebei 2027-2030'),
        })
        .optional(),
    })
    .describe('Ontwikkelplan (front-matter)');
  /** Heading labels the framework's sections have (Dutch headings and short forms): for hints at lines that look like one but are no heading. */
  // A framework without some of these parts (a small test ruleset) simply has fewer labels.
  const headingLabels: readonly string[] = [
    ...Object.values(kader.casus?.secties ?? {}).flatMap((s) => [s.kop, ...(s.aliassen ?? [])]),
    ...(kader.taken ?? []).flatMap((t) => [t.kop, ...(t.aliassen ?? [])]),
    ...[...(kader.kennisgebieden ?? []), ...(kader.competenties ?? []), ...(kader.attitude ?? [])].flatMap((i) => [i.naam, ...(i.aliassen ?? [])]),
    ...(kader.ontwikkelplan?.vragen ?? []).map((v) => v.kop),
    'Taak',
  ];
  return { portfolio, case: caseMeta, ontwikkelplan, headingLabels };
}

/** The schemas of a ruleset: `portfolio.yaml`, a case's front-matter, `ontwikkelplan.md`'s front-matter. */
export type PortfolioSchemas = ReturnType<typeof buildSchemas>;

/** `portfolio.yaml` as validated. */
export type PortfolioConfig = z.infer<PortfolioSchemas['portfolio']>;
/** A case's front-matter as validated. */
export type CaseMeta = z.infer<PortfolioSchemas['case']>;
/** `ontwikkelplan.md`'s front-matter as validated. */
export type OntwikkelplanMeta = z.infer<PortfolioSchemas['ontwikkelplan']>;

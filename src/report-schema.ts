/**
 * The JSON report (contract §5) as a zod schema: the single source of the `Report` type and of
 * `schemas/report.schema.json` (written by `npm run generate`), which CI users can validate
 * `rlp check --format json` against. Fields beyond the contract's: `settings`, `coverage`.
 */
import { z } from 'zod';
import type { ChangedSetting } from './check.js';
import type { MatrixMark } from './coverage.js';
import type { HoursSummary } from './hours.js';
import type { CourseSummary } from './courses.js';
import type { Diagnostic } from './types.js';

const severity = z.enum(['error', 'warning', 'info']);
const level = z.enum(['off', 'info', 'warning', 'error']);
const count = z.number().int().min(0);
const mark = z.enum(['ja', 'leeg', 'nvt', 'verwijst', 'niet-relevant', 'nee', 'elders']);
const state = z.enum(['ja', 'ontbreekt', 'niet-nodig']);
const states = z.record(z.string(), state).describe('Per id: samen over beide casussen aangetoond (ja), nog nodig (ontbreekt), of niet nodig (een vijfde kennisgebied)');
const marks = z.record(z.string(), z.array(mark)).describe('Per id: het teken in elke casus, in de volgorde van cases; elders: een kennisgebied of competentie die deze casus niet uitwerkt en bovenaan niet noemt (mag: verdeel over beide casussen)');

/** A framework item (or another rule's phrase) named in a message; see `ItemRef` in src/types.ts. */
const itemRef = z.strictObject({
  ref: z.enum(['taken', 'kennisgebieden', 'competenties', 'attitude', 'secties', 'tekst']),
  id: z.string(),
  field: z.enum(['naam', 'vraag', 'kop']).optional(),
  rule: z.string().optional(),
});
const keyPath = z.strictObject({ keyPath: z.array(z.union([z.string(), z.number().int().min(0)])) });
const argValue = z.union([z.string(), z.number(), itemRef, keyPath, z.array(z.union([z.string(), z.number(), itemRef]))]);

/** One finding (contract §5; `messageId` and `args` since contract §4 revision 2). */
export const diagnosticSchema = z.strictObject({
  rule: z.string().describe('Regel-id (contract §6), bijvoorbeeld C2/kennisgebieden'),
  severity: severity.describe('error: een harde eis is niet gehaald; warning: wordt waarschijnlijk nagevraagd; info'),
  message: z.string().describe('De melding in de gekozen taal'),
  messageId: z.string().optional().describe('Sleutel van de melding in de berichtencatalogus van de regel, bijvoorbeeld mandatory'),
  args: z
    .record(z.string(), argValue)
    .optional()
    .describe('De gegevens in de melding, taalvrij: getallen, tekst, onderdelen van het toetsingskader ({ ref, id }) en sleutels ({ keyPath })'),
  file: z.string().optional().describe('Pad vanaf de portfoliomap, met /'),
  line: z.number().int().min(1).optional(),
  column: z.number().int().min(1).optional(),
  accepted: z.literal(true).optional().describe('De kandidaat heeft deze melding als vals alarm geaccepteerd (privacy); telt niet als fout'),
  fix: z
    .strictObject({
      file: z.string().describe('Pad vanaf de portfoliomap, met /'),
      line: z.number().int().min(1),
      column: z.number().int().min(1).describe('Kolom van de tekst die vervangen wordt (UTF-16-tekens, vanaf 1)'),
      replace: z.string().min(1).describe('De tekst die er nu staat'),
      with: z.string().describe('De tekst die ervoor in de plaats komt'),
    })
    .optional()
    .describe('Een herstel dat rlp zeker weet (een "bedoel je …?", een datum in de goede vorm)'),
});

/** A setting of portfolio.yaml that differs from rlp's default. */
export const settingSchema = z.strictObject({
  setting: z.string().describe('Sleutel in portfolio.yaml, bijvoorbeeld instellingen.regels.C/diversiteit'),
  rule: z.string().describe('De regel die de instelling verandert'),
  value: z.union([z.number(), level]).describe('Waarde die geldt: een aantal (woorden) of off | info | warning | error'),
  default: z.union([z.number(), level]).describe('Standaardwaarde van rlp'),
});

/** The hours log summed up (hours; toetsingskader B1). */
export const hoursSchema = z.strictObject({
  bestand: z.string().describe('Het urenlog, vanaf de portfoliomap'),
  totaal: z.number().min(0).describe('Alle uren van de geldige regels'),
  tellend: z.number().min(0).describe('Uren die als beroepsgerichte werkervaring tellen (B1)'),
  naIndiendatum: z.number().min(0).describe('Tellende uren op regels na de indiendatum (niet in tellend)'),
  perCategorie: z.array(z.strictObject({ categorie: z.string(), uren: z.number().min(0), telt: z.boolean() })).describe('Per categorie, meeste uren eerst'),
});

/** The coverage matrix: per kind and item id, the mark in each case. */
export const coverageSchema = z.strictObject({
  cases: z.array(z.string()).describe('De casusbestanden, vanaf de portfoliomap'),
  items: z.strictObject({ taken: marks, kennisgebieden: marks, competenties: marks, attitude: marks }),
  samen: z.strictObject({ taken: states, kennisgebieden: states, competenties: states, attitude: states }).describe('Per onderdeel: waar het portfolio staat over beide casussen samen; dezelfde beslissing als de regels C1-C4'),
});

/** Course hours of routes 2-4 (hours; toetsingskader A). */
export const coursesSchema = z.strictObject({
  route: z.number().int().describe('De gekozen route (2, 3 of 4)'),
  tellend: z.number().min(0).describe('Uren studiebelasting van de cursussen die meetellen'),
  minimum: z.number().min(0).describe('Het minimum van het toetsingskader (98 uur)'),
  perCursus: z
    .array(z.strictObject({ naam: z.string(), uren: z.number().min(0).optional(), telt: z.boolean(), twijfel: z.boolean().describe('Telt mee, maar de naam zegt niets over loopbaanbegeleiding') }))
    .describe('Per cursus, in de volgorde van portfolio.yaml; uren ontbreekt als de cursus geen studiebelasting noemt'),
});

/** The report of one portfolio, as `--format json` prints it and `checkPortfolio` returns it. */
export const reportSchema = z
  .strictObject({
    portfolio: z.string().describe('Naam van de portfoliomap'),
    kader: z.string().describe('Het toetsingskader, bijvoorbeeld rlp-initieel'),
    indiendatum: z.iso.date().describe('De indiendatum waarmee gerekend is, JJJJ-MM-DD'),
    ok: z.boolean().describe('true als er geen fouten zijn'),
    summary: z.strictObject({ errors: count, warnings: count, infos: count }),
    diagnostics: z.array(diagnosticSchema).describe('Gesorteerd op onderdeel, bestand, regel, kolom en regel-id'),
    indiendatumBron: z.enum(['datum', 'portfolio', 'vandaag']).describe('Waar de indiendatum vandaan komt: --datum, portfolio.yaml, of vandaag'),
    settings: z.array(settingSchema).describe('Instellingen uit portfolio.yaml die afwijken van de standaard'),
    coverage: coverageSchema,
    uren: hoursSchema.optional().describe('Het urenlog opgeteld, als werkervaring.urenlog gelezen kon worden'),
    cursussen: coursesSchema.optional().describe('De cursusuren (routes 2-4)'),
  })
  .describe('Rapport van rlp check --format json (Register Loopbaanprofessional)');

// The schema and the hand-written types of the core must describe the same objects.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const checks: [Same<z.infer<typeof hoursSchema>, HoursSummary>, Same<z.infer<typeof diagnosticSchema>, Diagnostic>, Same<z.infer<typeof settingSchema>, ChangedSetting>, Same<z.infer<typeof mark>, MatrixMark>, Same<z.infer<typeof coursesSchema>, CourseSummary>] = [true, true, true, true, true];
void checks;

/**
 * The defective variants of the example portfolio: each entry copies fixtures/voorbeeld and
 * changes it so that one rule fires. `npm run defects` writes them to fixtures/defecten/<name>/;
 * test/defects.test.ts checks each fires its rule and that the folders are up to date.
 */
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** One change to a file of the example, relative to the portfolio folder. */
export type Edit =
  | { file: string; replace: [string, string] }
  | { file: string; removeSection: string }
  | { file: string; content: string }
  | { file: string; remove: true };

/** A defective variant: the rule (and message) that must fire, and the edits that make it fire. */
export interface Defect {
  name: string;
  rule: string;
  messageId?: string;
  edits: Edit[];
}

const C1 = 'casussen/casus-1.md';
const C2 = 'casussen/casus-2.md';
const Y = 'portfolio.yaml';

/** Every defective variant. Names are `<rule id with / as ->[-<what>]`. */
export const defects: Defect[] = [
  { name: 'bestand-syntax', rule: 'bestand/syntax', edits: [{ file: 'portfolio.yaml', replace: ['  route: 2', '  route: 2\n   diploma: [oeps'] }] },
  { name: 'bestand-schema', rule: 'bestand/schema', messageId: 'unknownValueTip', edits: [{ file: C1, replace: ['kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisaties]', 'kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisatie]'] }] },
  { name: 'bestand-schema-urenlog', rule: 'bestand/schema', messageId: 'csvDate', edits: [{ file: 'uren.csv', replace: ['19-09-2021;14;', '31-09-2021;14;'] }] },
  { name: 'bestand-bewijs', rule: 'bestand/bewijs', messageId: 'evidenceMissing', edits: [{ file: 'bewijs/cv.pdf', remove: true }] },
  { name: 'A-route', rule: 'A/route', messageId: 'missingTip', edits: [{ file: Y, replace: ['  route: 2\n', ''] }] },
  { name: 'A-diploma', rule: 'A/diploma', messageId: 'notNvao', edits: [{ file: Y, replace: ['    nvao: true', '    nvao: false'] }] },
  { name: 'A-uren', rule: 'A/uren', messageId: 'tooFew', edits: [{ file: Y, replace: ['      uren: 64\n', '      uren: 53.9\n'] }] },
  {
    name: 'A-cursus',
    rule: 'A/cursus',
    messageId: 'notCounted',
    edits: [{ file: Y, replace: ['      bestand: bewijs/certificaat-arbeidsmarktinformatie.pdf\n', '      bestand: bewijs/certificaat-arbeidsmarktinformatie.pdf\n    - naam: Intervisietraining\n      uren: 12\n      ondertekend: false\n'] }],
  },
  {
    name: 'A-rapport',
    rule: 'A/rapport',
    messageId: 'tooOld',
    edits: [{ file: Y, replace: ['  route: 2\n', '  route: 3\n  evc:\n    datum: 2024-11-30\n    boc_niveau: 6\n    erkende_aanbieder: true\n    bestand: bewijs/diploma.pdf\n'] }],
  },
  { name: 'B1-jaren', rule: 'B1/jaren', messageId: 'tooShort', edits: [{ file: Y, replace: ['actief_sinds: 2021-09-01', 'actief_sinds: 2024-12-02'] }] },
  { name: 'B1-uren', rule: 'B1/uren', messageId: 'tooFew', edits: [{ file: Y, replace: ['  uren: 1450                     # beroepsgerichte uren; onderbouwd in uren.csv\n  urenlog: uren.csv\n', '  uren: 1199.5\n'] }] },
  { name: 'B1-uren-urenlog', rule: 'B1/uren', messageId: 'tooFewLog', edits: [{ file: 'uren.csv', content: 'datum;uren;categorie;omschrijving\r\n01-03-2025;600;begeleiding;Loopbaangesprekken\r\n01-04-2025;700;supervisie;Supervisie en intervisie\r\n' }] },
  { name: 'B1-verklaringen', rule: 'B1/verklaringen', messageId: 'afterDate', edits: [{ file: Y, replace: ['verklaring_actief: { ondertekend: true, datum: 2026-11-15', 'verklaring_actief: { ondertekend: true, datum: 2026-12-02'] }] },
  { name: 'B2-cv', rule: 'B2/cv', messageId: 'missing', edits: [{ file: Y, replace: ['cv: bewijs/cv.pdf\n', ''] }] },
  { name: 'B2-motivatie', rule: 'B2/motivatie', messageId: 'empty', edits: [{ file: 'motivatie.md', content: '# Motivatie\n\n<!-- Terugblik op je ontwikkeling tot nu toe. -->\n\n*Nog te schrijven.*\n' }] },
  { name: 'C-aantal', rule: 'C/aantal', messageId: 'tooFew', edits: [{ file: C2, remove: true }] },
  { name: 'C-periode', rule: 'C/periode', messageId: 'tooOld', edits: [{ file: C1, replace: ['periode: { start: 2025-02-03, eind: 2025-07-15 }', 'periode: { start: 2024-03-04, eind: 2024-11-29 }'] }] },
  { name: 'C-afgerond', rule: 'C/afgerond', messageId: 'notFinished', edits: [{ file: C2, replace: ['afgerond: true', 'afgerond: false'] }] },
  { name: 'C-keuze', rule: 'C/keuze', messageId: 'missing', edits: [{ file: C1, removeSection: '## Keuze voor deze casus' }] },
  {
    name: 'C-diversiteit',
    rule: 'C/diversiteit',
    messageId: 'same',
    edits: [
      { file: C2, replace: ['vraagstelling: loopbaanheroriëntatie en opleidingskeuze', 'vraagstelling: Outplacement na reorganisatie'] },
      { file: C2, replace: ['clienttype: jonge professional, onderwijs', 'clienttype: werknemer 50+, teamleider logistiek'] },
      { file: C2, replace: ['uitdaging: twijfel en schuldgevoel bij een mogelijke overstap uit een tekortberoep', 'uitdaging: weerstand en boosheid over gedwongen vertrek'] },
    ],
  },
  { name: 'C-tags', rule: 'C/tags', messageId: 'tagWithoutSection', edits: [{ file: C1, replace: ['kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisaties]', 'kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisaties, arbeidsmarkt]'] }] },
  { name: 'C-inhoud', rule: 'C/inhoud', messageId: 'empty', edits: [{ file: C2, removeSection: '### Coachen' }, { file: C2, replace: ['## Professionele attitude', '### Coachen\n\n<!-- nog schrijven -->\n\n## Professionele attitude'] }] },
  { name: 'C1-taken', rule: 'C1/taken', messageId: 'notInOther', edits: [{ file: C1, removeSection: '## Taak 6' }, { file: C1, replace: ['taken: [0, 1, 2, 3, 4, 5, 6, 7]', 'taken: [0, 1, 2, 3, 4, 5, 7]\nniet_relevant: { 6: "Cliënt vond binnen twee weken zelf een nieuwe functie." }'] }] },
  { name: 'C1-taken-motivatie', rule: 'C1/taken', messageId: 'skipped', edits: [{ file: C2, replace: ['niet_relevant: { 6:', '# niet_relevant: { 6:'] }] },
  { name: 'C2-kennisgebieden', rule: 'C2/kennisgebieden', messageId: 'mandatory', edits: [{ file: C1, removeSection: '### Ontwikkeling van de mens' }, { file: C1, replace: ['[loopbaantheorie, ontwikkeling-mens, organisaties]', '[loopbaantheorie, organisaties]'] }] },
  { name: 'C3-competenties', rule: 'C3/competenties', messageId: 'missing', edits: [{ file: C2, removeSection: '### Coachen' }, { file: C2, replace: ['[methodisch-werken, adviseren, coachen]', '[methodisch-werken, adviseren]'] }] },
  { name: 'C4-attitude', rule: 'C4/attitude', messageId: 'missing', edits: [{ file: C1, removeSection: '### Zelfreflectie' }] },
  { name: 'D-ontwikkelplan', rule: 'D/ontwikkelplan', messageId: 'missingSection', edits: [{ file: 'ontwikkelplan.md', removeSection: '## Belemmeringen' }] },
  { name: 'E-verklaringen', rule: 'E/verklaringen', messageId: 'notMade', edits: [{ file: Y, replace: ['  naar_waarheid: true', '  naar_waarheid: false'] }] },
  {
    name: 'privacy-persoonsgegevens',
    rule: 'privacy/persoonsgegevens',
    messageId: 'email',
    edits: [
      {
        file: C1,
        replace: [
          '## Taak 1 – Vraagverhelderend gesprek\n\n',
          '## Taak 1 – Vraagverhelderend gesprek\n\nVooraf mailde cliënt mij vanaf j.devries@voorbeeldmail.nl.\nZijn mobiele nummer noteerde ik als 06-12345678.\nVoor de aanvraag van zijn scholingsbudget vroeg ik zijn BSN: 111222333.\nHet ordernummer van die aanvraag was 123456789.\n\n',
        ],
      },
    ],
  },
];

/** Removes a section: from its heading up to the next heading of the same or a higher level. */
export function removeSection(text: string, heading: string): string {
  const lines = text.split('\n');
  const depth = /^#+/.exec(heading)![0].length;
  const start = lines.findIndex((l) => l.startsWith(heading));
  if (start < 0) throw new Error(`section not found: ${heading}`);
  let end = start + 1;
  while (end < lines.length && !(/^#+\s/.test(lines[end]!) && /^#+/.exec(lines[end]!)![0].length <= depth)) end++;
  return [...lines.slice(0, start), ...lines.slice(end)].join('\n');
}

/** Applies edits to a copy of a portfolio folder. Throws when an edit no longer fits the example. */
export function applyEdits(dir: string, edits: Edit[]): void {
  for (const edit of edits) {
    const path = join(dir, edit.file);
    if ('remove' in edit) rmSync(path);
    else if ('content' in edit) {
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, edit.content);
    } else {
      const text = readFileSync(path, 'utf8');
      if ('removeSection' in edit) writeFileSync(path, removeSection(text, edit.removeSection));
      else {
        if (!text.includes(edit.replace[0])) throw new Error(`${edit.file}: text not found: ${edit.replace[0]}`);
        writeFileSync(path, text.replace(edit.replace[0], edit.replace[1]));
      }
    }
  }
}

/** Writes a variant of the example with `edits` applied into `target` (replacing what is there). */
export function makeVariant(root: string, target: string, edits: Edit[]): void {
  rmSync(target, { recursive: true, force: true });
  cpSync(join(root, 'fixtures', 'voorbeeld'), target, { recursive: true });
  applyEdits(target, edits);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const root = join(dirname(fileURLToPath(import.meta.url)), '..');
  const base = join(root, 'fixtures', 'defecten');
  if (existsSync(base)) rmSync(base, { recursive: true });
  for (const defect of defects) {
    makeVariant(root, join(base, defect.name), defect.edits);
    console.log(`geschreven: fixtures/defecten/${defect.name}`);
  }
}

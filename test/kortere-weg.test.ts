/**
 * The usual shortcuts candidates take (fixtures/voorbeeld-kortere-wegen, written by an author who had not seen
 * the rules, each shortcut listed in KORTERE-WEGEN.md): every one is found, at its place.
 */
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { checkDir, ROOT } from './helpers.js';

const report = checkDir(join(ROOT, 'fixtures', 'voorbeeld-kortere-wegen'));
const found = (rule: string, file?: string, line?: number) => report.diagnostics.some((d) => d.rule === rule && (file === undefined || d.file === file) && (line === undefined || d.line === line));
const G = 'casussen/casus-gemeente.md';
const Z = 'casussen/casus-zzp.md';

it.each([
  ['1. a course not about career guidance', 'A/cursus', 'portfolio.yaml', 28],
  ['2. keurmerk: geen', 'A/cursus', 'portfolio.yaml', 34],
  ['3. the 98 hours not reached', 'A/uren', 'portfolio.yaml', 15],
  ['4. a two-years declaration signed too early', 'B1/verklaringen', 'portfolio.yaml', 48],
  ['5. a stale declaration of current activity', 'B1/verklaringen', 'portfolio.yaml', 50],
  ['8. a total row in uren.csv', 'bestand/schema', 'uren.csv', 96],
  ['9. "Zie taak 4." as task 5', 'C1/taken', G, 52],
  ['10. the client named by first name', 'privacy/persoonsgegevens', G, 32],
  ['11. "Nee." as the ethics answer', 'C4/attitude', G, 116],
  ['12. self-reflection without its negative effect and next time', 'inhoud/attitude', G, 120],
  ['13. niet_relevant 6: n.v.t.', 'C1/taken', Z, 13],
  ['14. "Niet relevant." as task 2 in a finished case', 'C/afgerond', Z, 36],
  ['14. … and no motivation', 'C1/taken', Z, 36],
  ['15. a kennisgebied "n.v.t."', 'C2/kennisgebieden', undefined, undefined],
  ['16. the coaching indicators pasted as a competence', 'inhoud/concreet', Z, 90],
] as const)('finds shortcut %s', (_name, rule, file, line) => {
  expect(found(rule, file, line)).toBe(true);
});

it('counts neither Intervisie/supervisie nor Netwerken (6, 7) as hours of work', () => {
  const categories = Object.fromEntries(report.uren!.perCategorie.map((c) => [c.categorie, c.telt]));
  expect(categories).toMatchObject({ 'Intervisie/supervisie': false, Netwerken: false });
});

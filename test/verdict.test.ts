/**
 * Verdict fidelity (contract §7) and headings as people write them (contract §3, revision 2):
 * for every item a variant of the example that makes it fire and one that keeps it quiet. The
 * variants are built in memory; findings are asserted by message id and arguments.
 */
import { describe, expect, it } from 'vitest';
import type { Edit } from '../scripts/defects.js';
import { checkFiles, exampleFiles, memoryFindings, memoryVariant } from './memory-variant.js';
import type { Files } from './rule-tester.js';
import { checkDir, EXAMPLE } from './helpers.js';

const C1 = 'casussen/casus-1.md';
const C2 = 'casussen/casus-2.md';
const Y = 'portfolio.yaml';

/** Replaces a whole `##` section of casus-1 (heading included) by `text`. */
const section = (file: string, heading: string, next: string, text: string): Edit[] => [
  { file, removeSection: heading },
  { file, replace: [next, `${text}\n\n${next}`] },
];
const rules = (files: Files) => checkFiles(files).diagnostics.map((d) => `${d.severity} ${d.rule}`);

describe('a section that only says "n.v.t." or "zie …" demonstrates nothing (§7)', () => {
  it('a task saying "Niet relevant." in both cases is not done, and needs a motivation', () => {
    const files = memoryVariant(...section(C1, '## Taak 6', '## Taak 7', '## Taak 6 – Uitvoeren\n\nNiet relevant.'));
    const hits = memoryFindings(files, 'C1/taken');
    expect(hits).toContainEqual(expect.objectContaining({ messageId: 'standInNvt', args: expect.objectContaining({ id: '6', tekst: 'Niet relevant.' }) }));
    expect(hits).toContainEqual(expect.objectContaining({ messageId: 'notInOther', args: expect.objectContaining({ naam: { ref: 'taken', id: '6' } }) }));
    expect(checkFiles(files).coverage.items.taken['6']).toEqual(['nvt', 'niet-relevant']);
    expect(checkFiles(files).coverage.samen.taken['6']).toBe('ontbreekt');
  });
  it('"Zie taak 2." does not count as task 3', () => {
    const files = memoryVariant(...section(C1, '## Taak 3', '## Taak 4', '## Taak 3 – Zelfonderzoek\n\nZie taak 2.'));
    expect(memoryFindings(files, 'C1/taken')).toMatchObject([{ severity: 'error', file: C1, messageId: 'standInRef', args: expect.objectContaining({ id: '3', tekst: 'Zie taak 2.' }) }]);
    expect(checkFiles(files).coverage.items.taken['3']![0]).toBe('verwijst');
  });
  it('a motivated "niet relevant, omdat …" in the section counts as the motivation', () => {
    const text = '## Taak 6 – Uitvoeren\n\nNiet relevant, omdat de cliënt binnen twee weken zelf een nieuwe baan vond en de begeleiding daarmee stopte.';
    const files = memoryVariant(...section(C1, '## Taak 6', '## Taak 7', text));
    const hits = memoryFindings(files, 'C1/taken');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.map((d) => d.messageId)).not.toContain('standInNvt');
    expect(checkFiles(files).coverage.items.taken['6']![0]).toBe('niet-relevant');
  });
  it('a kennisgebied "Niet van toepassing." does not count towards 4 of 5', () => {
    const files = memoryVariant(
      { file: C2, removeSection: '### Arbeidsmarkt' },
      ...section(C2, '### Opleidingen en beroepen', '## Competenties', '### Arbeidsmarkt\n\nNiet van toepassing.'),
    );
    expect(memoryFindings(files, 'C2/kennisgebieden')).toMatchObject([{ severity: 'error', messageId: 'tooFew', args: expect.objectContaining({ aantal: 3, totaal: 5 }) }]);
    expect(memoryFindings(files, 'C/inhoud')).toMatchObject([{ severity: 'warning', messageId: 'standInNvt', args: expect.objectContaining({ tekst: 'Niet van toepassing.' }) }]);
    expect(checkFiles(files).coverage.items.kennisgebieden.arbeidsmarkt).toEqual(['elders', 'nvt']);
  });
  it('a competentie "zie casus 1" does not count', () => {
    const files = memoryVariant(...section(C2, '### Coachen', '## Professionele attitude', '### Coachen\n\nZie casus 1.'));
    expect(memoryFindings(files, 'C3/competenties')).toMatchObject([{ severity: 'error' }]);
  });
  it('stays quiet on real text that starts with such a word', () => {
    const long = `## Taak 6 – Uitvoeren\n\nZie hier hoe ik de cliënt ondersteunde bij de eerste weken in de nieuwe functie. ${'Ik sprak haar wekelijks en we bespraken wat goed ging en wat lastig was, omdat ze twijfelde. '.repeat(4)}`;
    expect(memoryFindings(memoryVariant(...section(C1, '## Taak 6', '## Taak 7', long)), 'C1/taken')).toEqual([]);
  });
});

describe('niet_relevant motivations (§7)', () => {
  const skip6 = (motivation: string): Edit[] => [
    { file: C1, removeSection: '## Taak 6' },
    { file: C1, replace: ['taken: [0, 1, 2, 3, 4, 5, 6, 7]', `taken: [0, 1, 2, 3, 4, 5, 7]\nniet_relevant: { 6: "${motivation}" }`] },
  ];
  it.each(['n.v.t.', 'nvt', 'Niet relevant.', 'Zie casus 2.', 'Ging niet door.'])('"%s" is no motivation', (motivation) => {
    const hits = memoryFindings(memoryVariant(...skip6(motivation)), 'C1/taken');
    expect(hits).toContainEqual(expect.objectContaining({ messageId: 'weakMotivation', args: { naam: { ref: 'taken', id: '6' }, tekst: motivation } }));
  });
  it('a real reason is one (and task 6 is then missing from both cases)', () => {
    const hits = memoryFindings(memoryVariant(...skip6('De cliënt vond binnen twee weken zelf een nieuwe functie.')), 'C1/taken');
    expect(hits.map((d) => d.messageId)).not.toContain('weakMotivation');
    expect(hits.map((d) => d.messageId)).not.toContain('emptyMotivation');
    expect(hits).toMatchObject([{ messageId: 'notInOther', args: { naam: { ref: 'taken', id: '6' } } }]);
  });
});

describe('C/afgerond: intake, proposal or closing "niet relevant" in a finished case (§7)', () => {
  it('warns for task 7 niet relevant', () => {
    const files = memoryVariant(...section(C2, '## Taak 7', '## Kennisgebieden', '## Taak 7 – Afronden\n\nNiet relevant.'));
    expect(memoryFindings(files, 'C/afgerond')).toMatchObject([{ severity: 'warning', file: C2 }]);
  });
  it('stays quiet for task 6 niet relevant (the example)', () => {
    expect(memoryFindings(exampleFiles(), 'C/afgerond')).toEqual([]);
  });
});

describe('courses (§7)', () => {
  it.each(['geen', 'nee', 'n.v.t.', "'-'", 'onbekend'])('keurmerk: %s is no quality mark', (value) => {
    const files = memoryVariant({ file: Y, replace: ['      keurmerk: NRTO', `      keurmerk: ${value}`] });
    expect(memoryFindings(files, 'A/cursus')).toMatchObject([{ messageId: 'notCounted', args: { redenen: [{ ref: 'tekst', rule: 'A/cursus', id: 'reasonKeurmerk' }] } }]);
    expect(memoryFindings(files, 'A/uren')).toMatchObject([{ severity: 'error' }]);
  });
  it('a course not about career guidance gets a warning, and a total that needs it one too', () => {
    const files = memoryVariant({ file: Y, replace: ['Narratief werken in loopbaanbegeleiding', 'Excel voor gevorderden'] });
    expect(memoryFindings(files, 'A/cursus')).toMatchObject([{ severity: 'warning', messageId: 'notCareer', args: { naam: 'Excel voor gevorderden' } }]);
    expect(memoryFindings(files, 'A/uren')).toMatchObject([{ severity: 'warning', messageId: 'onlyWithDoubtful', args: expect.objectContaining({ uren: 80 }) }]);
    expect(checkFiles(files).cursussen).toMatchObject({ tellend: 108, minimum: 98 });
  });
  it('reads ects: 3,5 and uren: 1.940 the Dutch way (§3)', () => {
    const files = memoryVariant({ file: Y, replace: ['      ects: 1                    # 1 ECTS = 28 uur studiebelasting', '      ects: 3,5'] }, { file: Y, replace: ['  uren: 1450 ', '  uren: 1.450 '] });
    const report = checkFiles(files);
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(report.cursussen!.tellend).toBe(178);
    expect(report.diagnostics).toMatchObject([{ rule: 'bestand/schema', severity: 'info', messageId: 'thousands', args: expect.objectContaining({ value: '1.450', read: 1450 }) }]);
  });
});

describe('the hours log (§7)', () => {
  const log = (rows: string) => memoryVariant({ file: 'uren.csv', content: `datum;uren;categorie;omschrijving\n01-10-2021;1300;begeleiding;Trajecten\n${rows}` });
  it.each(['Netwerken', 'Intervisie/supervisie', 'Cursus gevolgd', 'Administratie en facturatie', 'Webinar', 'Offertes', 'LinkedIn posts', 'Vakliteratuur lezen'])('"%s" does not count', (category) => {
    const report = checkFiles(log(`02-10-2021;10;${category};x\n`));
    expect(report.uren!.perCategorie.find((c) => c.categorie === category)!.telt).toBe(false);
  });
  it.each(['Training geven', 'Workshop verzorgen', 'Groepsbegeleiding', 'Loopbaanadvies', 'Opleidingsadvies aan cliënt'])('"%s" counts (work with clients)', (category) => {
    const report = checkFiles(log(`02-10-2021;10;${category};x\n`));
    expect(report.uren!.perCategorie.find((c) => c.categorie === category)!.telt).toBe(true);
  });
  it('recognises a total row instead of calling its category empty', () => {
    const files = log(';1310;Totaal;\n');
    expect(memoryFindings(files, 'bestand/schema')).toContainEqual(expect.objectContaining({ severity: 'info', line: 3, messageId: 'csvTotal' }));
    expect(checkFiles(log('Totaal;;1310;\n')).uren!.totaal).toBe(1300);
  });
  it('warns for rows before actief_sinds', () => {
    expect(memoryFindings(log('01-08-2021;10;begeleiding;x\n'), 'B1/uren')).toMatchObject([{ severity: 'warning', file: 'uren.csv', line: 3, messageId: 'beforeActive', args: expect.objectContaining({ sinds: '2021-09-01' }) }]);
    expect(memoryFindings(log('01-10-2021;10;begeleiding;x\n'), 'B1/uren')).toEqual([]);
  });
});

describe('B1 declarations (§7)', () => {
  it('a two-years declaration signed before two years had passed is an error', () => {
    const files = memoryVariant({ file: Y, replace: ['verklaring_werkervaring: { ondertekend: true, datum: 2026-11-15', 'verklaring_werkervaring: { ondertekend: true, datum: 2022-12-01'] });
    expect(memoryFindings(files, 'B1/verklaringen')).toMatchObject([{ severity: 'error', messageId: 'beforeTwoYears', args: expect.objectContaining({ vanaf: '2023-09-01' }) }]);
  });
  it('a declaration of current activity older than six months is a warning', () => {
    const files = memoryVariant({ file: Y, replace: ['verklaring_actief: { ondertekend: true, datum: 2026-11-15', 'verklaring_actief: { ondertekend: true, datum: 2026-05-31'] });
    expect(memoryFindings(files, 'B1/verklaringen')).toMatchObject([{ severity: 'warning' }]);
    const recent = memoryVariant({ file: Y, replace: ['verklaring_actief: { ondertekend: true, datum: 2026-11-15', 'verklaring_actief: { ondertekend: true, datum: 2026-06-01'] });
    expect(memoryFindings(recent, 'B1/verklaringen')).toEqual([]);
  });
});

describe('other §7 items', () => {
  it('C/periode without a start date: a warning, not an error', () => {
    const files = memoryVariant({ file: C1, replace: ['periode: { start: 2025-02-03, eind: 2025-07-15 }', 'periode: { eind: 2025-07-15 }'] });
    expect(memoryFindings(files, 'C/periode')).toMatchObject([{ severity: 'warning' }]);
  });
  it('C/keuze after the task sections: a warning', () => {
    const keuze = '## Keuze voor deze casus\n\nIk koos deze casus omdat het traject veel vroeg van mijn methodisch werken en ik er veel van leerde over weerstand.';
    const files = memoryVariant({ file: C1, removeSection: '## Keuze voor deze casus' }, { file: C1, replace: ['## Kennisgebieden', `${keuze}\n\n## Kennisgebieden`] });
    expect(memoryFindings(files, 'C/keuze')).toMatchObject([{ severity: 'warning', messageId: 'late' }]);
    expect(memoryFindings(exampleFiles(), 'C/keuze')).toEqual([]);
  });
});

describe('headings as people write them (§3)', () => {
  it('numbered task headings in any wording', () => {
    const files = memoryVariant(
      { file: C1, replace: ['## Taak 1 – Vraagverhelderend gesprek', '## 1. Het vraagverhelderend gesprek'] },
      { file: C1, replace: ['## Taak 2 – Doelgericht begeleidingsvoorstel', '## Stap 2: begeleidingsvoorstel'] },
      { file: C1, replace: ['## Taak 3 – Zelfreflectie en (zelf)onderzoek', '## 3) Zelfonderzoek'] },
      { file: C1, replace: ['## Taak 4 – Visie op loopbaan, leren en ontwikkelen', '## Taak 4'] },
    );
    expect(rules(files)).toEqual([]);
  });
  it('tasks one level down under a process wrapper, and items under a reflection wrapper', () => {
    const tasks = ['## Taak 0', '## Taak 1', '## Taak 2', '## Taak 3', '## Taak 4', '## Taak 5', '## Taak 7'];
    const edits: Edit[] = tasks.map((t) => ({ file: C2, replace: [`\n${t}`, `\n#${t}`] }));
    edits.push({ file: C2, replace: ['\n### Taak 0', '\n## Procesbeschrijving begeleidingstraject\n\n### Taak 0'] });
    expect(rules(memoryVariant(...edits))).toEqual([]);
    const wrapped = memoryVariant(...edits.slice(0, -1), { file: C2, replace: ['\n### Taak 0', '\n## C.1 Het traject\n\n### Taak 0'] });
    expect(rules(wrapped)).toEqual([]);
  });
  it('attitude headings as the framework question or its short forms', () => {
    const files = memoryVariant(
      { file: C1, replace: ['### Ethisch handelen volgens gedragscode', '### Ethisch dilemma'] },
      { file: C1, replace: ['### Zelfreflectie', '### Kijk terug op je rol in dit begeleidingstraject'] },
      { file: C1, replace: ['### Professionele en persoonlijke ontwikkeling', '### Leerpunten'] },
      { file: C1, replace: ['### Diversiteit en inclusiviteit', '### Waren er momenten in dit traject waar je merkte dat jouw waarden conflicteerde met die van je cliënt?'] },
      { file: C2, replace: ['### Ethisch handelen volgens gedragscode', '### Was er in dit begeleidingstraject sprake van een ethisch dilemma?'] },
      { file: C2, replace: ['### Diversiteit en inclusiviteit', '### Waarden'] },
    );
    expect(rules(files)).toEqual([]);
  });
  it('a heading that matches nothing gets a warning with the closest items, never silence', () => {
    const files = memoryVariant({ file: C2, replace: ['### Arbeidsmarkt', '### Kennis van de markt'] });
    const hits = memoryFindings(files, 'C/tags').filter((d) => d.severity === 'warning');
    expect(hits).toContainEqual(
      expect.objectContaining({ messageId: 'unknownHeadingOptions', args: expect.objectContaining({ kop: 'Kennis van de markt', opties: expect.arrayContaining([{ ref: 'kennisgebieden', id: 'arbeidsmarkt' }]) }) }),
    );
    const top = memoryVariant({ file: C1, replace: ['## Kennisgebieden', '## Mijn gedachten\n\nDit traject raakte me.\n\n## Kennisgebieden'] });
    expect(memoryFindings(top, 'C/tags')).toMatchObject([{ severity: 'warning', messageId: 'unknownTopHeading', args: expect.objectContaining({ kop: 'Mijn gedachten' }) }]);
  });
  it('a wrong level is named as such, and still counted', () => {
    const files = memoryVariant({ file: C2, replace: ['### Arbeidsmarkt', '## Arbeidsmarkt'] });
    expect(memoryFindings(files, 'C/tags')).toMatchObject([{ severity: 'warning', messageId: 'misplacedItem', args: expect.objectContaining({ sectie: { ref: 'kennisgebieden', id: 'arbeidsmarkt', field: 'kop' }, ouder: 'Kennisgebieden' }) }]);
    expect(memoryFindings(files, 'C2/kennisgebieden')).toEqual([]);
  });
  // About the wording itself: the rendered English sentences, so these assertions stay on text.
  it('speaks English with --lang en', () => {
    const files = memoryVariant({ file: C2, replace: ['### Arbeidsmarkt', '## Arbeidsmarkt'] }, ...section(C1, '## Taak 3', '## Taak 4', '## Taak 3 – Zelfonderzoek\n\nZie taak 2.'));
    const messages = checkFiles(files, { lang: 'en' }).diagnostics.map((d) => d.message).join('\n');
    expect(messages).toContain('only points elsewhere');
    expect(messages).toContain('stands on its own in the case');
  });
});

describe('the second example portfolio, written independently of the first', () => {
  it('passes with no errors and no warnings (route 3, other heading styles, Dutch numbers)', () => {
    const report = checkDir(EXAMPLE.replace(/voorbeeld$/, 'voorbeeld-2'));
    expect(report.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(report.diagnostics).toMatchObject([{ rule: 'bestand/schema', severity: 'info', messageId: 'thousands', args: expect.objectContaining({ value: '1.640', read: 1640 }) }]);
    expect(Object.values(report.coverage.samen.taken).every((s) => s === 'ja')).toBe(true);
  });
});

describe('C/diversiteit: nearly the same cases (§7)', () => {
  const meta = (file: string, v: string, c: string, u: string): Edit[] => [
    { file, replace: [/vraagstelling: .*\n/.exec(file === C1 ? 'vraagstelling: outplacement na reorganisatie\n' : 'vraagstelling: loopbaanheroriëntatie en opleidingskeuze\n')![0], `vraagstelling: ${v}\n`] },
    { file, replace: [file === C1 ? 'clienttype: werknemer 50+, teamleider logistiek' : 'clienttype: jonge professional, onderwijs', `clienttype: ${c}`] },
    { file, replace: [file === C1 ? 'uitdaging: weerstand en boosheid over gedwongen vertrek' : 'uitdaging: twijfel en schuldgevoel bij een mogelijke overstap uit een tekortberoep', `uitdaging: ${u}`] },
  ];
  it('warns when every field differs by one word only', () => {
    const files = memoryVariant(...meta(C1, 'outplacement na reorganisatie', 'werknemer 50+, logistiek', 'weerstand tegen vertrek'), ...meta(C2, 'outplacement na ontslag', 'werknemer 50+, zorg', 'weerstand tegen ontslag'));
    expect(memoryFindings(files, 'C/diversiteit')).toMatchObject([{ severity: 'warning', messageId: 'similar', args: { fields: 'vraagstelling, clienttype, uitdaging', other: C1 } }]);
  });
  it('stays quiet when one field really differs (the example)', () => {
    const files = memoryVariant(...meta(C1, 'outplacement na reorganisatie', 'werknemer 50+, logistiek', 'weerstand tegen vertrek'), ...meta(C2, 'outplacement na ontslag', 'werknemer 50+, zorg', 'twijfel over een studiekeuze'));
    expect(memoryFindings(files, 'C/diversiteit')).toEqual([]);
    expect(memoryFindings(exampleFiles(), 'C/diversiteit')).toEqual([]);
  });
});

describe('privacy misses and false alarms (§7)', () => {
  const para = (text: string): Edit => ({ file: C1, replace: ['## Kennisgebieden', `## Taak 6 – extra\n\n${text}\n\n## Kennisgebieden`] });
  const names = (files: Files) => memoryFindings(files, 'privacy/persoonsgegevens').map((d) => `${d.severity} ${d.messageId} ${d.args?.gegeven}`);
  it.each([
    'Peter Hendriks, 54, teamleider bij Bol.com in Waalwijk, kwam op eigen initiatief.',
    'Sanne vertelde dat ze het moeilijk vond.',
    'Ik overlegde met bedrijfsarts Van Dijk over de belastbaarheid.',
    'HR-adviseur Sandra Mulder belde mij over het traject.',
  ])('warns for a name without a form of address: %s', (text) => {
    expect(names(memoryVariant(para(text)))).toEqual([expect.stringMatching(/^warning name /)]);
  });
  it.each([
    'Volgens Super, Holland en Erik Erikson past dit bij zijn levensfase; ik gebruikte gegevens van UWV en CBS uit Utrecht.',
    'Mijn praktijk staat bij de KvK onder nummer 12345678 en heeft RSIN 111222333.',
    'Het algemene nummer van het re-integratiebedrijf is 088 123 4567.',
  ])('stays quiet on theorists, organisations, places and organisation numbers: %s', (text) => {
    expect(names(memoryVariant(para(text)))).toEqual([]);
  });
  it("the candidate's own contact data in motivatie.md is a warning, a client's in a case an error", () => {
    const own = memoryVariant({ file: 'motivatie.md', replace: ['# Motivatie', '# Motivatie\n\nJe bereikt mij op 06 12345678.'] });
    expect(memoryFindings(own, 'privacy/persoonsgegevens')).toMatchObject([{ severity: 'warning', file: 'motivatie.md' }]);
    expect(memoryFindings(memoryVariant(para('De cliënt gaf haar nummer: 06 12345678.')), 'privacy/persoonsgegevens')).toMatchObject([{ severity: 'error' }]);
  });
  it('scans the descriptions in uren.csv', () => {
    const files = memoryVariant({ file: 'uren.csv', replace: ['19-09-2021;14;begeleiding;Individuele begeleidingsgesprekken loopbaantrajecten', '19-09-2021;14;begeleiding;Gesprek met Sanne de Vries, 06 12345678'] });
    expect(memoryFindings(files, 'privacy/persoonsgegevens')).toMatchObject([
      { severity: 'warning', file: 'uren.csv', line: 2 },
      { severity: 'error', file: 'uren.csv', line: 2 },
    ]);
  });
});

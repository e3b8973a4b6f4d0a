/** `privacy/persoonsgegevens` (AVG): every kind of personal data, what must stay quiet, masking, accepting. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elfproef, findPersonalData, type PersonalKind } from '../src/privacy/detect.js';
import { mask } from '../src/privacy/mask.js';
import { formatters } from '../src/format/index.js';
import { checkDir, EXAMPLE, findings, rlp, ROOT, tempDir, variant } from './helpers.js';
import { checkFiles, memoryFindings, memoryVariant } from './memory-variant.js';
import type { Edit } from '../scripts/defects.js';

const RULE = 'privacy/persoonsgegevens';
const C1 = 'casussen/casus-1.md';
const TAAK1 = '## Taak 1 – Vraagverhelderend gesprek\n\n';
/** A case with one extra paragraph at the top of Taak 1 (line 24 of casus-1.md is its first line), in memory. */
const withText = (text: string, ...more: Parameters<typeof variant>) => memoryVariant({ file: C1, replace: [TAAK1, `${TAAK1}${text}\n\n`] }, ...more);
const found = (text: string, ownName?: string) => findPersonalData(text, { ownName }).map((d) => [d.kind, text.slice(d.index, d.index + d.length)]);

describe('elfproef', () => {
  it.each(['111222333', '123456782', '040645678'])('%s passes', (n) => expect(elfproef(n)).toBe(true));
  it.each(['002455799', '999998620', '123456789', '000000000'])('%s fails', (n) => expect(elfproef(n)).toBe(false));
  it('gives an 8-digit number its dropped leading zero back', () => expect(elfproef('40645678')).toBe(true));
});

describe('every kind is found', () => {
  const positives: [PersonalKind, string, string][] = [
    ['email', 'Ze mailde vanaf j.devries@mail.nl gisteren.', 'j.devries@mail.nl'],
    ['email', 'Contact: <mailto:sanne.b+werk@voorbeeld.co.uk>', 'sanne.b+werk@voorbeeld.co.uk'],
    ['phone', 'Bel 06-12345678.', '06-12345678'],
    ['phone', 'Bel 06 1234 5678 of later.', '06 1234 5678'],
    ['phone', 'Bel 06.12.34.56.78.', '06.12.34.56.78'],
    ['phone', 'Mobiel: +31 6 12345678', '+31 6 12345678'],
    ['phone', 'Mobiel: +31612345678', '+31612345678'],
    ['phone', 'Mobiel: 0031 6 1234 5678', '0031 6 1234 5678'],
    ['phone', 'Mobiel: +31 (0)6 12345678', '+31 (0)6 12345678'],
    ['phone', 'Thuis: 020-1234567', '020-1234567'],
    ['phone', 'Thuis: (010) 123 45 67', '(010) 123 45 67'],
    ['bsn', 'BSN 111222333.', '111222333'],
    ['bsn', 'bsn: 1234.56.782', '1234.56.782'],
    ['bsn', 'zonder voorloopnul 40645678 genoteerd', '40645678'],
    ['iban', 'Rekening NL91 ABNA 0417 1643 00.', 'NL91 ABNA 0417 1643 00'],
    ['iban', 'Rekening NL91ABNA0417164300.', 'NL91ABNA0417164300'],
    ['postcode', 'Ze woont aan de Dorpsstraat 12, 1234 AB Utrecht.', 'Dorpsstraat 12, 1234 AB'],
    ['postcode', 'Adres: 3511 LK 7.', '3511 LK 7'],
    ['birthDate', 'Cliënt is geboren op 3 maart 1980.', '3 maart 1980'],
    ['birthDate', 'Geboortedatum: 03-03-1980', '03-03-1980'],
    ['birthDate', 'Op 12 mei 2025 werd hij 50 jaar.', '12 mei 2025'],
    ['profile', 'Zie https://www.linkedin.com/in/jandevries/.', 'https://www.linkedin.com/in/jandevries/'],
    ['profile', 'Op instagram.com/sanne.b staat veel.', 'instagram.com/sanne.b'],
    ['name', 'Ik sprak met mevrouw Jansen.', 'Jansen'],
    ['name', 'Meneer De Vries kwam binnen.', 'De Vries'],
    ['name', 'Ik belde de heer van den Berg.', 'van den Berg'],
    ['name', 'Daarna belde dhr. Pietersen.', 'Pietersen'],
    ['name', 'Cliënt Sanne twijfelde.', 'Sanne'],
    ['name', 'Mijn collega Peter hielp.', 'Peter'],
  ];
  it.each(positives)('%s in %j', (kind, text, datum) => {
    expect(found(text)).toEqual([[kind, datum]]);
  });
});

describe('ordinary portfolio prose stays quiet', () => {
  const negatives = [
    'Het ordernummer van de aanvraag was 123456789.',
    'Ordernummer: 123456782.',
    'Kenmerk 0201234567 staat op de factuur.',
    '002455799, 999998620, 123456789 en 000000000 doorstaan de elfproef niet.',
    'In 2025 en 2026 volgde ik cursussen.',
    'De cursus telt 1 ECTS (28 uur); samen 3,5 ECTS of 98 uur.',
    'Ik werkte 1.200 uur, in totaal 1450 uur, sinds 2021-09-01.',
    'Het certificaat behaalde ik op 12 maart 2025; het diploma is gedateerd 03-07-2019.',
    'periode: { start: 2025-02-03, eind: 2025-07-15 }',
    'Cliënt, een 54-jarige teamleider, had een 25-jarig jubileum op 1 mei 2024.',
    'Volgens Super, Savickas, Kolb, Schein en Holland zijn loopbanen in beweging.',
    'De cliënt. Hij ging. Cliënt Het gesprek liep goed. Cliënt R. en cliënt A vertelden over een collega-intern begeleider.',
    'Cliënt Jan (gefingeerde naam) kwam binnen. Later vertelde cliënt Jan meer.',
    'Alle namen in deze casus zijn gefingeerd. Mevrouw Bakker vertelde veel.',
    'Het gesprek op 01-02-2025 12:00 verliep goed. Info via 0800-1234567.',
    'Rekening NL91ABNA0417164301 heeft een verkeerd controlegetal. Postcode 3511 LK zonder nummer.',
    'Zie https://www.linkedin.com/company/noloc en www.noloc.nl.',
    'Een cliënt van Randstad sprak met een medewerker van de Gemeente.',
  ];
  it.each(negatives)('%j', (text) => expect(found(text)).toEqual([]));
  it("never reports the candidate's own name", () => {
    expect(found('Collega Marieke en mevrouw Jansen, kandidaat Marieke Jansen.', 'Marieke Jansen')).toEqual([]);
  });
  it('the example portfolio, a fresh `rlp init` and every other defect yield no privacy finding', () => {
    const fresh = join(tempDir(), 'nieuw');
    expect(rlp(['init', fresh]).status).toBe(0);
    const defecten = join(ROOT, 'fixtures', 'defecten');
    const dirs = [EXAMPLE, fresh, ...readdirSync(defecten).filter((d) => d !== 'privacy-persoonsgegevens').map((d) => join(defecten, d))];
    for (const dir of dirs) expect(findings(dir, RULE), dir).toEqual([]);
  });
});

describe('masking', () => {
  it.each([
    ['email', 'j.devries@mail.nl', 'j.d…@…l.nl'],
    ['phone', '06-12345678', '06-…78'],
    ['phone', '+31 6 12345678', '+31 6…78'],
    ['bsn', '123456789', '…789'],
    ['iban', 'NL91 ABNA 0417 1643 00', 'NL…00'],
    ['postcode', 'Dorpsstraat 12, 3511 LK', '35…'],
    ['name', 'van den Berg', 'van den B…'],
  ] as [PersonalKind, string, string][])('%s %s as %s', (kind, raw, masked) => expect(mask(kind, raw)).toBe(masked));

  it('never shows a datum in full', () => {
    const text = 'a@b.nl, jan.de.vries@gmail.com, 0612345678, +31201234567, 111222333, NL91ABNA0417164300, 3511 LK 7, geboren op 3-3-1980, linkedin.com/in/jd, mevrouw Ab';
    const data = findPersonalData(text);
    expect(data).toHaveLength(10);
    for (const d of data) {
      expect(d.masked).toContain('…');
      expect(d.masked).not.toContain(text.slice(d.index, d.index + d.length));
    }
  });
});

describe('privacy/persoonsgegevens in a portfolio', () => {
  const dir = join(ROOT, 'fixtures', 'defecten', 'privacy-persoonsgegevens');
  const secrets = ['j.devries@voorbeeldmail.nl', '06-12345678', '0612345678', '12345678', '111222333', 'devries'];

  it('reports an e-mail address, a mobile number and a BSN as three errors on their lines, not the order number', () => {
    expect(findings(dir, RULE)).toMatchObject([
      { severity: 'error', file: C1, line: 24, column: 32, messageId: 'email', args: { gegeven: 'j.d…@…l.nl' } },
      { severity: 'error', file: C1, line: 25, column: 37, messageId: 'phone', args: { gegeven: '06-…78' } },
      { severity: 'error', file: C1, line: 26, column: 62, messageId: 'bsn', args: { gegeven: '…333' } },
    ]);
  });

  it('masks the data in the report and in every output format, in Dutch and English', () => {
    for (const lang of ['nl', 'en'] as const) {
      const report = checkDir(dir, { lang });
      const outputs = [JSON.stringify(report), ...Object.values(formatters).map((format) => format(report, { lang, color: false }))];
      for (const out of outputs) for (const secret of secrets) expect(out).not.toContain(secret);
    }
    // The CLI output as a user sees it: the masked form must be in the text.
    for (const format of ['pretty', 'json']) {
      const r = rlp(['check', dir, '--format', format]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain('j.d…@…l.nl');
      for (const secret of secrets) expect(r.stdout + r.stderr).not.toContain(secret);
    }
  });

  it('scans front-matter, HTML comments, motivatie, ontwikkelplan and portfolio.yaml with exact places', () => {
    const d = memoryVariant(
      { file: C1, replace: ['clienttype: werknemer 50+, teamleider logistiek', 'clienttype: werknemer 50+, bereikbaar op 0612345678'] },
      { file: C1, replace: [TAAK1, `${TAAK1}<!-- cliënt: j.devries@mail.nl -->\n\n`] },
      { file: 'motivatie.md', replace: ['Wat me in dit vak', 'Mijn rekening NL91ABNA0417164300. Wat me in dit vak'] },
      { file: 'ontwikkelplan.md', content: '---\nperiode: { van: 2027, tot: 2030 }\n---\n\nIk bel dhr. Pietersen.\n' },
      { file: 'portfolio.yaml', replace: ['instelling: Hogeschool Voorbeeld', 'instelling: Hogeschool Voorbeeld # contact: 06 1234 5678'] },
    );
    const hits = memoryFindings(d, RULE).map(({ file, line, column, severity }) => ({ file, line, column, severity }));
    expect(hits).toEqual([
      { file: C1, line: 7, column: 42, severity: 'error' },
      { file: C1, line: 24, column: 14, severity: 'error' },
      { file: 'motivatie.md', line: 11, column: 15, severity: 'error' },
      { file: 'ontwikkelplan.md', line: 5, column: 13, severity: 'warning' },
      // Contact data in a file about the candidate is most likely their own (contract §7).
      { file: 'portfolio.yaml', line: 14, column: 49, severity: 'warning' },
    ]);
  });

  it('accepts strings listed under instellingen.privacy.toegestaan, reported as accepted info', () => {
    // On disk: the CLI checks the same folder below.
    const d = variant({ file: C1, replace: [TAAK1, `${TAAK1}Mail het secretariaat via info@noloc.nl of bel 06-12345678.\n\n`] }, {
      file: 'portfolio.yaml',
      replace: ['  min_woorden: 50', '  min_woorden: 50\n  privacy:\n    toegestaan:\n      - INFO@noloc.nl\n      - "+31 6 1234 5678"'],
    });
    const report = checkDir(d);
    expect(report.ok).toBe(true);
    expect(report.diagnostics.filter((x) => x.rule === RULE)).toMatchObject([
      { severity: 'info', accepted: true, line: 24, column: 27, messageId: 'acceptedList', args: { gegeven: 'i…@…c.nl' } },
      { severity: 'info', accepted: true, line: 24, column: 48, messageId: 'acceptedList', args: { gegeven: '06-…78' } },
    ]);
    expect(report.summary).toMatchObject({ errors: 0, warnings: 0, infos: 2 });
    expect(JSON.parse(rlp(['check', d, '--format', 'json']).stdout).diagnostics[0]).toMatchObject({ rule: RULE, accepted: true });
  });

  it('accepts a line marked rlp: geen-persoonsgegevens, on the line itself or alone on the line above', () => {
    const d = withText('<!-- rlp: geen-persoonsgegevens -->\n\nNummer van de stichting: 111222333.\nKvK-mail: j.devries@mail.nl <!-- rlp: geen-persoonsgegevens -->\nEn 123456782.', {
      file: 'portfolio.yaml',
      replace: ['instelling: Hogeschool Voorbeeld', 'instelling: Hogeschool Voorbeeld 06-12345678 # rlp: geen-persoonsgegevens'],
    });
    const hits = memoryFindings(d, RULE);
    expect(hits.map(({ severity, accepted, line }) => ({ severity, accepted, line }))).toEqual([
      { severity: 'info', accepted: true, line: 26 },
      { severity: 'info', accepted: true, line: 27 },
      { severity: 'error', accepted: undefined, line: 28 },
      { severity: 'info', accepted: true, line: 14 },
    ]);
    expect(hits.map((h) => h.messageId)).toEqual(['acceptedMarker', 'acceptedMarker', 'bsn', 'acceptedMarker']);
  });

  it('names and dates of birth are warnings, which do not fail the check', () => {
    const report = checkFiles(withText('Cliënt Sanne is geboren op 3 maart 1980.'));
    expect(report.diagnostics.map((x) => x.severity)).toEqual(['warning', 'warning']);
    expect(report.ok).toBe(true);
  });
});

describe('warnings once per datum per file, errors per occurrence', () => {
  const C2 = 'casussen/casus-2.md';
  const MD = '<!-- rlp: geen persoonsgegevens -->';
  const YAML = '# rlp: geen persoonsgegevens';
  /** Four lines that name Sanne five times (lines 24, 26, 28 and 30 of casus-1.md). */
  const sanne = 'Sanne vertelde over haar werk.\n\nIk vroeg Sanne en Sanne lachte.\n\nDaarna belde Sanne.\n\nSanne kwam terug.';
  const privacyOf = (files: ReturnType<typeof memoryVariant>) => memoryFindings(files, RULE).map(({ severity, messageId, args, line, column, accepted }) => ({ severity, messageId, args, line, column, accepted }));

  it('reports a first name used throughout a file once, at its first place, with its count and lines', () => {
    expect(privacyOf(withText(sanne))).toEqual([
      { severity: 'warning', messageId: 'nameRepeated', line: 24, column: 1, accepted: undefined, args: { gegeven: 'S…', aantal: 5, regels: [24, 26, 28, 30], markering: MD, fictief: 'Alle namen in deze casus zijn gefingeerd' } },
    ]);
  });

  it('a name that occurs once keeps the plain message; two names are two findings', () => {
    expect(privacyOf(withText('Sanne belde. Later kwam Ahmed.')).map((f) => [f.messageId, f.args?.gegeven])).toEqual([['name', 'S…'], ['name', 'A…']]);
  });

  it('keeps every occurrence of an error: each has to be removed where it stands', () => {
    const hits = privacyOf(withText('Mail j.devries@mail.nl.\n\nNogmaals: j.devries@mail.nl.'));
    expect(hits.map((h) => [h.messageId, h.line, h.severity])).toEqual([['email', 24, 'error'], ['email', 26, 'error']]);
  });

  it('accepts per occurrence: marked lines become one accepted finding, the others stay one warning', () => {
    const mixed = sanne.replace('Daarna belde Sanne.', `Daarna belde Sanne. ${MD}`).replace('Sanne kwam terug.', `Sanne kwam terug. ${MD}`);
    expect(privacyOf(withText(mixed))).toMatchObject([
      { severity: 'warning', messageId: 'nameRepeated', line: 24, args: { aantal: 3, regels: [24, 26] } },
      { severity: 'info', accepted: true, messageId: 'acceptedMarkerRepeated', line: 28, args: { gegeven: 'S…', aantal: 2, regels: [28, 30] } },
    ]);
    const one = sanne.replace('Sanne kwam terug.', `Sanne kwam terug. ${MD}`);
    expect(privacyOf(withText(one)).map((f) => [f.messageId, f.line, f.args?.aantal])).toEqual([['nameRepeated', 24, 4], ['acceptedMarker', 30, undefined]]);
    const all = sanne.split('\n\n').map((l) => `${l} ${MD}`).join('\n\n');
    expect(privacyOf(withText(all)).map((f) => [f.messageId, f.severity])).toEqual([['acceptedMarkerRepeated', 'info']]);
  });

  it('a name in instellingen.privacy.toegestaan is accepted at every place, as one finding', () => {
    const d = withText(sanne, { file: 'portfolio.yaml', replace: ['  min_woorden: 50', '  min_woorden: 50\n  privacy:\n    toegestaan: [Sanne]'] });
    expect(privacyOf(d)).toMatchObject([{ severity: 'info', accepted: true, messageId: 'acceptedListRepeated', line: 24, args: { aantal: 5, regels: [24, 26, 28, 30] } }]);
  });

  it('the sentence the advice proposes, written as proposed, makes every name in the case fictitious', () => {
    const [finding] = privacyOf(withText(sanne));
    const d = withText(`${String(finding!.args!.fictief)}\n\n${sanne}`);
    expect(privacyOf(d)).toEqual([]);
    expect(memoryFindings(d, 'bestand/syntax')).toEqual([]);
  });

  /** Follows the advice literally: the marker it proposes, typed after a space at the end of the finding's line. */
  function followMarkerAdvice(files: ReturnType<typeof memoryVariant>, file: string) {
    const [finding] = memoryFindings(files, RULE).filter((f) => f.file === file && !f.accepted);
    const marker = String(finding!.args!.markering);
    const lines = files[file]!.toString().split('\n');
    lines[finding!.line! - 1] += ` ${marker}`;
    return { finding: finding!, marker, after: { ...files, [file]: Buffer.from(lines.join('\n')) } };
  }
  const problems = (files: ReturnType<typeof memoryVariant>) => checkFiles(files).diagnostics.filter((d) => d.rule.startsWith('bestand/')).map((d) => `${d.rule} ${d.messageId} ${d.file}:${d.line}`);

  it.each([
    ['the data at the top of a case', C2, { file: C2, replace: ['titel: Heroriëntatie van een leerkracht', 'titel: Ahmed, heroriëntatie van een leerkracht'] }, YAML, '# Alle namen zijn gefingeerd'],
    ['portfolio.yaml', 'portfolio.yaml', { file: 'portfolio.yaml', replace: ['instelling: Hogeschool Voorbeeld', 'instelling: Hogeschool Voorbeeld, bel 06-12345678'] }, YAML, '# Alle namen zijn gefingeerd'],
    ['the text of a case', C1, { file: C1, replace: [TAAK1, `${TAAK1}Ahmed vertelde.\n\n`] }, MD, 'Alle namen in deze casus zijn gefingeerd'],
  ] as [string, string, Edit, string, string][])('in %s the advice proposes the marker that works there, and following it accepts the finding without breaking the file', (_, file, edit, marker, fictief) => {
    const files = memoryVariant(edit);
    const before = problems(files);
    const { finding, after } = followMarkerAdvice(files, file);
    expect(finding.args?.markering).toBe(marker);
    if (finding.messageId === 'name') expect(finding.args?.fictief).toBe(fictief);
    expect(memoryFindings(after, RULE).filter((f) => f.file === file).map((f) => [f.line, f.severity, f.accepted])).toEqual([[finding.line, 'info', true]]);
    expect(problems(after)).toEqual(before);
  });

  it('the HTML comment the old advice proposed does break the data at the top of a case (why the advice differs there)', () => {
    const files = memoryVariant({ file: C2, replace: ['titel: Heroriëntatie van een leerkracht', `titel: Ahmed, heroriëntatie van een leerkracht ${MD}\nafgerond: true ${MD}`] });
    expect(problems(files).length).toBeGreaterThan(0);
  });

  it('renders the grouped warning with the name masked, in Dutch and English', () => {
    // The sentence a coach reads: count, lines and both pieces of advice, the name never in full
    // (Ahmed, as the explanation of the rule mentions Sanne as an example).
    const ahmed = `${sanne}\n\nSanne.\n\nSanne.\n\nSanne.`.replace(/Sanne/g, 'Ahmed');
    for (const lang of ['nl', 'en'] as const) {
      const report = checkFiles(withText(ahmed), { lang });
      const [finding] = report.diagnostics.filter((d) => d.rule === RULE);
      expect(finding!.message).toContain(
        lang === 'nl' ? '(A…), 8 keer in dit bestand: regels 24, 26, 28 en nog 4.' : '(A…), 8 times in this file: lines 24, 26, 28, and 4 more.',
      );
      expect(finding!.message).toContain(': Alle namen in deze casus zijn gefingeerd (');
      expect(finding!.message).toContain(MD);
      for (const format of Object.values(formatters)) expect(format(report, { lang, color: false })).not.toMatch(/Ahmed/);
    }
  });
});

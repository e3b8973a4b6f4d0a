/**
 * What a coach's trial of rlp turned up, each with the input that showed it: a kennisgebied named
 * at the top but not written showed "·" (allowed) in the matrix next to an error; a bare "Nee."
 * showed as worked out; "fill in both cases" when one case had the fields; a theory section that
 * names the client by a first name got a hint that it did not tie the theory to the client; two
 * spellings of the silencing comment (hyphen, space, English); rule ids in sentences.
 */
import { describe, expect, it } from 'vitest';
import { catalogues } from '../src/messages/index.js';
import { formatters } from '../src/format/index.js';
import { checkFiles, memoryFindings, memoryVariant } from './memory-variant.js';

const C1 = 'casussen/casus-1.md';
const C2 = 'casussen/casus-2.md';
const NO_THEORY =
  'De reorganisatie bij de werkgever maakte dat de hele afdeling opnieuw werd ingedeeld. Cliënt merkte dat zijn rol als teamleider verdween en dat hij zijn plek in het bedrijf kwijt was. Dat raakte hem meer dan hij eerst liet zien. Ik heb met hem besproken wat er in het bedrijf veranderde en wat dat voor hem betekende.';

describe('the matrix', () => {
  it('shows a kennisgebied named at the top but without a section as missing (✗), one left to the other case as · (elders)', () => {
    const files = memoryVariant({ file: C1, replace: ['kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisaties]', 'kennisgebieden: [loopbaantheorie, ontwikkeling-mens, organisaties, arbeidsmarkt]'] });
    const report = checkFiles(files);
    expect(report.diagnostics.filter((d) => d.rule === 'C/tags')).toMatchObject([{ messageId: 'tagWithoutSection', file: C1 }]);
    expect(report.coverage.items.kennisgebieden.arbeidsmarkt).toEqual(['nee', 'ja']);
    expect(report.coverage.items.kennisgebieden['opleidingen-beroepen']).toEqual(['elders', 'ja']);
    const row = formatters.pretty!(report, { lang: 'nl', color: false }).split('\n').find((l) => /^\s+Arbeidsmarkt\s{2,}/.test(l))!;
    expect(row.replace(/\s+/g, ' ').trim()).toBe('Arbeidsmarkt ✗ ✓ ✓');
    const md = formatters.markdown!(report, { lang: 'nl', color: false }).split('\n').find((l) => l.startsWith('| Arbeidsmarkt'))!;
    expect(md).toBe('| Arbeidsmarkt | ✗ | ✓ | ✓ |');
  });

  it('shows a bare "Nee." under an attitude question as only a stand-in (n), not worked out; "Nee, want …" is an answer to weigh', () => {
    const section = (text: string) => memoryVariant({ file: C1, removeSection: '### Ethisch handelen volgens gedragscode' }, { file: C1, replace: ['### Zelfreflectie', `### Ethisch handelen volgens gedragscode\n\n${text}\n\n### Zelfreflectie`] });
    for (const bare of ['Nee.', 'nee', 'Geen.', 'Ja.']) {
      const report = checkFiles(section(bare));
      expect(report.coverage.items.attitude.ethiek ?? Object.values(report.coverage.items.attitude)[0]).toEqual(['nvt', 'ja']);
      expect(report.diagnostics.filter((d) => d.rule === 'C4/attitude')).toHaveLength(1);
    }
    const answered = checkFiles(section('Nee, dat speelde in dit traject niet.'));
    expect(Object.values(answered.coverage.items.attitude)[0]).toEqual(['ja', 'ja']);
    expect(answered.diagnostics.filter((d) => d.rule === 'inhoud/attitude')).toMatchObject([{ messageId: expect.any(String), file: C1 }]);
  });
});

describe('C/diversiteit asks the case that lacks the fields, not "both"', () => {
  const strip = (file: string) => [
    { file, replace: [/^vraagstelling: .*$/m.exec(memoryVariant()[file]!.toString())![0], 'vraagstelling:'] as [string, string] },
    { file, replace: [/^clienttype: .*$/m.exec(memoryVariant()[file]!.toString())![0], 'clienttype:'] as [string, string] },
    { file, replace: [/^uitdaging: .*$/m.exec(memoryVariant()[file]!.toString())![0], 'uitdaging:'] as [string, string] },
  ];
  it('one case without them: a finding at that case, naming the fields the other has', () => {
    const hits = memoryFindings(memoryVariant(...strip(C1)), 'C/diversiteit');
    expect(hits).toMatchObject([{ messageId: 'unverifiableOne', file: C1, args: { fields: ['vraagstelling', 'clienttype', 'uitdaging'], other: C2 } }]);
    expect(hits[0]!.message).not.toContain('beide');
  });
  it('both without them: one finding asking for both', () => {
    expect(memoryFindings(memoryVariant(...strip(C1), ...strip(C2)), 'C/diversiteit')).toMatchObject([{ messageId: 'unverifiable' }]);
  });
});

describe('inhoud/theorie', () => {
  it('counts a client called by a first name as the client', () => {
    const theory =
      'Het model van de loopbaancompetenties van Kuijpers gebruikte ik als ruggengraat. Sanne had weinig zicht op wat ze wilde; met loopbaanreflectie en werkexploratie kreeg Sanne dat beter in beeld.';
    const files = memoryVariant({ file: C1, replace: [/### Loopbaantheorieën en -methodieken\n\n.*\n/.exec(memoryVariant()[C1]!.toString())![0], `### Loopbaantheorieën en -methodieken\n\n${theory}\n`] });
    expect(memoryFindings(files, 'inhoud/theorie')).toEqual([]);
    const anonymous = memoryVariant({ file: C1, replace: [/### Loopbaantheorieën en -methodieken\n\n.*\n/.exec(memoryVariant()[C1]!.toString())![0], `### Loopbaantheorieën en -methodieken\n\n${theory.replaceAll('Sanne', 'De organisatie')}\n`] });
    expect(memoryFindings(anonymous, 'inhoud/theorie')).toMatchObject([{ messageId: 'notTied' }]);
    // Names match as whole words, not by stem: "dan" (then) is not "Daan" (the calibration corpus caught this).
    const dan = memoryVariant({ file: C1, replace: [/### Loopbaantheorieën en -methodieken\n\n.*\n/.exec(memoryVariant()[C1]!.toString())![0], `### Loopbaantheorieën en -methodieken\n\nHet model van Kuijpers beschrijft loopbaancompetenties. Wie reflecteert, kan dan beter kiezen, en dan volgt exploratie.\n`] });
    expect(memoryFindings(dan, 'inhoud/theorie')).toMatchObject([{ messageId: 'notTied' }]);
  });
});

describe('silencing comments, written the ways coaches write them', () => {
  const withComment = (comment: string) =>
    memoryVariant({ file: C1, replace: [/### Organisaties\n\n.*\n/.exec(memoryVariant()[C1]!.toString())![0], `### Organisaties\n\n${comment}\n\n${NO_THEORY}\n`] });
  const rest = (files: ReturnType<typeof withComment>) => checkFiles(files).diagnostics.filter((d) => d.rule === 'inhoud/theorie' || d.rule === 'bestand/schema');

  it('the section without a comment gets the hint (so the comments below have something to silence)', () => {
    expect(rest(withComment(''))).toMatchObject([{ rule: 'inhoud/theorie', messageId: 'noSource' }]);
  });
  for (const comment of [
    '<!-- rlp: geen inhoud/theorie -->',
    '<!-- rlp: geen theorie -->',
    '<!-- rlp geen theorie -->',
    '<!-- rlp-geen theorie -->',
    '<!-- rlp-uit inhoud/theorie -->',
    '<!-- rlp: negeer Theorie -->',
    '<!-- rlp-disable inhoud/theorie -->',
    '<!-- rlp-ignore inhoud/theorie -->',
    '<!-- rlp: geen theorie — dit is praktijkkennis, geen theorie -->',
    '<!-- rlp: geen inhoud/concreet, theorie -->',
  ]) {
    it(`${comment} silences it`, () => {
      expect(rest(withComment(comment)).filter((d) => d.rule === 'inhoud/theorie')).toEqual([]);
      expect(rest(withComment(comment)).filter((d) => d.severity === 'warning')).toEqual([]);
    });
  }
  it('a name that fits two rules silences nothing and says which', () => {
    const found = rest(withComment('<!-- rlp: geen attitude -->'));
    expect(found.filter((d) => d.rule === 'inhoud/theorie')).toHaveLength(1);
    expect(found.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ messageId: 'silenceAmbiguous', args: { value: 'attitude', candidates: ['C4/attitude', 'inhoud/attitude'] } }]);
  });
  it('a comment in a section where the hint has nothing to say is reported as unused (a coach found it silently kept)', () => {
    const files = memoryVariant({ file: C1, replace: ['### Loopbaantheorieën en -methodieken\n', '### Loopbaantheorieën en -methodieken\n\n<!-- rlp: geen theorie -->\n'] });
    expect(checkFiles(files).diagnostics.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ severity: 'info', messageId: 'silenceUnused', args: { rule: 'inhoud/theorie' } }]);
  });
  it('a misspelt name silences nothing and gets a "bedoel je"', () => {
    const found = rest(withComment('<!-- rlp: geen inhoud/theori -->'));
    expect(found.filter((d) => d.rule === 'inhoud/theorie')).toHaveLength(1);
    expect(found.filter((d) => d.rule === 'bestand/schema')).toMatchObject([{ messageId: 'silenceUnknownTip', args: { tip: 'inhoud/theorie' } }]);
  });
  it('the privacy marker takes the same spelling, with a space, and keeps the finding as accepted', () => {
    for (const marker of ['<!-- rlp: geen persoonsgegevens -->', '<!-- rlp: geen-persoonsgegevens -->', '<!-- rlp geen privacy/persoonsgegevens -->']) {
      const files = memoryVariant({ file: C1, replace: ['### Organisaties\n', `### Organisaties\n\nBereikbaar via 06-12345678. ${marker}\n`] });
      const report = checkFiles(files);
      expect(report.diagnostics.filter((d) => d.rule === 'privacy/persoonsgegevens')).toMatchObject([{ severity: 'info', accepted: true }]);
      expect(report.diagnostics.filter((d) => d.rule === 'bestand/schema')).toEqual([]);
    }
  });
});

describe('sentences a coach reads', () => {
  const RULE_ID = /\b(?:A|B1|B2|C|C1|C2|C3|C4|D|E|bestand|privacy|inhoud)\/[a-z]/;
  for (const lang of ['nl', 'en'] as const) {
    // A rule id inside <!-- … --> is what the coach types to silence a hint: that one stays.
    it(`${lang}: no finding or fix names another rule by its id`, () => {
      const offending: string[] = [];
      for (const [id, entry] of Object.entries(catalogues[lang].rules)) {
        for (const [key, text] of Object.entries({ fix: entry.fix, ...entry.messages })) if (RULE_ID.test(String(text).replace(/<!--.*?-->/g, ''))) offending.push(`${id} ${key}: ${String(text).slice(0, 120)}`);
      }
      expect(offending).toEqual([]);
    });
  }
  it('the line about findings left out points to a report a coach can open, not to JSON', () => {
    expect(catalogues.nl.ui.moreFindings).not.toMatch(/json/i);
    expect(catalogues.en.ui.moreFindings).not.toMatch(/json/i);
  });
});

/**
 * Issue 11, item 5: positions at the place the author has to change. A Word smart quote closing
 * a YAML string is reported at the line that opened it; a line that looks like a heading but is
 * not read as one gets a hint at that line. The portfolios are built in memory: only the text matters.
 */
import { describe, expect, it } from 'vitest';
import { curlyClosedQuote } from '../src/load/yaml.js';
import { memoryFindings, memoryVariant } from './memory-variant.js';
import type { Files } from './rule-tester.js';

const C1 = 'casussen/casus-1.md';

/** The example with `from` replaced by `to` in `file` (throws when `from` is not in it). */
function edited(file: string, from: string, to: string): Files {
  return memoryVariant({ file, replace: [from, to] });
}

describe('a Word smart quote closing a YAML string', () => {
  it('in front-matter: reported at line 2, where the quote was opened, at the curly quote', () => {
    const files = edited(C1, 'titel: Heroriëntatie na reorganisatie', 'titel: "Heroriëntatie na reorganisatie”');
    expect(memoryFindings(files, 'bestand/syntax')).toEqual([expect.objectContaining({ file: C1, line: 2, column: 39, messageId: 'smartQuote', args: { quote: '”', straight: '"' } })]);
  });

  it('in portfolio.yaml: reported at its line (6), not past the end of the file', () => {
    const files = edited('portfolio.yaml', 'kandidaat: Marieke Jansen', 'kandidaat: "Marieke Jansen”');
    expect(memoryFindings(files, 'bestand/syntax')).toEqual([expect.objectContaining({ file: 'portfolio.yaml', line: 6, messageId: 'smartQuote' })]);
  });

  it('an unclosed straight quote without a curly one is placed within the file', () => {
    const files = edited('portfolio.yaml', 'motivatie: motivatie.md', 'motivatie: "motivatie.md');
    const lines = files['portfolio.yaml']!.toString().trimEnd().split('\n').length;
    const [found] = memoryFindings(files, 'bestand/syntax');
    expect(found!.line).toBeLessThanOrEqual(lines);
    expect(found!.messageId).not.toBe('smartQuote');
  });

  it('keeps quiet on curly quotes inside a properly closed string', () => {
    expect(memoryFindings(edited(C1, 'titel: Heroriëntatie na reorganisatie', 'titel: "Het “nieuwe” werken"'), 'bestand/syntax')).toEqual([]);
    expect(curlyClosedQuote("a: 'it’s fine'\nb: \"x “y” z\"\n", 10)).toBeUndefined();
    expect(curlyClosedQuote("a: 1\nb: 'it’s\n", 10)).toMatchObject({ line: 2, column: 7, curly: '’' });
  });
});

describe('a line that looks like a heading but is not read as one', () => {
  const TAAK1 = '## Taak 1 – Vraagverhelderend gesprek';
  const lineOf = (files: Files, text: string) => files[C1]!.toString().split('\n').indexOf(text) + 1;
  const hint = (files: Files) => memoryFindings(files, 'bestand/syntax').filter((d) => d.messageId?.startsWith('heading'));

  it('`##Taak 1`: a hint at that line to put a space after ##', () => {
    const files = edited(C1, TAAK1, '##Taak 1 – Vraagverhelderend gesprek');
    expect(hint(files)).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(files, '##Taak 1 – Vraagverhelderend gesprek'), messageId: 'headingNoSpace', args: { hashes: '##' } })]);
  });

  it('`**Taak 1**` alone on a line: a hint at that line', () => {
    const files = edited(C1, TAAK1, '**Taak 1**');
    expect(hint(files)).toEqual([expect.objectContaining({ line: lineOf(files, '**Taak 1**'), messageId: 'headingBold', args: { text: 'Taak 1' } })]);
  });

  it('a setext `---` under a paragraph: a hint at the line that names the section', () => {
    const files = edited(C1, `\n\n${TAAK1}\n`, '\nTaak 1 – Vraagverhelderend gesprek\n---\n');
    expect(hint(files)).toEqual([expect.objectContaining({ line: lineOf(files, 'Taak 1 – Vraagverhelderend gesprek'), messageId: 'headingSetext' })]);
  });

  it('a heading indented four spaces: a hint at that line', () => {
    const files = edited(C1, TAAK1, `    ${TAAK1}`);
    expect(hint(files)).toEqual([expect.objectContaining({ line: lineOf(files, `    ${TAAK1}`), messageId: 'headingIndented' })]);
  });

  it('in English too', () => {
    // About the English wording itself, so the rendered sentence is asserted.
    const files = edited(C1, TAAK1, '##Taak 1');
    expect(memoryFindings(files, 'bestand/syntax', { lang: 'en' })[0]!.message).toBe('This line looks like a heading, but is not read as one: put a space after ##.');
  });

  it('keeps quiet on real headings, bold that names no section, #hashtags, code and comments', () => {
    const files = edited(
      C1,
      TAAK1,
      `${TAAK1}\n\n**Let op:** dit is geen kop.\n\n**Belangrijk**\n\n#loopbaan #coaching\n\n\`\`\`\n##Taak 1\n\`\`\`\n\n<!--\n##Taak 2\n-->\n\nEen alinea\nmet tekst\n\n---\n`,
    );
    expect(hint(files)).toEqual([]);
  });
});

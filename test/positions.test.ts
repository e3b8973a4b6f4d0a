/**
 * Issue 11, item 5: positions at the place the author has to change. A Word smart quote closing
 * a YAML string is reported at the line that opened it; a line that looks like a heading but is
 * not read as one gets a hint at that line.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { curlyClosedQuote } from '../src/load/yaml.js';
import { findings, variant } from './helpers.js';

const C1 = 'casussen/casus-1.md';

/** The example with `from` replaced by `to` in `file`. */
function edited(file: string, from: string, to: string): string {
  const dir = variant();
  const text = readFileSync(join(dir, file), 'utf8');
  expect(text).toContain(from);
  writeFileSync(join(dir, file), text.replace(from, to));
  return dir;
}

describe('a Word smart quote closing a YAML string', () => {
  it('in front-matter: reported at line 2, where the quote was opened, at the curly quote', () => {
    const dir = edited(C1, 'titel: Heroriëntatie na reorganisatie', 'titel: "Heroriëntatie na reorganisatie”');
    expect(findings(dir, 'bestand/syntax')).toEqual([expect.objectContaining({ file: C1, line: 2, column: 39, message: expect.stringContaining('gekruld aanhalingsteken (”)') })]);
  });

  it('in portfolio.yaml: reported at its line (6), not past the end of the file', () => {
    const dir = edited('portfolio.yaml', 'kandidaat: Marieke Jansen', 'kandidaat: "Marieke Jansen”');
    expect(findings(dir, 'bestand/syntax')).toEqual([expect.objectContaining({ file: 'portfolio.yaml', line: 6 })]);
  });

  it('an unclosed straight quote without a curly one is placed within the file', () => {
    const dir = edited('portfolio.yaml', 'motivatie: motivatie.md', 'motivatie: "motivatie.md');
    const lines = readFileSync(join(dir, 'portfolio.yaml'), 'utf8').trimEnd().split('\n').length;
    const [found] = findings(dir, 'bestand/syntax');
    expect(found!.line).toBeLessThanOrEqual(lines);
    expect(found!.message).not.toContain('gekruld');
  });

  it('keeps quiet on curly quotes inside a properly closed string', () => {
    expect(findings(edited(C1, 'titel: Heroriëntatie na reorganisatie', 'titel: "Het “nieuwe” werken"'), 'bestand/syntax')).toEqual([]);
    expect(curlyClosedQuote("a: 'it’s fine'\nb: \"x “y” z\"\n", 10)).toBeUndefined();
    expect(curlyClosedQuote("a: 1\nb: 'it’s\n", 10)).toMatchObject({ line: 2, column: 7, curly: '’' });
  });
});

describe('a line that looks like a heading but is not read as one', () => {
  const TAAK1 = '## Taak 1 – Vraagverhelderend gesprek';
  const lineOf = (dir: string, text: string) => readFileSync(join(dir, C1), 'utf8').split('\n').indexOf(text) + 1;
  const hint = (dir: string) => findings(dir, 'bestand/syntax').filter((d) => d.message.startsWith('Deze regel lijkt een kop'));

  it('`##Taak 1`: a hint at that line to put a space after ##', () => {
    const dir = edited(C1, TAAK1, '##Taak 1 – Vraagverhelderend gesprek');
    expect(hint(dir)).toEqual([expect.objectContaining({ severity: 'warning', line: lineOf(dir, '##Taak 1 – Vraagverhelderend gesprek'), message: 'Deze regel lijkt een kop, maar wordt niet als kop gelezen: zet een spatie na ##.' })]);
  });

  it('`**Taak 1**` alone on a line: a hint at that line', () => {
    const dir = edited(C1, TAAK1, '**Taak 1**');
    expect(hint(dir)).toEqual([expect.objectContaining({ line: lineOf(dir, '**Taak 1**'), message: expect.stringContaining("'## Taak 1'") })]);
  });

  it('a setext `---` under a paragraph: a hint at the line that names the section', () => {
    const dir = variant();
    const text = readFileSync(join(dir, C1), 'utf8');
    writeFileSync(join(dir, C1), text.replace(`\n\n${TAAK1}\n`, '\nTaak 1 – Vraagverhelderend gesprek\n---\n'));
    expect(hint(dir)).toEqual([expect.objectContaining({ line: lineOf(dir, 'Taak 1 – Vraagverhelderend gesprek'), message: expect.stringContaining('regel ---') })]);
  });

  it('a heading indented four spaces: a hint at that line', () => {
    const dir = edited(C1, TAAK1, `    ${TAAK1}`);
    expect(hint(dir)).toEqual([expect.objectContaining({ line: lineOf(dir, `    ${TAAK1}`), message: expect.stringContaining('vier spaties') })]);
  });

  it('in English too', () => {
    const dir = edited(C1, TAAK1, '##Taak 1');
    expect(findings(dir, 'bestand/syntax', { lang: 'en' })[0]!.message).toBe('This line looks like a heading, but is not read as one: put a space after ##.');
  });

  it('keeps quiet on real headings, bold that names no section, #hashtags, code and comments', () => {
    const dir = edited(
      C1,
      TAAK1,
      `${TAAK1}\n\n**Let op:** dit is geen kop.\n\n**Belangrijk**\n\n#loopbaan #coaching\n\n\`\`\`\n##Taak 1\n\`\`\`\n\n<!--\n##Taak 2\n-->\n\nEen alinea\nmet tekst\n\n---\n`,
    );
    expect(hint(dir)).toEqual([]);
  });
});

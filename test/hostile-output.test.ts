/**
 * Issue 11, item 1: portfolio text on its way to any output passes through one gate
 * (src/display.ts). A hostile portfolio puts escape sequences (CSI, OSC 8, OSC 52, BEL, CR, DEL,
 * C1, bidi overrides) and personal data (e-mail, phone, BSN, IBAN) in headings, YAML keys and
 * values, course names, uren.csv cells and file names; every format, also of a group run, must
 * show none of it raw.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync, appendFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { capLength, displayFileName, displayText, hasUnsafeCharacters, maskPersonalData, showControls } from '../src/display.js';
import { formatters } from '../src/format/index.js';
import { checkPortfolio } from '../src/index.js';
import { fill } from '../src/messages/index.js';
import { rlp, tempDir, variant } from './helpers.js';

/** Raw characters no output may carry (LF between lines is the only control allowed). */
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069]/;
/** Personal data planted in the hostile portfolio, as written. */
const DATA = ['jan.jansen@example.com', 'piet@voorbeeld.nl', '0612345678', '06-87654321', '111222333', 'NL91ABNA0417164300', 'NL91 ABNA 0417 1643 00'];

const ESC = '\u001b';
const BAD = `${ESC}[2J${ESC}[H${ESC}]52;c;ZXZpbA==\u0007${ESC}]8;;https://evil.example/\u0007klik${ESC}]8;;\u0007\r\u007f\u009b31m\u202e`;

/** A YAML double-quoted string holding `text` (control characters as YAML escapes, so it parses). */
const q = (text: string) => JSON.stringify(text);

/** The example portfolio with escape sequences and personal data in every kind of field. */
function hostilePortfolio(): string {
  const dir = variant();
  const yaml = readFileSync(join(dir, 'portfolio.yaml'), 'utf8')
    .replace('naam: Bedrijfskunde', `naam: ${q(`Bedrijfskunde ${BAD} jan.jansen@example.com`)}`)
    .replace('naam: Arbeidsmarktinformatie in de loopbaanpraktijk', `naam: ${q(`Excel ${BAD} 0612345678`)}`)
    .replace('keurmerk: NRTO', `keurmerk: ${q(`NRTO ${BAD} NL91ABNA0417164300`)}`)
    .replace('kader: rlp-initieel', `kader: rlp-initieel\n${q(`sleutel ${BAD} piet@voorbeeld.nl`)}: 1`);
  writeFileSync(join(dir, 'portfolio.yaml'), yaml);
  const casus = readFileSync(join(dir, 'casussen/casus-1.md'), 'utf8')
    .replace('opdrachtgever: werkgever', `opdrachtgever: ${q(`baas ${BAD} 06-87654321`)}`)
    .replace('titel: Heroriëntatie na reorganisatie', `titel: Heroriëntatie\n${q(`k${BAD}111222333`)}: x`)
    .replace('## Keuze voor deze casus', `## Keuze voor deze casus\n\n## Iets ${BAD} jan.jansen@example.com 111222333 ✓ voldoet\n\nTekst.\n\n## 111222333\u200bzie taak 2\n\nTekst.`);
  writeFileSync(join(dir, 'casussen/casus-1.md'), casus);
  appendFileSync(join(dir, 'uren.csv'), `01-02-2022;"2${ESC}[31m piet@voorbeeld.nl";begeleiding;x\n01-02-2022;2;"${BAD} NL91 ABNA 0417 1643 00";x\n`);
  renameSync(join(dir, 'casussen/casus-2.md'), join(dir, `casussen/casus-2 ${ESC}[31m\u202e piet@voorbeeld.nl 0612345678.md`));
  return dir;
}

/** Every string in a JSON value. */
function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) strings(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      out.push(k);
      strings(v, out);
    }
  }
  return out;
}

/** Asserts that an output shows no raw control character and no planted datum (also after JSON or GitHub unescaping). */
function expectClean(output: string, label: string): void {
  expect(RAW_CONTROL.exec(output)?.[0] ?? null, `${label}: raw control`).toBeNull();
  const github = output.replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const decoded = [output, github];
  for (const chunk of output.split(/\n(?=[[{])/)) {
    try {
      decoded.push(...strings(JSON.parse(chunk)));
    } catch {
      // not JSON
    }
  }
  for (const text of decoded) {
    expect(RAW_CONTROL.exec(text.replace(/\n/g, ''))?.[0] ?? null, `${label}: control after decoding`).toBeNull();
    for (const datum of DATA) expect(text.includes(datum), `${label}: ${datum}`).toBe(false);
  }
}

describe('displayText: the one gate', () => {
  it('shows control characters and bidi overrides visibly', () => {
    expect(showControls(`a${ESC}[31mb\u0007\r\u007f\u009b\u202ez`)).toBe('a␛[31mb␇␍␡⟨U+009B⟩⟨U+202E⟩z');
    expect(hasUnsafeCharacters('gewone tekst, ë en — en 😀')).toBe(false);
    expect(displayText('gewone tekst, ë en — en 😀')).toBe('gewone tekst, ë en — en 😀');
  });
  it('masks e-mail, phone, BSN and IBAN as the privacy rule does; leaves other numbers', () => {
    const out = maskPersonalData('mail jan.jansen@example.com of bel 0612345678, bsn 111222333, iban NL91ABNA0417164300');
    for (const datum of ['jan.jansen@example.com', '0612345678', '111222333', 'NL91ABNA0417164300']) expect(out).not.toContain(datum);
    expect(out).toContain('…');
    expect(maskPersonalData('1450 uur in 2025, route 2')).toBe('1450 uur in 2025, route 2');
  });
  it('masks a datum glued to a word (found by the long fuzz run), leaves dates and counts', () => {
    for (const glued of ['123456782zie taak 2', 'bel0612345678nu', 'NL91ABNA0417164300abc']) {
      expect(maskPersonalData(glued)).not.toMatch(/123456782|0612345678|NL91ABNA0417164300/);
    }
    expect(maskPersonalData('op 2026-12-01 en 01-12-2026 samen 1450 uur, 12.345 woorden')).toBe('op 2026-12-01 en 01-12-2026 samen 1450 uur, 12.345 woorden');
  });
  it('finds a datum hidden behind an escape sequence', () => {
    expect(displayText(`${ESC}[31mjan.jansen@example.com${ESC}[0m`)).not.toContain('jan.jansen@example.com');
    expect(displayText(`\u202e0612345678`)).not.toContain('0612345678');
  });
  it('caps length with an ellipsis, never inside a surrogate pair', () => {
    expect(displayText('a'.repeat(1000))).toHaveLength(200);
    expect(displayText('a'.repeat(1000)).endsWith('…')).toBe(true);
    expect(capLength('😀'.repeat(10), 5)).toBe('😀😀😀😀…');
    expect(displayText('kort')).toBe('kort');
    expect(displayFileName('casussen/casus-1.md')).toBe('casussen/casus-1.md');
  });
  it('is applied to every text argument of a message', () => {
    expect(fill('Kop: {kop}', { kop: `x${ESC}]52;c;ZXZpbA==\u0007 jan.jansen@example.com` })).not.toMatch(RAW_CONTROL);
    expect(fill('{a}', { a: ['0612345678'] })).not.toContain('0612345678');
    expect(fill('{k}', { k: { keyPath: [`k${ESC}`, 0, 'x'] } })).toBe('k␛ nr. 1 › x');
  });
});

describe('every format over a hostile portfolio', () => {
  const dir = hostilePortfolio();

  it('the API report and every formatter: no raw control character, no unmasked datum', () => {
    const report = checkPortfolio(dir, { lang: 'nl' });
    expect(report.diagnostics.length).toBeGreaterThan(5);
    for (const [name, format] of Object.entries(formatters)) {
      for (const lang of ['nl', 'en'] as const) expectClean(format(report, { lang, color: false }), `${name}/${lang}`);
    }
  });

  it('the built CLI in every format, alone and in a group run', () => {
    const other = join(tempDir(), `p${ESC}[31m jan.jansen@example.com`);
    mkdirSync(other);
    cpSync(dir, other, { recursive: true });
    for (const format of Object.keys(formatters)) {
      const one = rlp(['check', dir, '--format', format]);
      expect(one.status, format).toBe(1);
      expectClean(one.stdout + one.stderr, `cli ${format}`);
      // The hostile text did reach the output, shown: the test looks at what it means to.
      expect(one.stdout, format).toMatch(format === 'json' || format === 'sarif' ? /␛|\u241b/ : /␛/);
      expect(one.stdout, format).toContain('…');
      const group = rlp(['check', dir, other, '--format', format]);
      expect(group.status, format).toBe(1);
      expectClean(group.stdout + group.stderr, `group ${format}`);
    }
  });

  it('a number setting that passes the elfproef (found by the long fuzz run) is refused, not printed', () => {
    const dir = variant();
    writeFileSync(join(dir, 'portfolio.yaml'), readFileSync(join(dir, 'portfolio.yaml'), 'utf8').replace('  min_woorden: 50', '  min_woorden: 123456782'));
    const report = checkPortfolio(dir, { lang: 'nl' });
    expect(report.diagnostics.filter((d) => d.rule === 'bestand/schema')).toEqual([expect.objectContaining({ line: 62, message: expect.stringContaining('…782') })]);
    expect(report.settings).toEqual([]);
    for (const [name, format] of Object.entries(formatters)) expectClean(format(report, { lang: 'nl', color: false }), name);
  });

  it('a clean portfolio keeps its text as written', () => {
    const report = checkPortfolio(variant(), { lang: 'nl' });
    expect(report.ok).toBe(true);
    expect(report.coverage.cases).toEqual(['casussen/casus-1.md', 'casussen/casus-2.md']);
  });
});

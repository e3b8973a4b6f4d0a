/**
 * Calibration of the content hints (`inhoud/*`, contract §8) on test/corpus/inhoud: case
 * descriptions written by authors who had not seen the rules, each in a good version and in weak
 * versions with exactly one known problem (manifest.yaml per case). Each file is checked as case 1
 * of a copy of the example portfolio. Per rule: false alarms on the good versions and the share of
 * its weak versions it catches. `npm run calibrate` prints the table (Markdown, as in README.md).
 */
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { checkPortfolio } from '../src/index.js';
import { rules } from '../src/rules/index.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
/** The corpus the hints were tuned on, and a later one by another author that they were not tuned on. */
export const CORPORA = { inhoud: join(ROOT, 'test', 'corpus', 'inhoud'), controle: join(ROOT, 'test', 'corpus', 'controle') };
const CASE = 'casussen/casus-1.md';

/** One rule's figures: false alarms on good versions, and weak versions caught. */
export interface RuleCalibration {
  rule: string;
  severity: string;
  goodFlagged: number;
  good: number;
  weakCaught: number;
  weak: number;
  /** Weak files (case/file) the rule missed, for tuning. */
  missed: string[];
  /** Good files (case/file) the rule flagged. */
  falseAlarms: string[];
}

/** The content hints a case file raises when it stands as case 1 of the example portfolio. */
export function hintsFor(file: string): { rule: string; severity: string; message: string; line?: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'rlp-calibrate-'));
  try {
    cpSync(join(ROOT, 'fixtures', 'voorbeeld'), dir, { recursive: true });
    cpSync(file, join(dir, CASE));
    return checkPortfolio(dir).diagnostics.filter((d) => d.rule.startsWith('inhoud/') && d.file === CASE);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs every file of a corpus (default: the tuning corpus) and returns the figures per content-hint rule. */
export function calibrate(corpus: string = CORPORA.inhoud): RuleCalibration[] {
  const hintRules = rules.filter((r) => r.id.startsWith('inhoud/'));
  const table = new Map(hintRules.map((r) => [r.id, { rule: r.id, severity: r.severity, goodFlagged: 0, good: 0, weakCaught: 0, weak: 0, missed: [] as string[], falseAlarms: [] as string[] }]));
  for (const name of readdirSync(corpus).sort()) {
    if (name.endsWith('.md')) continue;
    const manifest = parse(readFileSync(join(corpus, name, 'manifest.yaml'), 'utf8')) as { bestand: string; regel: string | null }[];
    for (const entry of manifest) {
      const fired = new Set(hintsFor(join(corpus, name, entry.bestand)).map((d) => d.rule));
      const where = `${name}/${entry.bestand}`;
      for (const row of table.values()) {
        if (entry.regel === null) {
          row.good++;
          if (fired.has(row.rule)) {
            row.goodFlagged++;
            row.falseAlarms.push(where);
          }
        } else if (entry.regel === row.rule) {
          row.weak++;
          if (fired.has(row.rule)) row.weakCaught++;
          else row.missed.push(where);
        }
      }
    }
  }
  return [...table.values()];
}

/** The table as Markdown (Dutch, for README.md). */
export function markdownTable(rows: RuleCalibration[]): string {
  const lines = ['| regel | ernst | vals alarm op goede versies | zwakke versies gevonden |', '| --- | --- | --- | --- |'];
  for (const r of rows) {
    const pct = r.weak ? Math.round((100 * r.weakCaught) / r.weak) : 0;
    lines.push(`| \`${r.rule}\` | ${r.severity} | ${r.goodFlagged} van ${r.good} | ${r.weakCaught} van ${r.weak} (${pct}%) |`);
  }
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const [name, corpus] of Object.entries(CORPORA)) {
    const rows = calibrate(corpus);
    console.log(`\n${name === 'inhoud' ? 'Afstemcorpus' : 'Controlecorpus (vierde schrijver, alleen nagemeten; zie docs/inhoud.md)'}: test/corpus/${name}\n`);
    console.log(markdownTable(rows));
    if (process.argv.includes('--details')) {
      for (const r of rows) {
        if (r.falseAlarms.length) console.log(`${r.rule} vals alarm: ${r.falseAlarms.join(', ')}`);
        if (r.missed.length) console.log(`${r.rule} gemist: ${r.missed.join(', ')}`);
      }
    }
  }
}

/** The JSON report of every fixture validates against schemas/report.schema.json (contract §5). */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { formatters } from '../src/format/index.js';
import { failedReport } from '../src/report.js';
import { checkDir, fixtureDirs, rlp, ROOT } from './helpers.js';

const ajv = new Ajv({ allErrors: true, strict: true });
addFormats.default(ajv);
const validate = ajv.compile(JSON.parse(readFileSync(join(ROOT, 'schemas', 'report.schema.json'), 'utf8')));

describe('schemas/report.schema.json', () => {
  it.each(fixtureDirs().map((dir) => [basename(dir), dir]))('validates the --format json output of %s', (_name, dir) => {
    for (const lang of ['nl', 'en'] as const) {
      const json = JSON.parse(formatters.json!(checkDir(dir, { lang }), { lang, color: false }));
      expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
    }
  });
  it('validates what the CLI prints', () => {
    const r = rlp(['check', 'fixtures/defecten/C-tags', '--format', 'json']);
    expect(validate(JSON.parse(r.stdout)), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('validates the row of a portfolio a group run could not check (issue 11)', () => {
    const json = JSON.parse(formatters.json!(failedReport('weg', 'Dit portfolio kon niet worden gecontroleerd: x'), { lang: 'nl', color: false }));
    expect(validate(json), ajv.errorsText(validate.errors)).toBe(true);
  });
  it('rejects a report that breaks the contract', () => {
    const report = JSON.parse(formatters.json!(checkDir(fixtureDirs()[0]!), { lang: 'nl', color: false }));
    expect(validate({ ...report, ok: 'ja' })).toBe(false);
    expect(validate({ ...report, diagnostics: [{ rule: 'C/aantal', severity: 'fataal', message: 'x' }] })).toBe(false);
  });
});

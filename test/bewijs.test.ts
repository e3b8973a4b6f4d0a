/**
 * `bestand/bewijs`: every file the portfolio names exists, is not empty, stays inside the folder and is what its name says.
 * What the content of a file is, is checked on a portfolio in memory; what only the disk can show (a folder, a path with
 * `..`, symlinks) on a copy of the example on disk.
 */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, tempDir, variant } from './helpers.js';
import { memoryFindings, memoryVariant } from './memory-variant.js';
import type { Files } from './rule-tester.js';

const Y = 'portfolio.yaml';
const CV = 'cv: bewijs/cv.pdf';
/** The example on disk with its CV at `path` holding `bytes`. */
function withCv(path: string, bytes?: Uint8Array | string): string {
  const dir = variant({ file: Y, replace: [CV, `cv: ${path}`] });
  if (bytes !== undefined) writeFileSync(join(dir, path), bytes);
  return dir;
}
/** The example in memory with its CV at `path` holding `bytes`. */
function cvFiles(path: string, bytes: Buffer | string): Files {
  return { ...memoryVariant({ file: Y, replace: [CV, `cv: ${path}`] }), [path]: bytes };
}
/** What rlp says the content looks like, as a finding names it. */
const kind = (id: string) => ({ ref: 'tekst', rule: 'bestand/bewijs', id: `soort-${id}` });
const magic = {
  pdf: '%PDF-1.7\n',
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
  docx: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
};

describe('bestand/bewijs', () => {
  it('fires for a missing file, at the line in portfolio.yaml', () => {
    expect(memoryFindings(memoryVariant({ file: 'bewijs/diploma.pdf', remove: true }), 'bestand/bewijs')).toMatchObject([{ severity: 'error', file: Y, line: 18, messageId: 'evidenceMissing', args: { path: 'bewijs/diploma.pdf' } }]);
  });
  it('fires for an empty file', () => {
    expect(memoryFindings(cvFiles('bewijs/cv.pdf', ''), 'bestand/bewijs')).toMatchObject([{ messageId: 'empty', args: { path: 'bewijs/cv.pdf' } }]);
  });
  it('fires for a folder', () => {
    // On disk: telling a folder from a file is the loader's work on the real file system.
    expect(findings(withCv('bewijs'), 'bestand/bewijs')).toMatchObject([{ messageId: 'isFolder', args: { path: 'bewijs' } }]);
  });
  it('fires for a path that leaves the folder with ..', () => {
    // On disk, as the next two: resolving `..` and symlinks is the loader's work on the real file system.
    const dir = withCv('../cv.pdf');
    writeFileSync(join(dir, '..', 'cv.pdf'), magic.pdf);
    expect(findings(dir, 'bestand/bewijs')).toMatchObject([{ line: 48, messageId: 'outside', args: { path: '../cv.pdf' } }]);
  });
  it('follows symlinks: one leading outside fires, one staying inside does not', () => {
    const outside = join(tempDir(), 'elders.pdf');
    writeFileSync(outside, magic.pdf);
    const out = withCv('bewijs/link.pdf');
    symlinkSync(outside, join(out, 'bewijs', 'link.pdf'));
    expect(findings(out, 'bestand/bewijs')).toMatchObject([{ messageId: 'outside', args: { path: 'bewijs/link.pdf' } }]);
    const inside = withCv('bewijs/link.pdf');
    symlinkSync(join(inside, 'bewijs', 'cv.pdf'), join(inside, 'bewijs', 'link.pdf'));
    expect(findings(inside, 'bestand/bewijs')).toEqual([]);
  });
  it('fires for a .pdf that is not a PDF', () => {
    expect(memoryFindings(cvFiles('bewijs/cv.pdf', 'Dit is geen pdf maar tekst.\n'), 'bestand/bewijs')).toMatchObject([{ messageId: 'wrongType', args: { path: 'bewijs/cv.pdf', expected: 'pdf', detected: kind('text') } }]);
    expect(memoryFindings(cvFiles('bewijs/cv.docx', magic.pdf), 'bestand/bewijs')).toMatchObject([{ messageId: 'wrongType', args: { path: 'bewijs/cv.docx', expected: 'docx', detected: kind('pdf') } }]);
  });
  it('accepts pdf, jpg, png, docx and md by their content', () => {
    for (const [path, bytes] of [['bewijs/cv.jpg', magic.jpg], ['bewijs/cv.JPEG', magic.jpg], ['bewijs/cv.png', magic.png], ['bewijs/cv.docx', magic.docx], ['cv.md', '# Cv\n']] as const) {
      expect(memoryFindings(cvFiles(path, bytes), 'bestand/bewijs'), path).toEqual([]);
    }
  });
  it('warns for a type an assessor may not open', () => {
    expect(memoryFindings(cvFiles('bewijs/cv.pages', 'x'), 'bestand/bewijs')).toMatchObject([{ severity: 'warning', messageId: 'unsupported', args: { path: 'bewijs/cv.pages' } }]);
  });
  it('checks every path of the portfolio, also cases named in portfolio.yaml', () => {
    const dir = variant({ file: Y, replace: [CV, `${CV}\ncasussen: [casussen/casus-1.md, ../casus-2.md]`] });
    expect(findings(dir, 'bestand/bewijs')).toMatchObject([{ line: 49, messageId: 'outside', args: { path: '../casus-2.md' } }]);
  });
});

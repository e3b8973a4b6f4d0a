/** `bestand/bewijs`: every file the portfolio names exists, is not empty, stays inside the folder and is what its name says. */
import { symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findings, tempDir, variant } from './helpers.js';

const Y = 'portfolio.yaml';
const CV = 'cv: bewijs/cv.pdf';
/** The example with its CV at `path` holding `bytes`. */
function withCv(path: string, bytes?: Uint8Array | string): string {
  const dir = variant({ file: Y, replace: [CV, `cv: ${path}`] });
  if (bytes !== undefined) writeFileSync(join(dir, path), bytes);
  return dir;
}
const magic = {
  pdf: '%PDF-1.7\n',
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]),
  docx: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]),
};

describe('bestand/bewijs', () => {
  it('fires for a missing file, at the line in portfolio.yaml', () => {
    expect(findings(variant({ file: 'bewijs/diploma.pdf', remove: true }), 'bestand/bewijs')).toMatchObject([{ severity: 'error', file: Y, line: 18, message: expect.stringContaining("'bewijs/diploma.pdf' staat niet") }]);
  });
  it('fires for an empty file and for a folder', () => {
    expect(findings(withCv('bewijs/cv.pdf', ''), 'bestand/bewijs')[0]!.message).toContain('is leeg');
    expect(findings(withCv('bewijs'), 'bestand/bewijs')[0]!.message).toContain('is een map');
  });
  it('fires for a path that leaves the folder with ..', () => {
    const dir = withCv('../cv.pdf');
    writeFileSync(join(dir, '..', 'cv.pdf'), magic.pdf);
    expect(findings(dir, 'bestand/bewijs')).toMatchObject([{ line: 48, message: expect.stringContaining('buiten je portfoliomap') }]);
  });
  it('follows symlinks: one leading outside fires, one staying inside does not', () => {
    const outside = join(tempDir(), 'elders.pdf');
    writeFileSync(outside, magic.pdf);
    const out = withCv('bewijs/link.pdf');
    symlinkSync(outside, join(out, 'bewijs', 'link.pdf'));
    expect(findings(out, 'bestand/bewijs')[0]!.message).toContain('buiten je portfoliomap');
    const inside = withCv('bewijs/link.pdf');
    symlinkSync(join(inside, 'bewijs', 'cv.pdf'), join(inside, 'bewijs', 'link.pdf'));
    expect(findings(inside, 'bestand/bewijs')).toEqual([]);
  });
  it('fires for a .pdf that is not a PDF', () => {
    expect(findings(withCv('bewijs/cv.pdf', 'Dit is geen pdf maar tekst.\n'), 'bestand/bewijs')).toMatchObject([{ message: expect.stringContaining("geen echt pdf-bestand (de inhoud lijkt op: gewone tekst)") }]);
    expect(findings(withCv('bewijs/cv.docx', magic.pdf), 'bestand/bewijs')[0]!.message).toContain('geen echt docx-bestand');
  });
  it('accepts pdf, jpg, png, docx and md by their content', () => {
    for (const [path, bytes] of [['bewijs/cv.jpg', magic.jpg], ['bewijs/cv.JPEG', magic.jpg], ['bewijs/cv.png', magic.png], ['bewijs/cv.docx', magic.docx], ['cv.md', '# Cv\n']] as const) {
      expect(findings(withCv(path, bytes), 'bestand/bewijs'), path).toEqual([]);
    }
  });
  it('warns for a type an assessor may not open', () => {
    expect(findings(withCv('bewijs/cv.pages', 'x'), 'bestand/bewijs')).toMatchObject([{ severity: 'warning' }]);
  });
  it('checks every path of the portfolio, also cases named in portfolio.yaml', () => {
    const dir = variant({ file: Y, replace: [CV, `${CV}\ncasussen: [casussen/casus-1.md, ../casus-2.md]`] });
    expect(findings(dir, 'bestand/bewijs')).toMatchObject([{ line: 49, message: expect.stringContaining("'../casus-2.md' ligt buiten") }]);
  });
});

/** Where rlp's own files (templates/, schemas/) are, from the source tree and from the bundle alike. */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder holding rlp's package.json (found by walking up from this module). */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'templates')) || !existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('rlp: cannot find its templates/ folder');
    dir = parent;
  }
  root = dir;
  return dir;
}

/**
 * Orders names as `new Intl.Collator('nl', { numeric: true }).compare` does (`casus-2` before
 * `casus-10`), without starting ICU's collator (~6 ms, on every check) for the usual names: ASCII
 * letters, digits without leading zeros, `_`, `-`, `.` and `/` (file paths, rule ids). Their order
 * in the Unicode collation (CLDR root, which nl follows here) is simple: `_` < `-` < `.` < `/` <
 * numbers (by value) < letters, a letter's case counting only when nothing else differs. Other
 * names, and names that differ only in case, go to the collator. test/names.test.ts checks both agree.
 */

const SIMPLE = /^(?:[A-Za-z_./-]|[1-9][0-9]*|0(?![0-9]))*$/;
const TOKEN = /[0-9]+|[^0-9]/g;
const PUNCTUATION: Record<string, number> = { _: 1, '-': 2, '.': 3, '/': 4 };
const NUMBER = 5;
const LETTER = 6;

let collator: Intl.Collator | undefined;

function weight(token: string): number {
  const code = token.charCodeAt(0);
  return code >= 48 && code <= 57 ? NUMBER : (PUNCTUATION[token] ?? LETTER);
}

function collate(a: string, b: string): number {
  collator ??= new Intl.Collator('nl', { numeric: true });
  return collator.compare(a, b);
}

/** Negative when `a` sorts before `b`, positive after, 0 when equal (Dutch, numbers by value). */
export function compareNames(a: string, b: string): number {
  if (a === b) return 0;
  if (!SIMPLE.test(a) || !SIMPLE.test(b)) return collate(a, b);
  const x = a.toLowerCase().match(TOKEN) ?? [];
  const y = b.toLowerCase().match(TOKEN) ?? [];
  for (let i = 0; i < x.length && i < y.length; i++) {
    const p = x[i]!;
    const q = y[i]!;
    if (p === q) continue;
    const kind = weight(p);
    if (kind !== weight(q)) return kind - weight(q);
    if (kind === NUMBER && p.length !== q.length) return p.length - q.length;
    return p < q ? -1 : 1;
  }
  return x.length !== y.length ? x.length - y.length : collate(a, b);
}

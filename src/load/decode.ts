/**
 * Bytes to text, as the candidate's editor wrote them: UTF-8 with or without BOM, UTF-16 (with a
 * BOM, as Notepad writes it, or without), and Windows-1252 as a fallback with a request to save
 * as UTF-8. A file that is not text at all (a Word document, RTF from TextEdit, a pdf or an image
 * under a `.md` name) is reported instead of read as gibberish.
 */
import { cleanSpaces, normaliseText } from '../text.js';
import type { LoadProblem } from '../types.js';

/**
 * Kind of a file from its first bytes: `pdf`, `png`, `jpg`, `docx` (any zip), `rtf`, `text`, or
 * `unknown` (other binary data: NUL bytes that are not UTF-16).
 */
export function kindOf(head: Uint8Array): string {
  const b = Buffer.from(head.buffer, head.byteOffset, Math.min(head.length, 8));
  if (b.toString('latin1').startsWith('%PDF-')) return 'pdf';
  if (b[0] === 0x89 && b.toString('latin1', 1, 4) === 'PNG') return 'png';
  if (b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpg';
  if (b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04) return 'docx';
  if (b.toString('latin1').startsWith('{\\rtf')) return 'rtf';
  if (utf16Order(head)) return 'text';
  return b.includes(0) ? 'unknown' : 'text';
}

/** `le`/`be` when the bytes are UTF-16 (by BOM, or without one by where the NUL bytes of ASCII text fall). */
function utf16Order(bytes: Uint8Array): 'le' | 'be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'be';
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.3 && even < pairs * 0.05) return 'le';
  if (even > pairs * 0.3 && odd < pairs * 0.05) return 'be';
  return undefined;
}

/**
 * Decodes a text file for the loader. Returns the text normalised (no BOM, LF line ends, NFC,
 * zero-width characters removed and non-breaking spaces made plain, see `normaliseText` and
 * `cleanSpaces`), so keys, headings and line numbers match what the candidate sees. Problems:
 * `bestand/syntax` `encoding` (warning, with the line of the first non-UTF-8 byte) when the file
 * was read as Windows-1252; `notText` (error) when the bytes are not text, and then undefined.
 */
export function decode(bytes: Uint8Array, file: string, problems: LoadProblem[]): string | undefined {
  const order = utf16Order(bytes);
  if (order) {
    const bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) ? 2 : 0;
    return clean(new TextDecoder(`utf-16${order}`).decode(bytes.subarray(bom)));
  }
  const kind = kindOf(bytes);
  if (kind !== 'text') {
    problems.push({ rule: 'bestand/syntax', ...(kind === 'unknown' ? { messageId: 'binary' } : { messageId: 'notText', args: { kind } }), file, line: 1, column: 1 });
    return undefined;
  }
  try {
    return clean(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    const badAt = firstInvalidUtf8(bytes);
    const line = new TextDecoder('windows-1252').decode(bytes.subarray(0, badAt)).split(/\r\n?|\n/).length;
    problems.push({ rule: 'bestand/syntax', messageId: 'encoding', file, line, severity: 'warning' });
    return clean(new TextDecoder('windows-1252').decode(bytes));
  }
}

function clean(text: string): string {
  return cleanSpaces(normaliseText(text));
}

/** Offset of the first byte that is not valid UTF-8 (binary search; a cut sequence at the end of a prefix is no error). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      lo = mid;
    } catch {
      hi = mid - 1;
    }
  }
  return lo;
}

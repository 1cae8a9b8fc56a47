import chardet from 'chardet';
import iconv from 'iconv-lite';

/** Something decoding had to mend: where (in the decoded text) and what. */
export interface DecodeNote { at: number; ruleId: 'decode/invalid-utf8' | 'decode/nul'; note: string }

export type Decoded =
  | { ok: true; text: string; encoding: string; notes?: DecodeNote[] }
  | { ok: false; code: 'empty' | 'binary'; message: string };

/** NUL bytes in this share of a file or fewer are damage in a text, not a binary format. */
const FEW_NULS = 0.005;
/** Invalid sequences in a file that is otherwise UTF-8: at most this many, or this share of its non-ASCII characters. */
const FEW_INVALID = 3;
const FEW_INVALID_SHARE = 0.02;

/** UTF-16 without a BOM shows as NUL in every other byte of ASCII text. */
function looksLikeBomlessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul > pairs * 0.6 && evenNul < pairs * 0.05) return 'utf-16le';
  if (evenNul > pairs * 0.6 && oddNul < pairs * 0.05) return 'utf-16be';
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** Encodings chardet may name for Western text that is not UTF-8: all read as Windows-1252. */
const SINGLE_BYTE_LATIN = /^(ISO-8859-1|ISO-8859-15|windows-1252)$/i;

/**
 * Bytes -> text. BOMs decide first; valid UTF-8 is UTF-8; otherwise chardet's guess, read with
 * iconv-lite, falling back to `fallback` for Western single-byte text (chardet often names
 * ISO-8859-1 for Windows-1252 files that use curly quotes, which only 1252 has).
 */
export function decodeBytes(bytes: Uint8Array, fallback: string): Decoded {
  if (bytes.length === 0) return { ok: false, code: 'empty', message: 'file is empty (0 bytes)' };
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return finish(iconv.decode(buf.subarray(3), 'utf-8'), 'utf-8-bom');
  }
  if (buf[0] === 0xff && buf[1] === 0xfe) return finish(iconv.decode(buf.subarray(2), 'utf-16le'), 'utf-16le-bom');
  if (buf[0] === 0xfe && buf[1] === 0xff) return finish(iconv.decode(buf.subarray(2), 'utf-16be'), 'utf-16be-bom');
  const utf16 = looksLikeBomlessUtf16(buf);
  if (utf16) return finish(iconv.decode(buf, utf16), utf16);
  const notes: DecodeNote[] = [];
  let body = buf;
  const nuls = buf.reduce((n, b) => n + (b === 0 ? 1 : 0), 0);
  if (nuls > 0) {
    if (nuls > buf.length * FEW_NULS) return { ok: false, code: 'binary', message: `file contains ${nuls} NUL bytes: not text` };
    // a few NULs in a text (a copy gone wrong) are removed, and said so
    body = Buffer.from(buf.filter((b) => b !== 0));
    notes.push({ at: 0, ruleId: 'decode/nul', note: `${nuls} NUL byte(s) removed (at byte ${[...buf.keys()].filter((i) => buf[i] === 0).slice(0, 10).join(', ')})` });
  }
  try {
    return finish(strictUtf8.decode(body), 'utf-8', notes);
  } catch {
    // not UTF-8 throughout: UTF-8 with a few bad bytes, or another encoding
  }
  const lossy = mostlyUtf8(body);
  if (lossy) return finish(lossy.text, 'utf-8', [...notes, ...lossy.notes]);
  const guess = chardet.detect(buf);
  const encoding = guess && !SINGLE_BYTE_LATIN.test(guess) && iconv.encodingExists(guess) && !/^UTF/i.test(guess)
    ? guess.toLowerCase()
    : fallback;
  return finish(iconv.decode(body, encoding), encoding, notes);
}

const lossyUtf8 = new TextDecoder('utf-8', { fatal: false });

/**
 * UTF-8 with a few invalid bytes (one bad byte must not turn every accented name into mojibake):
 * the file has valid multi-byte characters, and its invalid sequences are few. They become
 * U+FFFD, each with a note. A file with no valid multi-byte character is another encoding.
 */
function mostlyUtf8(bytes: Buffer): { text: string; notes: DecodeNote[] } | undefined {
  const text = lossyUtf8.decode(bytes);
  const bad: number[] = [];
  let multi = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) bad.push(i);
    else if (c >= 0x80) multi++;
  }
  if (multi === 0 || bad.length > Math.max(FEW_INVALID, (multi + bad.length) * FEW_INVALID_SHARE)) return undefined;
  return { text, notes: bad.map((at) => ({ at, ruleId: 'decode/invalid-utf8', note: 'bytes that are no UTF-8 here were replaced by U+FFFD' })) };
}

function finish(text: string, encoding: string, notes: DecodeNote[] = []): Decoded {
  if (text.trim().length === 0) return { ok: false, code: 'empty', message: 'file holds no text (only whitespace)' };
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) return { ok: false, code: 'binary', message: 'decoded text contains NUL characters: not text' };
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0x7f) controls++;
  }
  if (controls > Math.max(2, text.length * 0.01)) {
    return { ok: false, code: 'binary', message: `${controls} control characters in ${text.length}: not text` };
  }
  return { ok: true, text, encoding, ...(notes.length ? { notes } : {}) };
}

import type { EditRuleId } from '../../../core/rule-ids.js';
import type { Edit } from '../../../core/types.js';
import type { NormaliseRule } from '../rule.js';

// One pass over the text finds every character class this rule touches.
const PATTERN =
  /\r\n?|[\u00a0\u2000-\u200a\u202f\u205f\u3000]|\u00ad[ \t]*\n[ \t]*|[\u200b-\u200d\u2060\ufeff\u00ad]|[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]|[\ufb00-\ufb06\uff01-\uff5e]|\P{M}\p{M}+/gu;

/** Every character that can begin or be part of a match of `PATTERN` (a mark is matched with the character before it). */
const CANDIDATE = /[\r\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\u00ad\ufeff\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f\ufb00-\ufb06\uff01-\uff5e\p{M}]/u;

/**
 * Does the text hold any character `PATTERN` could match? Read by character code: most texts hold
 * none, and the pattern (or a class of the same characters) tried at every offset ran at about
 * 50 MB/s; ASCII is decided without a pattern, other characters one by one.
 */
function hasCandidate(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x7f) {
      if (c === 13 || c <= 8 || c === 11 || (c >= 14 && c <= 31)) return true;
      continue;
    }
    if (c <= 0x9f) return true;
    const high = c >= 0xd800 && c <= 0xdbff;
    if (CANDIDATE.test(high ? String.fromCodePoint(text.codePointAt(i)!) : text[i])) return true;
    if (high) i++;
  }
  return false;
}

/**
 * Unicode clean-up that cannot change meaning: NFC, ligatures and full-width forms (NFKC for
 * those characters only), odd spaces to plain spaces, zero-width characters, soft hyphens (a
 * soft hyphen at a line end joins the word), control characters, CR/CRLF line ends.
 */
export function unicodeEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  if (!hasCandidate(text)) return edits;
  for (const m of text.matchAll(PATTERN)) {
    const s = m[0];
    const c = s.charCodeAt(0);
    let to: string;
    let rule: EditRuleId;
    if (c === 13) { to = '\n'; rule = 'normalise/line-ending'; }
    else if (c === 0xad) { to = ''; rule = 'normalise/soft-hyphen'; }
    else if (/^[\u00a0\u2000-\u200a\u202f\u205f\u3000]$/.test(s)) { to = ' '; rule = 'normalise/space'; }
    else if (/^[\u200b-\u200d\u2060\ufeff]$/.test(s)) { to = ''; rule = 'normalise/zero-width'; }
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) { to = ''; rule = 'normalise/control'; }
    else if (/^[\ufb00-\ufb06\uff01-\uff5e]$/.test(s)) { to = s.normalize('NFKC'); rule = 'normalise/compatibility'; }
    else { to = s.normalize('NFC'); rule = 'normalise/nfc'; }
    if (to !== s) edits.push({ range: { start: m.index, end: m.index + s.length }, text: to, rule });
  }
  return edits;
}

export const unicodeRule: NormaliseRule = { id: 'normalise/unicode', on: () => true, apply: unicodeEdits };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'normalise/line-ending': true;
    'normalise/soft-hyphen': true;
    'normalise/space': true;
    'normalise/zero-width': true;
    'normalise/control': true;
    'normalise/compatibility': true;
    'normalise/nfc': true;
  }
}

import type { EditRuleId } from '../../../core/rule-ids.js';
import type { Edit } from '../../../core/types.js';
import type { NormaliseRule } from '../rule.js';

// The character classes this rule touches, written once for the pattern, the test before it and
// the reading of each match.
const SPACES = '\\u00a0\\u2000-\\u200a\\u202f\\u205f\\u3000';
const ZERO_WIDTH = '\\u200b-\\u200d\\u2060\\ufeff';
const CONTROLS = '\\u0000-\\u0008\\u000b\\u000e-\\u001f\\u007f-\\u009f';
const COMPATIBILITY = '\\ufb00-\\ufb06\\uff01-\\uff5e';

// One pass over the text finds every character class this rule touches.
const PATTERN = new RegExp(`\\r\\n?|[${SPACES}]|\\u00ad[ \\t]*\\n[ \\t]*|[${ZERO_WIDTH}\\u00ad]|[${CONTROLS}]|[${COMPATIBILITY}]|\\P{M}\\p{M}+`, 'gu');

/** Every character that can begin or be part of a match of `PATTERN` (a mark is matched with the character before it). */
const CANDIDATE = new RegExp(`[\\r\\u00ad${SPACES}${ZERO_WIDTH}${CONTROLS}${COMPATIBILITY}\\p{M}]`, 'u');
const IS_SPACE = new RegExp(`^[${SPACES}]$`);
const IS_ZERO_WIDTH = new RegExp(`^[${ZERO_WIDTH}]$`);
const IS_COMPATIBILITY = new RegExp(`^[${COMPATIBILITY}]$`);

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
    else if (IS_SPACE.test(s)) { to = ' '; rule = 'normalise/space'; }
    else if (IS_ZERO_WIDTH.test(s)) { to = ''; rule = 'normalise/zero-width'; }
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) { to = ''; rule = 'normalise/control'; }
    else if (IS_COMPATIBILITY.test(s)) { to = s.normalize('NFKC'); rule = 'normalise/compatibility'; }
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

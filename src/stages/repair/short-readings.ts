import { CHEAP_LETTER_CONFUSIONS, someConfusion } from '../../text/ocr/confusions.js';
import { SHORT_ENGLISH_WORDS } from '../../text/short-words.js';

/**
 * The short English words `core` is one cheap confusion (a letter misread for another of its
 * shape: `u`/`a`, `t`/`f`, `h`/`b`, `rn`/`m`) or stray capitals (`oF`) from.
 */
export function cheapShortReadings(core: string): string[] {
  const lower = core.toLowerCase();
  const found = new Set<string>();
  if (lower !== core && SHORT_ENGLISH_WORDS.has(lower)) found.add(lower);
  someConfusion(lower, CHEAP_LETTER_CONFUSIONS, (v) => {
    if (SHORT_ENGLISH_WORDS.has(v)) found.add(v);
    return false;
  });
  return [...found];
}

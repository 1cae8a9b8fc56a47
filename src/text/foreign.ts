// Function words of the languages UN reports quote names and titles in (French, Spanish,
// Portuguese, German): next to them, an unknown word is a foreign word, not a misprint.
const FOREIGN_FUNCTION_WORDS = new Set([
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'el', 'los', 'las', 'y', 'del', 'pour', 'sur', 'au', 'aux', 'une', 'un',
  'der', 'und', 'die', 'da', 'do', 'dos', 'para', 'con', 'für',
]);
/** `de`, `des`, `pour`, `y`: a function word of one of those languages. */
export const isForeignFunctionWord = (word: string): boolean => FOREIGN_FUNCTION_WORDS.has(word);

/**
 * A whole word in Latin letters with an accent (`libération`, `Federación`): a foreign word.
 * (Letters A-Z, a-z and À-ÿ but × and ÷, three at least, one accented; read by code, as this
 * runs for every neighbour of every word the rules ask about.)
 */
function isAccentedWord(w: string): boolean {
  if (w.length < 3) return false;
  let accented = false;
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c < 128) {
      if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122))) return false;
    } else if (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7) accented = true;
    else return false;
  }
  return accented;
}

/**
 * Is the word at `i` within `window` words of `signals` foreign function words or accented words?
 * Noisy scans are full of `de`, `la` and `y` fragments: ask for two signals where that matters.
 */
export function inForeignPhrase(cores: readonly string[], i: number, window = 4, signals = 1): boolean {
  let n = 0;
  for (let j = Math.max(0, i - window); j <= Math.min(cores.length - 1, i + window); j++) {
    if (j !== i && (FOREIGN_FUNCTION_WORDS.has(cores[j]) || isAccentedWord(cores[j])) && ++n >= signals) return true;
  }
  return false;
}

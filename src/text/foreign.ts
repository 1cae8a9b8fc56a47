// Function words of the languages UN reports quote names and titles in (French, Spanish,
// Portuguese, German): next to them, an unknown word is a foreign word, not a misprint.
const FOREIGN_FUNCTION_WORDS = new Set([
  'de', 'la', 'le', 'les', 'des', 'du', 'et', 'el', 'los', 'las', 'y', 'del', 'pour', 'sur', 'au', 'aux', 'une', 'un',
  'der', 'und', 'die', 'da', 'do', 'dos', 'para', 'con', 'für',
]);
/** `de`, `des`, `pour`, `y`: a function word of one of those languages. */
export const isForeignFunctionWord = (word: string): boolean => FOREIGN_FUNCTION_WORDS.has(word);

// A whole word in Latin letters with an accent (`libération`, `Federación`): a foreign word.
const ACCENTED_WORD = /^(?=.*[À-ÖØ-öø-ÿ])[A-Za-zÀ-ÖØ-öø-ÿ]{3,}$/;

/**
 * Is the word at `i` within `window` words of `signals` foreign function words or accented words?
 * Noisy scans are full of `de`, `la` and `y` fragments: ask for two signals where that matters.
 */
export function inForeignPhrase(cores: readonly string[], i: number, window = 4, signals = 1): boolean {
  let n = 0;
  for (let j = Math.max(0, i - window); j <= Math.min(cores.length - 1, i + window); j++) {
    if (j !== i && (FOREIGN_FUNCTION_WORDS.has(cores[j]) || ACCENTED_WORD.test(cores[j])) && ++n >= signals) return true;
  }
  return false;
}

const UNITS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth';
const TEENS = 'tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
const TENS = 'twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth|hundredth';
const TENS_PREFIX = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

/**
 * A whole word that is an ordinal, spelt out (`sixty-third`, `Twelfth`) or in digits (`11th`):
 * sessions are numbered by them, and they end the name before them (`Commission for Social
 * Development Sixty-third session`). A compound may come without its hyphen (`sixtysecond`,
 * `Fiftythird`): PDF text loses a hyphen that ended a printed line.
 */
export const ORDINAL = new RegExp(`^(?:${UNITS}|${TEENS}|${TENS}|(?:${TENS_PREFIX})-?(?:${UNITS})|\\d+(?:st|nd|rd|th))$`, 'i');

const GLUED = new RegExp(`^(${TENS_PREFIX})(${UNITS})$`, 'i');

/** An ordinal as a name writes it: a compound that lost its hyphen gets it back (`sixtysecond` -> `sixty-second`). */
export const ordinalAsWritten = (w: string): string => w.replace(GLUED, '$1-$2');

/** Every one-word ordinal spelt out, `first` to `ninetieth` and `hundredth`, in lower case. */
export const ORDINAL_WORDS: readonly string[] = [UNITS, TEENS, TENS].join('|').split('|');

/** The tens that start a compound ordinal (`fifty` of `fifty-eighth`). */
export const ORDINAL_TENS: readonly string[] = TENS_PREFIX.split('|');
/** An ordinal of the units, the second half of a compound one (`eighth` of `fifty-eighth`). */
export const UNIT_ORDINAL = new RegExp(`^(?:${UNITS})$`, 'i');

/**
 * `ORDINAL.test(w)`, with a cheap look at the last two letters first: every ordinal ends in `st`,
 * `nd`, `rd` or `th`, and most words of a text do not (the event finders ask it of every word).
 */
export function isOrdinal(w: string): boolean {
  const n = w.length;
  if (n < 3) return false;
  const a = w.charCodeAt(n - 2) | 32;
  const b = w.charCodeAt(n - 1) | 32;
  const tail = (b === 116 && a === 115) || (b === 100 && (a === 110 || a === 114)) || (b === 104 && a === 116);
  return tail && ORDINAL.test(w);
}

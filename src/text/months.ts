export const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
export const MONTH_PATTERN = '(January|February|March|April|May|June|July|August|September|October|November|December)';
export const monthNumber = (name: string) => MONTHS.indexOf(name.toLowerCase()) + 1;
/** Dashes and "to" that join the ends of a range. */
export const RANGE_JOIN = '\\s*(?:-|–|—|to|until|through)\\s*';
/** A token that starts with a month name (`May`, `December,`). */
export const MONTH_START = new RegExp(`^${MONTH_PATTERN}\\b`);
/** A word that is a month name and nothing else. */
export const MONTH_WORD = new RegExp(`^${MONTH_PATTERN}$`);

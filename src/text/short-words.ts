/**
 * The short words of English prose, most common first: a scan misreads them most (`af`, `tor`,
 * `hy`), and their neighbours and the document's own counts predict them best.
 */
export const SHORT_ENGLISH_WORD_LIST = [
  'the', 'of', 'and', 'to', 'in', 'for', 'on', 'with', 'by', 'is', 'it', 'its', 'at', 'as', 'be', 'are', 'or', 'an',
  'has', 'was', 'not', 'that', 'this', 'from', 'have', 'had', 'which', 'were', 'will', 'all', 'their', 'also',
] as const;

export const SHORT_ENGLISH_WORDS: ReadonlySet<string> = new Set(SHORT_ENGLISH_WORD_LIST);

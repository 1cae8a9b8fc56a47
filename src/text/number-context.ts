/**
 * Words a bare number follows in plain English (`item 1`, `on 10 October`, `the 4 countries`):
 * after them a digit is a number, not a misread word or dash.
 */
const BEFORE_NUMBER = new Set([
  // function words
  'the', 'of', 'in', 'for', 'to', 'with', 'and', 'or', 'by', 'at', 'on', 'from', 'between', 'than',
  'all', 'these', 'those', 'about', 'over', 'under', 'some', 'only', 'just', 'nearly', 'almost', 'least', 'most',
  'first', 'last', 'top', 'general',
  'were', 'was', 'are', 'is', 'be', 'had', 'has', 'have',
  // words that number what follows
  'item', 'items', 'paragraph', 'paragraphs', 'para', 'paras', 'article', 'articles', 'chapter', 'annex', 'table',
  'figure', 'page', 'pages', 'section', 'rule', 'goal', 'target', 'phase', 'level', 'step', 'option', 'principle',
  'recommendation', 'resolution', 'decision', 'number', 'no',
]);

/** Does a bare number read as a number after `word` (any case)? */
export function takesNumber(word: string): boolean {
  return BEFORE_NUMBER.has(word.toLowerCase());
}

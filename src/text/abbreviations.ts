/**
 * Abbreviations (lower case, without their final full stop) that UN reports put before names,
 * numbers and references: after them a full stop neither ends a sentence nor stands for a
 * misread comma.
 */
export const ABBREVIATIONS: ReadonlySet<string> = new Set([
  // titles
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'rev', 'gen', 'col', 'lt', 'amb', 'h.e',
  // references
  'no', 'nos', 'para', 'paras', 'art', 'arts', 'vol', 'p', 'pp', 'sect', 'fig', 'ch', 'add', 'corr', 'distr',
  'op', 'cit', 'ibid', 'seq', 'al',
  // Latin and common short forms
  'e.g', 'i.e', 'etc', 'cf', 'viz', 'approx', 'resp', 'incl', 'est', 'a.i',
  // companies and departments
  'inc', 'ltd', 'co', 'corp', 'dept',
]);

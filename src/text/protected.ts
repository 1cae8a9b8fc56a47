/**
 * Tokens that are never garbage however odd they look to the rules: numbers, document symbols,
 * resolution numbers, e-mail addresses, URLs, Roman numerals, ordinals and list markers.
 */
const PATTERNS: RegExp[] = [
  /^[+-]?[$€£¥]?\d[\d,.]*(%|bn|m)?$/, // 1,234.5  25%  $5
  /^\d{1,3}(st|nd|rd|th)$/, // 11th
  /^(\d+|[a-z]|[ivxlc]+)[.)]$/i, // 1.  a)  iv.
  /^\((\d+|[a-z]|[ivxlc]+)\)$/i, // (a) (iv) (12)
  /^[A-Z][A-Z0-9.]*(\/[A-Z0-9.()-]+)+$/, // A/52/682  E/CN.5/2025/4  A/C.4/48/SR.2-6
  /^\d+\/\d+(\/\d+)?[A-Z]?$/, // 52/211  1/2
  /^[IVXLC]+$/, // III
  /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i,
  /^(https?:\/\/|www\.)\S+$/i,
  /^\d{1,2}[:.]\d{2}$/, // 10.30
  /^\d+([.-]\d+)+$/, // 1.2.3  2006-2007
  /^[–—-]+$/,
  /^_+$/, // footnote rules
  /^(\.{2,}|…|&|§|•|\/|[©®™°¶†‡*#+=<>%]+)$/,
];

export function isProtected(token: string, core: string): boolean {
  const bare = token.replace(/(?<![.,;:])[.,;:]+$/, '');
  return PATTERNS.some((re) => re.test(core) || re.test(token) || re.test(bare));
}

/** How often a text writes each lower-case word (ASCII letters; a document's own vocabulary). */
export function countWords(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(/[a-z]+/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return counts;
}

/**
 * A character trigram model of English words, trained on the SUBTLEX frequency list (each word
 * weighted by the log of its count, so that common words shape the model without drowning it).
 * Written by hand: the n-gram packages on npm count word n-grams, not smoothed character models.
 */
export class CharNgramModel {
  private readonly counts = new Map<string, number>();
  private readonly contexts = new Map<string, number>();
  private readonly alphabet = 40;

  constructor(words: Iterable<[string, number]>) {
    this.count(words);
  }

  /** The counts as JSON-ready data (numbers round-trip exactly through JSON). */
  toJson(): CharModelData {
    return { counts: [...this.counts], contexts: [...this.contexts] };
  }

  /** A model with the counts `toJson` gave. */
  static fromJson(data: unknown): CharNgramModel {
    const d = data as CharModelData;
    const model = new CharNgramModel([]);
    for (const [k, v] of d.counts) model.counts.set(k, v);
    for (const [k, v] of d.contexts) model.contexts.set(k, v);
    return model;
  }

  private count(words: Iterable<[string, number]>): void {
    for (const [word, weight] of words) {
      const w = `^^${word}$`;
      for (let i = 2; i < w.length; i++) {
        const ctx = w.slice(i - 2, i);
        const tri = w.slice(i - 2, i + 1);
        this.counts.set(tri, (this.counts.get(tri) ?? 0) + weight);
        this.contexts.set(ctx, (this.contexts.get(ctx) ?? 0) + weight);
      }
    }
  }

  /** Mean log10 probability per character of a lower-cased word (higher = more English-like). */
  score(word: string): number {
    const w = `^^${word.toLowerCase()}$`;
    let total = 0;
    for (let i = 2; i < w.length; i++) {
      const c = this.counts.get(w.slice(i - 2, i + 1)) ?? 0;
      const n = this.contexts.get(w.slice(i - 2, i)) ?? 0;
      total += Math.log10((c + 0.1) / (n + 0.1 * this.alphabet));
    }
    return total / (w.length - 2);
  }
}

export interface CharModelData { counts: [string, number][]; contexts: [string, number][] }

/** The model of English letters, trained on the frequency list's words. */
export function trainEnglishModel(frequencies: ReadonlyMap<string, number>): CharNgramModel {
  const words: [string, number][] = [];
  for (const [w, c] of frequencies) if (/^[a-z]+$/.test(w)) words.push([w, 1 + Math.log10(c)]);
  return new CharNgramModel(words);
}

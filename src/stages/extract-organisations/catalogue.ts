import { AhoCorasick, type Hit } from '../../gazetteer/aho-corasick.js';
import type { PlaceEntry } from '../../gazetteer/types.js';
import { isLetter } from '../../text/chars.js';
import { BODIES } from '../../text/names/un-bodies.js';

export const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();

/** A small a-z letter: a name that has one is not in capitals (asked before the Unicode pattern and the upper-case copy). */
export const hasSmallAscii = (s: string) => /[a-z]/.test(s);

const LOWER_IN_NAMES = new Set(['of', 'the', 'and', 'de', 'la']);
/** `REPUBLIC OF THE CONGO` -> `Republic of the Congo`. */
const titleCase = (caps: string) =>
  caps.toLowerCase().replace(/\p{L}+/gu, (w, at: number) => (at > 0 && LOWER_IN_NAMES.has(w) ? w : w[0].toUpperCase() + w.slice(1)));

/**
 * What the extractor knows before it reads a document: the curated UN bodies (by name, by
 * acronym, as an automaton) and the place names a body's name is never. Built once per pipeline.
 */
export class Catalogue {
  readonly byAcronym = new Map(BODIES.filter(([, a]) => a).map(([n, a]) => [a!, n]));
  /** Curated names, longest first. */
  readonly names = BODIES.map(([n]) => n).sort((a, b) => b.length - a.length);
  readonly nameSet = new Set(this.names);
  readonly lowerNames = new Set(this.names.map(norm));
  private readonly matcher = new AhoCorasick([...this.names, ...this.names.map((n) => n.toUpperCase())]);

  constructor(readonly places: ReadonlyMap<string, PlaceEntry>) {}

  /** A place name, also in a heading in capitals (`RUSSIAN FEDERATION`). */
  isPlace = (name: string) => this.places.has(name) || (!hasSmallAscii(name) && /\p{Lu}{2}/u.test(name) && name === name.toUpperCase() && this.places.has(titleCase(name)));

  /** Whole-word hits of curated names, longest first where they overlap. */
  hits(text: string): Hit[] {
    const hits = this.matcher.searchFromStarts(text, (i) => !isLetter(text[i - 1]), (_, end) => !isLetter(text[end]));
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: Hit[] = [];
    for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
    return out;
  }

  /** The curated entry of a hit's pattern (its name as written, in capitals or not). */
  body(pattern: string): [name: string, acronym?: string] | undefined {
    return BODIES.find(([n]) => n === pattern || n.toUpperCase() === pattern);
  }
}

import { compromise } from '../../resources/index.js';
import type { Range } from '../../core/types.js';

// compromise is slow (about 0.1 MB/s): it only reads paragraphs with a cue it is good at.
const CUE = /\b(?:Inc|Ltd|Corp|LLC|Co)\b\.?|\b(?:Bank|Fund|Foundation|University|Institute|Group|Party|Alliance|Front|Movement|Company|Corporation)\b/;

/** Organisation names compromise finds in the paragraphs that carry a cue (`Sahara Fund, Inc.`). */
export function compromiseNames(text: string, paragraphs: Range[]): Range[] {
  const out: Range[] = [];
  for (const p of paragraphs) {
    const body = text.slice(p.start, p.end);
    if (!CUE.test(body)) continue;
    const found = compromise()(body).organizations().out('offset') as { text: string; offset: { start: number; length: number } }[];
    for (const f of found) {
      const t = f.text.replace(/^(the|The)\s+/, '').replace(/(?<![\s,;:])[\s,;:]+$/, '');
      if (!/\s/.test(t) && !/\b(Inc|Ltd)\.?$/.test(t)) continue; // one word is too little evidence
      const start = p.start + f.offset.start + f.text.indexOf(t);
      if (text.slice(start, start + t.length) === t) out.push({ start, end: start + t.length });
    }
  }
  return out;
}

export interface Token {
  start: number;
  end: number;
  /** The whole whitespace-delimited token. */
  text: string;
  /** The token without the punctuation that normally surrounds words. */
  core: string;
  coreStart: number;
}

const LEAD = /^[("'“‘[{«]+/;
// (the look-behind starts a match only at the first mark of a run: linear on a token of a million marks)
const TRAIL = /(?<![)"'”’.,;:!?\]}»])[)"'”’.,;:!?\]}»]+$/;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(/\S+/g)) {
    const lead = LEAD.exec(m[0])?.[0].length ?? 0;
    const rest = m[0].slice(lead);
    const trail = TRAIL.exec(rest)?.[0].length ?? 0;
    const core = rest.slice(0, rest.length - trail);
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0], core, coreStart: m.index + lead });
  }
  return out;
}

import type { Doc } from '../../core/doc.js';
import type { Report } from '../../core/messages.js';
import type { Range } from '../../core/types.js';
import type { Hit } from '../../gazetteer/aho-corasick.js';
import type { Word } from '../../text/words.js';
import { hasSmallAscii, norm, type Catalogue } from './catalogue.js';
import type { ExtractOrganisationsOptions } from './options.js';
import type { OrgEntity } from './schema.js';

/** One body, however many names and mentions the document gives it. */
export interface Org { name: string; acronym?: string }

export interface Mention { range: Range; org: Org; producer: string; nested?: boolean }

/** A heading in capitals: never chosen as a name over one written normally. */
const capitals = (n: string) => !hasSmallAscii(n) && /^\p{Lu}+$/u.test(n.replace(/[^\p{L}]/gu, '')); // a small a-z letter answers at once

/**
 * What the finders and refiners of one document share: its mentions, and the bodies they name
 * keyed by every name and acronym seen, so that later mentions join the body an earlier one
 * defined. Lives for one document.
 */
export class OrgState {
  readonly text: string;
  readonly mentions: Mention[] = [];
  /** Normalised name or acronym -> the body. */
  readonly byName = new Map<string, Org>();
  /** Curated names found in the text (empty when the curated list is off). */
  readonly curated: Hit[];
  /** Acronym -> the body that owns it (set by the one-body-per-acronym refiner). */
  owners = new Map<string, Org>();
  /** The entities, once the last refiner has made them. */
  entities: OrgEntity[] = [];
  /** `norm` of each string asked for: a document names its bodies over and over, and the patterns cost more than the lookup. */
  private readonly keys = new Map<string, string>();

  constructor(
    readonly doc: Doc,
    readonly words: readonly Word[],
    /** Indices of the words that start with a capital letter (the segment stage's `capitals`). */
    readonly capitals: ArrayLike<number>,
    readonly catalogue: Catalogue,
    readonly options: ExtractOrganisationsOptions,
    readonly report: Report,
  ) {
    this.text = doc.text;
    this.curated = options.curated ? catalogue.hits(doc.text) : [];
  }

  /** The key of a name or acronym in `byName` (`norm`, once per distinct string). */
  key(name: string): string {
    let k = this.keys.get(name);
    if (k === undefined) this.keys.set(name, (k = norm(name)));
    return k;
  }

  /** The body `name` (and `acronym`) names: an earlier one under that name or acronym, or a new one. */
  orgFor(written: string, acronym?: string): Org {
    // a name the layout broke across lines or pages is one name (`Food and Agriculture` / blank / `Organization`)
    // (and a hyphen the PDF text spaced is a hyphen: `High -Level Network`)
    const name = written.replace(/\s+/g, ' ').replace(/(?<=\p{L}) -(?=\p{Lu})/gu, '-');
    const key = this.key(name);
    const known = this.byName.get(key) ?? (acronym ? this.byName.get(this.key(acronym)) : undefined);
    const org = known ?? { name, acronym };
    if (acronym && !org.acronym) org.acronym = acronym;
    // the fullest form, and a heading in capitals never over a name written normally
    if ((name.length > org.name.length || capitals(org.name)) && !capitals(name)) org.name = name;
    this.byName.set(key, org);
    if (org.acronym) this.byName.set(this.key(org.acronym), org);
    return org;
  }

  /** A mention whose text is its own name. */
  addNamed(range: Range, producer: string): void {
    this.mentions.push({ range, org: this.orgFor(this.text.slice(range.start, range.end)), producer });
  }
}

/** Finds candidate mentions (adds them to the state). */
export interface OrgFinder {
  id: string;
  find(state: OrgState): void;
}

/** Reshapes what the finders found: joins variants, resolves overlaps. */
export interface OrgRefiner {
  id: string;
  refine(state: OrgState): void;
}

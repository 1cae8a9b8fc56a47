import type { Range } from '../../core/types.js';
import { demonymSet, isEnglishWord } from '../../resources/index.js';
import { MONTH_WORD } from '../months.js';
import { ORDINAL, ORDINAL_TENS, UNIT_ORDINAL } from '../ordinals.js';
import { capitalWords, type Word } from '../words.js';
import { COMMON_PREMOD, COMMON_TERMS, CONNECTORS, DOCUMENT_HEADS, EVENT_HEADS, NEEDS_COMPLEMENT, ORG_HEADS, TITLES, UNIT_HEADS } from './heads.js';

/** `Inter-Agency`, `South-East`: every part an English word. */
const englishParts = (w: string) => w.split('-').every((p) => p && isEnglishWord(p));

/** Short forms with a full stop that start what follows a name: `No. 12`, `H.E. Mr. X`. */
const ABBREVIATION = /^(?:No|Nos|H\.E|Mr|Ms|Mrs|Dr|Vol)$/;

const PERSON_TITLE = /^(General|Colonel|Major|Captain|Admiral|Sheikh|President|Prime|Minister|Mr\.?|Ms\.?|Mrs\.?|Dr\.?)$/;

/** `, Social and Cultural Rights`, `, Inhuman or Degrading Treatment`: from word j, names in the same case up to an `and` or `or`, with only commas or spaces between. */
function listClosedByAnd(text: string, words: readonly Word[], j: number, sameCase: (w: string) => boolean): boolean {
  for (let k = j + 1; k < Math.min(words.length, j + 5); k++) {
    const g = gap(text, words[k - 1], words[k]);
    if (!/^(, | )$/.test(g)) return false;
    if (words[k].text === 'and' || words[k].text === 'or') return !PERSON_TITLE.test(words[k + 1]?.text ?? '') && !personName(words[k + 1], words[k + 2]); // not "..., Aguila Saleh, and General ..."
    if (!sameCase(words[k].text)) return false;
    // "Climate Change, Hoesung Lee and José Romero": a name lists no people
    if (g === ' ' && personName(words[k - 1], words[k])) return false;
  }
  return false;
}

/**
 * Given name and surname: two capitalised words, one of them unknown to English word lists
 * (`Hoesung Lee`, `José Romero`), the second no plural (`Montubio Peoples` is a people).
 */
function personName(a: Word | undefined, b: Word | undefined): boolean {
  const cap = (w: Word | undefined): w is Word => !!w && /^\p{Lu}\p{Ll}+$/u.test(w.text);
  return cap(a) && cap(b) && !/s$/.test(b.text) && (!englishParts(a.text) || !englishParts(b.text));
}

/** A name found inside another one's complement. */
export interface NameRange extends Range {
  nested?: true;
}

/**
 * "Governing Council of the Centre for Sustainable Agricultural Mechanization" names two bodies:
 * the complement after "of (the)" is a name of its own when its capitalised run ends on a head.
 * Returns the index of the inner name's first word, or -1.
 */
function innerName(words: readonly Word[], heads: Set<string>, h: number, e: number): number {
  let k = h + 1;
  if (words[k]?.text !== 'of') return -1;
  k++;
  if (/^the$/i.test(words[k]?.text ?? '')) k++;
  for (let m = k; m <= e; m++) {
    const w = words[m].text;
    if (heads.has(titleOf(w)) && isCap(w)) return e > k && (m > k || /^(of|for|on|in)$/.test(words[m + 1]?.text ?? '')) ? k : -1;
    if (!isCap(w) && w !== 'and') return -1;
  }
  return -1;
}

/** `Sixty third session`: a compound ordinal printed with a space (its hyphen lost or never set) starts at word j. */
function spacedOrdinal(text: string, words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  return !!next && ORDINAL_TENS.includes(words[j].text.toLowerCase()) && UNIT_ORDINAL.test(next.text) && gap(text, words[j], next) === ' ';
}

/** How far back an opening bracket is looked for: a long sentence's worth. */
const BRACKET_REACH = 300;

/**
 * An acronym in capitals right before a closing bracket (`UNMISS)`, `CINMISS»`) that nothing
 * before it opened (back to its paragraph's start, `BRACKET_REACH` characters at most): the scan
 * lost or misread the opening bracket, and the acronym is no word of the name before it.
 */
function lostOpeningBracket(text: string, word: Word): boolean {
  if (!/^[)\]»]/.test(text.slice(word.end, word.end + 1)) || !/^\p{Lu}{2,}$/u.test(word.text)) return false;
  let open = 0;
  for (let i = word.start - 1; i >= Math.max(0, word.start - BRACKET_REACH); i--) {
    const c = text[i];
    if (c === '\n' && text[i - 1] === '\n') break; // a paragraph's start
    if (c === '(' || c === '[' || c === '«') open++;
    else if (c === ')' || c === ']' || c === '»') open--;
    if (open > 0) return false;
  }
  return true;
}

/** "... and (the) High Council of State": after "and", capitalised words up to a head start a second name. */
function startsName(words: readonly Word[], k: number, heads: Set<string>, afterPlural: boolean): boolean {
  // without "the", only after a plural noun: "Asian and Pacific Centre" is one name
  const the = /^the$/i.test(words[k]?.text ?? '');
  if (the) k++;
  else if (!afterPlural && !heads.has(titleOf(words[k]?.text ?? ''))) return false;
  for (let m = k; m < Math.min(words.length, k + (the ? NAME_REACH : 4)); m++) {
    if (words[m].text === 'and' && m > k) continue; // "the Relief and Rehabilitation Commission"
    if (!isCap(words[m].text)) return false;
    // "... and Programme Support": a head that a plain noun follows qualifies that noun, and ends no name
    if (heads.has(titleOf(words[m].text)) && !qualifiesNoun(words, m, heads)) return true;
  }
  return false;
}

/**
 * How many words after "and the" a second name's head is looked for (`Moldovan Information and
 * Security Service`); after a bare "and", four, as a longer run is more often the first name's own
 * words ("Network on Oceans and Coastal Resources and Marine Science Institute").
 */
const NAME_REACH = 6;

/** `Programme Support`, `Council Affairs`: a head with a capitalised English noun after it that is no head, connector or month. */
function qualifiesNoun(words: readonly Word[], m: number, heads: Set<string>): boolean {
  const next = words[m + 1];
  if (!next || next.start !== words[m].end + 1 || !/^\p{Lu}\p{Ll}+$/u.test(next.text)) return false;
  return isEnglishWord(next.text) && !heads.has(next.text) && !CONNECTORS.has(next.text.toLowerCase()) && !MONTH_WORD.test(next.text);
}

/** `UNCTAD’s`, `the Mission’s`, `Secretary-General’s`: an owner in front of a name; `People’s`, `Women’s` belong to it. */
function ownerPossessive(w: string): boolean {
  const m = /^(.+)['’]s$/.exec(w);
  return !!m && (allCaps(m[1]) || ORG_HEADS.has(m[1]) || TITLES.has(m[1]));
}

const isCap = (w: string) => /^\p{Lu}/u.test(w);

/** `Nations`, `Affairs`: a plural; `News`, `Status`, `Business`, `Analysis` only end in s. */
const looksPlural = (w: string) => /s$/i.test(w) && !/(?:ss|us|is)$/i.test(w) && !/^news$/i.test(w);

/** Plurals that name bodies or their members: before "and" they end a list of names (`United Nations and ...`). */
const BODY_PLURAL = /^(Nations|States|Countries|Parties|Governments|Peoples|Members|Agencies|Organizations|Organisations|Institutions|Islands|Territories|Communities|Authorities|Ministries|Commissions|Committees|Programmes|Funds|Offices|Departments|Bodies|Forces|Groups|Unions|Associations|Chambers|Courts|Councils)$/i;

/**
 * `Election Complaints and Appeals Panel`: a plural before "and" qualifies the head too when a
 * capitalised word is glued in front of it by a space (`Board of Auditors and ...` is a complement,
 * `Complaints and ...` alone starts the sentence) and it names no body.
 */
function pluralModifier(text: string, words: readonly Word[], at: number, sameCase: (w: string) => boolean): boolean {
  const plural = words[at];
  if (BODY_PLURAL.test(plural.text) || !englishParts(plural.text)) return false;
  let k = at;
  while (k > 0 && gap(text, words[k - 1], words[k]) === ' ' && sameCase(words[k - 1].text) && isCap(words[k - 1].text) && !STOP_PREMOD.test(words[k - 1].text) && !ORG_HEADS.has(titleOf(words[k - 1].text))) k--;
  if (k === at) return false;
  // the run after a connector is the tail of another name: "Platform on Biodiversity and Ecosystem
  // Services and Intergovernmental Panel", "Workshop for the Voluntary National Reviews and ..."
  let b = k - 1;
  if (b >= 0 && /^the$/i.test(words[b].text)) b--;
  return b < 0 || !/^(and|or|of|on|for|against)$/.test(words[b].text);
}

/**
 * A possessive inside a name joins its words: `Peoples’ Rights` (the mark after a plural), and
 * `People ’s Liberation` as PDF text writes `People’s` (the word `s` split off by a space). Returns
 * how many words back from `words[at]` the possessive's owner is (1 or 2), or 0.
 */
function possessiveBefore(text: string, words: readonly Word[], at: number): number {
  const prev = words[at - 1];
  if (!prev) return 0;
  const g = gap(text, prev, words[at]);
  if (/^['’] $/.test(g) && /s$/.test(prev.text) && isCap(prev.text)) return 1;
  const owner = words[at - 2];
  if (g === ' ' && prev.text === 's' && owner && /^ ?['’]$/.test(gap(text, owner, prev)) && isCap(owner.text) && !ownerPossessive(`${owner.text}’s`)) return 2;
  return 0;
}
/**
 * The word right before the capitalised words (not connectors, at most `most` of them) that stand
 * before the document head at `j` and after the name's head `h`: where a document's own words begin, less one.
 */
function beforeOwnWords(words: readonly Word[], h: number, j: number, sameCase: (w: string) => boolean, most = Infinity): number {
  let k = j - 1;
  while (k > h && j - k <= most && sameCase(words[k].text) && !CONNECTORS.has(words[k].text.toLowerCase())) k--;
  return k;
}

/**
 * Where a complement ends when a document's name, joined on by `and the`, follows it (`Technology
 * Bank for the Least Developed Countries and the Global Digital Compact`, `Summit of the Future
 * and the Pact for the Future`): before the `and`, as the capitalised words before the document's
 * head (`Global Digital`) are the document's own. `j` is the head's word; -1 where no `and the`
 * joins the document on (`Science and Technology Report` is one name's words).
 */
function beforeJoinedDocument(words: readonly Word[], h: number, j: number, sameCase: (w: string) => boolean): number {
  const k = beforeOwnWords(words, h, j, sameCase);
  return k - 1 > h && words[k].text === 'the' && words[k - 1].text === 'and' ? k - 2 : -1;
}

/** Heads of the instruments a body is set up by or serves (`Statute`, `Protocol`), not of reports or plans. */
const INSTRUMENTS = new Set(['Convention', 'Agreement', 'Protocol', 'Declaration', 'Treaty', 'Charter', 'Covenant', 'Statute', 'Accord', 'Compact', 'Pact', 'Framework']);

/**
 * Do the words before the instrument's head at `j` name it after `of the`, `to the`, `for the` or
 * `on the` inside the complement of the head at `h` (`... to the Rome Statute`, `... of the Montreal
 * Protocol`)? One to three capitalised words of its own between `the` and the head, which are not
 * a known body's whole name (`... of the Security Council Summary` is a heading after the body).
 */
function documentAfterThe(words: readonly Word[], h: number, j: number, sameCase: (w: string) => boolean, knownNameEnd?: (at: number) => number | undefined): boolean {
  const k = theBeforeOwnWords(words, h, j, sameCase, /^(of|to|for|on)$/);
  return k >= 0 && knownNameEnd?.(words[k + 1].start) !== words[j - 1].end;
}

/**
 * The `the` before the one to three capitalised words of its own that stand before the document
 * head at `j`, where a connector `connector` accepts brings it into the complement of the head at
 * `h`; -1 where none does.
 */
function theBeforeOwnWords(words: readonly Word[], h: number, j: number, sameCase: (w: string) => boolean, connector: RegExp): number {
  const k = beforeOwnWords(words, h, j, sameCase, 3);
  return k < j - 1 && k - 1 > h && words[k].text === 'the' && connector.test(words[k - 1].text) ? k : -1;
}

/** Heads of documents a body is named after by their own names (`Plan of Action`, `Agenda`), not headings (`Report`, `Summary`). */
const NAMED_DOCUMENTS = new Set(['Plan', 'Agenda', 'Strategy', 'Principles', 'Goals', 'Platform', 'Rules']);

/**
 * `Department for General Assembly and Conference Management`, `Division of Conference Services`:
 * after `of`, `for` or `and` in a complement, an event head with a noun glued after it qualifies
 * that noun and names no meeting (after `in` or `at` it may be a room: `in Conference Room 4`).
 */
function eventHeadAsModifier(text: string, words: readonly Word[], j: number, sameCase: (w: string) => boolean): boolean {
  const next = words[j + 1];
  if (!next || !EVENT_HEADS.has(titleOf(words[j].text)) || gap(text, words[j], next) !== ' ') return false;
  if (!/^(of|for|and)$/.test(words[j - 1]?.text ?? '')) return false;
  const n = titleOf(next.text);
  return sameCase(next.text) && isCap(next.text) && englishParts(next.text) && !EVENT_HEADS.has(n) && !DOCUMENT_HEADS.has(n) && !ORG_HEADS.has(n) && !CONNECTORS.has(next.text.toLowerCase()) && !MONTH_WORD.test(next.text);
}

/**
 * The last word of a name cut before the connectors that end at `from` (`... Committee for the`
 * -> `Committee`), never before its head `h`: where a complement ends when what it brought in is
 * not the name's.
 */
function beforeConnectors(words: readonly Word[], from: number, h: number): number {
  let k = from;
  while (k > h && CONNECTORS.has(words[k].text.toLowerCase())) k--;
  return k;
}

/** The first of the capitalised words, joined by spaces, right before `words[j]` (`j` when there are none). */
function premodifiersFrom(text: string, words: readonly Word[], j: number): number {
  let k = j - 1;
  while (k >= 0 && isCap(words[k].text) && !CONNECTORS.has(words[k].text.toLowerCase()) && gap(text, words[k], words[k + 1]) === ' ') k--;
  return k + 1;
}

/**
 * `Executive Board of the Ocean Science Fund`: after `of the`, capitalised words and a head that
 * ends the run name the body the complement speaks of (a name of its own, nested), not a second
 * name after this one (`Ministry of Justice Ministry`, with no `the`, is two). A known name
 * right before the head is left to the caller (`... of the United Nations Office at Geneva`).
 */
function endsNameAfterThe(text: string, words: readonly Word[], j: number, knownFrom: number, sameCase: (w: string) => boolean): boolean {
  const k = premodifiersFrom(text, words, j) - 1;
  if (k < 1 || k + 1 === j || words[k].text !== 'the' || !/^(of|for)$/.test(words[k - 1].text)) return false;
  if (knownFrom >= 0 && knownFrom > k) return false;
  const next = words[j + 1];
  return !next || gap(text, words[j], next) !== ' ' || !(sameCase(next.text) && isCap(next.text));
}

/**
 * `First Ladies`, `First Nations`: an ordinal with a plural glued after it (no session, meeting or
 * the like) names a group of people inside a name, where an ordinal otherwise starts a session's name.
 */
function namingOrdinal(text: string, words: readonly Word[], j: number): boolean {
  const next = words[j + 1];
  return !!next && gap(text, words[j], next) === ' ' && /^\p{Lu}\p{Ll}+s$/u.test(next.text) && looksPlural(next.text)
    && !EVENT_HEADS.has(next.text.slice(0, -1)) && !DOCUMENT_HEADS.has(next.text) && isEnglishWord(next.text.toLowerCase());
}

/** `Iranian nuclear`: a people's adjective ends the capitalised run at `k`, and a word in small letters (no connector) follows it. */
function adjectiveBeforeNoun(text: string, words: readonly Word[], k: number): boolean {
  const next = words[k + 1];
  if (!next || gap(text, words[k], next) !== ' ' || !/^\p{Ll}+$/u.test(next.text) || CONNECTORS.has(next.text)) return false;
  return demonymSet().has(words[k].text);
}

/** Heads of bodies named by where they sit: `Mission in South Sudan`, `Office in Geneva`. */
const SITED_HEADS = new Set(['Mission', 'Office', 'Centre', 'Center', 'Force']);

const COMPASS = /^(?:(?:North|South)(?:-(?:East|West))?|East|West|Central)(?:ern)?$/;

/** After the "and" at `j`, does a place end the run, with none ending right before the "and"? */
function placeJoined(text: string, words: readonly Word[], j: number, placeEnd?: (at: number) => number | undefined): boolean {
  if (!placeEnd || j < 1 || CONNECTORS.has(words[j - 1].text.toLowerCase()) || placeEndsAt(words, j - 1, placeEnd)) return false;
  // "of Eastern and Southern Africa", "for West and Central Africa": a region's part shares its place
  if (COMPASS.test(words[j - 1].text)) return false;
  const k = /^the$/.test(words[j + 1]?.text ?? '') ? j + 2 : j + 1;
  const first = words[k];
  const end = first && placeEnd(first.start);
  if (end === undefined) return false;
  let m = k;
  while (m + 1 < words.length && words[m + 1].end <= end) m++;
  const next = words[m + 1];
  return !next || gap(text, words[m], next) !== ' ' || !isCap(next.text);
}

/**
 * Does a list of places closed by "and" start at `words[at]` (`Lebanon, the Sudan and the Syrian
 * Arab Republic`)? Each item a place, with or without "the"; ten items at most.
 */
function placeListAt(text: string, words: readonly Word[], at: number, placeEnd: (at: number) => number | undefined): boolean {
  let k = at;
  let closed = false; // the next item is the last
  for (let items = 0; items < 10; items++) {
    if (words[k]?.text === 'and') { closed = true; k++; } // "..., the Sudan, and ..."
    if (words[k]?.text === 'the') k++;
    const end = words[k] ? placeEnd(words[k].start) : undefined;
    if (end === undefined) return false;
    while (k + 1 < words.length && words[k + 1].end <= end) k++;
    if (closed) return true;
    const next = words[k + 1];
    if (!next) return false;
    const g = gap(text, words[k], next);
    if (g === ' ' && next.text === 'and') closed = true;
    else if (g !== ', ') return false;
    k += g === ', ' ? 1 : 2;
  }
  return false;
}

/** Does the place that ends right before `words[s]` follow `of` after a capitalised word (`Government of Switzerland`)? */
function afterCapitalOf(words: readonly Word[], s: number, placeEnd?: (at: number) => number | undefined): boolean {
  const k = placeStartEndingAt(words, s - 1, placeEnd);
  return k >= 2 && words[k - 1].text === 'of' && isCap(words[k - 2].text);
}

/** The first word of a place (of one to four words) that ends with `words[at]`, or -1. */
function placeStartEndingAt(words: readonly Word[], at: number, placeEnd?: (at: number) => number | undefined): number {
  if (!placeEnd) return -1;
  for (let k = at; k >= 0 && k > at - 4; k--) if (placeEnd(words[k].start) === words[at].end) return k;
  return -1;
}

/** Does a place (of one to four words) end with `words[at]`? */
const placeEndsAt = (words: readonly Word[], at: number, placeEnd?: (at: number) => number | undefined) => placeStartEndingAt(words, at, placeEnd) >= 0;
const allCaps = (w: string) => {
  const second = w.charCodeAt(1);
  if (second >= 97 && second <= 122) return false; // `Committee`: the common case, without the Unicode patterns
  return /^[\p{Lu}\d&-]+$/u.test(w) && /\p{Lu}{2}/u.test(w);
};
const titleOf = (w: string) => (allCaps(w) ? w[0] + w.slice(1).toLowerCase() : w);
const gap = (text: string, a: Word, b: Word) => text.slice(a.end, b.start);
// Words that start a sentence or a clause, never a name.
const STOP_PREMOD = /^(\d{4}|Recalling|Noting|Welcoming|Recognizing|Recognising|Reaffirming|Emphasizing|Stressing|Acknowledging|Taking|Having|Bearing|Expressing|Underlining|Considering|Including|Following|Concerning|Regarding|During|Requesting|Urging|Encouraging|Inviting|Decides|Requests|Notes|Welcomes|Recalls|Reaffirms|Reiterates|Urges|Encourages|Invites|Calls|Stresses|Emphasizes|Emphasises|Expresses|Acknowledges|Recognizes|Recognises|Underlines|Endorses|Approves|Commends|Condemns|Affirms|Appreciates|Takes|The|THE|A|An|AS|In|IN|At|AT|On|ON|By|BY|For|FOR|Of|OF|And|AND|To|TO|With|As|This|That|Its|Their|His|Her|Both|All|Each|Other|New|Several|Many|Some|Most|Few|Various|Numerous|Certain|Such|Every)$/;

/**
 * Organisation names built around a head noun (`Ministry`, `Committee`, `Programme`): capitalised
 * pre-modifiers (`United Nations Development`), the head, and a complement (`of Justice`, `on
 * Emerging Social Issues`, `for Asia and the Pacific`). Headings in capitals count too. A bare
 * head (`the Committee`) is a common noun, not a name; events, documents and posts are left out.
 */
export function headNounNames(
  text: string, words: readonly Word[], heads: Set<string> = ORG_HEADS, blockers: Set<string>[] = [EVENT_HEADS, DOCUMENT_HEADS],
  /**
   * Where a known name (a curated body) that starts at this offset ends, if one does. A complement
   * stops before one in its middle, and holds one after a connector whole ("... in the Work of
   * the Human Rights Council").
   */
  knownNameEnd?: (at: number) => number | undefined,
  /** Where a place that starts at this offset ends: after a connector, a complement holds it whole and ends with it. */
  placeEnd?: (at: number) => number | undefined,
  /** The words that start with a capital (`capitalWords`): every head does, so only these are visited. */
  capitals: ArrayLike<number> = capitalWords(words),
  /** Does a country start at this offset? One that opens a list of places is what an act concerns (see below). */
  countryAt?: (at: number) => boolean,
  /** Does a city start at this offset? After `in` at a complement's end, it is where a body sits. */
  cityAt?: (at: number) => boolean,
): NameRange[] {
  const out: NameRange[] = [];
  const blocked = (w: string) => blockers.some((b) => b.has(w));
  for (let i = 0, past = -1; i < capitals.length; i++) {
    const h = capitals[i];
    if (h <= past) continue; // inside the name found last
    const c = words[h].text.charCodeAt(0);
    if (c < 65 || c > 90) continue; // every head starts with a capital A-Z
    const head = titleOf(words[h].text);
    if (!heads.has(head) || !isCap(words[h].text)) continue;
    // "Formed Police Unit", "World Bank Group": the last of adjacent heads takes the name
    const after = words[h + 1];
    if (after && heads.has(titleOf(after.text)) && allCaps(after.text) === allCaps(words[h].text) && gap(text, words[h], after) === ' ') continue;
    const caps = allCaps(words[h].text);
    const sameCase = (w: string) => (caps ? allCaps(w) : isCap(w) && !allCaps(w) || allCaps(w));
    // pre-modifiers: capitalised words right before the head ("Economic and Social" may join by "and")
    let s = h;
    let andList = false; // pre-modifiers joined by "and": "Truth, Justice, Reparation and Reconciliation"
    while (s > 0) {
      const owned = possessiveBefore(text, words, s);
      if (owned && s - owned >= 0 && !caps) { s -= owned; continue; }
      const prev = words[s - 1];
      const w = titleOf(prev.text);
      if (andList && gap(text, prev, words[s]) === ', ' && isCap(prev.text) && !caps && englishParts(prev.text) && !ORG_HEADS.has(w) && !blocked(w)) { s--; continue; }
      // "High -Level Network", "Counter -Terrorism Committee": PDF text spaces a hyphen between two capitalised parts
      const g = gap(text, prev, words[s]);
      if (g !== ' ' && !(g === ' -' && isCap(prev.text) && isCap(words[s].text))) break;
      // "the 128th Reinforced Brigade", "the Sixth Tank Army": a unit's number is the first word of its name
      if (UNIT_HEADS.has(head) && !caps && ORDINAL.test(prev.text)) { s--; break; }
      if (/^\d/.test(prev.text)) break; // "2760-UNDP Sudan Country Office": a report number
      if (/^[IVX]{1,4}$/.test(prev.text)) break; // "II Organization of work": a heading's number, its stop lost
      if (prev.text === words[s].text) break; // "Director General General Department ...": a doubled word ends one phrase and starts the next
      // "Executive Secretary" is a post, "Executive Board" a body: right before a head it names the
      // body, and so before a head that qualifies the next ("Executive Board Bureau")
      const executiveBody = prev.text === 'Executive' && (s === h || (s === h - 1 && ORG_HEADS.has(titleOf(words[s].text))));
      if ((TITLES.has(prev.text) && !executiveBody) || blocked(w) || (ORDINAL.test(prev.text) && !namingOrdinal(text, words, s - 1))) break;
      // a head before a head is another name ("General Assembly Security Council"), except across
      // one word that qualifies the second head ("Programme Coordinating Board", "Committee Executive Directorate",
      // "Human Rights Council Advisory Committee")
      if ((heads.has(w) || ORG_HEADS.has(w)) && s !== h && !(s === h - 1 && /^\p{Lu}\p{Ll}+(?:ing|ive|ory)$/u.test(words[s].text))) break;
      // the tail of a heading in capitals: "CONFERENCE OF THE PARTIES Committee on ..." (not "WHO Regional Office")
      if (!caps && allCaps(prev.text) && s >= 2 && allCaps(words[s - 2].text) && isEnglishWord(prev.text)) break;
      if (ownerPossessive(prev.text)) break; // "the Mission’s Formed Police Unit": the owner is not part of the name
      if (/['’]s$/.test(prev.text)) {
        // "the Office of Counter-Terrorism’s Programme Office": a possessive right after a preposition ends another name's complement
        if (s >= 2 && /^(of|for|on|in|to|at|by|with|against)$/.test(words[s - 2].text)) break;
        // "Russia's Investigative Committee": a place that owns the body is no part of its name
        if (placeEnd?.(prev.start) === prev.end - 2) break;
      }
      // "Government of Switzerland Mastercard Foundation" (a list run together): a place that a
      // capitalised word's `of` brings in is that word's complement, not a word of this name
      if (afterCapitalOf(words, s, placeEnd)) break;
      const before = words[s - 2];
      // "Economic and Social Commission", "Trade and Development Board"; never two names ("United Nations and ...")
      // (English words on both sides: "Tajik and Hazara Northern Alliance" is two peoples and one alliance;
      // only words joined by spaces: "Development (Kenya) and Minority Rights Group" is two names)
      if (/^(and|AND)$/.test(prev.text) && before && gap(text, before, prev) === ' ' && sameCase(before.text) && !ORG_HEADS.has(titleOf(before.text)) && (!looksPlural(before.text) || pluralModifier(text, words, s - 2, sameCase)) && s !== h) {
        if (englishParts(before.text)) { s -= 2; andList = true; continue; }
        if (!englishParts(words[s].text)) s++; // two peoples joined: neither belongs to the name
        break;
      }
      if (STOP_PREMOD.test(prev.text) || MONTH_WORD.test(prev.text)) break; // "Recalling General Assembly ..."
      if (prev.text === 'See' && words[s - 2]?.text !== 'Holy') break; // "See World Health Organization, document ...": a citation, not the Holy See
      // a place right before a name that starts `United Nations` ends a list or a line the layout
      // ran on ("... in the Near East" / "United Nations Secretariat"): no place qualifies the UN's
      // own bodies (a place before another body may be its own: `Kosovo Security Council`)
      if (words[s].text === 'United' && words[s + 1]?.text === 'Nations' && knownNameEnd?.(words[s].start) !== undefined && placeEndsAt(words, s - 1, placeEnd)) break;
      if (sameCase(prev.text)) { s--; continue; }
      break;
    }
    // complement: of/on/for/in/at + capitalised words and connectors; commas inside lists of names
    let e = h;
    let possessiveAt = -1; // a complement's last word that is a possessive: its `'s` is no part of the name
    // (no army or brigade is named for where it went or whom it fought: "the Red Army to Berlin",
    // "the Libyan National Army against Hassan Zadma"; "... Liberation Army in Opposition" is a name)
    if (h + 1 < words.length && /^(of|on|for|to|against|Against|in|at|OF|ON|FOR|TO|IN|AT)$/.test(words[h + 1].text) && gap(text, words[h], words[h + 1]) === ' '
      && !(UNIT_HEADS.has(head) && !/^(of|for|in|OF|FOR|IN)$/.test(words[h + 1].text))) {
      let j = h + 1;
      let lastCap = -1;
      let dropped = false;
      let inList = false;
      let knownEnd = -1; // end of a known name the complement holds after a connector
      let knownFrom = -1; // its first word
      let placeUntil = -1; // end of a place the complement holds after a connector
      let placeFrom = -1; // ...and its first word
      let instrument = false; // the complement names an instrument the body serves
      const knownFromStart = knownNameEnd?.(words[s].start) ?? -1; // end of a known body's name that starts where this one does
      while (j < words.length) {
        const g = gap(text, words[j - 1], words[j]);
        const w = words[j].text;
        // a comma only inside a list of names closed by "and": "Economic, Social and Cultural Rights"
        // (an acronym after a comma that follows a word in small letters is another body: "... of
        // Women, UNDP and ..."; acronyms list the bodies a name is of: "Executive Board of UNDP, UNFPA and UNOPS")
        const listed = g === ', ' && (sameCase(w) && (caps || !allCaps(w) || allCaps(words[j - 1].text)) && listClosedByAnd(text, words, j, sameCase) || w === 'and' && inList);
        // "Human and Peoples’ Rights", "People ’s Liberation": a possessive inside the name
        if (!caps && possessiveBefore(text, words, j) === 1 && isCap(w)) { lastCap = j; j++; continue; }
        if (!caps && w === 's' && possessiveBefore(text, words, j + 1) === 2 && isCap(words[j + 1]?.text ?? '')) { j++; continue; }
        // "the Inter-Agency Standing Committee for Lebanon, the Sudan and the Syrian Arab Republic": a
        // country that opens a list of places says where the body acted, not which body it is; a
        // known body, or one named by where it sits, ends with the place ("the Economic Commission
        // for Africa, Ethiopia and Kenya", "the United Nations Mission in South Sudan, Kenya and Uganda"),
        // and a region may name the body ("Commission for Latin America and the Caribbean, Chile and ...")
        if (g === ', ' && placeEnd && placeFrom > h && placeUntil === words[j - 1].end && placeListAt(text, words, j, placeEnd)) {
          if (knownFromStart === placeUntil || SITED_HEADS.has(head)) { lastCap = j - 1; break; }
          if (countryAt?.(words[placeFrom].start)) {
            lastCap = beforeConnectors(words, placeFrom - 1, h);
            break;
          }
        }
        // "... Programme on HIV/AIDS": two acronyms a slash joins are one term of the name (a third
        // part makes a document symbol: `ESCAP/CST/2024/3`)
        if (g === '/' && !caps && allCaps(words[j - 1].text) && allCaps(w) && lastCap === j - 1 && text[words[j].end] !== '/') { lastCap = j; j++; continue; }
        if (g !== ' ' && !listed) break;
        if (g === ', ') inList = true; // "Women, Peace, and Security"
        if (/^(Chair|Chairperson|Chairman|Vice-Chair)$/.test(w)) break; // "... Information Management Chair: Mr. X" 
        if ((ORDINAL.test(w) && !namingOrdinal(text, words, j)) || MONTH_WORD.test(w) || spacedOrdinal(text, words, j)) break;
        // "... Mission in South Sudan CINMISS» to 30 April": the scan lost the bracket that opened the acronym
        if (!caps && lostOpeningBracket(text, words[j])) break;
        // "... of Sustainable Development Goal 6": a goal's number is part of the name
        if (/^\d{1,2}$/.test(w) && /^Goals?$/.test(words[j - 1].text)) { lastCap = j; j++; continue; }
        if (blocked(titleOf(w)) && !eventHeadAsModifier(text, words, j, sameCase)) {
          // "... to the Rome Statute of the International Criminal Court", "... of the Montreal Protocol":
          // a document the complement names after `the` (its own capitalised words first) is the body's
          if (INSTRUMENTS.has(titleOf(w)) && lastCap === j - 1 && documentAfterThe(words, h, j, sameCase, knownNameEnd)) { lastCap = j; instrument = true; j++; continue; }
          const afterConnector = CONNECTORS.has(words[j - 1].text.toLowerCase());
          const joined = DOCUMENT_HEADS.has(titleOf(w)) ? beforeJoinedDocument(words, h, j, sameCase) : -1;
          if (joined >= 0) { lastCap = joined; break; }
          // "the Joint Commission of the Joint Comprehensive Plan of Action": a plan or agenda the
          // complement names after `of the`, with words of its own, is no instrument of the body: the
          // name ends before it, its words the document's (after `on the` it may be the body's topic:
          // "Working Party on the Strategic Plan ..."; a report is a heading: "... Countries Report of")
          const cited = NAMED_DOCUMENTS.has(titleOf(w)) ? theBeforeOwnWords(words, h, j, sameCase, /^of$/) : -1;
          if (cited >= 0) { lastCap = beforeConnectors(words, cited - 1, h); break; }
          if (!DOCUMENT_HEADS.has(titleOf(w)) || !afterConnector) break;
          // "... of the Convention" (its last word) names a body;
          // a document in the middle ("... of the Declaration on the Granting ...") drops the candidate
          const next = words[j + 1]?.text ?? '';
          const last = next === 'and' || !CONNECTORS.has(next) && !sameCase(next) || gap(text, words[j], words[j + 1]) !== ' ';
          if (last && /^of the$/i.test(`${words[j - 2]?.text} ${words[j - 1].text}`)) { lastCap = j; break; }
          dropped = true;
          break;
        }
        // "Cruel, Inhuman or Degrading Treatment or Punishment": inside a list, `or` joins like `and`
        if (CONNECTORS.has(w.toLowerCase()) || (w === 'or' && inList)) {
          // "To", "The" mid-sentence start something else; "Against" is written so in names (`Committee Against Torture`)
          if (w !== w.toLowerCase() && !caps && w !== "Against") break;
          // "... of the Russian Federation in Bucha": where or by whom, after the country, starts
          // something else ("for Palestine Refugees in the Near East", "to the United Nations" go on)
          if (placeUntil >= 0 && words[j].start >= placeUntil && /^(in|by|at)$/.test(w) && words[j + 1]?.text !== 'the') break;
          // "... of the Cartagena Agreement in Lima": after an instrument, only its own complement goes on (`of`, `on`, `for`)
          if (instrument && /^(in|at|to|by|with|against)$/.test(w)) break;
          // "the Department of Global Communications in United Nations peacekeeping operations": a known
          // body after `in` or `at` says where, or what, the body works on (except for a body named by where it sits)
          if (/^(in|at)$/.test(w) && !SITED_HEADS.has(head) && knownNameEnd?.(words[/^the$/.test(words[j + 1]?.text ?? '') ? j + 2 : j + 1]?.start ?? -1) !== undefined) break;
          // "the Council against Iran": a place after `against` is whom an act is aimed at, not a name's part
          if (/^against$/i.test(w) && words[j + 1] && placeEnd?.(words[j + 1].start) !== undefined) break;
          // "... Families and the Committee on ...": a second name, not part of this one
          if (/^and$/i.test(w) && startsName(words, j + 1, heads, /s$/.test(words[j - 1].text))) break;
          // "Board of the Fund for Responding to Loss and Damage and the Philippines": a place that ends
          // the run after "and" is a party beside the body, unless a place ends before "and" too
          // ("for Asia and the Pacific", "for Europe and Central Asia" name a region)
          if (w === 'and' && !caps && placeJoined(text, words, j, placeEnd)) break;
          // "... Programme Support and the IEO", "... on Drugs and Crime and IOM": an acronym after "and"
          // or "and the" is a body of its own (in a list of acronyms, one the name is of: "of UNDP, UNFPA and UNOPS")
          if (w === 'and' && !caps && /^the$/i.test(words[j + 1]?.text ?? '') && allCaps(words[j + 2]?.text ?? '')) break;
          if (w === 'and' && !caps && !inList && allCaps(words[j + 1]?.text ?? '') && gap(text, words[j], words[j + 1]) === ' ') break;
          // "... Global Communications and the United Nations Educational, Scientific and Cultural
          // Organization": a known body after "and" is a party of its own
          if (w === 'and' && !caps && knownNameEnd?.(words[/^the$/i.test(words[j + 1]?.text ?? '') ? j + 2 : j + 1]?.start ?? -1) !== undefined) break;
          // "... on Artificial Intelligence and at Global Dialogue": "and" then a preposition starts a clause
          if (/^(and|or)$/.test(w) && /^(at|in|to|by|on|for|with|from)$/.test(words[j + 1]?.text ?? '') && gap(text, words[j], words[j + 1]) === ' ') break;
          j++;
          continue;
        }
        const afterConnector = CONNECTORS.has(words[j - 1].text.toLowerCase());
        const known = knownNameEnd?.(words[j].start);
        if (afterConnector && known !== undefined) { knownEnd = known; knownFrom = j; }
        const place = afterConnector && known === undefined ? placeEnd?.(words[j].start) : undefined;
        if (place !== undefined) { knownEnd = placeUntil = place; placeFrom = j; }
        // a second head that ends the run right after a name word is a new name: "Ministry of Justice
        // Ministry"; one that goes on is part of this name: "of the United Nations Special Programme for ..."
        const goesOn = j + 2 < words.length && /^(of|for|on|to)$/.test(words[j + 1].text) && gap(text, words[j], words[j + 1]) === ' ';
        const insideKnown = words[j].end <= knownEnd;
        // a known name that ends on its head ends the run: "... World Health Organization Events";
        // one that does not is the start of a longer name: "Office of the United Nations High Commissioner"
        // (a head after it is a body of that body, a name of its own: "... for the Security Council Committee established ...")
        if (!afterConnector && knownEnd >= 0 && words[j].start >= knownEnd && heads.has(titleOf(words[j - 1].text)) && !ORG_HEADS.has(titleOf(w))) break;
        if (heads.has(titleOf(w)) && j > h + 1 && !afterConnector && !insideKnown && (!goesOn || titleOf(w) === head) && !endsNameAfterThe(text, words, j, knownFrom, sameCase)) {
          // "Division of X of the United Nations Office at Geneva": the known name and the head
          // after it name another body; this name ends before the connector that brought them in
          if (knownFrom > h + 1 && words[j - 1].end === knownEnd) {
            lastCap = beforeConnectors(words, knownFrom - 1, h);
          }
          // "resolutions of the Council on the Joint Programme": after "on the" (not "of the", see
          // `endsNameAfterThe`), capitalised words before a second head are that head's, and the
          // complement they were to end is what the body acted on: no part of this name
          const first = premodifiersFrom(text, words, j);
          if (first > h + 2 && words[first - 1].text === 'the' && /^(on|to|in|at|against|with)$/.test(words[first - 2].text)) {
            lastCap = beforeConnectors(words, first - 3, h);
          }
          break;
        }
        if (!afterConnector && known !== undefined) break;
        // "the Board on UNCTAD's contribution": the possessive starts a new phrase; "the Commission on the
        // Status of Women’s agreed conclusions": a word's possessive after `of`, small letters after it, ends the name
        if (/['’]s$/.test(w)) {
          // (after `of` only, and never a place's: "the Ministry ... on Kiev’s latest attack" is a topic)
          if (sameCase(w) && !caps && !ownerPossessive(w) && words[j - 1].text === 'of' && /^\p{Ll}/u.test(words[j + 1]?.text ?? '')
            && englishParts(w.slice(0, -2)) && placeEnd?.(words[j].start) === undefined) { lastCap = j; possessiveAt = j; }
          break;
        }
        if (ABBREVIATION.test(w) && text[words[j].end] === '.') break; // "... to the United Nations No. 2" / "H.E. Mr."
        // "Organisation for the Prohibition of Chemical Weapons Progress in ...": a known body's whole
        // name, head and complement, then a word no connector brings in: a heading or a sentence starts
        if (!afterConnector && words[j - 1].end === knownFromStart && knownFromStart > words[h].end) break;
        if (sameCase(w) && w.length > 1) lastCap = j;
        else break;
        j++;
      }
      if (dropped) continue;
      // after `in` or `at`, a complement says where a body is: part of the name for a body named by
      // where it sits ("Mission in South Sudan", "Office in Haiti", whatever follows); for others a
      // place or a name unknown to English ("Forces in Nasir", "Secretariat in the Syrian Arab
      // Republic", "Trial Panel in the Mustafa case") is no part of it, nor is a document's name
      // ("Executive Board in the IAS Annual Report")
      if (lastCap > h && placeEnd && /^(in|at|IN|AT)$/.test(words[h + 1].text)) {
        const first = words[/^the$/i.test(words[h + 2]?.text ?? '') ? h + 3 : h + 2];
        const after = words[lastCap + 1];
        const document = !!after && gap(text, words[lastCap], after) === ' ' && DOCUMENT_HEADS.has(titleOf(after.text));
        const where = placeEnd(first.start) !== undefined || !isEnglishWord(first.text);
        if ((document || where) && !SITED_HEADS.has(head)) lastCap = -1;
      }
      // "Ministry of Internal Security in Mogadishu", "FAO Committee on World Food Security in Rome":
      // a city after `in` that ends the complement says where the body sits or met, not which body
      // it is (a region may name it: "... Cooperation in Europe", "... in the Near East"; and `at`
      // a campus: "University of Texas at Austin")
      if (lastCap > h && placeFrom > h + 2 && words[lastCap].end === placeUntil && cityAt?.(words[placeFrom].start) && !SITED_HEADS.has(head)) {
        const at = /^the$/i.test(words[placeFrom - 1].text) ? placeFrom - 2 : placeFrom - 1;
        if (words[at].text === 'in') lastCap = beforeConnectors(words, at, h);
      }
      // "seizing the Security Council of the Iranian nuclear issue": a complement that ends on a
      // people's adjective with a word in small letters after it is that word's phrase, not the name's
      if (lastCap > h && adjectiveBeforeNoun(text, words, lastCap)) lastCap = beforeConnectors(words, premodifiersFrom(text, words, lastCap) - 1, h);
      if (lastCap > h) e = lastCap;
    }
    // "Cambridge University Press", "University of Chicago Press": a university's press is a publisher of its own name
    if (head === 'University' && words[e + 1]?.text === 'Press' && gap(text, words[e], words[e + 1]) === ' ') e++;
    if (s === h && e === h) continue; // a bare head is a common noun
    if (e === h && NEEDS_COMPLEMENT.has(head)) continue; // "Government House" is a building
    if (s < h && COMMON_PREMOD.has(titleOf(words[s].text)) && s + 1 === h) continue; // "work programme"
    if (s + 1 === h && e === h && COMMON_TERMS.has(`${titleOf(words[s].text)} ${head}`)) continue;
    if (words.slice(s, h + 1).some((w) => blocked(titleOf(w.text)))) continue;
    if (/\bof Action\b/i.test(text.slice(words[s].start, words[e].end))) continue; // a programme of action is a document
    // "the twenty-fourth Guam Legislature": legislatures are numbered by term
    if (head === 'Legislature' && s > 0 && ORDINAL.test(words[s - 1].text) && gap(text, words[s - 1], words[s]) === ' ') s--;
    const suffix = /^,? (?:Inc|Ltd|LLC|Co|Corp)\./.exec(text.slice(words[e].end, words[e].end + 7)); // "Sahara Fund, Inc."
    out.push({ start: words[s].start, end: words[e].end - (e === possessiveAt ? 2 : 0) + (suffix?.[0].length ?? 0) });
    const inner = innerName(words, heads, h, e);
    // "Informal Working Group of the Security Council on General Issues of Sanctions": a known body
    // that the complement goes on after is the inner name; what follows it is the outer name's
    // (one that ends on a head: `United Nations` starts the longer `United Nations Special Programme for ...`)
    const knownInner = inner >= 0 ? knownNameEnd?.(words[inner].start) : undefined;
    let innerEnd = words[e].end;
    if (knownInner !== undefined && knownInner < innerEnd) {
      for (let k = inner; k < e; k++) if (words[k].end === knownInner && heads.has(titleOf(words[k].text))) innerEnd = knownInner;
    }
    if (inner >= 0) out.push({ start: words[inner].start, end: innerEnd, nested: true });
    past = e;
  }
  return out;
}

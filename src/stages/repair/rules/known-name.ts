import type { Edit } from '../../../core/types.js';
import { countryNames } from '../../../resources/index.js';
import { BODIES } from '../../../text/names/un-bodies.js';
import type { Token } from '../../../text/tokens.js';
import { fairDistance, type RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

/** A misread word may be this far from the name's word (OCR-weighted edit cost per letter). */
const MAX_DISTANCE = 0.45;
/** A name of two words or more: one word alone is no context. */
const MIN_WORDS = 2;
/** Words that say nothing of which name it is (`The Netherlands` read from `the uctuations`). */
const FUNCTION_WORDS = new Set(['the', 'of', 'and', 'for', 'on', 'in', 'to', 'at', 'by', 'de', 'la', 'le', 'del', 'di', 'des', 'du', 'da', 'el', 'y', 'et']);
/** What the words read right must hold: one word of this many letters that is no function word. */
const EVIDENCE_LETTERS = 4;

interface KnownName {
  words: string[];
  /** Where the name writes a comma after a word (`Educational, Scientific`). */
  commas: boolean[];
  /** The words compared: lower case, without the punctuation a token's core drops (`Educational,`). */
  keys: string[];
  /** Its words joined by spaces: what says two attempts at one place are the same. */
  spelled: string;
}

const keyOf = (w: string) => w.toLowerCase().replace(/’/g, "'");

type NameIndex = Map<string, { name: KnownName; at: number }[]>;

/** Adds names to an index by each of their words. */
function indexNames(names: Iterable<string>, byWord: NameIndex = new Map()): NameIndex {
  for (const n of names) {
    const words = n.split(' ');
    if (words.length < MIN_WORDS || /[()]/.test(n)) continue;
    const bare = words.map((w) => w.replace(/,$/, ''));
    const name = { words: bare, commas: words.map((w) => w.endsWith(',')), keys: bare.map(keyOf), spelled: bare.join(' ') };
    name.keys.forEach((k, at) => {
      const list = byWord.get(k) ?? [];
      list.push({ name, at });
      byWord.set(k, list);
    });
  }
  return byWord;
}

/** The names of UN bodies and of countries, two words or more. */
const knownNames = () => indexNames(new Set([...BODIES.map(([n]) => n), ...countryNames().names]));

/** Capitalised words that open a sentence before a name (`The Northern Farmers Party`), not part of it. */
const SENTENCE_OPENERS = new Set(['the', 'in', 'on', 'at', 'for', 'by', 'this', 'these', 'a', 'an', 'as', 'with', 'during', 'since', 'under', 'from', 'and', 'of', 'to']);

/** Lower-case words a name of the document may hold between its capitalised words (`Office for Rural Affairs and Fisheries`). */
const NAME_CONNECTORS = new Set(['of', 'for', 'and', 'on', 'the', 'in', 'to']);

/**
 * The names the document writes twice or more the same way, every word a word or one of its own
 * names (`Northern Farmers Party`, `Lake Region Development Authority`): runs of capitalised words,
 * with connectors inside, that a misread occurrence elsewhere can be read against.
 */
function repeatedNames(tokens: readonly Token[], isWord: (w: string) => boolean): string[] {
  const counts = new Map<string, number>();
  let run: string[] = [];
  const close = () => {
    while (run.length && SENTENCE_OPENERS.has(run[0].toLowerCase())) run.shift();
    while (run.length && NAME_CONNECTORS.has(run[run.length - 1])) run.pop();
    if (run.length >= MIN_WORDS) {
      const name = run.join(' ');
      counts.set(name, (counts.get(name) ?? 0) + 1);
    }
    run = [];
  };
  for (const t of tokens) {
    const capital = /^\p{Lu}\p{Ll}+$/u.test(t.core) && isWord(t.core);
    if (t.coreStart === t.start && (capital || (run.length > 0 && NAME_CONNECTORS.has(t.core)))) {
      run.push(t.core);
      if (t.text !== t.core) close(); // punctuation after it ends the run
    } else {
      close();
    }
  }
  close();
  return [...counts].filter(([, n]) => n >= 2).map(([name]) => name);
}

/** The name's word in the token's case: `AFFAIRS` in a heading in capitals. */
function inCase(word: string, token: string): string {
  return /^\p{Lu}{2,}$/u.test(token) ? word.toUpperCase() : word;
}

/**
 * A scan misreads a word or two of a long name whose other words it reads right (`Department of
 * Economic and Social Aftairs`, `United Nations Developrnent Programme`): where the tokens spell a
 * known name (of a UN body, of a country, or one the document itself writes twice the same way)
 * but for one word in four (two in five or more), and each of those is no word (not English, not
 * a name the document writes) one plausible misreading away from the name's word, the name's word
 * is what was printed. Every other word must be the name's, in order, and one of them a word of
 * substance, so that a different body named like a known one (`Department of Economic and Social
 * Development`) is not touched: its words are real.
 */
export function knownNameRepairs(ctx: RepairContext): Edit[] {
  const { tokens, knowledge } = ctx;
  const known = ctx.stage.cache.get(KNOWN_NAMES, knownNames);
  const isWord = (w: string) => knowledge.isLexical(w) || ctx.docNames.has(w);
  const own = indexNames(repeatedNames(tokens, isWord));
  const distance = fairDistance(ctx);
  const edits: Edit[] = [];
  // per start, the names (as spelled) tried there
  const tried = new Map<number, Set<string>>();
  let until = 0; // tokens before this are part of a name already read
  const keys = tokens.map((t) => keyOf(t.core));
  for (let i = 0; i < tokens.length; i++) {
    if (i < until) continue;
    const key = keys[i];
    // (most tokens are in no name: nothing is gathered for them)
    if (!own.has(key) && !known.has(key)) continue;
    let best: { edits: Edit[]; end: number } | undefined;
    for (const { name, at } of [own.get(key) ?? [], known.get(key) ?? []].flat()) {
      const start = i - at;
      if (start < until || start < 0 || start + name.words.length > tokens.length) continue;
      let here = tried.get(start);
      if (!here) tried.set(start, (here = new Set()));
      if (here.has(name.spelled)) continue;
      here.add(name.spelled);
      // (a name spelled right, or misspelt in more words than may be read, gives no edit: most attempts)
      const wrong = misspelt(keys, start, name);
      if (wrong === 0 || wrong > allowedMisreadings(name)) continue;
      const read = readName(tokens.slice(start, start + name.words.length), name, isWord, distance);
      if (read && read.length && (!best || start + name.words.length > best.end)) best = { edits: read, end: start + name.words.length };
    }
    if (best) {
      edits.push(...best.edits);
      until = best.end;
    }
  }
  return edits;
}

/** How many words of a name a scan may have misread for it to be read as the name: one in four, two in five or more. */
const allowedMisreadings = (name: KnownName) => (name.words.length >= 5 ? 2 : 1);

/** How many of the name's words the tokens from `start` (by their keys) do not spell, counted up to one past what may be read. */
function misspelt(keys: readonly string[], start: number, name: KnownName): number {
  const most = allowedMisreadings(name);
  let wrong = 0;
  for (let k = 0; k < name.keys.length && wrong <= most; k++) if (keys[start + k] !== name.keys[k]) wrong++;
  return wrong;
}

/** The edits that make `run` spell `name`, if its words are the name's but for a few misreadings. */
function readName(run: readonly Token[], name: KnownName, isWord: (w: string) => boolean, distance: (a: string, b: string) => number): Edit[] | undefined {
  const n = name.words.length;
  const allowed = allowedMisreadings(name);
  const out: Edit[] = [];
  let evidence = false;
  for (let k = 0; k < n; k++) {
    const t = run[k];
    // punctuation inside breaks a name (`... Social Affairs. Economic ...`), but for the name's own commas
    const inside = t.text.slice(t.coreStart - t.start + t.core.length);
    if (k < n - 1 && inside !== (name.commas[k] ? ',' : '')) return undefined;
    if (k > 0 && t.coreStart !== t.start) return undefined;
    if (keyOf(t.core) === name.keys[k]) {
      if (name.keys[k].length >= EVIDENCE_LETTERS && !FUNCTION_WORDS.has(name.keys[k])) evidence = true;
      continue;
    }
    const word = name.words[k];
    if (!/^\p{L}+$/u.test(t.core) || isWord(t.core)) return undefined;
    // a capitalised word of the name is a capitalised token (`persis` is no misread `Persons`)
    if (/^\p{Lu}/u.test(word) !== /^\p{Lu}/u.test(t.core)) return undefined;
    if (distance(t.core.toLowerCase(), word.toLowerCase()) > MAX_DISTANCE * word.length) return undefined;
    if (out.length === allowed) return undefined;
    out.push({ range: { start: t.coreStart, end: t.coreStart + t.core.length }, text: inCase(word, t.core), rule: 'repair/known-name' });
  }
  return evidence ? out : undefined;
}

const KNOWN_NAMES = Symbol('repair/known-names');

export const knownNameRule: RepairRule = { id: 'repair/known-name', apply: knownNameRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/known-name': true;
  }
}

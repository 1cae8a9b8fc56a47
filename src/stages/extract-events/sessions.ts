import type { Doc } from '../../core/doc.js';
import { entitiesOf } from '../../core/doc.js';
import type { Entity, Range } from '../../core/types.js';
import { ORDINAL, isOrdinal, ordinalAsWritten } from '../../text/ordinals.js';
import { wordStartingAt, type Word } from '../../text/words.js';

/** A numbered session found: its mention, and its name with the body that holds it. */
export interface SessionFound {
  range: Range;
  /** `fifty-ninth session of the Human Rights Council`; undefined: the mention is the name. */
  name?: string;
  /** The body came from elsewhere in the text (`of the Council`, or the sentence's subject). */
  resolved?: string;
}

type Org = Entity & { name: string };
/** A body or a named meeting that holds numbered sessions. */
type Holder = { start: number; end: number; name: string };

/** Bodies that hold numbered sessions: a short form `the Council` stands for the last one named so. */
const SESSION_HEADS = /^(Council|Commission|Committee|Assembly|Board|Conference|Forum|Parties|Mechanism|Body)$/;
const KINDS = /^(special|regular|resumed|ordinary)$/;
const MAX_LISTED = 6;

const TENS_BEFORE = /\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) -?$/i;
const isNumbering = (w: string) => ORDINAL.test(w) || /^(19|20)\d\d$/.test(w);
/** A UN document's header (symbol, date, body, session, agenda item) ends within this many characters. */
export const HEADER_END = 600;

/** The head of the last short form (`the Commission`, `The Committee`) in a stretch of text, if any. */
function lastShortForm(stretch: string): string | undefined {
  let head: string | undefined;
  for (const m of stretch.matchAll(/\b[Tt]he (\p{Lu}\p{Ll}+)\b(?![ ]+(?:\p{Lu}|of|on|for)\b)/gu)) if (SESSION_HEADS.test(m[1])) head = m[1];
  return head;
}

/**
 * The session-holding head of a body's name, the last word of its leading capitalised words:
 * `Commission` in `Commission for Social Development`, `Council` in `Human Rights Council`; none
 * in `Board Bureau` (the bureau of a board holds no sessions of the board).
 */
function headOf(name: string): string | undefined {
  const lead = /^[^\s]+(?:\s+(?:and\s+)?\p{Lu}[^\s]*)*/u.exec(name)?.[0] ?? ''; // `Economic and Social Council`
  const head = lead.split(/\s+/).pop() ?? '';
  return SESSION_HEADS.test(head) ? head : undefined;
}

/**
 * Numbered sessions, one per number: `the fifty-eighth and fifty-ninth regular sessions of the
 * Council` is two sessions. Each is named with the body that holds it: the organisation after
 * `of (the)`; for a short form (`of the Council`), the last body of that head named before; with
 * no body at all, the session-holding body its sentence names last before it (`the Human Rights
 * Council in holding the fifty-eighth session`). Read word by word, backwards from each
 * `session`: a list of numbers is at most six long.
 */
export function numberedSessions(
  doc: Doc, words: readonly Word[], sentences: readonly Range[], ownerEnd: (at: number) => number | undefined,
  /** Named meetings that meet in sessions too (`Conference of African Ministers of Finance`): holders beside the organisations. */
  meetings: readonly Holder[] = [],
): SessionFound[] {
  const text = doc.text;
  const orgs: Holder[] = [...entitiesOf<Org>(doc, 'organisations'), ...meetings].sort((a, b) => a.start - b.start);
  const out: SessionFound[] = [];
  let sentence = 0;
  // bodies named so far, by the session-holding head of their name, and the last of them
  let passed = 0;
  const lastByHead = new Map<string, Holder>();
  const definedHeads = new Set<string>();
  let lastHolder: Holder | undefined;
  let after = 0; // a session's words end its body's name: none of them starts another
  // every `session` is found by its letters in the text (faster than a walk over every word)
  for (let at = text.indexOf('ession'); at >= 0; at = text.indexOf('ession', at + 6)) {
    const k = wordStartingAt(words, at - 1);
    if (k < 0 || words[k].start < after || !/^[Ss]essions?$/.test(words[k].text)) continue;
    for (; passed < orgs.length && orgs[passed].end <= words[k].start; passed++) {
      const o = orgs[passed];
      const head = headOf(o.name);
      if (!head) continue;
      // "the Executive Council (the Council)": a short form the document defines stands for that body from then on
      const defined = /^ \((?:the )?(\p{Lu}\p{Ll}+)\)/u.exec(text.slice(o.end, o.end + 24))?.[1] === head;
      if (defined) definedHeads.add(head);
      if (defined || !definedHeads.has(head)) lastByHead.set(head, o);
      lastHolder = o;
    }
    const plural = words[k].text.endsWith('s');
    // the numbers before it, with an optional kind (`special`) right before the word
    let j = k - 1;
    const kind = j >= 0 && KINDS.test(words[j].text) && text.slice(words[j].end, words[k].start) === ' ' ? words[j--].text : undefined;
    const numbers: Word[] = [];
    let next = kind ? words[j + 1] : words[k];
    while (j >= 0 && numbers.length < MAX_LISTED) {
      // "fifty-eighth and fifty-ninth", "third, fourth and fifth": the joining "and" is a word of its own
      const joined = numbers.length > 0 && words[j].text === 'and' && text.slice(words[j].end, next.start) === ' ' ? 1 : 0;
      const n = words[j - joined];
      if (!n || !isNumbering(n.text)) break;
      const gap = text.slice(n.end, (joined ? words[j] : next).start);
      if (numbers.length === 0 ? gap !== ' ' : joined ? !/^,? $/.test(gap) : gap !== ', ') break;
      numbers.unshift(n);
      next = n;
      j -= 1 + joined;
    }
    if (numbers.length === 0 || (numbers.length > 1 && !plural)) continue;
    while (sentence + 1 < sentences.length && sentences[sentence].end <= words[k].start) sentence++;
    // the body: "of (the) X" after the phrase, or the sentence's last session-holding body before it
    let end = words[k].end;
    let body: string | undefined;
    let resolved: string | undefined;
    // "of the" never ends a paragraph, nor starts one: a page break or a cut line may fall
    // before it or between it and the body's name
    // ("second regular session of 2025": a year after "of" says when, not whose)
    const of = /^\s+of[ ]+(the\s+)?(?!(?:19|20)\d\d\b)/.exec(text.slice(end, end + 40));
    if (of) {
      const at = end + of[0].length;
      const org = orgs.find((o) => o.start === at);
      const head = /^\p{Lu}\p{Ll}+/u.exec(text.slice(at, at + 30))?.[0];
      const shortForm = head && SESSION_HEADS.test(head) && !/^\S+[ ]+\p{Lu}/u.test(text.slice(at, at + 60)) && !org;
      if (org) {
        body = org.name;
        end = org.end;
      } else if (shortForm) {
        const named = lastByHead.get(head);
        end = at + head.length;
        if (named) {
          body = named.name;
          resolved = `${text.slice(words[k].end + of[0].length - (of[1]?.length ?? 0), end)} -> ${named.name}`;
        }
      } else {
        const owner = ownerEnd(at);
        if (owner) end = owner;
      }
    } else if (orgs[passed - 1] && /^\s+$/.test(text.slice(orgs[passed - 1].end, numbers[0].start))) {
      // "United Nations Network of Statistical Trainers / 2025 session": a body right before
      // the number holds the session, whatever its head
      body = orgs[passed - 1].name;
      resolved = `the body named right before it: ${body}`;
    } else {
      const s = sentences[sentence];
      // "the Commission, at its sixty-ninth session": a short form named after the last full name
      // is the subject, and stands for the last body with that head
      const from = Math.max(s?.start ?? 0, lastHolder && lastHolder.start >= (s?.start ?? 0) ? lastHolder.end : 0);
      const subject = s ? lastShortForm(text.slice(from, numbers[0].start)) : undefined;
      const bySubject = subject ? lastByHead.get(subject) : undefined;
      const named = subject ? bySubject : s && lastHolder && lastHolder.start >= s.start && lastHolder.end <= numbers[0].start ? lastHolder : undefined;
      if (named) {
        body = named.name;
        resolved = subject ? `the ${subject} -> ${named.name}` : `its sentence names ${named.name}`;
      } else if (!subject && lastHolder && numbers[0].start < HEADER_END) {
        // "General Assembly / Seventy-ninth session / Agenda item 98": a document's header names
        // the body whose session it is, on the lines before
        body = lastHolder.name;
        resolved = `the document's header names ${lastHolder.name}`;
      }
    }
    // "Fifty -sixth session", "forty eighth session": a PDF line or a writer puts a space inside the ordinal
    const tens = TENS_BEFORE.exec(text.slice(Math.max(0, numbers[0].start - 12), numbers[0].start));
    if (tens) numbers[0] = { ...numbers[0], start: numbers[0].start - tens[0].length, text: `${tens[1]}-${numbers[0].text}` };
    const nameOf = (n: Word) => (body ? `${ordinalAsWritten(n.text).toLowerCase()} ${kind === 'special' || kind === 'resumed' ? `${kind} ` : ''}session of ${/^[\p{Lu}\d-]{2,}$/u.test(body) || /^the /i.test(body) ? '' : 'the '}${body}` : undefined);
    numbers.forEach((n, i) => {
      const last = i === numbers.length - 1;
      out.push({ range: { start: n.start, end: last ? end : n.end }, name: nameOf(n), resolved });
    });
    after = end;
  }
  return out;
}

/** Heads of a name that, numbered, is a meeting rather than a body: `Second World Assembly on Ageing`. */
const NUMBERED_MEETING_HEADS = /\b(Assembly|Congress)\b/;

/**
 * Numbered meetings named through a body: an ordinal before an assembly's name (`the Second
 * World Assembly on Ageing`: the assembly met twice; `Fourth Committee` stays a body), and
 * `Nth meeting of (the) <body>` (`the first meeting of the Joint Commission on Missing Persons`).
 */
export function numberedMeetings(doc: Doc, words: readonly Word[]): Range[] {
  const text = doc.text;
  const orgStarts = new Map(entitiesOf<Org>(doc, 'organisations').map((o) => [o.start, o]));
  const out: Range[] = [];
  for (let k = 0; k < words.length; k++) {
    if (!isOrdinal(words[k].text) || text.charCodeAt(words[k].end) !== 32) continue;
    const org = orgStarts.get(words[k].end + 1);
    if (org && NUMBERED_MEETING_HEADS.test(org.name) && !/^General Assembly$/.test(org.name)) {
      out.push({ start: words[k].start, end: org.end });
      continue;
    }
    const meeting = /^ (meeting|Meeting)s? of (the )?/.exec(text.slice(words[k].end, words[k].end + 20));
    const body = meeting && orgStarts.get(words[k].end + meeting[0].length);
    if (body) out.push({ start: words[k].start, end: body.end });
  }
  return out;
}

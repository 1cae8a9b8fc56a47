import { isLetter } from '../../text/chars.js';
import type { Doc } from '../../core/doc.js';
import { locate } from '../../core/edits.js';
import { z } from 'zod';
import { withEntities } from '../../core/doc.js';
import { entityFields } from '../../core/entity-schema.js';
import { defineStage, stageFactory, type PipelineSettings } from '../../core/stage.js';
import type { Range } from '../../core/types.js';
import { acronymDefinitions } from './acronyms.js';
import { BODIES } from './bodies.js';
import { headNounNames } from '../../text/names/head-nouns.js';
import { segmentsOf } from '../../text/segments.js';
import { DOCUMENT_HEADS, EVENT_HEADS, ORG_HEADS } from '../../text/names/heads.js';
import { compromiseNames } from './compromise-source.js';
import { compoundPartyNames, foreignNames } from './foreign-names.js';
import { lowercaseHeadNames, treatyBodies } from './lowercase-heads.js';
import { AhoCorasick } from '../../gazetteer/aho-corasick.js';
import { gazetteer } from '../../resources/index.js';

export const extractOrganisationsOptions = z.strictObject({
  curated: z.boolean().default(true).describe('Also match the curated list of UN system bodies and their acronyms.'),
  compromise: z.boolean().default(false)
    .describe('Also ask compromise, in paragraphs with a cue such as `Inc.` or `Bank` (off: on the dev set it lowered organisation F1 on clean text from 0.82 to 0.80).'),
});
type ExtractOrganisationsOptions = z.output<typeof extractOrganisationsOptions>;

export const organisationSchema = z.strictObject({
  ...entityFields,
  name: z.string().min(1).describe('the fullest form the document gives'),
  acronym: z.string().optional().describe('the short form the document pairs with it'),
});
export type OrgEntity = z.output<typeof organisationSchema>;

const titleCase = (w: string) => w[0] + w.slice(1).toLowerCase();
const norm = (s: string) => s.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ').trim();
/** A heading in capitals: never chosen as a name over one written normally. */
const capitals = (n: string) => /^\p{Lu}+$/u.test(n.replace(/[^\p{L}]/gu, ''));

interface Org { name: string; acronym?: string }

/**
 * Organisations: names built on head nouns, acronyms linked to the names they expand (for the
 * whole document), and the curated UN bodies. Every mention is its own span; `name` is the
 * fullest form the document gives.
 */
function organisationExtractor(opts: ExtractOrganisationsOptions, settings: PipelineSettings) {
  const curatedByAcronym = new Map(BODIES.filter(([, a]) => a).map(([n, a]) => [a!, n]));
  const curatedNames = BODIES.map(([n]) => n).sort((a, b) => b.length - a.length);
  const curatedMatcher = new AhoCorasick([...curatedNames, ...curatedNames.map((n) => n.toUpperCase())]);
  /** Whole-word hits of curated names, longest first where they overlap. */
  const curatedHits = (text: string) => {
    const hits = curatedMatcher.search(text).filter((h) => !isLetter(text[h.start - 1]) && !isLetter(text[h.end]));
    hits.sort((a, b) => a.start - b.start || b.end - a.end);
    const out: typeof hits = [];
    for (const h of hits) if (!out.length || h.start >= out[out.length - 1].end) out.push(h);
    return out;
  };
  const places = gazetteer(settings.minCityPopulation).entries;
  const isPlace = (name: string) => places.has(name);
  const curatedSet = new Set(curatedNames);
  const curatedLower = new Set(curatedNames.map(norm));
  /** "jubbaland state assembly" is "state assembly " after one or two words, none of them "and". */
  const oneWordBefore = (full: string, key: string) => {
    if (!`${full} `.endsWith(` ${key}`)) return false;
    const before = full.slice(0, full.length - key.length + 1).trim().split(' ');
    return before.length <= 2 && !before.includes('and');
  };
  /** A meeting, a document or a year named by the acronym, unless it is a known body ("Conference of the Parties"). */
  const notABody = (name: string) => {
    const words = name.split(/\s+/);
    if (curatedSet.has(name) || words.some((w) => ORG_HEADS.has(w))) return false; // "Organization of the Islamic Conference"
    return words.some((w) => EVENT_HEADS.has(w) || DOCUMENT_HEADS.has(w) || /^(Year|Decade|Day|Week|Review|Reviews)$/.test(w));
  };
  /** "Commission on Human Rights for Afghanistan": a known body, then the place a post or a mission is for. */
  const withoutPlaceQualifier = (name: string) => {
    for (const m of name.matchAll(/ (?:for|in|to|at) (?:the )?/g)) {
      if (curatedSet.has(name.slice(0, m.index)) && places.has(name.slice(m.index + m[0].length))) return name.slice(0, m.index);
    }
    return name;
  };
  return (doc: Doc) => {
    const text = doc.text;
    const segments = segmentsOf(doc);
    const words = segments.words;
    const mentions: { range: Range; org: Org; producer: string; nested?: boolean }[] = [];
    const byName = new Map<string, Org>(); // normalised name or acronym -> org
    const orgFor = (name: string, acronym?: string): Org => {
      const key = norm(name);
      const known = byName.get(key) ?? (acronym ? byName.get(norm(acronym)) : undefined);
      const org = known ?? { name, acronym };
      if (acronym && !org.acronym) org.acronym = acronym;
      // the fullest form, and a heading in capitals never over a name written normally
      if ((name.length > org.name.length || capitals(org.name)) && !capitals(name)) org.name = name;
      byName.set(key, org);
      if (org.acronym) byName.set(norm(org.acronym), org);
      return org;
    };
    /** A mention whose text is its own name. */
    const addNamed = (range: Range, producer: string) => mentions.push({ range, org: orgFor(text.slice(range.start, range.end)), producer });
    // 1. acronym definitions tie a name and its acronym for the whole document
    for (const def of acronymDefinitions(text, words)) {
      const acronym = text.slice(def.acronym.start, def.acronym.end);
      if (notABody(text.slice(def.name.start, def.name.end))) continue; // "International Year of Deserts (IYDD)"
      const org = orgFor(text.slice(def.name.start, def.name.end), acronym);
      mentions.push({ range: def.name, org, producer: 'refiner/acronym-link' });
    }
    // 2. names built on head nouns
    const curated = opts.curated ? curatedHits(text) : [];
    const curatedStarts = new Set(curated.map((h) => h.start));
    for (const r of headNounNames(text, words, undefined, undefined, (at) => curatedStarts.has(at))) {
      if (places.has(text.slice(r.start, r.end))) continue; // "Russian Federation" is a country
      if (!r.nested) r.end = r.start + withoutPlaceQualifier(text.slice(r.start, r.end)).length;
      mentions.push({ range: { start: r.start, end: r.end }, org: orgFor(text.slice(r.start, r.end)), producer: r.nested ? 'refiner/nested-name' : 'extractor/head-noun', nested: r.nested });
    }
    // 3. the curated UN bodies, by name
    if (opts.curated) {
      for (const h of curated) {
        // a convention is a body only where it acts: named with its acronym (its other mentions then follow by acronym)
        if (/\bConvention\b/i.test(h.pattern) && !/^ \(\p{Lu}{2,}\)/u.test(text.slice(h.end, h.end + 12))) continue;
        const body = BODIES.find(([n]) => n === h.pattern || n.toUpperCase() === h.pattern);
        mentions.push({ range: { start: h.start, end: h.end }, org: orgFor(body?.[0] ?? h.pattern, body?.[1]), producer: 'extractor/curated' });
      }
      for (const r of treatyBodies(text, curated.filter((h) => / Convention /.test(h.pattern)))) addNamed(r, 'extractor/head-noun');
    }
    // names in other languages, and names whose head stays in lower case
    for (const r of [...foreignNames(text, words), ...compoundPartyNames(text, words, isPlace), ...lowercaseHeadNames(text, isPlace)]) {
      addNamed(r, 'extractor/name-pattern');
    }
    // "the UNCTAD secretariat": an organisation's acronym and its lower-case secretariat
    for (const m of text.includes(' secretariat') ? text.matchAll(/\b(\p{Lu}{2,10}) secretariat\b/gu) : []) {
      if (!opts.curated || !(curatedByAcronym.has(m[1]) || byName.has(norm(m[1])))) continue;
      addNamed({ start: m.index, end: m.index + m[0].length }, 'extractor/head-noun');
    }
    // 4. compromise, as one more source
    if (opts.compromise) {
      for (const r of compromiseNames(text, segments.paragraphs)) addNamed(r, 'extractor/compromise');
    }
    // 5. every acronym mention of a known organisation
    for (const w of words) {
      const last = w.text.charCodeAt(w.text.length - 1);
      if (w.text.length < 2 || last < 65 || (last > 90 && last < 128)) continue; // ends on a capital: cheap test first
      if (!/^\p{Lu}[\p{Lu}\p{Ll}&-]*\p{Lu}$/u.test(w.text)) continue;
      let org = byName.get(norm(w.text));
      if (!org && opts.curated && curatedByAcronym.has(w.text)) org = { name: w.text }; // never expanded here: its own name
      if (!org) continue;
      if (!byName.has(norm(w.text))) byName.set(norm(w.text), org);
      mentions.push({ range: { start: w.start, end: w.end }, org, producer: org.name === w.text ? 'extractor/curated' : 'refiner/acronym-link' });
    }
    // a short form after the full name is a variant: "the Standing Committee" after "Standing Committee on ..."
    const fullNames = [...new Set(mentions.map((m) => m.org))].map((o) => ({ o, key: norm(o.name), complement: / (of|on|for) /.test(o.name) }));
    const shortForms = new Map<string, Org[]>(); // a short form -> the full names it begins
    for (const m of mentions) {
      const t = text.slice(m.range.start, m.range.end);
      // a short form ends on its head noun ("the Standing Committee"); "United Nations" is a name of its own
      if (/ (of|on|for|to) /i.test(t) || !ORG_HEADS.has(titleCase(t.split(' ').pop()!))) continue;
      const key = `${norm(t)} `;
      let found = shortForms.get(key);
      if (!found) {
        // "the Standing Committee" begins "Standing Committee on ..."; "the State Assembly" ends "Jubbaland State Assembly"
        const size = key.trim().split(" ").length;
        // ...but a known body is never a short form: "Security Council" is not the "Peace and Security Council"
        const tail = size > 1 && !curatedLower.has(key.trim());
        found = fullNames.filter((f) => (f.complement && f.key.startsWith(key)) || (tail && oneWordBefore(f.key, key))).map((f) => f.o);
        shortForms.set(key, found);
      }
      const longer = found.filter((o) => o !== m.org);
      if (longer.length === 1) {
        m.org = longer[0];
        byName.set(norm(t), longer[0]);
      }
    }
    // "the ESCAP Commission": an acronym and the head noun of the name it stands for are that body
    for (const m of mentions) {
      const t = /^(\p{Lu}{2,10}) (\p{Lu}\p{Ll}+)$/u.exec(text.slice(m.range.start, m.range.end));
      const named = t ? byName.get(norm(t[1])) : undefined;
      if (named && named !== m.org && named.name.split(' ').includes(t![2])) {
        m.org = named;
        byName.set(norm(t![0]), named);
      }
    }
    // one organisation per acronym: the mention found first by name joins the one its acronym names
    const owner = new Map<string, Org>();
    for (const m of mentions) {
      const a = m.org.acronym;
      if (!a) continue;
      const o = owner.get(a);
      if (!o || m.org.name.length > o.name.length) owner.set(a, m.org);
    }
    for (const m of mentions) if (m.org.acronym) m.org = owner.get(m.org.acronym)!;
    // headings in capitals name the same organisations: match them to a known name
    const organisations: OrgEntity[] = [];
    // which taken mention holds each character (1-based; 0 free): overlap tests stay linear
    const holder = new Int32Array(text.length + 1);
    let held = 0;
    mentions.sort((a, b) => (b.range.end - b.range.start) - (a.range.end - a.range.start));
    for (const m of mentions) {
      const { start, end } = m.range;
      const first = holder[start];
      let clash = false;
      let same = true;
      for (let i = start; i < end; i++) {
        if (holder[i]) clash = true;
        if (holder[i] !== first) same = false;
      }
      // a name nested in a longer one ("Governing Council of the <Centre ...>") is a mention of its own
      const inside = m.nested && first > 0 && same;
      if (clash && !inside) continue;
      holder.fill(++held, start, end);
      const named = byName.get(norm(text.slice(m.range.start, m.range.end)));
      const org = (named?.acronym ? owner.get(named.acronym) : named) ?? m.org;
      organisations.push({
        ...locate(doc, m.range),
        text: text.slice(m.range.start, m.range.end),
        name: org.name,
        ...(org.acronym && org.acronym !== org.name ? { acronym: org.acronym } : {}),
        producers: [m.producer],
      });
    }
    organisations.sort((a, b) => a.start - b.start);
    return withEntities(doc, 'organisations', organisations);
  };
}

export const extractOrganisationsStage = defineStage({
  name: 'extract-organisations',
  summary: 'Organisations: names built on head nouns, acronyms linked to their expansions, curated UN bodies, names in other languages.',
  options: extractOrganisationsOptions,
  produces: { kind: 'organisations', schema: organisationSchema },
  create: organisationExtractor,
});

export const createExtractOrganisations = stageFactory(extractOrganisationsStage);

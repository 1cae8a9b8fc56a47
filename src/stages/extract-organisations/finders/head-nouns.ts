import { headNounNames } from '../../../text/names/head-nouns.js';
import { ORG_HEADS } from '../../../text/names/heads.js';
import { entitiesOf } from '../../../core/doc.js';
import type { Entity, Range } from '../../../core/types.js';
import type { Catalogue } from '../catalogue.js';
import type { OrgFinder } from '../state.js';

/**
 * "Commission on Human Rights for Afghanistan": a known body, then the place a post or a mission
 * is for. "Permanent Mission of Singapore to the United Nations in Geneva": a mission to a known
 * body, then where it sits.
 */
function withoutPlaceQualifier(name: string, catalogue: Catalogue): string {
  for (const m of name.matchAll(/ (?:for|in|to|at) (?:the )?/g)) {
    const before = name.slice(0, m.index);
    const to = m[0].startsWith(' in ') ? before.lastIndexOf(' to ') : -1;
    const body = to < 0 ? '' : before.slice(to + 4).replace(/^the /, '');
    if ((catalogue.nameSet.has(before) || catalogue.nameSet.has(body)) && catalogue.isPlace(name.slice(m.index + m[0].length))) return before;
  }
  return name;
}

/**
 * "Special Committee on Peacekeeping Operations New York, 17 February–14 March 2025": a heading
 * and its dateline run together; the place of a dateline is not the end of the name.
 */
function withoutDateline(text: string, r: Range, catalogue: Catalogue): number {
  if (!/^, \d{1,2} \p{Lu}/u.test(text.slice(r.end, r.end + 6))) return r.end;
  const name = text.slice(r.start, r.end);
  for (const m of name.matchAll(/ (?=\p{Lu})/gu)) {
    if (catalogue.isPlace(name.slice(m.index + 1)) && / (?:of|on|for) /.test(name.slice(0, m.index))) return r.start + m.index;
  }
  return r.end;
}

/** A body's short form as an addressee (`to the Council`). */
const SHORT_ADDRESSEE = /^(?:Council|Assembly|Commission|Committee|Board|Conference|Secretariat)$/;

/**
 * "Report of the Disarmament Commission to the General Assembly", "observer status for the African
 * Export-Import Bank in the General Assembly": a known body after "to" or "in" is where a report
 * goes or a status holds, not part of the name; a mission to a body is named by it.
 */
function withoutAddressee(name: string, catalogue: Catalogue): string {
  for (const m of name.matchAll(/ (?:to|in) the /g)) {
    const before = name.slice(0, m.index);
    if (/\b(?:Mission|Delegation|Representation|Observer|Office|Liaison)\b/.test(before)) return name;
    const rest = name.slice(m.index + m[0].length);
    // (or a body's short form, which a name never ends on: "... on HIV/AIDS to the Council")
    if (catalogue.nameSet.has(rest) || SHORT_ADDRESSEE.test(rest)) return before;
  }
  return name;
}

/** Heads of a country's own bodies: `Ministry of Foreign Affairs` of some country. */
const NATIONAL_HEAD = /^(?:\p{Lu}\p{Ll}+ ){0,3}(?:Ministry|Office|Department|Directorate|Institute|Agency) (?:of|for|on) /u;

/**
 * "Ministry of Foreign Affairs of the Sudan", "Office for Kosovo and Metohija of the Government of
 * Serbia": a national body named by its complement, then the country it belongs to, which is a
 * place of its own. Not a place that is longer on the left ("... on the Democratic Republic of
 * the Congo") or the complement of another head ("... at University of Copenhagen").
 */
function withoutCountry(name: string, catalogue: Catalogue): string {
  const head = NATIONAL_HEAD.exec(name);
  if (!head) return name;
  for (const m of name.slice(head[0].length).matchAll(/ of (?:the )?(?:Government of (?:the )?)?/g)) {
    const at = head[0].length + m.index;
    const before = name.slice(0, at);
    if (!catalogue.isPlace(name.slice(at + m[0].length)) || ORG_HEADS.has(before.slice(before.lastIndexOf(' ') + 1))) continue;
    const words = [...before.matchAll(/ /g)].map((w) => w.index + 1);
    if (words.some((k) => catalogue.isPlace(name.slice(k).replace(/^the /, '')))) continue;
    return before;
  }
  return name;
}

/**
 * "the High Commissioner for Human Rights General Assembly Official Records" (a title page run
 * together): capitalised words after a connector are the complement of what went before, not
 * pre-modifiers of the known body that follows them. Returns where the name starts.
 */
function withoutForeignPremodifiers(text: string, r: Range, curated: readonly Range[]): number {
  if (!/\b(?:for|of|on|to) $/.test(text.slice(Math.max(0, r.start - 4), r.start))) return r.start;
  if (curated.some((c) => c.start === r.start)) return r.start; // "of United Nations Security Council resolution 1325"
  const inner = curated.find((c) => c.start > r.start && c.start < r.end && c.end <= r.end);
  return inner ? inner.start : r.start;
}

const TERRITORIAL_DEPARTMENT = /^(\p{Lu}[\p{L}’'-]+) Department$/u;
const COMPASS = /^(?:North|South|East|West|Centre|Center)(?:-(?:East|West))?$/;

/** Names built on a head noun (`Ministry of Justice`, `Committee on ...`); a complement stops before a curated name. */
export const headNounFinder: OrgFinder = {
  id: 'extract-organisations/head-noun',
  find: (s) => {
    const curatedEnds = new Map(s.curated.map((h) => [h.start, h.end]));
    // places found by then are known names too: "of the Russian Federation" holds a head of its own
    const places = entitiesOf<Entity & { kind?: string }>(s.doc, 'places');
    const placeEnds = new Map(places.map((p) => [p.start, p.end]));
    const countries = new Set(places.filter((p) => p.kind === 'country' || p.kind === 'territory').map((p) => p.start));
    const cities = new Set(places.filter((p) => p.kind === 'city').map((p) => p.start));
    for (const r of headNounNames(s.text, s.words, undefined, undefined, (at) => curatedEnds.get(at), (at) => placeEnds.get(at), s.capitals,
      (at) => countries.has(at), (at) => cities.has(at))) {
      if (!r.nested) r.start = withoutForeignPremodifiers(s.text, r, s.curated);
      if (s.catalogue.isPlace(s.text.slice(r.start, r.end))) continue; // "Russian Federation" is a country
      // "the withdrawal by the Russian Federation of Its Forces": a country, then a complement of something else
      const of = / of /i.exec(s.text.slice(r.start, r.end));
      if (of && s.catalogue.isPlace(s.text.slice(r.start, r.start + of.index))) continue;
      const listed = /^([^,]+), /.exec(s.text.slice(r.start, r.end));
      if (listed && s.catalogue.isPlace(listed[1])) continue; // "Cabo Verde, Canada, ... and Russian Federation": a list of countries
      if (!r.nested) {
        // where a place or a known body qualifies the name, its country is not looked for
        const name = s.text.slice(r.start, r.end);
        const qualified = withoutPlaceQualifier(name, s.catalogue);
        r.end = r.start + (qualified !== name ? qualified : withoutCountry(name, s.catalogue)).length;
        r.end = withoutDateline(s.text, r, s.catalogue);
      }
      r.end = r.start + withoutAddressee(s.text.slice(r.start, r.end), s.catalogue).length;
      // what the cuts leave may be a place or a bare head ("Committee to the General Assembly")
      const left = s.text.slice(r.start, r.end);
      if (!left.includes(' ') || s.catalogue.isPlace(left)) continue;
      // "Artibonite Department", "North-East Department": a department named by a place or a point
      // of the compass alone is a country's territorial division (Haiti's, Colombia's), no body
      const division = TERRITORIAL_DEPARTMENT.exec(left);
      if (division && (COMPASS.test(division[1]) || s.catalogue.isPlace(division[1]))) continue;
      s.mentions.push({
        range: { start: r.start, end: r.end }, org: s.orgFor(s.text.slice(r.start, r.end)),
        producer: r.nested ? 'refiner/nested-name' : 'extractor/head-noun', nested: r.nested,
      });
    }
  },
};

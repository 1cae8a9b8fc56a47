// (the English locale alone: the package's index loads all 16 locales, 266 modules, at start-up)
import * as chrono from 'chrono-node/en';
import type { Doc } from '../../core/doc.js';
import { locate } from '../../core/edits.js';
import { z } from 'zod';
import { withEntities, withMessages } from '../../core/doc.js';
import { collectMessages } from '../../core/messages.js';
import { dateValue, entityFields } from '../../core/entity-schema.js';
import { defineStage, stageFactory } from '../../core/stage.js';
import { segmentsOf } from '../../text/segments.js';
import { bareYearParser } from './parsers/bare-year.js';
import { crossMonthRangeParser } from './parsers/cross-month-range.js';
import { dayAndDayParser } from './parsers/day-and-day.js';
import { dayListParser } from './parsers/day-list.js';
import { monthAloneParser } from './parsers/month-alone.js';
import { decadeParser } from './parsers/decade.js';
import { monthRangeParser } from './parsers/month-range.js';
import { monthYearParser } from './parsers/month-year.js';
import { partOfYearParser } from './parsers/part-of-year.js';
import { yearRangeParser } from './parsers/year-range.js';
import { closestYearRefiner } from './refiners/closest-year.js';
import { notInSymbolsRefiner } from './refiners/not-in-symbols.js';
import { preferLongestRefiner } from './refiners/prefer-longest.js';
import { trimPrepositionRefiner } from './refiners/trim-preposition.js';
import { validDatesRefiner } from './refiners/valid-dates.js';
import { rangeValue } from './value.js';
import { LOOK_BACK, type WindowOption } from './look-back.js';
import { dateWindows } from './windows.js';

export const extractDatesOptions = z.strictObject({
  bareYears: z.boolean().default(true).describe('Read bare years (`in 2008`, `the 2030 Agenda`).'),
  inferYears: z.boolean().default(true).describe('Resolve day-month dates without a year from the text before them, marked `inferred`.'),
});
type ExtractDatesOptions = z.output<typeof extractDatesOptions>;

export const dateSchema = z.strictObject({
  ...entityFields,
  value: dateValue.describe('`YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or `START/END`'),
  inferred: z.boolean().optional().describe('the year is not written: it comes from the document'),
});
export type DateEntity = z.output<typeof dateSchema>;

// The strict parsers that read formal dates; times, weekdays, durations and slash dates are not
// dates in these reports (`52/211` is a resolution), so they are left out.
const KEEP = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthDayParser', 'ISOFormatParser']);
// The refiners that act on what those parsers find: the others merge times, weekdays and
// relative dates no parser above reads, or read time zones (`12 May 2024 CST` is no time: `CST` is
// a committee), and each is run over every window.
const KEEP_REFINERS = new Set(['OverlapRemovalRefiner', 'ENExtractYearSuffixRefiner', 'ENMergeDateRangeRefiner']);
const WORTH_PARSING = /\b(?:19|20)\d\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

// The parsers that read a date with no month name in it; the others need one (`May`, `Oct.`).
const YEAR_PARSERS = new Set<chrono.Parser>([yearRangeParser, decadeParser, partOfYearParser, bareYearParser]);
const YEAR_KEEP = new Set(['ENYearMonthDayParser', 'ISOFormatParser']);

interface DateParsers {
  all: chrono.Chrono;
  /** The same parsers and refiners less those that need a month name, in the same order: for windows that name no month. */
  years: chrono.Chrono;
}

function buildChrono(opts: ExtractDatesOptions): DateParsers {
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => KEEP.has(p.constructor.name));
  c.parsers.push(crossMonthRangeParser, monthRangeParser, dayAndDayParser, monthAloneParser, dayListParser, monthYearParser, yearRangeParser, decadeParser, partOfYearParser);
  if (opts.bareYears) c.parsers.push(bareYearParser);
  c.refiners = c.refiners.filter((r) => KEEP_REFINERS.has(r.constructor.name));
  c.refiners.push(validDatesRefiner, trimPrepositionRefiner, notInSymbolsRefiner, preferLongestRefiner, closestYearRefiner);
  const years = c.clone();
  years.parsers = c.parsers.filter((p) => YEAR_PARSERS.has(p) || YEAR_KEEP.has(p.constructor.name));
  return { all: c, years };
}

/** Dates of a document, as chrono and our parsers read them paragraph by paragraph. */
function extractDates(doc: Doc, parsers: DateParsers, opts: ExtractDatesOptions): Doc {
  const parser = parsers.all;
  const dates: DateEntity[] = [];
  const { report, messages } = collectMessages('extract-dates');
  // The document's own date (its header) dates what it reports; failing that, the last full date.
  // A scan may misread a year's digit (`2028` for `2025`), and every date the year is inferred for
  // would take it: there a date dates others only if the document writes its year again.
  const scan = doc.profile?.kind === 'ocr';
  const trusted = scan ? writtenTwice(doc.text) : () => true;
  const { first, header } = documentDate(parser, doc.text, trusted);
  if (first && first !== header) {
    report('extract-dates/untrusted-year', { start: first.index, end: first.index + first.text.length },
      "a scan writes this header date's year nowhere else (a misread digit?): years are not inferred from it", first.text, header ? header.start.date().toISOString().slice(0, 10) : undefined);
  }
  const shred = !header && scan ? headerMonth(parser, doc.text, trusted) : undefined;
  if (shred) {
    report('extract-dates/header-month', { start: shred.index, end: shred.index + shred.text.length },
      "the header date's day is unreadable: years are inferred from its month and year", shred.text, shred.start.date().toISOString().slice(0, 7));
  }
  const headerDate = header?.start.date() ?? shred?.start.date();
  let reference: Date | undefined = headerDate;
  for (const para of segmentsOf(doc).paragraphs) {
    const text = doc.text.slice(para.start, para.end);
    if (!WORTH_PARSING.test(text)) continue;
    // every window of the paragraph is read against the reference the paragraph starts with
    const found: { r: chrono.ParsedResult; at: number }[] = [];
    const ref = reference ?? new Date(2000, 0, 1);
    for (const w of dateWindows(text)) {
      const option: WindowOption = { before: text.slice(Math.max(0, w.start - LOOK_BACK), w.start) };
      for (const r of (w.months ? parsers.all : parsers.years).parse(text.slice(w.start, w.end), ref, option)) found.push({ r, at: para.start + w.start });
    }
    for (const { r, at } of found) {
      const certainYear = r.start.isCertain('year') || !!r.end?.isCertain('year');
      if (!certainYear && (!opts.inferYears || !reference)) continue;
      const range = { start: at + r.index, end: at + r.index + r.text.length };
      const producers = ['extractor/chrono'];
      for (const t of r.tags?.() ?? []) if (t.startsWith('parser/')) producers.push(`parser/chrono-${t.slice(7)}`);
      const value = rangeValue(r.start, r.end ?? null);
      // built field by field (spreading the located range cost as much as the rest of this loop)
      const { start, end, source } = locate(doc, range);
      dates.push(certainYear ? { start, end, source, text: r.text, value, producers } : { start, end, source, text: r.text, value, inferred: true, producers });
      if (!certainYear) {
        report('extract-dates/inferred-year', range, headerDate ? "the year is the document's own (its header date)" : 'the year is that of the last full date before it', r.text, value);
      }
      if (!headerDate && certainYear && r.start.isCertain('day') && trusted((r.end ?? r.start).get('year')!) && !citesDocument(doc.text, range.end)) reference = (r.end ?? r.start).date();
    }
  }
  return withMessages(withEntities(doc, 'dates', dates), messages);
}

/** Dates with chrono, extended by our own parsers and refiners; paragraphs without a month or year are skipped. */
export const extractDatesStage = defineStage({
  name: 'extract-dates',
  summary: "Dates: chrono-node's strict parsers plus our own parsers and refiners; years inferred from the document.",
  options: extractDatesOptions,
  produces: { kind: 'dates', schema: dateSchema },
  create: (opts) => {
    const parser = buildChrono(opts);
    return (doc) => extractDates(doc, parser, opts);
  },
});

export const createExtractDates = stageFactory(extractDatesStage);

/** The first full date in the header (the first 1,500 characters), as `Distr. GENERAL 10 July 2007` gives it, of a year to trust. */
function documentDate(parser: chrono.Chrono, text: string, trusted: (year: number) => boolean): { first?: chrono.ParsedResult; header?: chrono.ParsedResult } {
  const full = parser.parse(text.slice(0, 1500)).filter((x) => x.start.isCertain('day') && x.start.isCertain('year') && !x.end && !citesDocument(text, x.index + x.text.length));
  return { first: full[0], header: full.find((x) => trusted(x.start.get('year')!)) };
}

/**
 * A scan's header date whose day the OCR misread (`Distr.: General 6A January 2025`) still gives
 * its month and year: the month-year right after a short shred with a digit in it, of a year to trust.
 */
function headerMonth(parser: chrono.Chrono, text: string, trusted: (year: number) => boolean): chrono.ParsedResult | undefined {
  const head = text.slice(0, 1500);
  return parser.parse(head).find((x) => !x.end && x.start.isCertain('month') && x.start.isCertain('year') && !x.start.isCertain('day')
    && trusted(x.start.get('year')!) && DAY_SHRED.test(head.slice(Math.max(0, x.index - 8), x.index)));
}
// a token of one to three characters with a digit, then the month: what is left of a misread day
const DAY_SHRED = /(?:^|\s)(?=\S{0,2}\d)\S{1,3}\s+$/;

/** Is a year written at least twice in the text (as four digits of their own: `2025`, `S/2025/54`)? */
function writtenTwice(text: string): (year: number) => boolean {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/(?<!\d)(?:1[6-9]|20)\d\d(?!\d)/g)) counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  return (year) => (counts.get(String(year)) ?? 0) >= 2;
}

/**
 * Is the date that ends here the date of a document it cites, its symbol right after it (`the
 * statement of 26 November 2008 (S/PRST/2008/44)`)? Such a date is when that document was issued,
 * not when the one at hand was, nor the time its narrative has reached.
 */
function citesDocument(text: string, end: number): boolean {
  return CITED_SYMBOL.test(text.slice(end, end + 16));
}
const CITED_SYMBOL = /^,?\s*\(\s*[A-Z][A-Za-z.]{0,9}\/[A-Z0-9]/;

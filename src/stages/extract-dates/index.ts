import * as chrono from 'chrono-node';
import type { Doc } from '../../core/doc.js';
import { locate } from '../../core/edits.js';
import { resolveOptions, type Transform } from '../../core/stage.js';
import type { DateEntity } from '../../core/types.js';
import { segmentsOf } from '../../text/segments.js';
import { bareYearParser } from './parsers/bare-year.js';
import { dayAndDayParser } from './parsers/day-and-day.js';
import { dayListParser } from './parsers/day-list.js';
import { decadeParser } from './parsers/decade.js';
import { monthRangeParser } from './parsers/month-range.js';
import { monthYearParser } from './parsers/month-year.js';
import { yearRangeParser } from './parsers/year-range.js';
import { notInSymbolsRefiner } from './refiners/not-in-symbols.js';
import { preferLongestRefiner } from './refiners/prefer-longest.js';
import { trimPrepositionRefiner } from './refiners/trim-preposition.js';
import { validDatesRefiner } from './refiners/valid-dates.js';
import { rangeValue } from './value.js';

export interface ExtractDatesOptions {
  /** Read bare years (`in 2008`, `the 2030 Agenda`). Default `true`. */
  bareYears: boolean;
  /** Resolve day-month dates without a year from the text before them, marked `inferred`. Default `true`. */
  inferYears: boolean;
}

export const extractDatesDefaults: ExtractDatesOptions = { bareYears: true, inferYears: true };

// The strict parsers that read formal dates; times, weekdays, durations and slash dates are not
// dates in these reports (`52/211` is a resolution), so they are left out.
const KEEP = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENYearMonthDayParser', 'ISOFormatParser']);
const WORTH_PARSING = /\b(?:19|20)\d\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/i;

function buildChrono(opts: ExtractDatesOptions): chrono.Chrono {
  const c = chrono.strict.clone();
  c.parsers = c.parsers.filter((p) => KEEP.has(p.constructor.name));
  c.parsers.push(monthRangeParser, dayAndDayParser, dayListParser, monthYearParser, yearRangeParser, decadeParser);
  if (opts.bareYears) c.parsers.push(bareYearParser);
  c.refiners = c.refiners.filter((r) => r.constructor.name !== 'UnlikelyFormatFilter');
  c.refiners.push(validDatesRefiner, trimPrepositionRefiner, notInSymbolsRefiner, preferLongestRefiner);
  return c;
}

/** Dates with chrono, extended by our own parsers and refiners; paragraphs without a month or year are skipped. */
export function createExtractDates(options?: Partial<ExtractDatesOptions>): Transform {
  const opts = resolveOptions('extract-dates', extractDatesDefaults, options);
  const parser = buildChrono(opts);
  return (doc: Doc) => {
    const dates: DateEntity[] = [];
    // The document's own date (its header) dates what it reports; failing that, the last full date.
    let reference: Date | undefined = documentDate(parser, doc.text);
    const fixedReference = reference !== undefined;
    for (const para of segmentsOf(doc).paragraphs) {
      const text = doc.text.slice(para.start, para.end);
      if (!WORTH_PARSING.test(text)) continue;
      for (const r of parser.parse(text, reference ?? new Date(2000, 0, 1))) {
        const certainYear = r.start.isCertain('year') || !!r.end?.isCertain('year');
        if (!certainYear && (!opts.inferYears || !reference)) continue;
        const range = { start: para.start + r.index, end: para.start + r.index + r.text.length };
        const tags = [...(r.tags?.() ?? [])].filter((t) => t.startsWith('parser/')).map((t) => t.replace('parser/', 'parser/chrono-'));
        dates.push({
          ...locate(doc, range),
          text: r.text,
          value: rangeValue(r.start, r.end ?? null),
          ...(certainYear ? {} : { inferred: true }),
          producers: ['extractor/chrono', ...tags],
        });
        if (!fixedReference && certainYear && r.start.isCertain('day')) reference = (r.end ?? r.start).date();
      }
    }
    return { ...doc, dates };
  };
}

/** The first full date in the header (the first 1,500 characters), as `Distr. GENERAL 10 July 2007` gives it. */
function documentDate(parser: chrono.Chrono, text: string): Date | undefined {
  const head = text.slice(0, 1500);
  const r = parser.parse(head).find((x) => x.start.isCertain('day') && x.start.isCertain('year') && !x.end);
  return r?.start.date();
}

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { bareYearParser } from '../../src/stages/extract-dates/parsers/bare-year.js';
import { crossMonthRangeParser } from '../../src/stages/extract-dates/parsers/cross-month-range.js';
import { dayAndDayParser } from '../../src/stages/extract-dates/parsers/day-and-day.js';
import { dayListParser } from '../../src/stages/extract-dates/parsers/day-list.js';
import { decadeParser } from '../../src/stages/extract-dates/parsers/decade.js';
import { monthAloneParser } from '../../src/stages/extract-dates/parsers/month-alone.js';
import { monthRangeParser } from '../../src/stages/extract-dates/parsers/month-range.js';
import { monthYearParser } from '../../src/stages/extract-dates/parsers/month-year.js';
import { yearRangeParser } from '../../src/stages/extract-dates/parsers/year-range.js';
import { MONTH_START, MONTH_WORD } from '../../src/text/months.js';
import { ORDINAL } from '../../src/text/ordinals.js';

const here = path.dirname(fileURLToPath(import.meta.url));
const src = path.join(here, '..', '..', 'src');

interface Literal { file: string; line: number; source: string; flags: string; bounded: boolean }

/** Every regular-expression literal in src/, and whether a `redos: bounded` note stands just above it. */
function literals(): Literal[] {
  const out: Literal[] = [];
  for (const rel of readdirSync(src, { recursive: true }).map(String).filter((f) => f.endsWith('.ts'))) {
    const text = readFileSync(path.join(src, rel), 'utf8');
    const lines = text.split('\n');
    const sf = ts.createSourceFile(rel, text, ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const lit = node.getText(sf);
        const cut = lit.lastIndexOf('/');
        const line = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line;
        const bounded = lines.slice(Math.max(0, line - 2), line + 1).some((l) => /\/\/ redos: bounded, /.test(l));
        out.push({ file: rel, line: line + 1, source: lit.slice(1, cut), flags: lit.slice(cut + 1), bounded });
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

// The checker looks for inputs that make backtracking super-linear; `g` and `y` do not change that.
// Its own time limit (10 s) gives `unknown` for a long pattern on a machine busy with the other
// test files: a safe literal took 8 s there. The verdict, not the clock, is what this test asks.
const verdict = (source: string, flags: string) => checkSync(source, flags.replace(/[gy]/g, ''), { timeout: 60_000 }).status;

describe('regular expressions run in linear time on any input', () => {
  it('the checker (recheck) tells a catastrophic expression from a safe one', () => {
    expect(verdict('^(a+)+$', '')).toBe('vulnerable');
    expect(verdict('[.,;:]+$', '')).toBe('vulnerable');
    expect(verdict('(?<![.,;:])[.,;:]+$', '')).toBe('safe');
  });

  it('every literal in src/ is safe, or is only ever run on a bounded slice and says so', () => {
    const all = literals();
    expect(all.length).toBeGreaterThan(300);
    const unsafe = all
      .filter((l) => !l.bounded)
      .map((l) => ({ at: `${l.file}:${l.line}`, re: `/${l.source}/${l.flags}`, status: verdict(l.source, l.flags) }))
      .filter((r) => r.status !== 'safe');
    expect(unsafe).toEqual([]);
  }, 300_000);

  // Built at run time from word lists, so no literal shows them: the date parsers run on every
  // paragraph. A bounded one is named with its bound (the checker unrolls bounded repetitions and
  // reports a polynomial it cannot reach: 20,000 and 200,000 listed days take 25 and 243 ms).
  const BUILT: [string, RegExp, string?][] = [
    ...Object.entries({ bareYearParser, crossMonthRangeParser, dayAndDayParser, decadeParser, monthAloneParser, monthRangeParser, monthYearParser, yearRangeParser })
      .map(([name, p]): [string, RegExp] => [name, (p.pattern as () => RegExp)()]),
    ['dayListParser', (dayListParser.pattern as () => RegExp)(), 'its lookahead reads 31 listed days at most'],
    ['MONTH_START', MONTH_START], ['MONTH_WORD', MONTH_WORD], ['ORDINAL', ORDINAL],
  ];
  it.each(BUILT.filter(([, , bound]) => !bound))('the built expression %s is safe', (_name, re) => {
    expect(verdict(re.source, re.flags)).toBe('safe');
  });
  it.each(BUILT.filter(([, , bound]) => bound))('the built expression %s is bounded: only counted repetitions around its unbounded parts', (_name, re) => {
    // every unbounded repetition (`*`, `+`) sits outside the lookahead, which only counted ones may enter
    const ahead = re.source.slice(re.source.indexOf('(?='));
    expect(ahead).not.toMatch(/(?<!\\)[*+]/);
  });
});

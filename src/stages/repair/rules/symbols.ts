import type { Edit } from '../../../core/types.js';
import type { RepairContext } from '../context.js';
import type { RepairRule } from '../rule.js';

// What follows the series letter in UN document symbols: `A/C.4/`, `A/AC.109/`, `A/CONF.171/`,
// `E/CN.9/`, `S/RES/`. Only before one of these is a V, I, Y or bar read for the slash.
const BODY = String.raw`(?:C\.\d|C[.-]?A\/|AC\.\d|CONF\.|CN\.\d|RES\/|PRST\/|ESCAP\/|HLPF\/|INF\/)`;
const SLASH = new RegExp(String.raw`^([AES])[VIY|\\](?=${BODY})`);

/**
 * The slashes and dots of document symbols, misread: `AVCONF.171` -> `A/CONF.171`, `EICN.9/2025/1`
 * -> `E/CN.9/2025/1`, `A/C-4/52/2` -> `A/C.4/52/2`, `A/CA/52/SR.5` -> `A/C.4/52/SR.5` (a Main
 * Committee's `.4` read as `A`), `$-21/2` -> `S-21/2`. Digits inside their segments are
 * `repair/digits`' work.
 */
export function symbolRepairs(ctx: RepairContext): Edit[] {
  const edits: Edit[] = [];
  for (const t of ctx.tokens) {
    const core = t.core;
    if (core.length < 5 || !/^[AES$][A-Z\/|\\-]/.test(core)) continue;
    const fixed = core
      .replace(SLASH, '$1/')
      .replace(/^A\/C(?:-|\.?A(?=\/))(\d?)/, (_m, d: string) => `A/C.${d || '4'}`)
      .replace(/^\$(?=-\d)/, 'S');
    if (fixed !== core && /^[AES]\/[A-Za-z0-9.\/-]+$|^S-\d/.test(fixed)) {
      edits.push({ range: { start: t.coreStart, end: t.coreStart + core.length }, text: fixed, rule: 'repair/symbol' });
    }
  }
  return edits;
}

export const symbolRule: RepairRule = { id: 'repair/symbol', apply: symbolRepairs };

declare module '../../../core/rule-ids.js' {
  interface EditRuleIds {
    'repair/symbol': true;
  }
}

import type { GarbleRule } from './rule.js';

/** rmgarbage L: real words rarely run past 20 characters; OCR that lost the spaces does. */
export const longToken: GarbleRule = {
  id: 'long-token',
  weigh: ({ core }) => (core.length > 20 && !/[-/]/.test(core) ? 0.7 : 0),
};

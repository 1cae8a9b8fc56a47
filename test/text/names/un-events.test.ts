import { describe, expect, it } from 'vitest';
import { lowerCaseEvents } from '../../../src/text/names/un-events.js';

const found = (text: string) => lowerCaseEvents(text).map((r) => text.slice(r.start, r.end));

describe('lowerCaseEvents', () => {
  it.each([
    ['the high-level political forum on sustainable development met', ['high-level political forum on sustainable development']],
    ['High-level political forum. The high level political forum', ['High-level political forum', 'high level political forum']],
    // the longer name holds the shorter one
    ['the 2024 high-level political forum on sustainable development and the high-level political forum', ['high-level political forum on sustainable development', 'high-level political forum']],
    // a letter whose lower case is longer before the name (`İ` -> `i̇`) moves no offset
    ['In İstanbul and at the high-level political forum', ['high-level political forum']],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));

  it.each([
    'a high-level political forum of ministers',
    'the High-Level Political Forum',
    'non-high-level political forums',
  ])('none in: %s', (text) => expect(found(text)).toEqual([]));
});

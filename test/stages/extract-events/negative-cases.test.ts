import { describe, expect, it } from 'vitest';
import { createExtractEvents } from '../../../src/stages/extract-events/index.js';
import { createExtractOrganisations } from '../../../src/stages/extract-organisations/index.js';
import { ctx, docOf, entities, extractAll } from '../../helpers.js';

const run = (text: string) => entities(createExtractEvents()(createExtractOrganisations()(docOf(text), ctx), ctx), 'events').map((e) => e.text);

/** Bodies named like meetings, bare common nouns, documents, sessions without an ordinal: no events. */
const NONE = [
  // bodies named Conference, also inside a heading or where a bad scan cut the word short
  'TD United Nations Conference on Trade and Development Distr. GENERAL',
  'to the Conference of the Parti and to the Secretary-General',
  'the Conference of the Parties decided',
  'with respect to Conference of the States Parties decision C-25/DEC.9',
  'the United Nations Conference on Trade and Development (UNCTAD) reported',
  'the Conference, the Forum and the meeting',
  'the Report of the Conference and the Declaration',
  'during the session and the next session',
  // standing bodies named Forum
  'the Permanent Forum on Indigenous Issues and the United Nations Forum on Forests reported',
  'World Economic Forum, Global Risks Report 2025; noting the work of the Climate Vulnerable Forum',
  'the Permanent Representative of India to the Conference on Disarmament gave a briefing',
  // numbers that are no list of sessions, and numbered bodies
  'In 2024 and 2025, the session was held in Geneva.',
  'the Fourth Committee and the Second Committee met',
  'paragraphs 3, 4 and 5 session records',
  // any forum of the kind (after an indefinite article), and the words inside longer words
  'they proposed a high-level political forum of ministers; a non-high-level political forums list',
  // a bureau named by its board holds no sessions of it: the session has no body, far past the header
  `${'The draft was long. '.repeat(40)}The Board Bureau agreed that the policy goes to the Board no later than the first regular session of 2025.`,
];
describe('extract-events finds no event in', () => {
  it.each(NONE)('%s', (text) => expect(run(text)).toEqual([]));
});

describe("a report's heading after a conference's name is no part of the conference's", () => {
  it('Follow-up to the Fifth United Nations Conference on the Least Developed Countries Report of the Secretary-General', () => {
    const doc = extractAll('Follow-up to the Fifth United Nations Conference on the Least Developed Countries Report of the Secretary-General Summary');
    expect(entities(doc, 'events').map((e) => e.text)).toEqual(['Fifth United Nations Conference on the Least Developed Countries']);
  });
});

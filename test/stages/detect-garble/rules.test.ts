import { describe, expect, it } from 'vitest';
import { englishCharModel } from '../../../src/resources/index.js';
import { Knowledge } from '../../../src/lexicon/knowledge.js';
import { GARBLE_RULES } from '../../../src/stages/detect-garble/rules/index.js';
import type { RuleContext } from '../../../src/stages/detect-garble/rules/rule.js';
import { tokenize } from '../../../src/text/tokens.js';
import { isProtected } from '../../../src/text/protected.js';

const ctx: RuleContext = {
  knowledge: new Knowledge({ vocabulary: new Map(), acronyms: new Set(['UNSMA']), bigrams: new Map() }),
  lm: englishCharModel(),
  docCounts: new Map(),
  lmFloor: -1.45,
};
const fired = (text: string) => {
  const [token] = tokenize(text);
  return GARBLE_RULES.filter((r) => r.weigh(token, ctx) > 0).map((r) => r.id).sort();
};

describe('garble rules fire on what they describe', () => {
  const cases: [string, string[]][] = [
    ['Internationalizationalizing', ['long-token', 'unknown-word']],
    ['aaaargh', ['repeated-chars', 'unknown-word']],
    ['oyGf', ['mixed-case', 'unknown-word']],
    ['Ministra332', ['inner-punctuation']],
    ['de%v', ['inner-punctuation']],
    ['bcdfg', ['unknown-word', 'vowels']],
    ['$#@!', ['punctuation-ratio']],
    ['\\mathbb{M}', ['inner-punctuation', 'markup-residue']],
    ['xqztvw', ['unknown-word', 'vowels']],
  ];
  // exactly these rules fire: no other rule's evidence is hidden
  it.each(cases)('%s -> %j', (text, ids) => expect(fired(text)).toEqual([...ids].sort()));
});

describe('protected tokens', () => {
  const cases = ['A/52/682', 'S/1997/894', '52/211', 'E/CN.5/2025/4', '1,234.5', '25%', 'III', '(iv)', '11th', 'info@un.org', 'https://www.unescap.org', '2006-2007', '(a),'];
  it.each(cases)('%s is protected', (t) => {
    const [tok] = tokenize(t);
    expect(isProtected(tok.text, tok.core)).toBe(true);
  });
});

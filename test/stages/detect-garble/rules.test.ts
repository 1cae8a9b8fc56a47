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

describe('a per-document rule is weighed once per batch only where the document does not matter', () => {
  const counts = (core: string, n: number): RuleContext => ({ ...ctx, docCounts: new Map([[core, n]]) });
  const perDocument = GARBLE_RULES.filter((r) => r.perDocument);
  const cases = ['XQZT', 'XQZTs', 'Committee', 'bcdfg', 'Brahimi', 'ÉCOSOC', 'x', 'eommittee', 'UNSMA', 'Ngobi’s'];
  it.each(cases)('%s', (text) => {
    const [token] = tokenize(text);
    for (const rule of perDocument) {
      const once = rule.weigh(token, counts(token.core, 1));
      const often = rule.weigh(token, counts(token.core, 5));
      // where the rule says the batch's weight holds, the document's counts change nothing
      if (rule.sameInEveryDocument?.(token)) expect(often).toBe(once);
    }
  });

  it('an acronym the document writes once and one it writes often weigh differently, so they are weighed per document', () => {
    const [token] = tokenize('XQZT');
    const rule = GARBLE_RULES.find((r) => r.id === 'unknown-word')!;
    expect(rule.weigh(token, counts('XQZT', 1))).toBeGreaterThan(0);
    expect(rule.weigh(token, counts('XQZT', 2))).toBe(0);
    expect(rule.sameInEveryDocument?.(token)).toBe(false);
  });
});

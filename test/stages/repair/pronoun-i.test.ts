import { describe, expect, it } from 'vitest';
import { editsBy, repairedAs } from '../../helpers.js';

describe('repair/pronoun-i', () => {
  it.each([
    ['The letter reads: 1 have the honour to write.', 'The letter reads: I have the honour to write.'],
    ['He left, and 1 will follow him.', 'He left, and I will follow him.'],
    ['That is all. 1 am grateful.', 'That is all. I am grateful.'],
    ['the place that 1 know best', 'the place that I know best'],
    // a line that began with it, reflowed: a form only "I" takes is enough
    ['upon the ground 1 am laid', 'upon the ground I am laid'],
  ])('%s', (text, expected) => {
    const doc = repairedAs(text);
    expect(doc.text).toBe(expected);
    expect(editsBy(doc, 'repair/pronoun-i')).toEqual(['1>I']);
  });
});

describe('repair/pronoun-i in a document that writes "I" often', () => {
  // three reads on evidence of their own make the weaker ones (a verb general English writes after
  // "I" a few times only, after a word that says nothing) the pronoun too
  const often = 'That is all. 1 am glad. He left, and 1 will follow. Then 1 have seen it.';
  it('reads a bare 1 before a verb "I" takes', () => {
    const doc = repairedAs(`${often} The rain is cold 1 fear, and the wind 1 swear is worse.`);
    expect(doc.text).toBe('That is all. I am glad. He left, and I will follow. Then I have seen it. The rain is cold I fear, and the wind I swear is worse.');
  });
  it('needs three reads on evidence of their own', () => {
    expect(repairedAs('That is all. 1 am glad. He left, and 1 will follow. The rain is cold 1 fear.').text).toContain('cold 1 fear');
  });
  it('keeps a number after a word that numbers what follows', () => {
    expect(repairedAs(`${often} We read chapter 1 hope and fear.`).text).toContain('chapter 1 hope');
  });
  it('reads a bare 1 before a verb too rare for the word pairs', () => {
    expect(repairedAs(`${often} Thou knowest 1 abhor the cold.`).text).toContain('Thou knowest I abhor the cold.');
  });
  it('keeps a 1 before a word that follows "one" and never "I", however often the document writes "I"', () => {
    expect(repairedAs(`${often} The wind took 1 million leaves.`).text).toContain('took 1 million leaves');
  });
});

describe('repair/pronoun-i reads its contractions', () => {
  it.each([
    ["and l'Il come", "and I'll come"],
    ['so l’il go', 'so I’ll go'],
    ["l'm here and 1'll stay", "I'm here and I'll stay"],
    // the last word of the text too
    ["and so l'Il", "and so I'll"],
  ])('%s', (text, expected) => expect(repairedAs(text).text).toBe(expected));
});

describe('repair/pronoun-i negative cases', () => {
  it.each([
    // a word that numbers what follows, or one English never writes before "I"
    'as set out in paragraph 1 will be done',
    'the annex 1 will be issued',
    // after the number, a word no "I" goes before
    'It brought 1 billion people out of poverty.',
    'and 1 per cent of the budget',
    // a capitalised word after it starts a numbered paragraph
    '1 The present report is submitted.',
    // a count among counts, and a form a count of one takes (the third person)
    'Of these 11 individuals, 8 were released and 1 was detained.',
    'the working group 1 will meet and the site 1 was closed',
    // French elision is no contraction of the pronoun
    "l'Italie et l'île",
    // glued to other characters it is no pronoun
    'see 1a will do and (1) have',
    // a verb general English writes after "I" only a few times is no evidence alone
    'The rain is cold 1 fear, and the wind 1 swear is worse.',
  ])('%s', (text) => expect(editsBy(repairedAs(text), 'repair/pronoun-i')).toEqual([]));

  it('runs on OCR output only', () => {
    expect(editsBy(repairedAs('He left, and 1 will follow him.', false), 'repair/pronoun-i')).toEqual([]);
  });
});

/**
 * Build step (`npm run build`, `prepare`): counts what is costly to count at every start and
 * writes it beside the compiled code, so a run loads it with one read.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { countWordPairs, formatWordPairs } from '../lexicon/word-pairs.js';
import { COMPILED_DIR } from './compiled.js';
import { builders } from './index.js';

// a builder may use another resource (the gazetteer uses the frequencies): with the old files gone, it
// builds that afresh too, never from a file an older build wrote
rmSync(COMPILED_DIR, { recursive: true, force: true });
mkdirSync(COMPILED_DIR, { recursive: true });
const pairs = countWordPairs();
writeFileSync(`${COMPILED_DIR}word-pairs.tsv`, formatWordPairs(pairs));
console.error(`compiled ${pairs.size} word pairs into ${COMPILED_DIR}word-pairs.tsv`);

const compiled: [string, unknown][] = [
  ['name-words', [...builders.nameWords()]],
  ['char-model', builders.charModel().toJson()],
  ['cities', builders.cityRows()],
  ['demonyms', builders.demonyms()],
  ['windows-1252', builders.windows1252()],
];
for (const [name, data] of compiled) writeFileSync(`${COMPILED_DIR}${name}.json`, JSON.stringify(data));
writeFileSync(`${COMPILED_DIR}gazetteer.bin`, builders.gazetteer());
writeFileSync(`${COMPILED_DIR}english-words.bin`, builders.englishWords());
writeFileSync(`${COMPILED_DIR}word-frequencies.bin`, builders.wordFrequencies());
console.error(`compiled ${compiled.map(([n]) => n).join(', ')}, gazetteer, english-words, word-frequencies into ${COMPILED_DIR}`);

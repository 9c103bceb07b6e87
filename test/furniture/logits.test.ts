/**
 * The model's scores are summed as each line's context row is written
 * (furniture/model.ts `rowsAndLogits`: the first-stage probabilities slid
 * along in locals, the context terms added from the values just computed,
 * zero terms left out): every line's second-stage log-odds must be exactly
 * the plain dot product of its full feature row with the weights, in the
 * row's order, plus the teaser prior, and every probability feature must be
 * what the plain reading of the first stage's probabilities gives. Checked
 * on the Brown press text, the development pages when they are present, the
 * fixtures, generated documents of short and long lines, and with other
 * weights (what the training tool passes).
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { brownFiles, brownText } from '../../bench/corpus';
import { parseArticle } from '../../server/src/core';
import { LINE_FEATURES } from '../../server/src/core/analysis/furniture/features';
import {
  CONTEXT_FEATURES,
  CONTEXT_WEIGHTS,
  contextOf,
  FEATURES,
  fullRow,
  GOVERNED,
  LINE_WEIGHTS,
  scoreLines,
  TEASER as TEASER_FLAG,
  TEASER_RUN_BOOST,
} from '../../server/src/core/analysis/furniture/model';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpora/real-pages');
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

const column = (name: string): number => CONTEXT_FEATURES.indexOf(name as (typeof CONTEXT_FEATURES)[number]);
const TEASER = column('teaser_run');

/** The dot product of a row with the first `row.length` weights, every term added in order. */
function plainDot(row: Float64Array, weights: Float64Array): number {
  let z = 0;
  for (let j = 0; j < row.length; j++) z += (row[j] as number) * (weights[j] as number);
  return z;
}

/** The same number, or zeros of either sign. */
function same(actual: number, expected: number, what: string): void {
  assert.ok(actual === expected || (Number.isNaN(actual) && Number.isNaN(expected)), `${what}: ${actual} !== ${expected}`);
}

function check(text: string, weights = { line: LINE_WEIGHTS, context: CONTEXT_WEIGHTS }): number {
  const article = parseArticle(text);
  const scored = weights.line === LINE_WEIGHTS ? scoreLines(article.lines) : scoreLines(article.lines, undefined, weights);
  // The first stage's probabilities of the lines read, in order.
  const read: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < article.lines.length; i++) {
    const f = scored.own[i];
    if (!f) continue;
    read.push(i);
    p.push(1 / (1 + Math.exp(-plainDot(f.values, weights.line))));
  }
  const m = read.length;
  for (let k = 0; k < m; k++) {
    const i = read[k] as number;
    const f = scored.own[i];
    const ctx = contextOf(scored, i);
    assert.ok(f && ctx, `line ${i} has no row`);
    const self = p[k] as number;
    const lo = Math.max(0, k - 3);
    const hi = Math.min(m, k + 4);
    const others = hi - lo - 1;
    let around = 0;
    for (let q = lo; q < hi; q++) if (q !== k) around += p[q] as number;
    const expected: Record<string, number> = {
      prev_p: k > 0 ? (p[k - 1] as number) : self,
      next_p: k + 1 < m ? (p[k + 1] as number) : self,
      above_max_p: k > 0 ? Math.max(p[k - 1] as number, k > 1 ? (p[k - 2] as number) : 0) : self,
      below_max_p: k + 1 < m ? Math.max(p[k + 1] as number, k + 2 < m ? (p[k + 2] as number) : 0) : self,
    };
    for (const [name, value] of Object.entries(expected)) same(ctx[column(name)] as number, value, `line ${i} ${name}`);
    // (The prefix sums add in another order than this loop: close, not equal.)
    const aroundP = ctx[column('around_p')] as number;
    assert.ok(Math.abs(aroundP - (others > 0 ? around / others : self)) < 1e-12, `line ${i} around_p ${aroundP}`);
    const full = fullRow(f, ctx);
    assert.equal(full.length, FEATURES.length);
    same(
      scored.logits[i] as number,
      plainDot(full, weights.context) + TEASER_RUN_BOOST * (ctx[TEASER] as number),
      `line ${i} ${JSON.stringify(article.lines[i]?.text.slice(0, 60))}`,
    );
  }
  for (let i = 0; i < article.lines.length; i++) if (!scored.own[i]) same(scored.logits[i] as number, 0, `blank line ${i}`);
  // Without the rows kept (as a lint scores): the same log-odds, governors and own features, and flags that say what
  // the rows' governed and teaser_run columns say.
  const bare = scoreLines(article.lines, undefined, weights, false);
  assert.equal(bare.context.length, 0);
  for (let i = 0; i < article.lines.length; i++) {
    same(bare.logits[i] as number, scored.logits[i] as number, `line ${i} without rows`);
    assert.equal(bare.governors[i], scored.governors[i], `line ${i} governor`);
    assert.equal(bare.own[i] === undefined, scored.own[i] === undefined, `line ${i} read`);
    const ctx = contextOf(scored, i);
    const expected = ctx
      ? ((ctx[column('governed')] as number) > 0 ? GOVERNED : 0) | ((ctx[TEASER] as number) > 0 ? TEASER_FLAG : 0)
      : 0;
    assert.equal(bare.flags[i], expected, `line ${i} flags`);
    assert.equal(scored.flags[i], expected, `line ${i} flags with rows`);
  }
  return m;
}

/** Lines of every kind the context reads: headings, buttons, teasers cut off, prose, dates, repeats, blank lines. */
const POOL = [
  '',
  '',
  'Most Popular',
  'Share this:',
  'Facebook Twitter Email',
  'Related stories',
  'Comments',
  'jsmith says:',
  'March 3, 2019 at 4:47 pm',
  '12 comments',
  'The mayor said the new bridge would open next spring, after a winter of delays and two rounds of bids.',
  'Residents who spoke at the meeting asked for a second crossing further up the river, closer to the school.',
  'Council approves the harbour plan after a long night of debate and...',
  'A new library for the east side of town is ready to open its do…',
  'Town Hall Opens Its Doors',
  'Weather Service Warns Of Floods',
  'Read more: the ferry will keep running',
  'Sign up for our newsletter',
  '© 2019 The Daily Tide. All rights reserved.',
  'Photo: Jane Smith',
  'Tags: ferry, council, winter',
  'Home | News | Sport | Weather',
  'She said: "We will keep going until...',
  'Advertisement',
  'Posted by the editors',
];

describe("the furniture log-odds are the plain dot product of each line's row", () => {
  it('on the Brown press text', () => {
    const text = brownText([...brownFiles('ca'), ...brownFiles('cb'), ...brownFiles('cc')]);
    assert.ok(check(text) > 4000);
  });

  it('on the development pages and the fixtures', (t) => {
    const files: string[] = [];
    for (const dir of [path.join(CORPUS, 'cases'), path.join(CORPUS, 'bodies'), path.join(FIXTURES, 'examples')]) {
      if (existsSync(dir))
        for (const name of readdirSync(dir).sort()) if (name.endsWith('.txt')) files.push(path.join(dir, name));
    }
    if (!existsSync(path.join(CORPUS, 'cases'))) t.diagnostic('development pages not present: fixtures only');
    assert.ok(files.length > 0);
    for (const file of files) check(readFileSync(file, 'utf8'));
  });

  it('on generated documents, with the shipped weights and with others', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...POOL), { minLength: 0, maxLength: 60 }),
        fc.array(fc.double({ min: -4, max: 4, noNaN: true }), { minLength: FEATURES.length, maxLength: FEATURES.length }),
        (lines, w) => {
          const text = lines.join('\n');
          check(text);
          const context = Float64Array.from(w);
          check(text, { line: context.slice(0, LINE_FEATURES.length), context });
        },
      ),
      { numRuns: 500, seed: 20261130 },
    );
  });
});

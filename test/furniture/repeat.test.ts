/**
 * The model's `repeat` context feature (a short line whose folded text occurs
 * on another line too) is found through buckets of a cheap key before any
 * text is hashed (furniture/model.ts `repeatedLines`): it must equal the plain
 * count of every folded text, on documents of lines drawn from a small pool
 * that holds repeats, lines that differ only by case or spacing, and pairs
 * that share the bucket key (length, first, middle and last character) with
 * different texts.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseArticle } from '../../server/src/core';
import { CONTEXT_FEATURES, contextOf, featureRows } from '../../server/src/core/analysis/furniture/model';

const POOL = [
  'Share',
  'share',
  'SHARE',
  'Most  Popular',
  'Most Popular',
  'axyzb',
  'aqyrb',
  'Home',
  'Hxmqe',
  'News Sport Weather',
  'News Spxrt Weather',
  'The council met on Tuesday and voted to keep the ferry running through the winter, the clerk said.',
  'Read more',
  '',
  '12 comments',
  '13 comments',
  'Facebook Twitter Email',
];

const REPEAT = CONTEXT_FEATURES.indexOf('repeat');

describe('repeated lines', () => {
  it('are the lines whose folded text occurs twice or more', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...POOL), { minLength: 1, maxLength: 300 }), (lines) => {
        const article = parseArticle(lines.join('\n'));
        const rows = featureRows(article.lines);
        const { own } = rows;
        const counts = new Map<string, number>();
        for (const f of own) if (f?.folded !== undefined) counts.set(f.folded, (counts.get(f.folded) ?? 0) + 1);
        for (let i = 0; i < own.length; i++) {
          const f = own[i];
          const row = contextOf(rows, i);
          if (!f || !row) continue;
          const expected = f.folded !== undefined && (counts.get(f.folded) ?? 0) >= 2 ? 1 : 0;
          assert.equal(row[REPEAT], expected, `line ${i}: ${JSON.stringify(article.lines[i]?.text)}`);
        }
      }),
      { numRuns: 300, seed: 7 },
    );
  });
});

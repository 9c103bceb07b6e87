/**
 * One line's signals (analysis/furniture/features.ts) and the model's
 * decoding on small texts: what names a kind, what reads as prose, and
 * hostile lines (very long, binary-looking, mixed scripts) that must cost
 * little and break nothing.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LINE_FEATURES, lineFeatures } from '../../server/src/core/analysis/furniture/features';
import { analyseFurniture } from '../../server/src/core/analysis/boilerplate';
import { lint, parseArticle } from '../../server/src/core';

const column = (name: string): number => LINE_FEATURES.indexOf(name);

describe('line features', () => {
  it('names the kind of a heading, a button row, a prompt or a counter', () => {
    const kinds: [string, string][] = [
      ['Most Popular', 'related'],
      ['You may also like...', 'related'],
      ['Materialy', ''],
      ['Материалы по теме', 'related'],
      ['関連記事', 'related'],
      ['Facebook Twitter LinkedIn Email', 'share'],
      ['FacebookTwitterPinterestEmail', 'share'],
      ['Share this story', 'share'],
      ['Sign up for our free newsletter to get the top stories in your inbox.', 'newsletter'],
      ['harborfan says:', 'comments'],
      ['12 comments', 'comments'],
      ['Lascia un commento', 'comments'],
      ['Related Topics:', 'tags'],
      ['Privacy Policy', 'footer'],
      ['© 2024 Harbor Gazette Media Ltd. All rights reserved.', 'footer'],
      ['Jane Doe/Harbor Gazette/Getty Images', 'credit'],
      ['Image copyright Getty Images', 'credit'],
      ['READ MORE: Why the bridge closed for eight months', 'promo'],
      ['Advertisement', 'advert'],
    ];
    for (const [text, kind] of kinds) assert.equal(lineFeatures(text).anchor ?? '', kind, text);
  });

  it('leaves sentences that use furniture words to the writer', () => {
    for (const text of [
      'Share prices of the parent company fell 3 percent after the announcement.',
      'Sign up rates for newsletters rose 20 percent in 2023, according to an industry report.',
      'Read more: the report found that tenants paid on average 12 percent more than the rent board allowed.',
      'Share this information, please?',
      'All rights reserved, the sign said, but the court found that the mural belonged to the city.',
    ])
      assert.equal(lineFeatures(text).anchor, undefined, text);
  });

  it('reads prose by its length and ending, paragraphs included', () => {
    assert.equal(lineFeatures('The council met on Tuesday and voted to keep the ferry running through the winter.').prose, true);
    assert.equal(lineFeatures('Ferry Timetable Changes Next Month').prose, false);
    // A paragraph is read for its shape only, and still counts its words.
    const paragraph = 'Protesters believe the new rules are an example of the harbor board eroding the port workers’ rights.';
    assert.ok(paragraph.length >= 100);
    const f = lineFeatures(paragraph);
    assert.equal(f.prose, true);
    assert.ok(f.words >= 15, `words ${f.words}`);
    assert.equal(f.values[column('paragraph')], 1);
  });

  it('depends only on the text (the cache key)', () => {
    const a = lineFeatures('Most Popular');
    const b = lineFeatures('Most Popular');
    assert.deepEqual([...a.values], [...b.values]);
    assert.notEqual(a, b);
  });

  it('reads hostile lines to the end without breaking', () => {
    const lines = [
      'x'.repeat(200_000),
      '1,'.repeat(50_000),
      '"'.repeat(30_000),
      '…'.repeat(30_000),
      '\uD800'.repeat(1_000),
      `${'Share '.repeat(5_000)}`,
      '关于我们'.repeat(5_000),
      '\u0000\u0001\u0002binary\uFFFD'.repeat(1_000),
    ];
    for (const text of lines) {
      const f = lineFeatures(text);
      assert.equal(f.values.length, LINE_FEATURES.length);
      for (const v of f.values) assert.ok(Number.isFinite(v), text.slice(0, 20));
    }
  });
});

describe('furniture model on hostile texts', () => {
  it('lints long texts of short lines and of one line, and keeps every offset in bounds', () => {
    const texts = [
      Array.from({ length: 20_000 }, (_, i) => (i % 3 === 0 ? 'Facebook' : `Headline number ${i}`)).join('\n'),
      Array.from({ length: 5_000 }, () => 'Read more...').join('\n'),
      `${'The bridge reopened on Monday after repairs, the city said. '.repeat(5_000)}\n`,
      Array.from({ length: 3_000 }, (_, i) => `${i}\t${i * 2}\t${i * 3}`).join('\r\n'),
    ];
    for (const text of texts) {
      const article = parseArticle(text);
      const { blocks } = analyseFurniture(article);
      for (const b of blocks) {
        assert.ok(b.start >= 0 && b.end <= text.length && b.start < b.end);
        assert.ok(b.firstLine <= b.lastLine && b.lastLine < article.lines.length);
      }
      const { ruleErrors } = lint(text, { rules: [] });
      assert.deepEqual(ruleErrors, []);
    }
  });
});

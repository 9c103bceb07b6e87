/**
 * The analyses kept per span across runs (furniture line features, people per paragraph, figures per sentence,
 * the sentences that may hold a statistic) give what a run without a cache gives: on press text, on edge cases
 * written for the look-arounds that read past a sentence's end, and after edits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lint, LintCache, parseArticle, RULES, type Config } from '../../server/src/core';
import { documentShape, firstPersonPiece } from '../../server/src/core/analysis/figures/documents';
import { statisticSentences } from '../../server/src/core/analysis/figures/figures';
import { brownFiles, brownText } from '../../bench/corpus';

const EVERY_RULE: Config = {
  rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity])),
};

/** Sentences whose answer depends on characters after their end or before their start. */
const EDGES = [
  'The fund lost 12\n\nper    cent of its value. It said so.',
  'Prices rose by 40\n\n- 5 in the end. Nothing more.',
  'It has 12\n\nmillion members. They voted.',
  'About 30\n\nin every class failed. The school agreed.',
  'Three\n\nhundred people came. It rained.',
  'The ship sank on Nov. 5. Twelve were saved. No one else.',
  'He paid $\n\n12.50 for it. Fine.',
  'They counted 7\n\n- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - thousand. Later.',
  'Scored 12' + ' '.repeat(100) + 'hundred. Done.',
  'Founded in 1961,\n\nthe club has 80 members. Five died in the fire.',
  'one\n\nin five voters agreed. one\n\nthird did not.',
  'The 2nd and 3rd\n\nplaces went to 9. It was over.',
  `Code ${'1'.repeat(2100)}th item. Then ${'9'.repeat(1995)}12 ${'x'.repeat(3000)} five thousand.`,
  `Run ${'1.'.repeat(1500)}5 percent. Next.`,
];

/** Press text cut into documents of a few paragraphs, so that every sentence is scanned on its own. */
function pressDocuments(): string[] {
  const docs: string[] = [];
  for (const file of brownFiles('ca').slice(0, 12)) {
    const paragraphs = brownText([file]).split('\n\n');
    for (let i = 0; i < paragraphs.length; i += 4) docs.push(paragraphs.slice(i, i + 4).join('\n\n'));
  }
  return docs;
}

describe('analyses kept per span', () => {
  it('statisticSentences: a sentence scanned within its own span answers as the scan of the whole text', () => {
    for (const text of [...EDGES, ...pressDocuments()]) {
      const article = parseArticle(text, 'text');
      // A cold cache is answered by the one scan: a run on another text first makes each sentence scanned alone.
      const cache = new LintCache();
      statisticSentences(parseArticle('Another text, 12 words.', 'text'), cache);
      cache.endRun();
      assert.deepEqual(statisticSentences(article, cache), statisticSentences(article), text.slice(0, 80));
      // And a cold cache (the one scan) keeps what a later run reuses.
      const cold = new LintCache();
      assert.deepEqual(statisticSentences(article, cold), statisticSentences(article), text.slice(0, 80));
      cold.endRun();
      assert.deepEqual(statisticSentences(article, cold), statisticSentences(article), text.slice(0, 80));
    }
  });

  it('statisticSentences: a run of digits cut into sentences is read as one number in each (and in linear time)', () => {
    // 6,000 characters with no space: three sentences cut at 2,000 characters, each starting inside the run. The
    // number that each sentence's search finds runs to the end of the run: not an ordinal, so each may hold a
    // statistic; with "th" after the run, each is an ordinal and none does.
    const run = '1,'.repeat(3000).slice(0, -1);
    const cut = parseArticle(run, 'text');
    assert.equal(cut.sentences.length, 3);
    assert.deepEqual(statisticSentences(cut), [0, 1, 2]);
    assert.deepEqual(statisticSentences(parseArticle(`${run}th`, 'text')), []);
    assert.deepEqual(statisticSentences(parseArticle(`${run}th`, 'text'), new LintCache()), []);
    // A megabyte of it: every sentence, each read once.
    const big = parseArticle('1,'.repeat(512 * 1024), 'text');
    assert.equal(statisticSentences(big).length, big.sentences.length);
  });

  it('statisticSentences: answers kept across runs follow edits next to a sentence', () => {
    for (const text of EDGES) {
      const cache = new LintCache();
      statisticSentences(parseArticle(text, 'text'), cache);
      cache.endRun();
      // Every one-character deletion: the sentences around it are scanned again, the others kept.
      for (let at = 0; at < text.length; at++) {
        const edited = text.slice(0, at) + text.slice(at + 1);
        const article = parseArticle(edited, 'text');
        assert.deepEqual(statisticSentences(article, cache), statisticSentences(article), JSON.stringify(edited));
        cache.endRun();
        statisticSentences(parseArticle(text, 'text'), cache);
        cache.endRun();
      }
    }
  });

  it('statisticSentences: answers kept across runs follow insertions as far after a sentence as its span reaches', () => {
    // Runs of spaces and hyphens after a sentence about as long as hintEnd follows (64), words about as long as it
    // reads (12), and a run too long to follow (answered by the whole scan, every run).
    const texts = [
      `It fell 12${' '.repeat(62)}\n\npercent overall. Then more.`,
      `It fell 12${'-'.repeat(63)}thousandfold${' '.repeat(60)}cent. Next 5 people.`,
      `Costs rose 9.${' '.repeat(20)}Million${' '.repeat(63)}more came. 40 left.`,
      `About 7${' -'.repeat(33)} hundred. Later 3 percent.`,
      'Sales hit 30 in\n\nthe spring, up 4 percent from 12. Fine.',
    ];
    for (const text of texts) {
      for (const insert of [' ', '-', 'x', '\n', '5']) {
        const cache = new LintCache();
        statisticSentences(parseArticle(text, 'text'), cache);
        cache.endRun();
        for (let at = 0; at <= text.length; at++) {
          const edited = text.slice(0, at) + insert + text.slice(at);
          const article = parseArticle(edited, 'text');
          assert.deepEqual(statisticSentences(article, cache), statisticSentences(article), JSON.stringify(edited));
          cache.endRun();
          statisticSentences(parseArticle(text, 'text'), cache);
          cache.endRun();
        }
      }
    }
  });

  it('parseArticle: sentences and quotations kept per paragraph equal a parse without a cache, after edits', () => {
    const base = [
      ...pressDocuments().slice(0, 30),
      "\"Well,\" he said. 'Quote' and “curly” marks; don't stop.\r\n\r\nNext one. Mr. Smith left at 5 p.m. Then?",
      '# Title\n\nA [link](http://x.y/a_(b)) here. Another sentence.\n\n- item one. item two\n- item three',
      `${'word '.repeat(700)}\n\n${'x'.repeat(2500)}. End.`,
    ];
    for (const text of base) {
      for (const format of ['text', 'markdown'] as const) {
        const cache = new LintCache();
        parseArticle(text, format, cache);
        cache.endRun();
        for (const at of [0, text.length >> 1, text.length - 1]) {
          const edited = `${text.slice(0, at)}. "Yes\n\nno" ${text.slice(at)}`;
          const warm = parseArticle(edited, format, cache);
          cache.endRun();
          const cold = parseArticle(edited, format);
          assert.deepEqual(warm.sentences, cold.sentences);
          assert.deepEqual(warm.quotes, cold.quotes);
        }
      }
    }
  });

  it('parseArticle: a one-run cache (sentences and quotations straight from the scan) equals a cache that keeps them', () => {
    const texts = [
      ...pressDocuments().slice(0, 10),
      "\"Well,\" he said. 'Quote' and “curly” marks; don't stop.\r\n\r\nNext one. Mr. Smith left at 5 p.m. Then?",
      `${'word '.repeat(700)}\n\n${'x'.repeat(2500)}. End. “An open quote\n\nand more.”`,
      '',
      '\n\n\n',
    ];
    for (const text of texts) {
      for (const format of ['text', 'markdown'] as const) {
        const kept = parseArticle(text, format, new LintCache());
        for (const other of [parseArticle(text, format, new LintCache(false)), parseArticle(text, format)]) {
          assert.deepEqual(other.sentences, kept.sentences);
          assert.deepEqual(other.quotes, kept.quotes);
        }
      }
    }
  });

  it('documentShape: recipe and product lines kept per line give the regions of the scan of the whole text', () => {
    const recipe = 'Mix 2 cups flour.\n1 tbsp sugar\n½ tsp salt\n3\n  cups water\n200 g butter\n\nBake it.\n\n## Next\nMore.';
    const product =
      'The phone costs $\n39.99 today.\nIts 120\nHz screen and 6,000 mAh battery.\n35%\noff now.\nA 34" monitor, 4 GB.\n';
    const cases = [
      recipe,
      product,
      recipe.replace(/\n/g, '\r\n'),
      `${product}\n\n${recipe}`,
      'Washington, July 24\nThe bill passed 52 to 48.\n\n1 cup\n2\n-\ncups\n3 oz\n4 g\n',
      '5\n5\n5\n5\n5 cups\n',
      '1 cup\n2\n\n  \n-\n\ncups\n3 oz\n4 g\n5\n%\n\noff\n6 mm\n7\n-\nhz\n$ 9.99\n5\n%\n\noff\n1 tsp\n',
      'Nothing here at all.\n\nStill nothing, 12 people.',
    ];
    for (const text of cases) {
      const article = parseArticle(text, 'text');
      const cold = documentShape(article);
      const cache = new LintCache();
      for (let round = 0; round < 2; round++) {
        const warm = documentShape(article, cache);
        for (let offset = 0; offset <= text.length; offset++)
          assert.deepEqual(warm.regionAt(offset), cold.regionAt(offset), `${JSON.stringify(text)} at ${offset}`);
        cache.endRun();
      }
    }
  });

  it('documentShape: the same on generated lines of amounts, fractions, units, currency signs and breaks', () => {
    const piece = fc.constantFrom(
      '1',
      '2 ',
      ' cup',
      'cups',
      '1 cup\n',
      '5 mm\n',
      '1 tsp\n2\n-\n',
      '$\n',
      '4\n%\n\n',
      'g',
      '-',
      '%',
      ' off',
      '$',
      '9.99',
      'Hz',
      '"',
      '\n',
      '\n\n',
      '\r\n',
      ' ',
      'x',
      '½',
      '¼ ',
      'tbsp',
      '£',
      '€',
      '39.99',
      '12',
      ' GB',
      'mAh',
      '% off',
      'word',
      'I ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        const text = pieces.join('');
        const article = parseArticle(text, 'text');
        const cold = documentShape(article);
        const warm = documentShape(article, new LintCache());
        for (let offset = 0; offset <= text.length; offset++) assert.deepEqual(warm.regionAt(offset), cold.regionAt(offset));
      }),
      { numRuns: 1500 },
    );
  });

  it('firstPersonPiece: counts kept per line add up to the scan of the whole text', () => {
    const mine = 'I went. My dog and I ran, and me too. I’m here; I’d go. Myself, I-90 aside, I\r\nI my me\n\n';
    const cases = [
      mine.repeat(3),
      mine.replace(/\n/g, '\r\n').repeat(2),
      `${mine}"I said my piece," he said.\n`.repeat(2) + 'word '.repeat(400),
      `${mine}   \n  \n${'x '.repeat(50)}`,
      'I\nI\nI\nI\nI\nI\n',
      '',
    ];
    for (const text of cases) {
      const article = parseArticle(text, 'text');
      const cache = new LintCache();
      assert.equal(firstPersonPiece(article, cache), firstPersonPiece(article), JSON.stringify(text.slice(0, 40)));
      cache.endRun();
      assert.equal(firstPersonPiece(article, cache), firstPersonPiece(article));
    }
    assert.equal(firstPersonPiece(parseArticle('I\nI\nI\nI\nI\nI\n', 'text'), new LintCache()), true);
    assert.equal(firstPersonPiece(parseArticle(`I I I I I ${'word '.repeat(600)}`, 'text'), new LintCache()), false);
  });

  it('a lint through a cache warmed before an edit equals a cold lint of the edited text, every rule on', () => {
    const text = brownText(brownFiles('ca').slice(0, 3));
    const cache = new LintCache();
    lint(text, { config: EVERY_RULE, cache });
    let edited = text;
    for (const f of [0.1, 0.5, 0.9, 0.3]) {
      const at = Math.floor(edited.length * f);
      edited = `${edited.slice(0, at)}In 1961 about 40 percent, 12 people, said Mayor John Smith.\n\nShare this:\n${edited.slice(at)}`;
      const warm = lint(edited, { config: EVERY_RULE, cache }).findings;
      const cold = lint(edited, { config: EVERY_RULE }).findings;
      assert.deepEqual(warm, cold);
    }
  });
});

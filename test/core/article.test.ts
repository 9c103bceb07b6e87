import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/core/article';

const slice = (text: string, s: { start: number; end: number }): string => text.slice(s.start, s.end);

describe('article model', () => {
  it('finds the plain-text headline, paragraphs and sentences', () => {
    const text =
      'Council Approves New Budget\n\nThe council met on Monday. Mr. Reyes spoke first.\nHe said little.\n\nA second paragraph.';
    const a = parseArticle(text, 'text');
    assert.equal(a.headline?.text, 'Council Approves New Budget');
    assert.deepEqual(
      a.paragraphs.map((p) => p.kind),
      ['heading', 'prose', 'prose'],
    );
    assert.deepEqual(
      a.sentences.map((s) => s.text),
      [
        'Council Approves New Budget',
        'The council met on Monday.',
        'Mr. Reyes spoke first.',
        'He said little.',
        'A second paragraph.',
      ],
    );
  });

  it('does not take a first line ending in a full stop as a headline in .txt, but always in .article', () => {
    const text = 'This is a sentence.\n\nMore text.';
    assert.equal(parseArticle(text, 'text').headline, undefined);
    assert.equal(parseArticle(text, 'article').headline?.text, 'This is a sentence.');
  });

  it('keeps ranges exact with CRLF, a BOM, curly quotes, NBSP and emoji', () => {
    const text = '\uFEFFBig News 🎉 Today\r\n\r\nShe said \u201cwe won\u201d\u00a0today. Then 😀 “left”.\r\n';
    const a = parseArticle(text, 'text');
    assert.equal(a.headline && slice(text, a.headline), 'Big News 🎉 Today');
    assert.equal(a.lines[0]?.start, 1, 'the BOM is not part of line 0');
    assert.deepEqual(
      a.quotes.map((q) => slice(text, q)),
      ['\u201cwe won\u201d', '“left”'],
    );
    assert.deepEqual(
      a.sentences.map((s) => slice(text, s)),
      ['Big News 🎉 Today', 'She said \u201cwe won\u201d\u00a0today.', 'Then 😀 “left”.'],
    );
    assert.deepEqual(a.index.positionAt(text.indexOf('left')), {
      line: 2,
      character: text.indexOf('left') - text.indexOf('She'),
    });
  });

  it('reads Markdown headings, front matter, links and skips code fences', () => {
    const text = [
      '---',
      'title: "A Title: With Colon"',
      '---',
      '# A Title',
      '',
      'Body with [a link](https://example.com/x) and https://example.org/y.',
      '',
      '```',
      '# not a heading',
      '```',
      '',
      'Subhead Here',
      '------------',
      '',
      '- item one',
      '- item two',
    ].join('\n');
    const a = parseArticle(text, 'markdown');
    assert.equal(a.frontMatter?.title?.value, 'A Title: With Colon');
    assert.equal(a.frontMatter?.title && slice(text, a.frontMatter.title), 'A Title: With Colon');
    assert.deepEqual(
      a.headings.map((h) => [h.level, h.text, h.kind]),
      [
        [1, 'A Title', 'atx'],
        [2, 'Subhead Here', 'setext'],
      ],
    );
    assert.deepEqual(
      a.links.map((l) => slice(text, l.url)),
      ['https://example.com/x', 'https://example.org/y'],
    );
    assert.ok(a.lines[8]?.excluded, 'fenced code is excluded');
    assert.deepEqual(a.paragraphs.filter((p) => p.kind === 'list-item').length, 2);
  });

  it('tells apostrophes from single quotation marks', () => {
    const text = "Russia's envoy called it 'constructive' and the Smiths' dog barked. Don't 'quote' me.";
    const a = parseArticle(text, 'text');
    assert.deepEqual(
      a.quotes.map((q) => slice(text, q)),
      ["'constructive'", "'quote'"],
    );
  });

  it('does not end sentences at abbreviations, initials or decimals', () => {
    const text = 'Gov. Ann B. Lee met Sen. Ruiz at 3.5 p.m. on Tuesday. The U.S. team left. Dr. No arrived.';
    const a = parseArticle(text, 'text');
    assert.deepEqual(
      a.sentences.map((s) => s.text),
      ['Gov. Ann B. Lee met Sen. Ruiz at 3.5 p.m. on Tuesday.', 'The U.S. team left.', 'Dr. No arrived.'],
    );
  });

  it('ends sentences at line breaks in long unwrapped lines only', () => {
    const long = 'x'.repeat(110);
    const wrapped = parseArticle('Intro line\n\nthe storm hit\nthe coast hard.', 'text');
    assert.deepEqual(
      wrapped.sentences.map((s) => s.text),
      ['Intro line', 'the storm hit\nthe coast hard.'],
    );
    const unwrapped = parseArticle(`Head\n\n${long}\nNext line`, 'text');
    assert.deepEqual(
      unwrapped.sentences.map((s) => s.text),
      ['Head', long, 'Next line'],
    );
  });

  it('treats HTML comment lines as excluded', () => {
    const a = parseArticle('Head\n\n<!-- copydesk-disable-file -->\n<!--\nmulti\n-->\nText.', 'text');
    assert.deepEqual(
      a.lines.map((l) => l.excluded),
      [false, false, true, true, true, true, false],
    );
  });
});

/**
 * What the parse does with hostile shapes, now that every scan in it is
 * linear: over-long sentences cut at MAX_SENTENCE_LENGTH, quotations found
 * with forward-only cursors and kept inside their paragraph, ATX headings
 * read without a backtracking expression, links that stay apart, and runs of
 * directives. The linearity itself is test/perf's concern; these pin down
 * that the results are the ones the slower code gave, or better.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, parseArticle, type Rule } from '../../server/src/core';
import { MAX_SENTENCE_LENGTH } from '../../server/src/core/article';

const words = (n: number): string => Array.from({ length: n }, (_, i) => `word${i % 10}`).join(' ');

describe('over-long sentences', () => {
  it('leaves sentences up to the limit whole', () => {
    const text = `${words(300)}.`; // about 1,800 characters
    assert.ok(text.length <= MAX_SENTENCE_LENGTH);
    assert.equal(parseArticle(text).sentences.length, 1);
  });

  it('cuts a longer run at the last space before the limit, and loses no word', () => {
    const text = words(2000); // about 12,000 characters, no full stop
    const { sentences } = parseArticle(text);
    assert.ok(sentences.length >= 6, `${sentences.length} pieces`);
    for (const s of sentences) {
      assert.ok(s.end - s.start <= MAX_SENTENCE_LENGTH, `a piece of ${s.end - s.start}`);
      assert.equal(s.text, text.slice(s.start, s.end));
      assert.match(s.text, /^word\d.*word\d$/, 'cut between words');
    }
    assert.equal(sentences.map((s) => s.text).join(' '), text, 'the pieces are the text');
  });

  it('cuts text with no space (CJK, a base64 blob) at the limit, never inside a surrogate pair', () => {
    const cjk = '市议会表示'.repeat(1000);
    const pieces = parseArticle(cjk).sentences;
    assert.equal(pieces.map((s) => s.text).join(''), cjk);
    assert.ok(pieces.every((s) => s.end - s.start <= MAX_SENTENCE_LENGTH));
    const emoji = `a${'😀'.repeat(3000)}`;
    for (const s of parseArticle(emoji).sentences) {
      const first = s.text.charCodeAt(0);
      assert.ok(!(first >= 0xdc00 && first <= 0xdfff), `a piece starts with a low surrogate at ${s.start}`);
    }
    assert.equal(
      parseArticle(emoji)
        .sentences.map((s) => s.text)
        .join(''),
      emoji,
    );
  });

  it('still ends sentences at full stops inside a long paragraph', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence ${i} is here.`).join(' ');
    assert.equal(parseArticle(text).sentences.length, 400);
  });
});

describe('quotations', () => {
  const quoted = (text: string): string[] => {
    const a = parseArticle(text);
    return a.quotes.map((q) => text.slice(q.start, q.end));
  };

  it('pairs openers with the first closer after them, as before', () => {
    assert.deepEqual(quoted('He said “yes” and “no” on Monday.'), ['“yes”', '“no”']);
    assert.deepEqual(quoted('He said "yes" and then "no".'), ['"yes"', '"no"']);
    assert.deepEqual(quoted("She called it 'a start' and left."), ["'a start'"]);
  });

  it('reaches past openers that never close to a later closer', () => {
    assert.deepEqual(quoted('“one “two “three” four'), ['“one “two “three”']);
  });

  it('finds nothing in runs of openers with no closer, and stays inside the paragraph', () => {
    assert.deepEqual(quoted('“word '.repeat(2000)), []);
    assert.deepEqual(quoted('He said “yes\n\nand” later.'), []);
  });
});

describe('ATX headings', () => {
  const heading = (line: string): string | undefined => parseArticle(`${line}\n\nText.\n`, 'markdown').headings[0]?.text;

  it('reads the words without the closing #s', () => {
    assert.equal(heading('## Title ##'), 'Title');
    assert.equal(heading('# Title #   '), 'Title');
    assert.equal(heading('# Title#'), 'Title#');
    assert.equal(heading('### C# in a week'), 'C# in a week');
    assert.equal(heading('#NoSpace'), undefined);
  });

  it('gives the words their own offsets, however the line is indented', () => {
    const text = '   # #\n\nText.\n';
    const h = parseArticle(text, 'markdown').headings[0];
    assert.ok(h);
    assert.equal(text.slice(h.start, h.end), h.text);
    assert.equal(h.start, 5);
  });

  it('reads a line of 100,000 characters', () => {
    const line = `# ${'# '.repeat(50_000)}x`;
    assert.equal(heading(line)?.length, line.length - 2);
  });
});

describe('links', () => {
  const links = (text: string): string[] => parseArticle(text, 'markdown').links.map((l) => text.slice(l.url.start, l.url.end));

  it('reads a URL with one level of parentheses', () => {
    assert.deepEqual(links('See [the page](https://example.org/wiki/A_(b)) now.'), ['https://example.org/wiki/A_(b)']);
  });

  it('keeps links sorted and apart: a bare URL that runs into a Markdown link is left to the link', () => {
    const text = 'http://a.example[x](http://b.example) and www.c.example';
    const found = parseArticle(text, 'markdown').links;
    assert.deepEqual(
      found.map((l) => text.slice(l.start, l.end)),
      ['[x](http://b.example)', 'www.c.example'],
    );
    for (let i = 1; i < found.length; i++) assert.ok((found[i - 1]?.end ?? 0) <= (found[i]?.start ?? 0));
  });

  it('finds nothing in brackets and parentheses that never close', () => {
    assert.deepEqual(links('[text]('.repeat(3000)), []);
    assert.deepEqual(links('[word '.repeat(3000)), []);
  });
});

describe('directives', () => {
  const probe: Rule = {
    meta: { id: 'probe', description: 'p', defaultSeverity: 'warning', fixable: false, tags: ['editorial'], rationale: 'p' },
    check(ctx) {
      for (const m of ctx.article.text.matchAll(/flagme/g)) ctx.report({ start: m.index, end: m.index + 6, message: 'x' });
    },
  };
  const flaggedLines = (text: string): number[] => {
    const r = lint(text, { rules: [probe] });
    return r.findings.map((f) => r.article.index.lineAt(f.start));
  };

  it('a run of disable-next-line directives all reach the line after the run', () => {
    const run = '<!-- copydesk-disable-next-line probe -->\n'.repeat(5000);
    assert.deepEqual(flaggedLines(`${run}flagme\nflagme\n`), [5001]);
  });

  it('the last disable or enable before a line decides, whether it names the rule or every rule', () => {
    const text = [
      '<!-- copydesk-disable -->',
      'flagme',
      '<!-- copydesk-enable probe -->',
      'flagme',
      '<!-- copydesk-disable probe -->',
      'flagme',
      '<!-- copydesk-enable -->',
      'flagme',
    ].join('\n');
    assert.deepEqual(flaggedLines(text), [3, 7]);
  });

  it('reads text full of unclosed directives', () => {
    assert.deepEqual(flaggedLines(`${'<!-- copydesk-disable '.repeat(5000)}\nflagme`), [1]);
  });
});

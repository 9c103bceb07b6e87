/**
 * line-shape.ts reads a line's end by character codes: the code test (tokens.ts's isRegexSpaceCode) is the expression it replaced, on every UTF-16
 * code unit, and trailingEllipsis finds the same ellipsis as before on lines ending in every kind of white space.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/core/article';
import { trailingEllipsis } from '../../server/src/core/analysis/line-shape';
import { isRegexSpaceCode } from '../../server/src/core/tokens';

/** The expression trailingEllipsis read a line's end with. */
const SPACE = /[\s\u00A0]/;

describe('line shape', () => {
  it('reads white space as /[\\s\\u00A0]/ does, on every code unit', () => {
    let spaces = 0;
    for (let c = 0; c <= 0xffff; c++) {
      const expected = SPACE.test(String.fromCharCode(c));
      assert.equal(isRegexSpaceCode(c), expected, `U+${c.toString(16).padStart(4, '0')}`);
      if (expected) spaces++;
    }
    // The tab to the carriage return, the space, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F,
    // U+3000 and U+FEFF.
    assert.equal(spaces, 25);
  });

  it('finds a line-ending ellipsis past any trailing white space, and none past other characters', () => {
    const spaces = [' ', '\u00a0', '\u2003', '\u3000', '\ufeff', '\u200b', '\u0085', 'x'];
    for (const space of spaces) {
      for (const end of ['The council said it would…', 'The council said it would...', 'Plain end.']) {
        const text = `${end}${space}${space}`;
        const article = parseArticle(text, 'text');
        const line = article.lines[0];
        assert.ok(line);
        const found = trailingEllipsis(line, []);
        const trailing = SPACE.test(space);
        const ellipsis = end.endsWith('…') || end.endsWith('...');
        assert.equal(found !== undefined, trailing && ellipsis, JSON.stringify(text));
        if (found) assert.equal(text.slice(found.start, found.end), end.endsWith('…') ? '…' : '...');
      }
    }
  });
});

/**
 * The furniture features read a line's tokens through their own arrays (furniture/features.ts `readTokens`): a line
 * of ASCII characters is cut by their own reader, any other by the shared tokenizer. Both must give what tokenize
 * gives: the same tokens, kinds, offsets and lower forms, on generated lines of ASCII and of every character.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { lineTokens } from '../../server/src/core/analysis/furniture/features';
import { tokenize } from '../../server/src/core/tokens';

/** What tokenize gives, in lineTokens's form. */
function expected(line: string): ReturnType<typeof lineTokens> {
  return tokenize(line).map((t) =>
    t.kind === 'punct'
      ? { kind: t.kind, start: t.start, end: t.end }
      : { kind: t.kind, start: t.start, end: t.end, lower: t.lower },
  );
}

/** The pieces tokens are cut at: letters of both cases, digits, separators, apostrophes, white space, marks. */
const ASCII_PIECES = [
  'a',
  'Z',
  'q',
  'W',
  '0',
  '7',
  ',',
  '.',
  "'",
  ' ',
  '\t',
  '\n',
  '\u000b',
  '\f',
  '\r',
  '-',
  '/',
  '(',
  '\u0001',
  '\u007f',
  '_',
  ':',
];
const OTHER_PIECES = ['\u00a0', '’', 'é', 'İ', '\u2003', '\u0301', '٣', '关', '\ud83d\ude00', '\ud800'];

/** A line of at most the hundred characters the features tokenize. */
const line = (pieces: string[]) =>
  fc.array(fc.constantFrom(...pieces), { minLength: 0, maxLength: 100 }).map((p) => p.join('').slice(0, 100));

describe("the furniture features' tokens", () => {
  it('are what tokenize gives on ASCII lines', () => {
    fc.assert(
      fc.property(line(ASCII_PIECES), (text) => {
        assert.deepEqual(lineTokens(text), expected(text), JSON.stringify(text));
      }),
      { numRuns: 5000, seed: 20261201 },
    );
  });

  it('are what tokenize gives on lines of any character', () => {
    fc.assert(
      fc.property(line([...ASCII_PIECES, ...OTHER_PIECES]), fc.string({ maxLength: 20 }), (text, extra) => {
        const all = (text + extra).slice(0, 100);
        assert.deepEqual(lineTokens(all), expected(all), JSON.stringify(all));
      }),
      { numRuns: 5000, seed: 20261201 },
    );
  });

  it('on fixed lines', () => {
    for (const text of [
      '',
      "Don't miss O'Brien's 1,000.5 points, 2.5. or 3,",
      "a'b' 'c ''d x1y2 ShareFacebookTwitter",
      'Share this:\tFacebook | Twitter',
      'Price: $14,000 (2019)',
    ]) {
      assert.deepEqual(lineTokens(text), expected(text), JSON.stringify(text));
    }
  });
});

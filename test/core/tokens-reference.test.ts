/**
 * The tokenizer's ASCII fast path against the tokenizer it sped up: words of ASCII letters and digits are read in
 * one loop that notes capitals (their lower form is their text, or a plain `toLowerCase`), everything else as
 * before. The reference below is the earlier tokenizer, reading every character through its Unicode classes; the
 * tokens must be the same, field for field, on the Brown press texts and on random texts of the characters the
 * fast path decides on.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { tokenize, type Token, type TokenKind } from '../../server/src/core/tokens';
import { brownFiles, brownText } from '../../bench/corpus';

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/u;

/** The character at `i`: a surrogate pair is one. */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text.charAt(i);
}

const isLetter = (text: string, i: number): boolean => LETTER.test(charAt(text, i));
const isDigit = (text: string, i: number): boolean => DIGIT.test(charAt(text, i));
/** A space is one code unit: a surrogate pair never is. */
const isSpace = (text: string, i: number): boolean => charAt(text, i).length === 1 && SPACE.test(charAt(text, i));

function referenceTokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    if (isSpace(text, i)) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    if (isDigit(text, i)) {
      kind = 'number';
      while (i < to && isDigit(text, i)) i++;
      while (i + 1 < to && (text.charAt(i) === ',' || text.charAt(i) === '.') && isDigit(text, i + 1)) {
        i++;
        while (i < to && isDigit(text, i)) i++;
      }
    } else if (isLetter(text, i)) {
      kind = 'word';
      for (;;) {
        while (i < to && (isLetter(text, i) || isDigit(text, i))) i += charAt(text, i).length;
        if (i + 1 < to && (text.charAt(i) === "'" || text.charAt(i) === '’') && isLetter(text, i + 1)) {
          i++;
          continue;
        }
        break;
      }
    } else {
      kind = 'punct';
      i += charAt(text, i).length;
    }
    const t = text.slice(start, i);
    tokens.push({ start, end: i, kind, text: t, lower: t.toLowerCase().replace(/\u2019/g, "'") });
  }
  return tokens;
}

const PIECES = [
  'word',
  'Word',
  'WORD',
  'x',
  'Z',
  'a1',
  'B2B',
  '2019',
  '14,000',
  '2.5',
  '1.',
  ',',
  '.',
  "'",
  '’',
  "don't",
  'Russia’s',
  "O'Neil",
  "'90s",
  'café',
  'CAFÉ',
  'Ωmega',
  'İstanbul',
  'ǅ',
  'ﬁ',
  'e\u0301',
  '😀',
  '\ud800',
  '𝐀',
  '٣',
  '_',
  '-',
  '/',
  ' ',
  '\u00a0',
  '\u2009',
  '\ufeff',
  '\n',
  '\t',
  '$',
  '%',
  'mAh',
];

describe('tokenize against the earlier tokenizer', () => {
  it('gives the same tokens on the Brown press texts', () => {
    const text = brownText([...brownFiles('ca'), ...brownFiles('cb'), ...brownFiles('cc')]).slice(0, 200_000);
    assert.deepEqual(tokenize(text), referenceTokenize(text));
  });

  it('gives the same tokens, and ranges, on random texts of the characters its fast path reads', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((ps) => ps.join('')),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const from = text.length === 0 ? 0 : a % text.length;
          const to = from + (text.length === 0 ? 0 : b % (text.length - from + 1));
          assert.deepEqual(tokenize(text), referenceTokenize(text));
          assert.deepEqual(tokenize(text, from, to), referenceTokenize(text, from, to));
        },
      ),
      { numRuns: 3000, seed: 11 },
    );
  });

  it('gives the same tokens on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 100 }), (text) =>
        assert.deepEqual(tokenize(text), referenceTokenize(text)),
      ),
      { numRuns: 1000, seed: 3 },
    );
  });
});

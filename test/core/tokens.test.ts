import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { brownFiles, brownText } from '../../bench/corpus';
import {
  isRegexSpaceCode,
  isRegexWordCode,
  mayBeListed,
  tokenize,
  TokenPool,
  WordSet,
  wordShapes,
  wordsOf,
  type Token,
} from '../../server/src/core/tokens';

const show = (text: string): string[] => tokenize(text).map((t) => `${t.kind}:${t.text}`);

describe('tokenize', () => {
  it('cuts words, numbers and punctuation, keeping apostrophes inside words', () => {
    assert.deepEqual(show("Russia’s don't then-President, 14,000 2.5 $3m."), [
      'word:Russia’s',
      "word:don't",
      'word:then',
      'punct:-',
      'word:President',
      'punct:,',
      'number:14,000',
      'number:2.5',
      'punct:$',
      'number:3',
      'word:m',
      'punct:.',
    ]);
  });

  it('leaves a trailing separator as punctuation and splits a unit from its number', () => {
    assert.deepEqual(show('in 2019, 6,000mAh 10%'), [
      'word:in',
      'number:2019',
      'punct:,',
      'number:6,000',
      'word:mAh',
      'number:10',
      'punct:%',
    ]);
  });

  it('keeps offsets into the original text across NBSP, emoji, lone surrogates and non-Latin letters', () => {
    const text = '\uFEFFa\u00A0😀 \uD800 Материалы 関連記事 café';
    for (const t of tokenize(text)) assert.equal(text.slice(t.start, t.end), t.text);
    assert.deepEqual(wordsOf(text), ['a', 'материалы', '関連記事', 'café']);
  });

  it('lower-cases and straightens curly apostrophes in the compared form', () => {
    assert.deepEqual(wordsOf('It’s BIG'), ["it's", 'big']);
  });

  it('tokenizes only the given range', () => {
    const text = 'one two three';
    assert.deepEqual(
      tokenize(text, 4, 7).map((t) => [t.start, t.end]),
      [[4, 7]],
    );
  });
});

describe('tokenize: one buffer shared by the calls', () => {
  it('gives each call its own array, the same after a huge call as before it', () => {
    const small = 'The 2 mayors’ plan, in 14,000 words.';
    const first = tokenize(small);
    // Far more tokens than the buffer keeps between calls: it is let go, and the next call starts again.
    const huge = 'a, 1 '.repeat(5000);
    const big = tokenize(huge);
    assert.equal(big.length, 15000);
    assert.deepEqual(
      big.slice(0, 4).map((t) => t.text),
      ['a', ',', '1', 'a'],
    );
    const again = tokenize(small);
    assert.deepEqual(again, first);
    assert.notEqual(again, first);
    // A call's array is the caller's: changing it changes no other call's.
    again.length = 0;
    assert.deepEqual(tokenize(small), first);
    assert.equal(first.length, 10);
    assert.ok(first.every((t) => t !== undefined));
  });
});

describe('tokenize with a TokenPool', () => {
  const plain = (t: Token): Token => ({ start: t.start, end: t.end, kind: t.kind, text: t.text, lower: t.lower });
  it('gives what a call without a pool gives, call after call, over texts shorter and longer than the one before', () => {
    const pool = new TokenPool();
    const texts = [
      'The 2 mayors’ plan, in 14,000 words.',
      'a',
      '',
      'Ünïcode café – don’t STOP; $3.5bn, 40% of 1,200 people.',
      // Past the objects a pool keeps: the rest are made fresh.
      'a, 1 '.repeat(2000),
      'One more sentence after the long one, 3 words.',
    ];
    for (const line of brownText(brownFiles('ca').slice(0, 2)).split('\n')) texts.push(line);
    let before: Token[] = [];
    for (const text of texts) {
      const pooled = tokenize(text, 0, text.length, pool);
      const fresh = tokenize(text);
      assert.deepEqual(pooled.map(plain), fresh.map(plain), text.slice(0, 40));
      assert.equal(pooled.length, fresh.length);
      // Each call has its own array; the objects are the call before's, written over.
      assert.notEqual(pooled, before);
      if (before.length > 0 && pooled.length > 0) assert.equal(pooled[0], before[0]);
      before = pooled;
    }
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 40 }), { maxLength: 6 }), (list) => {
        for (const text of list) assert.deepEqual(tokenize(text, 0, text.length, pool).map(plain), tokenize(text).map(plain));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps at most a few thousand objects however long a text it is given', () => {
    const pool = new TokenPool();
    const huge = 'a, 1 '.repeat(5000);
    assert.equal(tokenize(huge, 0, huge.length, pool).length, 15000);
    assert.ok(pool.objects.length < 15000 && pool.objects.length >= 2000, String(pool.objects.length));
  });
});

describe('character classes of regular expressions (for write-good parity)', () => {
  it('isRegexWordCode is \\w and isRegexSpaceCode is \\s, for every UTF-16 code unit', () => {
    for (let c = 0; c < 0x10000; c++) {
      const s = String.fromCharCode(c);
      assert.equal(isRegexWordCode(c), /\w/.test(s), `\\w ${c.toString(16)}`);
      assert.equal(isRegexSpaceCode(c), /\s/.test(s), `\\s ${c.toString(16)}`);
    }
  });
});

describe('wordShapes and mayBeListed (the test before a word list lookup)', () => {
  const words = ['said', 'according', 'a', 'per', 'spokeswoman', 'x'.repeat(31), 'y'.repeat(40)];
  const shapes = wordShapes(words);
  const listed = new Set(words);

  it('never rules out a listed word, and rules out words of another first letter, last letter or length', () => {
    for (const w of words) assert.equal(mayBeListed(shapes, w), true, w);
    for (const w of ['', 'says', 'sad', 'the', 'aid', 'señor', 'x'.repeat(30), '\u212Aid'])
      assert.equal(mayBeListed(shapes, w), listed.has(w), w);
    // A word of a listed word's shape is let through (the set lookup answers it), and so is a capital, which shares
    // its lower-case letter's five bits.
    assert.equal(mayBeListed(shapes, 'saïd'), true);
    assert.equal(mayBeListed(shapes, 'Said'), true);
    // Lengths from 31 on share one bit: a long word is only let through, never ruled out.
    assert.equal(mayBeListed(shapes, 'x'.repeat(45)), true);
  });

  it('agrees with the set whenever it rules a word out (generated words)', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z\u00e9\u212A']{0,12}$/), (w) => {
        if (!mayBeListed(shapes, w)) assert.equal(listed.has(w), false, w);
      }),
      { numRuns: 3000, seed: 6 },
    );
    let ruledOut = 0;
    for (const t of tokenize(brownText(brownFiles('ca').slice(0, 3))))
      if (!mayBeListed(shapes, t.lower)) {
        ruledOut++;
        assert.equal(listed.has(t.lower), false, t.lower);
      }
    assert.ok(ruledOut > 1000, `${ruledOut} ruled out`);
  });

  it('refuses a word it cannot shape', () => {
    assert.throws(() => wordShapes(['']));
    assert.throws(() => wordShapes(['señor', 'ñ']));
  });
});

describe('WordSet', () => {
  it('answers has() as a plain set of the same words (Brown tokens, generated words, lists with words outside ASCII)', () => {
    const lists = [['said', 'says', 'according', 'per', 'a', 'percent', 'x'.repeat(33)], ['’s', 'café', 'naïve', 'the'], []];
    const asked = tokenize(brownText(brownFiles('ca').slice(0, 2))).map((t) => t.lower);
    asked.push('', 'x'.repeat(33), 'x'.repeat(34), '’s', 'café', 'Said');
    for (const words of lists) {
      const plain = new Set(words);
      const shaped = new WordSet(words);
      assert.equal(shaped.size, plain.size);
      assert.deepEqual([...shaped], [...plain]);
      for (const w of asked) assert.equal(shaped.has(w), plain.has(w), w);
      fc.assert(
        fc.property(fc.stringMatching(/^[a-z\u00e9’']{0,10}$/), (w) => shaped.has(w) === plain.has(w)),
        { numRuns: 2000, seed: 8 },
      );
    }
  });
});

/**
 * The fast line features (furniture/features.ts: shared paragraph objects,
 * rows carved from shared buffers, native searches and cheap gates before the
 * patterns) give exactly what the plain reading gave (reference-features.ts,
 * the code before the speed work): every value, every flag, on every line of
 * the Brown press text, of the development pages when they are present, of the
 * test fixtures, and on generated lines built from the pieces the gates and
 * shortcuts look at (tabs, no-break spaces, digits, ©, "(c)", "copyright",
 * "is a", Han and kana, surrogates, letters that fold oddly, sentence marks,
 * closing quotes, ellipses), at every length around the thresholds.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { brownFiles, brownText } from '../../bench/corpus';
import { LINE_FEATURES, lineFeatures, type LineFeatures } from '../../server/src/core/analysis/furniture/features';
import { lineFeatures as referenceFeatures } from './reference-features';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpora/real-pages');
const FIXTURES = path.resolve(__dirname, '../../../test/fixtures');

/** Every field a caller reads; `first` and `second` are the model's, filled in later. */
function view(f: Omit<LineFeatures, 'teaser'>): Record<string, unknown> {
  return {
    values: [...f.values].map((v) => (Object.is(v, -0) ? '-0' : v)),
    words: f.words,
    prose: f.prose,
    anchor: f.anchor,
    looseAnchor: f.looseAnchor,
    hits: f.hits,
    worded: f.worded,
    folded: f.folded,
    skeleton: f.skeleton,
    colon: f.colon,
    quoteEnd: f.quoteEnd,
    commentChrome: f.commentChrome,
    sentence: f.sentence,
  };
}

const ELLIPSIS = LINE_FEATURES.indexOf('ends_ellipsis');

function same(line: string): void {
  const fast = lineFeatures(line);
  const reference = referenceFeatures(line);
  assert.deepEqual(view(fast), view(reference), JSON.stringify(line.slice(0, 200)));
  // (teaser, a field the reference reading does not have: what its values and quoteEnd say.)
  assert.equal(fast.teaser, (reference.values[ELLIPSIS] ?? 0) > 0 && !reference.quoteEnd, JSON.stringify(line.slice(0, 200)));
}

function linesOf(text: string): string[] {
  return text.split(/\r?\n|\r/u).filter((line) => line.trim() !== '');
}

/** Pieces of lines: what the gates, the shortcuts and the patterns look at, and plain prose around them. */
const PIECES = [
  'The council met on Tuesday',
  ' and voted to keep the ferry running',
  // What the ASCII token reader cuts: apostrophes inside and at the edges of words, numbers with separators,
  // words with digits, glued words, control characters and the other ASCII white space.
  "don't",
  "O'Brien's",
  "a'",
  "'a",
  "''",
  '1,000.5',
  '2.5.',
  '3,',
  'x1y2',
  'ShareFacebookTwitterEmail',
  '\u000b',
  '\r',
  '\u0001',
  ' through the winter',
  'a',
  ' ',
  '  ',
  '\t',
  '\u00a0',
  '\u2003',
  '.',
  '!',
  '?',
  '。',
  '…',
  '...',
  '"',
  '”',
  '’',
  ')',
  '*',
  '_',
  ':',
  ',',
  '|',
  ' - ',
  '12',
  '2019',
  '4:47',
  '(c)',
  '(C) 2020',
  '©',
  'ⓒ',
  'Copyright',
  'copyPy',
  'All rights reserved',
  'RV',
  ' is a reporter',
  ' was a',
  ' is the',
  ' has been',
  'Jane Doe',
  'Follow',
  'Reach her at',
  'have a tip',
  'newsletter',
  'Subscribe',
  'ſubſcribe',
  'cooKie',
  'İnbox',
  'Ünïcödé',
  'über',
  'Éric',
  '关于我们',
  'ニュース',
  '\ud83d\ude00',
  '\ud800',
  'Photo: Getty Images',
  'Share',
  'Facebook',
  'Read more',
  'you',
  'By Jane Doe',
  '2 days ago',
  'www.example.com',
  '[1]',
  '- ',
  '• ',
  ' · ',
  ' › ',
  ' » ',
  '«',
  '„',
  '“',
  '@',
  '/',
  ' > ',
  ' | ',
  'www.',
  'WWW.',
  '.de',
  '.İo',
  '.Kom',
  'a@b.co',
  'jsmith says:',
  'on May 2, 2019 at 4:47 pm said:',
  'Sept. 5',
  'ſept. 5',
  '5 ſept',
  '3 minutes ago',
  '3 minuteſ ago',
  'just now',
  'Image copyright',
  'Getty Images',
  '/ Reuters',
  '(Photo: AP)',
  'Kopyright',
  'copyright 2019',
  'all rightſ reserved',
  'ſays:',
  'Kommented:',
  '2020-01-05',
  '1/2/2020',
  // The Ⓒ that lower-cases to ⓒ; the ends the credit gate reads (an agency's last letter in any case, ſ and the
  // Kelvin sign among them, a closing bracket); the comment chrome the comment gate lets through.
  'Ⓒ',
  'Ⓒ 2019',
  'AFP',
  'epa',
  'REUTERſ',
  'iStockphoto',
  'ALAMY',
  'shutterstocK',
  'AP Photo',
  ' )',
  'Photo ©',
  'Reply',
  'downvote',
  'LiKe',
  '[ 40 comments ]',
  '12 comments',
  'Rating: 36',
];

describe('fast line features equal the plain reading', () => {
  it('on every line of the Brown press text', () => {
    const text = brownText([...brownFiles('ca'), ...brownFiles('cb'), ...brownFiles('cc')]);
    const lines = linesOf(text);
    assert.ok(lines.length > 4000, `${lines.length} lines`);
    for (const line of lines) same(line);
  });

  it('on every line of the development pages and the fixtures', (t) => {
    const files: string[] = [];
    for (const dir of [path.join(CORPUS, 'cases'), path.join(CORPUS, 'bodies'), path.join(FIXTURES, 'examples')]) {
      if (existsSync(dir)) for (const name of readdirSync(dir).sort()) files.push(path.join(dir, name));
    }
    if (!existsSync(path.join(CORPUS, 'cases'))) t.diagnostic('development pages not present: fixtures only');
    assert.ok(files.length > 0);
    for (const file of files) for (const line of linesOf(readFileSync(file, 'utf8'))) same(line);
  });

  it('on generated lines of every length', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 80 }), fc.string(), (pieces, extra) => {
        const line = pieces.join('') + extra;
        same(line);
        // As a paragraph too: long enough, ending like a sentence (and past the shapes' length limits).
        same(`${line} ${'And the words go on. '.repeat(5)}`);
        same(`${PIECES[0]}${line}.`);
        same(`${line}${' word'.repeat(250)}.`);
      }),
      { numRuns: 3000, seed: 20261130 },
    );
  });

  it('with each gated piece at every place around the read limits', () => {
    const pieces = [
      ' is a',
      ' was a',
      ' is the',
      ' has been',
      '(c) 2019',
      '©',
      'ⓒ',
      'Ⓒ',
      'copyright',
      'rights reserved',
      '12',
      '关于',
    ];
    for (const piece of pieces) {
      for (let at = 60; at <= 110; at++) {
        // Words before the piece, and a name of two long words (a bio's "Jane Doe is a …" where "is a" ends late).
        for (const before of ['Ab cd '.repeat(20).slice(0, at), `Jane ${'Doe'.repeat(40)}`.slice(0, at)]) {
          for (const after of ['', ' writer', ' reporter for the paper', `${' and more'.repeat(20)}`]) {
            same(`${before}${piece}${after}`);
            same(`${before}${piece}${after}.`);
          }
        }
      }
    }
  });

  it('on lines just around the length limits', () => {
    for (const length of [99, 100, 101, 119, 120, 121, 199, 200, 201, 599, 600, 601, 1199, 1200, 1201]) {
      for (const unit of ['ab ', 'a  ', 'a\t', 'a\u00a0', '12 ', 'py ', '关于 ', '(c) ']) {
        const body = unit.repeat(Math.ceil(length / unit.length)).slice(0, length - 1);
        for (const end of ['.', '!', '…', ':', '."']) same(`${body}${end}`);
      }
    }
  });
});

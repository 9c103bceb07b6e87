/**
 * The parse's fast paths against the code they replaced. The sentence splitter, the quotation finder, the
 * abbreviation test, the blank-line test and the link search read character codes through tables (and search
 * for rare needles first) where they once tested a Unicode regular expression per character; the answers must
 * be the same. The reference below is the earlier code, kept here as the slow path: each paragraph (from the
 * parse itself, whose paragraph split did not change) is split and searched again by it, on the Brown press
 * texts and on random texts built from the characters the fast paths treat specially.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseArticle, type DocFormat } from '../../server/src/core';
import { isBlank, MAX_SENTENCE_LENGTH, type Article } from '../../server/src/core/article';
import { brownFiles, brownText } from '../../bench/corpus';

// ---------------------------------------------------------------- the reference (the earlier, regex-based code)

const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt capt sgt maj adm cmdr rev hon pres supt insp st ' +
    'jr sr inc ltd co corp bros no nos vs etc approx dept univ ave blvd rd mt ft ' +
    'jan feb mar apr aug sept sep oct nov dec a.m p.m u.s u.k u.n e.g i.e'
  ).split(' '),
);

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text.charAt(i))) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  return /^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word);
}

function isSpace(code: number): boolean {
  return (
    code === 32 ||
    (code >= 9 && code <= 13) ||
    code === 0xa0 ||
    code === 0x2007 ||
    code === 0x202f ||
    (code >= 0x2000 && code <= 0x200a)
  );
}

function sentenceCut(body: string, s: number): { end: number; next: number } {
  const limit = s + MAX_SENTENCE_LENGTH;
  for (let k = limit; k > limit - MAX_SENTENCE_LENGTH / 2; k--) {
    if (!isSpace(body.charCodeAt(k))) continue;
    let e = k;
    while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
    if (e > s) return { end: e, next: k };
  }
  let cut = limit;
  const before = body.charCodeAt(cut - 1);
  const after = body.charCodeAt(cut);
  if (before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff) cut--;
  return { end: cut, next: cut };
}

function referenceSentences(body: string, longLines: boolean): number[] {
  const out: number[] = [];
  const end = body.length;
  let start = 0;
  const push = (to: number): void => {
    let s = start;
    start = to;
    for (;;) {
      while (s < to && (isSpace(body.charCodeAt(s)) || body.charCodeAt(s) === 0xfeff)) s++;
      let e = to;
      while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
      if (e <= s) return;
      if (e - s <= MAX_SENTENCE_LENGTH) {
        out.push(s, e);
        return;
      }
      const cut = sentenceCut(body, s);
      out.push(s, cut.end);
      s = cut.next;
    }
  };
  const candidates = longLines ? /[.!?…\r\n]/g : /[.!?…]/g;
  for (let m = candidates.exec(body); m; m = candidates.exec(body)) {
    const i = m.index;
    const c = body.charAt(i);
    if (c === '\n' || c === '\r') {
      push(i);
      continue;
    }
    let j = i + 1;
    while (j < end && '.…!?'.includes(body.charAt(j))) j++;
    while (j < end && '"\'”’)]»'.includes(body.charAt(j))) j++;
    candidates.lastIndex = j;
    if (j < end && !isSpace(body.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(body.charCodeAt(k))) k++;
    if (k < end) {
      if (!/[\p{Lu}\p{N}"'“‘([]/u.test(body.charAt(k))) continue;
      if (c === '.' && j === i + 1 && isAbbreviation(body, i)) continue;
    }
    push(j);
  }
  push(end);
  return out;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };

function isOpening(text: string, i: number): boolean {
  const prev = i > 0 ? text.charAt(i - 1) : ' ';
  const next = text.charAt(i + 1);
  if (next === '' || isSpace(next.charCodeAt(0))) return false;
  if ('"“«'.includes(text.charAt(i))) return !/[\p{L}\p{N}]/u.test(prev);
  return /[\s\u00A0([—–\-“"]/.test(prev) || i === 0;
}

/** The closer of a quotation opened at `from - 1`, searched from scratch (the earlier code kept a cursor). */
function closerFrom(text: string, closer: string, opener: string, from: number): number {
  for (let j = text.indexOf(closer, from); j !== -1; j = text.indexOf(closer, j + 1)) {
    const prev = text.charAt(j - 1);
    const next = j + 1 < text.length ? text.charAt(j + 1) : ' ';
    if (isSpace(prev.charCodeAt(0))) continue;
    if (closer === "'" || closer === '’') {
      if (/[\p{L}\p{N}]/u.test(next)) continue;
    } else if (opener === '"' && /[\p{L}\p{N}]/u.test(next)) {
      continue;
    }
    return j;
  }
  return -1;
}

function referenceQuotes(body: string): number[] {
  const out: number[] = [];
  const mark = /["'“‘«]/g;
  for (let m = mark.exec(body); m; m = mark.exec(body)) {
    const c = m[0];
    const closer = OPEN_CLOSE[c];
    if (closer === undefined || !isOpening(body, m.index)) continue;
    const close = closerFrom(body, closer, c, m.index + 1);
    if (close !== -1) {
      out.push(m.index, close + 1);
      mark.lastIndex = close + 1;
    }
  }
  return out;
}

const MD_LINK = /!?\[([^[\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"\n]*")?\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'“”]+[^\s<>()"'“”.,;:!?]/g;

/** Every line read by both expressions, with no search for needles first. */
function referenceLinks(article: Article): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const line of article.lines) {
    if (line.excluded && !line.text.includes('http')) continue;
    const taken: [number, number, number, number][] = [];
    for (const m of line.text.matchAll(MD_LINK)) {
      const start = line.start + m.index;
      const urlStart = start + m[0].indexOf('](') + 2;
      taken.push([start, start + m[0].length, urlStart, urlStart + (m[2] ?? '').length]);
    }
    let t = 0;
    for (const m of line.text.matchAll(BARE_URL)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      while (t < taken.length && (taken[t]?.[1] ?? 0) <= start) out.push(taken[t++] as [number, number, number, number]);
      const next = taken[t];
      if (next && next[0] < end) continue;
      out.push([start, end, start, end]);
    }
    while (t < taken.length) out.push(taken[t++] as [number, number, number, number]);
  }
  return out;
}

// ---------------------------------------------------------------- the comparison

function check(text: string, format: DocFormat = 'text'): void {
  const article = parseArticle(text, format);
  const sentences: number[] = [];
  const quotes: number[] = [];
  for (const p of article.paragraphs) {
    let longLines = false;
    for (let l = p.firstLine; l <= p.lastLine; l++) longLines ||= (article.lines[l]?.text.length ?? 0) > 100;
    const body = text.slice(p.start, p.end);
    const own = referenceSentences(body, longLines);
    for (let k = 0; k < own.length; k++) sentences.push(p.start + (own[k] ?? 0));
    const q = referenceQuotes(body);
    for (let k = 0; k < q.length; k++) quotes.push(p.start + (q[k] ?? 0));
  }
  assert.deepEqual(
    article.sentences.flatMap((s) => [s.start, s.end]),
    sentences,
    `sentences of ${JSON.stringify(text.slice(0, 200))}`,
  );
  for (const s of article.sentences) assert.equal(s.text, text.slice(s.start, s.end));
  assert.deepEqual(
    article.quotes.flatMap((q) => [q.start, q.end]),
    quotes,
    `quotations of ${JSON.stringify(text.slice(0, 200))}`,
  );
  assert.deepEqual(
    article.links.map((l) => [l.start, l.end, l.url.start, l.url.end]),
    referenceLinks(article),
    `links of ${JSON.stringify(text.slice(0, 200))}`,
  );
  for (const line of article.lines) assert.equal(line.blank, /^[\s\u00A0\uFEFF]*$/.test(line.text));
}

/** Pieces the fast paths treat specially: abbreviations, initials, terminal runs, closers, quotes, spaces, letters beyond ASCII. */
const PIECES = [
  'Mr.',
  'mr.',
  'Dr',
  'J.',
  'U.S.',
  'u.s',
  'e.g.',
  'approx.',
  'Approx',
  'APPROX.',
  'Sept.',
  'a.m.',
  'etc.',
  'No.',
  'É.',
  'Ž.',
  'ÉTC.',
  'é.t.',
  'İ.',
  'ﬀ.',
  'Σ.',
  'ǅ.',
  'word',
  'Word',
  'café',
  'Łódź',
  '1960',
  '٣',
  '², ',
  '.',
  '..',
  '...',
  '…',
  '!',
  '?',
  '?!',
  '."',
  ".'",
  '.”',
  '.’',
  '.)',
  '.]',
  '.»',
  ' ',
  '  ',
  '\u00a0',
  '\u2009',
  '\u202f',
  '\u3000',
  '\ufeff',
  '\n',
  '\r\n',
  '"',
  "'",
  '“',
  '”',
  '‘',
  '’',
  '«',
  '»',
  '(',
  '[',
  '—',
  '–',
  '-',
  "don't",
  "'90s",
  "the Smiths'",
  '😀',
  '\ud83d',
  'x',
  'A',
  'b',
  'http://a.example/x',
  'https://b.example',
  'www.c.example',
  'http',
  '[link](http://d.example)',
  '](',
  '://',
  '<!-- c -->',
  '\t',
  'a'.repeat(120),
];

const piecesText = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((ps) => ps.join(''));

describe('the parse against the earlier code', () => {
  it('gives the same sentences, quotations, links and blank lines on the Brown press texts', () => {
    const files = [...brownFiles('ca'), ...brownFiles('cb'), ...brownFiles('cc')];
    for (let i = 0; i < files.length; i += 8) check(brownText(files.slice(i, i + 8)));
  });

  it('gives the same on random texts of the characters its fast paths read', () => {
    fc.assert(
      fc.property(piecesText, fc.constantFrom<DocFormat>('text', 'markdown'), (text, format) => check(text, format)),
      { numRuns: 3000, seed: 2026 },
    );
  });

  it('gives the same on random Unicode text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => check(text)),
      { numRuns: 1000, seed: 7 },
    );
  });

  it('reads a blank line as the expression did', () => {
    for (const s of ['', ' ', '\t', '\u00a0', '\ufeff', '\u2028', '\u3000 x', 'x', '!', '\u0085', ' \u0085'])
      assert.equal(isBlank(s), /^[\s\u00A0\uFEFF]*$/.test(s), JSON.stringify(s));
  });
});

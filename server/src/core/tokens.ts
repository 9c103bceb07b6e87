/**
 * One word tokenizer for every reader of words: the furniture features, the
 * figure model and the source index. A token is a word, a number or one
 * punctuation character, with UTF-16 offsets into the text it was cut from;
 * whitespace separates tokens and is not one. (The phrase matcher, which must
 * match exactly what write-good's regular expressions match, reads words as
 * those expressions do, with the character classes at the end of this file.)
 *
 * - A word is a run of letters, marks and digits that starts with a letter or
 *   mark, with apostrophes inside it ("don't", "Russia’s"); a hyphen or slash
 *   ends it, so "then-President" is three tokens.
 * - A number is a run of digits with single `,` or `.` between digit groups
 *   ("14,000", "2.5", "1.234,5"); letters right after it start a word
 *   ("6,000mAh" is a number and a word), and a trailing `.` or `,` is
 *   punctuation.
 * - Anything else that is not whitespace is one punctuation token per UTF-16
 *   code unit pair (an emoji or a lone surrogate is one token).
 *
 * The scan is one pass, linear in the text, with no regular expression per
 * character beyond a table lookup for ASCII.
 */

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  start: number;
  end: number;
  kind: TokenKind;
  /** The token's text as written. */
  text: string;
  /** Lower-cased text, with a curly apostrophe as a straight one: the form matchers compare. */
  lower: string;
}

const LETTER = /[\p{L}\p{M}]/u;
const DIGIT = /\p{Nd}/u;
const SPACE = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]/u;

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** The code point at `i` as a string (a surrogate pair is one character). */
function charAt(text: string, i: number): string {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return text.slice(i, i + 2);
  }
  return text.charAt(i);
}

/** Kinds of a character (bits): what `isLetterAt`, `isDigitAt` and `isSpaceAt` say of it. */
const K_LETTER = 1;
const K_DIGIT = 2;
const K_SPACE = 4;
const K_KNOWN = 8;

function kindOf(ch: string): number {
  return (LETTER.test(ch) ? K_LETTER : 0) | (DIGIT.test(ch) ? K_DIGIT : 0) | (SPACE.test(ch) ? K_SPACE : 0);
}

/**
 * The kinds of every UTF-16 code unit outside the surrogates, filled as characters are met (`K_KNOWN` marks a
 * filled entry; ASCII at once): the tokenizer reads a table instead of testing a regular expression per character.
 */
const UNIT_KIND = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT_KIND[c] = kindOf(String.fromCharCode(c)) | K_KNOWN;

/** The kinds of the character at `i` (a surrogate pair is one character; a lone surrogate is none of them). */
function kindAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) {
    let k = UNIT_KIND[c] as number;
    if (k === 0) {
      k = kindOf(String.fromCharCode(c)) | K_KNOWN;
      UNIT_KIND[c] = k;
    }
    return k;
  }
  // A space is one code unit: a surrogate pair is never one.
  return kindOf(charAt(text, i)) & ~K_SPACE;
}

export function isLetterAt(text: string, i: number): boolean {
  return (kindAt(text, i) & K_LETTER) !== 0;
}

export function isDigitAt(text: string, i: number): boolean {
  return (kindAt(text, i) & K_DIGIT) !== 0;
}

export function isSpaceAt(text: string, i: number): boolean {
  return (kindAt(text, i) & K_SPACE) !== 0;
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019;
}

/** UTF-16 length of the character at `i`: 2 for a surrogate pair. */
function widthAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return 2;
  }
  return 1;
}

/**
 * The one-character strings of ASCII, made once: an ASCII punctuation token takes its text (and its lower form, the
 * same) from here rather than from a slice.
 */
const ASCII_CHAR: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

/**
 * Token objects lent from one call of `tokenize` to the next, for a caller that reads many texts one after the other
 * and keeps none of a text's tokens past the next call (the figure model's readers: a sentence's quantities, figures
 * and cues hold offsets and strings, no token). Each call writes the tokens of the call before over, instead of
 * making an object per token again: the tokens of a lint's ~1,000 candidate sentences were about half of what the
 * figure model allocates. Make one per run (a pool lives only as long as its caller keeps it).
 */
export class TokenPool {
  readonly objects: Token[] = [];
}

/**
 * The most token objects a pool keeps: a sentence is cut at 2,000 characters (`MAX_SENTENCE_LENGTH`), so a
 * sentence's tokens always fit; tokens past this many (a caller passing a longer text) are made fresh and not kept.
 */
const POOL_LIMIT = 4096;

/**
 * Cuts `text` from `from` to `to` into tokens. Offsets index `text`. With a `pool`, the tokens are its objects, and
 * the next call with the same pool writes them over (the array is the call's own).
 */
export function tokenize(text: string, from = 0, to = text.length, pool?: TokenPool): Token[] {
  // A fresh array per call, grown by `push`. (A buffer kept between calls and copied out at the end allocated less, but
  // it lived in the old generation: each token stored into it went through the write barrier into the remembered set,
  // and was stored again to clear it, which cost more than the growing array's copies: tokenize ran about a tenth
  // slower on the 1 MB press text's candidate sentences.)
  // With a pool, the call's tokens are the pool's first objects, copied out at the end into an array of their number
  // (no array grown token by token); `tokens` then holds only those past the pool's limit.
  const tokens: Token[] = [];
  let pooled = 0;
  let i = from;
  while (i < to) {
    const c = text.charCodeAt(i);
    // ASCII, most of every text, is read straight from the table; anything else through `kindAt`.
    const k = c < 128 ? (UNIT_KIND[c] as number) : kindAt(text, i);
    if (k & K_SPACE) {
      i++;
      continue;
    }
    const start = i;
    let kind: TokenKind;
    let t: string;
    let lower: string;
    if (k & K_DIGIT) {
      i = digitsEnd(text, i, to);
      // Digit groups joined by single separators: 14,000 / 2.5 / 1.234,5
      while (i + 1 < to && (text.charCodeAt(i) === 44 || text.charCodeAt(i) === 46) && kindAt(text, i + 1) & K_DIGIT) {
        i = digitsEnd(text, i + 1, to);
      }
      kind = 'number';
      t = text.slice(start, i);
      // Digits and the separators between them have no case and no curly apostrophe: `lowerForm` gives the same.
      lower = t;
    } else if (k & K_LETTER) {
      // A word of ASCII letters and digits, the common case, read in one loop that notes capitals: its lower form
      // is its text, or a plain `toLowerCase`. Anything else (an apostrophe, a letter beyond ASCII) goes on in
      // `wordEnd` and takes `lowerForm`.
      let upper = false;
      let d = c;
      for (;;) {
        if (d >= 65 && d <= 90) upper = true;
        else if (!(d >= 97 && d <= 122) && !(d >= 48 && d <= 57)) break;
        if (++i >= to) break;
        d = text.charCodeAt(i);
      }
      kind = 'word';
      if (i < to && (d >= 128 || isApostrophe(d))) {
        i = wordEnd(text, i, to);
        t = text.slice(start, i);
        lower = lowerForm(t);
      } else {
        t = text.slice(start, i);
        lower = upper ? t.toLowerCase() : t;
      }
    } else if (c < 128) {
      // ASCII punctuation: no capital, no curly apostrophe, so it is its own lower form.
      i++;
      kind = 'punct';
      t = ASCII_CHAR[c] as string;
      lower = t;
    } else {
      i += widthAt(text, i);
      kind = 'punct';
      t = text.slice(start, i);
      lower = lowerForm(t);
    }
    if (pool !== undefined && pooled < POOL_LIMIT) {
      const o = pool.objects[pooled];
      if (o === undefined) pool.objects.push({ start, end: i, kind, text: t, lower });
      else {
        o.start = start;
        o.end = i;
        o.kind = kind;
        o.text = t;
        o.lower = lower;
      }
      pooled++;
    } else tokens.push({ start, end: i, kind, text: t, lower });
  }
  if (pool === undefined) return tokens;
  const own = pool.objects.slice(0, pooled);
  return tokens.length === 0 ? own : own.concat(tokens);
}

/** The end of a run of digits (code units: a digit outside the BMP ends the run after its first half, as ever). */
function digitsEnd(text: string, i: number, to: number): number {
  while (i < to && kindAt(text, i) & K_DIGIT) i++;
  return i;
}

function wordEnd(text: string, i: number, to: number): number {
  for (;;) {
    while (i < to && kindAt(text, i) & (K_LETTER | K_DIGIT)) i += widthAt(text, i);
    // An apostrophe with a letter on both sides stays inside the word.
    if (i + 1 < to && isApostrophe(text.charCodeAt(i)) && kindAt(text, i + 1) & K_LETTER) {
      i++;
      continue;
    }
    return i;
  }
}

/** The form matchers compare: lower case, curly apostrophes straightened. */
export function lowerForm(s: string): string {
  // Most words are in that form already (ASCII with no capital): the word itself, with no new string.
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return lowerCased(s);
  }
  return s;
}

function lowerCased(s: string): string {
  const lower = s.toLowerCase();
  return lower.includes('\u2019') ? lower.replace(/\u2019/g, "'") : lower;
}

/** The words of a text (numbers included), lower-cased: a convenience for counting and comparing. */
export function wordsOf(text: string): string[] {
  const out: string[] = [];
  for (const t of tokenize(text)) if (t.kind !== 'punct') out.push(t.lower);
  return out;
}

// ---------------------------------------------------------------- words as regular expressions see them

/**
 * write-good's checks are JavaScript regular expressions, and the phrase
 * matcher (analysis/phrases.ts) reproduces them exactly, so it needs words as
 * those expressions see them: `\w` is an ASCII letter, digit or `_` (in
 * "café", "caf" is a word and "é" is not), `\b` falls between a `\w` and
 * anything else, and `\s` is Unicode white space and the line terminators.
 * These are not the words of `tokenize` (which keeps "café" and "don't"
 * whole); they are the units write-good's expressions match, and the phrase
 * matcher finds its words (runs of `\w`) with them as it scans.
 */
const REGEX_WORD = new Uint8Array(128);
for (let c = 0; c < 128; c++) REGEX_WORD[c] = isAsciiLetter(c) || isAsciiDigit(c) || c === 95 ? 1 : 0;

/** Whether a UTF-16 code unit is `\w` in a JavaScript regular expression. */
export function isRegexWordCode(c: number): boolean {
  return c < 128 && REGEX_WORD[c] === 1;
}

/** Whether a UTF-16 code unit is `\s` in a JavaScript regular expression. */
export function isRegexSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

// ---------------------------------------------------------------- a quick test before a word list's lookup

/**
 * The shapes of a list of ASCII words (lower case): for each first and last character, a bit per length (31 standing
 * for 31 and more). A token's word is a fresh string, and a set lookup hashes it first; `mayBeListed` rules out nearly
 * every word of a sentence by one read of this table instead. The characters are taken by their low five bits
 * (`SHAPE_BITS`), which keeps the 26 lower-case letters apart: a table of 4 KB, one memory page. The figure model
 * holds about a hundred lists, and a table indexed by the full 7-bit codes (64 KB each) raised a fresh process's
 * resident memory by about 5.5 MiB before its first lint. A digit or a sign shares its bucket with a letter, which
 * only lets a word through to the set's own lookup.
 */
const SHAPE_BITS = 5;
const SHAPE_MASK = (1 << SHAPE_BITS) - 1;
export function wordShapes(words: Iterable<string>): Uint32Array {
  const shapes = new Uint32Array(1 << (2 * SHAPE_BITS));
  for (const w of words) {
    const first = w.charCodeAt(0);
    const last = w.charCodeAt(w.length - 1);
    if (w.length === 0 || first >= 128 || last >= 128) throw new Error(`wordShapes: not an ASCII word: ${JSON.stringify(w)}`);
    const k = ((first & SHAPE_MASK) << SHAPE_BITS) | (last & SHAPE_MASK);
    shapes[k] = (shapes[k] ?? 0) | (1 << Math.min(w.length, 31));
  }
  return shapes;
}

/** False when `word` is surely not in the list `shapes` was made from (`wordShapes`); true when it may be. */
export function mayBeListed(shapes: Uint32Array, word: string): boolean {
  const n = word.length;
  if (n === 0) return false;
  const first = word.charCodeAt(0);
  const last = word.charCodeAt(n - 1);
  return (
    first < 128 &&
    last < 128 &&
    ((shapes[((first & SHAPE_MASK) << SHAPE_BITS) | (last & SHAPE_MASK)] as number) & (1 << (n < 31 ? n : 31))) !== 0
  );
}

/**
 * A set of words (lower case) whose `has` first asks `mayBeListed`: the figure model's word lists are asked about
 * most words of a candidate sentence, each a fresh string that a plain set hashes before it can answer. A list
 * with a word outside ASCII at either end is asked as a plain set. It holds a set rather than extending `Set`: the
 * subclass's `has`, which calls `super.has`, made sentenceFigures about 15% slower than this one (not inlined).
 */
export class WordSet implements ReadonlySet<string> {
  private readonly words: ReadonlySet<string>;
  private readonly shapes: Uint32Array | undefined;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    let shaped = true;
    for (const w of this.words) {
      if (w.length === 0 || w.charCodeAt(0) >= 128 || w.charCodeAt(w.length - 1) >= 128) shaped = false;
    }
    this.shapes = shaped ? wordShapes(this.words) : undefined;
  }

  has(word: string): boolean {
    return (this.shapes === undefined || mayBeListed(this.shapes, word)) && this.words.has(word);
  }

  get size(): number {
    return this.words.size;
  }

  forEach(callback: (value: string, key: string, set: ReadonlySet<string>) => void, thisArg?: unknown): void {
    this.words.forEach((v) => callback.call(thisArg, v, v, this));
  }

  entries(): SetIterator<[string, string]> {
    return this.words.entries();
  }

  keys(): SetIterator<string> {
    return this.words.keys();
  }

  values(): SetIterator<string> {
    return this.words.values();
  }

  [Symbol.iterator](): SetIterator<string> {
    return this.words[Symbol.iterator]();
  }
}

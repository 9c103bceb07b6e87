/**
 * Word-level judgements shared by the boilerplate and truncated-teaser
 * analyses: is a word a known English word, does a word look cut off, is a
 * word a stop word.
 *
 * The English word list lives in `word-filter-data.ts` as a Bloom filter
 * (about 64 KB of bits for some 64,000 words), so the bundle carries no
 * word list. A Bloom filter can answer "known" for a word it never saw
 * (about 2% of the time) but never "unknown" for a word it holds: the
 * error only makes a cut word look complete, which errs on the quiet side.
 */
import { WORD_FILTER, WORD_FILTER_BITS, WORD_FILTER_HASHES } from './word-filter-data';

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function hashes(word: string): [number, number] {
  // FNV-1a, and a second FNV-1a with another basis for double hashing.
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return [h1 >>> 0, (h2 | 1) >>> 0];
}

function bitIndexes(word: string, bits: number, count: number): number[] {
  const mask = (1 << bits) - 1;
  const [h1, h2] = hashes(word);
  const out: number[] = [];
  for (let i = 0; i < count; i++) out.push((h1 + Math.imul(i, h2)) & mask);
  return out;
}

/** Builds the filter's text from a word list: used to generate `word-filter-data.ts` and by its staleness test. */
export function buildWordFilter(words: Iterable<string>, bits = WORD_FILTER_BITS, count = WORD_FILTER_HASHES): string {
  const bytes = new Uint8Array((1 << bits) / 8);
  for (const word of words) {
    for (const b of bitIndexes(word, bits, count)) bytes[b >> 3] = (bytes[b >> 3] ?? 0) | (1 << (b & 7));
  }
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    out += BASE64.charAt((n >> 18) & 63) + BASE64.charAt((n >> 12) & 63);
    out += i + 1 < bytes.length ? BASE64.charAt((n >> 6) & 63) : '=';
    out += i + 2 < bytes.length ? BASE64.charAt(n & 63) : '=';
  }
  return out;
}

function decode(text: string): Uint8Array {
  const values: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const v = BASE64.indexOf(text.charAt(i));
    if (v !== -1) values.push(v);
  }
  const bytes = new Uint8Array(Math.floor((values.length * 6) / 8));
  let acc = 0;
  let held = 0;
  let j = 0;
  for (const v of values) {
    acc = ((acc << 6) | v) & 0xffffff;
    held += 6;
    if (held >= 8) {
      held -= 8;
      if (j < bytes.length) bytes[j++] = (acc >> held) & 0xff;
    }
  }
  return bytes;
}

let filter: Uint8Array | undefined;

/** Whether a lower-case word is in the English word list. */
export function isKnownWord(lower: string): boolean {
  filter ??= decode(WORD_FILTER);
  const f = filter;
  return bitIndexes(lower, WORD_FILTER_BITS, WORD_FILTER_HASHES).every((b) => ((f[b >> 3] ?? 0) & (1 << (b & 7))) !== 0);
}

/** Inflections a word list may lack: the stem is then checked instead. */
const SUFFIXES: readonly [string, string[]][] = [
  ['s', ['']],
  ['es', ['']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['ly', ['']],
  ['er', ['', 'e']],
  ['ers', ['', 'e']],
  ['ness', ['']],
  ['ment', ['']],
  ['ments', ['']],
];

function knownOrInflected(lower: string): boolean {
  if (isKnownWord(lower)) return true;
  for (const [suffix, restore] of SUFFIXES) {
    if (lower.length - suffix.length < 3 || !lower.endsWith(suffix)) continue;
    const stem = lower.slice(0, -suffix.length);
    if (restore.some((r) => isKnownWord(stem + r))) return true;
  }
  // Closed compounds ("livestream", "smartwatch"): two known words of four letters or more.
  for (let i = 4; i <= lower.length - 4; i++) {
    if (isKnownWord(lower.slice(0, i)) && isKnownWord(lower.slice(i))) return true;
  }
  return false;
}

const WORD_TAIL = /[\p{L}\p{M}'’-]+$/u;

/**
 * The word fragment that ends `before` (the text before an ellipsis), or ''
 * when the ellipsis follows a space or punctuation (a cut at a word boundary).
 */
export function finalFragment(before: string): string {
  const m = WORD_TAIL.exec(before);
  if (!m) return '';
  // A digit glued to the letters ("5G", "202") makes the fragment unjudgeable.
  const at = m.index;
  if (at > 0 && /[\p{N}]/u.test(before.charAt(at - 1))) return '';
  return m[0].replace(/^['’-]+/, '');
}

/**
 * Whether the fragment before an ellipsis looks like a word cut in two.
 * `sentenceStart`: the fragment opens a sentence, so a capital says nothing.
 */
export function looksCutOff(fragment: string, sentenceStart: boolean): boolean {
  if (fragment === '') return false;
  // Only the last part of a hyphenated compound can be cut.
  let word = fragment.slice(fragment.lastIndexOf('-') + 1);
  if (word === '') return false;
  // A plural possessive ("the players’") is complete; a lone apostrophe after anything else is a cut ("don’").
  if (/['’]$/.test(word)) {
    if (!/s['’]$/i.test(word)) return true;
    word = word.slice(0, -1);
  }
  word = word.replace(/['’]s$/i, '');
  if (word.length === 1) return !/^[aAiI]$/.test(word);
  if (word === word.toUpperCase()) return false; // an acronym: "NATO", "UN"
  const lower = word.toLowerCase();
  const capitalized = word !== lower;
  if (capitalized && !sentenceStart) return false; // a name
  if (/['’]/.test(lower)) return !lower.split(/['’]/).every((part) => part === '' || knownOrInflected(part) || part.length <= 2);
  return !knownOrInflected(lower);
}

export const STOP_WORDS = new Set(
  (
    'a an the and or but nor so yet for of in on at to from by with about as into onto over under after before ' +
    "than then that this these those there here it its it’s it's is are was were be been being am do does did " +
    'has have had will would shall should can could may might must not no he she they we you i me him her them us ' +
    'my your his our their who whom whose which what when where why how if while because though although also ' +
    'just very more most some any all each every other such up down out off again only own same too'
  ).split(' '),
);

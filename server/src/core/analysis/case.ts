/**
 * Capitalisation: what the prose says about each word (capitalised mid-sentence
 * means a proper noun; lowercase mid-sentence means a common word), and the
 * headline styles (title case, sentence case) with conversions between them.
 */
import type { Article } from '../article';
import { isKnownWord } from './words';

export interface WordEvidence {
  /** Lowercase words seen capitalised in the middle of a prose sentence. */
  proper: Set<string>;
  /** Lowercase words seen in lowercase in prose. */
  common: Set<string>;
}

const OPENERS = /["'“‘«([:;—–-]\s*$/u;
const FIRST_CHAR = /[\p{L}\p{N}]/gu;

/**
 * One pass over the prose sentences, looking only for `words` (lowercase):
 * a single regular expression finds them, so the prose's other words cost nothing.
 */
export function wordEvidence(article: Article, words: Iterable<string>): WordEvidence {
  const proper = new Set<string>();
  const common = new Set<string>();
  const list = [...new Set(words)].filter((w) => /^[\p{L}\p{M}'’]+$/u.test(w)).sort((a, b) => b.length - a.length);
  if (list.length === 0) return { proper, common };
  const re = new RegExp(`(?<![\\p{L}\\p{M}\\p{N}'’])(?:${list.join('|')})(?:['’]s)?(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
  const { text, sentences, paragraphs } = article;
  // One pass over the text; the sentence pointer follows the matches.
  let si = 0;
  let sentence = sentences[0];
  let firstWord = -1;
  let firstOf = -1;
  re.lastIndex = sentence?.start ?? text.length;
  for (let m = re.exec(text); m && sentence; m = re.exec(text)) {
    while (sentence && m.index >= sentence.end) sentence = sentences[++si];
    if (!sentence) break;
    if (m.index < sentence.start || paragraphs[sentence.paragraph]?.kind === 'heading') {
      re.lastIndex = m.index < sentence.start ? sentence.start : sentence.end;
      continue;
    }
    if (firstOf !== si) {
      FIRST_CHAR.lastIndex = sentence.start;
      firstWord = FIRST_CHAR.exec(text)?.index ?? sentence.start;
      firstOf = si;
    }
    const word = m[0];
    const key = keyOf(word);
    const c = word.charAt(0);
    if (isLower(c)) {
      common.add(key);
    } else if (isUpper(c) && m.index !== firstWord) {
      // A capital after an opening quote, a colon or a dash may start a quoted sentence.
      const before = text.slice(Math.max(sentence.start, m.index - 3), m.index);
      if (!OPENERS.test(before)) proper.add(key);
    }
  }
  return { proper, common };
}

/**
 * Adds to `evidence.proper` the words that a sentence-case heading capitalises after its opening word: such a
 * heading capitalises only names, so the headline's "Harbour Trust" stays capitalised when another heading is
 * converted to sentence case, though the text never names it mid-sentence. The opening word joins them when a
 * capitalised word follows it directly and it is neither a small word nor seen lowercase in the prose: a name that
 * opens the headline ("Maria Ortega wins") runs on.
 */
export function addHeadlineCapitals(heading: string, evidence: WordEvidence): void {
  const ps = parts(heading);
  for (const [i, p] of ps.entries()) {
    if (p.opener || fixedCase(p.word) || !isUpper(p.word.charAt(0))) continue;
    evidence.proper.add(keyOf(p.word));
    const prev = ps[i - 1];
    if (prev?.opener && p.start === prev.end + 1 && isUpper(prev.word.charAt(0))) {
      const key = keyOf(prev.word);
      if (!SMALL_WORDS.has(key) && !evidence.common.has(key)) evidence.proper.add(key);
    }
  }
}

/** The lowercase words of a heading, as `wordEvidence` wants them. */
export function headingWords(heading: string): string[] {
  return parts(heading).map((p) => keyOf(p.word));
}

/** Lowercase in title case unless first or last (and after a colon). */
export const SMALL_WORDS = new Set(
  'a an and as at but by en for from in into nor of on onto or per the to upon via vs with'.split(' '),
);
/** Words that house styles treat differently in title case: they tell nothing about the style. */
const NEUTRAL = new Set([...SMALL_WORDS, 'so', 'yet', 'up', 'out', 'off', 'over', 'than', 'if']);

export type CaseStyle = 'title' | 'sentence';

interface Part {
  start: number;
  end: number;
  word: string;
  /** First letter part of a whitespace-separated chunk (not the "backed" of "Trump-backed"). */
  head: boolean;
  /** The heading's first word, or the first after a colon or a dash: capitalised in both styles. */
  opener: boolean;
  last: boolean;
}

const CHUNK = /\S+/g;
const PART = /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’]*/gu;

function parts(heading: string): Part[] {
  const out: Part[] = [];
  let opener = true;
  CHUNK.lastIndex = 0;
  for (let c = CHUNK.exec(heading); c; c = CHUNK.exec(heading)) {
    const chunk = c[0];
    let head = true;
    PART.lastIndex = 0;
    let sawLetter = false;
    for (let p = PART.exec(chunk); p; p = PART.exec(chunk)) {
      out.push({ start: c.index + p.index, end: c.index + p.index + p[0].length, word: p[0], head, opener, last: false });
      head = false;
      sawLetter = true;
    }
    if (sawLetter) opener = false;
    if (/[:?!—–]$/.test(chunk) || chunk === '-' || chunk === '--') opener = true;
  }
  const last = out[out.length - 1];
  if (last) last.last = true;
  return out;
}

/** Acronyms, "iPhone", "McCain", "I": capitalised the same in both styles. */
function fixedCase(word: string): boolean {
  if (word === 'I' || /^I['’]/.test(word)) return true;
  if (/\p{N}/u.test(word)) return true;
  return /\p{Lu}/u.test(word.slice(1));
}

function isUpper(c: string): boolean {
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isLower(c: string): boolean {
  return c !== c.toUpperCase() && c === c.toLowerCase();
}

/** A dictionary word, allowing the commonest inflections ("envoys", "backed", "talking"). */
function dictionaryWord(key: string): boolean {
  if (isKnownWord(key)) return true;
  for (const [suffix, restore] of INFLECTIONS) {
    if (
      key.length - suffix.length >= 3 &&
      key.endsWith(suffix) &&
      restore.some((r) => isKnownWord(key.slice(0, -suffix.length) + r))
    )
      return true;
  }
  return false;
}
const INFLECTIONS: readonly [string, string[]][] = [
  ['s', ['']],
  ['es', ['']],
  ['ies', ['y']],
  ['ed', ['', 'e']],
  ['ing', ['', 'e']],
  ['er', ['', 'e']],
  ['ers', ['', 'e']],
];

function keyOf(word: string): string {
  return word.toLowerCase().replace(/['’]s$/u, '');
}

/**
 * The heading's style, when it is clearly one: every word that could tell
 * (not the first, not a small word, not a proper noun or acronym) agrees.
 * Headings of fewer than three words are never clear.
 */
export function headingStyle(heading: string, evidence: WordEvidence): CaseStyle | undefined {
  const ps = parts(heading);
  const words = heading.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (words < 3) return undefined;
  let upper = 0;
  let lower = 0;
  for (const p of ps) {
    if (p.opener || !p.head || fixedCase(p.word)) continue;
    const key = keyOf(p.word);
    if (NEUTRAL.has(key) || evidence.proper.has(key)) continue;
    const c = p.word.charAt(0);
    // A capitalised word that is in no dictionary and never lowercase in the prose is likely a name.
    if (isUpper(c) && !likelyCommon(key, evidence)) continue;
    if (isUpper(c)) upper++;
    else if (isLower(c)) lower++;
  }
  if (upper > 0 && lower === 0) return 'title';
  if (lower > 0 && upper === 0) return 'sentence';
  return undefined;
}

function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * The heading in the other style. Sentence case keeps the capitals of the
 * opening word, acronyms, words the prose capitalises mid-sentence and words
 * that are neither in the dictionary nor lowercase in the prose (likely names).
 */
export function convertHeading(heading: string, style: CaseStyle, evidence: WordEvidence): string {
  let out = '';
  let pos = 0;
  const list = parts(heading);
  // Two copies of a word with only white space between them.
  const doubled = (a: Part | undefined, b: Part | undefined): boolean =>
    a !== undefined && b !== undefined && a.word === b.word && /^\s+$/u.test(heading.slice(a.end, b.start));
  list.forEach((p, i) => {
    let word = p.word;
    const key = keyOf(word);
    // A doubled word stays as written: the pair is a slip or a name ("New New"), and which one is
    // lexical-illusion's question, not one for a change of style to answer by changing one copy or both.
    if (!fixedCase(word) && !doubled(list[i - 1], p) && !doubled(p, list[i + 1])) {
      if (style === 'title') {
        if (p.opener || p.last || !SMALL_WORDS.has(key)) word = capitalize(word);
        else word = word.charAt(0).toLowerCase() + word.slice(1);
      } else if (!p.opener && !evidence.proper.has(key) && isUpper(word.charAt(0)) && likelyCommon(key, evidence)) {
        word = word.charAt(0).toLowerCase() + word.slice(1);
      }
    }
    out += heading.slice(pos, p.start) + word;
    pos = p.end;
  });
  return out + heading.slice(pos);
}

function likelyCommon(key: string, evidence: WordEvidence): boolean {
  return evidence.common.has(key) || NEUTRAL.has(key) || dictionaryWord(key);
}

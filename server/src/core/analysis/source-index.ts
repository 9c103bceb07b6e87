/**
 * A rewrite read beside its source. The source is indexed once per text
 * (cached through `RuleContext.cache` by the source text, so the language
 * server does not index it again after each keystroke in the rewrite); the
 * rewrite gets the same per-text analysis once per run. The drift rules ask
 * this module, never the raw texts:
 *
 * - `words`: every word and number of the prose in order, with the positions of
 *   each word, so a quotation's words are found in the source in time
 *   proportional to the quotation (anchored on its rarest word);
 * - `sentences` with their content keys, and `alignment`: for each sentence of
 *   the rewrite, the source sentence that shares the most weighted content
 *   (inverse sentence frequency), found through postings, never by comparing
 *   every pair of sentences;
 * - `quotes`: direct quotations split at ellipses and editorial brackets;
 * - `figures`: the quantities of `figures/quantities.ts` with what the drift rule
 *   compares (a unit, a value and its rounding, what they count, the words around);
 * - `attributions`: who a sentence credits its claim to ("X said", "according to X");
 * - `people` (analysis/people.ts) and `names`: the capitalised words, acronyms and
 *   organisations the source mentions.
 *
 * Everything is linear in the two texts, apart from lookups bounded by small
 * constants (a name is compared only with source names of about its length).
 */
import type { Article, Sentence } from '../article';
import type { LintCache } from '../cache';
import type { RuleContext } from '../rule';
import { tokenize, type Token } from '../tokens';
import type { Span } from '../types';
import { lemma, sentenceQuantities, type Quantity } from './figures/quantities';
import { analyzePeople, parseTitle, type Mention, type PeopleAnalysis, type Person } from './people';
import { STOP_WORDS, isKnownWord } from './words';

// ---------------------------------------------------------------------------
// Words and keys

/** A word or number of the prose, in document order. */
export interface IndexedWord extends Span {
  /** Lower case, curly apostrophe straightened, thousands separators removed from numbers. */
  key: string;
  sentence: number;
}

/** Words that carry no content for aligning sentences, beyond the stop words. */
const ALIGN_STOP = new Set(
  (
    'said says say told tells also would could should will may might can one two three new last first year years ' +
    'time times since still even just like many much well made make makes took take including according'
  ).split(' '),
);

/** Content keys are cut to this many letters: a cheap stemmer that also joins "Hungary"/"Hungarian", "negotiators"/"negotiations". */
const STEM_LENGTH = 6;

const DIACRITICS = /[\u0300-\u036f]/g;

/** The form two texts' words are compared in: lower case, no diacritics, curly apostrophes straight. */
export function foldWord(word: string): string {
  let w = word.toLowerCase();
  if (/[^\x20-\x7e]/.test(w))
    w = w
      .normalize('NFD')
      .replace(DIACRITICS, '')
      .replace(/\u2019/g, "'");
  return w;
}

/** A word's content key for alignment, or undefined for a stop word. */
export function contentKey(lower: string): string | undefined {
  let key = KEYS.get(lower);
  if (key === undefined) {
    // Words repeat: a text of 5,000 words has about 1,500 distinct ones. The table only saves work (a key depends
    // on the word alone) and is emptied when it grows past a bound, so odd input cannot fill memory.
    if (KEYS.size >= MAX_KEYS) KEYS.clear();
    key = computeContentKey(lower) ?? '';
    KEYS.set(lower, key);
  }
  return key === '' ? undefined : key;
}

const KEYS = new Map<string, string>();
const MAX_KEYS = 100_000;

function computeContentKey(lower: string): string | undefined {
  let w = foldWord(lower);
  if (w.endsWith("'s")) w = w.slice(0, -2);
  else if (w.endsWith("'")) w = w.slice(0, -1);
  if (STOP_WORDS.has(w) || ALIGN_STOP.has(w)) return undefined;
  if (/^\d/.test(w)) return w.replace(/,/g, '');
  if (w.length <= 2) return undefined;
  if (w.length > 4 && w.endsWith('ies')) w = `${w.slice(0, -3)}y`;
  else if (w.length > 3 && w.endsWith('s') && !w.endsWith('ss')) w = w.slice(0, -1);
  return w.length > STEM_LENGTH ? w.slice(0, STEM_LENGTH) : w;
}

/** A token's content key: as `contentKey`, but an acronym of two letters (UN, EU) is kept. */
export function tokenKey(t: Token): string | undefined {
  if (t.kind === 'punct') return undefined;
  if (t.text.length === 2 && isAcronym(t.text)) return t.lower;
  return contentKey(t.lower);
}

function wordKey(t: Token): string {
  return t.kind === 'number' ? t.lower.replace(/,/g, '') : foldWord(t.text);
}

function isCapitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

// ---------------------------------------------------------------------------
// The per-text index

export interface IndexedSentence extends Span {
  /** Every token of the sentence (words, numbers, punctuation), offsets into the text. */
  tokens: Token[];
  /** Distinct content keys. */
  keys: string[];
}

export interface IndexedQuote extends Span {
  /** Between the quote marks. */
  inner: Span;
  /** The quoted words, cut at ellipses and editorial brackets ("[he]"), each part as word keys. */
  segments: string[][];
  /** All quoted word keys, in order. */
  words: string[];
  sentence: number;
}

export interface TextIndex {
  article: Article;
  /** The article's text. */
  text: string;
  /** Every word and number in order (the source's only; empty for the rewrite). */
  words: IndexedWord[];
  sentences: IndexedSentence[];
  quotes: IndexedQuote[];
  figures: Figure[];
  /** Per sentence: whom it credits, when it does. */
  attributions: (Attribution | undefined)[];
  people: PeopleAnalysis;
}

export interface SourceIndex extends TextIndex {
  /** Word key → indexes into `words`, ascending. */
  positions: Map<string, number[]>;
  /** Content key → sentence indexes that hold it, ascending, each once. */
  postings: Map<string, number[]>;
  /** Content key → its weight for alignment (see `weight`). */
  idf: Map<string, number>;
  /** Scratch space for `rankSentences`, one slot per sentence (all zero between calls). */
  scratch: { scores: Float64Array; counts: Uint32Array };
  /** Content key → indexes into `quotes` of the quotations that hold it, each once. */
  quoteWords: Map<string, number[]>;
  /** Figures by unit, sorted by value: a figure's candidates are found by binary search. */
  figuresByUnit: Map<FigureUnit, Figure[]>;
  /** Figures by sentence index. */
  figuresBySentence: Map<number, Figure[]>;
  /** People by full name ("donald trump") and by surname (every person with it). */
  peopleByFullName: Map<string, Person>;
  peopleBySurname: Map<string, Person[]>;
  /** Every mention by surname, quoted ones included (marked), whatever person it was grouped with. */
  mentionsBySurname: Map<string, Mention[]>;
  names: NameIndex;
}

/** The per-text analyses; `words` (every word in order) only when asked: the source needs it, the rewrite not. */
export function indexText(article: Article, cache?: LintCache, withWords = false): TextIndex {
  const { text } = article;
  const words: IndexedWord[] = [];
  const sentences: IndexedSentence[] = [];
  article.sentences.forEach((s: Sentence, si) => {
    const tokens = tokenize(text, s.start, s.end);
    const keys = new Set<string>();
    for (const t of tokens) {
      if (t.kind === 'punct') continue;
      if (withWords) words.push({ start: t.start, end: t.end, key: wordKey(t), sentence: si });
      const k = tokenKey(t);
      if (k !== undefined) keys.add(k);
    }
    sentences.push({ start: s.start, end: s.end, tokens, keys: [...keys] });
  });
  const quotes = indexQuotes(article, sentences);
  const figures: Figure[] = [];
  article.sentences.forEach((s, si) => {
    for (const f of sentenceFigures(s.text, s.start, si, cache)) figures.push(f);
  });
  const attributions = findAttributions(sentences);
  const people = analyzePeople(article, cache);
  return { article, text, words, sentences, quotes, figures, attributions, people };
}

function buildSourceIndex(article: Article, cache: LintCache): SourceIndex {
  const base = indexText(article, cache, true);
  const positions = new Map<string, number[]>();
  base.words.forEach((w, i) => {
    const list = positions.get(w.key);
    if (list) list.push(i);
    else positions.set(w.key, [i]);
  });
  const postings = new Map<string, number[]>();
  base.sentences.forEach((s, si) => {
    for (const k of s.keys) {
      const list = postings.get(k);
      if (list) list.push(si);
      else postings.set(k, [si]);
    }
  });
  const idf = new Map<string, number>();
  for (const [k, list] of postings) idf.set(k, Math.log(1 + (base.sentences.length + 1) / (list.length + 1)));
  const scratch = { scores: new Float64Array(base.sentences.length), counts: new Uint32Array(base.sentences.length) };
  const quoteWords = new Map<string, number[]>();
  base.quotes.forEach((q, qi) => {
    for (const w of new Set(q.words)) {
      if (contentKey(w) === undefined) continue;
      const list = quoteWords.get(w);
      if (list) list.push(qi);
      else quoteWords.set(w, [qi]);
    }
  });
  const figuresByUnit = new Map<FigureUnit, Figure[]>();
  for (const f of base.figures) {
    const list = figuresByUnit.get(f.unit);
    if (list) list.push(f);
    else figuresByUnit.set(f.unit, [f]);
  }
  for (const list of figuresByUnit.values()) list.sort((a, b) => a.value - b.value || a.start - b.start);
  const figuresBySentence = new Map<number, Figure[]>();
  for (const f of base.figures) {
    const list = figuresBySentence.get(f.sentence);
    if (list) list.push(f);
    else figuresBySentence.set(f.sentence, [f]);
  }
  const peopleByFullName = new Map<string, Person>();
  const peopleBySurname = new Map<string, Person[]>();
  for (const p of base.people.people) {
    if (p.fullKey && !peopleByFullName.has(p.fullKey)) peopleByFullName.set(p.fullKey, p);
    const list = peopleBySurname.get(p.surname);
    if (list) list.push(p);
    else peopleBySurname.set(p.surname, [p]);
  }
  const mentionsBySurname = new Map<string, Mention[]>();
  for (const m of base.people.mentions) {
    const list = mentionsBySurname.get(m.surname);
    if (list) list.push(m);
    else mentionsBySurname.set(m.surname, [m]);
  }
  return {
    ...base,
    mentionsBySurname,
    positions,
    postings,
    idf,
    scratch,
    quoteWords,
    figuresByUnit,
    figuresBySentence,
    peopleByFullName,
    peopleBySurname,
    names: indexNames(base),
  };
}

/** The source person a rewrite person is: by full name, else by surname when only one source person has it. */
export function sourcePerson(index: SourceIndex, person: Pick<Person, 'fullKey' | 'surname'>): Person | undefined {
  if (person.fullKey) {
    const full = index.peopleByFullName.get(person.fullKey);
    if (full) return full;
  }
  const bySurname = index.peopleBySurname.get(person.surname) ?? [];
  if (bySurname.length !== 1) return undefined;
  const only = bySurname[0];
  // "Erik Lund" is not "Maria Lund": a full name must not contradict the source's.
  if (person.fullKey && only?.fullKey && only.fullKey !== person.fullKey) return undefined;
  return only;
}

/** Source figures whose value lies in [low, high], for one unit: at most `limit`, smallest values first. */
export function figuresBetween(index: SourceIndex, unit: FigureUnit, low: number, high: number, limit = Infinity): Figure[] {
  const list = index.figuresByUnit.get(unit) ?? [];
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list[mid]?.value ?? 0) < low) lo = mid + 1;
    else hi = mid;
  }
  const out: Figure[] = [];
  for (let i = lo; i < list.length && out.length < limit; i++) {
    const f = list[i];
    if (!f || f.value > high) break;
    out.push(f);
  }
  return out;
}

/** Text for a message: one line, at most `max` characters, an ellipsis where it was cut. */
export function excerpt(text: string, span: Span, max = 80): string {
  const s = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  if (s.length <= max) return s;
  const cut = s.lastIndexOf(' ', max - 1);
  return `${s.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}

/** The linked source, indexed once per source text (across runs: the cache keeps it while the source is unchanged). */
export function sourceIndex(context: RuleContext): SourceIndex | undefined {
  const source = context.source;
  if (!source) return undefined;
  return context.memo('drift:source-index', () =>
    context.cache.get(`drift:source-index:${source.article.format}`, source.text, () =>
      buildSourceIndex(source.article, context.cache),
    ),
  );
}

/** The linted document's own index, once per run. */
export function rewriteIndex(context: RuleContext): TextIndex {
  return context.memo('drift:rewrite-index', () => indexText(context.article, context.cache));
}

// ---------------------------------------------------------------------------
// Finding a run of words in the source

/** Positions of the rarest word walked at most: keeps a quotation's lookup bounded however long the source. */
const MAX_ANCHORS = 1000;

/** Where the word keys `seq` occur in a row in the source: the index of the first in `words`, or -1. */
export function findSequence(index: SourceIndex, seq: readonly string[]): number {
  if (seq.length === 0) return -1;
  // Anchor on the rarest word: its positions are the only candidates.
  let anchor = 0;
  let best: number[] | undefined;
  for (let j = 0; j < seq.length; j++) {
    const list = index.positions.get(seq[j] ?? '');
    if (!list) return -1;
    if (!best || list.length < best.length) [best, anchor] = [list, j];
  }
  // Words that each occur this often are filler ("the the the"): err on the quiet side rather than walk them all.
  if (best && best.length > MAX_ANCHORS) return Math.max(0, (best[0] ?? 0) - anchor);
  for (const p of best ?? []) {
    const from = p - anchor;
    if (from < 0 || from + seq.length > index.words.length) continue;
    let ok = true;
    for (let j = 0; j < seq.length && ok; j++) ok = index.words[from + j]?.key === seq[j];
    if (ok) return from;
  }
  return -1;
}

// ---------------------------------------------------------------------------
// Sentence alignment

export interface Aligned {
  /** The best source sentence, or -1 when none shares content. */
  source: number;
  /** Shared weighted content over the rewrite sentence's weighted content, 0..1. */
  coverage: number;
  /** Distinct content keys the two share. */
  shared: number;
}

/** How much weight a key has: rarer in the source, more weight; a key the source lacks weighs as the rarest. */
function weight(index: SourceIndex, key: string): number {
  return index.idf.get(key) ?? Math.log(1 + (index.sentences.length + 1));
}

/**
 * Postings longer than this are not walked: a key in more than a hundred sentences (a few in a 2,000-word source,
 * near stop words in a long one) says little about which sentence is meant, and walking it for every rewrite
 * sentence would make alignment grow with the square of the source's length. It still counts in the total weight.
 */
const MAX_POSTINGS = 100;

/** For each sentence of the rewrite, the source sentence it most likely retells. Once per run. */
export function alignment(context: RuleContext): Aligned[] {
  return context.memo('drift:alignment', () => {
    const source = sourceIndex(context);
    const rewrite = rewriteIndex(context);
    if (!source) return rewrite.sentences.map(() => ({ source: -1, coverage: 0, shared: 0 }));
    return rewrite.sentences.map((s) => alignSentence(source, s.keys));
  });
}

export function alignSentence(source: SourceIndex, keys: readonly string[]): Aligned {
  const ranked = rankSentences(source, keys, 1);
  const best = ranked[0];
  return best ? { source: best.sentence, coverage: best.coverage, shared: best.shared } : { source: -1, coverage: 0, shared: 0 };
}

/** The `k` source sentences that share the most weighted content with `keys`, best first. */
export function rankSentences(
  source: SourceIndex,
  keys: readonly string[],
  k: number,
): { sentence: number; coverage: number; shared: number }[] {
  const { scores, counts } = source.scratch;
  const touched: number[] = [];
  try {
    return rankTouched(source, keys, k, scores, counts, touched);
  } finally {
    // The scratch space is shared by every call on this source: leave it all zero, whatever happened.
    for (const si of touched) {
      scores[si] = 0;
      counts[si] = 0;
    }
  }
}

function rankTouched(
  source: SourceIndex,
  keys: readonly string[],
  k: number,
  scores: Float64Array,
  counts: Uint32Array,
  touched: number[],
): { sentence: number; coverage: number; shared: number }[] {
  let total = 0;
  for (const key of keys) {
    const w = weight(source, key);
    total += w;
    const list = source.postings.get(key);
    if (!list || list.length > MAX_POSTINGS) continue;
    for (const si of list) {
      if (counts[si] === 0) touched.push(si);
      scores[si] = (scores[si] ?? 0) + w;
      counts[si] = (counts[si] ?? 0) + 1;
    }
  }
  // The k best in one pass over the scored sentences (k is small). On a tie the shorter sentence wins: of two that
  // hold all the words, the one that holds little else is the one retold (a text against itself finds itself).
  const size = (si: number): number => source.sentences[si]?.keys.length ?? 0;
  const ahead = (a: { sentence: number; score: number }, si: number, score: number): boolean =>
    a.score !== score ? a.score > score : size(a.sentence) !== size(si) ? size(a.sentence) < size(si) : a.sentence < si;
  const top: { sentence: number; score: number; shared: number }[] = [];
  for (const si of touched) {
    const score = scores[si] ?? 0;
    let at = top.length;
    while (at > 0) {
      const prev = top[at - 1];
      if (!prev || ahead(prev, si, score)) break;
      at--;
    }
    if (at < k) {
      top.splice(at, 0, { sentence: si, score, shared: counts[si] ?? 0 });
      if (top.length > k) top.pop();
    }
  }
  return top.map((t) => ({ sentence: t.sentence, coverage: total > 0 ? t.score / total : 0, shared: t.shared }));
}

// ---------------------------------------------------------------------------
// Quotations

function indexQuotes(article: Article, sentences: readonly IndexedSentence[]): IndexedQuote[] {
  const out: IndexedQuote[] = [];
  const { text } = article;
  let si = 0;
  for (const q of article.quotes) {
    while (si < sentences.length - 1 && (sentences[si]?.end ?? 0) <= q.start) si++;
    const inner = { start: q.start + 1, end: q.end - 1 };
    const segments: string[][] = [];
    const words: string[] = [];
    let current: string[] = [];
    let bracket = 0;
    let dots = 0;
    const cut = (): void => {
      if (current.length > 0) segments.push(current);
      current = [];
    };
    for (const t of tokenize(text, inner.start, inner.end)) {
      if (t.kind === 'punct') {
        if (t.text === '[') {
          bracket++;
          cut();
        } else if (t.text === ']') bracket = Math.max(0, bracket - 1);
        else if (t.text === '…') cut();
        if (t.text === '.') {
          dots++;
          if (dots >= 2) cut();
        } else dots = 0;
        continue;
      }
      dots = 0;
      if (bracket > 0) continue;
      const key = wordKey(t);
      current.push(key);
      words.push(key);
    }
    cut();
    out.push({ start: q.start, end: q.end, inner, segments, words, sentence: si });
  }
  return out;
}

/** Dice's coefficient over two multisets of words: 1 for the same words, 0 for none shared. */
export function wordSimilarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let common = 0;
  for (const w of b) {
    const n = counts.get(w) ?? 0;
    if (n > 0) {
      common++;
      counts.set(w, n - 1);
    }
  }
  return (2 * common) / (a.length + b.length);
}

// ---------------------------------------------------------------------------
// Figures
//
// Read from the figure model (`figures/quantities.ts`): each quantity becomes a
// `Figure` with what the drift rule compares: a unit key, a value and how far a
// rounding of it may stray, what it counts (by class where the class matters),
// and the words around it.

/**
 * What a figure measures, as compared: `count`, `percent`, `points`, `money`, `fraction`, `multiple`, `ratio`,
 * `rate`, `measure:<unit>` ("measure:hour" for "five-hour"), and `year` and `date` (the day of a month).
 */
export type FigureUnit = string;

/** What a figure counts, as compared: a class such as deaths or people, else the noun's lemma. */
export interface Counted extends Span {
  key: string;
  /** A known class ("deaths", "injuries", "casualties", "people"), else undefined. */
  cls: string | undefined;
}

export interface Figure extends Span {
  /** The quantity as written ("$2.5m", "11,000", "two", "10 percent"): what a fix replaces. */
  number: Span;
  value: number;
  /** The top of a range; equal to `value` otherwise. */
  high: number;
  unit: FigureUnit;
  /** For money: the currency code when the text gives one. */
  currency: string | undefined;
  /** Half the step between two values as written: "3.2 million" → 50,000; "11,000" → 500; "14" → 0.5. */
  tolerance: number;
  /** Hedged ("about", "over", "nearly", "or more"): a rounded statement of the value. */
  approx: boolean;
  /** "tens of thousands", "hundreds": the least value it can mean. */
  vague: boolean;
  /** Written in words ("two"). */
  spelled: boolean;
  counted: Counted | undefined;
  sentence: number;
  /** Content keys of the words around it (the figure's own words aside): what the figure is about. */
  context: string[];
}

/** Noun lemmas a figure counts, by class: a change of class is a change of what is counted. */
const CLASSES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  death: 'deaths',
  dead: 'deaths',
  killed: 'deaths',
  fatality: 'deaths',
  died: 'deaths',
  life: 'deaths',
  body: 'deaths',
  injury: 'injuries',
  injured: 'injuries',
  wounded: 'injuries',
  hurt: 'injuries',
  casualty: 'casualties',
  person: 'people',
  people: 'people',
  resident: 'people',
  citizen: 'people',
  civilian: 'people',
  individual: 'people',
  inhabitant: 'people',
});

/** Words between a counted noun and what happened to it: "were killed", "have been injured". */
const AUXILIARIES = new Set(['were', 'was', 'are', 'is', 'have', 'has', 'had', 'been', 'being', 'reportedly', 'also', 'all']);

const MONTHS = new Set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const MONTH_NUMBER: Readonly<Record<string, number>> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
function monthOf(lower: string | undefined): number | undefined {
  return lower !== undefined && MONTHS.has(lower) ? MONTH_NUMBER[lower.slice(0, 3)] : undefined;
}

/**
 * Words either side of a figure that say what it is about. Eight reaches across a clause ("over 6,800 civilian
 * deaths, according to the UN") without taking in the next clause's subject in most sentences of our fixtures.
 */
const CONTEXT_WINDOW = 8;
/**
 * A hedged figure ("about 200", "nearly 12,000") may stray this share from the source's value. A tenth is the
 * rounding writers use with "about": 213 → "about 200", 11,000 → "nearly 12,000"; a fifth would let "about 250"
 * stand for 213.
 */
const APPROX_SHARE = 0.1;
/** Below this, trailing zeros are the value, not a rounding: "10 percent" is not "about 14 percent". */
const ROUNDED_FROM = 1000;

/** Half the step between two values as a quantity is written: its decimals, or its trailing zeros from 1,000 on. */
function toleranceOf(q: Quantity, tokens: readonly Token[]): number {
  let digits: Token | undefined;
  for (let k = q.first; k <= q.last && !digits; k++) if (tokens[k]?.kind === 'number') digits = tokens[k];
  if (!digits) {
    // Words: "two" is exact; "three hundred", "two million" are exact to their scale word.
    return q.value >= 100 ? 10 ** Math.floor(Math.log10(q.value)) / 2 : 0.5;
  }
  const plain = digits.text.replace(/,/g, '');
  const base = Number(plain);
  const scale = base > 0 && Number.isFinite(q.value / base) ? q.value / base : 1;
  const dot = plain.indexOf('.');
  let step = 1;
  if (dot !== -1) step = 10 ** -(plain.length - dot - 1);
  else if (base >= ROUNDED_FROM) step = 10 ** Math.min(/0*$/.exec(plain)?.[0].length ?? 0, plain.length - 1);
  return (step * scale) / 2;
}

/** The unit a quantity is compared under, or undefined for what is not a figure here (clock times, ordinals). */
function unitOf(q: Quantity, tokens: readonly Token[]): FigureUnit | undefined {
  switch (q.unit) {
    case 'clock':
    case 'ordinal':
      return undefined;
    case 'measure':
      return `measure:${q.measure ?? ''}`;
    case 'count': {
      if (q.spelled || q.vague || q.range) return 'count';
      if (q.yearLike) return 'year';
      const month = monthOf(tokens[q.first - 1]?.lower) ?? monthOf(tokens[q.last + 1]?.lower) ?? monthOf(q.noun?.lemma);
      if (month !== undefined && q.value >= 1 && q.value <= 31 && Number.isInteger(q.value)) return 'date';
      return 'count';
    }
    default:
      return q.unit;
  }
}

/** What a quantity counts, with "injuries and fatalities" (both kinds of harm) read as casualties. */
function countedOf(q: Quantity, tokens: readonly Token[], offset: number): Counted | undefined {
  const noun = q.ofNoun ?? q.noun;
  if (!noun || monthOf(noun.lemma) !== undefined) return undefined;
  let cls = CLASSES[noun.lemma];
  let end = noun.end;
  // "three people were killed", "12 residents died": what happened to them is what is counted.
  if (cls === 'people' || cls === undefined) {
    for (let m = noun.index + 1; m <= noun.index + 3; m++) {
      const t = tokens[m];
      if (!t || t.kind !== 'word') break;
      const harm = CLASSES[t.lower];
      if (harm === 'deaths' || harm === 'injuries') {
        cls = harm;
        end = t.end;
        break;
      }
      if (!AUXILIARIES.has(t.lower)) break;
    }
  }
  const joiner = tokens[noun.index + 1]?.lower;
  if ((cls === 'deaths' || cls === 'injuries') && (joiner === 'and' || joiner === 'or')) {
    for (let m = noun.index + 2; m <= noun.index + 3; m++) {
      const t = tokens[m];
      // "four dead and 23 injured" is two figures, not one.
      if (!t || t.kind !== 'word') break;
      const other = CLASSES[lemma(t.lower)];
      if ((other === 'deaths' || other === 'injuries') && other !== cls) {
        cls = 'casualties';
        end = t.end;
        break;
      }
    }
  }
  return { start: noun.start + offset, end: end + offset, key: noun.lemma, cls };
}

/** The figures of one sentence (its text at `offset` in the article). */
export function sentenceFigures(text: string, offset: number, sentence: number, cache?: LintCache): Figure[] {
  const { tokens, quantities } = sentenceQuantities(text, cache);
  const out: Figure[] = [];
  for (const q of quantities) {
    if (q.attached) continue;
    const unit = unitOf(q, tokens);
    if (unit === undefined) continue;
    const counted = unit === 'year' || unit === 'date' ? undefined : countedOf(q, tokens, offset);
    const context = new Set<string>();
    for (let k = Math.max(0, q.first - CONTEXT_WINDOW); k < Math.min(tokens.length, q.last + 1 + CONTEXT_WINDOW); k++) {
      const t = tokens[k];
      if (!t || (k >= q.first && k <= q.last)) continue;
      if (counted && t.start + offset >= counted.start && t.end + offset <= counted.end) continue;
      const key = tokenKey(t);
      if (key !== undefined) context.add(key);
    }
    const month =
      unit === 'date'
        ? (monthOf(tokens[q.first - 1]?.lower) ?? monthOf(tokens[q.last + 1]?.lower) ?? monthOf(q.noun?.lemma) ?? 0)
        : 0;
    out.push({
      start: q.start + offset,
      end: Math.max(q.end, counted ? counted.end - offset : q.end) + offset,
      number: { start: q.start + offset, end: q.end + offset },
      value: unit === 'date' ? month * 100 + q.value : q.value,
      high: unit === 'date' ? month * 100 + q.high : q.high,
      unit,
      currency: q.currency,
      tolerance: unit === 'year' || unit === 'date' ? 0 : toleranceOf(q, tokens),
      approx: q.approx !== 'exact',
      vague: q.vague,
      spelled: q.spelled,
      counted,
      sentence,
      context: [...context],
    });
  }
  return out;
}

/** Distinct context keys two figures share. */
export function sharedContext(a: Figure, b: Figure): number {
  if (a.context.length === 0 || b.context.length === 0) return 0;
  const set = new Set(a.context);
  let n = 0;
  for (const k of b.context) if (set.has(k)) n++;
  return n;
}

/** How far a rewrite figure may stray from the source's value and still be a rounding of it. */
export function reach(f: Figure): number {
  const epsilon = 1e-9 * Math.max(1, Math.abs(f.value));
  return Math.max(f.tolerance, f.approx ? APPROX_SHARE * Math.abs(f.value) : 0) + epsilon;
}

/** Whether a rewrite figure states the same value as a source figure, allowing for rounding and vague words. */
export function sameValue(rewrite: Figure, source: Figure): boolean {
  if (rewrite.unit !== source.unit) return false;
  if (rewrite.currency !== undefined && source.currency !== undefined && rewrite.currency !== source.currency) return false;
  if (rewrite.vague || source.vague) {
    // "tens of thousands" for "11,000" is fair; "11,000" for "tens of thousands" invents a precision.
    if (!rewrite.vague) return false;
    return source.value >= rewrite.value && source.high < rewrite.value * 10;
  }
  const r = reach(rewrite);
  return Math.abs(rewrite.value - source.value) <= r && Math.abs(rewrite.high - source.high) <= r;
}

/**
 * Whether two figures count the same kind of thing (or either says nothing about it). Deaths, injuries and
 * casualties are three things; a count of people may be a count of either ("the crash killed three people").
 */
export function sameCounted(a: Figure, b: Figure): boolean {
  const x = a.counted;
  const y = b.counted;
  if (!x || !y) return true;
  if (x.cls !== undefined && y.cls !== undefined) return x.cls === y.cls || x.cls === 'people' || y.cls === 'people';
  if (x.cls !== undefined || y.cls !== undefined) return x.key === y.key;
  // Two nouns the model has no class for: "homes" and "houses" may be the same; do not guess.
  return true;
}

// ---------------------------------------------------------------------------
// Attribution

export interface Attribution {
  /** The words that name who is credited ("Hungary's army", "the UN", "police"), or the pronoun. */
  speaker: Span;
  /**
   * Keys of the party: its capitalised words that are not titles ("ukrain", "un"); for a speaker with no name
   * ("police", "the factory's owners") its content words. Empty only when nothing is known (a bare pronoun).
   */
  keys: string[];
  /** The keys are names (capitalised words), not a description. */
  named: boolean;
  /** The speaker is a pronoun ("he said"): its party is the previous sentence's. */
  pronoun: boolean;
  /** The verb as written, lower case ("said", "claimed"), or "according to". */
  verb: string;
}

/** Content keys of a speaker phrase with no name in it: "the factory's owners" → factor, owner. */
function genericKeys(tokens: readonly Token[], from: number, to: number): string[] {
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || /ly$/.test(t.lower)) continue;
    const key = contentKey(t.lower);
    if (key !== undefined) keys.push(key);
  }
  return keys;
}

function speakerOf(
  tokens: readonly Token[],
  from: number,
  to: number,
  sentenceStart: number,
): { keys: string[]; named: boolean } {
  const keys = partyKeys(tokens, from, to, sentenceStart);
  return keys.length > 0 ? { keys, named: true } : { keys: genericKeys(tokens, from, to), named: false };
}

/**
 * Verbs that credit a claim to someone. Third-person forms that are more often plural nouns ("claims",
 * "reports", "notes", "states", "estimates") are left out: "Russia's territorial claims" credits nobody.
 */
const SPEECH_VERBS = new Set(
  (
    'said says told tells stated claimed asserted asserts insisted insists argued argues added adds noted warned ' +
    'warns reported announced announces estimated acknowledged acknowledges denied denies dismissed dismisses ' +
    'refuted refutes disputed confirmed confirms emphasized emphasised emphasizes emphasises stressed stresses ' +
    'reiterated reiterates indicated indicates suggested suggests alleged alleges wrote writes tweeted declared ' +
    'declares predicted predicts revealed reveals explained explains admitted admits described describes ' +
    'characterized characterised characterizes accused accuses blamed blames maintained maintains contended ' +
    'contends conceded concedes believes believed thinks highlighted corroborated corroborates countered'
  ).split(' '),
);
/** Speech verbs that are as often plain verbs ("added a wing", "countered the plan"). */
const SPEECH_ONLY_BEFORE_THAT = new Set([
  'added',
  'adds',
  'countered',
  'maintained',
  'maintains',
  'noted',
  'stressed',
  'highlighted',
]);
/** Capitalised words that name a time, not a party. */
const TIME_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april june july august september october november december'.split(
    ' ',
  ),
);
const NAME_PUNCT = new Set(["'", '’', '-', '&']);
const PRONOUNS = new Set(['he', 'she', 'they', 'we', 'it', 'i']);
/** Words that end a speaker phrase when walking back from the verb. */
const CLAUSE_BREAK = new Set([';', ':', '—', '–', '(', ')', '"', '“', '”']);

/** A party's key: short names (UN, EU, US) as they are, longer ones cut like content keys ("Hungary", "Hungarian"). */
function partyKey(folded: string): string {
  const w = folded.replace(/'s?$/, '');
  return w.length <= 3 ? w : (contentKey(w) ?? w);
}

/**
 * Party keys of a phrase's tokens: capitalised words that are not titles and not stop words; a plain English
 * word that opens the sentence ("Furthermore") is no name.
 */
export function partyKeys(tokens: readonly Token[], from: number, to: number, sentenceStart: number): string[] {
  const keys: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t || t.kind !== 'word' || !isCapitalized(t)) continue;
    const lower = foldWord(t.text).replace(/'s$/, '');
    if (STOP_WORDS.has(lower) && !isAcronym(t.text)) continue;
    if (k === sentenceStart && isKnownWord(lower)) continue;
    if (TIME_NAMES.has(lower) || parseTitle(t.text.replace(/['’]s$/, ''))) continue;
    keys.push(partyKey(lower));
  }
  return keys;
}

function findAttributions(sentences: readonly IndexedSentence[]): (Attribution | undefined)[] {
  const out: (Attribution | undefined)[] = [];
  sentences.forEach((s) => {
    const tokens = s.tokens;
    let found: Attribution | undefined;
    for (let i = 0; i < tokens.length && !found; i++) {
      const t = tokens[i];
      if (!t || t.kind !== 'word') continue;
      if (t.lower === 'according' && tokens[i + 1]?.lower === 'to') {
        let k = i + 2;
        // To the clause's end; an apostrophe, a hyphen or an ampersand stays inside a name ("the Residents' Group").
        while (k < tokens.length && (tokens[k]?.kind !== 'punct' || NAME_PUNCT.has(tokens[k]?.text ?? ''))) k++;
        const first = tokens[i + 2];
        const lastTok = tokens[k - 1];
        if (!first || !lastTok || k === i + 2) continue;
        const { keys, named } = speakerOf(tokens, i + 2, k, 0);
        found = { speaker: { start: first.start, end: lastTok.end }, keys, named, pronoun: false, verb: 'according to' };
        break;
      }
      if (!SPEECH_VERBS.has(t.lower)) continue;
      // "The renovation added 1,100 square metres": these verbs credit a claim only before "that" or punctuation.
      const next = tokens[i + 1];
      if (SPEECH_ONLY_BEFORE_THAT.has(t.lower) && next && next.kind !== 'punct' && next.lower !== 'that') continue;
      const before = tokens[i - 1];
      if (before && PRONOUNS.has(before.lower)) {
        found = { speaker: { start: before.start, end: before.end }, keys: [], named: false, pronoun: true, verb: t.lower };
        break;
      }
      // The subject: back from the verb to a clause break; after the last comma when words stand between it and
      // the verb ("…, police said"; "Despite the delay, Okonkwo described…").
      let from = i;
      let afterComma = -1;
      while (from > 0) {
        const b = tokens[from - 1];
        if (!b || (b.kind === 'punct' && CLAUSE_BREAK.has(b.text))) break;
        if (b.text === ',' && afterComma === -1) afterComma = from;
        from--;
      }
      if (afterComma !== -1 && afterComma < i) from = afterComma;
      let speaker = speakerOf(tokens, from, i, from === 0 ? 0 : -1);
      let start = tokens[from]?.start ?? t.start;
      let end = before?.end ?? t.start;
      // "…," said Jane Doe: the speaker follows the verb when nothing stands before it.
      if (speaker.keys.length === 0 && (t.lower === 'said' || t.lower === 'says')) {
        let k = i + 1;
        while (k < tokens.length && tokens[k]?.kind === 'word' && k < i + 6) k++;
        const after = speakerOf(tokens, i + 1, k, -1);
        if (after.keys.length > 0) {
          speaker = after;
          start = tokens[i + 1]?.start ?? start;
          end = tokens[k - 1]?.end ?? end;
        }
      }
      if (start >= end) continue;
      found = { speaker: { start, end }, keys: speaker.keys, named: speaker.named, pronoun: false, verb: t.lower };
    }
    out.push(found);
  });
  // A pronoun speaker takes the party of the previous sentence's speaker, else of its names.
  out.forEach((a, i) => {
    if (!a || !a.pronoun || i === 0) return;
    const prev = out[i - 1];
    const prevSentence = sentences[i - 1];
    if (prev && prev.keys.length > 0) {
      a.keys = [...prev.keys];
      a.named = prev.named;
    } else if (prevSentence) {
      a.keys = partyKeys(prevSentence.tokens, 0, prevSentence.tokens.length, 0);
      a.named = a.keys.length > 0;
    }
  });
  return out;
}

// ---------------------------------------------------------------------------
// Names

export interface NameIndex {
  /** Folded capitalised words of the source (possessives removed). */
  capitalized: Set<string>;
  /** The same words by their transliteration key (Sergey and Sergei share one). */
  transliterated: Map<string, string>;
  /** Folded words of the source in any case, with their spelling-variant key (defence/defense). */
  anyCase: Set<string>;
  /** Content keys of the source's words in any case ("hungar" for Hungary and Hungarian). */
  stems: Set<string>;
  /** Acronyms the source writes, and the initials of its capitalised phrases ("United Nations" → "un"). */
  acronyms: Set<string>;
  /** Source capitalised words by length, for finding a misspelling's original. */
  byLength: Map<number, string[]>;
  /** Where each capitalised word first appears in the source. */
  firstAt: Map<string, Span>;
}

/**
 * A key under which transliterations of one name agree (Sergey/Sergei, Dmitry/Dmitri, Yulia/Yuliya,
 * Alexei/Aleksei, Mohammed/Mohamed): i, y and j merged where they touch a vowel or end the word, doubled letters
 * merged, kh→h, x→ks, ph→f, w→v, q→k. A y between consonants stays ("Flynn" is not "Flinn").
 */
export function transliterationKey(word: string): string {
  return foldWord(word)
    .replace(/'s$/, '')
    .replace(/[^a-z]/g, '')
    .replace(/kh/g, 'h')
    .replace(/x/g, 'ks')
    .replace(/ph/g, 'f')
    .replace(/w/g, 'v')
    .replace(/q/g, 'k')
    .replace(/[iyj]+(?=[aeiou]|$)/g, 'i')
    .replace(/(^|[aeiou])[iyj]+/g, '$1i')
    .replace(/(.)\1+/g, '$1');
}

/** A key under which British and American spellings agree ("Defence"/"Defense", "Labour"/"Labor"). */
export function spellingKey(word: string): string {
  const w = foldWord(word);
  if (!SPELLING_VARIANT.test(w)) return w.endsWith("'s") ? w.slice(0, -2) : w;
  return w
    .replace(/'s$/, '')
    .replace(/our\b/g, 'or')
    .replace(/ence\b/g, 'ense')
    .replace(/is(e|ed|es|ing|ation)\b/g, 'iz$1')
    .replace(/tre\b/g, 'ter');
}

/** Endings where British and American spellings differ: only these words need `spellingKey`'s rewriting. */
const SPELLING_VARIANT = /(?:our|ence|is(?:e|ed|es|ing|ation)|tre)(?:'s)?$/;

const INITIALS_SKIP = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'on', 'in', '&']);

function indexNames(index: TextIndex): NameIndex {
  const capitalized = new Set<string>();
  const transliterated = new Map<string, string>();
  const anyCase = new Set<string>();
  const stems = new Set<string>();
  const acronyms = new Set<string>();
  const byLength = new Map<number, string[]>();
  const firstAt = new Map<string, Span>();
  const foldedOf = new Map<string, string>();
  for (const s of index.sentences) {
    let phrase: string[] = [];
    const closePhrase = (): void => {
      if (phrase.length >= 2) acronyms.add(phrase.join(''));
      phrase = [];
    };
    for (const t of s.tokens) {
      if (t.kind !== 'word') {
        if (t.text !== '-' && t.text !== '&') closePhrase();
        continue;
      }
      // Most words repeat: each distinct form is folded and keyed once.
      let folded = foldedOf.get(t.lower);
      if (folded === undefined) {
        folded = foldWord(t.lower);
        if (folded.endsWith("'s")) folded = folded.slice(0, -2);
        foldedOf.set(t.lower, folded);
        anyCase.add(spellingKey(folded));
        const stem = contentKey(folded);
        if (stem !== undefined) stems.add(stem);
      }
      if (isCapitalized(t)) {
        if (!capitalized.has(folded)) {
          capitalized.add(folded);
          transliterated.set(transliterationKey(folded), folded);
          firstAt.set(folded, { start: t.start, end: t.end });
          const list = byLength.get(folded.length);
          if (list) list.push(folded);
          else byLength.set(folded.length, [folded]);
        }
        if (isAcronym(t.text)) acronyms.add(folded);
        else phrase.push(folded.charAt(0));
      } else if (!INITIALS_SKIP.has(t.lower)) closePhrase();
    }
    closePhrase();
  }
  return { capitalized, transliterated, anyCase, stems, acronyms, byLength, firstAt };
}

export function isAcronym(word: string): boolean {
  return word.length >= 2 && word.length <= 6 && word === word.toUpperCase() && /^\p{Lu}+$/u.test(word);
}

/** Edit distance with transpositions, or `limit + 1` as soon as it must exceed `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [];
  for (let i = 0; i <= a.length; i++) {
    const row: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      if (i === 0) {
        row.push(j);
        continue;
      }
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min((rows[i - 1]?.[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (rows[i - 1]?.[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, (rows[i - 2]?.[j - 2] ?? 0) + 1);
      row.push(d);
      rowMin = Math.min(rowMin, d);
    }
    if (i > 0 && rowMin > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]?.[b.length] ?? limit + 1;
}

/** Misspellings are at most this many edits from the name: one for names under eight letters, two from eight on. */
export function misspellingLimit(length: number): number {
  return length >= 8 ? 2 : 1;
}

/** The source name a rewrite word most likely misspells: same first letter, within the edit limit; undefined when none. */
export function closestName(names: NameIndex, folded: string): string | undefined {
  const limit = misspellingLimit(folded.length);
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (let len = folded.length - limit; len <= folded.length + limit; len++) {
    for (const candidate of names.byLength.get(len) ?? []) {
      if (candidate.charAt(0) !== folded.charAt(0)) continue;
      const d = editDistance(folded, candidate, limit);
      if (d < bestDistance) [best, bestDistance] = [candidate, d];
    }
  }
  return best;
}

/**
 * The article model: the document parsed once into what every rule needs.
 * All offsets index the original text, so a BOM, CRLF, curly punctuation,
 * non-breaking spaces or emoji never shift a range.
 */
import { LineIndex } from './text';
import type { Span } from './types';
import type { LintCache } from './cache';

export type DocFormat = 'text' | 'markdown' | 'article';

export interface Line extends Span {
  index: number;
  /** The line without its line break. */
  text: string;
  blank: boolean;
  /** Inside front matter, a code fence or an HTML comment: not prose. */
  excluded: boolean;
}

export interface Heading extends Span {
  line: number;
  /** 1 for the headline or `#`, 2 for `##`, ... */
  level: number;
  /** The heading's words, without `#` markers. `start`/`end` span just these. */
  text: string;
  kind: 'atx' | 'setext' | 'headline';
}

export interface Paragraph extends Span {
  firstLine: number;
  lastLine: number;
  kind: 'prose' | 'heading' | 'list-item';
}

export interface Sentence extends Span {
  paragraph: number;
  text: string;
}

export interface FrontMatter extends Span {
  title?: Span & { value: string };
}

export interface Link extends Span {
  /** Offsets of the URL itself. */
  url: Span;
}

export interface Article {
  text: string;
  format: DocFormat;
  index: LineIndex;
  lines: Line[];
  paragraphs: Paragraph[];
  sentences: Sentence[];
  headings: Heading[];
  /** The main headline: the first `#` heading, or the plain-text headline. */
  headline: Heading | undefined;
  frontMatter: FrontMatter | undefined;
  /** Direct quotations, quote marks included. Sorted, non-overlapping. */
  quotes: Span[];
  /** Markdown links and bare URLs. Sorted. */
  links: Link[];
  /** Index of the line where the body text ends (the last prose line). */
  lastProseLine: number;
}

/** An ATX heading's opening: up to three spaces, one to six `#`, then a space or tab. The rest is read by `parseAtx`. */
const ATX_OPEN = /^ {0,3}(#{1,6})[ \t]+/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LIST_ITEM = /^ {0,3}([-*+•]|\d{1,3}[.)])[ \t]+/;
const BOM = '\uFEFF';

export function formatFromPath(path: string): DocFormat {
  const lower = path.toLowerCase();
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  if (lower.endsWith('.article')) return 'article';
  return 'text';
}

/**
 * Parses a document. With a `LintCache` (a lint run's), each paragraph's sentences and quotations, which depend on
 * its text alone, are kept across runs (`LintCache.perSpan`): after an edit only the paragraphs it touched are split
 * again.
 */
export function parseArticle(text: string, format: DocFormat = 'text', cache?: LintCache): Article {
  const index = new LineIndex(text);
  const lines = splitLines(text, index);
  const frontMatter = format === 'markdown' ? parseFrontMatter(lines) : undefined;
  markExcluded(lines, format);
  const headings = findHeadings(lines, format);
  const paragraphs = findParagraphs(lines, headings, format);
  const sentences = splitSentences(text, paragraphs, lines, cache);
  const quotes = findQuotes(text, paragraphs, cache);
  const links = findLinks(text, lines, index);
  let lastProseLine = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i] as Paragraph;
    if (p.kind === 'prose') lastProseLine = Math.max(lastProseLine, p.lastLine);
  }
  const headline = headings.find((h) => h.level === 1);
  return {
    text,
    format,
    index,
    lines,
    paragraphs,
    sentences,
    headings,
    headline,
    frontMatter,
    quotes,
    links,
    lastProseLine,
  };
}

function splitLines(text: string, index: LineIndex): Line[] {
  const lines: Line[] = [];
  for (let i = 0; i < index.lineCount; i++) {
    let start = index.lineStarts[i] ?? 0;
    if (i === 0 && text.startsWith(BOM)) start = 1;
    const end = index.lineEnd(i);
    const lineText = text.slice(start, end);
    lines.push({ index: i, start, end, text: lineText, blank: isBlank(lineText), excluded: false });
  }
  return lines;
}

export function isBlank(s: string): boolean {
  // Most lines open with a printable ASCII character, which no blank line holds; an empty one is blank.
  if (s.length === 0) return true;
  const first = s.charCodeAt(0);
  if (first > 32 && first < 127) return false;
  return /^[\s\u00A0\uFEFF]*$/.test(s);
}

function parseFrontMatter(lines: Line[]): FrontMatter | undefined {
  const first = lines[0];
  if (!first || first.text.trim() !== '---') return undefined;
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (!line) break;
    if (line.text.trim() === '---' || line.text.trim() === '...') {
      const fm: FrontMatter = { start: first.start, end: line.end };
      for (let j = 1; j < i; j++) {
        const l = lines[j];
        if (!l) continue;
        const m = /^title:[ \t]*(.*?)[ \t]*$/.exec(l.text);
        if (m && m[1] !== undefined) {
          let value = m[1];
          let valueStart = l.start + l.text.indexOf(value, 6);
          const quoted = /^(["'])(.*)\1$/.exec(value);
          if (quoted && quoted[2] !== undefined) {
            value = quoted[2];
            valueStart += 1;
          }
          fm.title = { value, start: valueStart, end: valueStart + value.length };
        }
      }
      for (let j = 0; j <= i; j++) {
        const l = lines[j];
        if (l) l.excluded = true;
      }
      return fm;
    }
  }
  return undefined;
}

function markExcluded(lines: Line[], format: DocFormat): void {
  let fence: string | undefined;
  let inComment = false;
  // Indexed loops over the lines here and below: these run once per lint, often before the optimizing compiler has
  // seen them, and an unoptimized `for…of` makes an iterator result per line.
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.excluded) continue;
    if (format === 'markdown') {
      const m = FENCE.exec(line.text);
      if (fence !== undefined) {
        line.excluded = true;
        if (m && m[1] !== undefined && m[1][0] === fence[0] && m[1].length >= fence.length) fence = undefined;
        continue;
      }
      if (m && m[1] !== undefined) {
        fence = m[1];
        line.excluded = true;
        continue;
      }
    }
    // HTML comments (including Copydesk's directives) are not prose, in any format.
    const t = line.text.trim();
    if (inComment) {
      line.excluded = true;
      if (t.includes('-->')) inComment = false;
      continue;
    }
    if (t.startsWith('<!--')) {
      const close = t.indexOf('-->');
      if (close === -1) {
        inComment = true;
        line.excluded = true;
      } else if (close + 3 === t.length) {
        line.excluded = true;
      }
    }
  }
}

function findHeadings(lines: Line[], format: DocFormat): Heading[] {
  const headings: Heading[] = [];
  if (format === 'markdown') {
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (!line || line.excluded || line.blank) continue;
      const atx = parseAtx(line.text);
      if (atx) {
        const start = line.start + atx.offset;
        headings.push({ line: i, level: atx.level, text: atx.words, start, end: start + atx.words.length, kind: 'atx' });
        continue;
      }
      const next = lines[i + 1];
      const prev = lines[i - 1];
      const setext = next && !next.excluded ? SETEXT.exec(next.text) : null;
      if (setext && setext[1] !== undefined && (!prev || prev.blank || prev.excluded) && !LIST_ITEM.test(line.text)) {
        const words = line.text.trim();
        const start = line.start + line.text.indexOf(words);
        const level = setext[1].startsWith('=') ? 1 : 2;
        headings.push({ line: i, level, text: words, start, end: start + words.length, kind: 'setext' });
        i++;
      }
    }
    return headings;
  }
  // Plain text and `.article`: the first non-blank line is the headline when it
  // looks like one (always, for `.article`).
  const first = lines.find((l) => !l.blank && !l.excluded);
  // In `.txt`, a first line that runs on into the next (hard-wrapped prose) is not a headline.
  const runsOn = first !== undefined && lines[first.index + 1] !== undefined && !lines[first.index + 1]?.blank;
  if (first && (format === 'article' || !runsOn || isHeadlineOnly(first.text))) {
    const words = first.text.trim();
    const looksLikeHeadline = words.length <= 150 && words.split(/\s+/).length <= 20 && !/[.!?:;,…]["'”’)\]]*$/.test(words);
    if (format === 'article' || looksLikeHeadline) {
      const start = first.start + first.text.indexOf(words);
      headings.push({ line: first.index, level: 1, text: words, start, end: start + words.length, kind: 'headline' });
    }
  }
  return headings;
}

const isSpaceOrTab = (c: number): boolean => c === 32 || c === 9;

/**
 * An ATX heading (`## Words ##`): its level and its words without the optional
 * closing `#`s, with the words' offset in the line. One pass from each end of
 * the line, so a line of 100,000 spaces or `# # # …` costs what its length
 * costs (a single regular expression with a lazy middle backtracks there).
 */
function parseAtx(text: string): { level: number; words: string; offset: number } | undefined {
  const open = ATX_OPEN.exec(text);
  if (!open || open[1] === undefined) return undefined;
  // As `.` in the expression this replaces: a line or paragraph separator inside ends the match.
  if (text.includes('\u2028') || text.includes('\u2029')) return undefined;
  const offset = open[0].length;
  let end = text.length;
  while (end > offset && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  // A closing sequence: `#`s preceded by a space or tab inside the words.
  let hashes = end;
  while (hashes > offset && text.charCodeAt(hashes - 1) === 35 /* # */) hashes--;
  if (hashes < end && hashes > offset && isSpaceOrTab(text.charCodeAt(hashes - 1))) {
    end = hashes;
    while (end > offset && isSpaceOrTab(text.charCodeAt(end - 1))) end--;
  }
  return { level: open[1].length, words: text.slice(offset, end), offset };
}

/** A short line with no sentence punctuation at all reads as a headline even with text right under it. */
function isHeadlineOnly(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && !/[.!?,;:…]["'”’)\]]*$/.test(t) && !/[.!?]\s/.test(t);
}

function findParagraphs(lines: Line[], headings: Heading[], format: DocFormat): Paragraph[] {
  // Each heading's line (and a setext heading's underline) to the heading: one lookup per line.
  const headingLines = new Map<number, Heading>();
  for (const h of headings) {
    headingLines.set(h.line, h);
    if (h.kind === 'setext') headingLines.set(h.line + 1, h);
  }
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  const close = (): void => {
    if (current) paragraphs.push(current);
    current = undefined;
  };
  for (let li = 0; li < lines.length; li++) {
    const line = lines[li] as Line;
    if (line.blank || line.excluded) {
      close();
      continue;
    }
    const heading = headingLines.get(line.index);
    if (heading) {
      close();
      if (heading.line === line.index)
        paragraphs.push({ start: line.start, end: line.end, firstLine: line.index, lastLine: line.index, kind: 'heading' });
      continue;
    }
    const isItem = format === 'markdown' && LIST_ITEM.test(line.text);
    if (isItem) close();
    if (!current) {
      current = {
        start: line.start,
        end: line.end,
        firstLine: line.index,
        lastLine: line.index,
        kind: isItem ? 'list-item' : 'prose',
      };
    } else {
      current.end = line.end;
      current.lastLine = line.index;
    }
  }
  close();
  return paragraphs;
}

/** Words that end with a period without ending the sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof sen rep gov gen col lt capt sgt maj adm cmdr rev hon pres supt insp st ' +
    'jr sr inc ltd co corp bros no nos vs etc approx dept univ ave blvd rd mt ft ' +
    'jan feb mar apr aug sept sep oct nov dec a.m p.m u.s u.k u.n e.g i.e'
  ).split(' '),
);

/** The longest entry of ABBREVIATIONS: a longer word of ASCII letters and periods is none of them. */
const LONGEST_ABBREVIATION = [...ABBREVIATIONS].reduce((n, w) => Math.max(n, w.length), 0);

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  let ascii = true;
  for (; i >= 0; i--) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiLetterCode(c) && c !== 46) break;
    } else if (!isLetterCode(c)) {
      break;
    } else {
      ascii = false;
    }
  }
  if (i + 1 === dot) return false;
  if (ascii) return isAsciiAbbreviation(text, i + 1, dot);
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials such as "J." in "John F. Kennedy" or "U.S.".
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

/**
 * `isAbbreviation` for a word of ASCII letters and periods, `text[from..to)`, as the general path reads it: an
 * initial or initials (a letter, then period and letter pairs), or a listed abbreviation; only a short word is
 * sliced and lower-cased for the lookup.
 */
function isAsciiAbbreviation(text: string, from: number, to: number): boolean {
  let initials = (to - from) % 2 === 1;
  for (let k = from; k < to && initials; k++) initials = (text.charCodeAt(k) === 46) === ((k - from) % 2 === 1);
  if (initials) return true;
  return to - from <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(from, to).toLowerCase());
}

function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/** Per UTF-16 code unit, what a character class says of it, filled as units are met: 1 no, 2 yes, 0 not yet known. */
function unitTable(test: RegExp): (c: number) => boolean {
  const known = new Uint8Array(0x10000);
  return (c) => {
    let k = known[c] as number;
    if (k === 0) known[c] = k = test.test(String.fromCharCode(c)) ? 2 : 1;
    return k === 2;
  };
}

/** `\p{L}` for one code unit (a surrogate alone is no letter). */
const isLetterCode = unitTable(/\p{L}/u);
/** `[\p{L}\p{N}]` for one code unit. */
const isLetterOrNumberCode = unitTable(/[\p{L}\p{N}]/u);
/** What may start the sentence after a full stop: `[\p{Lu}\p{N}"'“‘([]` for one code unit. */
const isSentenceOpenerCode = unitTable(/[\p{Lu}\p{N}"'“‘([]/u);
/** What may come before an opening single quote: `[\s\u00A0([—–\-“"]` for one code unit. */
const isSingleQuoteLeadCode = unitTable(/[\s\u00A0([—–\-“"]/);

/**
 * The next place at or after `from` where `mark` stands in `body`, or `end` (the body's length) when there is none.
 * The scans below keep one such place per mark they look for and ask again only for a mark they have passed: a
 * native search for one character is several times faster than a regular expression of a class of characters
 * tried from each candidate on (about 2.2 of the 6 ms a parse of 1 MB took went to those expressions), and each
 * mark's places are walked forwards once, so a paragraph is searched once per mark, linearly.
 */
function nextMark(body: string, mark: string, from: number, end: number): number {
  const at = body.indexOf(mark, from);
  return at === -1 ? end : at;
}

/** Whitespace, including no-break spaces, by character code. */
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

/**
 * The longest sentence the splitter returns, in UTF-16 code units. A longer run
 * (a wall of pasted text with no full stop, a data table, CJK text without
 * sentence punctuation) is cut at the last space before this length, or at the
 * length itself when there is no space, so every per-sentence check downstream
 * reads bounded pieces and still reports on each of them. 2,000 holds: over the
 * 54,129 sentences this splitter finds in the Brown Corpus (all 15 genres) the
 * longest is 1,449 characters (the 99.9th percentile 567), and over the 6,022 in
 * the real-pages development set 1,611 (a pasted tour-date list; 99.9th: 794).
 */
export const MAX_SENTENCE_LENGTH = 2000;

/** A cut at a space is sought in the last part of an over-long piece only; beyond it, the cut falls at the limit. */
const SENTENCE_CUT_SEARCH = MAX_SENTENCE_LENGTH / 2;

function splitSentences(text: string, paragraphs: Paragraph[], lines: Line[], cache?: LintCache): Sentence[] {
  // Each paragraph's sentences as [start, end) pairs relative to it: a function of the paragraph's text alone.
  // The paragraph alone: every search below stops at its end instead of running on through the document.
  const scan = (p: Paragraph): void => scanSentences(text.slice(p.start, p.end), hasLongLines(p, lines));
  if (!cache?.keepsSpans) {
    // Nothing is kept for a next run: each paragraph's pairs go from the scan's buffer straight into sentences.
    const sentences: Sentence[] = [];
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi] as Paragraph;
      scan(p);
      for (let k = 0; k < pairCount; k += 2) {
        const start = p.start + (pairBuffer[k] as number);
        const end = p.start + (pairBuffer[k + 1] as number);
        sentences.push({ start, end, paragraph: pi, text: text.slice(start, end) });
      }
      dropPairs();
    }
    return sentences;
  }
  const split = (p: Paragraph): readonly number[] => {
    scan(p);
    return takePairs();
  };
  const pairs = cache.perSpan('article:sentences', text, paragraphs, split);
  let count = 0;
  for (let pi = 0; pi < pairs.length; pi++) count += (pairs[pi] as readonly number[]).length >> 1;
  const sentences = new Array<Sentence>(count);
  let n = 0;
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const own = pairs[pi] as readonly number[];
    const at = (paragraphs[pi] as Paragraph).start;
    for (let k = 0; k < own.length; k += 2) {
      const start = at + (own[k] as number);
      const end = at + (own[k + 1] as number);
      sentences[n++] = { start, end, paragraph: pi, text: text.slice(start, end) };
    }
  }
  return sentences;
}

/**
 * [start, end) pairs as a paragraph's scan finds them, in one array that every scan reuses (one paragraph is scanned
 * at a time); a scan's pairs are copied out at its end as a small array (cheaper to make and to keep than a typed
 * array, and most paragraphs have a pair or two), or the shared empty list.
 */
const pairBuffer: number[] = [];
let pairCount = 0;
const NO_PAIRS: readonly number[] = Object.freeze([]);
/** Room the buffer keeps between scans: a few hundred sentences or quotations. */
const PAIRS_KEPT = 1024;

function pushPair(start: number, end: number): void {
  pairBuffer[pairCount++] = start;
  pairBuffer[pairCount++] = end;
}

function takePairs(): readonly number[] {
  const out = pairCount === 0 ? NO_PAIRS : pairBuffer.slice(0, pairCount);
  dropPairs();
  return out;
}

/** Empties the buffer (its pairs read in place); a buffer grown for a huge paragraph is let go. */
function dropPairs(): void {
  pairCount = 0;
  if (pairBuffer.length > PAIRS_KEPT) pairBuffer.length = 0;
}

/** Lines over 100 characters are not hard-wrapped prose: a line break ends a sentence there. */
function hasLongLines(p: Paragraph, lines: Line[]): boolean {
  for (let l = p.firstLine; l <= p.lastLine; l++) if ((lines[l]?.text.length ?? 0) > 100) return true;
  return false;
}

/** Characters that continue a run of terminal punctuation: `.`, `…`, `!`, `?`. */
function isTerminalCode(c: number): boolean {
  return c === 46 || c === 0x2026 || c === 33 || c === 63;
}

/** What may follow terminal punctuation inside the sentence: `"'”’)]»`, by character code. */
function isCloserCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93 || c === 0xbb;
}

/** One paragraph's sentences, as [start, end) pairs in its text, left in the pair buffer. */
function scanSentences(body: string, longLines: boolean): void {
  pairCount = 0;
  const end = body.length;
  let start = 0;
  // Jump from one candidate (terminal punctuation, or a line break in unwrapped text) to the next: the next place
  // of each candidate character (`nextMark`; -1 until searched, `end` when there is none).
  let dot = -1;
  let bang = -1;
  let question = -1;
  let ellipsis = -1;
  let cr = longLines ? -1 : end;
  let lf = longLines ? -1 : end;
  let from = 0;
  for (;;) {
    if (dot < from) dot = nextMark(body, '.', from, end);
    if (bang < from) bang = nextMark(body, '!', from, end);
    if (question < from) question = nextMark(body, '?', from, end);
    if (ellipsis < from) ellipsis = nextMark(body, '…', from, end);
    if (cr < from) cr = nextMark(body, '\r', from, end);
    if (lf < from) lf = nextMark(body, '\n', from, end);
    let i = dot;
    if (bang < i) i = bang;
    if (question < i) i = question;
    if (ellipsis < i) i = ellipsis;
    if (cr < i) i = cr;
    if (lf < i) i = lf;
    if (i >= end) break;
    const c = body.charCodeAt(i);
    if (c === 10 || c === 13) {
      pushSentence(body, start, i);
      start = i;
      from = i + 1;
      continue;
    }
    // The run of terminal punctuation, then of closers. Each step is taken at least once (a step back, then one
    // forward): an increment that V8 first meets in optimised code (a run of "..." or "?!" is rare) has no type
    // feedback, and it dropped the optimised scan to compile it again (two jobs of 1.8 MB of compiler memory).
    let j = i;
    do j++;
    while (j < end && isTerminalCode(body.charCodeAt(j)));
    j--;
    do j++;
    while (j < end && isCloserCode(body.charCodeAt(j)));
    from = j;
    if (j < end && !isSpace(body.charCodeAt(j))) continue;
    let k = j;
    while (k < end && isSpace(body.charCodeAt(k))) k++;
    if (k < end) {
      if (!isSentenceOpenerCode(body.charCodeAt(k))) continue;
      if (c === 46 && j === i + 1 && isAbbreviation(body, i)) continue;
    }
    pushSentence(body, start, j);
    start = j;
  }
  pushSentence(body, start, end);
}

/**
 * The sentence of `body` from `from` to `to`, its spaces trimmed, as a pair (none if it is only spaces); a piece
 * longer than MAX_SENTENCE_LENGTH is cut into several. A function of its own, not a closure made per paragraph.
 */
function pushSentence(body: string, from: number, to: number): void {
  let s = from;
  for (;;) {
    while (s < to && (isSpace(body.charCodeAt(s)) || body.charCodeAt(s) === 0xfeff)) s++;
    let e = to;
    while (e > s && isSpace(body.charCodeAt(e - 1))) e--;
    if (e <= s) return;
    if (e - s <= MAX_SENTENCE_LENGTH) return pushPair(s, e);
    const cut = sentenceCut(body, s);
    pushPair(s, cut.end);
    s = cut.next;
  }
}

/**
 * Where to cut a piece that starts at `s` and runs past MAX_SENTENCE_LENGTH: after the last
 * run of spaces in the piece's last SENTENCE_CUT_SEARCH characters, else at the limit itself
 * (moved back off the middle of a surrogate pair). `end` closes this piece, `next` starts the next.
 */
function sentenceCut(body: string, s: number): { end: number; next: number } {
  const limit = s + MAX_SENTENCE_LENGTH;
  for (let k = limit; k > limit - SENTENCE_CUT_SEARCH; k--) {
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

const OPEN_CLOSE: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };

/**
 * Direct quotations inside each paragraph. Straight single quotes count only
 * at word boundaries, so apostrophes ("Russia's") never open a quote.
 *
 * Linear in the paragraph: whether a mark can close a quote depends only on
 * the mark and its neighbours, never on the opener's position, and openers are
 * met left to right, so each kind of closer keeps a cursor that only moves
 * forward. A run of openers with no closer (`“word “word …`) reads the
 * paragraph once, not once per opener.
 */
function findQuotes(text: string, paragraphs: Paragraph[], cache?: LintCache): Span[] {
  const quotes: Span[] = [];
  // The paragraph alone, so that no search runs on past its end; its quotations as pairs relative to it.
  if (!cache?.keepsSpans) {
    // Nothing is kept for a next run: the pairs go from the scan's buffer straight into the list.
    for (let pi = 0; pi < paragraphs.length; pi++) {
      const p = paragraphs[pi] as Paragraph;
      scanQuotes(text.slice(p.start, p.end));
      for (let k = 0; k < pairCount; k += 2) {
        quotes.push({ start: p.start + (pairBuffer[k] as number), end: p.start + (pairBuffer[k + 1] as number) });
      }
      dropPairs();
    }
    return quotes;
  }
  const find = (p: Paragraph): readonly number[] => {
    scanQuotes(text.slice(p.start, p.end));
    return takePairs();
  };
  const pairs = cache.perSpan('article:quotes', text, paragraphs, find);
  for (let pi = 0; pi < paragraphs.length; pi++) {
    const own = pairs[pi] as readonly number[];
    if (own.length === 0) continue;
    const at = (paragraphs[pi] as Paragraph).start;
    for (let k = 0; k < own.length; k += 2) quotes.push({ start: at + (own[k] as number), end: at + (own[k + 1] as number) });
  }
  return quotes;
}

/** One paragraph's direct quotations, as [start, end) pairs in its text, left in the pair buffer. */
function scanQuotes(body: string): void {
  pairCount = 0;
  const end = body.length;
  let closers: Map<string, ClosingCursor> | undefined;
  // The next place of each opening mark (`nextMark`; -1 until searched, `end` when there is none).
  let double = -1;
  let single = -1;
  let curlyDouble = -1;
  let curlySingle = -1;
  let guillemet = -1;
  let from = 0;
  for (;;) {
    if (double < from) double = nextMark(body, '"', from, end);
    if (single < from) single = nextMark(body, "'", from, end);
    if (curlyDouble < from) curlyDouble = nextMark(body, '“', from, end);
    if (curlySingle < from) curlySingle = nextMark(body, '‘', from, end);
    if (guillemet < from) guillemet = nextMark(body, '«', from, end);
    let i = double;
    if (single < i) i = single;
    if (curlyDouble < i) i = curlyDouble;
    if (curlySingle < i) i = curlySingle;
    if (guillemet < i) i = guillemet;
    if (i >= end) break;
    from = i + 1;
    const c = body.charAt(i);
    const closer = OPEN_CLOSE[c];
    if (closer === undefined || !isOpening(body, i)) continue;
    closers ??= new Map();
    let cursor = closers.get(c);
    if (!cursor) closers.set(c, (cursor = new ClosingCursor(body, closer, c)));
    const close = cursor.next(i + 1);
    if (close !== -1) {
      pushPair(i, close + 1);
      from = close + 1;
    }
  }
}

function isOpening(text: string, i: number): boolean {
  // No character follows at the end (and no read past it: V8 dropped the optimised quotation scan for that).
  if (i + 1 >= text.length) return false;
  const next = text.charCodeAt(i + 1);
  if (isSpace(next)) return false;
  const mark = text.charCodeAt(i);
  // At the paragraph's start the mark reads as after a space.
  if (i === 0) return true;
  const prev = text.charCodeAt(i - 1);
  if (mark === 34 || mark === 0x201c || mark === 0xab) return !isLetterOrNumberCode(prev);
  // Single quotes: only after a space, an opening bracket, a dash or another quote.
  return isSingleQuoteLeadCode(prev);
}

/**
 * The first mark at or after a position that can close a quote of one kind, in one paragraph's
 * text; the positions asked for never decrease.
 */
class ClosingCursor {
  /** The answer for every position up to `found` (-1: no closer left in the paragraph). */
  private found: number | undefined;

  constructor(
    private readonly text: string,
    private readonly closer: string,
    private readonly opener: string,
  ) {}

  next(from: number): number {
    if (this.found === -1) return -1;
    if (this.found !== undefined && this.found >= from) return this.found;
    this.found = this.scan(from);
    return this.found;
  }

  private scan(from: number): number {
    const { text, closer, opener } = this;
    const end = text.length;
    for (let j = text.indexOf(closer, from); j !== -1; j = text.indexOf(closer, j + 1)) {
      if (isSpace(text.charCodeAt(j - 1))) continue;
      // Past the end, the paragraph reads as followed by a space.
      const next = j + 1 < end ? text.charCodeAt(j + 1) : 32;
      if (closer === "'" || closer === '’') {
        // An apostrophe inside a word ("don't", "today's") does not close a quote.
        if (isLetterOrNumberCode(next)) continue;
        // A plural possessive ("the Smiths' home") is too ambiguous to guess; accept it.
      } else if (opener === '"' && isLetterOrNumberCode(next)) {
        continue;
      }
      return j;
    }
    return -1;
  }
}

/**
 * A Markdown link or image: `[text](url "title")`. The text holds no bracket and the URL at most one level of
 * parentheses (`/wiki/A_(b)`), so a line of `[text](` or `[word ` with no closer is read once, not once per
 * bracket: each attempt stops at the next bracket, parenthesis or space.
 */
const MD_LINK = /!?\[([^[\]\n]*)\]\(((?:[^()\s]|\([^()\s]*\))+)(?:\s+"[^"\n]*")?\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'“”]+[^\s<>()"'“”.,;:!?]/g;

/**
 * What a line with a link holds: a Markdown link's `](`, or a bare URL's `://` (of `http://` or `https://`) or
 * `www.`. Searched for `://` rather than `http`: a native search runs fastest for a needle whose first character is
 * rare in prose (`h` is common, `:` and `]` are not), and a line with `http` but none of the three holds no link.
 */
const LINK_NEEDLES = ['](', '://', 'www.'];

/**
 * Links, sorted and non-overlapping: a bare URL that runs into a Markdown link is left to the link. The lines that
 * may hold one are found by native searches of the whole text for `LINK_NEEDLES` (none holds a line break, so each
 * is found inside one line), instead of three searches per line.
 */
function findLinks(text: string, lines: Line[], index: LineIndex): Link[] {
  const links: Link[] = [];
  const marked = new Uint8Array(lines.length);
  let any = false;
  for (const needle of LINK_NEEDLES) {
    for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + needle.length)) {
      const line = index.lineAt(i);
      marked[line] = 1;
      any = true;
      // The rest of this line needs no more searching.
      const next = lines[line + 1];
      if (!next) break;
      i = Math.max(i, next.start - needle.length);
    }
  }
  if (!any) return links;
  for (let li = 0; li < lines.length; li++) {
    if (marked[li] === 0) continue;
    const line = lines[li] as Line;
    if (line.excluded && !line.text.includes('http')) continue;
    if (!line.text.includes('](') && !line.text.includes('http') && !line.text.includes('www.')) continue;
    const taken: Link[] = [];
    MD_LINK.lastIndex = 0;
    for (let m = MD_LINK.exec(line.text); m; m = MD_LINK.exec(line.text)) {
      const start = line.start + m.index;
      const url = m[2] ?? '';
      const urlStart = start + m[0].indexOf('](') + 2;
      taken.push({ start, end: start + m[0].length, url: { start: urlStart, end: urlStart + url.length } });
    }
    // Both lists come in order, so one cursor finds the Markdown link each URL could overlap.
    const lineLinks: Link[] = [];
    let t = 0;
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(line.text); m; m = BARE_URL.exec(line.text)) {
      const start = line.start + m.index;
      const end = start + m[0].length;
      while (t < taken.length && (taken[t]?.end ?? 0) <= start) lineLinks.push(taken[t++] as Link);
      const next = taken[t];
      if (next && next.start < end) continue;
      lineLinks.push({ start, end, url: { start, end } });
    }
    while (t < taken.length) lineLinks.push(taken[t++] as Link);
    for (const link of lineLinks) links.push(link);
  }
  return links;
}

/** Whether `offset` falls inside one of the sorted, non-overlapping spans. */
export function inSpans(spans: readonly Span[], offset: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = spans[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return true;
  }
  return false;
}

/** The spans that overlap [start, end), from sorted, non-overlapping spans (a binary search, then the overlap). */
export function overlapping<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= start) lo = mid + 1;
    else hi = mid;
  }
  const out: T[] = [];
  for (let i = lo; i < spans.length; i++) {
    const s = spans[i];
    if (!s || s.start >= end) break;
    out.push(s);
  }
  return out;
}

/**
 * The article model: the document parsed once into what every rule needs.
 * All offsets index the original text, so a BOM, CRLF, curly punctuation,
 * non-breaking spaces or emoji never shift a range.
 */
import { LineIndex } from './text';
import type { Span } from './types';

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

const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
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

export function formatFromLanguageId(languageId: string): DocFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'article') return 'article';
  return 'text';
}

export function parseArticle(text: string, format: DocFormat = 'text'): Article {
  const index = new LineIndex(text);
  const lines = splitLines(text, index);
  const frontMatter = format === 'markdown' ? parseFrontMatter(lines) : undefined;
  markExcluded(lines, format);
  const headings = findHeadings(lines, format);
  const paragraphs = findParagraphs(lines, headings, format);
  const sentences = splitSentences(text, paragraphs, lines);
  const quotes = findQuotes(text, paragraphs);
  const links = findLinks(text, lines);
  let lastProseLine = -1;
  for (const p of paragraphs) if (p.kind === 'prose') lastProseLine = Math.max(lastProseLine, p.lastLine);
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
  for (const line of lines) {
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
      const atx = ATX.exec(line.text);
      if (atx && atx[1] !== undefined && atx[2] !== undefined) {
        const words = atx[2];
        const start = line.start + line.text.indexOf(words, atx[1].length);
        headings.push({ line: i, level: atx[1].length, text: words, start, end: start + words.length, kind: 'atx' });
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
    const wordCount = words.split(/\s+/).length;
    const looksLikeHeadline = wordCount <= 20 && words.length <= 150 && !/[.!?:;,…]["'”’)\]]*$/.test(words);
    if (format === 'article' || looksLikeHeadline) {
      const start = first.start + first.text.indexOf(words);
      headings.push({ line: first.index, level: 1, text: words, start, end: start + words.length, kind: 'headline' });
    }
  }
  return headings;
}

/** A short line with no sentence punctuation at all reads as a headline even with text right under it. */
function isHeadlineOnly(line: string): boolean {
  const t = line.trim();
  return t.length <= 100 && !/[.!?,;:…]["'”’)\]]*$/.test(t) && !/[.!?]\s/.test(t);
}

function findParagraphs(lines: Line[], headings: Heading[], format: DocFormat): Paragraph[] {
  const headingLines = new Set<number>();
  for (const h of headings) {
    headingLines.add(h.line);
    if (h.kind === 'setext') headingLines.add(h.line + 1);
  }
  const paragraphs: Paragraph[] = [];
  let current: Paragraph | undefined;
  const close = (): void => {
    if (current) paragraphs.push(current);
    current = undefined;
  };
  for (const line of lines) {
    if (line.blank || line.excluded) {
      close();
      continue;
    }
    if (headingLines.has(line.index)) {
      close();
      const h = headings.find((x) => x.line === line.index);
      if (h) paragraphs.push({ start: line.start, end: line.end, firstLine: line.index, lastLine: line.index, kind: 'heading' });
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

function isAbbreviation(text: string, dot: number): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text.charAt(i))) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (word.length === 0) return false;
  if (ABBREVIATIONS.has(word)) return true;
  // Initials such as "J." in "John F. Kennedy" or "U.S.".
  if (/^\p{L}$/u.test(word) || /^(\p{L}\.)+\p{L}$/u.test(word)) return true;
  return false;
}

const CLOSERS = '"\'”’)]»';

const SENTENCE_CANDIDATE = /[.!?…]/g;
const SENTENCE_CANDIDATE_OR_BREAK = /[.!?…\r\n]/g;

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

function splitSentences(text: string, paragraphs: Paragraph[], lines: Line[]): Sentence[] {
  const sentences: Sentence[] = [];
  paragraphs.forEach((p, pi) => {
    // Lines over 100 characters are not hard-wrapped prose: a line break ends a sentence there.
    const longLines = lines.slice(p.firstLine, p.lastLine + 1).some((l) => l.text.length > 100);
    let start = p.start;
    const push = (end: number): void => {
      let s = start;
      while (s < end && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 0xfeff)) s++;
      let e = end;
      while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
      if (e > s) sentences.push({ start: s, end: e, paragraph: pi, text: text.slice(s, e) });
      start = end;
    };
    // Jump from one candidate (terminal punctuation, or a line break in unwrapped text) to the next.
    const candidates = longLines ? SENTENCE_CANDIDATE_OR_BREAK : SENTENCE_CANDIDATE;
    candidates.lastIndex = p.start;
    for (let m = candidates.exec(text); m && m.index < p.end; m = candidates.exec(text)) {
      const i = m.index;
      const c = text.charAt(i);
      if (c === '\n' || c === '\r') {
        push(i);
        continue;
      }
      let j = i + 1;
      while (j < p.end && (text.charAt(j) === '.' || text.charAt(j) === '…' || text.charAt(j) === '!' || text.charAt(j) === '?'))
        j++;
      while (j < p.end && CLOSERS.includes(text.charAt(j))) j++;
      candidates.lastIndex = j;
      if (j < p.end && !isSpace(text.charCodeAt(j))) continue;
      let k = j;
      while (k < p.end && isSpace(text.charCodeAt(k))) k++;
      if (k < p.end) {
        const next = text.charAt(k);
        if (!/[\p{Lu}\p{N}"'“‘([]/u.test(next)) continue;
        if (c === '.' && j === i + 1 && isAbbreviation(text, i)) continue;
      }
      push(j);
    }
    push(p.end);
  });
  return sentences;
}

const OPEN_CLOSE: Record<string, string> = { '“': '”', '"': '"', '‘': '’', "'": "'", '«': '»' };

/**
 * Direct quotations inside each paragraph. Straight single quotes count only
 * at word boundaries, so apostrophes ("Russia's") never open a quote.
 */
function findQuotes(text: string, paragraphs: Paragraph[]): Span[] {
  const quotes: Span[] = [];
  for (const p of paragraphs) {
    QUOTE_MARK.lastIndex = p.start;
    for (let m = QUOTE_MARK.exec(text); m && m.index < p.end; m = QUOTE_MARK.exec(text)) {
      const i = m.index;
      const c = m[0];
      const closer = OPEN_CLOSE[c];
      if (closer === undefined || !isOpening(text, i, p.start)) continue;
      const close = findClosing(text, i + 1, p.end, closer, c);
      if (close !== -1) {
        quotes.push({ start: i, end: close + 1 });
        QUOTE_MARK.lastIndex = close + 1;
      }
    }
  }
  return quotes;
}

const QUOTE_MARK = /["'“‘«]/g;

function isOpening(text: string, i: number, min: number): boolean {
  const prev = i > min ? text.charAt(i - 1) : ' ';
  const next = text.charAt(i + 1);
  if (next === '' || isSpace(next.charCodeAt(0))) return false;
  if (text.charAt(i) === '"' || text.charAt(i) === '“' || text.charAt(i) === '«') return !/[\p{L}\p{N}]/u.test(prev);
  // Single quotes: only after a space, an opening bracket, a dash or another quote.
  return /[\s\u00A0([—–\-“"]/.test(prev) || i === min;
}

function findClosing(text: string, from: number, end: number, closer: string, opener: string): number {
  for (let j = text.indexOf(closer, from); j !== -1 && j < end; j = text.indexOf(closer, j + 1)) {
    const prev = text.charAt(j - 1);
    const next = j + 1 < end ? text.charAt(j + 1) : ' ';
    if (isSpace(prev.charCodeAt(0))) continue;
    if (closer === "'" || closer === '’') {
      // An apostrophe inside a word ("don't", "today's") does not close a quote.
      if (/[\p{L}\p{N}]/u.test(next)) continue;
      // A plural possessive ("the Smiths' home") is too ambiguous to guess; accept it.
    } else if (opener === '"' && /[\p{L}\p{N}]/u.test(next)) {
      continue;
    }
    return j;
  }
  return -1;
}

const MD_LINK = /!?\[([^\]\n]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
const BARE_URL = /\b(?:https?:\/\/|www\.)[^\s<>()"'“”]+[^\s<>()"'“”.,;:!?]/g;

function findLinks(text: string, lines: Line[]): Link[] {
  const links: Link[] = [];
  for (const line of lines) {
    if (line.excluded && !line.text.includes('http')) continue;
    if (!line.text.includes('](') && !line.text.includes('http') && !line.text.includes('www.')) continue;
    const taken: Span[] = [];
    MD_LINK.lastIndex = 0;
    for (let m = MD_LINK.exec(line.text); m; m = MD_LINK.exec(line.text)) {
      const start = line.start + m.index;
      const url = m[2] ?? '';
      const urlStart = start + m[0].indexOf('](') + 2;
      links.push({ start, end: start + m[0].length, url: { start: urlStart, end: urlStart + url.length } });
      taken.push({ start, end: start + m[0].length });
    }
    BARE_URL.lastIndex = 0;
    for (let m = BARE_URL.exec(line.text); m; m = BARE_URL.exec(line.text)) {
      const start = line.start + m.index;
      if (taken.some((t) => start >= t.start && start < t.end)) continue;
      links.push({ start, end: start + m[0].length, url: { start, end: start + m[0].length } });
    }
  }
  links.sort((a, b) => a.start - b.start);
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

/** The sorted spans that overlap [start, end). */
export function overlapping<T extends Span>(spans: readonly T[], start: number, end: number): T[] {
  const out: T[] = [];
  for (const s of spans) {
    if (s.start >= end) break;
    if (s.end > start) out.push(s);
  }
  return out;
}

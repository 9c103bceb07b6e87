/**
 * Page furniture: what a browser copy carries along with an article (related
 * stories, share buttons, newsletter boxes, comments, author bios, tags,
 * menus, footers, photo credits, inline promos, ad markers). Shared by the
 * `boilerplate` rule, which reports it, and by the rules that must not read
 * it as article text (`truncated-teaser`, `unattributed-number`).
 *
 * The model lives in ./furniture (features.ts: one line's signals;
 * model.ts: context, scores and the decoding into runs; weights.json: learned
 * by `npm run train`). This module turns its runs into blocks with offsets
 * and labels, adds the writer's own phrases, and answers "is this furniture?".
 *
 * The analysis takes plain inputs (the article and the phrases), never a rule
 * context, and is computed once per article object (a lint run parses the
 * text once, so every rule of the run shares one result).
 */
import type { Article, Line, Link } from '../article';
import type { RuleContext } from '../rule';
import { stringList } from '../rule';
import type { Span } from '../types';
import { lineFeatures, type LineFeatures } from './furniture/features';
import { decode, scoreLines, type Place } from './furniture/model';
import { KIND_NAMES, type FurnitureKind } from './furniture/vocabulary';
import { contentStart, linkDensity, linksByLine } from './line-shape';

export type { FurnitureKind } from './furniture/vocabulary';
export type { Place } from './furniture/model';

export interface FurnitureBlock extends Span {
  /** First and last line of the block (0-based). */
  firstLine: number;
  lastLine: number;
  /** What the block is: related stories, share buttons, a newsletter box, ... */
  kind: FurnitureKind;
  /** Above the article, between its paragraphs, or after its end. */
  place: Place;
  /** The block's first line as written (trimmed, at most 60 characters). */
  label: string;
  /** Non-blank lines in the block. */
  lines: number;
  /** The line that names the block's kind ("Most Popular", "Share this:"), when there is one. */
  anchorLine?: number;
  /** Sure enough that fix-all may delete the block; otherwise a person chooses. */
  safe: boolean;
}

export interface FurnitureAnalysis {
  /** Sorted, non-overlapping. */
  blocks: FurnitureBlock[];
  /** The first line of the page furniture after the article (the number of lines when there is none). */
  tailStart: number;
  /** Whether a line (0-based) lies inside a block. */
  isFurnitureLine(line: number): boolean;
  /** Whether an offset lies inside a block. */
  isFurnitureAt(offset: number): boolean;
}

export interface FurnitureOptions {
  /**
   * The writer's own furniture phrases (the `boilerplate` rule's `phrases`): a line that starts with one is
   * furniture. Matched literally and case-insensitively at word boundaries, never compiled into a pattern.
   */
  phrases?: readonly string[];
  /** Computes one line's features; pass a cached version to reuse them across runs (keyed by the line's text). */
  featuresOf?: (text: string) => LineFeatures;
  /**
   * Computes the features of all the lines the model reads (non-blank, not excluded, in order) with `compute`;
   * pass a cached version (`LintCache.perSpan`) to reuse the features of the lines an edit left alone. Wins over
   * `featuresOf`.
   */
  featuresOfLines?: (lines: readonly Line[], compute: (line: Line) => LineFeatures) => readonly LineFeatures[];
}

/**
 * A Markdown line that is mostly links, or a list item that opens with one,
 * is an entry of a list of links whatever its words say (boilerpipe's link
 * density): its log-odds are raised by this much. The
 * development pages are plain text, so the learned weights know nothing of
 * Markdown links; this is the one hand-set prior.
 */
const LINK_LINE_BOOST = 3;
/** A list item that opens with a link ("- [Title](url) teaser…") is a link line too. */
function linkLed(line: Line, links: readonly Link[]): boolean {
  const first = links[0];
  return (
    first !== undefined &&
    first.start - line.start <= contentStart(line.text) + 1 &&
    /^\s*(?:[-*+]|\d{1,3}[.)])\s/u.test(line.text)
  );
}

/** Share of a line's visible characters inside links from which it is a link line. */
const LINK_LINE_DENSITY = 0.5;
/** Phrases are looked for in a line's first this many characters. */
const PHRASE_WINDOW = 200;

const cache = new WeakMap<Article, Map<string, FurnitureAnalysis>>();

/** The article's page furniture, computed once per article and set of phrases. */
export function analyseFurniture(article: Article, options: FurnitureOptions = {}): FurnitureAnalysis {
  const phrases = options.phrases ?? [];
  const key = phrases.join('\u0000');
  let byPhrases = cache.get(article);
  if (!byPhrases) {
    byPhrases = new Map();
    cache.set(article, byPhrases);
  }
  let analysis = byPhrases.get(key);
  if (!analysis) {
    analysis = compute(article, phrases, key, options.featuresOf ?? lineFeatures, options.featuresOfLines);
    byPhrases.set(key, analysis);
  }
  return analysis;
}

/** Whether an offset of the article lies in page furniture (the analysis is shared with the rules of the run). */
export function isFurnitureAt(article: Article, offset: number, phrases: readonly string[] = []): boolean {
  return analyseFurniture(article, { phrases }).isFurnitureAt(offset);
}

/**
 * The analysis as the rules of a lint run share it: with the `boilerplate`
 * rule's phrases and the run's cache of line features, kept per line (a line
 * an edit did not touch keeps its features, found without hashing its text).
 */
export function furnitureOf(context: Pick<RuleContext, 'article' | 'optionsOf' | 'cache'>): FurnitureAnalysis {
  const { article, cache } = context;
  return analyseFurniture(article, {
    phrases: stringList(context.optionsOf('boilerplate'), 'phrases'),
    featuresOfLines: (lines, compute) => cache.perSpan(`furniture-lines:${article.format}`, article.text, lines, compute),
  });
}

/** The noun a message uses for a kind ("related stories", "share buttons"). */
export function kindName(kind: FurnitureKind): string {
  return KIND_NAMES[kind];
}

/** Whether a line names a kind of furniture by itself ("You may also like...", "Most Popular", "Share this:"). */
export function namesFurniture(text: string): boolean {
  return lineFeatures(markupless(text)).anchor !== undefined;
}

/** A Markdown line without its heading, quote and list markers or wrapping emphasis. */
function markupless(text: string): string {
  let s = text.replace(/^[ \t]{0,3}#{1,6}[ \t]+/, '').replace(/[ \t]+#+[ \t]*$/, '');
  s = s.slice(contentStart(s));
  return s.replace(/^(\*\*|__)(.*)\1$/, '$2');
}

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A phrase ends here. */
  end: boolean;
}

/** Recently used phrase lists, as tries: a server lints with the same configuration again and again. */
const tries = new Map<string, TrieNode>();
/** How many phrase lists keep their trie (one per configuration in use, in practice). */
const TRIE_CACHE = 4;

/** A character trie of the folded phrases: building it is linear in their total length. */
function trieOf(key: string, phrases: readonly string[]): TrieNode {
  const known = tries.get(key);
  if (known) return known;
  const root: TrieNode = { next: new Map(), end: false };
  for (const p of phrases) {
    const f = fold(p);
    if (f.length === 0 || f.length > PHRASE_WINDOW) continue;
    let node = root;
    for (const ch of f) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(ch, child);
      }
      node = child;
    }
    node.end = true;
  }
  if (tries.size >= TRIE_CACHE) tries.delete(tries.keys().next().value as string);
  tries.set(key, root);
  return root;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The lines that start with one of the phrases, at a word boundary: one walk
 * down the trie per line, so the cost does not grow with the number of phrases.
 */
function phraseLines(lines: readonly Line[], phrases: readonly string[], key: string): Set<number> {
  const found = new Set<number>();
  if (phrases.length === 0) return found;
  const root = trieOf(key, phrases);
  for (const line of lines) {
    if (line.blank || line.excluded) continue;
    const norm = fold(markupless(line.text.slice(0, PHRASE_WINDOW + 40)));
    let node: TrieNode | undefined = root;
    let i = 0;
    for (const ch of norm) {
      node = node.next.get(ch);
      if (!node) break;
      i += ch.length;
      if (node.end) {
        const after = norm.charAt(i);
        if (after === '' || !WORD_CHAR.test(after) || !WORD_CHAR.test(ch)) {
          found.add(line.index);
          break;
        }
      }
    }
  }
  return found;
}

function label(line: Line): string {
  const t = markupless(line.text).trim();
  return t.length > 60 ? `${t.slice(0, 57).trimEnd()}...` : t;
}

function compute(
  article: Article,
  phrases: readonly string[],
  key: string,
  featuresOf: (text: string) => LineFeatures,
  featuresOfLines: FurnitureOptions['featuresOfLines'],
): FurnitureAnalysis {
  const { lines } = article;
  const n = lines.length;
  const markdown = article.format === 'markdown';
  const ofText = markdown ? (text: string) => featuresOf(markupless(text)) : featuresOf;
  let ofLine: (text: string, line: number) => LineFeatures = ofText;
  if (featuresOfLines) {
    // The lines read, counted first and listed in an array of that length (filter grew its array as it went).
    let count = 0;
    for (let i = 0; i < n; i++) if (!(lines[i] as Line).blank && !(lines[i] as Line).excluded) count++;
    const read: Line[] = new Array<Line>(count);
    for (let i = 0, k = 0; i < n; i++) {
      const line = lines[i] as Line;
      if (!line.blank && !line.excluded) read[k++] = line;
    }
    const values = featuresOfLines(read, (line) => ofText(line.text));
    const byLine: LineFeatures[] = new Array<LineFeatures>(n);
    for (let k = 0; k < count; k++) byLine[(read[k] as Line).index] = values[k] as LineFeatures;
    ofLine = (text, i) => byLine[i] ?? ofText(text);
  }
  // (The context rows are not kept: the decoding reads only their flags.)
  const scored = scoreLines(lines, ofLine, undefined, false);
  if (article.links.length > 0) {
    const links = linksByLine(article);
    for (const [i, onLine] of links) {
      const line = lines[i];
      if (line && scored.own[i] && (linkDensity(line, onLine) >= LINK_LINE_DENSITY || linkLed(line, onLine))) {
        scored.logits[i] = (scored.logits[i] ?? 0) + LINK_LINE_BOOST;
      }
    }
  }
  const { runs, tailStart } = decode(lines, scored, {
    phraseLines: phraseLines(lines, phrases, key),
    headline: article.headline?.line,
  });
  const blocks: FurnitureBlock[] = [];
  const blockOf = new Int32Array(n).fill(-1);
  for (const run of runs) {
    const a = lines[run.firstLine];
    const b = lines[run.lastLine];
    if (!a || !b) continue;
    let count = 0;
    for (let i = run.firstLine; i <= run.lastLine; i++) {
      if (scored.own[i]) count++;
      blockOf[i] = blocks.length;
    }
    const block: FurnitureBlock = {
      start: a.start + (a.text.length - a.text.trimStart().length),
      end: b.start + b.text.trimEnd().length,
      firstLine: run.firstLine,
      lastLine: run.lastLine,
      kind: run.kind,
      place: run.place,
      label: label(a),
      lines: count,
      safe: run.safe,
    };
    if (run.anchorLine !== undefined) block.anchorLine = run.anchorLine;
    blocks.push(block);
  }
  return {
    blocks,
    tailStart,
    isFurnitureLine: (line) => (blockOf[line] ?? -1) >= 0,
    isFurnitureAt: (offset) => {
      if (offset < 0 || offset > article.text.length) return false;
      const b = blocks[blockOf[article.index.lineAt(offset)] ?? -1];
      // Inside the block's span (a block starts after its first line's indentation).
      return b !== undefined && offset >= b.start && offset < b.end;
    },
  };
}

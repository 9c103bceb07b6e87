import { inSpans, type Article, type Line, type Link } from '../article';
import { furnitureOf, namesFurniture } from '../analysis/boilerplate';
import { linksByLine, trailingEllipsis } from '../analysis/line-shape';
import { finalFragment, looksCutOff } from '../analysis/words';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

interface Candidate {
  line: Line;
  /** The ellipsis as written. */
  ellipsis: string;
  /** Length of the cut text, in UTF-16 code units, before the ellipsis. */
  length: number;
  fragment: string;
  cut: boolean;
  /** Inside a block of page furniture. */
  inBlock: boolean;
  /** After the article's last paragraph. */
  afterArticle: boolean;
  /** Inside a block of links: related stories or an inline promo ("Read more: …"). */
  inLinkBlock: boolean;
  /** Candidates (this one included) whose length is within TIGHT of this one. */
  tight: number;
}

/** The links of a line that has none (one shared empty list). */
const NO_LINKS: readonly Link[] = [];

/** Lengths this close count as "the same length": a fixed cut, give or take trimming. */
const TIGHT = 2;

/** Whether the ellipsis closes words inside a quotation that is still open. */
function insideQuotation(article: Article, line: Line, ellipsisStart: number): boolean {
  if (inSpans(article.quotes, ellipsisStart)) return true;
  const text = line.text;
  const upto = ellipsisStart - line.start;
  let double = false;
  let single = false;
  for (let i = 0; i < upto; i++) {
    const c = text.charAt(i);
    if (c === '“') double = true;
    else if (c === '”') double = false;
    else if (c === '"') double = !double;
    else if (c === '‘') single = true;
    else if (c === "'" || c === '’') {
      const prevWord = /[\p{L}\p{N}]/u.test(text.charAt(i - 1));
      const nextWord = /[\p{L}\p{N}]/u.test(text.charAt(i + 1));
      if (c === "'" && !prevWord && nextWord) single = true;
      else if (single && !nextWord) single = false;
    }
  }
  return double || single;
}

/** Deletes the line and its line break (or, on a last line without one, the break before it). */
function lineDeletion(article: Article, line: Line): TextEdit {
  const end = article.index.lineBreakEnd(line.index);
  if (end > line.end || line.index === 0) return { start: line.start, end, newText: '' };
  return { start: article.index.lineEnd(line.index - 1), end: line.end, newText: '' };
}

/** How many of the sorted values lie within `spread` of `value`: two binary searches, so a page of a thousand teasers of one length costs no more than one. */
function countWithin(sorted: readonly number[], value: number, spread: number): number {
  return firstAbove(sorted, value + spread) - firstAbove(sorted, value - spread - 1);
}

/** The index of the first sorted value greater than `limit`. */
function firstAbove(sorted: readonly number[], limit: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) <= limit) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Why the line is a truncated teaser, or undefined. The reasons are tried
 * from the line's own evidence outwards, so that deleting one teaser leaves
 * the message of the others as it was.
 */
function message(c: Candidate): string | undefined {
  if (c.cut && (c.inBlock || c.afterArticle ? c.length >= 15 : c.length >= 60 && c.fragment === c.fragment.toLowerCase())) {
    return `Truncated teaser: the line stops mid-word at "${c.fragment}${c.ellipsis}"`;
  }
  const cutAt = `cut off at ${c.length} characters and ended with "${c.ellipsis}"`;
  if (c.inLinkBlock && c.length >= 40) return `Truncated teaser: ${cutAt} in a block of links to other stories`;
  if ((c.tight >= 3 && c.length >= 40) || (c.tight >= 2 && c.length >= 30 && (c.inBlock || c.cut))) {
    return `Truncated teaser: ${cutAt}, the length of other lines that end so`;
  }
  return undefined;
}

const rule: Rule = {
  meta: {
    id: 'truncated-teaser',
    description:
      'Finds teaser lines cut off mid-word or at a fixed length and ended with "..." or "…", left over from a web page.',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'cleanup',
    tags: ['editorial'],
    rationale:
      'Web pages shorten the summaries of other stories to a fixed number of characters and end them with an ellipsis, often in the middle of a word. Copied into an article, such a line reads as a sentence that breaks off, and it summarizes a different story. Delete the line; if the story it points to matters, write a complete sentence about it.',
  },
  check(context) {
    const { article } = context;
    const { blocks, tailStart } = furnitureOf(context);
    const n = article.lines.length;
    // 1: in a block of furniture; 2: in a block of links to other stories.
    const inBlock = new Uint8Array(n);
    const headings = new Set<number>();
    for (const b of blocks) {
      const mark = b.kind === 'related' || b.kind === 'promo' ? 2 : 1;
      for (let i = b.firstLine; i <= b.lastLine; i++) inBlock[i] = mark;
      if (b.anchorLine !== undefined) headings.add(b.anchorLine);
    }
    const links = article.links.length > 0 ? linksByLine(article) : undefined;
    const candidates: Candidate[] = [];
    // An indexed loop and one shared empty list of links: this runs once per lint and stays unoptimised, where a
    // for…of made an iterator result per line and `?? []` an array per line.
    const lines = article.lines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i] as Line;
      if (line.blank || line.excluded) continue;
      const ell = trailingEllipsis(line, links?.get(line.index) ?? NO_LINKS);
      if (!ell) continue;
      if (headings.has(line.index) || namesFurniture(line.text)) continue;
      if (insideQuotation(article, line, ell.start)) continue;
      const before = article.text.slice(ell.textStart, ell.start);
      const fragment = finalFragment(before);
      const sentenceStart = /(?:^|[.!?]["'”’)\]]*[\s\u00A0]+)$/.test(before.slice(0, before.length - fragment.length));
      candidates.push({
        line,
        ellipsis: article.text.slice(ell.start, ell.end).replace(/[*_]+$/, ''),
        length: before.length,
        fragment,
        cut: looksCutOff(fragment, sentenceStart),
        inBlock: inBlock[line.index] !== 0,
        afterArticle: line.index >= tailStart,
        inLinkBlock: inBlock[line.index] === 2,
        tight: 0,
      });
    }
    if (candidates.length === 0) return;
    const lengths = candidates.map((c) => c.length).sort((a, b) => a - b);
    for (const c of candidates) {
      c.tight = countWithin(lengths, c.length, TIGHT);
      const text = message(c);
      if (!text) continue;
      const { line } = c;
      const start = line.start + (line.text.length - line.text.trimStart().length);
      context.report({
        start,
        end: line.start + line.text.trimEnd().length,
        message: text,
        fixes: [{ title: 'Delete the truncated teaser line', edits: [lineDeletion(article, line)], safe: true }],
      });
    }
  },
};
export default rule;

/**
 * The shape of a single line, as the furniture analysis and the
 * truncated-teaser rule see it: where its words start after a list marker,
 * an ending ellipsis, and its links. Everything here is linear in the line's length.
 */
import type { Article, Line, Link } from '../article';
import { isRegexSpaceCode } from '../tokens';

const LEAD = /^[ \t\u00A0]*(?:>[ \t]*)*(?:(?:[-*+•·▪►]|\d{1,3}[.)])[ \t]+)?/;
// The one-character tests below are module constants: a regular expression literal in a function body makes a new
// RegExp object each time it is evaluated (trailingEllipsis runs on every line of a lint).
const TEASER_LEAD = /[\s\u00A0:–—|-]/;

/** Offset (into the line's text) where the words start: after indentation, `>` and a list marker. */
export function contentStart(text: string): number {
  const m = LEAD.exec(text);
  return m ? m[0].length : 0;
}

export interface TrailingEllipsis {
  /** Absolute offsets of the ellipsis ("..." or "…"). */
  start: number;
  end: number;
  /** Absolute offset where the cut text begins (after a list marker, or inside a link's text). */
  textStart: number;
}

/**
 * The ellipsis that ends a line, if any: at the very end, or at the end of
 * a Markdown link's text that ends the line (`[A title cut o...](url)`),
 * ignoring closing emphasis markers.
 */
export function trailingEllipsis(line: Line, linksOnLine: readonly Link[]): TrailingEllipsis | undefined {
  const text = line.text;
  let e = text.length;
  // `\s` holds the no-break space: isRegexSpaceCode reads a line's trailing white space as /[\s\u00A0]/ did.
  while (e > 0 && isRegexSpaceCode(text.charCodeAt(e - 1))) e--;
  if (e === 0) return undefined;
  const last = text.charAt(e - 1);
  if (last !== '.' && last !== '…' && last !== ')' && last !== '*' && last !== '_') return undefined;
  // Where the cut text begins: read only once the line is known to end with an ellipsis (most lines end otherwise).
  let textStart: number | undefined;
  if (last === ')') {
    // (A loop, not find with a closure: a closure over `e` made every call allocate a context for it.)
    let link: Link | undefined;
    for (let k = 0; k < linksOnLine.length && link === undefined; k++) {
      const l = linksOnLine[k] as Link;
      if (l.end === line.start + e && l.url.start > l.start + 1) link = l;
    }
    if (!link) return undefined;
    // The link text ends just before "](".
    e = link.url.start - 2 - line.start;
    textStart = link.start + (text.charAt(link.start - line.start) === '!' ? 2 : 1);
  }
  while (e > 0 && (text.charAt(e - 1) === '*' || text.charAt(e - 1) === '_')) e--;
  let s: number;
  if (text.charAt(e - 1) === '…') {
    s = e - 1;
  } else if (e >= 3 && text.startsWith('...', e - 3)) {
    s = e - 3;
    while (s > 0 && text.charAt(s - 1) === '.') s--;
  } else {
    return undefined;
  }
  textStart ??= line.start + contentStart(text);
  if (last !== ')') {
    // Measure the teaser from the end of the last link before it, if any.
    for (const l of linksOnLine) if (l.end <= line.start + s && l.end > textStart) textStart = l.end;
    while (textStart < line.start + s && TEASER_LEAD.test(text.charAt(textStart - line.start))) textStart++;
  }
  return { start: line.start + s, end: line.start + e, textStart };
}

/** Links on each line, indexed by line number (only lines that have links). */
export function linksByLine(article: Article): Map<number, Link[]> {
  const map = new Map<number, Link[]>();
  for (const link of article.links) {
    const line = article.index.lineAt(link.start);
    const list = map.get(line);
    if (list) list.push(link);
    else map.set(line, [link]);
  }
  return map;
}

/** Share of the line's visible characters that belong to links. */
export function linkDensity(line: Line, links: readonly Link[] | undefined): number {
  if (!links || links.length === 0) return 0;
  const visible = line.text.replace(/[\s\u00A0]/g, '').length;
  if (visible === 0) return 0;
  let covered = 0;
  for (const l of links) covered += line.text.slice(l.start - line.start, l.end - line.start).replace(/[\s\u00A0]/g, '').length;
  return covered / visible;
}

/**
 * Where a document names the story it was rewritten from. Two ways live in
 * the text itself, and finding them is pure (no file is read here):
 *
 * - a `source:` key in Markdown front matter: `source: wire/storm.txt`;
 * - a directive comment, in any format: `<!-- copydesk-source: wire/storm.txt -->`.
 *
 * The path is relative to the document. The shells (CLI, language server)
 * resolve it, read the file and hand its text to `lint` as `LintOptions.source`;
 * `server/src/sources.ts` does that for both, and also knows the two ways that
 * are not in the text (the configuration's `sources` map and `--source`).
 */
import type { DocFormat } from './article';
import type { Span } from './types';

export const SOURCE_DIRECTIVE = 'copydesk-source';

export interface SourceLink {
  /** The path as written: trimmed, and without the quotes of a quoted YAML value. */
  path: string;
  /** Where the path is written in the document (the place to report a broken link). */
  span: Span;
  via: 'front-matter' | 'directive';
}

const FRONT_MATTER_KEY = /^source:[ \t]*(.*?)[ \t]*$/;
const DIRECTIVE = /<!--[ \t]*copydesk-source:[ \t]*(.*?)[ \t]*-->/;
const BOM = '\uFEFF';

/** The document's own link to its source: front matter first (it is at the top), then the first directive. */
export function findSourceLink(text: string, format: DocFormat): SourceLink | undefined {
  if (format === 'markdown') {
    const fromFrontMatter = frontMatterLink(text);
    if (fromFrontMatter) return fromFrontMatter;
  }
  return directiveLink(text);
}

/** The directive comment that links a document to `path`, for a command that writes it. */
export function sourceDirective(path: string): string {
  return `<!-- ${SOURCE_DIRECTIVE}: ${path} -->`;
}

/** Calls `visit` with each line's start and end (without its line break) until it returns true. */
function eachLine(text: string, from: number, visit: (start: number, end: number) => boolean): void {
  let start = from;
  while (start <= text.length) {
    let end = start;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    if (visit(start, end)) return;
    if (end >= text.length) return;
    start = end + (text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1);
  }
}

function frontMatterLink(text: string): SourceLink | undefined {
  const from = text.startsWith(BOM) ? 1 : 0;
  let first = true;
  let found: SourceLink | undefined;
  let closed = false;
  eachLine(text, from, (start, end) => {
    const line = text.slice(start, end);
    if (first) {
      first = false;
      return line.trim() !== '---';
    }
    if (line.trim() === '---' || line.trim() === '...') {
      closed = true;
      return true;
    }
    const m = found ? null : FRONT_MATTER_KEY.exec(line);
    if (m && m[1] !== undefined && m[1] !== '') {
      let value = m[1];
      let valueStart = start + line.indexOf(value, 7);
      const quoted = /^(["'])(.*)\1$/.exec(value);
      if (quoted && quoted[2] !== undefined) {
        value = quoted[2];
        valueStart += 1;
      }
      found = { path: value, span: { start: valueStart, end: valueStart + value.length }, via: 'front-matter' };
    }
    return false;
  });
  // Without its closing line, the block is not front matter.
  return closed ? found : undefined;
}

function directiveLink(text: string): SourceLink | undefined {
  for (let at = text.indexOf(SOURCE_DIRECTIVE); at !== -1; at = text.indexOf(SOURCE_DIRECTIVE, at + 1)) {
    let lineStart = at;
    while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
    let lineEnd = at;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    const line = text.slice(lineStart, lineEnd);
    const m = DIRECTIVE.exec(line);
    if (m && m[1] !== undefined && lineStart + m.index + m[0].indexOf(SOURCE_DIRECTIVE) === at) {
      const path = m[1];
      const pathStart = lineStart + m.index + m[0].indexOf(':', m[0].indexOf(SOURCE_DIRECTIVE)) + 1;
      const start = path === '' ? pathStart : text.indexOf(path, pathStart);
      return { path, span: { start, end: start + path.length }, via: 'directive' };
    }
    // Not a directive here ("copydesk-source" in prose): search on after this line.
    at = lineEnd;
  }
  return undefined;
}

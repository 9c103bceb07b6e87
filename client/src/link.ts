/**
 * The text edit that links a document to its source, for "Copydesk: Link to Source…". Pure (no `vscode`), so the
 * unit tests run it in Node. It finds an existing link with the engine's own reader (core/source-link.ts) and
 * replaces its path; otherwise Markdown gets a `source:` key in its front matter (a front matter block is added when
 * there is none) and other text gets the `<!-- copydesk-source: PATH -->` directive on a first line of its own.
 */
import { findSourceLink, sourceDirective } from '../../server/src/core/source-link';

export interface LinkEdit {
  /** UTF-16 offsets into the document's text. */
  start: number;
  end: number;
  newText: string;
}

/** A path as a YAML scalar: plain when YAML reads it back as written, else double-quoted (JSON is valid YAML). */
export function yamlValue(path: string): string {
  return /^[\w./][\w ./@+-]*$/.test(path) && !path.endsWith(' ') ? path : JSON.stringify(path);
}

/** The document's line break: CRLF when its first line ends with one, else LF. */
function lineBreak(text: string): string {
  const at = text.indexOf('\n');
  return at > 0 && text.charCodeAt(at - 1) === 13 ? '\r\n' : '\n';
}

/** The lines of the text from `from` on: each one's start and end (before its line break) and its text. */
function* lines(text: string, from: number): Generator<{ start: number; end: number; line: string }> {
  let start = from;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const lineEnd = end > start && text.charCodeAt(end - 1) === 13 ? end - 1 : end;
    yield { start, end: lineEnd, line: text.slice(start, lineEnd) };
    start = end + 1;
  }
}

/**
 * The edit that makes `text` name `path` as its source. `path` is written as given (the caller makes it relative
 * to the document, with `/` separators). Throws for a path a directive cannot hold (`-->` or a line break).
 */
export function linkEdit(text: string, format: 'text' | 'markdown', path: string): LinkEdit {
  if (/[\r\n]/.test(path) || path.includes('-->')) throw new Error(`a source path cannot hold a line break or "-->": ${path}`);
  const existing = findSourceLink(text, format);
  if (existing) {
    let { start, end } = existing.span;
    if (existing.via === 'front-matter') {
      // A quoted value: the quotes go too, and the new value brings its own if it needs them.
      const quote = text[start - 1];
      if ((quote === '"' || quote === "'") && text[end] === quote) {
        start--;
        end++;
      }
      return { start, end, newText: yamlValue(path) };
    }
    return { start, end, newText: path };
  }
  const eol = lineBreak(text);
  const from = text.startsWith('\uFEFF') ? 1 : 0;
  if (format === 'markdown') {
    const frontMatter = frontMatterEnd(text, from);
    if (frontMatter) {
      // An empty `source:` line is filled in; otherwise the key goes just before the closing line.
      if (frontMatter.emptySource) {
        const { start, end } = frontMatter.emptySource;
        return { start, end, newText: `source: ${yamlValue(path)}` };
      }
      return { start: frontMatter.closing, end: frontMatter.closing, newText: `source: ${yamlValue(path)}${eol}` };
    }
    return { start: from, end: from, newText: `---${eol}source: ${yamlValue(path)}${eol}---${eol}${eol}` };
  }
  return { start: from, end: from, newText: `${sourceDirective(path)}${eol}` };
}

/** Where a Markdown front matter block's closing line starts, and its empty `source:` line if it has one. */
function frontMatterEnd(
  text: string,
  from: number,
): { closing: number; emptySource?: { start: number; end: number } } | undefined {
  let first = true;
  let emptySource: { start: number; end: number } | undefined;
  for (const { start, end, line } of lines(text, from)) {
    if (first) {
      if (line.trim() !== '---') return undefined;
      first = false;
      continue;
    }
    if (line.trim() === '---' || line.trim() === '...') return emptySource ? { closing: start, emptySource } : { closing: start };
    if (/^source:[ \t]*$/.test(line)) emptySource ??= { start, end };
  }
  return undefined;
}

/**
 * The path to write for `target` in a document at `document` (both URI paths, `/`-separated): relative to the
 * document's folder when both are on the same drive, else absolute (`absolute`, the target's file-system path).
 */
export function relativeLink(document: string, target: string, absolute: string): string {
  const drive = (p: string): string => /^\/[a-zA-Z]:/.exec(p)?.[0].toLowerCase() ?? '';
  if (drive(document) !== drive(target)) return absolute;
  // A drive letter is written in either case (VS Code lower-cases it, a file dialog may not).
  const segments = (p: string): string[] =>
    p
      .split('/')
      .filter((s) => s !== '')
      .map((s, i) => (i === 0 && /^[a-zA-Z]:$/.test(s) ? s.toLowerCase() : s));
  const from = segments(document).slice(0, -1);
  const to = segments(target);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  const rest = to.slice(common).join('/');
  return up === 0 ? rest : `${'../'.repeat(up)}${rest}`;
}

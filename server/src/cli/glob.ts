/**
 * A small glob matcher, so that `copydesk lint "samples/*.md"` works the same
 * in every shell. Supported: `*` and `?` (not across `/`), `[abc]`, `[a-z]`,
 * `[!abc]`, `{md,txt}` (nestable), `**` (any number of directories) and `\`
 * to escape the next character. Wildcards do not match names that start with
 * a dot unless the pattern's segment does, and `**` never enters
 * `node_modules`, dot-directories or symbolic links to directories.
 */
import { readdirSync, statSync, type Dirent } from 'node:fs';
import { join, resolve } from 'node:path';

export function hasMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/** Expands `{a,b}` alternatives, left to right: `x.{md,txt}` gives `x.md` and `x.txt`. */
export function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '{') {
      if (depth === 0) open = i;
      depth++;
    } else if (c === '}' && depth > 0) {
      depth--;
      if (depth === 0) {
        const body = pattern.slice(open + 1, i);
        const parts = splitTopLevel(body);
        if (parts.length < 2) continue;
        const head = pattern.slice(0, open);
        const tail = pattern.slice(i + 1);
        return parts.flatMap((p) => expandBraces(head + p + tail));
      }
    }
  }
  return [pattern];
}

function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === '\\') i++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** One path segment (no `/`, braces already expanded) as an anchored regular expression. */
export function segmentToRegExp(segment: string): RegExp {
  let out = '';
  for (let i = 0; i < segment.length; i++) {
    const c = segment.charAt(i);
    if (c === '\\' && i + 1 < segment.length) {
      out += escapeRegExp(segment.charAt(++i));
    } else if (c === '*') {
      while (segment.charAt(i + 1) === '*') i++;
      out += '[^/]*';
    } else if (c === '?') {
      out += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        out += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body.startsWith('!') || body.startsWith('^')) {
        negate = true;
        body = body.slice(1);
      }
      const cls = body.replace(/[\\\]^]/g, '\\$&');
      out += negate ? `[^/${cls}]` : `[${cls}]`;
      i = close;
    } else {
      out += escapeRegExp(c);
    }
  }
  return new RegExp(`^${out}$`, 'u');
}

function unescape(segment: string): string {
  return segment.replace(/\\(.)/g, '$1');
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export interface GlobResult {
  /** Absolute paths of the matching files and directories, sorted. */
  matches: string[];
  /** Directories that could not be read while matching. */
  problems: string[];
}

/** Matches a glob against the filesystem, relative to `cwd`. */
export function expandGlob(pattern: string, cwd: string): GlobResult {
  const found = new Set<string>();
  const problems: string[] = [];
  const normalized = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  for (const alternative of expandBraces(normalized)) {
    const segments = alternative.split('/');
    // The literal prefix is the base directory; the rest is matched segment by segment.
    let base = cwd;
    let i = 0;
    if (alternative.startsWith('/')) {
      base = resolve('/');
      i = 1;
    } else if (process.platform === 'win32' && /^[a-zA-Z]:/.test(alternative)) {
      base = resolve(`${segments[0] ?? ''}/`);
      i = 1;
    }
    while (i < segments.length - 1 && !hasMagic(segments[i] ?? '')) {
      const seg = segments[i] ?? '';
      if (seg !== '') base = join(base, unescape(seg));
      i++;
    }
    walk(base, segments, i, found, problems);
  }
  return { matches: [...found].sort(), problems };
}

function readEntries(dir: string, problems: string[]): Dirent[] {
  try {
    return readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') problems.push(`cannot read directory ${dir}: ${code ?? String(error)}`);
    return [];
  }
}

const SKIPPED_DIRECTORIES = new Set(['node_modules']);

function walk(dir: string, segments: string[], i: number, found: Set<string>, problems: string[]): void {
  if (i >= segments.length) {
    found.add(dir);
    return;
  }
  const segment = segments[i] ?? '';
  const last = i === segments.length - 1;
  if (segment === '' || segment === '.') {
    if (last) found.add(dir);
    else walk(dir, segments, i + 1, found, problems);
    return;
  }
  if (segment === '**') {
    walk(dir, segments, i + 1, found, problems);
    for (const entry of readEntries(dir, problems)) {
      if (!entry.isDirectory() || entry.name.startsWith('.') || SKIPPED_DIRECTORIES.has(entry.name)) continue;
      walk(join(dir, entry.name), segments, i, found, problems);
    }
    return;
  }
  if (!hasMagic(segment)) {
    const path = join(dir, unescape(segment));
    if (last) {
      if (exists(path)) found.add(path);
    } else if (isDirectory(path)) {
      walk(path, segments, i + 1, found, problems);
    }
    return;
  }
  const re = segmentToRegExp(segment);
  const dotOk = segment.startsWith('.');
  for (const entry of readEntries(dir, problems)) {
    if (entry.name.startsWith('.') && !dotOk) continue;
    if (SKIPPED_DIRECTORIES.has(entry.name)) continue;
    if (!re.test(entry.name)) continue;
    const path = join(dir, entry.name);
    if (last) found.add(path);
    else if (entry.isDirectory() || (entry.isSymbolicLink() && isDirectory(path))) walk(path, segments, i + 1, found, problems);
  }
}

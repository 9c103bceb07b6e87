/** Turning the command line's paths, directories and globs into a list of files. */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import { extname, join, relative, resolve, sep } from 'node:path';
import { expandGlob, hasMagic } from './glob';

/** What a directory search picks up. A file named explicitly (or matched by a glob) is linted whatever its extension. */
export const LINTABLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.article'];

export function isLintable(path: string): boolean {
  return LINTABLE_EXTENSIONS.includes(extname(path).toLowerCase());
}

export interface Targets {
  /** Absolute paths, without duplicates, sorted by their displayed path. */
  files: string[];
  stdin: boolean;
  /** Arguments that matched nothing, or could not be read: each makes the exit code 2. */
  problems: string[];
}

/** A path as shown in reports: relative to the current directory, with forward slashes. */
export function displayPath(abs: string, cwd: string): string {
  const rel = relative(cwd, abs) || '.';
  return sep === '/' ? rel : rel.split(sep).join('/');
}

function errorCode(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'a loop of symbolic links';
  if (code === 'ENOENT') return 'no such file';
  return code ?? String(error);
}

/**
 * Adds the lintable files under `root` to `out`, in name order. Iterative (an explicit stack), so that the depth of
 * a directory tree cannot overflow the call stack; each real directory is entered once, so links cannot loop.
 */
function walkDirectory(root: string, out: string[], problems: string[], visited: Set<string>, cwd: string): void {
  const pending: string[] = [root];
  while (pending.length > 0) {
    const dir = pending.pop() ?? root;
    let real: string;
    try {
      real = realpathSync(dir);
    } catch (error) {
      problems.push(`cannot read directory ${displayPath(dir, cwd)}: ${errorCode(error)}`);
      continue;
    }
    if (visited.has(real)) continue;
    visited.add(real);
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      problems.push(`cannot read directory ${displayPath(dir, cwd)}: ${errorCode(error)}`);
      continue;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const subdirectories: string[] = [];
    for (const entry of entries) {
      const path = join(dir, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const info = statSync(path);
          isDir = info.isDirectory();
          isFile = info.isFile();
        } catch {
          continue; // A dangling link: nothing to lint.
        }
      }
      if (isDir) {
        if (!isSkippedDirectory(entry.name)) subdirectories.push(path);
      } else if (isFile && isLintable(entry.name)) {
        out.push(path);
      }
    }
    // Reversed onto the stack, so that directories come off it in name order.
    for (let k = subdirectories.length - 1; k >= 0; k--) pending.push(subdirectories[k] ?? root);
  }
}

/** Directories a search does not enter unless they are named: dot-directories (`.git`, `.drafts`) and `node_modules`. */
function isSkippedDirectory(name: string): boolean {
  return name.startsWith('.') || name === 'node_modules';
}

/** Turns the arguments into files. Throws a `GlobError` for a glob that copydesk refuses (a usage error). */
export function collectTargets(args: readonly string[], cwd: string): Targets {
  const files: string[] = [];
  const problems: string[] = [];
  let stdin = false;
  const addDirectory = (dir: string, arg: string | undefined): void => {
    const before = files.length;
    const problemsBefore = problems.length;
    walkDirectory(dir, files, problems, new Set(), cwd);
    if (arg !== undefined && files.length === before && problems.length === problemsBefore) {
      problems.push(`no ${LINTABLE_EXTENSIONS.join(', ')} files found in directory "${arg}"`);
    }
  };
  for (const arg of args) {
    if (arg === '-') {
      stdin = true;
      continue;
    }
    const abs = resolve(cwd, arg);
    let info;
    try {
      info = statSync(abs);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code !== 'ENOENT' && code !== 'ENOTDIR') {
        problems.push(`cannot read "${arg}": ${errorCode(error)}`);
        continue;
      }
    }
    if (info) {
      if (info.isDirectory()) addDirectory(abs, arg);
      else files.push(abs);
      continue;
    }
    if (!hasMagic(arg)) {
      problems.push(`no such file or directory: "${arg}"`);
      continue;
    }
    const before = files.length;
    for (const match of expandGlob(arg, cwd)) {
      if (statSync(match, { throwIfNoEntry: false })?.isDirectory()) addDirectory(match, undefined);
      else files.push(match);
    }
    if (files.length === before) problems.push(`no files matched "${arg}"`);
  }
  // One file, one lint: the same file reached by two paths (a link, a glob through a linked directory) keeps the
  // first path it was found by.
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const file of files) {
    let key = file;
    try {
      key = realpathSync(file);
    } catch {
      // Unreadable: reported when it is read.
    }
    if (seen.has(key)) continue;
    seen.add(key);
    unique.push(file);
  }
  const shown = new Map(unique.map((f) => [f, displayPath(f, cwd)]));
  unique.sort((a, b) => {
    const x = shown.get(a) ?? a;
    const y = shown.get(b) ?? b;
    return x < y ? -1 : x > y ? 1 : 0;
  });
  return { files: unique, stdin, problems };
}

/**
 * Reading documents from disk for `copydesk/lintFiles`, and config files for
 * each document. Anything that cannot be linted comes back as a reason, never
 * as an exception.
 */
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile, parseConfigText, type LoadedConfig } from '../config-file';
import { formatBytes, readTextFile } from '../io';

export { formatBytes as formatSize } from '../io';

/** The path of a file:// URI, or undefined for any other URI (or a malformed one). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** A document from disk, via the CLI's reader (binary and size checks, BOMs, UTF-16), or why it was skipped. */
export async function readDocument(path: string, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  const read = await readTextFile(path, maxBytes);
  return read.ok ? { text: read.file.text } : { reason: read.reason };
}

/**
 * The largest `.copydesk.json` read. A hand-written one is a few KB; 4 MiB still takes a generated list of some
 * 300,000 `ignoreWords`, and keeps a file that never ends (a link to /dev/zero) from being read at all.
 */
export const MAX_CONFIG_BYTES = 4 * 1024 * 1024;

export interface ConfigLookup {
  loaded: LoadedConfig;
  /** Changes whenever the file does: part of the cache key of a lint result. */
  stamp: string;
}

export interface ConfigScope {
  /** The workspace folders, as absolute paths: the lookup never goes above the one that holds the document. */
  roots: readonly string[];
  /** False in an untrusted workspace: a symbolic link named `.copydesk.json` is not followed. */
  trusted: boolean;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

/**
 * Where the lookup for a document stops: its innermost workspace folder; with no folder open, the home folder when
 * the document is inside it; otherwise the document's own folder (never the whole file system up to `/`).
 */
export function lookupBoundary(documentPath: string, roots: readonly string[]): string {
  let best: string | undefined;
  for (const root of roots) {
    const r = resolve(root);
    if (isInside(documentPath, r) && (best === undefined || r.length > best.length)) best = r;
  }
  if (best !== undefined) return best;
  const home = homedir();
  if (roots.length === 0 && home && isInside(dirname(documentPath), home)) return home;
  return dirname(documentPath);
}

/**
 * Reads a config file defensively: only a regular file, at most MAX_CONFIG_BYTES, opened without blocking (a FIFO
 * never hangs the server) and, in an untrusted workspace, not through a symbolic link. What cannot be read is a
 * problem, reported like a broken file, and linting goes on with the defaults.
 */
export function readConfigFile(path: string, trusted: boolean): LoadedConfig {
  const problem = (text: string): LoadedConfig => ({ path, config: {}, problems: [text] });
  let fd: number | undefined;
  try {
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (trusted ? 0 : (constants.O_NOFOLLOW ?? 0));
    fd = openSync(path, flags);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return problem('is not a regular file, so it was not read');
    if (stat.size > MAX_CONFIG_BYTES) return problem(`is larger than ${formatBytes(MAX_CONFIG_BYTES)}, so it was not read`);
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return parseConfigText(buffer.subarray(0, read).toString('utf8'), path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!trusted && (code === 'ELOOP' || code === 'EMLINK')) {
      return problem('is a symbolic link, which is not followed in an untrusted workspace');
    }
    return problem(`cannot be read: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * `.copydesk.json` for each document, found by walking up from its folder (no higher than the lookup boundary) on
 * every lint (a few `stat` calls), and parsed again only when its mtime or size changed. So edits show up even in
 * clients that do not watch files.
 */
export class ConfigFiles {
  private readonly parsed = new Map<string, { key: string; loaded: LoadedConfig }>();

  lookup(documentPath: string, scope: ConfigScope): ConfigLookup | undefined {
    const path = findConfigFile(dirname(documentPath), lookupBoundary(documentPath, scope.roots));
    if (!path) return undefined;
    let key: string;
    try {
      const stat = scope.trusted ? statSync(path) : lstatSync(path);
      key = `${stat.mtimeMs}:${stat.size}:${stat.ino}:${scope.trusted ? 't' : 'u'}`;
    } catch {
      return undefined;
    }
    let entry = this.parsed.get(path);
    if (!entry || entry.key !== key) {
      entry = { key, loaded: readConfigFile(path, scope.trusted) };
      this.parsed.set(path, entry);
    }
    return { loaded: entry.loaded, stamp: `${path}:${key}` };
  }

  forget(path?: string): void {
    if (path === undefined) this.parsed.clear();
    else this.parsed.delete(path);
  }
}

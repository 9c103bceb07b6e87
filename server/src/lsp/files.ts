/**
 * Reading documents from disk for `copydesk/lintFiles`, and config files for
 * each document. Anything that cannot be linted comes back as a reason, never
 * as an exception.
 */
import { closeSync, constants, existsSync, fstatSync, lstatSync, openSync, readSync, statSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONFIG_FILE_NAME, MAX_CONFIG_BYTES, parseConfigText, type LoadedConfig } from '../config-file';

export { MAX_CONFIG_BYTES };
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

/** Whether `path` is `folder` or inside it. */
export function isInside(path: string, folder: string): boolean {
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
 * Reads a config file's text defensively: only a regular file, at most MAX_CONFIG_BYTES, opened without blocking (a
 * FIFO never hangs the server) and, in an untrusted workspace, not through a symbolic link. What cannot be read
 * comes back as a problem, to report like a broken file; linting goes on with the defaults.
 */
export function readConfigText(path: string, trusted: boolean): { text: string } | { problem: string } {
  let fd: number | undefined;
  try {
    const flags = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (trusted ? 0 : (constants.O_NOFOLLOW ?? 0));
    fd = openSync(path, flags);
    const stat = fstatSync(fd);
    if (!stat.isFile()) return { problem: 'is not a regular file, so it was not read' };
    if (stat.size > MAX_CONFIG_BYTES) return { problem: `is larger than ${formatBytes(MAX_CONFIG_BYTES)}, so it was not read` };
    const buffer = Buffer.alloc(stat.size);
    let read = 0;
    while (read < buffer.length) {
      const n = readSync(fd, buffer, read, buffer.length - read, read);
      if (n === 0) break;
      read += n;
    }
    return { text: buffer.subarray(0, read).toString('utf8') };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (!trusted && (code === 'ELOOP' || code === 'EMLINK')) {
      return { problem: 'is a symbolic link, which is not followed in an untrusted workspace' };
    }
    return { problem: `cannot be read: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readConfigFile(path: string, trusted: boolean): LoadedConfig {
  const read = readConfigText(path, trusted);
  return 'text' in read ? parseConfigText(read.text, path) : unreadable(path, read.problem);
}

function unreadable(path: string, problem: string): LoadedConfig {
  return { path, config: {}, problems: [problem], located: [], readError: problem };
}

interface Override {
  /** The file on disk when the edit came: the override holds until the disk changes. */
  diskKey: string;
  loaded: LoadedConfig;
  text: string;
}

/**
 * `.copydesk.json` for each document, found by walking up from its folder (no higher than the lookup boundary) on
 * every lint (a few `stat` calls), and parsed again only when its mtime or size changed. So edits show up even in
 * clients that do not watch files. A configuration quick fix hands over the edited text (`override`): it is used
 * until the file on disk changes, so an editor that leaves the edited file unsaved still sees its effect.
 */
export class ConfigFiles {
  private readonly parsed = new Map<string, { key: string; loaded: LoadedConfig }>();
  private readonly overrides = new Map<string, Override>();

  private static diskKey(path: string, trusted: boolean): string | undefined {
    try {
      const stat = trusted ? statSync(path) : lstatSync(path);
      return `${stat.mtimeMs}:${stat.size}:${stat.ino}:${trusted ? 't' : 'u'}`;
    } catch {
      return undefined;
    }
  }

  /** The override of `path`, while the disk still holds what it held when the override came. */
  private override(path: string, trusted: boolean): Override | undefined {
    const entry = this.overrides.get(path);
    if (!entry) return undefined;
    if (entry.diskKey === (ConfigFiles.diskKey(path, trusted) ?? 'missing')) return entry;
    this.overrides.delete(path);
    return undefined;
  }

  /** The nearest config file (on disk, or handed over by an edit) from `dir` up to `stop`. */
  private find(dir: string, stop: string): string | undefined {
    for (let current = resolve(dir); ;) {
      const candidate = join(current, CONFIG_FILE_NAME);
      if (this.overrides.has(candidate) || existsSync(candidate)) return candidate;
      const parent = dirname(current);
      if (parent === current || current === resolve(stop)) return undefined;
      current = parent;
    }
  }

  /** The config file that applies to a document (not necessarily existing yet, when an edit created it). */
  findFor(documentPath: string, scope: ConfigScope): string | undefined {
    return this.find(dirname(documentPath), lookupBoundary(documentPath, scope.roots));
  }

  lookup(documentPath: string, scope: ConfigScope): ConfigLookup | undefined {
    const path = this.findFor(documentPath, scope);
    if (!path) return undefined;
    const override = this.override(path, scope.trusted);
    if (override) return { loaded: override.loaded, stamp: `${path}:edited:${override.diskKey}:${override.text.length}` };
    const key = ConfigFiles.diskKey(path, scope.trusted);
    if (key === undefined) return undefined;
    let entry = this.parsed.get(path);
    if (!entry || entry.key !== key) {
      entry = { key, loaded: readConfigFile(path, scope.trusted) };
      this.parsed.set(path, entry);
    }
    return { loaded: entry.loaded, stamp: `${path}:${key}` };
  }

  /** The text to edit at `path`: as an earlier edit left it, else from disk; undefined when there is no file. */
  textOf(path: string, trusted: boolean): { text: string | undefined } | { problem: string } {
    const override = this.override(path, trusted);
    if (override) return { text: override.text };
    if (!existsSync(path)) return { text: undefined };
    return readConfigText(path, trusted);
  }

  /** A configuration quick fix was applied: lint with `text` until the file on disk changes. */
  setOverride(path: string, text: string, trusted: boolean): LoadedConfig {
    const loaded =
      text.length > MAX_CONFIG_BYTES
        ? unreadable(path, `is larger than ${formatBytes(MAX_CONFIG_BYTES)}, so it was not read`)
        : parseConfigText(text, path);
    this.overrides.set(path, { diskKey: ConfigFiles.diskKey(path, trusted) ?? 'missing', loaded, text });
    this.parsed.delete(path);
    return loaded;
  }

  forget(path?: string): void {
    if (path === undefined) this.parsed.clear();
    else this.parsed.delete(path);
  }
}

/**
 * Reading documents from disk for `copydesk/lintFiles`, and config files for
 * each document. Anything that cannot be linted comes back as a reason, never
 * as an exception.
 */
import { statSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findConfigFile, loadConfigFile, type LoadedConfig } from '../config-file';
import { readTextFile } from '../io';

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

/**
 * `.copydesk.json` for each document, found by walking up from its folder on
 * every lint (a few `stat` calls), and parsed again only when its mtime or
 * size changed. So edits show up even in clients that do not watch files.
 */
export class ConfigFiles {
  private readonly parsed = new Map<string, { key: string; loaded: LoadedConfig }>();

  lookup(documentPath: string): ConfigLookup | undefined {
    const path = findConfigFile(dirname(documentPath));
    if (!path) return undefined;
    let key: string;
    try {
      const stat = statSync(path);
      key = `${stat.mtimeMs}:${stat.size}:${stat.ino}`;
    } catch {
      return undefined;
    }
    let entry = this.parsed.get(path);
    if (!entry || entry.key !== key) {
      entry = { key, loaded: loadConfigFile(path) };
      this.parsed.set(path, entry);
    }
    return { loaded: entry.loaded, stamp: `${path}:${key}` };
  }

  forget(path?: string): void {
    if (path === undefined) this.parsed.clear();
    else this.parsed.delete(path);
  }
}

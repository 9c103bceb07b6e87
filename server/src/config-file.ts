/**
 * Finding and reading `.copydesk.json`, shared by the CLI and the language
 * server. A broken file yields problems, never an exception: linting goes on
 * with what could be read (or with defaults).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { RULES, validateConfig, type Config } from './core';

export const CONFIG_FILE_NAME = '.copydesk.json';

export interface LoadedConfig {
  path: string;
  config: Config;
  /** Readable problems, each naming what is wrong; empty when the file is fine. */
  problems: string[];
}

/** Walks up from `startDir` to the filesystem root, returning the first `.copydesk.json`. */
export function findConfigFile(startDir: string, stopAt?: string): string | undefined {
  let dir = resolve(startDir);
  const stop = stopAt ? resolve(stopAt) : undefined;
  for (;;) {
    const candidate = join(dir, CONFIG_FILE_NAME);
    if (existsSync(candidate)) return candidate;
    const parent = dirname(dir);
    if (parent === dir || dir === stop) return undefined;
    dir = parent;
  }
}

export function parseConfigText(text: string, path: string): LoadedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { path, config: {}, problems: [`not valid JSON: ${withLineColumn(detail, text)}`] };
  }
  const { config, problems } = validateConfig(raw, RULES);
  return { path, config, problems };
}

/** Adds "line L, column C" to a JSON.parse message that gives only a character position. */
function withLineColumn(message: string, text: string): string {
  const m = /at position (\d+)/.exec(message);
  if (!m || /line \d+/.test(message)) return message;
  const pos = Number(m[1]);
  const before = text.replace(/^\uFEFF/, '').slice(0, pos);
  const line = before.split(/\r\n|\r|\n/).length;
  const column = pos - Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
  return `${message} (line ${line}, column ${column})`;
}

export function loadConfigFile(path: string): LoadedConfig {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return { path, config: {}, problems: [`cannot be read: ${detail}`] };
  }
  return parseConfigText(text, path);
}

/** One line per problem, naming the file: what the CLI prints and the server logs. */
export function describeProblems(loaded: LoadedConfig): string[] {
  return loaded.problems.map((p) => `${loaded.path}: ${p}; using the defaults for it`);
}

/**
 * Finds and loads `.copydesk.json` files for many documents, reading each
 * directory's lookup and each file once. `onProblems` is called once per
 * broken file, the first time it is loaded.
 */
export class ConfigFileCache {
  private readonly found = new Map<string, string | undefined>();
  private readonly loaded = new Map<string, LoadedConfig>();

  constructor(private readonly onProblems?: (loaded: LoadedConfig) => void) {}

  /** The config file that applies to a document in `dir`, loaded; undefined when there is none. */
  forDirectory(dir: string): LoadedConfig | undefined {
    const key = resolve(dir);
    let path = this.found.get(key);
    if (!this.found.has(key)) {
      path = findConfigFile(key);
      this.found.set(key, path);
    }
    return path === undefined ? undefined : this.load(path);
  }

  /** Loads one file (for example `--config FILE`), once. */
  load(path: string): LoadedConfig {
    const key = resolve(path);
    let loaded = this.loaded.get(key);
    if (!loaded) {
      loaded = loadConfigFile(path);
      this.loaded.set(key, loaded);
      if (loaded.problems.length > 0) this.onProblems?.(loaded);
    }
    return loaded;
  }

  /** Forgets everything, for when files may have changed. */
  clear(): void {
    this.found.clear();
    this.loaded.clear();
  }
}

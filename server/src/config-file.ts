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
    return { path, config: {}, problems: [`not valid JSON: ${detail}`] };
  }
  const { config, problems } = validateConfig(raw, RULES);
  return { path, config, problems };
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

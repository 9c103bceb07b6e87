/**
 * Finding and reading `.copydesk.json`, shared by the CLI and the language
 * server. A broken file yields problems, never an exception: linting goes on
 * with what could be read (or with defaults). A config file is read only when
 * it is a regular file under the size limit: a FIFO, a device, a directory or
 * a symbolic link to one is a problem, not a hang.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  LineIndex,
  RULES,
  jsonSyntaxErrorAt,
  locateConfigProblem,
  validateConfig,
  type Config,
  type ConfigProblem,
  type Position,
} from './core';
import { readTextFileSync } from './io';

export const CONFIG_FILE_NAME = '.copydesk.json';

/**
 * Config files larger than this are not read. A generous list of 150,000 ignored words is about 2 MB of JSON; a
 * hand-written file is a few KB. The cap is what keeps `/dev/zero` behind a link, or a huge generated file, from
 * exhausting memory.
 */
export const MAX_CONFIG_BYTES = 8 * 1024 * 1024;

/**
 * At most this many problems of one config file are reported, then "and N more problems": a person reads a few
 * and fixes them (a terminal shows about 50 lines), and each one located is a pass over the file's text, so a
 * generated file with 150,000 bad entries must not cost 150,000 passes.
 */
export const MAX_CONFIG_PROBLEMS = 100;

/** A configuration problem placed in the file's text. */
export interface LocatedConfigProblem extends ConfigProblem {
  /** UTF-16 offsets into `LoadedConfig.text`: the offending key (or array element, or the JSON syntax error). */
  start: number;
  end: number;
  /** The same span as 0-based LSP positions. */
  range: { start: Position; end: Position };
}

export interface LoadedConfig {
  path: string;
  config: Config;
  /** Readable problems, each naming what is wrong; empty when the file is fine. */
  problems: string[];
  /** The same problems with their place in the file (empty when the file could not be read). */
  located: LocatedConfigProblem[];
  /** The text that was parsed, without a byte order mark; undefined when the file could not be read. */
  text?: string;
  /** Why the file could not be read at all (not a regular file, too large, binary, permissions). */
  readError?: string;
}

/** Walks up from `startDir` to the filesystem root (or `stopAt`), returning the first `.copydesk.json`. */
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

/**
 * The offset a `JSON.parse` error message points at: "at position N" (V8), or the end of the text for "Unexpected
 * end of JSON input".
 */
export function jsonErrorOffset(message: string, text: string): number {
  const m = /at position (\d+)/.exec(message);
  if (m) return Math.min(Number(m[1]), text.length);
  return text.length;
}

function locate(index: LineIndex, problem: ConfigProblem, span: { start: number; end: number }): LocatedConfigProblem {
  return {
    ...problem,
    start: span.start,
    end: span.end,
    range: { start: index.positionAt(span.start), end: index.positionAt(span.end) },
  };
}

/** Parses and checks a config file's text; `text` may start with a BOM. */
export function parseConfigText(rawText: string, path: string): LoadedConfig {
  const text = rawText.replace(/^\uFEFF/, '');
  const index = new LineIndex(text);
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    const detail = (error instanceof Error ? error.message : String(error)).replace(/\s*\(line \d+ column \d+\)$/, '');
    const scanned = jsonSyntaxErrorAt(text);
    const offset = scanned >= 0 ? scanned : jsonErrorOffset(detail, text);
    // The place is given as line and column; V8's offset and its quote of the text would only repeat it.
    const what = detail.replace(/^(Unexpected token '[^]*?'), (?:\.\.\.)?"[^]*$/, '$1').replace(/ in JSON at position \d+$/, '');
    const message = `not valid JSON: ${what}`;
    const span = { start: offset, end: Math.min(offset + 1, text.length) };
    return { path, config: {}, problems: [message], located: [locate(index, { message, path: [] }, span)], text };
  }
  const checked = validateConfig(raw, RULES);
  let { problems, details } = checked;
  if (details.length > MAX_CONFIG_PROBLEMS) {
    const rest = details.length - MAX_CONFIG_PROBLEMS;
    const more = { message: `and ${rest} more problem${rest === 1 ? '' : 's'}`, path: [] };
    details = [...details.slice(0, MAX_CONFIG_PROBLEMS), more];
    problems = details.map((p) => p.message);
  }
  const located = details.map((problem) => locate(index, problem, locateConfigProblem(text, problem.path)));
  return { path, config: checked.config, problems, located, text };
}

/** Reads and checks one config file. Never throws, never blocks on a FIFO, never reads more than the cap. */
export function loadConfigFile(path: string, maxBytes = MAX_CONFIG_BYTES): LoadedConfig {
  const read = readTextFileSync(path, maxBytes);
  if (!read.ok) {
    const reason = read.kind === 'unreadable' ? read.reason : `cannot be read: ${read.reason}`;
    return { path, config: {}, problems: [reason], located: [], readError: reason };
  }
  return parseConfigText(read.file.text, path);
}

/**
 * One line per problem, naming the file and, when it is known, the line and column of the offending key
 * (`desk/.copydesk.json:4:5: unknown rule "passive-voic" (did you mean "passive-voice"?)`): what the CLI prints
 * and the server logs. Lines and columns are 1-based, as terminals and editors link them.
 */
export function describeProblems(loaded: LoadedConfig): string[] {
  if (loaded.located.length === loaded.problems.length && loaded.located.length > 0) {
    return loaded.located.map(
      (p) => `${loaded.path}:${p.range.start.line + 1}:${p.range.start.character + 1}: ${p.message}; using the defaults for it`,
    );
  }
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

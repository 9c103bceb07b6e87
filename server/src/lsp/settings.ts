/**
 * Settings for each document, in layers: the defaults, then
 * `initializationOptions`, then what `workspace/configuration` answers for the
 * document (section `copydesk`). Answers are cached per document until
 * `workspace/didChangeConfiguration`. Anything of the wrong type is dropped
 * with one log line, never thrown.
 */
import type { ClientCapabilities, Connection } from 'vscode-languageserver';
import {
  DEFAULT_SETTINGS,
  isMaxDiagnostics,
  MAX_DIAGNOSTICS_CEILING,
  SETTINGS_SECTION,
  type InitializationOptions,
  type Settings,
} from '../protocol';
import { errorMessage, isObject, isStringArray } from './validate';

/** How long to wait for a `workspace/configuration` answer before falling back. */
const CONFIGURATION_TIMEOUT_MS = 2000;

/** Keeps the valid `Settings` keys of `raw`; each wrong one adds a problem. */
export function normalizeSettings(raw: unknown, where: string, problems: string[]): Partial<Settings> {
  const out: Partial<Settings> = {};
  if (!isObject(raw)) return out;
  const bad = (key: string, expected: string): void => {
    problems.push(`${where}: "${key}" must be ${expected}; ignored`);
  };
  if (raw.enable !== undefined) {
    if (typeof raw.enable === 'boolean') out.enable = raw.enable;
    else bad('enable', 'true or false');
  }
  if (raw.rules !== undefined) {
    if (isObject(raw.rules)) out.rules = raw.rules;
    else bad('rules', 'an object that maps rule ids to settings');
  }
  if (raw.ignoreWords !== undefined) {
    if (isStringArray(raw.ignoreWords)) out.ignoreWords = raw.ignoreWords;
    else bad('ignoreWords', 'a list of strings');
  }
  if (raw.languages !== undefined) {
    if (isStringArray(raw.languages)) out.languages = raw.languages;
    else bad('languages', 'a list of language ids');
  }
  if (raw.run !== undefined) {
    if (raw.run === 'onType' || raw.run === 'onSave') out.run = raw.run;
    else bad('run', '"onType" or "onSave"');
  }
  if (raw.maxDiagnostics !== undefined) {
    if (isMaxDiagnostics(raw.maxDiagnostics)) out.maxDiagnostics = raw.maxDiagnostics;
    else bad('maxDiagnostics', `a whole number from 1 to ${MAX_DIAGNOSTICS_CEILING}`);
  }
  return out;
}

/** Later layers win; `rules` merge rule by rule, lists are replaced. */
export function layerSettings(...layers: Partial<Settings>[]): Settings {
  const settings: Settings = { ...DEFAULT_SETTINGS, rules: {} };
  for (const layer of layers) {
    if (layer.enable !== undefined) settings.enable = layer.enable;
    if (layer.rules !== undefined) settings.rules = { ...settings.rules, ...layer.rules };
    if (layer.ignoreWords !== undefined) settings.ignoreWords = layer.ignoreWords;
    if (layer.languages !== undefined) settings.languages = layer.languages;
    if (layer.run !== undefined) settings.run = layer.run;
    if (layer.maxDiagnostics !== undefined) settings.maxDiagnostics = layer.maxDiagnostics;
  }
  return settings;
}

/** The Settings in initializationOptions: top-level keys, then a nested `copydesk` object. */
export function settingsFromInitOptions(options: InitializationOptions | undefined, problems: string[]): Partial<Settings> {
  if (!isObject(options)) return {};
  const top = normalizeSettings(options, 'initializationOptions', problems);
  const nested = normalizeSettings(options.copydesk, 'initializationOptions.copydesk', problems);
  return { ...top, ...nested, rules: { ...(top.rules ?? {}), ...(nested.rules ?? {}) } };
}

export class SettingsResolver {
  private cache = new Map<string, Promise<Settings>>();
  /** Settings pushed by `didChangeConfiguration` from clients that cannot answer `workspace/configuration`. */
  private pushed: Partial<Settings> = {};
  private readonly reported = new Set<string>();
  /** Bumped on every change, so results computed with older settings can be told apart. */
  generation = 0;

  constructor(
    private readonly connection: Connection,
    private readonly base: Partial<Settings>,
    private readonly canAsk: boolean,
  ) {}

  static canAsk(capabilities: ClientCapabilities): boolean {
    return capabilities.workspace?.configuration === true;
  }

  get(uri: string): Promise<Settings> {
    let pending = this.cache.get(uri);
    if (!pending) {
      pending = this.fetch(uri);
      this.cache.set(uri, pending);
    }
    return pending;
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  /** `workspace/didChangeConfiguration`: drop the cache; keep settings pushed in the notification, if any. */
  changed(params: unknown): void {
    this.cache.clear();
    this.generation++;
    const settings = isObject(params) ? params.settings : undefined;
    if (isObject(settings) && isObject(settings[SETTINGS_SECTION])) {
      const problems: string[] = [];
      this.pushed = normalizeSettings(settings[SETTINGS_SECTION], 'workspace/didChangeConfiguration', problems);
      this.report(problems);
    }
  }

  private async fetch(uri: string): Promise<Settings> {
    let answer: Partial<Settings> = {};
    if (this.canAsk) {
      try {
        const result: unknown = await withTimeout(
          this.connection.workspace.getConfiguration({ scopeUri: uri, section: SETTINGS_SECTION }),
          CONFIGURATION_TIMEOUT_MS,
        );
        const problems: string[] = [];
        answer = normalizeSettings(result, `workspace/configuration (${SETTINGS_SECTION})`, problems);
        this.report(problems);
      } catch (error) {
        this.report([`workspace/configuration failed (${errorMessage(error)}); using initializationOptions`]);
      }
    }
    return layerSettings(this.base, this.pushed, answer);
  }

  /** Logs each distinct problem once. */
  report(problems: string[]): void {
    for (const problem of problems) {
      if (this.reported.has(problem)) continue;
      if (this.reported.size < 200) this.reported.add(problem);
      this.connection.console.warn(`copydesk: ${problem}`);
    }
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error instanceof Error ? error : new Error(String(error)));
      },
    );
  });
}

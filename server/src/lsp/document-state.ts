/**
 * Per-document state: the engine's run-spanning cache, the scheduled run, and
 * the analysis of the current text (findings and their diagnostics), reused
 * until the text, the settings or `.copydesk.json` change.
 */
import { performance } from 'node:perf_hooks';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { formatFromLanguageId, LintCache, type Finding, type LineIndex } from '../core';
import type { Settings } from '../protocol';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { formatSize, uriToPath, type ConfigLookup } from './files';
import type { Linter } from './linting';

/** A lint slower than this is logged once per document. */
const SLOW_LINT_MS = 500;

export interface Analysis {
  version: number;
  generation: number;
  configStamp: string;
  resultId: string;
  diagnostics: Diagnostic[];
  findings: Finding[];
  index: LineIndex | undefined;
  lintMs: number;
}

export interface DocState {
  timer?: NodeJS.Timeout;
  /** Bumped by every scheduled lint: a run that sees a newer number was superseded. */
  run: number;
  analysis?: Analysis;
  /** Pull mode with `run: onSave`: the result of the last open/save. */
  saved?: Analysis;
  /** A slow lint was logged for this document. */
  slowLogged?: boolean;
  /** The engine's run-spanning cache: after a keystroke only the edited paragraph is re-checked. */
  cache: LintCache;
}

export class DocumentStates {
  private readonly states = new Map<string, DocState>();

  /** The state of `uri`, created on first use. */
  get(uri: string): DocState {
    let state = this.states.get(uri);
    if (!state) {
      state = { run: 0, cache: new LintCache() };
      this.states.set(uri, state);
    }
    return state;
  }

  peek(uri: string): DocState | undefined {
    return this.states.get(uri);
  }

  delete(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
  }

  values(): IterableIterator<DocState> {
    return this.states.values();
  }
}

export class Analyzer {
  private resultCounter = 0;

  constructor(
    private readonly ctx: ServerContext,
    private readonly linter: Linter,
  ) {}

  /** The lint result for the document's current version, from the cache when nothing changed. */
  async analyze(doc: TextDocument): Promise<Analysis> {
    const settingsResolver = this.ctx.settings;
    let settings: Settings;
    let generation: number;
    for (let attempt = 0; ; attempt++) {
      generation = settingsResolver.generation;
      settings = await settingsResolver.get(doc.uri);
      if (generation === settingsResolver.generation || attempt >= 2) break;
    }
    const path = uriToPath(doc.uri);
    const config = path ? this.ctx.configFiles.lookup(path) : undefined;
    const stamp = config?.stamp ?? '';
    const state = this.ctx.states.get(doc.uri);
    const cached = state.analysis;
    if (cached && cached.version === doc.version && cached.generation === generation && cached.configStamp === stamp) {
      return cached;
    }
    const analysis = this.compute(doc, settings, config, generation, state.cache);
    state.analysis = analysis;
    if (analysis.lintMs > SLOW_LINT_MS && !state.slowLogged) {
      state.slowLogged = true;
      this.ctx.connection.console.warn(
        `copydesk: linting ${doc.uri} took ${Math.round(analysis.lintMs)} ms (${formatSize(doc.getText().length)}); diagnostics will lag while typing`,
      );
    }
    return analysis;
  }

  private compute(
    doc: TextDocument,
    settings: Settings,
    config: ConfigLookup | undefined,
    generation: number,
    cache: LintCache,
  ): Analysis {
    const version = doc.version;
    const base = { version, generation, configStamp: config?.stamp ?? '', resultId: String(++this.resultCounter) };
    const empty: Analysis = { ...base, diagnostics: [], findings: [], index: undefined, lintMs: 0 };
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return empty;
    if (config) this.ctx.publisher.noteConfig(config.loaded);
    const text = doc.getText();
    if (text.length > this.ctx.options.maxDocumentSize) {
      return { ...empty, diagnostics: [this.linter.tooLargeNotice(text.length, version)] };
    }
    const started = performance.now();
    const result = this.linter.lintText(doc.uri, text, formatFromLanguageId(doc.languageId), settings, config?.loaded, cache);
    const docsBase = this.ctx.options.docsBase;
    const diagnostics = result.findings.map((f) =>
      toDiagnostic(f, { uri: doc.uri, index: result.article.index, version, docsBase }),
    );
    return { ...base, diagnostics, findings: result.findings, index: result.article.index, lintMs: performance.now() - started };
  }
}

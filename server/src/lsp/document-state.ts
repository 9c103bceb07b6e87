/**
 * Per-document state: the engine's run-spanning cache, the scheduled run, and
 * the analysis of the current text (findings and their diagnostics), reused
 * until the text, the settings or `.copydesk.json` change.
 */
import { performance } from 'node:perf_hooks';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintCache, type DocFormat, type Finding, type LineIndex } from '../core';
import type { LoadedConfig } from '../config-file';
import { formatFromLanguageId } from './language-ids';
import type { Settings } from '../protocol';
import type { ServerContext } from './context';
import { SOURCE } from './convert';
import { convertReusing, type Converted } from './diagnostic-cache';
import { Timings } from './timings';
import { formatSize, uriToPath, type ConfigLookup } from './files';
import type { Linter } from './linting';
import { sourceLocations, type DocumentSource, type Sources } from './sources';

/** A lint slower than this is logged once per document. */
const SLOW_LINT_MS = 500;
/**
 * A document at least this long is linted a few more times right after its first lint, before the writer types
 * (`Analyzer.warmUp`). The first edits of a freshly opened 1 MB document took 100 to 185 ms of lint against about
 * 30 ms from the twentieth on (in-process, bench/lsp.ts's edits): V8 had not yet compiled the paths a lint after an
 * edit takes (the spans found unchanged, the document-level passes over them) and was still sizing its heap to a
 * warm lint's garbage. A 5 KB article's first edits are linted in a few milliseconds all the same, and below this
 * size a warm lint is short enough that the warm-up would buy little.
 */
export const WARM_UP_MIN_CHARS = 64 * 1024;
/**
 * Lints in the warm-up, each of the text with one letter inserted at another place. Measured in-process on 1 MB of
 * press text (CPU ms of the lints after 40 such edits, a loaded machine, two runs each): with no warm-up, the first
 * five edits took 150-186, 116-138, 82-130, 47-65 and 81-88 ms, the median of the first 20 was 48-51 ms; after 4 warm
 * lints, 44 ms; after 8, 35-39 ms and the first five 30-63 ms; after 12, 37-38 ms (no better). The median of edits 21
 * to 40 was 28-34 ms in every case: the warm-up only brings it forward. Each costs a warm lint (up to about 100 ms on
 * a just-opened 1 MB document, falling as it warms); a change ends the warm-up at the next turn of the event loop,
 * so it waits at most for the one lint under way.
 */
export const WARM_UP_LINTS = 8;
/**
 * The warm-up's last this many lints follow a full collection of V8's heap (`IdleCollector.collectAll`), run in its
 * own turn of the event loop. The document's first lint and the warm-up leave the old generation full of dead runs'
 * values (promoted by scavenges), and V8 marked and compacted it during one of the first edits after them: in-process
 * on 1 MB of press text with `--trace-gc`, a mark-compact of 73 ms plus 55 ms of marking steps fell in the third edit.
 * A full collection removes the dead values but also drops optimised code that depended on them (V8 logs "weak
 * objects"), which the lints after it compile again; with two lints after it, the 20 edits' CPU ms (five fresh
 * processes each, alternating, medians) went from 29/68/32 for edits 1-3 and a p90 of 45 (34-51) to 37/16/21 and 38
 * (32-43); with three lints after it, 15/21/35 and 40 (30-49). The collection costs about 60 ms of CPU, once per open.
 */
export const WARM_UP_LINTS_AFTER_COLLECTION = 2;
/** The warm-up's edits fall at sevenths of the text taken modulo this many parts: spread, and never at the end. */
const WARM_UP_LINTS_SPREAD = 20;

/** What the last lint of a document was given, for the warm-up to lint with the same. */
interface LintInput {
  format: DocFormat;
  settings: Settings;
  loaded: LoadedConfig | undefined;
  source: DocumentSource | undefined;
}

/** Resolves after the messages already received have been handled. */
function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

const SEVERITY_RANK: Record<string, number> = { error: 0, warning: 1, info: 2, hint: 3 };

/**
 * The `limit` most severe findings (all of them when there are few), in document order: errors fill the room first,
 * then warnings, information and hints, each level from the start of the document (as VS Code keeps its 1,000 per
 * file: `DEFAULT_MAX_DIAGNOSTICS`).
 */
export function mostSevere(findings: readonly Finding[], limit: number): readonly Finding[] {
  if (findings.length <= limit) return findings;
  const quota = [0, 0, 0, 0];
  for (const f of findings) {
    const level = SEVERITY_RANK[f.severity] ?? 3;
    quota[level] = (quota[level] ?? 0) + 1;
  }
  // The most severe levels fill the room first; within a level, the first in the document.
  let room = limit;
  for (let level = 0; level < quota.length; level++) {
    const take = Math.min(quota[level] ?? 0, room);
    quota[level] = take;
    room -= take;
  }
  const out: Finding[] = [];
  for (const f of findings) {
    const level = SEVERITY_RANK[f.severity] ?? 3;
    if ((quota[level] ?? 0) > 0) {
      quota[level] = (quota[level] ?? 0) - 1;
      out.push(f);
    }
  }
  return out;
}

/**
 * The information diagnostic that ends a document's diagnostics when some were left out (`Settings.maxDiagnostics`),
 * at the start of the document, where the first look goes. The previous one is kept when it says the same, so that
 * an edit that changed nothing shown leaves the result unchanged (the same objects).
 */
export function tooManyNotice(shown: number, total: number, previous?: Diagnostic): Diagnostic {
  const count = (n: number): string => n.toLocaleString('en-US');
  const message =
    `Copydesk shows ${count(shown)} of the ${count(total)} findings in this document, the most severe first ` +
    `(hints last). The maxDiagnostics setting (copydesk.maxDiagnostics in VS Code) raises the limit; ` +
    `the command line lists them all: copydesk lint <file>.`;
  if (previous && previous.code === undefined && previous.message === message) return previous;
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message,
  };
}

export interface Analysis {
  /** The server's revision of the text linted (documents.ts): what caches and staleness checks compare. */
  revision: number;
  /** The client's version of that text: what is published. */
  version: number;
  generation: number;
  configStamp: string;
  /** The source's stamp (sources.ts): a source edited, opened, closed or changed on disk makes the analysis stale. */
  sourceStamp: string;
  resultId: string;
  diagnostics: Diagnostic[];
  /** Every finding of the text (counted by `copydesk/lintFiles`). */
  findings: Finding[];
  /**
   * The findings sent as diagnostics (`Settings.maxDiagnostics`): what the writer sees, so what fix-all fixes, since a
   * fix touches only what was reported.
   */
  shown: readonly Finding[];
  index: LineIndex | undefined;
  lintMs: number;
}

export interface DocState {
  /** Cancels the scheduled lint, when one is waiting. */
  cancel?: () => void;
  /** performance.now() of the last change, for the leading edge of the debounce. */
  changedAt?: number;
  /** Pull mode: the last change came after a quiet spell, so the pull after it does not wait for the debounce. */
  leadingChange?: boolean;
  /** Bumped by every scheduled lint: a run that sees a newer number was superseded. */
  run: number;
  analysis?: Analysis;
  /** Pull mode with `run: onSave`: the result of the last open/save. */
  saved?: Analysis;
  /** A slow lint was logged for this document. */
  slowLogged?: boolean;
  /** Lints run for this document: the first is cold (the JIT is still compiling, the caches are empty). */
  lints: number;
  /** The engine's run-spanning cache: after a keystroke only the edited paragraph is re-checked. */
  cache: LintCache;
  /** The last conversion of findings to diagnostics, reused for what an edit leaves as it was. */
  converted?: Converted;
  /** What the last lint was given (the warm-up lints with the same). */
  lastLint?: LintInput;
  /** The warm-up was started for this document (it runs once per open). */
  warmed?: boolean;
}

export class DocumentStates {
  private readonly states = new Map<string, DocState>();

  /** The state of `uri`, created on first use. */
  get(uri: string): DocState {
    let state = this.states.get(uri);
    if (!state) {
      state = { run: 0, lints: 0, cache: new LintCache() };
      this.states.set(uri, state);
    }
    return state;
  }

  peek(uri: string): DocState | undefined {
    return this.states.get(uri);
  }

  delete(uri: string): void {
    const state = this.states.get(uri);
    state?.cancel?.();
    this.states.delete(uri);
  }

  values(): IterableIterator<DocState> {
    return this.states.values();
  }
}

export class Analyzer {
  private resultCounter = 0;
  readonly timings = new Timings();
  /** Config files already named in the log. */
  private readonly configsUsed = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly linter: Linter,
    private readonly sources: Sources,
  ) {}

  /** The lint result for the document's current text, from the cache when nothing changed. */
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
    const config = path ? this.ctx.configFiles.lookup(path, this.ctx.configScope) : undefined;
    const stamp = config?.stamp ?? '';
    // The source is found again on each lint (the link can change with the text), and read from its buffer or disk.
    const source =
      settings.enable && settings.languages.includes(doc.languageId) ? await this.sources.sourceFor(doc, config) : undefined;
    // The revision after the last wait: `doc` is updated in place, so this is the revision of the text linted below.
    const revision = this.ctx.docs.revision(doc.uri);
    const state = this.ctx.states.get(doc.uri);
    const cached = state.analysis;
    if (
      cached &&
      cached.revision === revision &&
      cached.generation === generation &&
      cached.configStamp === stamp &&
      cached.sourceStamp === (source?.stamp ?? '')
    ) {
      return cached;
    }
    const analysis = this.compute(doc, revision, settings, config, generation, state, source);
    state.analysis = analysis;
    if (config && !this.configsUsed.has(config.loaded.path)) {
      this.configsUsed.add(config.loaded.path);
      this.ctx.connection.console.info(`copydesk: using ${config.loaded.path}`);
    }
    // Only a warm lint predicts typing: the first one pays for the JIT's warm-up and fills the caches.
    if (state.lints++ > 0 && analysis.lintMs > SLOW_LINT_MS && !state.slowLogged) {
      state.slowLogged = true;
      this.ctx.connection.console.warn(
        `copydesk: linting ${doc.uri} took ${Math.round(analysis.lintMs)} ms (${formatSize(doc.getText().length)}); diagnostics will lag while typing`,
      );
    }
    return analysis;
  }

  private compute(
    doc: TextDocument,
    revision: number,
    settings: Settings,
    config: ConfigLookup | undefined,
    generation: number,
    state: DocState,
    source: DocumentSource | undefined,
  ): Analysis {
    const version = doc.version;
    // What changed since the last conversion: taken now, whatever happens next, so it always starts from there.
    const change = this.ctx.docs.takeChange(doc.uri);
    const previous = state.converted;
    state.converted = undefined;
    const base = {
      revision,
      version,
      generation,
      configStamp: config?.stamp ?? '',
      sourceStamp: source?.stamp ?? '',
      resultId: '',
    };
    const empty: Analysis = {
      ...base,
      resultId: this.nextResultId(),
      diagnostics: [],
      findings: [],
      shown: [],
      index: undefined,
      lintMs: 0,
    };
    if (!settings.enable || !settings.languages.includes(doc.languageId)) return empty;
    if (config) this.ctx.publisher.noteConfig(config.loaded);
    const text = doc.getText();
    if (text.length > this.ctx.options.maxDocumentSize) {
      return { ...empty, diagnostics: [this.linter.tooLargeNotice(text.length)] };
    }
    const started = performance.now();
    const format = formatFromLanguageId(doc.languageId);
    const result = this.linter.lintText(doc.uri, text, format, settings, config?.loaded, state.cache, source?.input);
    state.lastLint = { format, settings, loaded: config?.loaded, source };
    const linted = performance.now();
    const index = result.article.index;
    const shown = mostSevere(result.findings, settings.maxDiagnostics);
    const ctx = { uri: doc.uri, index, docsBase: this.ctx.options.diagnosticDocsBase, ...sourceLocations(source) };
    const { diagnostics, stats } = convertReusing(previous, change, shown, index, ctx);
    state.converted = { findings: shown, diagnostics: [...diagnostics], index };
    if (shown.length < result.findings.length) {
      diagnostics.push(tooManyNotice(shown.length, result.findings.length, state.analysis?.diagnostics.at(-1)));
    }
    // Nothing moved or changed: the same result, so a pulling client is told "unchanged".
    const unchanged =
      stats.converted === 0 &&
      stats.shifted === 0 &&
      state.analysis !== undefined &&
      state.analysis.diagnostics.length === diagnostics.length &&
      state.analysis.diagnostics.every((d, i) => d === diagnostics[i]);
    const resultId = unchanged && state.analysis ? state.analysis.resultId : this.nextResultId();
    const converted = performance.now();
    this.timings.record({
      uri: doc.uri,
      version,
      lintMs: linted - started,
      convertMs: converted - linted,
      findings: result.findings.length,
      diagnostics: diagnostics.length,
      ...stats,
    });
    return { ...base, resultId, diagnostics, findings: result.findings, shown, index, lintMs: linted - started };
  }

  /**
   * After a large document's first lint, before the writer types: `WARM_UP_LINTS` lints of the text with one letter
   * inserted at places spread over it, each through a fork of the document's cache (`LintCache.fork`), and the
   * conversion of each result against the document's diagnostics, so that V8 compiles the paths a lint after an
   * edit takes; before the last `WARM_UP_LINTS_AFTER_COLLECTION` of them, a full collection of the heap, in a turn of
   * its own. Nothing is published, and the document's own cache and diagnostics are left as they were, so the
   * warm-up can stop after any step. A change, a close or a newer run stops it at the next turn of the event loop
   * (a change that arrives during a step waits for that one). Runs once per open document; resolves to whether it
   * ran a step (then the caller collects the young generation once its answer has left, `IdleCollector.afterLint`).
   */
  async warmUp(uri: string): Promise<boolean> {
    const state = this.ctx.states.peek(uri);
    const doc = this.ctx.docs.get(uri);
    if (!state || !doc || state.warmed) return false;
    state.warmed = true;
    const revision = this.ctx.docs.revision(uri);
    const run = state.run;
    const input = state.lastLint;
    const text = doc.getText();
    if (!input || state.analysis?.revision !== revision || text.length < WARM_UP_MIN_CHARS) return false;
    const started = performance.now();
    this.ctx.connection.console.log(`copydesk: warming up ${uri} (${formatSize(text.length)})`);
    // The document's own table of line starts, which vscode-languageserver-textdocument builds when it is first asked
    // for an offset, that is when the first edit arrives (10-11 ms for 1 MB, a loop over every character, against
    // 1.3-2 ms for each edit after it): built now, while nobody waits, not in the first edit's time.
    doc.offsetAt({ line: 0, character: 0 });
    let done = 0;
    let stopped = false;
    let collectTried = false;
    let collected = false;
    const collectBefore = WARM_UP_LINTS - WARM_UP_LINTS_AFTER_COLLECTION;
    while (done < WARM_UP_LINTS) {
      await nextTurn();
      const current = this.ctx.states.peek(uri) === state && state.run === run && this.ctx.docs.isCurrent(uri, revision);
      if (!current || state.cancel) {
        stopped = true;
        break;
      }
      if (done === collectBefore && !collectTried) {
        // A step of its own: a change read in the next turn stops the warm-up before another lint.
        collectTried = true;
        collected = this.ctx.idle.collectAll();
        continue;
      }
      // A letter at the start of a word, at places spread over the text (as bench/lsp.ts types).
      const near = Math.floor((text.length * ((done * 7) % WARM_UP_LINTS_SPREAD)) / WARM_UP_LINTS_SPREAD);
      const at = text.indexOf(' ', near) + 1 || near;
      const edited = `${text.slice(0, at)}x${text.slice(at)}`;
      const { format, settings, loaded, source } = input;
      const result = this.linter.lintText(uri, edited, format, settings, loaded, state.cache.fork(), source?.input);
      const index = result.article.index;
      const ctx = { uri, index, docsBase: this.ctx.options.diagnosticDocsBase, ...sourceLocations(source) };
      const change = [{ start: at, end: at + 1, oldStart: at, oldEnd: at }];
      convertReusing(state.converted, change, mostSevere(result.findings, settings.maxDiagnostics), index, ctx);
      done++;
    }
    const ms = Math.round(performance.now() - started);
    const collection = collected ? ', a full collection' : '';
    const why = stopped ? ', stopped by a change' : '';
    this.ctx.connection.console.log(
      `copydesk: warm-up of ${uri}: ${done} of ${WARM_UP_LINTS} lints${collection}${why}, ${ms} ms`,
    );
    return done > 0 || collected;
  }

  private nextResultId(): string {
    return String(++this.resultCounter);
  }
}

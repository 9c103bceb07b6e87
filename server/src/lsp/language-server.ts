/**
 * The language server proper: documents in, diagnostics, code actions and
 * hovers out. Transport-agnostic: server.ts makes the connection.
 *
 * Diagnostics are pushed or pulled, never both, decided once per client:
 * pull when the client declares `textDocument.diagnostic` (VS Code), push
 * otherwise (Neovim, Helix, Emacs, Sublime). `initializationOptions.diagnosticMode`
 * overrides. Files linted from disk (`copydesk/lintFiles`) are always pushed,
 * and cleared from the push side while they are open in pull mode.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  CodeActionKind,
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  LSPErrorCodes,
  MarkupKind,
  MessageType,
  PositionEncodingKind,
  ResponseError,
  ShowMessageNotification,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type CodeAction,
  type Connection,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type Hover,
  type InitializeResult,
  type Position,
  type ServerCapabilities,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import {
  formatFromPath,
  lint,
  LintCache,
  mergeConfigs,
  RULES,
  validateConfig,
  type Config,
  type Finding,
  type LineIndex,
  type LintResult,
  type RuleSetting,
} from '../core';
import { describeProblems, type LoadedConfig } from '../config-file';
import { formatFromLanguageId } from './language-ids';
import {
  FIX_ALL_COMMAND,
  LintFilesRequest,
  type DiagnosticData,
  type FixAllCommandResult,
  type InitializationOptions,
  type LintFilesResult,
  type Settings,
} from '../protocol';
import {
  diagnosticsAt,
  disableActions,
  FIX_ALL_KIND,
  fixAllAction,
  fixAllTextEdits,
  kindAllowed,
  quickFixes,
  workspaceEdit,
  type ActionContext,
} from './actions';
import { defaultDocsBase, readDiagnosticData, SOURCE, toDiagnostic } from './convert';
import { DocumentStore } from './documents';
import { ConfigFiles, formatSize, readDocument, uriToPath, type ConfigLookup } from './files';
import { hoverAt } from './hover';
import { SettingsResolver, settingsFromInitOptions } from './settings';
import {
  documentUri,
  errorMessage,
  invalidParams,
  isInteger,
  isObject,
  isStringArray,
  requirePosition,
  requireRange,
} from './validate';

export const SERVER_NAME = 'copydesk-language-server';
export const DEFAULT_DEBOUNCE_MS = 10;
export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;
/** A lint slower than this is logged once per document. */
const SLOW_LINT_MS = 500;
const FILE_PROGRESS_EVERY = 10;

/** The version in the package.json shipped beside the server. */
export function serverVersion(): string {
  let dir = __dirname;
  for (let i = 0; i < 5; i++) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate)) {
      try {
        const pkg = JSON.parse(readFileSync(candidate, 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name === 'copydesk' && typeof pkg.version === 'string') return pkg.version;
      } catch {
        // keep looking
      }
    }
    dir = dirname(dir);
  }
  return 'unknown';
}

interface Analysis {
  version: number;
  generation: number;
  configStamp: string;
  resultId: string;
  diagnostics: Diagnostic[];
  findings: Finding[];
  index: LineIndex | undefined;
  lintMs: number;
}

interface DocState {
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

type Trigger = 'open' | 'change' | 'save' | 'settings';

interface ServerOptions {
  pull: boolean;
  /** False in an untrusted workspace: `.copydesk.json` rule options are dropped. */
  trusted: boolean;
  debounceMs: number;
  docsBase: string;
  maxDocumentSize: number;
}

export function startServer(connection: Connection): CopydeskServer {
  return new CopydeskServer(connection);
}

export class CopydeskServer {
  private readonly docs = new DocumentStore();
  private readonly configFiles = new ConfigFiles();
  private readonly states = new Map<string, DocState>();
  private settings!: SettingsResolver;
  private options: ServerOptions = {
    pull: false,
    trusted: true,
    debounceMs: DEFAULT_DEBOUNCE_MS,
    docsBase: '',
    maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
  };
  private client: ClientCapabilities = {};
  /** Documents whose diagnostics came from disk (lintFiles): re-read when closed. */
  private readonly diskLinted = new Set<string>();
  /** Config files reported as broken, with the problems reported. */
  private readonly configReports = new Map<string, string>();
  private readonly shownMessages = new Set<string>();
  private readonly loggedRuleErrors = new Set<string>();
  private resultCounter = 0;

  constructor(private readonly connection: Connection) {
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.registerDynamic());
    this.docs.listen(connection, {
      onOpen: (doc) => this.guardEvent('didOpen', () => this.opened(doc)),
      onChange: (doc) => this.guardEvent('didChange', () => this.trigger(doc.uri, 'change')),
      onSave: (doc) => this.guardEvent('didSave', () => this.saved(doc)),
      onClose: (uri) => this.guardEvent('didClose', () => this.closed(uri)),
    });
    connection.onDidChangeConfiguration((params) =>
      this.guardEvent('didChangeConfiguration', () => {
        this.settings.changed(params);
        this.relintAll();
      }),
    );
    connection.onDidChangeWatchedFiles((params) => this.guardEvent('didChangeWatchedFiles', () => this.watchedFiles(params)));
    connection.onCodeAction(this.guard('textDocument/codeAction', (p) => this.codeActions(p)));
    connection.onHover(this.guard('textDocument/hover', (p) => this.hover(p)));
    connection.onExecuteCommand(this.guard('workspace/executeCommand', (p) => this.executeCommand(p)));
    connection.languages.diagnostics.on(this.guard('textDocument/diagnostic', (p, token) => this.pull(p, token)));
    // By method name: protocol.ts builds its RequestType with the client's copy of vscode-jsonrpc.
    connection.onRequest(
      LintFilesRequest.method,
      this.guard('copydesk/lintFiles', (p, token) => this.lintFiles(p, token)),
    );
  }

  // ---- plumbing -------------------------------------------------------------

  private guard<R>(
    method: string,
    handler: (params: unknown, token: CancellationToken) => Promise<R> | R,
  ): (params: unknown, token: CancellationToken) => Promise<R> {
    return async (params, token) => {
      try {
        return await handler(params, token);
      } catch (error) {
        if (error instanceof ResponseError) {
          const quiet = [LSPErrorCodes.RequestCancelled, LSPErrorCodes.ServerCancelled, LSPErrorCodes.ContentModified];
          if (!quiet.includes(error.code)) this.connection.console.error(`copydesk: ${method}: ${error.message}`);
          throw error;
        }
        this.connection.console.error(
          `copydesk: ${method} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
        );
        throw new ResponseError(ErrorCodes.InternalError, `${method} failed: ${errorMessage(error)}`);
      }
    };
  }

  private guardEvent(name: string, run: () => void | Promise<void>): void {
    const fail = (error: unknown): void =>
      this.connection.console.error(
        `copydesk: ${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`,
      );
    try {
      const result = run();
      if (result instanceof Promise) result.catch(fail);
    } catch (error) {
      fail(error);
    }
  }

  private state(uri: string): DocState {
    let state = this.states.get(uri);
    if (!state) {
      state = { run: 0, cache: new LintCache() };
      this.states.set(uri, state);
    }
    return state;
  }

  private publish(uri: string, diagnostics: Diagnostic[], version?: number): void {
    void this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /** A document's own diagnostics; never over the problems reported on a broken `.copydesk.json` open in the editor. */
  private publishDocument(uri: string, diagnostics: Diagnostic[], version?: number): void {
    const path = uriToPath(uri);
    if (path && this.configReports.has(path)) return;
    this.publish(uri, diagnostics, version);
  }

  // ---- lifecycle --------------------------------------------------------------

  private initialize(params: unknown): InitializeResult {
    const p = isObject(params) ? params : {};
    this.client = isObject(p.capabilities) ? p.capabilities : {};
    const init = (isObject(p.initializationOptions) ? p.initializationOptions : {}) as InitializationOptions;
    const problems: string[] = [];
    const base = settingsFromInitOptions(init, problems);
    this.settings = new SettingsResolver(this.connection, base, SettingsResolver.canAsk(this.client));
    const pullSupported = isObject(this.client.textDocument?.diagnostic);
    const mode = init.diagnosticMode;
    if (mode !== undefined && mode !== 'auto' && mode !== 'push' && mode !== 'pull')
      problems.push('initializationOptions: "diagnosticMode" must be "auto", "push" or "pull"; using "auto"');
    if (mode === 'pull' && !pullSupported) problems.push('diagnosticMode "pull" asked, but the client cannot pull: pushing');
    const debounce = init.debounceMs;
    if (debounce !== undefined && !(typeof debounce === 'number' && debounce >= 0 && debounce <= 10000))
      problems.push('initializationOptions: "debounceMs" must be a number of milliseconds (0 to 10000)');
    const maxSize = init.maxDocumentSize;
    if (maxSize !== undefined && !(typeof maxSize === 'number' && maxSize > 0))
      problems.push('initializationOptions: "maxDocumentSize" must be a positive number');
    if (init.docsBaseUrl !== undefined && (typeof init.docsBaseUrl !== 'string' || init.docsBaseUrl === ''))
      problems.push('initializationOptions: "docsBaseUrl" must be a non-empty string');
    if (init.trusted !== undefined && typeof init.trusted !== 'boolean')
      problems.push('initializationOptions: "trusted" must be true or false; treating the workspace as untrusted');
    this.options = {
      pull: pullSupported && mode !== 'push',
      trusted: init.trusted === undefined || init.trusted === true,
      debounceMs: typeof debounce === 'number' && debounce >= 0 && debounce <= 10000 ? debounce : DEFAULT_DEBOUNCE_MS,
      docsBase: typeof init.docsBaseUrl === 'string' && init.docsBaseUrl !== '' ? init.docsBaseUrl : defaultDocsBase(),
      maxDocumentSize: typeof maxSize === 'number' && maxSize > 0 ? maxSize : DEFAULT_MAX_DOCUMENT_SIZE,
    };
    this.settings.report(problems);

    const capabilities: ServerCapabilities = {
      positionEncoding: PositionEncodingKind.UTF16,
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
      hoverProvider: true,
      executeCommandProvider: { commands: [FIX_ALL_COMMAND] },
    };
    if (this.options.pull) {
      capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
    }
    return { capabilities, serverInfo: { name: SERVER_NAME, version: serverVersion() } };
  }

  private registerDynamic(): void {
    const workspace = this.client.workspace;
    if (workspace?.didChangeWatchedFiles?.dynamicRegistration) {
      this.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/.copydesk.json' }] })
        .catch((error: unknown) =>
          this.connection.console.warn(`copydesk: could not watch .copydesk.json: ${errorMessage(error)}`),
        );
    }
    if (workspace?.didChangeConfiguration?.dynamicRegistration) {
      this.connection.client
        .register(DidChangeConfigurationNotification.type, { section: 'copydesk' })
        .catch((error: unknown) =>
          this.connection.console.warn(`copydesk: could not register for settings: ${errorMessage(error)}`),
        );
    }
  }

  private get documentChanges(): boolean {
    return this.client.workspace?.workspaceEdit?.documentChanges === true;
  }

  private get markdownHover(): boolean {
    const formats = this.client.textDocument?.hover?.contentFormat;
    return !Array.isArray(formats) || formats.includes(MarkupKind.Markdown);
  }

  private refresh(): void {
    if (this.client.workspace?.diagnostics?.refreshSupport) {
      this.connection.languages.diagnostics
        .refresh()
        .catch((error: unknown) => this.connection.console.warn(`copydesk: diagnostic refresh failed: ${errorMessage(error)}`));
    }
  }

  // ---- document events ----------------------------------------------------------

  private opened(doc: TextDocument): void {
    const state = this.state(doc.uri);
    state.analysis = undefined;
    state.saved = undefined;
    // In pull mode the client pulls for open documents: drop what lintFiles pushed, or it would show twice.
    if (this.options.pull && this.diskLinted.has(doc.uri)) this.publishDocument(doc.uri, []);
    this.trigger(doc.uri, 'open');
  }

  private saved(doc: TextDocument): void {
    if (this.options.pull) {
      const state = this.state(doc.uri);
      if (state.saved) {
        state.saved = undefined;
        this.refresh();
      }
      return;
    }
    this.trigger(doc.uri, 'save');
  }

  private closed(uri: string): void {
    const state = this.states.get(uri);
    if (state?.timer) clearTimeout(state.timer);
    this.states.delete(uri);
    this.settings.forget(uri);
    if (!this.options.pull) this.publishDocument(uri, []);
    if (this.diskLinted.has(uri)) void this.lintFromDisk(uri);
  }

  private relintAll(): void {
    for (const state of this.states.values()) state.saved = undefined;
    if (this.options.pull) {
      this.refresh();
      return;
    }
    for (const doc of this.docs.all()) this.trigger(doc.uri, 'settings');
  }

  private watchedFiles(params: unknown): void {
    const changes = isObject(params) && Array.isArray(params.changes) ? (params.changes as unknown[]) : [];
    let relevant = false;
    for (const change of changes) {
      const uri = isObject(change) && typeof change.uri === 'string' ? change.uri : undefined;
      const path = uri ? uriToPath(uri) : undefined;
      if (path && path.endsWith('.copydesk.json')) {
        this.configFiles.forget(path);
        relevant = true;
      }
    }
    if (relevant) this.relintAll();
  }

  // ---- linting ------------------------------------------------------------------

  /** Push mode: lint after a short delay; a newer trigger supersedes a pending or running one. */
  private trigger(uri: string, trigger: Trigger): void {
    if (this.options.pull) return;
    const state = this.state(uri);
    if (state.timer) clearTimeout(state.timer);
    const run = ++state.run;
    const delay = trigger === 'change' ? this.options.debounceMs : 0;
    state.timer = setTimeout(() => {
      state.timer = undefined;
      this.guardEvent('lint', () => this.runPush(uri, run, trigger));
    }, delay);
  }

  private async runPush(uri: string, run: number, trigger: Trigger): Promise<void> {
    const doc = this.docs.get(uri);
    if (!doc) return;
    if (trigger === 'change') {
      const settings = await this.settings.get(uri);
      if (settings.run === 'onSave') return;
    }
    const superseded = (): boolean => this.states.get(uri)?.run !== run;
    if (superseded()) return;
    const analysis = await this.analyze(doc);
    // Never publish for an old version: a newer change has its own run coming.
    if (superseded() || this.docs.get(uri)?.version !== analysis.version) return;
    this.publishDocument(uri, analysis.diagnostics, analysis.version);
  }

  /** The lint result for the document's current version, from the cache when nothing changed. */
  private async analyze(doc: TextDocument): Promise<Analysis> {
    let settings: Settings;
    let generation: number;
    for (let attempt = 0; ; attempt++) {
      generation = this.settings.generation;
      settings = await this.settings.get(doc.uri);
      if (generation === this.settings.generation || attempt >= 2) break;
    }
    const path = uriToPath(doc.uri);
    const config = path ? this.configFiles.lookup(path) : undefined;
    const stamp = config?.stamp ?? '';
    const state = this.state(doc.uri);
    const cached = state.analysis;
    if (cached && cached.version === doc.version && cached.generation === generation && cached.configStamp === stamp) {
      return cached;
    }
    const analysis = this.compute(doc, settings, config, generation, state.cache);
    state.analysis = analysis;
    if (analysis.lintMs > SLOW_LINT_MS && !state.slowLogged) {
      state.slowLogged = true;
      this.connection.console.warn(
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
    if (config) this.noteConfig(config.loaded);
    const text = doc.getText();
    if (text.length > this.options.maxDocumentSize) {
      return { ...empty, diagnostics: [this.tooLargeNotice(text.length, version)] };
    }
    const started = performance.now();
    const result = this.lintText(doc.uri, text, formatFromLanguageId(doc.languageId), settings, config?.loaded, cache);
    const diagnostics = result.findings.map((f) =>
      toDiagnostic(f, { uri: doc.uri, index: result.article.index, version, docsBase: this.options.docsBase }),
    );
    return { ...base, diagnostics, findings: result.findings, index: result.article.index, lintMs: performance.now() - started };
  }

  private lintText(
    uri: string,
    text: string,
    format: ReturnType<typeof formatFromPath>,
    settings: Settings,
    loaded: LoadedConfig | undefined,
    cache?: LintCache,
  ): LintResult {
    const fromSettings = validateConfig({ rules: settings.rules, ignoreWords: settings.ignoreWords }, RULES);
    this.settings.report(fromSettings.problems.map((p) => `settings: ${p}; using the defaults for it`));
    const config = mergeConfigs(fromSettings.config, this.options.trusted ? loaded?.config : this.untrusted(loaded));
    const result = lint(text, { format, config, cache });
    for (const { rule, message } of result.ruleErrors) {
      const key = `${rule}\n${message}`;
      if (this.loggedRuleErrors.has(key)) continue;
      if (this.loggedRuleErrors.size < 500) this.loggedRuleErrors.add(key);
      this.connection.console.error(`copydesk: rule ${rule} failed on ${uri}: ${message} (the other rules still ran)`);
    }
    return result;
  }

  /** An untrusted workspace's `.copydesk.json`: its severities and ignoreWords, none of its rule options. */
  private untrusted(loaded: LoadedConfig | undefined): Config | undefined {
    if (!loaded) return undefined;
    const rules: Record<string, RuleSetting> = {};
    let dropped = false;
    for (const [id, setting] of Object.entries(loaded.config.rules ?? {})) {
      if (typeof setting === 'string') rules[id] = setting;
      else {
        if (setting.severity !== undefined) rules[id] = setting.severity;
        dropped ||= Object.keys(setting).some((k) => k !== 'severity');
      }
    }
    if (dropped) this.settings.report([`${loaded.path}: rule options ignored in an untrusted workspace (severities apply)`]);
    return { rules, ignoreWords: loaded.config.ignoreWords ?? [] };
  }

  private tooLargeNotice(length: number, version?: number): Diagnostic {
    const data: DiagnosticData = { fixes: [] };
    if (version !== undefined) data.version = version;
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message:
        `Copydesk did not lint this document: it is ${formatSize(length)}, over the editor limit of ` +
        `${formatSize(this.options.maxDocumentSize)}. Lint it with the command line: copydesk lint <file>.`,
      data,
    };
  }

  /** A broken `.copydesk.json`: a diagnostic on the file itself and one warning message; linting goes on. */
  private noteConfig(loaded: LoadedConfig): void {
    const signature = loaded.problems.join('\n');
    const previous = this.configReports.get(loaded.path);
    if (previous === signature || (previous === undefined && signature === '')) return;
    const uri = pathToFileURL(loaded.path).href;
    if (signature === '') {
      this.configReports.delete(loaded.path);
      this.publish(uri, []);
      return;
    }
    this.configReports.set(loaded.path, signature);
    this.publish(
      uri,
      loaded.problems.map((problem) => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: DiagnosticSeverity.Warning,
        source: SOURCE,
        message: `${problem}; Copydesk uses the defaults for it`,
      })),
    );
    for (const line of describeProblems(loaded)) this.connection.console.warn(`copydesk: ${line}`);
    const key = `${loaded.path}\n${signature}`;
    if (!this.shownMessages.has(key)) {
      this.shownMessages.add(key);
      const first = loaded.problems[0] ?? '';
      const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : '';
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Copydesk: ${loaded.path}: ${first}${more}. Linting goes on with the defaults.`,
      });
    }
  }

  // ---- requests -----------------------------------------------------------------

  private async waitForQuiet(uri: string, token: CancellationToken): Promise<void> {
    const last = this.docs.lastChange(uri);
    if (last === undefined) return;
    const remaining = last + this.options.debounceMs - Date.now();
    if (remaining <= 0) return;
    await new Promise<void>((resolve) => {
      const timer = setTimeout(done, remaining);
      const sub = token.onCancellationRequested(done);
      function done(): void {
        clearTimeout(timer);
        sub.dispose();
        resolve();
      }
    });
  }

  private async pull(params: unknown, token: CancellationToken): Promise<DocumentDiagnosticReport> {
    const uri = documentUri(params);
    const doc = this.docs.get(uri);
    if (!doc) return { kind: 'full', items: [] };
    await this.waitForQuiet(uri, token);
    if (token.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
    const settings = await this.settings.get(uri);
    const state = this.state(uri);
    let analysis: Analysis;
    if (settings.run === 'onSave') {
      state.saved ??= await this.analyze(doc);
      analysis = state.saved;
    } else {
      analysis = await this.analyze(doc);
      if (this.docs.get(uri)?.version !== analysis.version) {
        throw new ResponseError(LSPErrorCodes.ServerCancelled, 'the document changed while it was linted', {
          retriggerRequest: true,
        });
      }
    }
    const previous = isObject(params) && typeof params.previousResultId === 'string' ? params.previousResultId : undefined;
    if (previous === analysis.resultId) return { kind: 'unchanged', resultId: analysis.resultId };
    return { kind: 'full', resultId: analysis.resultId, items: analysis.diagnostics };
  }

  private clamp(doc: TextDocument, p: Position): Position {
    return doc.positionAt(doc.offsetAt(p));
  }

  private async codeActions(params: unknown): Promise<CodeAction[]> {
    const uri = documentUri(params);
    const range = requireRange(params);
    const doc = this.docs.get(uri);
    if (!doc) return [];
    const version = doc.version;
    const context = isObject(params) && isObject(params.context) ? params.context : {};
    const only = isStringArray(context.only) ? context.only : undefined;
    const wantQuick = kindAllowed(CodeActionKind.QuickFix, only);
    const wantFixAll = kindAllowed(FIX_ALL_KIND, only);
    if (!wantQuick && !wantFixAll) return [];

    // The client's own diagnostics carry their fixes, when they belong to this version.
    const sent = Array.isArray(context.diagnostics) ? (context.diagnostics as unknown[]) : [];
    let items = sent.flatMap((d) => {
      const data = readDiagnosticData(d);
      return data && data.version === version ? [{ diagnostic: d as Diagnostic, data }] : [];
    });
    let analysis: Analysis | undefined;
    if (items.length === 0 && wantQuick) {
      analysis = await this.analyze(doc);
      if (analysis.version !== version || doc.version !== version) return [];
      const clamped = { start: this.clamp(doc, range.start), end: this.clamp(doc, range.end) };
      items = diagnosticsAt(
        analysis.diagnostics.filter((d) => d.code !== undefined),
        clamped,
      ).map((d) => ({ diagnostic: d, data: d.data as DiagnosticData }));
    }
    const ctx: ActionContext = { doc, documentChanges: this.documentChanges, only };
    const actions: CodeAction[] = [];
    if (wantQuick) {
      actions.push(...quickFixes(ctx, items));
      actions.push(
        ...disableActions(
          ctx,
          items.map((i) => i.diagnostic),
        ),
      );
    }
    if (wantFixAll) {
      analysis ??= await this.analyze(doc);
      if (analysis.version !== version || doc.version !== version) return [];
      if (analysis.index) {
        const fixAll = fixAllAction(ctx, analysis.findings, analysis.index);
        if (fixAll) actions.push(fixAll);
      }
    }
    return actions;
  }

  private async hover(params: unknown): Promise<Hover | null> {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const doc = this.docs.get(uri);
    if (!doc) return null;
    const analysis = await this.analyze(doc);
    if (analysis.version !== doc.version) return null;
    return hoverAt(analysis.diagnostics, this.clamp(doc, position), this.markdownHover);
  }

  private async executeCommand(params: unknown): Promise<FixAllCommandResult> {
    const command = isObject(params) ? params.command : undefined;
    if (command !== FIX_ALL_COMMAND) throw invalidParams(`unknown command: ${String(command)}`);
    const args = isObject(params) && Array.isArray(params.arguments) ? (params.arguments as unknown[]) : [];
    const arg = args[0];
    const uri = typeof arg === 'string' ? arg : isObject(arg) && typeof arg.uri === 'string' ? arg.uri : undefined;
    const wanted = isObject(arg) && isInteger(arg.version) ? arg.version : undefined;
    if (!uri) throw invalidParams(`${FIX_ALL_COMMAND} takes one argument: { uri, version? }`);
    const doc = this.docs.get(uri);
    if (!doc) throw invalidParams(`${FIX_ALL_COMMAND}: the document is not open: ${uri}`);
    const version = doc.version;
    if (wanted !== undefined && wanted !== version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${version}, not ${wanted}`);
    }
    const analysis = await this.analyze(doc);
    if (analysis.version !== doc.version || !analysis.index) return { applied: false, fixed: 0 };
    const { edits, fixed } = fixAllTextEdits(analysis.findings, analysis.index);
    if (edits.length === 0) return { applied: false, fixed: 0 };
    const ctx: ActionContext = { doc, documentChanges: this.documentChanges };
    const result = await this.connection.workspace.applyEdit({ label: 'Copydesk: fix all', edit: workspaceEdit(ctx, edits) });
    return { applied: result.applied, fixed: result.applied ? fixed : 0 };
  }

  // ---- files from disk ------------------------------------------------------------

  private async lintFiles(params: unknown, token: CancellationToken): Promise<LintFilesResult> {
    if (!isObject(params) || !isStringArray(params.uris)) throw invalidParams('expected { uris: string[] }');
    const uris = params.uris;
    const workDoneToken = params.workDoneToken;
    const progress = this.connection.window.attachWorkDoneProgress(
      typeof workDoneToken === 'string' || typeof workDoneToken === 'number' ? workDoneToken : undefined,
    );
    progress.begin('Copydesk', 0, `Linting ${uris.length} file${uris.length === 1 ? '' : 's'}`, false);
    const result: LintFilesResult = { files: 0, findings: 0, skipped: [] };
    try {
      for (let i = 0; i < uris.length; i++) {
        const uri = uris[i] ?? '';
        if (token.isCancellationRequested) {
          result.skipped.push({ uri, reason: 'cancelled' });
          continue;
        }
        // Let edits, hovers and cancellation through between files.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const outcome = await this.lintOne(uri);
        if ('reason' in outcome) result.skipped.push({ uri, reason: outcome.reason });
        else {
          result.files++;
          result.findings += outcome.findings;
        }
        if ((i + 1) % FILE_PROGRESS_EVERY === 0 || i + 1 === uris.length) {
          progress.report(Math.round(((i + 1) / uris.length) * 100), `${i + 1}/${uris.length}`);
        }
      }
    } finally {
      progress.done();
    }
    return result;
  }

  private async lintOne(uri: string): Promise<{ findings: number } | { reason: string }> {
    const open = this.docs.get(uri);
    if (open) {
      const analysis = await this.analyze(open);
      if (!this.options.pull && this.docs.get(uri)?.version === analysis.version) {
        this.publishDocument(uri, analysis.diagnostics, analysis.version);
      }
      return { findings: analysis.findings.length };
    }
    return this.lintFromDisk(uri);
  }

  private async lintFromDisk(uri: string): Promise<{ findings: number } | { reason: string }> {
    const path = uriToPath(uri);
    if (!path) return { reason: 'not a file:// URI' };
    const settings = await this.settings.get(uri);
    if (!settings.enable) return { reason: 'Copydesk is disabled for this file (copydesk.enable is false)' };
    const read = await readDocument(path, this.options.maxDocumentSize);
    if ('reason' in read) return read;
    if (this.docs.get(uri)) return { findings: 0 }; // opened meanwhile: the editor's text wins
    const config = this.configFiles.lookup(path);
    if (config) this.noteConfig(config.loaded);
    const result = this.lintText(uri, read.text, formatFromPath(path), settings, config?.loaded);
    const diagnostics = result.findings.map((f) =>
      toDiagnostic(f, { uri, index: result.article.index, docsBase: this.options.docsBase }),
    );
    this.diskLinted.add(uri);
    this.publishDocument(uri, diagnostics);
    return { findings: result.findings.length };
  }
}

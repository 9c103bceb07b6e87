/**
 * The language server's wiring: which handler answers which message. The
 * work lives beside it: options.ts (initialize), documents.ts and
 * document-state.ts (the open documents and their analyses), scheduling.ts
 * (when to lint; push or pull), workspace-lint.ts (files from disk),
 * code-actions.ts, hover.ts, publish.ts. Transport-agnostic: server.ts makes
 * the connection.
 */
import {
  DiagnosticSeverity,
  DidChangeConfigurationNotification,
  ErrorCodes,
  ResponseError,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  type Connection,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver';
import { join } from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintFilesRequest, SourceOfRequest, type SourceOfResult } from '../protocol';
import { CodeActions, clampPosition } from './code-actions';
import { ServerContext } from './context';
import { SOURCE } from './convert';
import { Analyzer } from './document-state';
import { formatSize, uriToPath } from './files';
import { hoverAt } from './hover';
import { REFUSED_NOTIFICATION, REFUSED_REQUEST, type FramedMessageReader } from './framing';
import { guardEvent, phaseError } from './lifecycle';
import { Linter } from './linting';
import {
  maxMessageBytes,
  readInitializeParams,
  SERVER_NAME,
  serverCapabilities,
  serverVersion,
  supportsMarkdownHover,
} from './options';
import { Scheduler } from './scheduling';
import { SettingsResolver } from './settings';
import { Sources } from './sources';
import { documentUri, errorMessage, isObject, requirePosition } from './validate';
import { TIMINGS_REQUEST, type Timings } from './timings';
import { WorkspaceLint } from './workspace-lint';

export interface StartOptions {
  /** How the client is connected, for the startup log line. */
  transport?: string;
  /** The byte-stream reader, when there is one: its message limit follows `maxDocumentSize`. */
  reader?: FramedMessageReader;
}

export function startServer(connection: Connection, start: StartOptions = {}): CopydeskServer {
  return new CopydeskServer(connection, start);
}

export class CopydeskServer {
  private readonly ctx: ServerContext;
  private readonly analyzer: Analyzer;
  private readonly scheduler: Scheduler;
  private readonly workspaceLint: WorkspaceLint;
  private readonly actions: CodeActions;
  private readonly sources: Sources;

  constructor(
    private readonly connection: Connection,
    private readonly start: StartOptions = {},
  ) {
    const ctx = (this.ctx = new ServerContext(connection));
    const lifecycle = ctx.lifecycle;
    const linter = new Linter(ctx);
    // A source that changed lints its dependants again (the scheduler is made just below, before any event).
    this.sources = new Sources(ctx, (uris, change) => this.scheduler.relintDependants(uris, change === 'edited'));
    this.analyzer = new Analyzer(ctx, linter, this.sources);
    this.scheduler = new Scheduler(ctx, this.analyzer);
    this.workspaceLint = new WorkspaceLint(ctx, this.analyzer, linter, this.sources);
    this.actions = new CodeActions(ctx, this.analyzer, () => this.scheduler.relintAll());

    const event = (name: string, run: () => void | Promise<void>): void => lifecycle.event(name, run);
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() =>
      event('initialized', () => {
        this.logStartup();
        this.registerDynamic();
      }),
    );
    connection.onShutdown(() => this.shutdown());
    ctx.docs.listen(
      connection,
      {
        onOpen: (doc) => event('didOpen', () => this.opened(doc)),
        onChange: (doc) =>
          event('didChange', () => {
            this.scheduler.trigger(doc.uri, 'change');
            this.sources.changed(doc.uri);
          }),
        onSave: (doc) => event('didSave', () => this.saved(doc)),
        onClose: (uri) => event('didClose', () => this.closed(uri)),
      },
      () => lifecycle.running,
    );
    connection.onDidChangeConfiguration((params) =>
      event('didChangeConfiguration', () => {
        ctx.settings.changed(params);
        this.scheduler.relintAll();
      }),
    );
    connection.onDidChangeWatchedFiles((params) => event('didChangeWatchedFiles', () => this.watchedFiles(params)));
    connection.onCodeAction(lifecycle.request('textDocument/codeAction', (p) => this.actions.codeActions(p)));
    connection.onHover(lifecycle.request('textDocument/hover', (p) => this.hover(p)));
    connection.onExecuteCommand(lifecycle.request('workspace/executeCommand', (p) => this.actions.executeCommand(p)));
    connection.languages.diagnostics.on(
      lifecycle.request('textDocument/diagnostic', (p, token) => this.scheduler.pull(p, token)),
    );
    // By method name: protocol.ts builds its RequestType with the client's copy of vscode-jsonrpc.
    connection.onRequest(
      LintFilesRequest.method,
      lifecycle.request('copydesk/lintFiles', (p, token) => this.workspaceLint.lintFiles(p, token)),
    );
    // Messages the framing refused (too large): a request gets its error, a document its notice.
    connection.onRequest(REFUSED_REQUEST, (params: unknown) => {
      throw refusedError(params);
    });
    connection.onNotification(REFUSED_NOTIFICATION, (params: unknown) =>
      guardEvent(connection, 'refused message', () => this.refused(params)),
    );
    if (typeof globalThis.gc === 'function') {
      const gc = globalThis.gc;
      // Only in a server started with --expose-gc (the memory tests): the heap after a full collection.
      connection.onRequest(MEMORY_REQUEST, () => {
        gc();
        const { heapUsed, external, arrayBuffers } = process.memoryUsage();
        return { heapUsed, external, arrayBuffers, documents: ctx.docs.all().length };
      });
    }
    connection.onRequest(
      SourceOfRequest.method,
      lifecycle.request('copydesk/sourceOf', (p) => this.sourceOf(p)),
    );
    connection.onRequest(TIMINGS_REQUEST, () => this.analyzer.timings.all());
    // Any other request: LSP's answers before `initialize` and after `shutdown`, else MethodNotFound.
    connection.onRequest((method: string) => {
      throw phaseError(lifecycle.phase, method) ?? new ResponseError(ErrorCodes.MethodNotFound, `Unhandled method ${method}`);
    });
  }

  /** Where the time of recent lints went (lint, convert, serialise). */
  get timings(): Timings {
    return this.analyzer.timings;
  }

  /** Whether `shutdown` came: the exit code is 0 only then. */
  get shutdownReceived(): boolean {
    return this.ctx.lifecycle.phase === 'shut down';
  }

  // ---- lifecycle --------------------------------------------------------------

  private initialize(params: unknown): InitializeResult {
    if (this.ctx.lifecycle.phase !== 'starting') {
      throw new ResponseError(ErrorCodes.InvalidRequest, 'initialize may be sent only once');
    }
    const input = readInitializeParams(params);
    this.ctx.client = input.client;
    this.ctx.options = input.options;
    this.ctx.roots = input.roots;
    this.ctx.settings = new SettingsResolver(this.connection, input.settings, SettingsResolver.canAsk(input.client));
    this.ctx.settings.report(input.problems);
    if (this.start.reader) this.start.reader.maxMessageBytes = maxMessageBytes(input.options.maxDocumentSize);
    this.ctx.lifecycle.phase = 'running';
    return { capabilities: serverCapabilities(input.options), serverInfo: { name: SERVER_NAME, version: serverVersion() } };
  }

  private shutdown(): void {
    const error = phaseError(this.ctx.lifecycle.phase, 'shutdown');
    if (error) throw error;
    this.ctx.lifecycle.phase = 'shut down';
    for (const doc of this.ctx.docs.all()) this.ctx.states.delete(doc.uri);
    this.sources.dispose();
  }

  /** A document message the framing refused: the server's copy cannot follow the editor's any more. */
  private refused(params: unknown): void {
    if (!isObject(params) || typeof params.uri !== 'string') return;
    if (params.method !== 'textDocument/didOpen' && params.method !== 'textDocument/didChange') return;
    const uri = params.uri;
    this.ctx.docs.refuse(uri);
    this.ctx.states.delete(uri);
    if (!this.ctx.options.pull) void this.ctx.publisher.publishDocument(uri, [refusedNotice(params)]);
    else this.scheduler.refresh();
  }

  /** The Output channel's first line: what runs, how it is connected, and which configuration it found. */
  private logStartup(): void {
    const { options, roots, configScope } = this.ctx;
    const configs = roots.map((root) => this.ctx.configFiles.findFor(join(root, 'document'), configScope) ?? `none in ${root}`);
    const found =
      roots.length === 0 ? 'no workspace folder (each document uses the .copydesk.json beside it)' : configs.join(', ');
    this.connection.console.info(
      `copydesk: ${SERVER_NAME} ${serverVersion()} on ${this.start.transport ?? 'an unknown transport'}; ` +
        `${options.pull ? 'pull' : 'push'} diagnostics; ${options.trusted ? 'trusted' : 'untrusted'} workspace; ` +
        `configuration: ${found}`,
    );
  }

  private registerDynamic(): void {
    const workspace = this.ctx.client.workspace;
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

  // ---- document events ----------------------------------------------------------

  private opened(doc: TextDocument): void {
    const state = this.ctx.states.get(doc.uri);
    state.analysis = undefined;
    state.saved = undefined;
    // In pull mode the client pulls for open documents: drop what lintFiles pushed, or it would show twice.
    if (this.ctx.options.pull && this.workspaceLint.has(doc.uri)) void this.ctx.publisher.publishDocument(doc.uri, []);
    this.scheduler.trigger(doc.uri, 'open');
    this.sources.opened(doc.uri);
  }

  private saved(doc: TextDocument): void {
    if (this.ctx.options.pull) this.scheduler.saved(doc.uri);
    else this.scheduler.trigger(doc.uri, 'save');
  }

  private closed(uri: string): void {
    this.ctx.states.delete(uri);
    this.ctx.settings.forget(uri);
    this.sources.closed(uri);
    if (!this.ctx.options.pull) void this.ctx.publisher.publishDocument(uri, []);
    if (this.workspaceLint.has(uri)) void this.workspaceLint.lintFromDisk(uri);
  }

  private watchedFiles(params: unknown): void {
    const changes = isObject(params) && Array.isArray(params.changes) ? (params.changes as unknown[]) : [];
    let relevant = false;
    const paths: string[] = [];
    for (const change of changes) {
      const uri = isObject(change) && typeof change.uri === 'string' ? change.uri : undefined;
      const path = uri ? uriToPath(uri) : undefined;
      if (path && path.endsWith('.copydesk.json')) {
        this.ctx.configFiles.forget(path);
        relevant = true;
      } else if (path) paths.push(path);
    }
    if (relevant) this.scheduler.relintAll();
    // A source file changed on disk: the documents that read it are linted again.
    else this.sources.filesChanged(paths);
  }

  // ---- requests -----------------------------------------------------------------

  /** `copydesk/sourceOf`: the source an open document is checked against, resolved as its lint resolves it. */
  private async sourceOf(params: unknown): Promise<SourceOfResult | null> {
    const doc = this.ctx.docs.get(documentUri(params));
    if (!doc) return null;
    const path = uriToPath(doc.uri);
    const config = path ? this.ctx.configFiles.lookup(path, this.ctx.configScope) : undefined;
    const source = await this.sources.sourceFor(doc, config);
    return source ? Sources.describe(source) : null;
  }

  private async hover(params: unknown): Promise<Hover | null> {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const doc = this.ctx.docs.get(uri);
    if (!doc) return null;
    const analysis = await this.analyzer.analyze(doc);
    if (analysis.version !== doc.version) return null;
    return hoverAt(
      analysis.diagnostics,
      clampPosition(doc, position),
      supportsMarkdownHover(this.ctx.client),
      this.ctx.options.docsBase,
    );
  }
}

/** The debug request of a server started with --expose-gc: heap in use after a full collection. */
export const MEMORY_REQUEST = 'copydesk/debug/memory';

function describeRefused(params: unknown): { what: string; size: string; limit: string } {
  const p = isObject(params) ? params : {};
  const bytes = typeof p.bytes === 'number' ? p.bytes : 0;
  const limit = typeof p.limit === 'number' ? p.limit : 0;
  return { what: typeof p.method === 'string' ? p.method : 'a message', size: formatSize(bytes), limit: formatSize(limit) };
}

function refusedError(params: unknown): ResponseError<void> {
  const { what, size, limit } = describeRefused(params);
  return new ResponseError(
    ErrorCodes.InvalidRequest,
    `${what} refused: the message is ${size}, over the server's limit of ${limit}`,
  );
}

function refusedNotice(params: unknown): Diagnostic {
  const { size, limit } = describeRefused(params);
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: DiagnosticSeverity.Information,
    source: SOURCE,
    message:
      `Copydesk stopped linting this document: a message about it was ${size}, over the limit of ${limit}. ` +
      'Close and reopen it to lint it again, or lint it with the command line: copydesk lint <file>.',
  };
}

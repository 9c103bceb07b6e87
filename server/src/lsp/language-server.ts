/**
 * The language server's wiring: which handler answers which message. The
 * work lives beside it: options.ts (initialize), documents.ts and
 * document-state.ts (the open documents and their analyses), scheduling.ts
 * (when to lint; push or pull), workspace-lint.ts (files from disk),
 * code-actions.ts, hover.ts, publish.ts. Transport-agnostic: server.ts makes
 * the connection.
 */
import {
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  type Connection,
  type Hover,
  type InitializeResult,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LintFilesRequest } from '../protocol';
import { CodeActions, clampPosition } from './code-actions';
import { ServerContext } from './context';
import { Analyzer } from './document-state';
import { uriToPath } from './files';
import { hoverAt } from './hover';
import { guardEvent, guardRequest } from './lifecycle';
import { Linter } from './linting';
import { readInitializeParams, SERVER_NAME, serverCapabilities, serverVersion, supportsMarkdownHover } from './options';
import { Scheduler } from './scheduling';
import { SettingsResolver } from './settings';
import { documentUri, errorMessage, isObject, requirePosition } from './validate';
import { WorkspaceLint } from './workspace-lint';

export function startServer(connection: Connection): CopydeskServer {
  return new CopydeskServer(connection);
}

export class CopydeskServer {
  private readonly ctx: ServerContext;
  private readonly analyzer: Analyzer;
  private readonly scheduler: Scheduler;
  private readonly workspaceLint: WorkspaceLint;
  private readonly actions: CodeActions;

  constructor(private readonly connection: Connection) {
    const ctx = (this.ctx = new ServerContext(connection));
    const linter = new Linter(ctx);
    this.analyzer = new Analyzer(ctx, linter);
    this.scheduler = new Scheduler(ctx, this.analyzer);
    this.workspaceLint = new WorkspaceLint(ctx, this.analyzer, linter);
    this.actions = new CodeActions(ctx, this.analyzer);

    const event = (name: string, run: () => void | Promise<void>): void => guardEvent(connection, name, run);
    connection.onInitialize((params) => this.initialize(params));
    connection.onInitialized(() => this.registerDynamic());
    ctx.docs.listen(connection, {
      onOpen: (doc) => event('didOpen', () => this.opened(doc)),
      onChange: (doc) => event('didChange', () => this.scheduler.trigger(doc.uri, 'change')),
      onSave: (doc) => event('didSave', () => this.saved(doc)),
      onClose: (uri) => event('didClose', () => this.closed(uri)),
    });
    connection.onDidChangeConfiguration((params) =>
      event('didChangeConfiguration', () => {
        ctx.settings.changed(params);
        this.scheduler.relintAll();
      }),
    );
    connection.onDidChangeWatchedFiles((params) => event('didChangeWatchedFiles', () => this.watchedFiles(params)));
    connection.onCodeAction(guardRequest(connection, 'textDocument/codeAction', (p) => this.actions.codeActions(p)));
    connection.onHover(guardRequest(connection, 'textDocument/hover', (p) => this.hover(p)));
    connection.onExecuteCommand(guardRequest(connection, 'workspace/executeCommand', (p) => this.actions.executeCommand(p)));
    connection.languages.diagnostics.on(
      guardRequest(connection, 'textDocument/diagnostic', (p, token) => this.scheduler.pull(p, token)),
    );
    // By method name: protocol.ts builds its RequestType with the client's copy of vscode-jsonrpc.
    connection.onRequest(
      LintFilesRequest.method,
      guardRequest(connection, 'copydesk/lintFiles', (p, token) => this.workspaceLint.lintFiles(p, token)),
    );
  }

  // ---- lifecycle --------------------------------------------------------------

  private initialize(params: unknown): InitializeResult {
    const input = readInitializeParams(params);
    this.ctx.client = input.client;
    this.ctx.options = input.options;
    this.ctx.settings = new SettingsResolver(this.connection, input.settings, SettingsResolver.canAsk(input.client));
    this.ctx.settings.report(input.problems);
    return { capabilities: serverCapabilities(input.options), serverInfo: { name: SERVER_NAME, version: serverVersion() } };
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
    if (this.ctx.options.pull && this.workspaceLint.has(doc.uri)) this.ctx.publisher.publishDocument(doc.uri, []);
    this.scheduler.trigger(doc.uri, 'open');
  }

  private saved(doc: TextDocument): void {
    if (this.ctx.options.pull) this.scheduler.saved(doc.uri);
    else this.scheduler.trigger(doc.uri, 'save');
  }

  private closed(uri: string): void {
    this.ctx.states.delete(uri);
    this.ctx.settings.forget(uri);
    if (!this.ctx.options.pull) this.ctx.publisher.publishDocument(uri, []);
    if (this.workspaceLint.has(uri)) void this.workspaceLint.lintFromDisk(uri);
  }

  private watchedFiles(params: unknown): void {
    const changes = isObject(params) && Array.isArray(params.changes) ? (params.changes as unknown[]) : [];
    let relevant = false;
    for (const change of changes) {
      const uri = isObject(change) && typeof change.uri === 'string' ? change.uri : undefined;
      const path = uri ? uriToPath(uri) : undefined;
      if (path && path.endsWith('.copydesk.json')) {
        this.ctx.configFiles.forget(path);
        relevant = true;
      }
    }
    if (relevant) this.scheduler.relintAll();
  }

  // ---- requests -----------------------------------------------------------------

  private async hover(params: unknown): Promise<Hover | null> {
    const uri = documentUri(params);
    const position = requirePosition(params);
    const doc = this.ctx.docs.get(uri);
    if (!doc) return null;
    const analysis = await this.analyzer.analyze(doc);
    if (analysis.version !== doc.version) return null;
    return hoverAt(analysis.diagnostics, clampPosition(doc, position), supportsMarkdownHover(this.ctx.client));
  }
}

/**
 * The VS Code side of Copydesk: starts the bundled language server
 * (dist/server.js) over IPC and adds the commands and the status item.
 * Everything about linting happens in the server.
 */
import * as vscode from 'vscode';
import {
  LanguageClient,
  State,
  TransportKind,
  type LanguageClientOptions,
  type Middleware,
  type ServerOptions,
} from 'vscode-languageclient/node';
import { SERVER_NODE_ARGS, SETTINGS_SECTION, type InitializationOptions, type SourceOfResult } from '../../server/src/protocol';
import { fixAll, lintWorkspace, type FixAllOutcome, type LintWorkspaceSummary } from './commands';
import { SHOW_RULE_DOC_COMMAND, showRuleDoc, withDocLinks, withHoverDocLinks, type ShowRuleDocOutcome } from './docs';
import { documentSelector, mergedRules, readSettings } from './settings';
import {
  COMPARE_COMMAND,
  compareWithSource,
  LINK_COMMAND,
  linkToSource,
  sourceOf,
  type CompareOutcome,
  type LinkOutcome,
} from './sources';
import { StatusItem, type StatusSnapshot } from './status';

/** What `activate` returns: used by the integration tests, and by anyone who wants to drive Copydesk. */
export interface CopydeskApi {
  status(): StatusSnapshot;
  readonly onDidChangeStatus: vscode.Event<StatusSnapshot>;
  /** Resolves once the server runs (rejects if it fails to start). */
  whenRunning(): Promise<void>;
  fixAll(): Promise<FixAllOutcome>;
  lintWorkspace(): Promise<LintWorkspaceSummary>;
  /** Opens a rule's page in the Markdown preview (what the rule links in diagnostics and hovers do). */
  showRuleDoc(rule: string): Promise<ShowRuleDocOutcome>;
  restart(): Promise<void>;
  /** "Copydesk: Compare with Source" on the active editor. */
  compareWithSource(): Promise<CompareOutcome>;
  /** "Copydesk: Link to Source…" on the active editor, with the source given instead of picked. */
  linkToSource(source: vscode.Uri): Promise<LinkOutcome>;
  /** The source the server found for a document (null: none). */
  sourceOf(document: vscode.TextDocument): Promise<SourceOfResult | null>;
  /** What the server was last started with. */
  initializationOptions(): ExtendedInitializationOptions;
}

/** The protocol's options with `trusted` always set: the server then knows whether workspace-supplied patterns may be compiled. */
export interface ExtendedInitializationOptions extends InitializationOptions {
  trusted: boolean;
}

class Controller implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private lastOptions: ExtendedInitializationOptions | undefined;
  private readonly output = vscode.window.createOutputChannel('Copydesk', { log: true });
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/.copydesk.json');
  /** Fires with a document URI each time pushed diagnostics for it are set (Lint Workspace waits on it). */
  private readonly published = new vscode.EventEmitter<string>();
  private readonly status: StatusItem;
  private selectorKey = '';
  private disposed = false;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.status = new StatusItem(documentSelector(), (document) => readSettings(document).enable);
  }

  get api(): CopydeskApi {
    return {
      status: () => this.status.snapshot(),
      onDidChangeStatus: this.status.onDidChange,
      whenRunning: () => this.whenRunning(),
      fixAll: async () => fixAll(await this.runningClient()),
      lintWorkspace: async () => lintWorkspace(await this.runningClient(), this.published.event),
      showRuleDoc: (rule) => showRuleDoc(this.context.extensionUri, rule),
      restart: () => this.restart(),
      compareWithSource: async () => compareWithSource(await this.runningClient()),
      linkToSource: (source) => linkToSource(source),
      sourceOf: async (document) => sourceOf(await this.runningClient(), document),
      initializationOptions: () => this.lastOptions ?? this.initializationOptions(),
    };
  }

  registerCommands(): vscode.Disposable[] {
    return [
      vscode.commands.registerCommand('copydesk.fixAll', async () => {
        const outcome = await fixAll(await this.runningClient());
        if (outcome === 'nothing-to-fix') void vscode.window.showInformationMessage('Copydesk: nothing to fix here.');
        return outcome;
      }),
      vscode.commands.registerCommand('copydesk.restartServer', () => this.restart()),
      vscode.commands.registerCommand('copydesk.showOutput', () => this.output.show(true)),
      vscode.commands.registerCommand('copydesk.lintWorkspace', async () =>
        lintWorkspace(await this.runningClient(), this.published.event),
      ),
      vscode.commands.registerCommand(SHOW_RULE_DOC_COMMAND, (rule?: unknown) => showRuleDoc(this.context.extensionUri, rule)),
      vscode.commands.registerCommand(COMPARE_COMMAND, async () => compareWithSource(await this.runningClient())),
      vscode.commands.registerCommand(LINK_COMMAND, (source?: unknown) => linkToSource(source)),
      vscode.workspace.onDidChangeConfiguration((event) => {
        // The document selector is fixed for a client's life: a new language list needs a new client.
        if (event.affectsConfiguration(`${SETTINGS_SECTION}.languages`) && documentKey() !== this.selectorKey) {
          this.status.setSelector(documentSelector());
          void this.restart();
        }
      }),
      vscode.workspace.onDidChangeWorkspaceFolders(() => {
        if (documentKey() === this.selectorKey) return;
        this.status.setSelector(documentSelector());
        void this.restart();
      }),
      // Trust lifts the limits of an untrusted workspace: restart so the server compiles the workspace's patterns.
      vscode.workspace.onDidGrantWorkspaceTrust(() => void this.restart()),
    ];
  }

  start(): Promise<void> {
    if (this.starting) return this.starting;
    const client = this.createClient();
    this.client = client;
    this.status.setState('starting');
    client.onDidChangeState((event) => {
      if (this.client !== client) return;
      if (event.newState === State.Running) this.status.setState('running');
      else if (event.newState === State.Starting) this.status.setState('starting');
      else this.status.setState('stopped');
    });
    this.starting = client.start().then(
      () => {
        const info = client.initializeResult?.serverInfo;
        this.output.info(`Server: ${info ? `${info.name} ${info.version ?? ''}`.trim() : 'running'}`);
        this.status.setState('running');
      },
      (error: unknown) => {
        const message = error instanceof Error ? error.message : String(error);
        this.output.error(`The Copydesk server did not start: ${message}`);
        this.status.setState('stopped', `The language server did not start: ${message}`);
        throw error;
      },
    );
    return this.starting;
  }

  async restart(): Promise<void> {
    const old = this.client;
    this.client = undefined;
    this.starting = undefined;
    if (old) {
      this.status.setState('stopped', 'Restarting');
      try {
        await old.dispose(5000);
      } catch (error) {
        this.output.warn(`Stopping the server: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    if (this.disposed) return;
    this.output.info('Restarting the Copydesk server');
    await this.start();
  }

  private whenRunning(): Promise<void> {
    return this.starting ?? this.start();
  }

  private async runningClient(): Promise<LanguageClient> {
    await this.whenRunning();
    if (!this.client) throw new Error('Copydesk: the server is not running');
    return this.client;
  }

  private initializationOptions(): ExtendedInitializationOptions {
    return { ...readSettings(), trusted: vscode.workspace.isTrusted };
  }

  private createClient(): LanguageClient {
    const module = this.context.asAbsolutePath('dist/server.js');
    // The channel's first line: what runs, so that a bug report says it.
    const version = (this.context.extension.packageJSON as { version?: string }).version ?? '?';
    this.output.info(`Copydesk ${version}, VS Code ${vscode.version}: starting the language server (${module})`);
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS] } },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6019'] } },
    };
    const selector = documentSelector();
    this.selectorKey = JSON.stringify(selector);
    const clientOptions: LanguageClientOptions = {
      documentSelector: selector,
      outputChannel: this.output,
      diagnosticCollectionName: 'copydesk',
      synchronize: { configurationSection: SETTINGS_SECTION, fileEvents: this.watcher },
      middleware: this.middleware(),
      // A function, so that each restart sends the settings and trust of that moment.
      initializationOptions: () => {
        this.lastOptions = this.initializationOptions();
        return this.lastOptions;
      },
    };
    return new LanguageClient('copydesk', 'Copydesk', serverOptions, clientOptions);
  }

  /**
   * Rule links open the rendered page in VS Code (see docs.ts); the settings
   * the server asks for carry the per-rule settings merged into `rules`; and
   * every pushed diagnostics set is announced (for Lint Workspace's count).
   */
  private middleware(): Middleware {
    return {
      handleDiagnostics: (uri, diagnostics, next) => {
        next(uri, withDocLinks(diagnostics));
        this.published.fire(uri.toString());
      },
      provideDiagnostics: async (document, previousResultId, token, next) => {
        const report = await next(document, previousResultId, token);
        if (report && 'items' in report) withDocLinks(report.items);
        for (const related of Object.values((report && report.relatedDocuments) ?? {})) {
          if ('items' in related) withDocLinks(related.items);
        }
        return report;
      },
      provideHover: async (document, position, token, next) => {
        const hover = await next(document, position, token);
        if (hover) hover.contents = hover.contents.map(withHoverDocLinks);
        return hover;
      },
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return answers.map((answer: unknown, n) => {
            const item = params.items[n];
            if (item?.section !== SETTINGS_SECTION || typeof answer !== 'object' || answer === null) return answer;
            const scope = item.scopeUri ? vscode.Uri.parse(item.scopeUri) : undefined;
            const { rule: _perRule, ...settings } = answer as Record<string, unknown>;
            return { ...settings, rules: mergedRules(vscode.workspace.getConfiguration(SETTINGS_SECTION, scope)) };
          });
        },
      },
    };
  }

  async stop(): Promise<void> {
    this.disposed = true;
    const client = this.client;
    this.client = undefined;
    if (client) await client.dispose(5000);
  }

  dispose(): void {
    this.published.dispose();
    this.status.dispose();
    this.watcher.dispose();
    this.output.dispose();
  }
}

function documentKey(): string {
  return JSON.stringify(documentSelector());
}

let controller: Controller | undefined;

export function activate(context: vscode.ExtensionContext): CopydeskApi {
  controller = new Controller(context);
  context.subscriptions.push(controller, ...controller.registerCommands());
  // A failed start is logged and shown in the status item; the restart command retries.
  controller.start().catch(() => undefined);
  return controller.api;
}

export async function deactivate(): Promise<void> {
  const c = controller;
  controller = undefined;
  await c?.stop();
}

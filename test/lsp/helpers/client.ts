/**
 * A small LSP client for the protocol tests: it spawns the built server,
 * speaks real JSON-RPC over the child's stdio (or IPC, or a socket), keeps
 * its own copy of each open document, applies workspace edits the way an
 * editor would (and sends the matching incremental changes), and waits on
 * events with a timeout: never on the clock alone.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  createMessageConnection,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
  type MessageReader,
  type MessageWriter,
} from 'vscode-jsonrpc/node';
import type {
  ClientCapabilities,
  CodeAction,
  ConfigurationItem,
  Diagnostic,
  Hover,
  InitializeResult,
  LogMessageParams,
  Position,
  PublishDiagnosticsParams,
  Range,
  ShowMessageParams,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver-protocol';

/** The bundle under test; COPYDESK_SERVER points elsewhere (for example at a development build). */
export const SERVER_PATH = process.env.COPYDESK_SERVER ?? resolve(__dirname, '../../../../dist/server.js');
export const REPO_ROOT = resolve(__dirname, '../../../..');
export const FIXTURES = resolve(REPO_ROOT, 'test/fixtures/lsp');

export const DEFAULT_TIMEOUT_MS = 10_000;

/** What VS Code-like clients declare, minus pull diagnostics (so the server pushes). */
export function pushCapabilities(): ClientCapabilities {
  return {
    workspace: {
      configuration: true,
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'] },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true },
    },
    textDocument: {
      synchronization: { didSave: true, dynamicRegistration: false },
      publishDiagnostics: { relatedInformation: true, versionSupport: true, codeDescriptionSupport: true, dataSupport: true },
      codeAction: {
        codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll'] } },
        isPreferredSupport: true,
        dataSupport: true,
      },
      hover: { contentFormat: ['markdown', 'plaintext'] },
    },
    window: { workDoneProgress: true },
  };
}

/** What VS Code declares: pull diagnostics (so the server waits to be asked) and `workspace/diagnostic/refresh`. */
export function pullCapabilities(): ClientCapabilities {
  const caps = pushCapabilities();
  caps.textDocument = { ...caps.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } };
  caps.workspace = { ...caps.workspace, diagnostics: { refreshSupport: true } };
  return caps;
}

// ---- text and edits --------------------------------------------------------------

/** The next line break at or after `from`: its offset and the offset just after it, or undefined. */
function nextBreak(text: string, from: number): { at: number; end: number } | undefined {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) return { at: i, end: i + 1 };
    if (c === 13) return { at: i, end: text.charCodeAt(i + 1) === 10 ? i + 2 : i + 1 };
  }
  return undefined;
}

/** UTF-16 offset of an LSP position (clamped to the line, as LSP says). */
export function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) {
    const br = nextBreak(text, offset);
    if (!br) return text.length;
    offset = br.end;
  }
  const lineEnd = nextBreak(text, offset)?.at ?? text.length;
  return Math.max(offset, Math.min(offset + position.character, lineEnd));
}

export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let br = nextBreak(text, 0); br && br.end <= offset; br = nextBreak(text, br.end)) {
    line++;
    lineStart = br.end;
  }
  return { line, character: offset - lineStart };
}

/** The text a range covers. */
export function textAt(text: string, range: Range): string {
  return text.slice(offsetAt(text, range.start), offsetAt(text, range.end));
}

/** Applies LSP edits that all refer to `text` (as one TextDocumentEdit does). Throws on overlap. */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
  const spans = edits
    .map((e) => ({ start: offsetAt(text, e.range.start), end: offsetAt(text, e.range.end), newText: e.newText }))
    .sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  for (const s of spans) {
    if (s.start < pos) throw new Error(`overlapping edits at offset ${s.start}`);
    out += text.slice(pos, s.start) + s.newText;
    pos = s.end;
  }
  return out + text.slice(pos);
}

/** The edits of a WorkspaceEdit, per document URI, with the version each TextDocumentEdit names (files created skipped). */
export function editsByUri(edit: WorkspaceEdit): Map<string, { version?: number | null; edits: TextEdit[] }> {
  const out = new Map<string, { version?: number | null; edits: TextEdit[] }>();
  for (const change of edit.documentChanges ?? []) {
    if ('kind' in change) {
      if (change.kind === 'create') continue;
      throw new Error(`unexpected resource operation: ${JSON.stringify(change)}`);
    }
    const entry = out.get(change.textDocument.uri) ?? { version: change.textDocument.version, edits: [] };
    for (const e of change.edits) {
      // A snippet edit applies as its text would be typed: the placeholder's default stays.
      entry.edits.push('snippet' in e ? { range: e.range, newText: snippetText(e.snippet.value) } : e);
    }
    out.set(change.textDocument.uri, entry);
  }
  for (const [uri, edits] of Object.entries(edit.changes ?? {})) {
    const entry = out.get(uri) ?? { edits: [] };
    entry.edits.push(...edits);
    out.set(uri, entry);
  }
  return out;
}

/** The text a snippet inserts when nothing is typed: tab stops gone, placeholders' defaults kept, escapes undone. */
export function snippetText(snippet: string): string {
  return snippet.replace(
    /\\([\\$}])|\$\{\d+:((?:\\.|[^}\\])*)\}|\$\d+/g,
    (_m, escaped: string | undefined, inner: string | undefined) => escaped ?? (inner ?? '').replace(/\\([\\$}])/g, '$1'),
  );
}

/** The files a WorkspaceEdit creates. */
export function createdFiles(edit: WorkspaceEdit): string[] {
  return (edit.documentChanges ?? []).flatMap((c) => ('kind' in c && c.kind === 'create' ? [c.uri] : []));
}

// ---- the client ------------------------------------------------------------------

export interface StartOptions {
  args?: string[];
  env?: NodeJS.ProcessEnv;
  /** Options for node itself, before the server script (for example `--expose-gc`). */
  nodeArgs?: string[];
}

export interface InitOptions {
  capabilities?: ClientCapabilities;
  initializationOptions?: unknown;
  rootUri?: string | null;
}

interface OpenDoc {
  languageId: string;
  version: number;
  text: string;
  /** The same text with its line offsets, kept in step by `edit` (rebuilt if a test sets `text` itself). */
  index?: TextDocument;
}

/** The document's text with line offsets, for positions in O(log lines) rather than a scan of the text. */
function indexed(doc: OpenDoc): TextDocument {
  if (!doc.index || doc.index.getText() !== doc.text) doc.index = TextDocument.create('file:///index', 'plaintext', 0, doc.text);
  return doc.index;
}

export class TestClient {
  readonly events = new EventEmitter();
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shown: ShowMessageParams[] = [];
  readonly logs: LogMessageParams[] = [];
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  readonly configurationRequests: ConfigurationItem[][] = [];
  readonly progress: { token: unknown; value: unknown }[] = [];
  readonly refreshRequests: number[] = [];
  readonly docs = new Map<string, OpenDoc>();
  stderr = '';
  /** Background sends that failed (the server had gone). */
  readonly sendErrors: string[] = [];
  /** Answers `workspace/configuration` items; the default answers null (no settings). */
  configuration: (item: ConfigurationItem) => unknown = () => null;
  /** Whether `workspace/applyEdit` requests succeed. */
  acceptEdits = true;
  private readonly exit: Promise<number | null>;

  constructor(
    readonly connection: MessageConnection,
    readonly child: ChildProcess,
  ) {
    this.exit = new Promise((res) => child.once('exit', (code) => res(code)));
    // A write to a server that has exited fails the write, not the test process.
    child.stdin?.on('error', (error) => this.sendErrors.push(String(error)));
    child.stderr?.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.events.emit('diagnostics', params);
    });
    connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.shown.push(params);
      this.events.emit('showMessage', params);
    });
    connection.onNotification('window/logMessage', (params: LogMessageParams) => {
      this.logs.push(params);
      this.events.emit('log', params);
    });
    connection.onNotification('$/progress', (params: { token: unknown; value: unknown }) => {
      this.progress.push(params);
      this.events.emit('progress', params);
    });
    connection.onRequest('workspace/configuration', (params: { items: ConfigurationItem[] }) => {
      this.configurationRequests.push(params.items);
      this.events.emit('configuration', params.items);
      return params.items.map((item) => this.configuration(item));
    });
    connection.onRequest(
      'client/registerCapability',
      (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
        this.registrations.push(...params.registrations);
        this.events.emit('register', params.registrations);
        return null;
      },
    );
    connection.onRequest('window/workDoneProgress/create', () => null);
    connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshRequests.push(Date.now());
      this.events.emit('refresh');
      return null;
    });
    connection.onRequest(
      'workspace/applyEdit',
      (params: { edit: WorkspaceEdit }): { applied: boolean; failureReason?: string } => {
        this.events.emit('applyEdit', params.edit);
        if (!this.acceptEdits) return { applied: false, failureReason: 'refused by the test' };
        this.applyWorkspaceEdit(params.edit);
        return { applied: true };
      },
    );
    connection.listen();
  }

  /** Spawns `node <server> --stdio` (or other args) and connects over its stdio. */
  static spawn(options: StartOptions = {}): TestClient {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), SERVER_PATH, ...(options.args ?? ['--stdio'])], {
      stdio: ['pipe', 'pipe', 'pipe'],
      env: { ...process.env, ...options.env },
    });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    return new TestClient(connection, child);
  }

  static over(reader: MessageReader, writer: MessageWriter, child: ChildProcess): TestClient {
    return new TestClient(createMessageConnection(reader, writer), child);
  }

  async initialize(options: InitOptions = {}): Promise<InitializeResult> {
    const result: InitializeResult = await this.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: options.rootUri ?? null,
      capabilities: options.capabilities ?? pushCapabilities(),
      initializationOptions: options.initializationOptions,
      clientInfo: { name: 'copydesk-test-client' },
    });
    await this.connection.sendNotification('initialized', {});
    return result;
  }

  request<R>(method: string, params?: unknown): Promise<R> {
    return this.connection.sendRequest<R>(method, params);
  }

  notify(method: string, params?: unknown): Promise<void> {
    return this.connection.sendNotification(method, params);
  }

  /** Writes raw bytes to the server's stdin (for malformed frames). */
  writeRaw(data: string | Uint8Array): void {
    this.child.stdin?.write(data);
  }

  /** Writes raw bytes and resolves once the pipe has taken them (for messages of many megabytes). */
  writeRawAndDrain(data: string | Uint8Array): Promise<void> {
    return new Promise((res, rej) => {
      const stdin = this.child.stdin;
      if (!stdin) {
        rej(new Error('no stdin'));
        return;
      }
      stdin.write(data, (error) => (error ? rej(error) : res()));
    });
  }

  // ---- documents ----

  text(uri: string): string {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc.text;
  }

  version(uri: string): number {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return doc.version;
  }

  async open(uri: string, languageId: string, text: string, version = 1): Promise<void> {
    this.docs.set(uri, { languageId, version, text });
    await this.notify('textDocument/didOpen', { textDocument: { uri, languageId, version, text } });
  }

  async close(uri: string): Promise<void> {
    this.docs.delete(uri);
    await this.notify('textDocument/didClose', { textDocument: { uri } });
  }

  async save(uri: string): Promise<void> {
    await this.notify('textDocument/didSave', { textDocument: { uri } });
  }

  /** Incremental edits that all refer to the current text; sent last-first, as editors do. Returns the new version. */
  async edit(uri: string, edits: readonly TextEdit[]): Promise<number> {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    const index = indexed(doc);
    const spans = edits
      .map((e) => ({ e, start: index.offsetAt(e.range.start), end: index.offsetAt(e.range.end) }))
      .sort((a, b) => b.start - a.start || b.end - a.end);
    for (let i = 1; i < spans.length; i++) {
      if ((spans[i]?.end ?? 0) > (spans[i - 1]?.start ?? 0))
        throw new Error(`overlapping edits at offset ${spans[i - 1]?.start}`);
    }
    const ordered = spans.map((s) => s.e);
    // Last first, as editors send them: each change's range still refers to the text the edits were made for.
    doc.index = TextDocument.update(
      index,
      ordered.map((e) => ({ range: e.range, text: e.newText })),
      doc.version + 1,
    );
    doc.text = doc.index.getText();
    doc.version++;
    await this.notify('textDocument/didChange', {
      textDocument: { uri, version: doc.version },
      contentChanges: ordered.map((e) => ({ range: e.range, text: e.newText })),
    });
    return doc.version;
  }

  /** The position of `offset` in the open document (fast on large documents). */
  positionOf(uri: string, offset: number): Position {
    const doc = this.docs.get(uri);
    if (!doc) throw new Error(`not open: ${uri}`);
    return indexed(doc).positionAt(offset);
  }

  /** Replaces `oldText` (its first occurrence) with `newText`, as one incremental change. */
  async replace(uri: string, oldText: string, newText: string): Promise<number> {
    const text = this.text(uri);
    const at = text.indexOf(oldText);
    if (at === -1) throw new Error(`"${oldText}" not in ${uri}`);
    return this.edit(uri, [{ range: { start: positionAt(text, at), end: positionAt(text, at + oldText.length) }, newText }]);
  }

  /**
   * Applies a WorkspaceEdit as an editor does: files it creates are created on disk, open documents are edited
   * (versions checked) and their changes sent, other files are edited on disk.
   */
  applyWorkspaceEdit(edit: WorkspaceEdit): void {
    for (const uri of createdFiles(edit)) {
      const path = fileURLToPath(uri);
      if (existsSync(path)) throw new Error(`create: ${path} exists`);
      writeFileSync(path, '');
    }
    for (const [uri, { version, edits }] of editsByUri(edit)) {
      const doc = this.docs.get(uri);
      if (!doc) {
        if (!uri.startsWith('file:')) throw new Error(`edit for a document that is not open: ${uri}`);
        const path = fileURLToPath(uri);
        writeFileSync(path, applyTextEdits(readFileSync(path, 'utf8'), edits));
        continue;
      }
      if (version !== undefined && version !== null && version !== doc.version) {
        throw new Error(`edit for version ${version} of ${uri}, which is at version ${doc.version}`);
      }
      // Sent in the background, as an editor does; a send that fails once the test has ended is only recorded.
      this.edit(uri, edits).catch((error: unknown) => this.sendErrors.push(String(error)));
    }
  }

  /** Applies a code action as an editor does: its edit, then its command (if any) on the server. */
  async applyCodeAction(action: CodeAction): Promise<void> {
    if (action.edit) this.applyWorkspaceEdit(action.edit);
    if (action.command) {
      await this.request('workspace/executeCommand', {
        command: action.command.command,
        arguments: action.command.arguments ?? [],
      });
    }
  }

  // ---- waiting ----

  /** Resolves with the first event (past ones included, if `history` is given) that passes `test`. */
  waitFor<T>(
    event: string,
    test: (value: T) => boolean,
    what: string,
    history: readonly T[] = [],
    timeoutMs = DEFAULT_TIMEOUT_MS,
  ): Promise<T> {
    const seen = history.find(test);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise<T>((res, rej) => {
      const listener = (value: T): void => {
        if (!test(value)) return;
        clearTimeout(timer);
        this.events.off(event, listener);
        res(value);
      };
      const timer = setTimeout(() => {
        this.events.off(event, listener);
        rej(
          new Error(
            `timed out after ${timeoutMs} ms waiting for ${what}\nserver stderr:\n${this.stderr}\nlogs:\n${this.logs.map((l) => l.message).join('\n')}`,
          ),
        );
      }, timeoutMs);
      this.events.on(event, listener);
    });
  }

  /** The diagnostics published for `uri` at `version` (a publish already received counts). */
  diagnosticsFor(uri: string, version?: number, timeoutMs?: number): Promise<PublishDiagnosticsParams> {
    const v = version ?? this.docs.get(uri)?.version;
    return this.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === uri && (v === undefined || p.version === v),
      `diagnostics for ${uri}${v === undefined ? '' : ` version ${v}`}`,
      this.published,
      timeoutMs,
    );
  }

  /** The next publish for `uri` that passes `test`, ignoring earlier ones. */
  nextDiagnostics(
    uri: string,
    test: (p: PublishDiagnosticsParams) => boolean = () => true,
    timeoutMs?: number,
  ): Promise<PublishDiagnosticsParams> {
    return this.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === uri && test(p),
      `diagnostics for ${uri}`,
      [],
      timeoutMs,
    );
  }

  codeActions(uri: string, range: Range, diagnostics: Diagnostic[] = [], only?: string[]): Promise<CodeAction[] | null> {
    return this.request('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: only ? { diagnostics, only } : { diagnostics },
    });
  }

  hover(uri: string, position: Position): Promise<Hover | null> {
    return this.request('textDocument/hover', { textDocument: { uri }, position });
  }

  /** shutdown + exit; resolves with the process exit code. */
  async shutdown(): Promise<number | null> {
    await this.request('shutdown');
    await this.notify('exit');
    const code = await this.exited();
    this.connection.dispose();
    return code;
  }

  exited(timeoutMs = DEFAULT_TIMEOUT_MS): Promise<number | null> {
    return new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error('the server did not exit')), timeoutMs);
      void this.exit.then((code) => {
        clearTimeout(timer);
        res(code);
      });
    });
  }

  /** Ends the server whatever state it is in (test cleanup). */
  kill(): void {
    this.connection.dispose();
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill();
  }
}

/** The Copydesk diagnostics of one rule. */
export function ofRule(diagnostics: readonly Diagnostic[], rule: string): Diagnostic[] {
  return diagnostics.filter((d) => d.code === rule);
}

export function messageOf(d: Diagnostic): string {
  return typeof d.message === 'string' ? d.message : d.message.value;
}

/** A stable description of a diagnostic, for "nothing else changed" comparisons. */
export function describeDiagnostic(text: string, d: Diagnostic): string {
  return `${String(d.code)}|${textAt(text, d.range)}|${messageOf(d)}|${d.severity}`;
}

/**
 * What `initialize` settles once for the server's life: the client's
 * capabilities, the initialization options (checked, with readable problems),
 * and the capabilities the server declares in return.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import {
  CodeActionKind,
  MarkupKind,
  PositionEncodingKind,
  TextDocumentSyncKind,
  type ClientCapabilities,
  type ServerCapabilities,
} from 'vscode-languageserver';
import { CONFIG_EDITED_COMMAND, FIX_ALL_COMMAND, type InitializationOptions, type Settings } from '../protocol';
import { FIX_ALL_KIND } from './actions';
import { defaultDocsBase, SOURCE } from './convert';
import { uriToPath } from './files';
import { settingsFromInitOptions } from './settings';
import { isObject } from './validate';

export const SERVER_NAME = 'copydesk-language-server';
export const DEFAULT_DEBOUNCE_MS = 10;
export const DEFAULT_MAX_DOCUMENT_SIZE = 5 * 1024 * 1024;
/** Room for a message's JSON around the document text (URI, method, ids): generous, as URIs can be long. */
const MESSAGE_ENVELOPE_BYTES = 1024 * 1024;
/**
 * The longest JSON-RPC message read. A document at the size limit, sent whole in `didOpen` or a full `didChange`,
 * takes at most 6 bytes per UTF-16 code unit (a control character is written `\u0001`), plus the envelope: 5 MiB of
 * text needs at most 30 MiB. Anything longer is refused as it streams past (framing.ts).
 */
export function maxMessageBytes(maxDocumentSize: number): number {
  return 6 * maxDocumentSize + MESSAGE_ENVELOPE_BYTES;
}
export const DEFAULT_MAX_MESSAGE_BYTES = maxMessageBytes(DEFAULT_MAX_DOCUMENT_SIZE);
/** The longest debounce a client may ask for: longer would look like a server that stopped. */
const MAX_DEBOUNCE_MS = 10_000;

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

export interface ServerOptions {
  pull: boolean;
  /** False in an untrusted workspace: `.copydesk.json` rule options are dropped. */
  trusted: boolean;
  debounceMs: number;
  /**
   * The client set `debounceMs` itself: it is used as given. Otherwise the debounce adapts to the document: never
   * longer than its last lint took (see scheduling.ts).
   */
  debounceFixed: boolean;
  docsBase: string;
  /**
   * The docs base for the diagnostics' `codeDescription` links, or undefined when the client does not declare
   * `codeDescriptionSupport`: a client that shows no link is not sent one. With installed docs the link is a third of a
   * 1 MB document's publish (550 KB of 1.6 MB, sent again on every edit). Hovers link the rule's page either way.
   */
  diagnosticDocsBase: string | undefined;
  maxDocumentSize: number;
}

export const DEFAULT_OPTIONS: ServerOptions = {
  pull: false,
  trusted: true,
  debounceMs: DEFAULT_DEBOUNCE_MS,
  debounceFixed: false,
  docsBase: '',
  diagnosticDocsBase: undefined,
  maxDocumentSize: DEFAULT_MAX_DOCUMENT_SIZE,
};

export interface InitializeInput {
  client: ClientCapabilities;
  options: ServerOptions;
  /** Settings given in initializationOptions: the layer under `workspace/configuration`. */
  settings: Partial<Settings>;
  /** Readable problems with the initialization options, to log once. */
  problems: string[];
  /** The workspace folders as paths (workspaceFolders, else rootUri, else rootPath). */
  roots: string[];
}

function workspaceRoots(p: Record<string, unknown>): string[] {
  const roots: string[] = [];
  if (Array.isArray(p.workspaceFolders)) {
    for (const folder of p.workspaceFolders as unknown[]) {
      const path = isObject(folder) && typeof folder.uri === 'string' ? uriToPath(folder.uri) : undefined;
      if (path) roots.push(path);
    }
  }
  if (roots.length === 0 && typeof p.rootUri === 'string') {
    const path = uriToPath(p.rootUri);
    if (path) roots.push(path);
  }
  if (roots.length === 0 && typeof p.rootPath === 'string' && isAbsolute(p.rootPath)) roots.push(p.rootPath);
  return roots;
}

/** Reads `initialize` params of any shape: what is wrong is a problem to log, never an exception. */
export function readInitializeParams(params: unknown): InitializeInput {
  const p = isObject(params) ? params : {};
  const client: ClientCapabilities = isObject(p.capabilities) ? p.capabilities : {};
  const init = (isObject(p.initializationOptions) ? p.initializationOptions : {}) as InitializationOptions;
  const problems: string[] = [];
  const settings = settingsFromInitOptions(init, problems);
  const pullSupported = isObject(client.textDocument?.diagnostic);
  const mode = init.diagnosticMode;
  if (mode !== undefined && mode !== 'auto' && mode !== 'push' && mode !== 'pull')
    problems.push('initializationOptions: "diagnosticMode" must be "auto", "push" or "pull"; using "auto"');
  if (mode === 'pull' && !pullSupported) problems.push('diagnosticMode "pull" asked, but the client cannot pull: pushing');
  const debounce = init.debounceMs;
  const debounceOk = typeof debounce === 'number' && debounce >= 0 && debounce <= MAX_DEBOUNCE_MS;
  if (debounce !== undefined && !debounceOk)
    problems.push(`initializationOptions: "debounceMs" must be a number of milliseconds (0 to ${MAX_DEBOUNCE_MS})`);
  const maxSize = init.maxDocumentSize;
  if (maxSize !== undefined && !(typeof maxSize === 'number' && maxSize > 0))
    problems.push('initializationOptions: "maxDocumentSize" must be a positive number');
  if (init.docsBaseUrl !== undefined && (typeof init.docsBaseUrl !== 'string' || init.docsBaseUrl === ''))
    problems.push('initializationOptions: "docsBaseUrl" must be a non-empty string');
  if (init.trusted !== undefined && typeof init.trusted !== 'boolean')
    problems.push('initializationOptions: "trusted" must be true or false; treating the workspace as untrusted');
  const docsBase = typeof init.docsBaseUrl === 'string' && init.docsBaseUrl !== '' ? init.docsBaseUrl : defaultDocsBase();
  const options: ServerOptions = {
    pull: pullSupported && mode !== 'push',
    trusted: init.trusted === undefined || init.trusted === true,
    debounceMs: debounceOk ? debounce : DEFAULT_DEBOUNCE_MS,
    debounceFixed: debounceOk,
    docsBase,
    diagnosticDocsBase: client.textDocument?.publishDiagnostics?.codeDescriptionSupport === true ? docsBase : undefined,
    maxDocumentSize: typeof maxSize === 'number' && maxSize > 0 ? maxSize : DEFAULT_MAX_DOCUMENT_SIZE,
  };
  return { client, options, settings, problems, roots: workspaceRoots(p) };
}

export function serverCapabilities(options: ServerOptions): ServerCapabilities {
  const capabilities: ServerCapabilities = {
    positionEncoding: PositionEncodingKind.UTF16,
    textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND], resolveProvider: false },
    hoverProvider: true,
    executeCommandProvider: { commands: [FIX_ALL_COMMAND, CONFIG_EDITED_COMMAND] },
  };
  if (options.pull) {
    capabilities.diagnosticProvider = { identifier: SOURCE, interFileDependencies: false, workspaceDiagnostics: false };
  }
  return capabilities;
}

/** Whether the client applies `documentChanges` (versioned edits) rather than plain `changes`. */
export function supportsDocumentChanges(client: ClientCapabilities): boolean {
  return client.workspace?.workspaceEdit?.documentChanges === true;
}

/** Whether hovers may be Markdown (a client that names no formats gets Markdown, as most render it). */
export function supportsMarkdownHover(client: ClientCapabilities): boolean {
  const formats = client.textDocument?.hover?.contentFormat;
  return !Array.isArray(formats) || formats.includes(MarkupKind.Markdown);
}

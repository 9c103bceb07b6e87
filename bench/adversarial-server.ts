/**
 * Times one hostile document through the language server, as an editor
 * meets it: start `node <server> --stdio`, open the document, wait for its
 * diagnostics, make a one-character edit in the middle, wait for the
 * diagnostics of that version. Every wait has a limit; nothing here throws.
 * The adversarial benchmark uses it, and the server's abuse tests may too.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type Settings } from '../server/src/protocol';
import { positionAt, type PublishParams } from './lsp';

export interface ServerTiming {
  /** From didOpen to the first diagnostics; null when they did not come within the limit. */
  openMs: number | null;
  /** From the one-character didChange to diagnostics of its version; null on a timeout. */
  editMs: number | null;
  diagnostics: number | null;
  /** Why a timing is missing (a timeout, the server exiting). */
  error?: string;
}

/** An offset near the middle that splits neither a surrogate pair nor a CRLF. */
export function middleOffset(text: string): number {
  let at = text.length >> 1;
  while (at > 0 && at < text.length) {
    const before = text.charCodeAt(at - 1);
    const after = text.charCodeAt(at);
    const splitsPair = before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
    const splitsCrlf = before === 13 && after === 10;
    if (!splitsPair && !splitsCrlf) break;
    at++;
  }
  return at;
}

function within<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(reason)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface ServerTimingOptions {
  /** Path of the bundled server (dist/server.js). */
  serverPath: string;
  text: string;
  languageId: string;
  /** Limit for each wait (open, edit), in milliseconds. */
  limitMs: number;
  /** Settings the server reads; defaults to the shipped defaults. */
  settings?: Settings;
}

export async function timeThroughServer(options: ServerTimingOptions): Promise<ServerTiming> {
  const { serverPath, text, languageId, limitMs } = options;
  const settings = options.settings ?? DEFAULT_SETTINGS;
  if (!existsSync(serverPath)) return { openMs: null, editMs: null, diagnostics: null, error: `${serverPath} is missing` };
  const child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<never>((_, reject) => {
    child.on('error', (error) => reject(new Error(`could not start the server: ${error.message}`)));
    child.on('exit', (code, signal) =>
      reject(new Error(`the server exited (code ${code}, signal ${signal}) ${stderr.trim().split('\n').pop() ?? ''}`)),
    );
  });
  exited.catch(() => undefined);
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onError(() => undefined);
  connection.onClose(() => undefined);
  const uri = `file:///adversarial/document.${languageId === 'markdown' ? 'md' : 'txt'}`;
  const waiters = new Map<number, (count: number) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishParams) => {
    if (params.uri !== uri || typeof params.version !== 'number') return;
    waiters.get(params.version)?.(params.diagnostics.length);
    waiters.delete(params.version);
  });
  connection.onRequest((method: string, params: unknown) => {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: { section?: string }[] }).items ?? [];
      return items.map((item) => (item.section === SETTINGS_SECTION ? settings : null));
    }
    return null;
  });
  connection.listen();
  const waitFor = (version: number, what: string): Promise<number> =>
    within(
      Promise.race([exited, new Promise<number>((resolve) => waiters.set(version, resolve))]),
      limitMs,
      `no diagnostics ${what} within ${limitMs} ms`,
    );

  const timing: ServerTiming = { openMs: null, editMs: null, diagnostics: null };
  try {
    const init = await within(
      Promise.race([
        exited,
        connection.sendRequest<{ capabilities?: { textDocumentSync?: number | { change?: number } } }>('initialize', {
          processId: process.pid,
          rootUri: null,
          workspaceFolders: null,
          initializationOptions: settings,
          capabilities: {
            textDocument: { publishDiagnostics: { versionSupport: true } },
            workspace: { configuration: true },
          },
        }),
      ]),
      limitMs,
      'no answer to initialize',
    );
    const sync = init.capabilities?.textDocumentSync;
    const incremental = (typeof sync === 'number' ? sync : sync?.change) === 2;
    await connection.sendNotification('initialized', {});

    let start = performance.now();
    const opened = waitFor(1, 'after opening');
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    timing.diagnostics = await opened;
    timing.openMs = performance.now() - start;

    const at = middleOffset(text);
    const position = positionAt(text, at);
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const changed = waitFor(2, 'after a one-character edit');
    start = performance.now();
    await connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: incremental ? [{ range: { start: position, end: position }, text: 'x' }] : [{ text: edited }],
    });
    timing.diagnostics = await changed;
    timing.editMs = performance.now() - start;
    await within(connection.sendRequest('shutdown'), limitMs, 'no answer to shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
  } catch (error) {
    timing.error = error instanceof Error ? error.message : String(error);
  } finally {
    await within(exited, 2000, 'still running').catch((error: Error) => {
      if (error.message === 'still running') child.kill('SIGKILL');
    });
    connection.dispose();
  }
  return timing;
}

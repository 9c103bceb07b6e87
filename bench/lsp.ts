/**
 * The language-server part of the benchmark: how long after a one-character
 * edit in a large document its new diagnostics arrive. A minimal LSP client
 * over stdio; it never throws, so the benchmark goes on without a server.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';
import { DEFAULT_SETTINGS, SETTINGS_SECTION } from '../server/src/protocol';

export type LspResult =
  | { available: false; reason: string }
  | {
      available: true;
      sync: 'incremental' | 'full';
      /** Time from didOpen to the first diagnostics of the document. */
      openMs: number;
      openDiagnostics: number;
      /** One entry per edit: ms until diagnostics with that version arrived, or null on a timeout. */
      editMs: (number | null)[];
      medianMs: number | null;
      maxMs: number | null;
      /** The server published without a version: matched by order instead. */
      unversioned: boolean;
    };

interface Position {
  line: number;
  character: number;
}

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

const INIT_TIMEOUT = 10_000;
const OPEN_TIMEOUT = 60_000;
const EDIT_TIMEOUT = 10_000;

function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, character: offset - lineStart };
}

function median(values: number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Rejects after `ms` with `reason`; the timer is cleared when `promise` settles first. */
function within<T>(promise: Promise<T>, ms: number, reason: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(reason)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * Starts `node <serverPath> --stdio` (pinned to core `cpu` with taskset if given), opens `text` as a plaintext document,
 * waits for its diagnostics, then makes `edits` one-character edits (insert a
 * letter, then delete it again, in the middle of the document) and times each
 * until diagnostics carrying the edit's version arrive.
 */
export async function lspLatency(serverPath: string, text: string, uri: string, cpu?: number, edits = 10): Promise<LspResult> {
  if (!existsSync(serverPath)) return { available: false, reason: `${serverPath} does not exist` };
  const command = [process.execPath, serverPath, '--stdio'];
  if (cpu !== undefined) command.unshift('taskset', '-c', String(cpu));
  const child = spawn(command[0] ?? '', command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-2000);
  });
  const exited = new Promise<never>((_, reject) => {
    const describe = (what: string): string => {
      const last = stderr.trim().split('\n').pop();
      return `${what}${last ? `: ${last}` : ''}`;
    };
    child.on('error', (error) => reject(new Error(describe(`could not start the server (${error.message})`))));
    child.on('exit', (code, signal) => reject(new Error(describe(`the server exited (code ${code}, signal ${signal})`))));
  });
  exited.catch(() => undefined); // observed through the races below
  const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  connection.onError(() => undefined);
  connection.onClose(() => undefined);

  // Diagnostics for our document, by version; waiters resolve when theirs arrives.
  let unversioned = false;
  const waiters = new Map<number, (count: number) => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishParams) => {
    if (params.uri !== uri) return;
    if (typeof params.version === 'number') {
      waiters.get(params.version)?.(params.diagnostics.length);
      waiters.delete(params.version);
    } else {
      // Without a version, the only sound match is the newest pending edit.
      unversioned = true;
      const newest = Math.max(...waiters.keys());
      waiters.get(newest)?.(params.diagnostics.length);
      waiters.delete(newest);
    }
  });
  connection.onRequest((method: string, params: unknown) => {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: { section?: string }[] }).items ?? [];
      return items.map((item) => (item.section === SETTINGS_SECTION ? DEFAULT_SETTINGS : null));
    }
    return null; // client/registerCapability, window/workDoneProgress/create, ...
  });
  connection.listen();
  const waitFor = (version: number, ms: number): Promise<number> =>
    within(
      Promise.race([exited, new Promise<number>((resolve) => waiters.set(version, resolve))]),
      ms,
      `no diagnostics for version ${version} within ${ms} ms`,
    );

  try {
    const init = await within(
      Promise.race([
        exited,
        connection.sendRequest<{ capabilities?: { textDocumentSync?: number | { change?: number } } }>('initialize', {
          processId: process.pid,
          clientInfo: { name: 'copydesk-bench' },
          rootUri: null,
          workspaceFolders: null,
          initializationOptions: DEFAULT_SETTINGS,
          capabilities: {
            textDocument: {
              synchronization: { dynamicRegistration: false, didSave: false },
              publishDiagnostics: { versionSupport: true, relatedInformation: true },
            },
            workspace: { configuration: true },
          },
        }),
      ]),
      INIT_TIMEOUT,
      `no answer to initialize within ${INIT_TIMEOUT} ms`,
    );
    const syncCap = init.capabilities?.textDocumentSync;
    const change = typeof syncCap === 'number' ? syncCap : syncCap?.change;
    const sync = change === 2 ? 'incremental' : 'full';
    await connection.sendNotification('initialized', {});

    let current = text;
    let version = 1;
    const openStart = performance.now();
    const opened = waitFor(version, OPEN_TIMEOUT);
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version, text: current },
    });
    const openDiagnostics = await opened;
    const openMs = performance.now() - openStart;

    // Edit inside a word near the middle, so every edit changes a real sentence.
    const middle = current.indexOf(' the ', current.length >> 1) + 1;
    const at = positionAt(current, middle);
    const editMs: (number | null)[] = [];
    for (let i = 0; i < edits; i++) {
      version++;
      const insert = i % 2 === 0;
      current = insert
        ? `${current.slice(0, middle)}x${current.slice(middle)}`
        : current.slice(0, middle) + current.slice(middle + 1);
      const contentChanges =
        sync === 'incremental'
          ? [
              insert
                ? { range: { start: at, end: at }, text: 'x' }
                : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' },
            ]
          : [{ text: current }];
      const arrived = waitFor(version, EDIT_TIMEOUT);
      const start = performance.now();
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      try {
        await arrived;
        editMs.push(performance.now() - start);
      } catch {
        editMs.push(null);
      }
    }

    await within(connection.sendRequest('shutdown'), 5000, 'no answer to shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    const timings = editMs.filter((ms): ms is number => ms !== null);
    return {
      available: true,
      sync,
      openMs,
      openDiagnostics,
      editMs,
      medianMs: median(timings),
      maxMs: timings.length ? Math.max(...timings) : null,
      unversioned,
    };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await stop(connection, child.pid, exited);
  }
}

async function stop(connection: MessageConnection, pid: number | undefined, exited: Promise<never>): Promise<void> {
  await within(exited, 3000, 'still running').catch((error: Error) => {
    if (error.message === 'still running' && pid !== undefined) process.kill(pid);
  });
  connection.dispose();
}

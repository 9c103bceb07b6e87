/**
 * The language-server part of the benchmark: how long after an edit its
 * diagnostics arrive, as a push client sees them, and where the server's time
 * goes. A minimal LSP client over stdio; it never throws, so the benchmark
 * goes on without a server.
 *
 * `lspTargets` runs the issue's scenarios (run on its own with
 * `node out/bench/lsp.js`, after a build): a 5 KB and a 1 MB document of
 * Brown Corpus press text, each edited every 300 ms at 20 places spread over
 * it; and a cold start, from spawning the server to the first diagnostics of
 * a 5 KB document. It prints edit-to-diagnostics p50 and p90, whether every
 * edit's own version was published, and the server's breakdown (engine,
 * conversion, serialisation), and saves them to bench-results/lsp.json.
 * `lspLatency` is the older single measurement the main benchmark calls.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import {
  CancellationTokenSource,
  createMessageConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type MessageConnection,
} from 'vscode-jsonrpc/node';
import {
  DEFAULT_SETTINGS,
  MAX_DIAGNOSTICS_CEILING,
  SERVER_NODE_ARGS,
  SETTINGS_SECTION,
  type Settings,
} from '../server/src/protocol';
import type { LintTiming } from '../server/src/lsp/timings';
import { pressText } from './corpus';

export { pressText };

export interface Position {
  line: number;
  character: number;
}

export interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: unknown[];
}

const INIT_TIMEOUT = 10_000;
const OPEN_TIMEOUT = 60_000;
const EDIT_TIMEOUT = 30_000;
const TIMINGS_REQUEST = 'copydesk/debug/timings';

/** The LSP position of an offset; CRLF, CR and LF each end a line. */
export function positionAt(text: string, offset: number): Position {
  let line = 0;
  let lineStart = 0;
  const breaks = /\r\n?|\n/g;
  for (let m = breaks.exec(text); m !== null && m.index < offset; m = breaks.exec(text)) {
    line++;
    lineStart = m.index + m[0].length;
  }
  return { line, character: offset - lineStart };
}

/** The value below which `fraction` of `values` lie (nearest rank); null for none. */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1));
  return sorted[rank] ?? null;
}

function median(values: readonly number[]): number | null {
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

function delay(ms: number): Promise<void> {
  return new Promise((res) => setTimeout(res, ms));
}

export interface SessionOptions {
  text: string;
  uri: string;
  /** Number of one-character edits after the document's first diagnostics. */
  edits: number;
  /** Milliseconds between edits, as typing sends them; 0: each edit waits for the previous one's diagnostics. */
  intervalMs: number;
  /** `middle`: insert and delete one letter in the middle; `spread`: insert a letter at places spread over the text. */
  places: 'middle' | 'spread';
  /** Pin the server to this core with taskset. */
  cpu?: number;
  /**
   * `push` (the default): the client declares no pull support and waits for `publishDiagnostics` with the edit's
   * version. `pull`: the client declares `textDocument.diagnostic`, so the server pulls as it does for VS Code
   * (vscode-languageclient 8 and later), and after each change the client cancels the pull under way and pulls
   * again with the last result id, as VS Code's client does; an edit's time runs to the first answer to a pull sent
   * after it (a pull the server cancels because the text changed is sent again).
   */
  mode?: 'push' | 'pull';
  /** `stdio` (the default), or `ipc`: Node's IPC channel, as the VS Code extension starts the server. */
  transport?: 'stdio' | 'ipc';
  /** Flags for the server's node, after `BENCH_SERVER_NODE_ARGS`'s (the VS Code session passes the extension's). */
  nodeArgs?: readonly string[];
  /** Settings over the defaults, in initializationOptions and in the answers to `workspace/configuration`. */
  settings?: Partial<Settings>;
}

export type SessionResult =
  | { available: false; reason: string }
  | {
      available: true;
      sync: 'incremental' | 'full';
      /** From spawning the server to the document's first diagnostics (initialize and open sent at once). */
      startMs: number;
      /** From didOpen to the first diagnostics. */
      openMs: number;
      openDiagnostics: number;
      /** Per edit: ms until diagnostics for its version arrived, or null if that version was never published. */
      editMs: (number | null)[];
      /** The server's own account of each edit's lint (matched by version), when it gives one. */
      timings: (LintTiming | undefined)[];
      /** The server published without a version: matched by order instead. */
      unversioned: boolean;
      /** The server's log (`window/logMessage`), in order: the warm-up says there how many lints it ran. */
      log: string[];
    };

/** The offsets where a `spread` session edits: inside a word, at 20 places over the text, in a shuffled order. */
function spreadOffsets(text: string, n: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const fraction = (((i * 7) % 20) + 0.5) / 20;
    const at = text.indexOf(' the ', Math.floor(text.length * fraction));
    out.push(at === -1 ? Math.floor(text.length * fraction) : at + 2);
  }
  return out;
}

/** `BENCH_SERVER_NODE_ARGS`: flags for the server's node, space-separated (to measure V8's settings). */
function nodeArgs(): string[] {
  return (process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter((a) => a !== '');
}

/**
 * Starts `node <serverPath> --stdio`, opens `text` as plaintext, waits for its diagnostics, then makes one-character
 * edits and times each until diagnostics carrying the edit's version arrive.
 */
export async function lspSession(serverPath: string, options: SessionOptions): Promise<SessionResult> {
  if (!existsSync(serverPath)) return { available: false, reason: `${serverPath} does not exist` };
  const { text, uri } = options;
  const settings: Settings = { ...DEFAULT_SETTINGS, ...options.settings };
  const pull = options.mode === 'pull';
  const ipc = options.transport === 'ipc';
  const command = [process.execPath, ...nodeArgs(), ...(options.nodeArgs ?? []), serverPath, ipc ? '--node-ipc' : '--stdio'];
  if (options.cpu !== undefined) command.unshift('taskset', '-c', String(options.cpu));
  const spawned = performance.now();
  // With `ipc`, a fourth descriptor is Node's IPC channel (the server finds it through NODE_CHANNEL_FD).
  const child = ipc
    ? spawn(command[0] ?? '', command.slice(1), { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] })
    : spawn(command[0] ?? '', command.slice(1), { stdio: ['pipe', 'pipe', 'pipe'] });
  const { stdin, stdout, stderr: errors } = child as ChildProcessWithoutNullStreams;
  let stderr = '';
  errors.on('data', (chunk: Buffer) => {
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
  const connection = ipc
    ? createMessageConnection(new IPCMessageReader(child), new IPCMessageWriter(child))
    : createMessageConnection(new StreamMessageReader(stdout), new StreamMessageWriter(stdin));
  connection.onError(() => undefined);
  connection.onClose(() => undefined);

  // Diagnostics for our document, by version: when each arrived.
  let unversioned = false;
  const arrived = new Map<number, { at: number; count: number }>();
  const waiters = new Map<number, () => void>();
  connection.onNotification('textDocument/publishDiagnostics', (params: PublishParams) => {
    if (params.uri !== uri) return;
    let version = params.version;
    if (typeof version !== 'number') {
      // Without a version, the only sound match is the newest version sent.
      unversioned = true;
      version = Math.max(0, ...waiters.keys());
    }
    arrived.set(version, { at: performance.now(), count: params.diagnostics.length });
    waiters.get(version)?.();
    waiters.delete(version);
  });
  const log: string[] = [];
  connection.onNotification('window/logMessage', (params: { message?: unknown }) => {
    if (typeof params.message === 'string') log.push(params.message);
  });
  connection.onRequest((method: string, params: unknown) => {
    if (method === 'workspace/configuration') {
      const items = (params as { items?: { section?: string }[] }).items ?? [];
      return items.map((item) => (item.section === SETTINGS_SECTION ? settings : null));
    }
    return null; // client/registerCapability, window/workDoneProgress/create, ...
  });
  connection.listen();
  const waitFor = (version: number, ms: number): Promise<void> =>
    arrived.has(version)
      ? Promise.resolve()
      : within(
          Promise.race([exited, new Promise<void>((res) => waiters.set(version, res))]),
          ms,
          `no diagnostics for version ${version} within ${ms} ms`,
        );

  // Pull mode: one pull at a time, for the newest version; a newer change cancels it, as VS Code's client does.
  let resultId: string | undefined;
  let pulling: CancellationTokenSource | undefined;
  const pullFor = (version: number): void => {
    pulling?.cancel();
    const source = new CancellationTokenSource();
    pulling = source;
    connection
      .sendRequest<{ kind: string; resultId?: string; items?: unknown[] }>(
        'textDocument/diagnostic',
        { textDocument: { uri }, previousResultId: resultId },
        source.token,
      )
      .then(
        (report) => {
          if (pulling !== source) return;
          pulling = undefined;
          if (report.resultId !== undefined) resultId = report.resultId;
          const count = report.kind === 'full' ? (report.items?.length ?? 0) : (arrived.get(version - 1)?.count ?? 0);
          arrived.set(version, { at: performance.now(), count });
          waiters.get(version)?.();
          waiters.delete(version);
        },
        (error: { data?: { retriggerRequest?: boolean } }) => {
          // Cancelled by us for a newer change, or by the server (the text changed while it linted): pull again.
          if (pulling === source && error.data?.retriggerRequest !== false) pullFor(version);
        },
      );
  };

  try {
    const initialized = connection.sendRequest<{ capabilities?: { textDocumentSync?: number | { change?: number } } }>(
      'initialize',
      {
        processId: process.pid,
        clientInfo: { name: 'copydesk-bench' },
        rootUri: null,
        workspaceFolders: null,
        initializationOptions: settings,
        capabilities: {
          textDocument: {
            synchronization: { dynamicRegistration: false, didSave: false },
            publishDiagnostics: { versionSupport: true, relatedInformation: true },
            ...(pull ? { diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } } : {}),
          },
          workspace: { configuration: true },
        },
      },
    );
    // Open at once, as an editor does when it starts a server for a file: the server reads the messages in order.
    await connection.sendNotification('initialized', {});
    let current = text;
    let version = 1;
    const opened = performance.now();
    const firstDiagnostics = waitFor(version, OPEN_TIMEOUT);
    await connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId: 'plaintext', version, text: current },
    });
    if (pull) pullFor(version);
    const init = await within(
      Promise.race([exited, initialized]),
      INIT_TIMEOUT,
      `no answer to initialize within ${INIT_TIMEOUT} ms`,
    );
    const syncCap = init.capabilities?.textDocumentSync;
    const change = typeof syncCap === 'number' ? syncCap : syncCap?.change;
    const sync = change === 2 ? 'incremental' : 'full';
    await firstDiagnostics;
    const first = arrived.get(1);
    const startMs = (first?.at ?? NaN) - spawned;
    const openMs = (first?.at ?? NaN) - opened;

    const middle = current.indexOf(' the ', current.length >> 1) + 1;
    const spread = spreadOffsets(current, options.edits);
    const sent = new Map<number, number>();
    const begin = performance.now();
    for (let i = 0; i < options.edits; i++) {
      if (options.intervalMs > 0) await delay(Math.max(0, begin + i * options.intervalMs - performance.now()));
      version++;
      let at: number;
      let remove = false;
      if (options.places === 'middle') {
        at = middle;
        remove = i % 2 === 1;
      } else {
        // Earlier inserts moved the text after them by one letter each.
        const base = spread[i] ?? middle;
        at = base + spread.slice(0, i).filter((o) => o <= base).length;
      }
      current = remove ? current.slice(0, at) + current.slice(at + 1) : `${current.slice(0, at)}x${current.slice(at)}`;
      const start = positionAt(current, at);
      const contentChanges =
        sync === 'incremental'
          ? [
              remove
                ? { range: { start, end: { line: start.line, character: start.character + 1 } }, text: '' }
                : { range: { start, end: start }, text: 'x' },
            ]
          : [{ text: current }];
      sent.set(version, performance.now());
      const done = waitFor(version, EDIT_TIMEOUT).catch(() => undefined);
      await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
      if (pull) pullFor(version);
      if (options.intervalMs === 0) await done;
    }
    // The last version is always published (nothing supersedes it): wait for it, then for nothing more.
    await waitFor(version, EDIT_TIMEOUT).catch(() => undefined);
    const editMs: (number | null)[] = [];
    for (let v = 2; v <= version; v++) {
      const got = arrived.get(v);
      editMs.push(got ? got.at - (sent.get(v) ?? got.at) : null);
    }
    let serverTimings: LintTiming[] = [];
    try {
      serverTimings = await within(connection.sendRequest<LintTiming[]>(TIMINGS_REQUEST), 5000, 'no timings');
    } catch {
      // An older server: no breakdown.
    }
    const timings: (LintTiming | undefined)[] = [];
    for (let v = 2; v <= version; v++) timings.push(serverTimings.filter((t) => t.uri === uri && t.version === v).pop());
    await within(connection.sendRequest('shutdown'), 5000, 'no answer to shutdown').catch(() => undefined);
    await connection.sendNotification('exit').catch(() => undefined);
    return {
      available: true,
      sync,
      startMs,
      openMs,
      openDiagnostics: first?.count ?? 0,
      editMs,
      timings,
      unversioned,
      log,
    };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) };
  } finally {
    await stop(connection, child.pid, exited);
  }
}

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

/**
 * The main benchmark's measurement: one-character edits in the middle of the document (insert a letter, then
 * delete it again), each sent when the previous one's diagnostics arrived.
 */
export async function lspLatency(serverPath: string, text: string, uri: string, cpu?: number, edits = 10): Promise<LspResult> {
  const options: SessionOptions = { text, uri, edits, intervalMs: 0, places: 'middle' };
  if (cpu !== undefined) options.cpu = cpu;
  const r = await lspSession(serverPath, options);
  if (!r.available) return r;
  const timings = r.editMs.filter((ms): ms is number => ms !== null);
  return {
    available: true,
    sync: r.sync,
    openMs: r.openMs,
    openDiagnostics: r.openDiagnostics,
    editMs: r.editMs,
    medianMs: median(timings),
    maxMs: timings.length ? Math.max(...timings) : null,
    unversioned: r.unversioned,
  };
}

async function stop(connection: MessageConnection, pid: number | undefined, exited: Promise<never>): Promise<void> {
  await within(exited, 3000, 'still running').catch((error: Error) => {
    if (error.message === 'still running' && pid !== undefined) process.kill(pid);
  });
  connection.dispose();
}

// ---- the issue's targets ------------------------------------------------------------------------------------

/** Typing speed, as the issue sets it: one edit every 300 ms. */
const TYPING_INTERVAL_MS = 300;
const TARGET_EDITS = 20;
/** The 1 MB document typed into in pull mode, VS Code's. */
const PULL_SCENARIO = '1 MB pull, IPC';
/**
 * The 1 MB document typed into in push mode with every finding sent (`maxDiagnostics` at its ceiling, 4,450
 * diagnostics, not the default 1,000): not a target, it shows what the default limit saves.
 */
const EVERY_DIAGNOSTIC_SCENARIO = '1 MB, all diagnostics';

export interface ScenarioSummary {
  name: string;
  bytes: number;
  openDiagnostics: number;
  startMs: number;
  p50: number | null;
  p90: number | null;
  max: number | null;
  /** Edits whose own version was published. */
  published: number;
  edits: number;
  lintP50: number | null;
  convertP50: number | null;
  serializeP50: number | null;
  /** The server's own share: from a change's arrival to its publish leaving (p90). */
  serverP90: number | null;
  /** The process's CPU time over that span (p50, p90): the server's work, however busy the machine was. */
  serverCpuP50: number | null;
  serverCpuP90: number | null;
  /** Median share of diagnostics the server reused as they were (the same objects). */
  reusedShare: number | null;
  /** Median size of a publish, KB. */
  sentKb: number | null;
  editMs: (number | null)[];
}

function summarize(name: string, text: string, r: Extract<SessionResult, { available: true }>): ScenarioSummary {
  const done = r.editMs.filter((ms): ms is number => ms !== null);
  const t = r.timings.filter((x): x is LintTiming => x !== undefined);
  return {
    name,
    bytes: Buffer.byteLength(text),
    openDiagnostics: r.openDiagnostics,
    startMs: r.startMs,
    p50: percentile(done, 0.5),
    p90: percentile(done, 0.9),
    max: done.length ? Math.max(...done) : null,
    published: done.length,
    edits: r.editMs.length,
    lintP50: median(t.map((x) => x.lintMs)),
    convertP50: median(t.map((x) => x.convertMs)),
    serializeP50: median(t.flatMap((x) => (x.serializeMs === undefined ? [] : [x.serializeMs]))),
    serverP90: percentile(
      t.flatMap((x) => (x.serverMs === undefined ? [] : [x.serverMs])),
      0.9,
    ),
    serverCpuP50: percentile(
      t.flatMap((x) => (x.serverCpuMs === undefined ? [] : [x.serverCpuMs])),
      0.5,
    ),
    serverCpuP90: percentile(
      t.flatMap((x) => (x.serverCpuMs === undefined ? [] : [x.serverCpuMs])),
      0.9,
    ),
    reusedShare: median(t.map((x) => (x.diagnostics ? x.reused / x.diagnostics : 1))),
    sentKb: median(t.flatMap((x) => (x.bytes === undefined ? [] : [x.bytes / 1024]))),
    editMs: r.editMs,
  };
}

export interface TargetsResult {
  scenarios: ScenarioSummary[];
  targets: { target: string; value: string; met: boolean }[];
  failures: string[];
}

export async function lspTargets(serverPath: string, cpu?: number): Promise<TargetsResult> {
  const scenarios: ScenarioSummary[] = [];
  const failures: string[] = [];
  // The issue's targets are in push mode over stdio; VS Code's client pulls (the server offers pull to a client that
  // can) over Node's IPC channel, so the 1 MB document is also typed into as VS Code does it.
  const every: Partial<Settings> = { maxDiagnostics: MAX_DIAGNOSTICS_CEILING };
  for (const [name, bytes, mode, settings] of [
    ['5 KB', 5 * 1024, 'push', {}],
    ['1 MB', 1024 * 1024, 'push', {}],
    [PULL_SCENARIO, 1024 * 1024, 'pull', {}],
    [EVERY_DIAGNOSTIC_SCENARIO, 1024 * 1024, 'push', every],
  ] as const) {
    const text = pressText(bytes);
    const options: SessionOptions = {
      text,
      uri: pathToFileURL(join(tmpdir(), 'copydesk-bench', `press-${bytes}.txt`)).href,
      edits: TARGET_EDITS,
      intervalMs: TYPING_INTERVAL_MS,
      places: 'spread',
      mode,
      transport: mode === 'pull' ? 'ipc' : 'stdio',
      // VS Code's session starts the server as the extension does, with its Node flags; the push sessions as every
      // other editor does (`copydesk-language-server --stdio`, Node's defaults).
      nodeArgs: mode === 'pull' ? SERVER_NODE_ARGS : [],
      settings,
    };
    if (cpu !== undefined) options.cpu = cpu;
    const r = await lspSession(serverPath, options);
    if (!r.available) failures.push(`${name}: ${r.reason}`);
    else scenarios.push(summarize(name, text, r));
  }
  const small = scenarios.find((s) => s.name === '5 KB');
  const large = scenarios.find((s) => s.name === '1 MB');
  const pulled = scenarios.find((s) => s.name === PULL_SCENARIO);
  const ms = (v: number | null | undefined): string => (v === null || v === undefined ? 'n/a' : `${v.toFixed(1)} ms`);
  const targets: TargetsResult['targets'] = [];
  if (large) {
    targets.push({
      target: '1 MB, an edit every 300 ms: edit -> diagnostics p90 <= 50 ms',
      value: ms(large.p90),
      met: (large.p90 ?? Infinity) <= 50,
    });
    targets.push({
      target: "1 MB: every edit's own version published",
      value: `${large.published} of ${large.edits}`,
      met: large.published === large.edits,
    });
  }
  if (pulled) {
    targets.push({
      target: "1 MB, pull over IPC as VS Code does (not the issue's mode): edit -> diagnostics p90 <= 50 ms",
      value: ms(pulled.p90),
      met: (pulled.p90 ?? Infinity) <= 50,
    });
  }
  if (small) {
    targets.push({
      target: '5 KB, an edit every 300 ms: edit -> diagnostics p90 <= 10 ms',
      value: ms(small.p90),
      met: (small.p90 ?? Infinity) <= 10,
    });
    targets.push({
      target: 'server start -> first diagnostics on 5 KB <= 300 ms',
      value: ms(small.startMs),
      met: small.startMs <= 300,
    });
  }
  return { scenarios, targets, failures };
}

function pad(value: string, width: number, left = false): string {
  return left ? value.padEnd(width) : value.padStart(width);
}

export function formatTargets(result: TargetsResult): string {
  const ms = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));
  const headers = [
    'document',
    'start->diag',
    'edit p50',
    'p90',
    'max',
    'published',
    'in server p90',
    'server CPU p50/p90',
    'lint p50',
    'convert p50',
    'serialise p50',
    'reused',
    'diagnostics',
    'KB sent',
  ];
  const rows = result.scenarios.map((s) => [
    `${s.name} (${s.bytes} B)`,
    ms(s.startMs),
    ms(s.p50),
    ms(s.p90),
    ms(s.max),
    `${s.published}/${s.edits}`,
    ms(s.serverP90),
    `${ms(s.serverCpuP50)}/${ms(s.serverCpuP90)}`,
    ms(s.lintP50),
    ms(s.convertP50),
    ms(s.serializeP50),
    s.reusedShare === null ? 'n/a' : `${Math.round(s.reusedShare * 100)}%`,
    String(s.openDiagnostics),
    s.sentKb === null ? 'n/a' : s.sentKb.toFixed(0),
  ]);
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0, i === 0)).join('  ');
  const out = [
    `Language server, default settings (at most ${DEFAULT_SETTINGS.maxDiagnostics} diagnostics per document), push mode over stdio, as other editors start it (and as VS Code does: pull over IPC, the server's Node run with ${SERVER_NODE_ARGS.join(' ')}), ${TARGET_EDITS} one-letter edits ${TYPING_INTERVAL_MS} ms apart at places spread over the text (times in ms):`,
    line(headers),
    ...rows.map(line),
    ...result.scenarios.map(
      (s) => `  ${s.name} edits: ${s.editMs.map((v) => (v === null ? 'skipped' : v.toFixed(1))).join(', ')}`,
    ),
    ...result.failures.map((f) => `  not available: ${f}`),
    '',
    'Targets:',
    ...result.targets.map((t) => `  ${t.met ? 'met    ' : 'NOT met'}  ${t.target}: ${t.value}`),
    ...result.scenarios
      .filter((s) => s.name === EVERY_DIAGNOSTIC_SCENARIO)
      .map(
        (s) =>
          `  (not a target) 1 MB with every finding sent (maxDiagnostics ${MAX_DIAGNOSTICS_CEILING}, not the default ${DEFAULT_SETTINGS.maxDiagnostics}): p90 ${ms(s.p90)} ms, ${s.published} of ${s.edits} versions published`,
      ),
  ];
  return out.join('\n');
}

async function main(): Promise<void> {
  const root = resolve(__dirname, '..', '..');
  const cpuArg = process.env.BENCH_CPU;
  const cpu = cpuArg !== undefined && /^\d+$/.test(cpuArg) ? Number(cpuArg) : undefined;
  const result = await lspTargets(join(root, 'dist', 'server.js'), cpu);
  const report = formatTargets(result);
  process.stdout.write(`${report}\n`);
  mkdirSync(join(root, 'bench-results'), { recursive: true });
  writeFileSync(
    join(root, 'bench-results', 'lsp.json'),
    `${JSON.stringify({ date: new Date().toISOString(), ...result }, null, 2)}\n`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}

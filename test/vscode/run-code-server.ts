/**
 * Runs the VS Code integration suite inside code-server (VS Code's own
 * workbench and Node extension host), for machines that cannot download
 * VS Code. It installs the packaged `.vsix` and a small runner extension
 * that starts the suite on start-up, opens the workspace in headless
 * Chromium, and waits for the runner's result file.
 *
 *   node out/test/vscode/run-code-server.js
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, watch } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { format } from 'node:util';
import { chromium, type Browser } from 'playwright-core';
import {
  createWorkspace,
  packageExtension,
  packageRunnerExtension,
  ROOT,
  UNTRUSTED_USER_SETTINGS,
  VSIX,
  writeUntrustedWorkspaceSettings,
  writeUserSettings,
} from './harness';
import type { SuiteMode, SuiteResult } from './suite/index';

export const CODE_SERVER_DIR = process.env.CODE_SERVER_DIR ?? join(ROOT, '.cache', 'code-server');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ENTRY = join(CODE_SERVER_DIR, 'package', 'out', 'node', 'entry.js');
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface RunOptions {
  /** The whole run, from start-up to the result. */
  timeoutMs?: number;
  log?: (line: string) => void;
  /** Keep the temporary folder (workspace, profile, logs) for a look afterwards. */
  keep?: boolean;
  /** `untrusted` opens the workspace in Restricted Mode and runs the suite for it. */
  mode?: SuiteMode;
}

/** Installs code-server when missing (scripts/install-code-server.sh is idempotent). */
export function ensureCodeServer(): void {
  const result = spawnSync('bash', [join(ROOT, 'scripts', 'install-code-server.sh')], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...process.env, CODE_SERVER_DIR },
  });
  if (result.status !== 0 || !existsSync(ENTRY)) {
    throw new Error(`code-server is not installed and could not be installed:\n${result.stdout ?? ''}${result.stderr ?? ''}`);
  }
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** Resolves when `text` appears in the process output; rejects if it exits first or the time runs out. */
export function waitForOutput(child: ChildProcess, text: string, timeoutMs: number, what: string): Promise<void> {
  return new Promise((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => done(new Error(`timed out after ${timeoutMs} ms waiting for ${what}`)), timeoutMs);
    const onData = (chunk: Buffer): void => {
      seen = (seen + chunk.toString()).slice(-10_000);
      if (seen.includes(text)) done();
    };
    const onExit = (code: number | null): void => done(new Error(`${what}: the process exited (${code}) first:\n${seen}`));
    const done = (error?: Error): void => {
      clearTimeout(timer);
      child.stdout?.off('data', onData);
      child.stderr?.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolve();
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.on('exit', onExit);
  });
}

/** Resolves with the file's JSON once it is written (watching its folder), or rejects on timeout. */
function waitForResultFile(path: string, dir: string, timeoutMs: number, failed: () => Error | undefined): Promise<SuiteResult> {
  return new Promise((resolve, reject) => {
    const check = (): void => {
      const problem = failed();
      if (problem) return done(problem);
      if (!existsSync(path)) return;
      try {
        done(undefined, JSON.parse(readFileSync(path, 'utf8')) as SuiteResult);
      } catch {
        // Written but not complete yet: the next change event reads it again.
      }
    };
    const watcher = watch(dir, () => check());
    const timer = setTimeout(
      () => done(new Error(`timed out after ${timeoutMs} ms waiting for the suite's result (${path})`)),
      timeoutMs,
    );
    const done = (error?: Error, result?: SuiteResult): void => {
      clearTimeout(timer);
      watcher.close();
      if (error) reject(error);
      else if (result) resolve(result);
    };
    check();
  });
}

export function killTree(child: ChildProcess | undefined): void {
  if (!child || child.exitCode !== null || child.pid === undefined) return;
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    child.kill('SIGKILL');
  }
}

const HOST_PREFIX = '%c[Extension Host]';
/** The runner extension's last console line. */
const DONE_LINE = 'copydesk-tests: done';

/**
 * The extension host's console calls reach the page as
 * `console.log('%c[Extension Host] %c' + format, 'color: blue', 'color: ', ...args)`
 * (an empty line comes as a bare prefix): drop the prefix and the styles,
 * then format the rest as Node would.
 */
function extensionHostLine(values: unknown[]): string | undefined {
  const [first] = values;
  if (typeof first !== 'string' || !first.startsWith(HOST_PREFIX)) return undefined;
  const styled = first.startsWith(`${HOST_PREFIX} %c`);
  if (!styled) return '';
  return format(first.slice(HOST_PREFIX.length + 3), ...values.slice(3)).trimEnd();
}

export async function runCodeServerSuite(options: RunOptions = {}): Promise<SuiteResult> {
  const timeoutMs = options.timeoutMs ?? 6 * 60_000;
  const log = options.log ?? ((line: string) => console.log(line));
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium is missing at ${CHROMIUM} (apt-get install chromium)`);
  ensureCodeServer();

  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-vscode-'));
  const workspace = createWorkspace(join(tmp, 'workspace'));
  const userData = join(tmp, 'user-data');
  const extensions = join(tmp, 'extensions');
  const resultDir = join(tmp, 'result');
  const resultPath = join(resultDir, 'result.json');
  const serverLog = join(tmp, 'code-server.log');
  const mode = options.mode ?? 'trusted';
  if (mode === 'untrusted') {
    writeUserSettings(userData, UNTRUSTED_USER_SETTINGS);
    writeUntrustedWorkspaceSettings(workspace);
  } else {
    writeUserSettings(userData);
  }
  mkdirSync(resultDir, { recursive: true });

  let server: ChildProcess | undefined;
  let browser: Browser | undefined;
  let ok = false;
  try {
    log(`packaging ${basename(VSIX)} and the runner extension`);
    const vsix = packageExtension();
    const runnerVsix = await packageRunnerExtension(tmp);
    const common = ['--extensions-dir', extensions, '--user-data-dir', userData];
    for (const pkg of [vsix, runnerVsix]) {
      const installed = spawnSync(process.execPath, [ENTRY, ...common, '--install-extension', pkg], { encoding: 'utf8' });
      if (installed.status !== 0) throw new Error(`installing ${pkg} failed:\n${installed.stdout}${installed.stderr}`);
    }

    const port = await freePort();
    log(`starting code-server on 127.0.0.1:${port}`);
    server = spawn(
      process.execPath,
      [
        ENTRY,
        '--auth',
        'none',
        '--bind-addr',
        `127.0.0.1:${port}`,
        '--disable-telemetry',
        '--disable-update-check',
        ...common,
        workspace,
      ],
      {
        env: { ...process.env, COPYDESK_TEST_RESULT: resultPath, COPYDESK_TEST_MODE: mode },
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const logStream = createWriteStream(serverLog);
    server.stdout?.pipe(logStream);
    server.stderr?.pipe(logStream);
    await waitForOutput(server, 'HTTP server listening', 60_000, 'code-server to listen');
    let serverExit: Error | undefined;
    server.on('exit', (code) => (serverExit = new Error(`code-server exited (${code}) during the run; see ${serverLog}`)));

    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS, headless: true });
    const page = await browser.newPage();
    let printing = Promise.resolve();
    let reportDone = (): void => undefined;
    const reported = new Promise<void>((resolve) => (reportDone = resolve));
    page.on('console', (message) => {
      // Keep the lines in order: each waits for the one before it.
      const values = Promise.all(message.args().map((arg) => arg.jsonValue().catch(() => '?')));
      printing = printing.then(async () => {
        const line = extensionHostLine(await values);
        if (line === undefined) return;
        log(line.replace(/^/gm, '  '));
        if (line.startsWith(DONE_LINE)) reportDone();
      });
    });
    page.on('pageerror', (error) => log(`  [page error] ${error.message}`));
    await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
    await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
    log('workbench loaded; the runner extension starts the suite');

    const result = await waitForResultFile(resultPath, resultDir, timeoutMs, () => serverExit);
    ok = result.failed === 0;
    // The console lines trail the result file: let the report's last line arrive (briefly) before closing.
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([reported, new Promise((resolve) => (timer = setTimeout(resolve, 10_000)))]);
    clearTimeout(timer);
    await printing;
    return result;
  } finally {
    await browser?.close().catch(() => undefined);
    killTree(server);
    if (options.keep || !ok) log(`kept the test folder: ${tmp} (code-server log: ${serverLog})`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const mode: SuiteMode = process.argv.includes('--untrusted') ? 'untrusted' : 'trusted';
  runCodeServerSuite({ keep: process.argv.includes('--keep'), mode }).then(
    (result) => {
      console.log(`${result.passed} passed, ${result.failed} failed`);
      process.exit(result.failed === 0 && result.passed > 0 ? 0 : 1);
    },
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

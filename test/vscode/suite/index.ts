/**
 * Runs the integration suite with mocha inside the extension host. Bundled
 * with esbuild (mocha included), it serves both runners: `run` is the entry
 * point @vscode/test-electron calls, `runSuite` is what the code-server
 * runner extension calls.
 */
import Mocha from 'mocha';

export interface TestOutcome {
  title: string;
  state: 'passed' | 'failed' | 'pending';
  durationMs?: number;
  error?: string;
}

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  tests: TestOutcome[];
}

/** `trusted` is the main suite; `untrusted` runs in Restricted Mode (see untrusted.suite.ts). */
export type SuiteMode = 'trusted' | 'untrusted';

export async function runSuite(mode: SuiteMode = 'trusted'): Promise<SuiteResult> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 90_000, reporter: 'spec' });
  // Define suite/test/... globals, then load the suite (bundled in).
  mocha.suite.emit('pre-require', globalThis, `${mode}.suite`, mocha);
  if (mode === 'untrusted') await import('./untrusted.suite.js');
  else await import('./extension.suite.js');
  const result: SuiteResult = { passed: 0, failed: 0, pending: 0, tests: [] };
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', (test) => {
      result.passed++;
      result.tests.push({ title: test.fullTitle(), state: 'passed', durationMs: test.duration });
    });
    runner.on('fail', (test, error: unknown) => {
      result.failed++;
      const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
      result.tests.push({ title: test.fullTitle(), state: 'failed', durationMs: test.duration, error: message });
    });
    runner.on('pending', (test) => {
      result.pending++;
      result.tests.push({ title: test.fullTitle(), state: 'pending' });
    });
  });
  return result;
}

/** The @vscode/test-electron entry point: rejects when a test failed. */
export async function run(): Promise<void> {
  const result = await runSuite();
  if (result.failed > 0 || result.passed === 0) {
    throw new Error(`${result.failed} of ${result.passed + result.failed} VS Code integration tests failed`);
  }
}

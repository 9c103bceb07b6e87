/**
 * A test-only extension: on start-up it runs the Copydesk integration suite
 * (bundled in) and writes the result as JSON to the file named by
 * COPYDESK_TEST_RESULT. Progress goes to the console, which code-server
 * forwards to the browser page ("[Extension Host] ...").
 */
import { existsSync, writeFileSync } from 'node:fs';
import * as vscode from 'vscode';
import { runSuite, type SuiteMode, type SuiteResult } from '../../suite/index';

/** COPYDESK_TEST_MODE picks the suite: the main one, or the Restricted Mode one. */
const MODE: SuiteMode = process.env.COPYDESK_TEST_MODE === 'untrusted' ? 'untrusted' : 'trusted';

async function runAndReport(resultPath: string): Promise<SuiteResult> {
  let result: SuiteResult;
  try {
    result = await runSuite(MODE);
  } catch (error) {
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    result = { passed: 0, failed: 1, pending: 0, tests: [{ title: 'loading the suite', state: 'failed', error: message }] };
  }
  writeFileSync(resultPath, JSON.stringify(result, null, 2));
  console.log(`copydesk-tests: done: ${result.passed} passed, ${result.failed} failed`);
  return result;
}

export function activate(context: vscode.ExtensionContext): void {
  const resultPath = process.env.COPYDESK_TEST_RESULT;
  context.subscriptions.push(
    vscode.commands.registerCommand('copydeskTests.run', () => (resultPath ? runAndReport(resultPath) : runSuite(MODE))),
  );
  if (!resultPath) return;
  // One run per test session, even if the page reloads and the host starts again.
  const marker = `${resultPath}.started`;
  if (existsSync(marker)) return;
  writeFileSync(marker, String(process.pid));
  console.log(`copydesk-tests: starting the ${MODE} suite`);
  void runAndReport(resultPath);
}

export function deactivate(): void {}

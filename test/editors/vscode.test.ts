/**
 * `npm test` runs the VS Code integration suite (test/vscode) in a real
 * VS Code extension host. Here that is code-server: this test fails, and
 * never skips, when code-server cannot be installed or Chromium is missing.
 * The @vscode/test-electron run needs a VS Code download: it runs when one is
 * cached in .vscode-test/ or when COPYDESK_TEST_ELECTRON=1 asks for it.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { test, type TestContext } from 'node:test';
import { packageExtension, ROOT, zipEntries } from '../vscode/harness';
import { runCodeServerSuite } from '../vscode/run-code-server';
import type { SuiteMode } from '../vscode/suite/index';
import { runElectronSuite } from '../vscode/run-electron';

/** The suite's tests, by name: a shorter list means a test went missing. */
const MIN_TESTS = 19;
const MIN_UNTRUSTED_TESTS = 4;

async function codeServerRun(t: TestContext, mode: SuiteMode, minTests: number): Promise<void> {
  const lines: string[] = [];
  const result = await runCodeServerSuite({ mode, log: (line) => lines.push(line) });
  // One subtest per test of the suite, so that the report names them.
  for (const outcome of result.tests) {
    await t.test(outcome.title, { skip: outcome.state === 'pending' }, () => {
      if (outcome.state === 'failed') assert.fail(outcome.error ?? 'failed');
    });
  }
  assert.equal(result.failed, 0, `failures:\n${lines.join('\n')}`);
  assert.ok(result.passed >= minTests, `only ${result.passed} tests passed:\n${lines.join('\n')}`);
}

test('VS Code integration suite in code-server (packaged .vsix)', { timeout: 15 * 60_000 }, (t) =>
  codeServerRun(t, 'trusted', MIN_TESTS),
);

test('VS Code integration suite in code-server, Restricted Mode', { timeout: 15 * 60_000 }, (t) =>
  codeServerRun(t, 'untrusted', MIN_UNTRUSTED_TESTS),
);

test('the .vsix carries the bundles and what VS Code reads, and nothing else', () => {
  const vsix = packageExtension();
  const files = zipEntries(vsix)
    .filter((name) => name.startsWith('extension/'))
    .map((name) => name.slice('extension/'.length));
  for (const needed of [
    'package.json',
    'dist/client.js',
    'dist/server.js',
    'syntaxes/article.tmLanguage.json',
    'language-configuration.json',
    'copydesk.schema.json',
    'LICENSE.txt',
    'THIRD-PARTY-NOTICES.md',
    'readme.md',
    'docs/vscode.md',
    'docs/rules/boilerplate.md',
    'images/icon.png',
    'changelog.md',
  ]) {
    assert.ok(files.includes(needed), `${needed} is in the package: ${files.join(', ')}`);
  }
  const unwanted = files.filter(
    (f) => /\.(ts|map)$/.test(f) || /^(node_modules|out|test|server|client|bin|\.cache)\//.test(f) || f === 'dist/cli.js',
  );
  assert.deepEqual(unwanted, [], 'no sources, maps, tests, node_modules or command line tool');
  const kib = statSync(vsix).size / 1024;
  assert.ok(kib < 1024, `the package is ${kib.toFixed(0)} KiB`);
});

const cachedVSCode = (): boolean => {
  const dir = join(ROOT, '.vscode-test');
  return existsSync(dir) && readdirSync(dir).some((name) => name.startsWith('vscode-'));
};
const electron = process.env.COPYDESK_TEST_ELECTRON === '1' || cachedVSCode();

test(
  'VS Code integration suite under @vscode/test-electron',
  {
    timeout: 15 * 60_000,
    skip: electron
      ? false
      : 'no VS Code download here (set COPYDESK_TEST_ELECTRON=1 where one can be fetched); code-server ran the suite',
  },
  async () => {
    await runElectronSuite();
  },
);

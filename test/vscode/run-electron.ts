/**
 * Runs the VS Code integration suite in a downloaded VS Code with
 * @vscode/test-electron, where the machine can reach Microsoft's update
 * service (this one cannot: see run-code-server.ts for the runner used
 * here). As with code-server, the packaged `.vsix` is installed, not the
 * source folder; the runner extension is the development extension that
 * carries the bundled suite.
 *
 *   node out/test/vscode/run-electron.js        (VSCODE_VERSION=1.100.3 to pin)
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { downloadAndUnzipVSCode, resolveCliArgsFromVSCodeExecutablePath, runTests } from '@vscode/test-electron';
import {
  bundleSuite,
  createWorkspace,
  packageExtension,
  packageRunnerExtension,
  RUNNER_EXTENSION,
  writeUserSettings,
} from './harness';

export const VSCODE_VERSION = process.env.VSCODE_VERSION ?? 'stable';

export async function runElectronSuite(): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'copydesk-electron-'));
  try {
    const vsix = packageExtension();
    await packageRunnerExtension(tmp);
    const suite = await bundleSuite(join(tmp, 'suite.js'));
    const workspace = createWorkspace(join(tmp, 'workspace'));
    const userData = join(tmp, 'user-data');
    const extensions = join(tmp, 'extensions');
    writeUserSettings(userData);

    const executable = await downloadAndUnzipVSCode(VSCODE_VERSION);
    const [cli, ...cliArgs] = resolveCliArgsFromVSCodeExecutablePath(executable);
    if (!cli) throw new Error(`no VS Code command line next to ${executable}`);
    const installed = spawnSync(
      cli,
      [...cliArgs, '--extensions-dir', extensions, '--user-data-dir', userData, '--install-extension', vsix],
      { encoding: 'utf8', shell: process.platform === 'win32' },
    );
    if (installed.status !== 0) throw new Error(`installing ${vsix} failed:\n${installed.stdout}${installed.stderr}`);

    await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: RUNNER_EXTENSION,
      extensionTestsPath: suite,
      launchArgs: [
        workspace,
        '--extensions-dir',
        extensions,
        '--user-data-dir',
        userData,
        '--disable-workspace-trust',
        '--skip-welcome',
        '--skip-release-notes',
      ],
    });
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

if (require.main === module) {
  runElectronSuite().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}

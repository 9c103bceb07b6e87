/**
 * What both runners of the VS Code suite share: the test workspace, the
 * packaged `.vsix`, and the esbuild bundles of the suite and of the runner
 * extension. Runs in plain Node (compiled to out/test/vscode).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build, type BuildOptions } from 'esbuild';
import { EXAMPLES } from '../helpers/examples';

/** The repository root: this file runs from out/test/vscode. */
export const ROOT = resolve(__dirname, '..', '..', '..');
export const FIXTURES = join(ROOT, 'test', 'vscode', 'fixtures');
export const RUNNER_EXTENSION = join(ROOT, 'test', 'vscode', 'runner-extension');
/** The scraped example article: the project's shared one, or the vendored stand-in in a plain clone (test/helpers/examples.ts). */
export const SCRAPED_ARTICLE = join(EXAMPLES, 'scraped-article.txt');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
export const VSIX = join(ROOT, `${MANIFEST.name}-${MANIFEST.version}.vsix`);

/** Settings for a quiet test profile: no trust dialog, no welcome page, no telemetry. */
export const TEST_USER_SETTINGS = {
  'security.workspace.trust.enabled': false,
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'update.mode': 'none',
  'workbench.enableExperiments': false,
  'git.enabled': false,
  'files.autoSave': 'off',
};

/** For the Restricted Mode run: trust is on, and nothing asks, so the workspace stays untrusted. */
export const UNTRUSTED_USER_SETTINGS = {
  ...TEST_USER_SETTINGS,
  'security.workspace.trust.enabled': true,
  'security.workspace.trust.startupPrompt': 'never',
  'security.workspace.trust.banner': 'never',
  'security.workspace.trust.emptyWindow': false,
};

export function writeUserSettings(userDataDir: string, settings: Record<string, unknown> = TEST_USER_SETTINGS): void {
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  writeFileSync(join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

/** The workspace settings of the Restricted Mode run: a restricted setting that must not apply there. */
export function writeUntrustedWorkspaceSettings(workspace: string): void {
  mkdirSync(join(workspace, '.vscode'), { recursive: true });
  writeFileSync(
    join(workspace, '.vscode', 'settings.json'),
    JSON.stringify({ 'copydesk.rules': { 'lexical-illusion': 'off' } }, null, 2),
  );
}

/** A fresh workspace folder: the suite's fixtures plus the scraped example article. */
export function createWorkspace(dir: string): string {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(FIXTURES)) copyFileSync(join(FIXTURES, name), join(dir, name));
  if (!existsSync(SCRAPED_ARTICLE)) throw new Error(`the example article is missing: ${SCRAPED_ARTICLE}`);
  copyFileSync(SCRAPED_ARTICLE, join(dir, 'scraped-article.txt'));
  return dir;
}

function run(command: string, args: string[], cwd: string, what: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  if (result.error) throw new Error(`${what}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${what} failed (exit ${result.status}):\n${output}`);
  return output;
}

/**
 * The `.vsix` users install, made as `npm run package` makes it
 * (scripts/package-vsix.mjs). The bundles are made only when missing:
 * `npm test` and `npm run test:vscode` build them first, and rebuilding them
 * here could race with other tests that run dist/server.js.
 */
export function packageExtension(): string {
  if (!existsSync(join(ROOT, 'dist', 'client.js')) || !existsSync(join(ROOT, 'dist', 'server.js'))) {
    run(process.execPath, [join(ROOT, 'scripts', 'bundle.mjs')], ROOT, 'bundling (scripts/bundle.mjs)');
  }
  run(process.execPath, [join(ROOT, 'scripts', 'package-vsix.mjs')], ROOT, 'packaging the extension (scripts/package-vsix.mjs)');
  if (!existsSync(VSIX)) throw new Error(`scripts/package-vsix.mjs did not write ${VSIX}`);
  return VSIX;
}

/** esbuild options for code that runs in the extension host, where `vscode` is provided. */
const EXTENSION_HOST_BUNDLE: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['vscode'],
  logLevel: 'error',
};

/** Bundles the suite (mocha included) into one CommonJS file: the test-electron entry point. */
export async function bundleSuite(outfile: string): Promise<string> {
  await build({
    entryPoints: [join(ROOT, 'test', 'vscode', 'suite', 'index.ts')],
    outfile,
    ...EXTENSION_HOST_BUNDLE,
  });
  return outfile;
}

/** Bundles and packages the runner extension; returns the path of its `.vsix`. */
export async function packageRunnerExtension(outDir: string): Promise<string> {
  await build({
    entryPoints: [join(RUNNER_EXTENSION, 'src', 'runner.ts')],
    outfile: join(RUNNER_EXTENSION, 'dist', 'runner.js'),
    ...EXTENSION_HOST_BUNDLE,
  });
  const vsix = join(outDir, 'copydesk-test-runner.vsix');
  const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--skip-license', '--allow-missing-repository', '--out', vsix],
    RUNNER_EXTENSION,
    'packaging the test runner extension',
  );
  return vsix;
}

/** The names of the entries of a zip file (a `.vsix`), read from its central directory. */
export function zipEntries(path: string): string[] {
  const zip = readFileSync(path);
  // The end-of-central-directory record: signature 0x06054b50, within the last 64 KiB.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 65_557); i--) {
    if (zip.readUInt32LE(i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd === -1) throw new Error(`${path} is not a zip file`);
  const count = zip.readUInt16LE(eocd + 10);
  let at = zip.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let n = 0; n < count; n++) {
    if (zip.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${n}`);
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const commentLength = zip.readUInt16LE(at + 32);
    names.push(zip.toString('utf8', at + 46, at + 46 + nameLength));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

// Makes the VS Code package, copydesk-<version>.vsix, from the bundles in dist/
// (run scripts/bundle.mjs first; `npm run package` does both).
//
// package.json's "files" list says what npm packs (it includes the CLI);
// vsce refuses a manifest with "files" when a .vscodeignore exists, and the
// .vsix needs less (no CLI). So this copies what .vscodeignore lets in to a
// staging folder, writes the manifest there without "files", and runs vsce
// on it: the .vscodeignore is then applied by vsce itself, to the letter.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const vsix = join(root, `${manifest.name}-${manifest.version}.vsix`);
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');

const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8');
// Each `!pattern`: copy the path before its first wildcard (a file or a whole folder).
const included = ignore
  .split(/\r?\n/)
  .map((line) => line.trim())
  .filter((line) => line.startsWith('!'))
  .map((line) =>
    line
      .slice(1)
      .split(/[*?[{]/)[0]
      .replace(/\/+$/, ''),
  )
  .filter((path) => path !== '');

const stage = mkdtempSync(join(tmpdir(), 'copydesk-vsix-'));
try {
  for (const path of new Set(included)) {
    const from = join(root, path);
    if (!existsSync(from)) {
      if (path.startsWith('dist')) throw new Error(`${path} is missing: run node scripts/bundle.mjs first`);
      continue;
    }
    if (path !== 'package.json') cpSync(from, join(stage, path), { recursive: true });
  }
  cpSync(join(root, '.vscodeignore'), join(stage, '.vscodeignore'));
  const { files: _npmFiles, ...extensionManifest } = manifest;
  writeFileSync(join(stage, 'package.json'), JSON.stringify(extensionManifest, null, 2) + '\n');
  const result = spawnSync(
    process.execPath,
    [vsce, 'package', '--no-dependencies', '--no-rewrite-relative-links', '--out', vsix],
    { cwd: stage, stdio: 'inherit' },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
} finally {
  rmSync(stage, { recursive: true, force: true });
}

// `npm pack` (and `npm publish`) run this first: the package ships the
// bundles and rendered docs in dist/, so build them when they are missing or
// older than their sources. When they are current, nothing is rebuilt, so a
// pack never races with tests that run dist/server.js.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const OUTPUTS = ['dist/cli.js', 'dist/server.js', 'dist/client.js', 'dist/docs/rules/index.html'];
const SOURCES = ['server/src', 'client/src', 'docs', 'tools/render-docs.ts', 'scripts/bundle.mjs'];

/** The newest modification time under a file or folder. */
function newest(path) {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let time = 0;
  for (const name of readdirSync(path)) time = Math.max(time, newest(join(path, name)));
  return time;
}

const missing = OUTPUTS.filter((f) => !existsSync(join(root, f)));
const oldest = missing.length ? 0 : Math.min(...OUTPUTS.map((f) => statSync(join(root, f)).mtimeMs));
const changed = SOURCES.filter((s) => existsSync(join(root, s)) && newest(join(root, s)) > oldest);
if (missing.length === 0 && changed.length === 0) {
  console.error('prepack: dist/ is up to date');
} else {
  console.error(`prepack: building (${missing.length ? `missing ${missing.join(', ')}` : `changed: ${changed.join(', ')}`})`);
  const npm = process.env.npm_execpath;
  const result = npm
    ? spawnSync(process.execPath, [npm, 'run', 'build'], { cwd: root, stdio: 'inherit' })
    : spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  process.exit(result.status ?? 1);
}

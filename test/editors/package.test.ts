/**
 * The npm package as a user gets it: `npm pack` in the checkout, then
 * `npm install --global` of the tarball into a temporary prefix, offline
 * (the package has no dependencies to fetch), and both commands run from that
 * prefix, in a folder outside the checkout, with no NODE_PATH: they can only
 * work from the bundles the tarball carries.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, lstatSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { RULES } from '../../server/src/core';
import { REPO_ROOT, TestClient } from '../lsp/helpers/client';

const MANIFEST = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { name: string; version: string };
/** The tarball today is about 0.55 MB (bundles ~0.5 MB gzipped, docs); twice that means something unintended got in. */
const MAX_TARBALL_BYTES = 1024 * 1024;

interface PackResult {
  filename: string;
  size: number;
  unpackedSize: number;
  files: { path: string }[];
}

function npm(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): SpawnSyncReturns<string> {
  return spawnSync('npm', args, { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

function ok(result: SpawnSyncReturns<string>, what: string): string {
  assert.equal(result.error, undefined, `${what}: ${result.error?.message ?? ''}`);
  assert.equal(result.status, 0, `${what} failed (${result.status}):\n${result.stdout}${result.stderr}`);
  return result.stdout;
}

describe('the npm package: packed, installed globally from the tarball, run without the checkout', () => {
  let tmp: string;
  let pack: PackResult;
  let prefix: string;
  let home: string;
  let installed: string;
  /** Only the prefix's bin and Node itself: no checkout, no node_modules/.bin. */
  let env: NodeJS.ProcessEnv;

  before(() => {
    tmp = mkdtempSync(join(tmpdir(), 'copydesk-package-'));
    prefix = join(tmp, 'prefix');
    home = join(tmp, 'home');
    // `prepack` builds only when dist/ is stale; the test run built it already.
    const packed = ok(npm(['pack', '--json', '--pack-destination', tmp], REPO_ROOT), 'npm pack');
    const results = JSON.parse(packed.slice(packed.indexOf('['))) as PackResult[];
    assert.equal(results.length, 1);
    pack = results[0] as PackResult;
    const offline = {
      ...process.env,
      npm_config_cache: join(tmp, 'npm-cache'),
      npm_config_offline: 'true',
      // Nothing may reach a registry: an address that refuses every connection.
      npm_config_registry: 'http://127.0.0.1:9/',
      npm_config_audit: 'false',
      npm_config_fund: 'false',
      npm_config_update_notifier: 'false',
    };
    ok(npm(['install', '--global', '--prefix', prefix, join(tmp, pack.filename)], tmp, offline), 'npm install --global');
    installed = join(prefix, 'lib', 'node_modules', MANIFEST.name);
    const clean: NodeJS.ProcessEnv = {};
    for (const [key, value] of Object.entries(process.env)) {
      if (!/^(npm_|NODE_PATH$|NODE_OPTIONS$|INIT_CWD$)/i.test(key)) clean[key] = value;
    }
    env = { ...clean, HOME: home, PATH: [join(prefix, 'bin'), dirname(process.execPath), '/usr/bin', '/bin'].join(delimiter) };
  });

  after(() => {
    if (tmp) rmSync(tmp, { recursive: true, force: true });
  });

  it('the tarball holds the bundles, the bins, the docs (Markdown and HTML), the schema and the notices, and nothing else', () => {
    assert.equal(pack.filename, `${MANIFEST.name}-${MANIFEST.version}.tgz`);
    const files = pack.files.map((f) => f.path).sort();
    const needed = [
      'package.json',
      'bin/copydesk.js',
      'bin/copydesk-language-server.js',
      'dist/cli.js',
      'dist/server.js',
      'dist/docs/rules/index.html',
      'copydesk.schema.json',
      'README.md',
      'CHANGELOG.md',
      'LICENSE',
      'THIRD-PARTY-NOTICES.md',
      ...RULES.flatMap((r) => [`docs/rules/${r.meta.id}.md`, `dist/docs/rules/${r.meta.id}.html`]),
    ];
    assert.deepEqual(
      needed.filter((f) => !files.includes(f)),
      [],
      `missing from ${files.join(', ')}`,
    );
    const unwanted = files.filter(
      (f) => /\.(ts|map|vsix|tgz)$/.test(f) || /^(node_modules|out|test|server|client|tools|bench|samples|\.cache)\//.test(f),
    );
    assert.deepEqual(unwanted, [], 'no sources, maps, tests or node_modules');
    assert.ok(pack.size < MAX_TARBALL_BYTES, `the tarball is ${pack.size} bytes`);
  });

  it('installs as real files under the prefix, with no dependencies', () => {
    assert.ok(existsSync(join(installed, 'package.json')), `installed at ${installed}`);
    assert.equal(lstatSync(installed).isSymbolicLink(), false, 'not a link into the checkout');
    assert.ok(relative(REPO_ROOT, realpathSync(installed)).startsWith('..'), 'outside the checkout');
    assert.equal(existsSync(join(installed, 'node_modules')), false, 'no node_modules: the bundles carry everything');
    for (const bin of ['copydesk', 'copydesk-language-server']) assert.ok(existsSync(join(prefix, 'bin', bin)), `${bin} on PATH`);
  });

  it('copydesk --version and copydesk lint run from the installed bundle', () => {
    const cwd = mkdtempSync(join(tmp, 'work-'));
    const version = ok(spawnSync('copydesk', ['--version'], { cwd, env, encoding: 'utf8' }), 'copydesk --version');
    assert.equal(version.trim(), MANIFEST.version);
    writeFileSync(join(cwd, 'story.txt'), 'Ferry Route Reopens\n\nThe ferry left the the harbour at dawn, the operator said.\n');
    const lint = spawnSync('copydesk', ['lint', '--format', 'json', 'story.txt'], { cwd, env, encoding: 'utf8' });
    assert.equal(lint.error, undefined);
    const report = JSON.parse(lint.stdout) as { files: { path: string; diagnostics: { rule: string }[] }[] };
    assert.deepEqual(
      report.files.flatMap((f) => f.diagnostics.map((d) => `${f.path}: ${d.rule}`)),
      ['story.txt: lexical-illusion'],
      lint.stderr,
    );
  });

  it('copydesk-language-server answers initialize over stdio and links each rule to its HTML page in the package', async () => {
    const cwd = mkdtempSync(join(tmp, 'server-'));
    const child = spawn('copydesk-language-server', ['--stdio'], { cwd, env, stdio: ['pipe', 'pipe', 'pipe'] });
    const client = TestClient.over(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin), child);
    try {
      const init = await client.initialize();
      assert.deepEqual(init.serverInfo, { name: 'copydesk-language-server', version: MANIFEST.version });
      const uri = pathToFileURL(join(cwd, 'story.txt')).href;
      await client.open(uri, 'plaintext', 'Ferry Route Reopens\n\nThe ferry left the the harbour at dawn, the operator said.\n');
      const [repeat] = (await client.diagnosticsFor(uri)).diagnostics.filter((d) => d.code === 'lexical-illusion');
      assert.ok(repeat, 'a lexical-illusion diagnostic');
      const href = repeat.codeDescription?.href ?? '';
      assert.equal(href, pathToFileURL(join(realpathSync(installed), 'dist/docs/rules/lexical-illusion.html')).href);
      const page = readFileSync(fileURLToPath(href), 'utf8');
      assert.match(page, /^<!doctype html>/);
      assert.match(page, /<h1 id="lexical-illusion">lexical-illusion<\/h1>/);
      assert.doesNotMatch(page, /generated:(start|end)/, 'the generator markers do not show');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

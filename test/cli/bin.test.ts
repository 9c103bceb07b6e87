/**
 * bin/copydesk.js starts the bundle its own way (a V8 tiering setting, and V8's code cache kept in the user's cache
 * folder by bin/code-cache.js): whatever it sets or reads, the command's output and exit code are the bundle's,
 * byte for byte, in every format, with a cache, without one, and with a cache that is stale, foreign or damaged.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BIN, ROOT, fixture, type CliRun } from './helpers';

/** Articles of several shapes, so that many rules find something: figures, quotations, furniture, a heading. */
const FILES: Record<string, string> = {
  'harbour.txt': [
    'Harbour fees to rise by 12% next year',
    '',
    'The port authority said on Tuesday that fees would rise by 12% from January, the the first rise in five years.',
    '"We have no choice," said Mara Quell, the authority\'s finance director. Roughly 4,000 jobs depend on the port.',
    'Very many traders said the rise was basically unfair, and there is a feeling that it was rushed.',
    '',
    'Share this article',
    'Sign up for our newsletter',
    '© 2026 The Harbour Gazette. All rights reserved.',
    '',
  ].join('\n'),
  'notes.md': [
    '# Budget notes',
    '',
    'Spending fell 3.5 per cent to $2.1 billion, and 40 percent of schools reported shortfalls.',
    '',
    '- Item one: 17 buses',
    '- Item two: 230 staff',
    '',
    'Read more: [the full report](https://example.org/report)',
    '',
  ].join('\n'),
  'crlf.txt': 'A short note.\r\nIt was decided that the the plan is, at the end of the day, a good one.\r\n',
  'empty.txt': '',
};

/** Runs node (with `nodeArgs`) on `script` (the bin or the bundle itself) with the given arguments in `cwd`. */
function run(script: string, args: string[], cwd: string, nodeArgs: string[] = [], env: NodeJS.ProcessEnv = {}): CliRun {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, NODE_OPTIONS: _nodeOptions, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [...nodeArgs, script, ...args], {
    cwd,
    input: '',
    env: { ...inherited, ...env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: bin/copydesk.js runs the bundle unchanged', () => {
  let dir: string;
  let cleanup: () => void;
  /** Each test's own cache folder, so that no test sees another's cache (or the user's). */
  let cacheHome = 0;
  const freshCache = (): NodeJS.ProcessEnv => ({ XDG_CACHE_HOME: join(dir, `cache-${++cacheHome}`) });
  before(() => ({ dir, cleanup } = fixture(FILES)));
  after(() => cleanup());

  for (const format of ['stylish', 'unix', 'json', 'sarif']) {
    it(`the same output and exit code as dist/cli.js run directly, without and with a code cache (--format ${format}, every severity)`, () => {
      const args = ['lint', '.', '--format', format, '--severity', 'hint'];
      const direct = run(join(ROOT, 'dist', 'cli.js'), args, dir);
      assert.ok(direct.stdout.length > 200, `the bundle found something: ${direct.stdout}`);
      const env = freshCache();
      assert.deepEqual(run(BIN, args, dir, [], env), direct, 'the first run, which writes the cache');
      assert.equal(cacheFiles(env).length, 1, 'one cache written');
      assert.deepEqual(run(BIN, args, dir, [], env), direct, 'a run with the cache');
    });
  }

  it('the same output when node is given a budget of its own (a small one: optimised early, and dropped often)', () => {
    const args = ['lint', '.', '--format', 'json'];
    const direct = run(join(ROOT, 'dist', 'cli.js'), args, dir);
    const bin = run(BIN, args, dir, ['--interrupt-budget=1000'], freshCache());
    assert.deepEqual(bin, direct);
  });

  describe('the code cache', () => {
    const args = ['lint', '.', '--format', 'json'];
    let direct: CliRun;
    before(() => (direct = run(join(ROOT, 'dist', 'cli.js'), args, dir)));

    /** A cache folder holding the cache of one run of the bin, and that cache's path. */
    const cached = (): { env: NodeJS.ProcessEnv; path: string } => {
      const env = freshCache();
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      const [path] = cacheFiles(env);
      assert.ok(path !== undefined, 'a cache was written');
      return { env, path };
    };
    /** The CPU milliseconds a cache says its run took (bin/code-cache.js's header). */
    const madeIn = (path: string): number => readFileSync(path).readUInt32LE(4);
    const setMadeIn = (path: string, ms: number): void => {
      const bytes = readFileSync(path);
      bytes.writeUInt32LE(ms, 4);
      writeFileSync(path, bytes);
    };

    it('is written to the user cache folder, readable by the user alone, with its mark', () => {
      const { env, path } = cached();
      assert.equal(statSync(path).mode & 0o777, 0o600);
      assert.equal(statSync(join(env.XDG_CACHE_HOME as string, 'copydesk', 'code-cache')).mode & 0o777, 0o700);
      assert.equal(readFileSync(path).toString('latin1', 0, 4), 'cdc1');
      assert.ok(statSync(path).size > 100_000, 'the cache holds the compiled functions');
    });

    it('is read and left alone by the next run when V8 takes it (a rejected cache would be written again)', () => {
      const { env, path } = cached();
      setMadeIn(path, 400); // as if made by a run long enough to have compiled everything
      const before = readFileSync(path);
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      assert.deepEqual(readFileSync(path), before);
    });

    it('made by a much shorter run, is written again by a longer one', () => {
      const { env, path } = cached();
      setMadeIn(path, 0);
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      assert.ok(madeIn(path) > 0, "rewritten with this run's time");
    });

    it('damaged (V8 refuses it), is ignored and written again', () => {
      const { env, path } = cached();
      const damaged = readFileSync(path);
      damaged.fill(7, 8);
      setMadeIn(path, 400);
      writeFileSync(path, damaged);
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      assert.notDeepEqual(readFileSync(path), damaged);
    });

    it('without its mark, or a symbolic link, is not read; the link is replaced, its target left', () => {
      const { env, path } = cached();
      writeFileSync(path, 'not a cache');
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      assert.equal(readFileSync(path).toString('latin1', 0, 4), 'cdc1');
      const target = join(dir, 'elsewhere.bin');
      writeFileSync(target, readFileSync(path));
      const kept = readFileSync(target);
      rmSync(path);
      symlinkSync(target, path);
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      assert.equal(lstatSync(path).isSymbolicLink(), false);
      assert.deepEqual(readFileSync(target), kept);
    });

    it('is neither read nor written with COPYDESK_NO_CODE_CACHE=1', () => {
      const env: NodeJS.ProcessEnv = { ...freshCache(), COPYDESK_NO_CODE_CACHE: '1' };
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      assert.equal(existsSync(env.XDG_CACHE_HOME as string), false);
    });

    it('keeps at most eight caches, the newest, and removes a temporary file an interrupted run left', () => {
      const env = freshCache();
      const folder = join(env.XDG_CACHE_HOME as string, 'copydesk', 'code-cache');
      mkdirSync(folder, { recursive: true });
      const hour = 3600;
      const old = Date.now() / 1000 - 10 * hour;
      for (let i = 0; i < 9; i++) {
        writeFileSync(join(folder, `old-${i}.bin`), 'x');
        utimesSync(join(folder, `old-${i}.bin`), old + i, old + i);
      }
      writeFileSync(join(folder, 'left.bin.1.tmp'), 'x');
      utimesSync(join(folder, 'left.bin.1.tmp'), old, old);
      writeFileSync(join(folder, 'writing.bin.2.tmp'), 'x');
      assert.deepEqual(run(BIN, args, dir, [], env), direct);
      const names = readdirSync(folder).sort();
      assert.equal(names.filter((n) => n.endsWith('.bin')).length, 8, names.join(', '));
      assert.ok(!names.includes('old-0.bin') && !names.includes('old-1.bin'), 'the two oldest went');
      assert.ok(names.includes('old-8.bin'));
      assert.ok(!names.includes('left.bin.1.tmp'), 'the stale temporary file went');
      assert.ok(names.includes('writing.bin.2.tmp'), 'a fresh one may be another run writing');
    });

    it('is one file per bundle, Node version and node flags: other flags make another', () => {
      const { env } = cached();
      assert.deepEqual(run(BIN, args, dir, ['--stack-size=2000'], env), direct);
      assert.equal(cacheFiles(env).length, 2);
    });
  });
});

/** The cache files in the folder `env` names. */
function cacheFiles(env: NodeJS.ProcessEnv): string[] {
  const folder = join(env.XDG_CACHE_HOME as string, 'copydesk', 'code-cache');
  return existsSync(folder) ? readdirSync(folder).map((name) => join(folder, name)) : [];
}

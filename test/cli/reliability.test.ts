/**
 * Issue 10, the command line's part: --fix against other writers and read-only files, files that are not files
 * (FIFOs, devices, directories) where a config or an article is expected, inputs large enough to overflow a
 * spread or a recursion, and control characters on their way to a terminal.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import {
  appendFileSync,
  chmodSync,
  chownSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { run, type CliEnvironment } from '../../server/src/cli/run';
import { FIXED, LEX, REPEAT, cli, fixture, only, parseJson } from './helpers';

const POSIX = process.platform !== 'win32';
const ROOT_USER = process.getuid?.() === 0;

/** Runs the CLI in this process (so a test can step in while --fix writes), capturing its output. */
async function runInProcess(
  argv: string[],
  cwd: string,
  hooks?: CliEnvironment['hooks'],
): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await run({
    argv,
    cwd,
    env: {},
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    readStdin: () => Promise.resolve(Buffer.alloc(0)),
    ...(hooks ? { hooks } : {}),
  });
  return { status, stdout, stderr };
}

function makeFifo(path: string): void {
  const made = spawnSync('mkfifo', [path]);
  assert.equal(made.status, 0, 'mkfifo failed');
}

describe('cli: --fix and other writers', () => {
  it('does not overwrite a file that another writer changed between the read and the rename; says so, exits 2, leaves no temporary file', async () => {
    const { dir, cleanup } = fixture({ 'story.txt': REPEAT });
    try {
      const path = join(dir, 'story.txt');
      const other = 'A line another program appended while copydesk was fixing.\n';
      let called = 0;
      const result = await runInProcess(['lint', '--fix', ...LEX, 'story.txt'], dir, {
        // The moment of the race, made deterministic: the fixed text is on disk in a temporary file, the rename
        // has not happened yet, and another program appends its line.
        beforeRename: (file) => {
          called++;
          assert.equal(file, path);
          appendFileSync(file, other);
        },
      });
      assert.equal(called, 1);
      assert.equal(result.status, 2, result.stderr);
      assert.match(result.stderr, /story\.txt: not fixed: the file changed on disk while it was being fixed; not overwritten/);
      assert.equal(readFileSync(path, 'utf8'), REPEAT + other, 'the other writer’s line is kept');
      assert.deepEqual(readdirSync(dir), ['story.txt'], 'no temporary file is left');
      // What was read is reported, with nothing claimed as fixed.
      assert.match(result.stdout, /story\.txt:1:44 {2}warning/);
      assert.ok(!result.stdout.includes('Fixed'), result.stdout);
    } finally {
      cleanup();
    }
  });

  it('a change of the same size and a restored mtime is still seen (the content is compared)', async () => {
    const { dir, cleanup } = fixture({ 'story.txt': REPEAT });
    try {
      const path = join(dir, 'story.txt');
      const stamp = statSync(path);
      const swapped = REPEAT.replace('Monday', 'Friday');
      const result = await runInProcess(['lint', '--fix', ...LEX, 'story.txt'], dir, {
        beforeRename: () => {
          writeFileSync(path, swapped);
          // Put the old times back, as a careless copy tool would.
          utimesSync(path, stamp.atime, stamp.mtime);
        },
      });
      assert.equal(result.status, 2);
      assert.equal(readFileSync(path, 'utf8'), swapped);
      assert.deepEqual(readdirSync(dir), ['story.txt']);
    } finally {
      cleanup();
    }
  });

  it('with no other writer, the same in-process run fixes the file (the hook does not change the outcome)', async () => {
    const { dir, cleanup } = fixture({ 'story.txt': REPEAT });
    try {
      let called = 0;
      const result = await runInProcess(['lint', '--fix', ...LEX, 'story.txt'], dir, { beforeRename: () => void called++ });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(called, 1);
      assert.equal(readFileSync(join(dir, 'story.txt'), 'utf8'), FIXED);
      assert.match(result.stdout, /^Fixed 1 problem in 1 file: lexical-illusion 1\.$/m);
    } finally {
      cleanup();
    }
  });

  it(
    'leaves a read-only (0444) file alone, even when run as root; says so and exits 2',
    { skip: !POSIX && 'POSIX modes' },
    () => {
      const { dir, cleanup } = fixture({ 'locked.txt': REPEAT, 'open.txt': REPEAT });
      try {
        const locked = join(dir, 'locked.txt');
        chmodSync(locked, 0o444);
        const before = statSync(locked);
        const result = cli(['lint', '--fix', ...LEX, 'locked.txt', 'open.txt'], { cwd: dir });
        assert.equal(result.status, 2, result.stderr);
        assert.match(result.stderr, /locked\.txt: not fixed: the file is read-only \(mode 0444\); not changed/);
        const after = statSync(locked);
        assert.equal(readFileSync(locked, 'utf8'), REPEAT);
        assert.equal(after.ino, before.ino);
        assert.equal(after.mode & 0o7777, 0o444);
        // The writable file beside it is fixed.
        assert.equal(readFileSync(join(dir, 'open.txt'), 'utf8'), FIXED);
        assert.match(result.stdout, /^Fixed 1 problem in 1 file: lexical-illusion 1\.$/m);
        assert.deepEqual(readdirSync(dir).sort(), ['locked.txt', 'open.txt']);
      } finally {
        cleanup();
      }
    },
  );

  it(
    'keeps the owner and group of a file it rewrites',
    { skip: !ROOT_USER && 'only root can give a file to another user' },
    () => {
      const { dir, cleanup } = fixture({ 'theirs.txt': REPEAT });
      try {
        const path = join(dir, 'theirs.txt');
        chownSync(path, 4321, 8765);
        chmodSync(path, 0o664);
        const result = cli(['lint', '--fix', ...LEX, 'theirs.txt'], { cwd: dir });
        assert.equal(result.status, 0, result.stderr);
        const after = statSync(path);
        assert.equal(readFileSync(path, 'utf8'), FIXED);
        assert.deepEqual([after.uid, after.gid, after.mode & 0o7777], [4321, 8765, 0o664]);
      } finally {
        cleanup();
      }
    },
  );
});

describe('cli: config and article paths that are not regular files', { skip: !POSIX && 'FIFOs and devices' }, () => {
  it('a .copydesk.json that is a FIFO is reported, never waited on, and linting goes on with the defaults', () => {
    const { dir, cleanup } = fixture({ 'desk/story.txt': REPEAT });
    try {
      makeFifo(join(dir, 'desk', '.copydesk.json'));
      // If copydesk opened the FIFO to read it, it would wait for a writer forever and this run would time out.
      const result = cli(['lint', '--format', 'json', ...LEX, 'desk'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.match(
        result.stderr,
        /desk\/\.copydesk\.json: cannot be read: not a regular file \(a FIFO\); using the defaults for it/,
      );
      assert.deepEqual(
        parseJson(result).files.map((f) => [f.path, f.diagnostics.map((d) => d.severity)]),
        [['desk/story.txt', ['warning']]],
      );
    } finally {
      cleanup();
    }
  });

  const devices: [string, string, RegExp][] = [
    ['a link to /dev/zero', '/dev/zero', /not a regular file \(a character device\)/],
    ['a link to /dev/urandom', '/dev/urandom', /not a regular file \(a character device\)/],
  ];
  for (const [what, target, message] of devices) {
    it(
      `a .copydesk.json that is ${what} is reported without reading it, and linting goes on`,
      { skip: !existsSync(target) && `no ${target}` },
      () => {
        const { dir, cleanup } = fixture({ 'story.txt': REPEAT });
        try {
          symlinkSync(target, join(dir, '.copydesk.json'));
          const result = cli(['lint', '--format', 'json', ...LEX, 'story.txt'], { cwd: dir });
          assert.equal(result.status, 0, result.stderr);
          assert.match(result.stderr, message);
          assert.equal(parseJson(result).files[0]?.diagnostics.length, 1);
        } finally {
          cleanup();
        }
      },
    );
  }

  it('a .copydesk.json that is a directory is reported, and linting goes on', () => {
    const { dir, cleanup } = fixture({ 'story.txt': REPEAT });
    try {
      mkdirSync(join(dir, '.copydesk.json'));
      const result = cli(['lint', '--format', 'json', ...LEX, 'story.txt'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.match(result.stderr, /\.copydesk\.json: cannot be read: not a regular file \(a directory\)/);
      assert.equal(parseJson(result).files[0]?.diagnostics.length, 1);
    } finally {
      cleanup();
    }
  });

  it('--config naming a FIFO or a device is a clear usage error', () => {
    const { dir, cleanup } = fixture({ 'story.txt': REPEAT });
    try {
      makeFifo(join(dir, 'pipe.json'));
      const fifo = cli(['lint', '--config', 'pipe.json', 'story.txt'], { cwd: dir });
      assert.equal(fifo.status, 2);
      assert.match(fifo.stderr, /config file "pipe\.json" is not a regular file \(a FIFO\)/);
      const device = cli(['lint', '--config', '/dev/zero', 'story.txt'], { cwd: dir });
      assert.equal(device.status, 2);
      assert.match(device.stderr, /config file "\/dev\/zero" is not a regular file \(a character device\)/);
    } finally {
      cleanup();
    }
  });

  it(
    'an article path that links to /dev/zero is skipped with a message, and the others are linted',
    { skip: !existsSync('/dev/zero') && 'no /dev/zero' },
    () => {
      const { dir, cleanup } = fixture({ 'good.txt': REPEAT });
      try {
        symlinkSync('/dev/zero', join(dir, 'zero.txt'));
        // Named: reported as an error. Found by a directory search: not a regular file, so not picked up at all.
        const named = cli(['lint', '--format', 'json', ...LEX, 'zero.txt', 'good.txt'], { cwd: dir });
        assert.equal(named.status, 2);
        assert.match(named.stderr, /zero\.txt: skipped: not a regular file \(a character device\)/);
        assert.equal(parseJson(named).files.find((f) => f.path === 'good.txt')?.diagnostics.length, 1);
        const searched = cli(['lint', '--format', 'json', ...LEX, '.'], { cwd: dir });
        assert.equal(searched.status, 0, searched.stderr);
        assert.deepEqual(
          parseJson(searched).files.map((f) => f.path),
          ['good.txt'],
        );
      } finally {
        cleanup();
      }
    },
  );
});

describe('cli: inputs that overflowed the stack', () => {
  it('a config with 150,000 ignoreWords applies, to its last word', () => {
    const words: string[] = [];
    for (let i = 0; i < 150_000; i++) words.push(`word${i}`);
    words.push('the');
    const { dir, cleanup } = fixture({ '.copydesk.json': JSON.stringify({ ignoreWords: words }), 'story.txt': REPEAT });
    try {
      const result = cli(['lint', '--format', 'json', ...LEX, 'story.txt'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stderr, '');
      assert.equal(parseJson(result).files[0]?.diagnostics.length, 0, '"the" is in the list, last');
    } finally {
      cleanup();
    }
  });

  it('a file with 150,000 findings (more than a spread into push() takes) is counted', () => {
    // Two repeats on each line (a repeat across a short line's break reads as a label, not a slip): 2 × 75,000.
    const { dir, cleanup } = fixture({ 'table.txt': 'a a a\n'.repeat(75_000) });
    try {
      const result = cli(['lint', '--quiet', ...LEX, 'table.txt'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(result.stdout.split('\n')[0], '✖ 150000 problems (0 errors, 150000 warnings)');
    } finally {
      cleanup();
    }
  });

  it('1,000 copies of one paragraph give 1,000 findings, each once', () => {
    const paragraph = 'The council met on Monday and approved the the budget.\n\n';
    const { dir, cleanup } = fixture({ 'copies.txt': paragraph.repeat(1000) });
    try {
      const result = cli(['lint', '--format', 'json', ...LEX, 'copies.txt'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      const lines = parseJson(result).files[0]?.diagnostics.map((d) => d.range.start.line) ?? [];
      assert.equal(lines.length, 1000);
      assert.equal(new Set(lines).size, 1000);
    } finally {
      cleanup();
    }
  });

  it('a directory tree 300 levels deep is walked', () => {
    const deep = Array.from({ length: 300 }, (_, i) => `d${i}`).join('/');
    const { dir, cleanup } = fixture({ [`${deep}/story.txt`]: REPEAT });
    try {
      const result = cli(['lint', '--format', 'json', ...LEX, '.'], { cwd: dir });
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(
        parseJson(result).files.map((f) => f.path),
        [`${deep}/story.txt`],
      );
    } finally {
      cleanup();
    }
  });
});

describe('cli: control characters never reach the terminal', () => {
  const ESC = '\u001b';
  const BEL = '\u0007';
  // An OSC 8 hyperlink, a cursor move up, a C1 control sequence introducer and a bidi override in a front-matter
  // title, which title-mismatch quotes in its message; a screen clear in the file name.
  const title = `Mayor ${ESC}]8;;https://example.invalid${BEL}wins${ESC}]8;;${BEL} ${ESC}[1A vote \u009b2J \u202eetov`;
  const name = `evil${ESC}[2Jname${BEL}.md`;
  const text = `---\ntitle: "${title}"\n---\n\n# Council approves the budget\n\nThe the council met.\n`;

  function assertNoControls(output: string, what: string): void {
    // eslint-disable-next-line no-control-regex -- the report's own colours, when on
    const raw = output.replace(/\u001b\[\d+m/g, '');
    // eslint-disable-next-line no-control-regex -- what must not be there
    const found = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/.exec(raw);
    assert.equal(found, null, `${what} has a raw control character ${JSON.stringify(found?.[0])}: ${JSON.stringify(raw)}`);
  }

  it(
    'stylish and unix output and stderr show them as \\x1b, \\x07, \\x9b, \\u202e',
    { skip: !POSIX && 'control characters in file names' },
    () => {
      const { dir, cleanup } = fixture({
        [name]: text,
        '.copydesk.json': JSON.stringify({ rules: { [`adverb${ESC}[31m`]: 'off' } }),
      });
      try {
        for (const format of ['stylish', 'unix']) {
          for (const color of ['--no-color', '--color']) {
            const result = cli(['lint', '--format', format, color, ...only('title-mismatch', 'lexical-illusion'), '.'], {
              cwd: dir,
            });
            assert.equal(result.status, 0, result.stderr);
            assertNoControls(result.stdout, `${format} ${color} stdout`);
            assertNoControls(result.stderr, `${format} stderr`);
            assert.ok(result.stdout.includes('evil\\x1b[2Jname\\x07.md:5:3'), result.stdout);
            assert.ok(result.stdout.includes('\\x1b]8;;https://example.invalid\\x07wins'), result.stdout);
            assert.ok(result.stdout.includes('\\x1b[1A vote \\x9b2J \\u202eetov'), result.stdout);
            assert.ok(result.stderr.includes('unknown rule "adverb\\x1b[31m"'), result.stderr);
          }
        }
      } finally {
        cleanup();
      }
    },
  );

  it('json keeps the exact text (JSON escapes it)', { skip: !POSIX && 'control characters in file names' }, () => {
    const { dir, cleanup } = fixture({ [name]: text });
    try {
      const result = cli(['lint', '--format', 'json', ...only('title-mismatch'), '.'], { cwd: dir });
      const file = parseJson(result).files[0];
      assert.equal(file?.path, name);
      assert.ok(file?.diagnostics[0]?.message.includes(title), file?.diagnostics[0]?.message);
    } finally {
      cleanup();
    }
  });
});

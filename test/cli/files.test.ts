/** Which files the CLI reads: directories, globs, stdin, and files it must skip. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import { NO_SHARED_EXAMPLES } from '../helpers/examples';
import { LEX, REPEAT, ROOT, cli, fixture, parseJson } from './helpers';

function paths(args: string[], cwd: string): { status: number | null; paths: string[]; stderr: string } {
  const run = cli(['lint', '--format', 'json', ...LEX, ...args], { cwd });
  return { status: run.status, paths: parseJson(run).files.map((f) => f.path), stderr: run.stderr };
}

describe('cli: directories and globs', () => {
  let dir: string;
  let cleanup: () => void;
  before(
    () =>
      ({ dir, cleanup } = fixture({
        'a.txt': REPEAT,
        'b.md': REPEAT,
        'c.article': REPEAT,
        'notes.json': '{}',
        'page.html': '<p>the the</p>',
        'desk/d.txt': REPEAT,
        'desk/e.md': REPEAT,
        'desk/deeper/f.article': REPEAT,
        'desk/deeper/g.TXT': REPEAT,
        'desk/.drafts/hidden.txt': REPEAT,
        'node_modules/pkg/readme.md': REPEAT,
        'desk/node_modules/x.txt': REPEAT,
        '.git/notes.txt': REPEAT,
        'x1.txt': REPEAT,
        'x2.txt': REPEAT,
        'xa.txt': REPEAT,
      })),
  );
  after(() => cleanup());

  it('searches directories recursively for .txt, .md and .article, skipping node_modules and dot-directories', () => {
    assert.deepEqual(paths(['.'], dir).paths, [
      'a.txt',
      'b.md',
      'c.article',
      'desk/d.txt',
      'desk/deeper/f.article',
      'desk/deeper/g.TXT',
      'desk/e.md',
      'x1.txt',
      'x2.txt',
      'xa.txt',
    ]);
  });

  it('lints a dot-directory or node_modules when it is named', () => {
    assert.deepEqual(paths(['desk/.drafts'], dir).paths, ['desk/.drafts/hidden.txt']);
    assert.deepEqual(paths(['node_modules'], dir).paths, ['node_modules/pkg/readme.md']);
  });

  it('lints a file named explicitly, whatever its extension', () => {
    assert.deepEqual(paths(['page.html'], dir).paths, ['page.html']);
  });

  it('lists each file once, however often it is named', () => {
    assert.deepEqual(
      paths(['a.txt', '.', './a.txt', '*.txt'], dir).paths.filter((p) => p === 'a.txt'),
      ['a.txt'],
    );
  });

  it('gives paths relative to the current directory, with forward slashes', () => {
    assert.deepEqual(paths(['deeper', '../a.txt'], join(dir, 'desk')).paths, ['../a.txt', 'deeper/f.article', 'deeper/g.TXT']);
  });

  const globs: [string, string[]][] = [
    ['*.md', ['b.md']],
    ['**/*.md', ['b.md', 'desk/e.md']],
    ['**/*.article', ['c.article', 'desk/deeper/f.article']],
    ['desk/**/*.{txt,TXT}', ['desk/d.txt', 'desk/deeper/g.TXT']],
    ['x?.txt', ['x1.txt', 'x2.txt', 'xa.txt']],
    ['x[0-9].txt', ['x1.txt', 'x2.txt']],
    ['x[!0-9].txt', ['xa.txt']],
    ['{a,b}.*', ['a.txt', 'b.md']],
    ['desk/*', ['desk/d.txt', 'desk/deeper/f.article', 'desk/deeper/g.TXT', 'desk/e.md']],
    ['desk/.drafts/*.txt', ['desk/.drafts/hidden.txt']],
  ];
  for (const [glob, expected] of globs) {
    it(`expands the glob ${glob} itself`, () => {
      const result = paths([glob], dir);
      assert.equal(result.status, 0, result.stderr);
      assert.deepEqual(result.paths, expected);
    });
  }

  it('exits 2 when a directory holds nothing to lint', () => {
    const empty = fixture({ 'only.json': '{}' });
    try {
      const run = cli(['lint', '.'], { cwd: empty.dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no \.txt, \.md, \.article files found in directory "\."/);
    } finally {
      empty.cleanup();
    }
  });
});

describe('cli: files that are skipped', () => {
  let dir: string;
  let cleanup: () => void;
  before(
    () =>
      ({ dir, cleanup } = fixture({
        'a-nul.txt': Buffer.concat([Buffer.from('Looks like text '), Buffer.from([0, 1, 2, 3]), Buffer.from(' the the')]),
        'b-latin1.txt': Buffer.from('Caf\xe9 owners met the the mayor.\n', 'latin1'),
        'c-good.txt': REPEAT,
        'd-late-bad.txt': Buffer.concat([Buffer.from('a'.repeat(9000) + ' the the '), Buffer.from([0xff, 0xfe, 0x41])]),
      })),
  );
  after(() => cleanup());

  it('skips binary files and invalid UTF-8 with a message, and lints the others', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, '.'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const files = parseJson(run).files;
    assert.deepEqual(
      files.map((f) => [f.path, f.error === undefined ? f.diagnostics.length : 'skipped']),
      [
        ['a-nul.txt', 'skipped'],
        ['b-latin1.txt', 'skipped'],
        ['c-good.txt', 1],
        ['d-late-bad.txt', 'skipped'],
      ],
    );
    assert.match(run.stderr, /a-nul\.txt: skipped: binary file \(NUL byte at byte 16\)/);
    assert.match(run.stderr, /b-latin1\.txt: skipped: binary file \(invalid UTF-8 at byte 3\)/);
    assert.match(run.stderr, /d-late-bad\.txt: skipped: not valid UTF-8/);
  });

  it('skips files over 10 MiB with a message', () => {
    const big = join(dir, 'e-big.txt');
    writeFileSync(big, 'word '.repeat((10 * 1024 * 1024) / 5 + 1));
    try {
      const run = cli(['lint', ...LEX, 'e-big.txt', 'c-good.txt'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stderr, /e-big\.txt: skipped: too large \(10\.0 MiB; the limit is 10\.0 MiB\)/);
      assert.match(run.stdout, /c-good\.txt/);
    } finally {
      writeFileSync(big, '');
    }
  });

  it('reports a dangling link that is named, exits 2, and lints the others', () => {
    symlinkSync(join(dir, 'gone.txt'), join(dir, 'f-dangling.txt'));
    const run = cli(['lint', '--format', 'json', ...LEX, 'f-dangling.txt', 'c-good.txt'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /f-dangling\.txt/);
    assert.deepEqual(
      parseJson(run).files.map((f) => f.path),
      ['c-good.txt'],
    );
  });

  it(
    'reports a named path that is not a regular file (a FIFO, which it must not wait on), exits 2, and lints the others',
    {
      skip: process.platform === 'win32' && 'no FIFOs',
    },
    () => {
      const made = spawnSync('mkfifo', [join(dir, 'h-pipe.txt')]);
      assert.equal(made.status, 0, 'mkfifo failed');
      const run = cli(['lint', '--format', 'json', ...LEX, 'h-pipe.txt', 'c-good.txt'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /h-pipe\.txt: skipped: not a regular file/);
      const files = parseJson(run).files;
      assert.equal(files.find((f) => f.path === 'c-good.txt')?.diagnostics.length, 1);
    },
  );

  it(
    'reports an unreadable file, exits 2, and lints the others',
    { skip: process.getuid?.() === 0 && 'root reads any file' },
    () => {
      const locked = join(dir, 'g-locked.txt');
      writeFileSync(locked, REPEAT);
      chmodSync(locked, 0o000);
      try {
        const run = cli(['lint', '--format', 'json', ...LEX, 'g-locked.txt', 'c-good.txt'], { cwd: dir });
        assert.equal(run.status, 2);
        assert.match(run.stderr, /g-locked\.txt: skipped: cannot be read: permission denied/);
        const files = parseJson(run).files;
        assert.equal(files.find((f) => f.path === 'c-good.txt')?.diagnostics.length, 1);
        assert.match(files.find((f) => f.path === 'g-locked.txt')?.error ?? '', /permission denied/);
      } finally {
        chmodSync(locked, 0o644);
      }
    },
  );
  it('reports a file that cannot be opened (a symbolic link loop, unreadable even for root), exits 2, and lints the others', () => {
    const loop = join(dir, 'h-loop.txt');
    symlinkSync('h-loop.txt', loop);
    try {
      const run = cli(['lint', '--format', 'json', ...LEX, 'h-loop.txt', 'c-good.txt'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /h-loop\.txt.*a loop of symbolic links/);
      assert.equal(parseJson(run).files.find((f) => f.path === 'c-good.txt')?.diagnostics.length, 1);
    } finally {
      rmSync(loop);
    }
  });
});

describe('cli: many files, read one after another', () => {
  // Each file's doubled word sits on a line of its own number, so a result given to the wrong file shows; skipped
  // files sit among them.
  const names = Array.from({ length: 12 }, (_, i) => `f${String(i).padStart(2, '0')}.txt`);
  const files: Record<string, string | Buffer> = {};
  names.forEach((name, i) => (files[name] = `${'Filler line.\n'.repeat(i)}${REPEAT}`));
  files['f03.txt'] = Buffer.from([0, 1, 2, 3]);
  files['f07.txt'] = Buffer.from('Caf\xe9 the the.\n', 'latin1');
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture(files)));
  after(() => cleanup());

  it('reports every file in order with its own findings, the skipped ones in their places', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, '.'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const report = parseJson(run).files;
    assert.deepEqual(
      report.map((f) => [f.path, f.error === undefined ? f.diagnostics.map((d) => d.range.start.line) : 'skipped']),
      names.map((name, i) => [name, i === 3 || i === 7 ? 'skipped' : [i]]),
    );
  });
});

describe('cli: stdin', () => {
  let dir: string;
  let cleanup: () => void;
  before(
    () =>
      ({ dir, cleanup } = fixture({
        'desk/.copydesk.json': JSON.stringify({ rules: { 'lexical-illusion': 'error' } }),
        'other.txt': REPEAT,
      })),
  );
  after(() => cleanup());

  it('lints - as <stdin>', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, '-'], { cwd: dir, input: REPEAT });
    assert.equal(run.status, 0, run.stderr);
    const files = parseJson(run).files;
    assert.deepEqual(
      files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]),
      [['<stdin>', ['lexical-illusion']]],
    );
  });

  it('--stdin-filename picks the format and where config files are looked for', () => {
    const frontMatter = `---\ntitle: the the budget\n---\n\n${REPEAT}`;
    const asText = cli(['lint', '--format', 'json', ...LEX, '--stdin-filename', 'desk/story.txt', '-'], {
      cwd: dir,
      input: frontMatter,
    });
    const asMarkdown = cli(['lint', '--format', 'json', ...LEX, '--stdin-filename', 'desk/story.md', '-'], {
      cwd: dir,
      input: frontMatter,
    });
    const text = parseJson(asText).files[0];
    const markdown = parseJson(asMarkdown).files[0];
    assert.equal(text?.path, 'desk/story.txt');
    assert.equal(markdown?.path, 'desk/story.md');
    // Markdown front matter is not prose; in plain text it is.
    assert.equal(text?.diagnostics.length, 2);
    assert.equal(markdown?.diagnostics.length, 1);
    // desk/.copydesk.json applies: the finding is an error.
    assert.deepEqual(
      markdown?.diagnostics.map((d) => d.severity),
      ['error'],
    );
    assert.equal(asMarkdown.status, 1);
  });

  it('lints stdin and files together', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, '-', 'other.txt'], { cwd: dir, input: 'Nothing to see here.\n' });
    assert.deepEqual(
      parseJson(run).files.map((f) => [f.path, f.diagnostics.length]),
      [
        ['<stdin>', 0],
        ['other.txt', 1],
      ],
    );
  });

  it('skips binary input with a message', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, '-'], { cwd: dir, input: Buffer.from([0x41, 0, 0x42]) });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /<stdin>: skipped: binary file/);
    assert.match(parseJson(run).files[0]?.error ?? '', /binary/);
  });
});

describe('cli: paths outside the current directory (the shared example articles)', () => {
  // ../shared/examples exists next to the repository, in CI too.
  it('reports ../ paths, and file:// URIs in SARIF', { skip: NO_SHARED_EXAMPLES }, () => {
    const json = cli(['lint', '--format', 'json', '../shared/examples'], { cwd: ROOT });
    assert.notEqual(json.status, 2, json.stderr);
    const files = parseJson(json).files;
    assert.deepEqual(
      files.map((f) => f.path),
      ['../shared/examples/rewritten-article.txt', '../shared/examples/scraped-article.txt'],
    );
    const scraped = files[1]?.diagnostics.map((d) => d.rule) ?? [];
    assert.ok(scraped.includes('boilerplate'), `no boilerplate finding in the scraped article: ${scraped.join(', ')}`);
    const sarif = cli(['lint', '--format', 'sarif', '../shared/examples/scraped-article.txt'], { cwd: ROOT });
    const log = JSON.parse(sarif.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string } } }[] }[] }[];
    };
    const location = log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation;
    assert.equal(location?.uri, pathToFileURL(join(ROOT, '..', 'shared', 'examples', 'scraped-article.txt')).href);
    assert.equal(location?.uriBaseId, undefined);
  });
});

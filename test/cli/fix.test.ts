/** `--fix`: what it writes, what it keeps byte for byte, and what it leaves alone. */
import assert from 'node:assert/strict';
import {
  chmodSync,
  cpSync,
  lstatSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  statSync,
  symlinkSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RULES, formatFromPath, lint } from '../../server/src/core';
import { FIXED, LEX, REPEAT, ROOT, cli, fixture, only, parseJson } from './helpers';

function bytes(parts: (string | number[])[]): Buffer {
  return Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));
}

function utf16(text: string, endian: 'le' | 'be'): Buffer {
  const le = Buffer.from(text, 'utf16le');
  if (endian === 'le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  const be = Buffer.alloc(le.length);
  for (let i = 0; i < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
}

describe('cli: --fix', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture({})));
  after(() => cleanup());

  it('applies the safe fixes in place, and a second run finds nothing fixable', () => {
    const path = join(dir, 'story.txt');
    writeFileSync(path, `Budget\n\n${REPEAT}It rained for for hours.\n`);
    const first = cli(['lint', '--fix', ...LEX, 'story.txt'], { cwd: dir });
    assert.equal(first.status, 0, first.stderr);
    assert.match(first.stdout, /^Fixed 2 problems in 1 file: lexical-illusion 2\.$/m);
    assert.equal(readFileSync(path, 'utf8'), `Budget\n\n${FIXED}It rained for hours.\n`);
    const second = cli(['lint', '--format', 'json', ...LEX, 'story.txt'], { cwd: dir });
    assert.equal(parseJson(second).files[0]?.diagnostics.length, 0);
  });

  it('reports what is left after fixing, not what was fixed', () => {
    writeFileSync(join(dir, 'left.txt'), `${REPEAT}She had had enough.\n`);
    const run = cli(['lint', '--fix', '--format', 'json', ...LEX, 'left.txt'], { cwd: dir });
    const diags = parseJson(run).files[0]?.diagnostics ?? [];
    // "had had" may be meant: its fix is not safe, so it stays.
    assert.equal(diags.length, 1);
    assert.equal(readFileSync(join(dir, 'left.txt'), 'utf8'), `${FIXED}She had had enough.\n`);
  });

  it('keeps CRLF, lone LF and a UTF-8 BOM byte for byte outside the fixed ranges', () => {
    const before = bytes([
      [0xef, 0xbb, 0xbf],
      'Budget Vote\r\n\r\nThe council approved the the budget.\r\n',
      'Caf\u00e9 owners \u2014 all 12 \u2014 came.\n',
      'It rained for for hours \u{1F327}\uFE0F.\r\n',
    ]);
    const expected = bytes([
      [0xef, 0xbb, 0xbf],
      'Budget Vote\r\n\r\nThe council approved the budget.\r\n',
      'Caf\u00e9 owners \u2014 all 12 \u2014 came.\n',
      'It rained for hours \u{1F327}\uFE0F.\r\n',
    ]);
    const path = join(dir, 'crlf.txt');
    writeFileSync(path, before);
    const run = cli(['lint', '--fix', ...LEX, 'crlf.txt'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual(readFileSync(path), expected);
  });

  for (const endian of ['le', 'be'] as const) {
    it(`decodes and re-encodes a UTF-16 ${endian.toUpperCase()} file with its BOM`, () => {
      const path = join(dir, `utf16${endian}.txt`);
      writeFileSync(path, utf16(`Budget\r\n\r\n${REPEAT}`, endian));
      const run = cli(['lint', '--fix', ...LEX, `utf16${endian}.txt`], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(readFileSync(path), utf16(`Budget\r\n\r\n${FIXED}`, endian));
    });
  }

  it('never writes a file that did not change (same inode, same mtime)', () => {
    const unfixable = join(dir, 'unfixable.txt');
    const clean = join(dir, 'clean.txt');
    writeFileSync(unfixable, 'There is a plan to cut the budget.\nShe had had enough.\n');
    writeFileSync(clean, FIXED);
    const past = new Date('2001-02-03T04:05:06Z');
    utimesSync(unfixable, past, past);
    utimesSync(clean, past, past);
    const before = [statSync(unfixable), statSync(clean)];
    const run = cli(
      ['lint', '--fix', '--severity', 'hint', ...only('lexical-illusion', 'there-is'), 'unfixable.txt', 'clean.txt'],
      {
        cwd: dir,
      },
    );
    assert.notEqual(run.status, 2, run.stderr);
    assert.match(run.stdout, /there-is/, 'the unfixable finding is still reported');
    const after = [statSync(unfixable), statSync(clean)];
    for (let i = 0; i < 2; i++) {
      assert.equal(after[i]?.ino, before[i]?.ino);
      assert.equal(after[i]?.mtimeMs, before[i]?.mtimeMs);
    }
  });

  it(
    'keeps the file mode, writes through a symbolic link, and leaves no temporary file',
    { skip: process.platform === 'win32' },
    () => {
      const sub = fixture({ 'real.txt': REPEAT });
      try {
        chmodSync(join(sub.dir, 'real.txt'), 0o640);
        symlinkSync('real.txt', join(sub.dir, 'link.txt'));
        const run = cli(['lint', '--fix', ...LEX, 'link.txt'], { cwd: sub.dir });
        assert.equal(run.status, 0, run.stderr);
        assert.equal(readFileSync(join(sub.dir, 'real.txt'), 'utf8'), FIXED);
        assert.equal(statSync(join(sub.dir, 'real.txt')).mode & 0o777, 0o640);
        assert.ok(lstatSync(join(sub.dir, 'link.txt')).isSymbolicLink());
        assert.equal(readlinkSync(join(sub.dir, 'link.txt')), 'real.txt');
        assert.deepEqual(readdirSync(sub.dir).sort(), ['link.txt', 'real.txt']);
      } finally {
        sub.cleanup();
      }
    },
  );
});

describe('cli: the samples', () => {
  const samples = join(ROOT, 'samples');

  it('npm run demo (lint samples/) shows every rule but e-prime, and exits 0', () => {
    const run = cli(['lint', '--format', 'json', 'samples/'], { cwd: ROOT });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stderr, '');
    const report = parseJson(run);
    const shown = new Set(report.files.flatMap((f) => f.diagnostics.map((d) => d.rule)));
    const missing = RULES.map((r) => r.meta.id).filter((id) => id !== 'e-prime' && !shown.has(id));
    assert.deepEqual(missing, [], `rules not shown by samples/: ${missing.join(', ')}`);
    // One article is clean; samples/README.md is silenced by a directive, so it does not count.
    const articles = report.files.filter((f) => !f.path.endsWith('README.md'));
    assert.ok(articles.length >= 3, 'too few samples');
    assert.ok(
      articles.some((f) => f.diagnostics.length === 0),
      'no clean sample',
    );
  });

  it('--fix on a copy of samples/ removes every fixable finding, and a second run changes nothing', () => {
    const copy = fixture({});
    try {
      cpSync(samples, join(copy.dir, 'samples'), { recursive: true });
      const files = readdirSync(join(copy.dir, 'samples')).filter((n) => /\.(txt|md|article)$/.test(n));
      const fixable = (name: string): string[] => {
        const text = readFileSync(join(copy.dir, 'samples', name), 'utf8');
        return lint(text, { format: formatFromPath(name) })
          .findings.filter((f) => f.fixes.some((x) => x.auto))
          .map((f) => `${name}: ${f.rule}: ${text.slice(f.start, f.end)}`);
      };
      const before = files.flatMap(fixable);
      assert.ok(before.length > 0, 'the samples have nothing to fix');
      const announced = /^ {2}(\d+) fixable with --fix$/m.exec(cli(['lint', 'samples'], { cwd: copy.dir }).stdout)?.[1];
      assert.equal(Number(announced), before.length, 'the "fixable" count is the findings with a fix --fix applies');
      const run = cli(['lint', '--fix', 'samples'], { cwd: copy.dir });
      assert.equal(run.status, 0, run.stderr);
      const fixedLine = /^Fixed (\d+) problems? in \d+ files?: ([a-z-]+ \d+(?:, [a-z-]+ \d+)*)\.$/m.exec(run.stdout);
      assert.ok(fixedLine, run.stdout);
      // What it says it fixed is what it announced as fixable, per rule: a block's removal clears its teasers too.
      assert.equal(Number(fixedLine[1]), before.length);
      const perRule = new Map<string, number>();
      for (const finding of before) {
        const rule = finding.split(': ')[1] ?? '';
        perRule.set(rule, (perRule.get(rule) ?? 0) + 1);
      }
      const expected = [...perRule].sort(([a], [b]) => (a < b ? -1 : 1)).map(([rule, n]) => `${rule} ${n}`);
      assert.equal(fixedLine[2], expected.join(', '));
      assert.deepEqual(files.flatMap(fixable), []);
      const stamps = files.map((n) => statSync(join(copy.dir, 'samples', n)).mtimeMs);
      const second = cli(['lint', '--fix', '--format', 'json', 'samples'], { cwd: copy.dir });
      assert.equal(second.status, 0, second.stderr);
      assert.deepEqual(
        files.map((n) => statSync(join(copy.dir, 'samples', n)).mtimeMs),
        stamps,
      );
    } finally {
      copy.cleanup();
    }
  });
});

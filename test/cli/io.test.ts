/** server/src/io.ts (shared with the language server) and the CLI's glob checks, tested directly. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { appendFileSync, chmodSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { MAX_BRACE_EXPANSIONS, braceExpansionCount, checkGlob } from '../../server/src/cli/glob';
import {
  FileChangedError,
  ReadOnlyFileError,
  decodeText,
  digestOf,
  encodeText,
  invalidUtf8At,
  readRegularFile,
  readRegularFileSync,
  readTextFile,
  readTextFileSync,
  writeFileAtomic,
} from '../../server/src/io';
import { fixture } from './helpers';

describe('io: decodeText and encodeText', () => {
  it('strips a UTF-8 BOM and puts it back', () => {
    const bytes = Buffer.from('\uFEFFHeadline\r\nBody “quoted” – 🎉\n', 'utf8');
    const decoded = decodeText(bytes);
    assert.ok(decoded.ok);
    assert.equal(decoded.text, 'Headline\r\nBody “quoted” – 🎉\n');
    assert.deepEqual([decoded.encoding, decoded.bom], ['utf8', true]);
    assert.deepEqual(encodeText(decoded.text, decoded), bytes);
  });

  it('reads UTF-8 without a BOM as it is', () => {
    const decoded = decodeText(Buffer.from('plain\n'));
    assert.ok(decoded.ok);
    assert.deepEqual([decoded.text, decoded.encoding, decoded.bom], ['plain\n', 'utf8', false]);
  });

  it('decodes UTF-16 LE and BE with a BOM, and encodes them back byte for byte', () => {
    const text = 'Ünïcode 🎉 line\r\nsecond\n';
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const be = Buffer.from(le);
    for (let i = 0; i < be.length; i += 2) [be[i], be[i + 1]] = [le[i + 1] ?? 0, le[i] ?? 0];
    for (const [bytes, encoding] of [
      [le, 'utf16le'],
      [be, 'utf16be'],
    ] as const) {
      const decoded = decodeText(bytes);
      assert.ok(decoded.ok, encoding);
      assert.deepEqual([decoded.text, decoded.encoding], [text, encoding]);
      assert.deepEqual(encodeText(decoded.text, decoded), bytes);
    }
  });

  it('calls NUL bytes, invalid UTF-8 and broken UTF-16 binary, saying where', () => {
    const cases: [Buffer, RegExp][] = [
      [Buffer.from([0x61, 0x62, 0x00]), /NUL byte at byte 2/],
      [Buffer.from([0x61, 0xc0, 0x80]), /invalid UTF-8 at byte 1/], // overlong
      [Buffer.from([0xed, 0xa0, 0x80]), /invalid UTF-8 at byte 0/], // a surrogate
      [Buffer.from([0x61, 0x62, 0xe2, 0x82]), /invalid UTF-8 at byte 2/], // cut short at the end
      [
        Buffer.concat([Buffer.from('a'.repeat(9000)), Buffer.from([0xff])]),
        /not valid UTF-8 \(invalid byte sequence at byte 9000\)/,
      ],
      [Buffer.from([0xff, 0xfe, 0x41]), /UTF-16 LE \(odd number of bytes\)/],
      [Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x41, 0x00]), /unpaired surrogate/],
    ];
    for (const [bytes, reason] of cases) {
      const decoded = decodeText(bytes);
      assert.equal(decoded.ok, false, bytes.toString('hex'));
      if (!decoded.ok) assert.match(decoded.reason, reason);
    }
  });

  it('invalidUtf8At agrees with the platform decoder on every 2-byte sequence', () => {
    for (let a = 0x80; a <= 0xff; a++) {
      for (let b = 0; b <= 0xff; b += 7) {
        const bytes = Buffer.from([a, b, 0x41, 0x41]);
        let valid = true;
        try {
          new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          valid = false;
        }
        assert.equal(invalidUtf8At(bytes) === -1, valid, bytes.toString('hex'));
      }
    }
  });
});

describe('io: readTextFile and writeFileAtomic', () => {
  it('skips a file over the limit without reading it', async () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'x'.repeat(100) });
    try {
      const result = await readTextFile(join(dir, 'a.txt'), 99);
      assert.equal(result.ok, false);
      if (!result.ok) assert.equal(result.kind, 'too-large');
      assert.equal((await readTextFile(join(dir, 'a.txt'), 100)).ok, true);
    } finally {
      cleanup();
    }
  });

  it('refuses to overwrite a file that changed since it was read, and leaves no temporary file', async () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'first\n' });
    try {
      const path = join(dir, 'a.txt');
      const read = await readTextFile(path);
      assert.ok(read.ok);
      writeFileSync(path, 'changed by someone else\n');
      await assert.rejects(writeFileAtomic(path, Buffer.from('fixed\n'), { expect: read.file }), /changed on disk/);
      assert.equal(readFileSync(path, 'utf8'), 'changed by someone else\n');
      assert.deepEqual(readdirSync(dir), ['a.txt']);
    } finally {
      cleanup();
    }
  });

  it('replaces the file (a new inode) with the same mode', async () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'first\n' });
    try {
      const path = join(dir, 'a.txt');
      const before = statSync(path);
      await writeFileAtomic(path, Buffer.from('second\n'));
      const after = statSync(path);
      assert.equal(readFileSync(path, 'utf8'), 'second\n');
      assert.equal(after.mode, before.mode);
      assert.deepEqual(readdirSync(dir), ['a.txt']);
    } finally {
      cleanup();
    }
  });
});

describe(
  'io: readers that only read regular files under a cap',
  { skip: process.platform === 'win32' && 'FIFOs and devices' },
  () => {
    it('refuses a FIFO without waiting for a writer, a device, a directory and a link to one, sync and async', async () => {
      const { dir, cleanup } = fixture({ 'ok.json': '{}' });
      try {
        assert.equal(spawnSync('mkfifo', [join(dir, 'pipe')]).status, 0);
        mkdirSync(join(dir, 'folder'));
        symlinkSync('pipe', join(dir, 'link-to-pipe'));
        const cases: [string, RegExp][] = [
          [join(dir, 'pipe'), /not a regular file \(a FIFO\)/],
          [join(dir, 'link-to-pipe'), /not a regular file \(a FIFO\)/],
          [join(dir, 'folder'), /not a regular file \(a directory\)/],
          ['/dev/zero', /not a regular file \(a character device\)/],
          [join(dir, 'missing'), /cannot be read: no such file/],
        ];
        for (const [path, reason] of cases) {
          for (const read of [readRegularFileSync(path, 100), await readRegularFile(path, 100), readTextFileSync(path)]) {
            assert.equal(read.ok, false, path);
            if (!read.ok) assert.match(read.reason, reason, path);
          }
        }
        const ok = readTextFileSync(join(dir, 'ok.json'));
        assert.ok(ok.ok);
        assert.equal(ok.file.text, '{}');
        assert.equal(ok.file.digest, digestOf(Buffer.from('{}')));
      } finally {
        cleanup();
      }
    });

    it('reads at most the cap: a file that grows past it is too large', () => {
      const { dir, cleanup } = fixture({ 'a.txt': 'x'.repeat(100) });
      try {
        const small = readRegularFileSync(join(dir, 'a.txt'), 99);
        assert.deepEqual(small.ok ? 'read' : small.kind, 'too-large');
        const exact = readRegularFileSync(join(dir, 'a.txt'), 100);
        assert.equal(exact.ok && exact.bytes.length, 100);
      } finally {
        cleanup();
      }
    });
  },
);

describe('io: writeFileAtomic against other writers and read-only files', () => {
  it('refuses when the content changed just before the rename, and removes its temporary file', async () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'first\n' });
    try {
      const path = join(dir, 'a.txt');
      const read = await readTextFile(path);
      assert.ok(read.ok);
      let temporary: string[] = [];
      await assert.rejects(
        writeFileAtomic(path, Buffer.from('fixed\n'), {
          expect: read.file,
          beforeRename: () => {
            temporary = readdirSync(dir).filter((n) => n !== 'a.txt');
            appendFileSync(path, 'appended\n');
          },
        }),
        (error: unknown) => error instanceof FileChangedError,
      );
      assert.equal(temporary.length, 1, 'the new text was in a temporary file at the time');
      assert.equal(readFileSync(path, 'utf8'), 'first\nappended\n');
      assert.deepEqual(readdirSync(dir), ['a.txt']);
    } finally {
      cleanup();
    }
  });

  it('refuses a file with no write bit, whoever runs it', { skip: process.platform === 'win32' && 'POSIX modes' }, async () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'first\n' });
    try {
      const path = join(dir, 'a.txt');
      chmodSync(path, 0o444);
      await assert.rejects(
        writeFileAtomic(path, Buffer.from('second\n')),
        (error: unknown) => error instanceof ReadOnlyFileError,
      );
      assert.equal(readFileSync(path, 'utf8'), 'first\n');
      assert.deepEqual(readdirSync(dir), ['a.txt']);
    } finally {
      cleanup();
    }
  });
});

describe('io: a signal during a write', { skip: process.platform === 'win32' && 'POSIX signals' }, () => {
  /** A child process that starts a write and sends itself SIGTERM while the temporary file exists. */
  function interruptedWrite(dir: string, cleanupOnSignals: boolean): ReturnType<typeof spawnSync> {
    const io = join(__dirname, '..', '..', 'server', 'src', 'io.js');
    const script = `
      const io = require(${JSON.stringify(io)});
      if (${cleanupOnSignals}) io.removeTemporaryFilesOnSignals();
      setInterval(() => {}, 1 << 30); // keeps the process alive until the signal ends it
      io.writeFileAtomic(${JSON.stringify(join(dir, 'a.txt'))}, Buffer.from('second'), {
        beforeRename: () => {
          process.kill(process.pid, 'SIGTERM');
          return new Promise(() => {});
        },
      });
    `;
    return spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  }

  it('removes the temporary file, keeps the original, and ends as the signal ends a process', () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'first' });
    try {
      const child = interruptedWrite(dir, true);
      assert.equal(child.signal, 'SIGTERM', String(child.stderr));
      assert.deepEqual(readdirSync(dir), ['a.txt']);
      assert.equal(readFileSync(join(dir, 'a.txt'), 'utf8'), 'first');
    } finally {
      cleanup();
    }
  });

  it('(without the cleanup, the temporary file would be left: what the test above guards against)', () => {
    const { dir, cleanup } = fixture({ 'a.txt': 'first' });
    try {
      const child = interruptedWrite(dir, false);
      assert.equal(child.signal, 'SIGTERM');
      assert.equal(readdirSync(dir).filter((n) => n.endsWith('.copydesk-tmp')).length, 1);
    } finally {
      cleanup();
    }
  });
});

describe('glob: what is refused before matching', () => {
  it('counts brace alternatives without expanding them', () => {
    const cases: [string, number][] = [
      ['a.{md,txt}', 2],
      ['{x,y{1,2}}/z', 3],
      ['{a,b}{c,d}', 4],
      ['no{brace}', 1],
      ['esc\\{a,b}', 1],
      ['{1..100}.md', 100],
      ['{a..e}-{1..10..2}', 25],
      ['[{]*.md', 1],
    ];
    for (const [pattern, count] of cases) assert.equal(braceExpansionCount(pattern), count, pattern);
    // Stops at the cap plus one instead of multiplying on: 2^40 alternatives.
    assert.equal(braceExpansionCount('{a,b}'.repeat(40)), MAX_BRACE_EXPANSIONS + 1);
  });

  it('refuses a reversed class, a brace bomb and a segment with too many wildcards, saying why', () => {
    const refused: [string, RegExp][] = [
      ['x[z-a].txt', /the range "z-a" in a \[\.\.\.\] class is reversed \(did you mean "a-z"\?\)/],
      ['[!9-0]*.md', /the range "9-0"/],
      ['{a,b}'.repeat(24), /more than 10,000 alternatives/],
      ['{1..10000000}.txt', /more than 10,000 alternatives/],
      ['*a*a*a*x', /"\*a\*a\*a\*x" has 4 \* wildcards/],
    ];
    for (const [pattern, message] of refused) assert.throws(() => checkGlob(pattern), message, pattern);
    for (const ok of ['**/*.md', 'desk/**/*-draft-*.{md,txt}', 'x[a-z].txt', '{2019..2024}/*.md', '**/**/**/*.md']) {
      assert.doesNotThrow(() => checkGlob(ok), ok);
    }
  });
});

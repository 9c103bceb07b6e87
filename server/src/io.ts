/**
 * Reading and writing article files safely, for the CLI and the language
 * server's "lint workspace": binary detection, a size limit, BOMs and UTF-16,
 * and atomic writes that keep the file's mode and never touch an unchanged file.
 */
import { isUtf8 } from 'node:buffer';
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync, statSync, unlinkSync, type Stats } from 'node:fs';
import { access, chmod, chown, open, realpath, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Files larger than this are skipped: 10 MiB of prose is far beyond any article. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** How much of the start of a file is checked for NUL bytes and invalid UTF-8. */
export const SNIFF_BYTES = 8192;

export type Encoding = 'utf8' | 'utf16le' | 'utf16be';

/** How the bytes were turned into text, so that writing can turn it back. */
export interface TextFormat {
  encoding: Encoding;
  /** The file started with a byte order mark (not part of `text`). */
  bom: boolean;
}

export interface DecodedText extends TextFormat {
  /** The text without its BOM: offsets match what editors show. */
  text: string;
}

export type SkipKind = 'binary' | 'too-large' | 'unreadable' | 'not-a-file';

export type DecodeResult = ({ ok: true } & DecodedText) | { ok: false; kind: 'binary'; reason: string };

export interface TextFile extends DecodedText {
  path: string;
  /** Permission bits and file type, from stat. */
  mode: number;
  /** Bytes read. */
  size: number;
  mtimeMs: number;
  /** `digestOf` the bytes read: `writeFileAtomic` compares it with the file's content just before replacing it. */
  digest: string;
}

export type ReadResult = { ok: true; file: TextFile } | { ok: false; path: string; kind: SkipKind; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

function swapBytes(bytes: Uint8Array): Buffer {
  const out = Buffer.alloc(bytes.length);
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    out[i] = bytes[i + 1] ?? 0;
    out[i + 1] = bytes[i] ?? 0;
  }
  return out;
}

/** The byte offset of the first invalid UTF-8 sequence in [from, to), or -1 when there is none. */
export function invalidUtf8At(bytes: Uint8Array, from = 0, to = bytes.length): number {
  if (isUtf8(bytes.subarray(from, to))) return -1;
  let i = from;
  while (i < to) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
    else return i;
    if (i + need >= to) return i;
    let cp = b & (0xff >> (need + 2));
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/**
 * Turns a file's bytes into text. UTF-8 (with or without a BOM) and UTF-16
 * with a BOM are text; a NUL byte or invalid UTF-8 in the first 8 KiB means
 * binary, and so does invalid UTF-8 further on (decoding it would lose bytes
 * that `--fix` would then write back).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    const encoding: Encoding = bytes[0] === 0xff ? 'utf16le' : 'utf16be';
    const body = bytes.subarray(2);
    if (body.length % 2 !== 0) return { ok: false, kind: 'binary', reason: `not valid ${label(encoding)} (odd number of bytes)` };
    const le = encoding === 'utf16le' ? Buffer.from(body.buffer, body.byteOffset, body.length) : swapBytes(body);
    let text: string;
    try {
      text = new TextDecoder('utf-16le', { fatal: true }).decode(le);
    } catch {
      return { ok: false, kind: 'binary', reason: `not valid ${label(encoding)} (unpaired surrogate)` };
    }
    const nul = text.slice(0, SNIFF_BYTES / 2).indexOf('\0');
    if (nul !== -1) return { ok: false, kind: 'binary', reason: `binary file (NUL character at character ${nul})` };
    return { ok: true, text, encoding, bom: true };
  }
  const bom = startsWith(bytes, UTF8_BOM);
  const start = bom ? 3 : 0;
  const sniffEnd = Math.min(bytes.length, start + SNIFF_BYTES);
  const nul = bytes.subarray(start, sniffEnd).indexOf(0);
  if (nul !== -1) return { ok: false, kind: 'binary', reason: `binary file (NUL byte at byte ${start + nul})` };
  const bad = invalidUtf8At(bytes, start, bytes.length);
  if (bad !== -1) {
    const reason =
      bad < sniffEnd ? `binary file (invalid UTF-8 at byte ${bad})` : `not valid UTF-8 (invalid byte sequence at byte ${bad})`;
    return { ok: false, kind: 'binary', reason };
  }
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8', start);
  return { ok: true, text, encoding: 'utf8', bom };
}

function label(encoding: Encoding): string {
  return encoding === 'utf8' ? 'UTF-8' : encoding === 'utf16le' ? 'UTF-16 LE' : 'UTF-16 BE';
}

/** The bytes for `text` in the given encoding, with the BOM put back if the file had one. */
export function encodeText(text: string, format: TextFormat): Buffer {
  switch (format.encoding) {
    case 'utf16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf16be':
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swapBytes(Buffer.from(text, 'utf16le'))]);
    default:
      return format.bom ? Buffer.concat([Buffer.from(UTF8_BOM), Buffer.from(text, 'utf8')]) : Buffer.from(text, 'utf8');
  }
}

function errorText(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'a loop of symbolic links';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** What a path that is not a regular file is, in words: "a FIFO", "a directory", "a character device". */
export function describeFileType(info: Stats): string {
  if (info.isDirectory()) return 'a directory';
  if (info.isFIFO()) return 'a FIFO';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  if (info.isSymbolicLink()) return 'a symbolic link';
  return 'a special file';
}

/**
 * Flags for opening a file that has passed the regular-file check: O_NONBLOCK so that a file swapped for a FIFO
 * between the check and the open cannot make the open wait for a writer; O_NOCTTY so that a terminal never becomes
 * the controlling one. (Both are 0 where the platform has no such flag.)
 */
const OPEN_FLAGS = fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0) | (fsConstants.O_NOCTTY ?? 0);

/** Bytes read at a time once a file turns out longer than its stat said (it grew while being read). */
const READ_CHUNK = 64 * 1024;

export type BytesResult =
  { ok: true; bytes: Buffer; info: Stats } | { ok: false; kind: Exclude<SkipKind, 'binary'>; reason: string };

function notRegular(info: Stats): BytesResult {
  return { ok: false, kind: 'not-a-file', reason: `not a regular file (${describeFileType(info)})` };
}

function tooLarge(size: number | undefined, maxBytes: number): BytesResult {
  const what =
    size === undefined ? `over ${formatBytes(maxBytes)}` : `${formatBytes(size)}; the limit is ${formatBytes(maxBytes)}`;
  return { ok: false, kind: 'too-large', reason: `too large (${what})` };
}

function unreadable(error: unknown): BytesResult {
  return { ok: false, kind: 'unreadable', reason: `cannot be read: ${errorText(error)}` };
}

/**
 * The next buffer for a read of at most `limit` bytes: the first is the size stat reported plus one byte (so that
 * the end of the file shows as a read of 0 bytes), later ones grow by a chunk.
 */
function nextBuffer(previous: Buffer | undefined, used: number, expected: number, limit: number): Buffer {
  const size = previous === undefined ? Math.min(limit, expected + 1) : Math.min(limit, previous.length + READ_CHUNK);
  const next = Buffer.allocUnsafe(Math.max(size, 1));
  if (previous) previous.copy(next, 0, 0, used);
  return next;
}

/**
 * Reads a file's bytes only if it is a regular file (after following symbolic links) of at most `maxBytes`.
 * A FIFO, a device, a socket or a directory is refused before it is opened, and checked again on the open
 * descriptor; at most `maxBytes + 1` bytes are ever read, so `/dev/zero` or a file that keeps growing cannot
 * exhaust memory. Never throws.
 */
export function readRegularFileSync(path: string, maxBytes = MAX_FILE_BYTES): BytesResult {
  let info: Stats;
  try {
    info = statSync(path);
  } catch (error) {
    return unreadable(error);
  }
  if (!info.isFile()) return notRegular(info);
  if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
  let fd: number;
  try {
    fd = openSync(path, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const opened = fstatSync(fd);
    if (!opened.isFile()) return notRegular(opened);
    if (opened.size > maxBytes) return tooLarge(opened.size, maxBytes);
    const limit = maxBytes + 1;
    let buffer = nextBuffer(undefined, 0, opened.size, limit);
    let used = 0;
    for (;;) {
      if (used === buffer.length) {
        if (used >= limit) break;
        buffer = nextBuffer(buffer, used, opened.size, limit);
      }
      const n = readSync(fd, buffer, used, buffer.length - used, null);
      if (n === 0) break;
      used += n;
    }
    if (used > maxBytes) return tooLarge(undefined, maxBytes);
    return { ok: true, bytes: buffer.subarray(0, used), info: opened };
  } catch (error) {
    return unreadable(error);
  } finally {
    closeSync(fd);
  }
}

/** `readRegularFileSync`, without blocking the event loop. Never throws. */
export async function readRegularFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<BytesResult> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    return unreadable(error);
  }
  if (!info.isFile()) return notRegular(info);
  if (info.size > maxBytes) return tooLarge(info.size, maxBytes);
  let handle: FileHandle;
  try {
    handle = await open(path, OPEN_FLAGS);
  } catch (error) {
    return unreadable(error);
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) return notRegular(opened);
    if (opened.size > maxBytes) return tooLarge(opened.size, maxBytes);
    const limit = maxBytes + 1;
    let buffer = nextBuffer(undefined, 0, opened.size, limit);
    let used = 0;
    for (;;) {
      if (used === buffer.length) {
        if (used >= limit) break;
        buffer = nextBuffer(buffer, used, opened.size, limit);
      }
      const { bytesRead } = await handle.read(buffer, used, buffer.length - used, null);
      if (bytesRead === 0) break;
      used += bytesRead;
    }
    if (used > maxBytes) return tooLarge(undefined, maxBytes);
    return { ok: true, bytes: buffer.subarray(0, used), info: opened };
  } catch (error) {
    return unreadable(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** A fingerprint of a file's bytes: what `--fix` compares to see whether someone else changed the file. */
export function digestOf(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function toTextFile(path: string, read: BytesResult): ReadResult {
  if (!read.ok) return { ok: false, path, kind: read.kind, reason: read.reason };
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return { ok: false, path, kind: decoded.kind, reason: decoded.reason };
  const { text, encoding, bom } = decoded;
  const { mode, mtimeMs } = read.info;
  return {
    ok: true,
    file: { path, text, encoding, bom, mode, size: read.bytes.length, mtimeMs, digest: digestOf(read.bytes) },
  };
}

/**
 * Reads and decodes a text file (an article, a source, a config file), or says why it was skipped: not a regular
 * file, over `maxBytes`, binary, unreadable. Never throws, never blocks on a FIFO, never reads more than the limit.
 */
export async function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  return toTextFile(path, await readRegularFile(path, maxBytes));
}

/** `readTextFile` for callers that cannot wait (config lookup). */
export function readTextFileSync(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  return toTextFile(path, readRegularFileSync(path, maxBytes));
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

/** `--fix` found the file changed by someone else since it was read: it was not overwritten. */
export class FileChangedError extends Error {}

/** The file has no write permission: it was left as it is. */
export class ReadOnlyFileError extends Error {}

export interface WriteOptions {
  /**
   * What the file held when it was read (a `TextFile` has these fields). The write is refused when the file's size
   * or mtime differ before the temporary file is written, or its content differs just before the rename.
   */
  expect?: { size: number; mtimeMs: number; digest: string };
  /** Called after the temporary file is written and before the content check and rename: a seam for race tests. */
  beforeRename?: () => void | Promise<void>;
}

/**
 * Whether a file must be left alone as read-only: no write bit at all (checked on the bits themselves, since root
 * may write anything), or no write permission for this process. A rename only needs the directory to be writable,
 * so without this check an atomic write would replace a read-only file.
 */
export async function isReadOnly(path: string, info: Stats): Promise<boolean> {
  if ((info.mode & 0o222) === 0) return true;
  try {
    await access(path, fsConstants.W_OK);
    return false;
  } catch {
    return true;
  }
}

function octal(mode: number): string {
  return (mode & 0o7777).toString(8).padStart(4, '0');
}

/**
 * Replaces a file's contents atomically: writes a temporary file in the same directory with the original's mode
 * and owner, checks that the original still holds what was read, then renames the temporary file over it. A
 * symbolic link is followed, so the link stays a link. Hard links to the file are not kept (the rename gives it a
 * new inode). On any failure the original is untouched and the temporary file is removed.
 *
 * Throws `ReadOnlyFileError` for a read-only file and `FileChangedError` when the file changed since it was read.
 * The check and the rename are two steps: a writer that changes the file between them (a few microseconds) still
 * loses its change; without locks, which editors do not take, that window cannot be closed.
 */
export async function writeFileAtomic(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const target = await realpath(path);
  const before = await stat(target);
  if (!before.isFile()) throw new Error(`not a regular file (${describeFileType(before)})`);
  if (await isReadOnly(target, before)) {
    throw new ReadOnlyFileError(`the file is read-only (mode ${octal(before.mode)}); not changed`);
  }
  const expect = options.expect;
  if (expect && (before.size !== expect.size || before.mtimeMs !== expect.mtimeMs)) {
    throw new FileChangedError('the file changed on disk while it was being linted; not overwritten');
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.copydesk-tmp`);
  const mode = before.mode & 0o7777;
  const handle = await open(temp, 'wx', mode);
  trackTemporaryFile(temp, true);
  let renamed = false;
  try {
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    // The umask may have narrowed the mode given to open().
    await chmod(temp, mode);
    const made = await stat(temp);
    if (made.uid !== before.uid || made.gid !== before.gid) {
      try {
        await chown(temp, before.uid, before.gid);
      } catch {
        throw new Error(`cannot keep the file's owner (${before.uid}:${before.gid}); not changed`);
      }
    }
    await options.beforeRename?.();
    if (expect) {
      // Read again, at most one byte more than before: a file that grew is a changed file.
      const now = await readRegularFile(target, expect.size);
      if (!now.ok || digestOf(now.bytes) !== expect.digest) {
        throw new FileChangedError('the file changed on disk while it was being fixed; not overwritten');
      }
    }
    await rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
    trackTemporaryFile(temp, false);
  }
}

/** Temporary files `writeFileAtomic` has created and not yet renamed or removed. */
const pendingTemporaryFiles = new Set<string>();

const CLEANUP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
let cleanupOnSignals = false;

/** Removes the pending temporary files, then ends the process as the signal would have. */
function onSignal(signal: NodeJS.Signals): void {
  for (const temp of pendingTemporaryFiles) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  pendingTemporaryFiles.clear();
  for (const s of CLEANUP_SIGNALS) process.removeListener(s, onSignal);
  process.kill(process.pid, signal);
}

function trackTemporaryFile(temp: string, pending: boolean): void {
  const before = pendingTemporaryFiles.size;
  if (pending) pendingTemporaryFiles.add(temp);
  else pendingTemporaryFiles.delete(temp);
  if (!cleanupOnSignals) return;
  // Listen only while a write is in progress: a signal then finds the process waiting on I/O and is handled at once,
  // and at any other time (a long lint) Ctrl-C keeps its default, immediate effect.
  if (before === 0 && pendingTemporaryFiles.size > 0) for (const s of CLEANUP_SIGNALS) process.on(s, onSignal);
  if (before > 0 && pendingTemporaryFiles.size === 0) for (const s of CLEANUP_SIGNALS) process.removeListener(s, onSignal);
}

/**
 * Makes SIGINT, SIGTERM and SIGHUP that arrive while `writeFileAtomic` is writing remove its temporary files before
 * the process ends as the signal would end it, so that Ctrl-C during `--fix` leaves no `.copydesk-tmp` file beside
 * an article. For commands (the CLI); the language server has its own shutdown.
 */
export function removeTemporaryFilesOnSignals(): void {
  cleanupOnSignals = true;
}

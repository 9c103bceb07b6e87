/**
 * Reading and writing article files safely, for the CLI and the language
 * server's "lint workspace": binary detection, a size limit, BOMs and UTF-16,
 * and atomic writes that keep the file's mode and never touch an unchanged file.
 */
import { isUtf8 } from 'node:buffer';
import { randomBytes } from 'node:crypto';
import { chmod, chown, open, readFile, realpath, rename, stat, unlink } from 'node:fs/promises';
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
  size: number;
  mtimeMs: number;
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
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

/** Reads and decodes a text file, or says why it was skipped. Never throws. */
export async function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): Promise<ReadResult> {
  let info;
  try {
    // stat before open: opening a FIFO would wait for a writer.
    info = await stat(path);
  } catch (error) {
    return { ok: false, path, kind: 'unreadable', reason: `cannot be read: ${errorText(error)}` };
  }
  if (!info.isFile()) return { ok: false, path, kind: 'not-a-file', reason: 'not a regular file' };
  if (info.size > maxBytes) {
    return {
      ok: false,
      path,
      kind: 'too-large',
      reason: `too large (${formatBytes(info.size)}; the limit is ${formatBytes(maxBytes)})`,
    };
  }
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return { ok: false, path, kind: 'unreadable', reason: `cannot be read: ${errorText(error)}` };
  }
  if (bytes.length > maxBytes) return { ok: false, path, kind: 'too-large', reason: `too large (over ${formatBytes(maxBytes)})` };
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, path, kind: decoded.kind, reason: decoded.reason };
  const { text, encoding, bom } = decoded;
  return { ok: true, file: { path, text, encoding, bom, mode: info.mode, size: info.size, mtimeMs: info.mtimeMs } };
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} bytes`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / (1024 * 1024)).toFixed(1)} MiB`;
}

export interface WriteOptions {
  /** When given, the write is refused if the file changed (size or mtime) since it was read. */
  expect?: { size: number; mtimeMs: number };
}

/**
 * Replaces a file's contents atomically: writes a temporary file in the same
 * directory with the original's mode (and owner, when allowed), then renames
 * it over the original. A symbolic link is followed, so the link stays a link.
 * Hard links to the file are not kept (the rename gives it a new inode).
 */
export async function writeFileAtomic(path: string, data: Uint8Array, options: WriteOptions = {}): Promise<void> {
  const target = await realpath(path);
  const before = await stat(target);
  if (!before.isFile()) throw new Error(`${path} is not a regular file`);
  if (options.expect && (before.size !== options.expect.size || before.mtimeMs !== options.expect.mtimeMs)) {
    throw new Error('the file changed on disk while it was being linted; not overwritten');
  }
  const temp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.copydesk-tmp`);
  const mode = before.mode & 0o7777;
  const handle = await open(temp, 'wx', mode);
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
    if (typeof process.getuid === 'function' && (before.uid !== process.getuid() || before.gid !== process.getgid?.())) {
      await chown(temp, before.uid, before.gid).catch(() => undefined);
    }
    await rename(temp, target);
    renamed = true;
  } finally {
    if (!renamed) await unlink(temp).catch(() => undefined);
  }
}

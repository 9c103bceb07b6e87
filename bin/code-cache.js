'use strict';
// Runs a CommonJS bundle with V8's code cache: the bytecode of every function a run compiled, kept on disk and
// handed to V8 by the next run, which then neither parses nor compiles again the functions it uses (the CLI's
// bundle is about 960 KB). A one-file lint 153 -> 127 ms of CPU (medians of 15, alternating, pinned to one core).
//
// The cache lives in the user's cache folder ($XDG_CACHE_HOME or ~/.cache, %LOCALAPPDATA% on Windows, then
// copydesk/code-cache; the folder made readable by the user alone), one file per bundle, Node version and set of
// node flags: the name is a hash of the three, so a changed bundle or another Node never meets an old cache, and V8
// itself refuses a cache made by another V8 or under other flags. It is written after a run that had none (or one V8
// refused, or one made by a much shorter run: see REWRITE_FACTOR), to a temporary file renamed into place; at most
// MAX_CACHES are kept. A cache that cannot be read, is a symbolic link, is not the user's, lacks the mark or that V8
// refuses is not used; one that cannot be written is not written; COPYDESK_NO_CODE_CACHE=1 turns it all off. The
// code run is the bundle's, byte for byte: the cache only saves compiling it.
const { isAscii } = require('node:buffer');
const { createHash } = require('node:crypto');
const fs = require('node:fs');
const Module = require('node:module');
const { homedir } = require('node:os');
const { dirname, isAbsolute, join } = require('node:path');
const vm = require('node:vm');

/** Caches kept in the folder (one per bundle, Node version and flags): a few upgrades' worth, then the oldest go. */
const MAX_CACHES = 8;

/**
 * A cache holds the functions of the run that wrote it: made after `--help` (647 KB) or an empty file (756 KB) it
 * lacks much of what a lint of 500 files of 4 KB compiles (938 KB; a 1 MB file, 940 KB). So a cache records the CPU
 * time of the run that wrote it, and a run that takes more than REWRITE_FACTOR times as long writes it again, until
 * the recorded run took COVERED_MS: a run that long has compiled nearly all a lint uses (500 files of 4 KB take
 * about 800 ms and add 2.5 KB to a 1 MB file's). At most a few writes of about 8 ms each in the life of a cache.
 */
const REWRITE_FACTOR = 2;
const COVERED_MS = 400;

/** A temporary file older than this was left by a run that was killed while writing: removed. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;

/** The file's first bytes: a mark, then the CPU milliseconds of the run that wrote it (uint32, little-endian). */
const MAGIC = 0x31636463; // "cdc1"
const HEADER_BYTES = 8;

/** The folder of the caches, or undefined when there is none to use. */
function cacheFolder(env) {
  if (env.COPYDESK_NO_CODE_CACHE === '1') return undefined;
  let base = process.platform === 'win32' ? env.LOCALAPPDATA : env.XDG_CACHE_HOME;
  if (!base || !isAbsolute(base)) {
    let home;
    try {
      home = homedir();
    } catch {
      return undefined;
    }
    if (!home) return undefined;
    base = join(home, process.platform === 'win32' ? 'AppData/Local' : '.cache');
  }
  return join(base, 'copydesk', 'code-cache');
}

/** The cache's bytes when the file is a regular file of this user's; undefined otherwise. */
function readCache(path) {
  let fd;
  try {
    fd = fs.openSync(path, fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
  } catch {
    return undefined;
  }
  try {
    const info = fs.fstatSync(fd);
    if (!info.isFile()) return undefined;
    if (typeof process.getuid === 'function' && info.uid !== process.getuid()) return undefined;
    const bytes = Buffer.allocUnsafe(info.size);
    let used = 0;
    while (used < bytes.length) {
      const n = fs.readSync(fd, bytes, used, bytes.length - used, null);
      if (n === 0) break;
      used += n;
    }
    return used === bytes.length ? bytes : undefined;
  } catch {
    return undefined;
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Writes the cache (`make()` gives its bytes, asked only once the folder is there) by a temporary file and a rename
 * (two runs at once each write a whole file), then prunes the folder.
 */
function writeCache(folder, path, make) {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    fs.mkdirSync(folder, { recursive: true, mode: 0o700 });
    fs.writeFileSync(temporary, make(), { mode: 0o600 });
    fs.renameSync(temporary, path);
  } catch {
    // No cache this time (a full disk, a folder that is not writable): the next run compiles as this one did.
    try {
      fs.rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do.
    }
    return;
  }
  try {
    const now = Date.now();
    const caches = [];
    for (const name of fs.readdirSync(folder)) {
      const info = fs.lstatSync(join(folder, name));
      if (name.endsWith('.bin')) caches.push({ name, time: info.mtimeMs });
      // A temporary file an interrupted run left behind (a run writes its own in milliseconds).
      else if (name.endsWith('.tmp') && now - info.mtimeMs > STALE_TEMPORARY_MS) fs.rmSync(join(folder, name), { force: true });
    }
    caches.sort((a, b) => b.time - a.time);
    for (const old of caches.slice(MAX_CACHES)) fs.rmSync(join(folder, old.name), { force: true });
  } catch {
    // Pruned next time.
  }
}

/**
 * Runs the CommonJS bundle at `file` as `require` would (its own module, exports, require, __filename and
 * __dirname), compiled with the code cache when there is one. `env` is the environment to read the settings from.
 */
function runWithCodeCache(file, env = process.env) {
  const bytes = fs.readFileSync(file);
  const folder = cacheFolder(env);
  let path;
  let cachedData;
  let madeInMs = 0;
  if (folder !== undefined) {
    const key = createHash('sha256')
      .update(bytes)
      .update(`\0${process.version}\0${process.arch}\0${process.execArgv.join('\0')}`)
      .digest('hex');
    path = join(folder, `${key.slice(0, 32)}.bin`);
    const cache = readCache(path);
    if (cache !== undefined && cache.length > HEADER_BYTES && cache.readUInt32LE(0) === MAGIC) {
      madeInMs = cache.readUInt32LE(4);
      cachedData = cache.subarray(HEADER_BYTES);
    }
  }
  // The bundle is ASCII (scripts/bundle.mjs escapes the rest), and read so it is the same text as UTF-8, in a fifth
  // of the time (0.7 against 3.8 ms).
  const source = isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
  const script = new vm.Script(Module.wrap(source), {
    filename: file,
    ...(cachedData ? { cachedData } : {}),
  });
  if (path !== undefined) {
    const cached = cachedData !== undefined && script.cachedDataRejected !== true;
    // After the run, so that the cache holds every function the run compiled, not only the top level.
    process.once('beforeExit', () => {
      const usage = process.cpuUsage();
      const ms = Math.round((usage.user + usage.system) / 1000);
      if (cached && (madeInMs >= COVERED_MS || ms <= madeInMs * REWRITE_FACTOR)) return;
      writeCache(folder, path, () => {
        const header = Buffer.alloc(HEADER_BYTES);
        header.writeUInt32LE(MAGIC, 0);
        header.writeUInt32LE(Math.min(ms, 0xffffffff), 4);
        return Buffer.concat([header, script.createCachedData()]);
      });
    });
  }
  const module = { id: file, filename: file, exports: {}, loaded: false };
  const wrapper = script.runInThisContext();
  wrapper.call(module.exports, module.exports, Module.createRequire(file), module, file, dirname(file));
  return { cached: cachedData !== undefined && script.cachedDataRejected !== true, path };
}

module.exports = { runWithCodeCache, cacheFolder };

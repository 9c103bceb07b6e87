// Rewrites compiled JavaScript so that it holds no character above U+00FF: each such character becomes a \uXXXX
// escape, which means the same in a string, a template's cooked text, a regular expression (with or without the
// u flag: an escaped surrogate pair is one code point there), an identifier and a comment.
//
// Why: V8 keeps every script's source text for as long as its functions may still be compiled, as a string of
// one byte per character when every character fits in one byte (up to U+00FF) and of two bytes otherwise. One
// typographic quote in a comment or a regular expression made a whole module two bytes a character: 642,000
// characters of out/server/src/core (1.28 MB kept, 0.64 MB as one byte) and the whole of each bundle in dist/.
// The peak memory of a fresh process linting 1 MB (bench.ts --memory, compile jobs one at a time so that the
// measure is steady) went from 76.1-76.6 to 75.5-75.7 MiB.
//
//   node scripts/one-byte.mjs out dist     rewrites every .js file under those folders that needs it
//
// A character escaped with a backslash of its own (an identity escape, `\’`) loses that backslash: `\’` and
// `\u2019` are the same character, while `\\u2019` would be a backslash and the text "u2019". Source maps are left
// as they are: on a line with such a character, columns after it are off by five per character.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

/**
 * Every character above U+00FF (`WIDE`), or above U+007F (`NON_ASCII`), with the backslashes right before it; but
 * not U+2028 and U+2029, which end a line outside a string (a `//` comment, say) and so cannot be replaced by an
 * escape there: a file with one stays as it is.
 */
const WIDE = /(\\*)([^\u0000-\u00ff\u2028\u2029])/g;
const NON_ASCII = /(\\*)([^\u0000-\u007f\u2028\u2029])/g;

/** The source with every character above U+00FF (or, `ascii`, above U+007F) written as a \uXXXX escape. */
export function escapeWide(source, ascii = false) {
  return source.replace(ascii ? NON_ASCII : WIDE, (_, slashes, ch) => {
    const escape = `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`;
    return (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + escape;
  });
}

/**
 * Rewrites one file with `escapeWide`; returns whether it did. An escape is a syntax error where the character was
 * white space between tokens: such a file stays as it is.
 */
export function escapeFile(path, ascii = false) {
  const source = readFileSync(path, 'utf8');
  const escaped = escapeWide(source, ascii);
  if (escaped === source) return false;
  try {
    new Script(escaped, { filename: path });
  } catch {
    return false;
  }
  writeFileSync(path, escaped);
  return true;
}

/** Rewrites the .js files under `paths` (files or folders) that hold a character above U+00FF; returns how many. */
export function oneByteFiles(paths) {
  let rewritten = 0;
  const visit = (path) => {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path)) visit(join(path, name));
      return;
    }
    if (path.endsWith('.js') && escapeFile(path)) rewritten++;
  };
  for (const path of paths) visit(path);
  return rewritten;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) oneByteFiles(process.argv.slice(2));

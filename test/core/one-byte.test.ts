/**
 * The build writes compiled JavaScript with no character above U+00FF (scripts/one-byte.mjs), so that V8 keeps each
 * script's source as one byte a character. The escapes must mean what the characters meant, in every place a
 * character can stand: code with and without them is run side by side here, and the build's output is checked.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runInNewContext } from 'node:vm';
import { describe, it } from 'node:test';

const ROOT = resolve(__dirname, '..', '..', '..');

interface OneByte {
  escapeWide: (source: string) => string;
}

/** Whether a text holds a character above U+00FF (but U+2028 and U+2029, which the build leaves). */
function hasWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0xff && c !== 0x2028 && c !== 0x2029) return true;
  }
  return false;
}

async function oneByte(): Promise<OneByte> {
  return (await import(pathToFileURL(join(ROOT, 'scripts', 'one-byte.mjs')).href)) as OneByte;
}

/** Programs whose value must not change when their wide characters are escaped. */
const PROGRAMS = [
  "'It’s “quoted” — and … more'",
  "'\\’' + '\\\\’' + '\\\\\\’'",
  '`a ‘template’ ${1 + 1} — done`',
  "/[‘’]/g[Symbol.replace]('it’s ‘so’', '*')",
  "/\\’/.test('’')",
  "/[\\‘-\\’]+/.exec('x‘’y')[0]",
  "/^.$/u.test('😀') && !/^.$/.test('😀')",
  "/[😀]/u.exec('a😀b').index",
  "/[–—-]/.test('—')",
  "/\\p{L}+/u.exec('– café Łódź')[0]",
  'const π = 3; π // a comment with a ’ in it',
  '/* “block” comment */ 42',
  "'line\u2028sep'.length",
  "'é and ü stay as they are'",
];

describe('one-byte sources', () => {
  it('escapes every character above U+00FF without changing what the code does', async () => {
    const { escapeWide } = await oneByte();
    for (const program of PROGRAMS) {
      const escaped = escapeWide(program);
      assert.ok(!hasWide(escaped), escaped);
      assert.deepEqual(runInNewContext(escaped), runInNewContext(program), program);
    }
  });

  it('leaves a line or paragraph separator alone (outside a string it ends a line)', async () => {
    const { escapeWide } = await oneByte();
    const program = '// a comment\u2028 1 + 1';
    assert.equal(escapeWide(program), program);
    assert.equal(runInNewContext(escapeWide(program)), 2);
  });

  it('leaves the built engine, server and bundles one byte a character', () => {
    const wide: string[] = [];
    const visit = (path: string): void => {
      if (statSync(path).isDirectory()) {
        for (const name of readdirSync(path)) visit(join(path, name));
      } else if (path.endsWith('.js') && hasWide(readFileSync(path, 'utf8'))) {
        wide.push(path);
      }
    };
    visit(join(ROOT, 'out', 'server'));
    for (const bundle of ['cli.js', 'server.js', 'client.js']) visit(join(ROOT, 'dist', bundle));
    assert.deepEqual(wide, []);
  });
});

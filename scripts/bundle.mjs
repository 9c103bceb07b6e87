// Bundles the three entry points with esbuild. The bundles are what the
// `.vsix` ships and what the `bin` scripts run, so they carry every runtime
// dependency and need no node_modules.
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { escapeFile, oneByteFiles } from './one-byte.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

// The server must bundle one copy of the protocol library: the one that
// vscode-languageserver itself resolves (nested or hoisted, as npm laid it out).
const fromServerLibrary = createRequire(createRequire(import.meta.url).resolve('vscode-languageserver/node'));
const oneProtocol = {
  name: 'one-protocol',
  setup(b) {
    b.onResolve({ filter: /^vscode-languageserver-protocol$/ }, () => ({
      path: fromServerLibrary.resolve('vscode-languageserver-protocol'),
    }));
  },
};

// No global "use strict": weasel-words, passive-voice and adverb-where assign
// undeclared variables, which strict mode turns into ReferenceErrors.
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
  tsconfigRaw: { compilerOptions: { alwaysStrict: false } },
  // Node 20 has \p{…} in regexes: without this, esbuild rewrites each such literal
  // into a `new RegExp(...)` that is rebuilt every time the code runs (hot loops in the parser).
  supported: { 'regexp-unicode-property-escapes': true },
};

// The rule pages as HTML in dist/docs/, beside the server (tools/render-docs.ts,
// compiled here on the fly so that packaging needs no tsc run first).
async function renderDocs() {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-render-docs-'));
  try {
    const outfile = join(dir, 'render-docs.cjs');
    await build({ ...common, sourcemap: false, entryPoints: [join(root, 'tools/render-docs.ts')], outfile });
    createRequire(import.meta.url)(outfile).renderDocs(root);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await Promise.all([
  renderDocs(),
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js', external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js', plugins: [oneProtocol] }),
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js' }),
]);

// Each bundle as one byte a character (scripts/one-byte.mjs): esbuild escapes strings but not regular expressions.
oneByteFiles(['dist/client.js', 'dist/server.js', 'dist/cli.js']);

// The CLI's bundle as ASCII: its few characters from U+0080 to U+00FF (a guillemet, a pound sign in a regular
// expression) written as \u00XX escapes too, as one-byte.mjs writes the wider ones. bin/code-cache.js then reads
// the bundle's bytes as Latin-1, the same text as UTF-8 for ASCII, in a fifth of the time (0.7 against 3.8 ms of
// a run that takes about 110). A character escaped by a backslash of its own loses it, as in one-byte.mjs; a file
// that an escape would not parse stays as it is (and is read as UTF-8).
escapeFile('dist/cli.js', true);

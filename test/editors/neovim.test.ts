/**
 * Neovim's built-in LSP client (Debian's 0.7: `apt-get install -y neovim`)
 * against the built server, headless: diagnostics for a `.txt` article, code
 * actions at a flagged line, the quick fix applied with Neovim's own
 * `apply_workspace_edit`, and the finding gone from the next diagnostics.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { pathToFileURL } from 'node:url';
import { FIXTURES, REPO_ROOT, SERVER_PATH, textAt } from '../lsp/helpers/client';
import { SCRAPED_EXAMPLE, serverOnPath, tempDir } from '../lsp/helpers/fixtures';

const PROBE = resolve(REPO_ROOT, 'test/editors/nvim/probe.lua');
const SNIPPET_PROBE = resolve(REPO_ROOT, 'test/editors/nvim/snippet.lua');
const DRIFT_PROBE = resolve(REPO_ROOT, 'test/editors/nvim/drift.lua');
/** A pair of the drift fixtures (test/drift/pairs): a wire story and its local rewrite. */
const PAIR = resolve(REPO_ROOT, 'test/drift/pairs/01-wire-to-local');
const EDITORS_DOC = resolve(REPO_ROOT, 'README.md');

interface ProbeDiagnostic {
  lnum: number;
  col: number;
  code: string;
  source: string;
  message: string;
  href: string | null;
  version: number | null;
  fixes: number;
}

interface ProbeResult {
  errors: string[];
  uri?: string;
  /** Every publishDiagnostics the probe received: the version is the publish's (diagnostics carry none). */
  publishes?: { uri: string; version: number | null; count: number }[];
  filetype?: string;
  before?: ProbeDiagnostic[];
  after?: ProbeDiagnostic[];
  target?: ProbeDiagnostic;
  actions?: { title: string; kind: string | null; preferred: boolean; has_edit: boolean }[];
  by_line?: string[];
  applied?: string;
  hover?: string;
  stopped?: boolean;
  text_after?: string;
}

function nvimAvailable(): boolean {
  return spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;
}

/** Runs a Lua script in a headless Neovim (never longer than 60 s) and returns the JSON it wrote to PROBE_OUT. */
function runNvim<T>(script: string, file: string, env: NodeJS.ProcessEnv): Promise<T> {
  const out = `${file}.probe.json`;
  const child = spawn(
    'timeout',
    ['60', 'nvim', '--headless', '--clean', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`],
    { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...env, PROBE_FILE: file, PROBE_OUT: out } },
  );
  let output = '';
  child.stdout.on('data', (c: Buffer) => (output += c.toString()));
  child.stderr.on('data', (c: Buffer) => (output += c.toString()));
  return new Promise((res, rej) => {
    child.once('error', rej);
    child.once('exit', (code) => {
      if (!existsSync(out)) return rej(new Error(`nvim exited with ${code} and wrote no result:\n${output}`));
      res(JSON.parse(readFileSync(out, 'utf8')) as T);
    });
  });
}

function probe(file: string, rule: string): Promise<ProbeResult> {
  return runNvim<ProbeResult>(PROBE, file, { PROBE_NODE: process.execPath, PROBE_SERVER: SERVER_PATH, PROBE_RULE: rule });
}

/** The first Lua block under the given heading of the README. */
function docSnippet(heading: string): string {
  const doc = readFileSync(EDITORS_DOC, 'utf8');
  const at = doc.indexOf(`\n${heading}\n`);
  assert.ok(at !== -1, `README.md has no "${heading}"`);
  const block = /```lua\n([^]*?)```/.exec(doc.slice(at));
  assert.ok(block?.[1], `no lua block under "${heading}"`);
  return block[1];
}

function counts(list: readonly ProbeDiagnostic[] | undefined, rules: readonly string[]): Record<string, number> {
  return Object.fromEntries(rules.map((r) => [r, (list ?? []).filter((d) => d.code === r).length]));
}

const EDITORIAL = ['boilerplate', 'truncated-teaser', 'inconsistent-title'];

async function check(source: string, name: string, expected: Record<string, number>): Promise<ProbeResult> {
  assert.ok(nvimAvailable(), 'nvim is not installed (apt-get install -y neovim)');
  const tmp = tempDir('copydesk-nvim-');
  try {
    const file = join(tmp.dir, name);
    copyFileSync(source, file);
    const result = await probe(file, 'truncated-teaser');
    assert.deepEqual(result.errors, []);
    assert.equal(result.filetype, 'text', 'Neovim sends language id "text" for .txt');
    assert.deepEqual(counts(result.before, EDITORIAL), expected, 'the editorial findings');
    // Neovim 0.7 declares no codeDescriptionSupport, so its diagnostics carry no rule link: the hover has it.
    for (const d of result.before ?? []) {
      assert.equal(d.source, 'copydesk');
      assert.equal(d.href, null, `no codeDescription on ${d.code}`);
    }
    const published = (result.publishes ?? []).filter((p) => p.uri === result.uri);
    assert.equal(published[0]?.version, 0, 'diagnostics published for the version Neovim opened');
    const actions = result.actions ?? [];
    const preferred = actions.filter((a) => a.preferred);
    assert.equal(preferred.length, 1, 'one preferred quick fix');
    assert.equal(preferred[0]?.kind, 'quickfix');
    assert.ok(
      actions.every((a) => a.has_edit),
      'every action carries its edit',
    );
    // A .txt gets no comment directive; the finding is ignored in .copydesk.json instead.
    assert.ok(!actions.some((a) => a.title.startsWith('Disable')), 'no comment directive is written into a .txt');
    assert.ok(actions.some((a) => a.title === 'Ignore this finding'));
    assert.ok(result.by_line?.includes(result.applied ?? '?'), 'found by line alone, past the end of the line');
    const before = counts(result.before, EDITORIAL);
    assert.deepEqual(counts(result.after, EDITORIAL), { ...before, 'truncated-teaser': (before['truncated-teaser'] ?? 0) - 1 });
    const target = result.target;
    assert.ok(target);
    assert.equal(
      (result.after ?? []).some((d) => d.code === target.code && d.message === target.message),
      false,
      'the fixed finding is gone',
    );
    const last = published[published.length - 1];
    assert.ok(last && last.version !== null && last.version > 0, 'new diagnostics for the edited version');
    assert.match(result.hover ?? '', /copydesk/);
    const link = /\]\((file:\/\/[^)\s]*\/docs\/rules\/[a-z-]+\.html)\)/.exec(result.hover ?? '')?.[1];
    assert.ok(link, `the hover links the rule page: ${result.hover ?? ''}`);
    assert.ok(existsSync(fileURLToPath(link)), `the rule page ${link} exists (rendered at build time)`);
    assert.equal(result.stopped, true, 'the server stopped when asked');
    return result;
  } finally {
    tmp.cleanup();
  }
}

describe('Neovim (headless, built-in LSP client)', () => {
  it('lints a .txt article, applies a quick fix, and sees the finding gone', async () => {
    await check(join(FIXTURES, 'riverside.txt'), 'riverside.txt', {
      boilerplate: 1,
      'truncated-teaser': 3,
      'inconsistent-title': 1,
    });
  });

  it('runs the Neovim 0.7 setup from the README as written', async () => {
    assert.ok(nvimAvailable(), 'nvim is not installed (apt-get install -y neovim)');
    const tmp = tempDir('copydesk-nvim-doc-');
    try {
      // `copydesk-language-server` on PATH, as after installing the package globally.
      const bin = serverOnPath(tmp.dir);
      const snippet = join(tmp.dir, 'init.lua');
      writeFileSync(snippet, docSnippet('### Neovim 0.7 to 0.10'));
      const file = join(tmp.dir, 'story.txt');
      copyFileSync(join(FIXTURES, 'riverside.txt'), file);
      const result = await runNvim<{ errors: string[]; filetype?: string; codes?: string[]; clients?: string[] }>(
        SNIPPET_PROBE,
        file,
        { SNIPPET_FILE: snippet, PATH: `${bin}:${process.env.PATH ?? ''}` },
      );
      assert.deepEqual(result.errors, []);
      assert.deepEqual(result.clients, ['copydesk']);
      assert.ok(result.codes?.includes('truncated-teaser'), JSON.stringify(result.codes));
    } finally {
      tmp.cleanup();
    }
  });

  it('finds one boilerplate block, eight cut-off teasers and one title conflict in the scraped example', async () => {
    await check(SCRAPED_EXAMPLE, 'scraped-article.txt', {
      boilerplate: 1,
      'truncated-teaser': 8,
      'inconsistent-title': 1,
    });
  });

  it("shows a rewrite's drift with related information in the source file, and follows the source on disk", async () => {
    assert.ok(nvimAvailable(), 'nvim is not installed (apt-get install -y neovim)');
    const tmp = tempDir('copydesk-nvim-drift-');
    try {
      const wire = readFileSync(join(PAIR, 'source.txt'), 'utf8');
      mkdirSync(join(tmp.dir, 'wire'));
      const source = join(tmp.dir, 'wire', 'flood.txt');
      writeFileSync(source, wire);
      const next = join(tmp.dir, 'next.txt');
      writeFileSync(next, wire.replace('$4.5 million', '$5.5 million'));
      const rewrite = join(tmp.dir, 'local.txt');
      writeFileSync(rewrite, `<!-- copydesk-source: wire/flood.txt -->\n${readFileSync(join(PAIR, 'rewrite.txt'), 'utf8')}`);
      type Drift = { code: string; message: string; related: { uri: string; range: { start: Position; end: Position } }[] };
      type Position = { line: number; character: number };
      const result = await runNvim<{ errors: string[]; before?: Drift[]; after?: Drift[] }>(DRIFT_PROBE, rewrite, {
        PROBE_NODE: process.execPath,
        PROBE_SERVER: SERVER_PATH,
        PROBE_SOURCE: source,
        PROBE_SOURCE_NEXT: next,
      });
      assert.deepEqual(result.errors, []);
      const codes = (list: Drift[] | undefined) => (list ?? []).map((d) => d.code).sort();
      assert.deepEqual(codes(result.before), ['drift-figure', 'drift-name', 'drift-name', 'drift-quote', 'drift-title']);
      const figure = result.before?.find((d) => d.code === 'drift-figure');
      assert.ok(figure);
      const [related] = figure.related;
      assert.ok(related, 'the related information reached Neovim');
      assert.equal(related.uri, pathToFileURL(source).href, 'it points at the source file');
      assert.equal(textAt(wire, related.range), '$4.5 million', "on the source's words");
      // The file changed on disk: the rewrite's figure agrees with it now.
      assert.deepEqual(codes(result.after), ['drift-name', 'drift-name', 'drift-quote', 'drift-title']);
    } finally {
      tmp.cleanup();
    }
  });
});

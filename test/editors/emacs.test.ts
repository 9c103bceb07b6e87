/**
 * Emacs with eglot (Debian's `emacs-nox` 28 and `elpa-eglot` 1.9) as a real
 * third-party LSP client: the README's eglot setup, as written, loaded in a
 * headless Emacs (test/editors/emacs/probe.el); Copydesk's diagnostics in
 * Flymake for a `.txt` and an `.org` buffer; the default code action applied
 * as `M-x eglot-code-actions RET RET` applies it; the finding gone after.
 * It fails, never skips, when Emacs or eglot is missing.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, it } from 'node:test';
import { FIXTURES, REPO_ROOT } from '../lsp/helpers/client';
import { serverOnPath, tempDir } from '../lsp/helpers/fixtures';

const PROBE = resolve(REPO_ROOT, 'test/editors/emacs/probe.el');
const ORG_FIXTURE = resolve(REPO_ROOT, 'test/editors/emacs/harbour.org');
/** The probe gives up on each wait after 20 s; this bounds the whole Emacs run. */
const EMACS_TIMEOUT_S = 90;

interface ProbeDiagnostic {
  line: number;
  code: string;
  severity: number;
  message: string;
  text: string;
}

interface ProbeResult {
  errors: string[];
  mode?: string;
  language_id?: string;
  server?: string;
  before?: ProbeDiagnostic[];
  target_text?: string;
  actions?: string[];
  edited?: boolean;
  after?: ProbeDiagnostic[];
  text_after?: string;
  stopped?: boolean;
}

function emacsProblem(): string | undefined {
  const version = spawnSync('emacs', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return 'emacs is not installed (apt-get install -y emacs-nox elpa-eglot)';
  const eglot = spawnSync('emacs', ['--batch', '--eval', '(progn (require \'eglot) (princ (locate-library "eglot")))'], {
    encoding: 'utf8',
  });
  if (eglot.status !== 0) return `eglot is not available to Emacs (apt-get install -y elpa-eglot): ${eglot.stderr}`;
  return undefined;
}

/** The first Emacs Lisp block under the README's eglot heading. */
function readmeSnippet(): string {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const at = readme.indexOf('\n### Emacs (eglot)\n');
  assert.ok(at !== -1, 'README.md has no "### Emacs (eglot)"');
  const block = /```elisp\n([^]*?)```/.exec(readme.slice(at));
  assert.ok(block?.[1], 'no elisp block under "### Emacs (eglot)"');
  return block[1];
}

/** Runs the probe on a copy of `source` named `name`, with the README's setup and the server on PATH. */
async function probe(source: string, name: string, rule: string): Promise<{ result: ProbeResult; original: string }> {
  const problem = emacsProblem();
  assert.equal(problem, undefined, problem);
  const tmp = tempDir('copydesk-emacs-');
  try {
    // `copydesk-language-server` on PATH, as after installing the package globally.
    const bin = serverOnPath(tmp.dir);
    const snippet = join(tmp.dir, 'init.el');
    writeFileSync(snippet, readmeSnippet());
    const work = join(tmp.dir, 'work');
    mkdirSync(work);
    const file = join(work, name);
    copyFileSync(source, file);
    const out = join(tmp.dir, 'probe.json');
    const child = spawn('timeout', [String(EMACS_TIMEOUT_S), 'emacs', '--batch', '-l', PROBE], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        // A fresh home: no user init files or packages.
        HOME: tmp.dir,
        PATH: `${bin}:${process.env.PATH ?? ''}`,
        SNIPPET_FILE: snippet,
        PROBE_FILE: file,
        PROBE_OUT: out,
        PROBE_RULE: rule,
      },
    });
    let output = '';
    child.stdout.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const code = await new Promise<number | null>((res, rej) => {
      child.once('error', rej);
      child.once('exit', res);
    });
    assert.ok(existsSync(out), `emacs exited with ${code} and wrote no result:\n${output}`);
    const result = JSON.parse(readFileSync(out, 'utf8')) as ProbeResult;
    assert.deepEqual(result.errors, [], output);
    return { result, original: readFileSync(source, 'utf8') };
  } finally {
    tmp.cleanup();
  }
}

const count = (list: readonly ProbeDiagnostic[] | undefined, rule: string): number =>
  (list ?? []).filter((d) => d.code === rule).length;

/** Lines of `before` missing from `after` (which must keep the rest in order). */
function removedLines(before: string, after: string): string[] {
  const kept = after.split('\n');
  const removed: string[] = [];
  let j = 0;
  for (const line of before.split('\n')) {
    if (kept[j] === line) j++;
    else removed.push(line);
  }
  assert.equal(j, kept.length, 'the text after the fix is the text before with lines taken out');
  return removed;
}

describe('Emacs (headless, eglot)', () => {
  it('runs the README setup on a .txt file: diagnostics in Flymake, the default code action applied, the finding gone', async () => {
    const { result, original } = await probe(join(FIXTURES, 'riverside.txt'), 'riverside.txt', 'truncated-teaser');
    assert.equal(result.mode, 'text-mode');
    assert.equal(result.language_id, 'text', 'eglot sends language id "text" for text-mode');
    assert.equal(result.server, 'copydesk-language-server');
    assert.deepEqual(
      ['boilerplate', 'truncated-teaser', 'inconsistent-title'].map((r) => count(result.before, r)),
      [1, 3, 1],
      JSON.stringify(result.before),
    );
    for (const d of result.before ?? []) assert.ok(d.text.length > 0, `${d.code} covers text`);
    // The preferred action for a teaser is its own fix, first among the rule's actions.
    assert.equal(result.actions?.[0], 'Delete the truncated teaser line', JSON.stringify(result.actions));
    assert.ok(!result.actions?.some((a) => a.startsWith('Disable')), 'no comment directive is written into a .txt');
    assert.equal(result.edited, true);
    assert.equal(count(result.after, 'truncated-teaser'), 2, 'one teaser fewer');
    assert.equal(count(result.after, 'boilerplate'), 1);
    assert.deepEqual(removedLines(original, result.text_after ?? ''), [result.target_text], 'only the teaser line went');
    assert.equal(result.stopped, true, 'eglot shut the server down');
  });

  it('lints an Org buffer as plain text, as the README sets it up, and fixes a repeated word', async () => {
    const { result, original } = await probe(ORG_FIXTURE, 'harbour.org', 'lexical-illusion');
    assert.equal(result.mode, 'org-mode');
    assert.equal(result.language_id, 'org', 'eglot sends language id "org" for org-mode');
    assert.equal(count(result.before, 'lexical-illusion'), 1, JSON.stringify(result.before));
    assert.equal(count(result.before, 'unattributed-number'), 1, 'the figure in the prose');
    assert.equal(result.target_text, 'the');
    assert.equal(result.actions?.[0], 'Delete the repeated "the"', JSON.stringify(result.actions));
    assert.equal(count(result.after, 'lexical-illusion'), 0);
    assert.equal(result.text_after, original.replace('the the harbour', 'the harbour'));
  });
});

/**
 * Runs the `article` grammar's scope tests (test/grammar/*.article) with
 * vscode-tmgrammar-test, and checks that the tool does fail on a wrong
 * assertion, so a green run means something.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';

const ROOT = join(__dirname, '..', '..', '..');
const GRAMMAR = join(ROOT, 'syntaxes', 'article.tmLanguage.json');
const TOOL = join(ROOT, 'node_modules', 'vscode-tmgrammar-test', 'dist', 'unit.js');

function runTool(pattern: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [TOOL, '--grammar', GRAMMAR, pattern], { cwd: ROOT, encoding: 'utf8' });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

test('every scope assertion in test/grammar/*.article holds', () => {
  const files = readdirSync(join(ROOT, 'test', 'grammar')).filter((f) => f.endsWith('.article'));
  assert.ok(files.length >= 4, `grammar test files: ${files.join(', ')}`);
  const { status, output } = runTool('test/grammar/*.article');
  assert.equal(status, 0, output);
  for (const file of files) assert.match(output, new RegExp(`${file.replace('.', '\\.')} run successfuly`), output);
});

test('a wrong scope assertion fails the grammar test', () => {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-grammar-'));
  try {
    const file = join(dir, 'wrong.article');
    writeFileSync(
      file,
      [
        '# SYNTAX TEST "text.article" "a deliberately wrong assertion"',
        'Quiet Harbour',
        '# <----- constant.numeric.article',
        '',
      ].join('\n'),
    );
    const { status, output } = runTool(file);
    assert.notEqual(status, 0, output);
    assert.match(output, /missing required scopes: constant\.numeric\.article/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

/**
 * bin/copydesk.js starts the bundle its own way (a V8 tiering setting, see the file): whatever it sets, the
 * command's output and exit code are the bundle's, byte for byte, in every format.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { BIN, ROOT, fixture, type CliRun } from './helpers';

/** Articles of several shapes, so that many rules find something: figures, quotations, furniture, a heading. */
const FILES: Record<string, string> = {
  'harbour.txt': [
    'Harbour fees to rise by 12% next year',
    '',
    'The port authority said on Tuesday that fees would rise by 12% from January, the the first rise in five years.',
    '"We have no choice," said Mara Quell, the authority\'s finance director. Roughly 4,000 jobs depend on the port.',
    'Very many traders said the rise was basically unfair, and there is a feeling that it was rushed.',
    '',
    'Share this article',
    'Sign up for our newsletter',
    '© 2026 The Harbour Gazette. All rights reserved.',
    '',
  ].join('\n'),
  'notes.md': [
    '# Budget notes',
    '',
    'Spending fell 3.5 per cent to $2.1 billion, and 40 percent of schools reported shortfalls.',
    '',
    '- Item one: 17 buses',
    '- Item two: 230 staff',
    '',
    'Read more: [the full report](https://example.org/report)',
    '',
  ].join('\n'),
  'crlf.txt': 'A short note.\r\nIt was decided that the the plan is, at the end of the day, a good one.\r\n',
  'empty.txt': '',
};

/** Runs node (with `nodeArgs`) on `script` (the bin or the bundle itself) with the given arguments in `cwd`. */
function run(script: string, args: string[], cwd: string, nodeArgs: string[] = []): CliRun {
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, NODE_OPTIONS: _nodeOptions, ...inherited } = process.env;
  const result = spawnSync(process.execPath, [...nodeArgs, script, ...args], {
    cwd,
    input: '',
    env: inherited,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('cli: bin/copydesk.js runs the bundle unchanged', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture(FILES)));
  after(() => cleanup());

  for (const format of ['stylish', 'unix', 'json', 'sarif']) {
    it(`the same output and exit code as dist/cli.js run directly (--format ${format}, every severity)`, () => {
      const args = ['lint', '.', '--format', format, '--severity', 'hint'];
      const direct = run(join(ROOT, 'dist', 'cli.js'), args, dir);
      const bin = run(BIN, args, dir);
      assert.ok(direct.stdout.length > 200, `the bundle found something: ${direct.stdout}`);
      assert.deepEqual(bin, direct);
    });
  }

  it('the same output when node is given a budget of its own (a small one: optimised early, and dropped often)', () => {
    const args = ['lint', '.', '--format', 'json'];
    const direct = run(join(ROOT, 'dist', 'cli.js'), args, dir);
    const bin = run(BIN, args, dir, ['--interrupt-budget=1000']);
    assert.deepEqual(bin, direct);
  });
});

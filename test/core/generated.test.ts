import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { it } from 'node:test';

it('generated files (schema, doc headers, README table, settings) match the rules metadata', () => {
  const root = join(__dirname, '../../..');
  const run = spawnSync(process.execPath, [join(root, 'out/tools/generate.js'), '--check'], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
});

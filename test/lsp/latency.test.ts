/**
 * The cost of a keystroke in a 1 MB document: from sending the change to
 * receiving its diagnostics, debounce included.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { lint } from '../../server/src/core';
import { positionAt, TestClient } from './helpers/client';
import { fixture } from './helpers/fixtures';

/**
 * What the server may add to the engine's own lint time: the 50 ms debounce,
 * syncing the change, converting findings and sending them. Generous for slow
 * CI machines; the measured numbers are printed.
 */
const OVERHEAD_BUDGET_MS = 200;

function engineMs(text: string): number {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    lint(text, { format: 'text' });
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[1] ?? 0;
}

describe('latency', () => {
  it('adds little to the engine between a keystroke in a 1 MB document and its diagnostics', async (t) => {
    const body = fixture('riverside.txt').split('\n').slice(2, 6).join('\n');
    let text = fixture('riverside.txt').split('\n').slice(0, 2).join('\n') + '\n';
    for (let i = 0; text.length < 1024 * 1024; i++) text += `${body.replace(/twelve/g, `n${i}`)}\n\n`;
    const client = TestClient.spawn();
    try {
      await client.initialize();
      const uri = 'file:///virtual/big.txt';
      const opened = performance.now();
      await client.open(uri, 'text', text);
      await client.diagnosticsFor(uri, 1, 30_000);
      t.diagnostic(
        `open → first diagnostics: ${(performance.now() - opened).toFixed(0)} ms for ${(text.length / 1024 / 1024).toFixed(2)} MB`,
      );
      const times: number[] = [];
      for (let i = 0; i < 5; i++) {
        const at = Math.floor((text.length * (i + 1)) / 7);
        const current = client.text(uri);
        const start = performance.now();
        const version = await client.edit(uri, [
          { range: { start: positionAt(current, at), end: positionAt(current, at) }, newText: 'x' },
        ]);
        await client.diagnosticsFor(uri, version, 30_000);
        times.push(performance.now() - start);
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] ?? Infinity;
      t.diagnostic(`change → diagnostics: median ${median.toFixed(0)} ms (all: ${times.map((x) => x.toFixed(0)).join(', ')})`);
      const engine = engineMs(client.text(uri));
      t.diagnostic(`the engine alone, in this process: ${engine.toFixed(0)} ms`);
      assert.ok(
        median < engine * 1.5 + OVERHEAD_BUDGET_MS,
        `median ${median.toFixed(0)} ms: more than ${OVERHEAD_BUDGET_MS} ms over the engine's ${engine.toFixed(0)} ms`,
      );
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

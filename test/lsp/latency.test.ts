/**
 * What the server adds to the engine for a keystroke in a 1 MB document:
 * from sending the change to receiving its diagnostics (debounce, syncing,
 * converting more than a thousand findings, sending them) against the lint
 * of the same text in this process. One rule with many findings runs, so the
 * test measures the server and stays quick whatever the other rules cost.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { performance } from 'node:perf_hooks';
import { lint, RULES, type Config, type Severity } from '../../server/src/core';
import { positionAt, TestClient } from './helpers/client';
import { fixture } from './helpers/fixtures';

/** Debounce (50 ms) plus room for a slow, busy CI machine. */
const OVERHEAD_BUDGET_MS = 250;
const RULE = 'inconsistent-title';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Infinity;
}

describe('latency', () => {
  it('adds little to the engine between a keystroke in a 1 MB document and its diagnostics', async (t) => {
    const lines = fixture('riverside.txt').split('\n');
    const body = lines.slice(2, 6).join('\n');
    let text = `${lines.slice(0, 2).join('\n')}\n`;
    for (let i = 0; text.length < 1024 * 1024; i++) text += `${body.replace(/twelve/g, `n${i}`)}\n\n`;
    const rules = Object.fromEntries(RULES.map((r): [string, Severity] => [r.meta.id, r.meta.id === RULE ? 'warning' : 'off']));
    const config: Config = { rules };
    const client = TestClient.spawn();
    try {
      await client.initialize({ initializationOptions: { rules } });
      const uri = 'file:///virtual/big.txt';
      await client.open(uri, 'text', text);
      const first = await client.diagnosticsFor(uri, 1, 30_000);
      assert.ok(first.diagnostics.length > 1000, `many findings to convert (${first.diagnostics.length})`);
      const server: number[] = [];
      const engine: number[] = [];
      for (let i = 0; i < 5; i++) {
        const current = client.text(uri);
        const at = positionAt(current, Math.floor((current.length * (i + 1)) / 7));
        const start = performance.now();
        const version = await client.edit(uri, [{ range: { start: at, end: at }, newText: 'x' }]);
        await client.diagnosticsFor(uri, version, 30_000);
        server.push(performance.now() - start);
        const lintStart = performance.now();
        lint(client.text(uri), { format: 'text', config });
        engine.push(performance.now() - lintStart);
      }
      const s = median(server);
      const e = median(engine);
      t.diagnostic(`change → diagnostics: median ${s.toFixed(0)} ms (${server.map((x) => x.toFixed(0)).join(', ')})`);
      t.diagnostic(`the same lint in this process: median ${e.toFixed(0)} ms; ${first.diagnostics.length} diagnostics`);
      assert.ok(s < e * 1.5 + OVERHEAD_BUDGET_MS, `median ${s.toFixed(0)} ms: the engine takes ${e.toFixed(0)} ms`);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

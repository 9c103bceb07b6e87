/**
 * Pull diagnostics: a client that declares `textDocument.diagnostic` pulls
 * and is never pushed the same diagnostics; `diagnosticMode: 'push'` opts out.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { ofRule, pullCapabilities, TestClient } from './helpers/client';
import { dataOf, fixture } from './helpers/fixtures';

const TEXT = fixture('riverside.txt');

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };

describe('pull diagnostics', () => {
  let client: TestClient;
  const uri = 'file:///virtual/pull.txt';
  let lastId: string | undefined;
  before(() => {
    client = TestClient.spawn();
  });
  after(() => client.kill());

  const pull = (previousResultId?: string): Promise<Report> =>
    client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });

  it('declares a diagnostic provider to a client that can pull', async () => {
    const result = await client.initialize({ capabilities: pullCapabilities() });
    assert.deepEqual(result.capabilities.diagnosticProvider, {
      identifier: 'copydesk',
      interFileDependencies: false,
      workspaceDiagnostics: false,
    });
  });

  it('answers a pull with the full report, then "unchanged" for the same result', async () => {
    await client.open(uri, 'text', TEXT);
    const report = await pull();
    assert.equal(report.kind, 'full');
    assert.ok(report.kind === 'full' && report.resultId);
    const items = report.kind === 'full' ? report.items : [];
    assert.ok(ofRule(items, 'truncated-teaser').length > 0);
    assert.ok(items.every((d) => d.source === 'copydesk' && Array.isArray(dataOf(d).fixes)));
    lastId = report.resultId;
    const again = await pull(lastId);
    assert.deepEqual(again, { kind: 'unchanged', resultId: lastId });
  });

  it('reflects changes in the next pull', async () => {
    const first = await pull();
    const before = ofRule(first.kind === 'full' ? first.items : [], 'truncated-teaser').length;
    lastId = first.resultId;
    const text = client.text(uri);
    const cut = text.slice(text.lastIndexOf('\nHow One Bakery'));
    await client.replace(uri, cut, '\n');
    const report = await pull(lastId);
    assert.equal(report.kind, 'full');
    const items = report.kind === 'full' ? report.items : [];
    assert.equal(ofRule(items, 'truncated-teaser').length, before - 1);
  });

  it('asks the client to pull again when settings change', async () => {
    const refreshed = client.waitFor('refresh', () => true, 'workspace/diagnostic/refresh');
    client.configuration = () => ({ rules: { 'truncated-teaser': 'error' } });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await refreshed;
    const report = await pull(lastId);
    const items = report.kind === 'full' ? report.items : [];
    assert.ok(ofRule(items, 'truncated-teaser').every((d) => d.severity === 1));
  });

  it('never pushes the diagnostics of a pulled document', async () => {
    const code = await client.codeActions(
      uri,
      { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      [],
      ['source.fixAll'],
    );
    assert.ok(code && code.length === 1, 'fix-all works in pull mode too');
    assert.deepEqual(
      client.published.filter((p) => p.uri === uri),
      [],
    );
    assert.equal(await client.shutdown(), 0);
  });
});

describe('diagnosticMode: push', () => {
  it('pushes even to a client that could pull', async () => {
    const client = TestClient.spawn();
    try {
      const result = await client.initialize({
        capabilities: pullCapabilities(),
        initializationOptions: { diagnosticMode: 'push' },
      });
      assert.equal(result.capabilities.diagnosticProvider, undefined);
      const uri = 'file:///virtual/push.txt';
      await client.open(uri, 'text', TEXT);
      const published = await client.diagnosticsFor(uri, 1);
      assert.ok(published.diagnostics.length > 0);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

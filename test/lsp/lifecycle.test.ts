/**
 * The server's life as LSP defines it: requests before `initialize` get
 * ServerNotInitialized (-32002) and notifications are dropped; `initialize`
 * comes once; after `shutdown`, requests get InvalidRequest (-32600).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixture } from './helpers/fixtures';
import { TestClient } from './helpers/client';

const URI = 'file:///virtual/lifecycle.txt';
const TEXT = fixture('riverside.txt');

function code(expected: number): (e: unknown) => boolean {
  return (e) => (e as { code?: number }).code === expected;
}

describe('before initialize', () => {
  it('answers requests with -32002 and drops notifications', async () => {
    const client = TestClient.spawn();
    try {
      const position = { line: 0, character: 0 };
      await assert.rejects(client.request('textDocument/hover', { textDocument: { uri: URI }, position }), code(-32002));
      await assert.rejects(client.request('copydesk/lintFiles', { uris: [] }), code(-32002));
      await assert.rejects(client.request('copydesk/noSuchMethod', {}), code(-32002));
      await assert.rejects(client.request('shutdown'), code(-32002));
      // Dropped: once initialized, the server knows nothing of this document.
      await client.notify('textDocument/didOpen', {
        textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: TEXT },
      });
      await client.initialize();
      assert.equal(await client.hover(URI, { line: 2, character: 5 }), null, 'the early didOpen was dropped');
      // The same document opened now is linted, and only that open is published.
      await client.open(URI, 'text', TEXT, 2);
      const published = await client.diagnosticsFor(URI, 2);
      assert.ok(published.diagnostics.length > 0);
      assert.deepEqual(
        client.published.map((p) => p.version),
        [2],
      );
      await assert.rejects(client.initialize(), code(-32600), 'initialize comes once');
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

describe('after shutdown', () => {
  it('answers requests with -32600 and exits with 0 on exit', async () => {
    const client = TestClient.spawn();
    try {
      await client.initialize();
      await client.open(URI, 'text', TEXT);
      await client.diagnosticsFor(URI, 1);
      assert.equal(await client.request('shutdown'), null);
      const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
      await assert.rejects(
        client.request('textDocument/hover', { textDocument: { uri: URI }, position: range.start }),
        code(-32600),
      );
      await assert.rejects(client.codeActions(URI, range), code(-32600));
      await assert.rejects(client.request('copydesk/noSuchMethod', {}), code(-32600));
      await assert.rejects(client.request('shutdown'), code(-32600), 'a second shutdown');
      await client.notify('exit');
      assert.equal(await client.exited(), 0);
    } finally {
      client.kill();
    }
  });

  it('exits with 1 on exit without shutdown', async () => {
    const client = TestClient.spawn();
    try {
      await client.initialize();
      await client.notify('exit');
      assert.equal(await client.exited(), 1);
    } finally {
      client.kill();
    }
  });
});

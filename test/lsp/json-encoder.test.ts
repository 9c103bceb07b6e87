/** The publish serialiser: the same JSON as JSON.stringify, whether a diagnostic's text was kept or not. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-jsonrpc';
import { CachingJsonEncoder } from '../../server/src/lsp/json-encoder';

const diagnostic = (i: number): object => ({
  range: { start: { line: i, character: 0 }, end: { line: i, character: 4 } },
  message: `"quote" \\ and ünïcode ${i}`,
  source: 'copydesk',
  code: 'weasel-word',
  data: { fixes: [] },
});

async function decode(encoder: CachingJsonEncoder, message: object): Promise<unknown> {
  const bytes = await encoder.encode(message as Message, { charset: 'utf-8' });
  return JSON.parse(Buffer.from(bytes).toString('utf8'));
}

describe('publish serialiser', () => {
  it('writes what JSON.stringify writes, with and without a version, kept or fresh', async () => {
    const encoder = new CachingJsonEncoder();
    const seen: [string, number | undefined, number][] = [];
    encoder.onPublish = (uri, version, _ms, bytes) => seen.push([uri, version, bytes]);
    const kept = [diagnostic(1), diagnostic(2)];
    for (const version of [3, undefined, 4]) {
      const params =
        version === undefined
          ? { uri: 'file:///a "b".txt', diagnostics: kept }
          : { uri: 'file:///a "b".txt', version, diagnostics: [...kept, diagnostic(9)] };
      const message = { jsonrpc: '2.0', method: 'textDocument/publishDiagnostics', params };
      assert.deepEqual(await decode(encoder, message), JSON.parse(JSON.stringify(message)));
    }
    assert.deepEqual(
      seen.map(([uri, version]) => [uri, version]),
      [
        ['file:///a "b".txt', 3],
        ['file:///a "b".txt', undefined],
        ['file:///a "b".txt', 4],
      ],
    );
    const other = { jsonrpc: '2.0', id: 7, result: { contents: 'x' } };
    assert.deepEqual(await decode(encoder, other), other);
  });

  it('writes the answer to a pull and a publish byte for byte as JSON.stringify, whatever the order and gaps of keys', async () => {
    const encoder = new CachingJsonEncoder();
    const items = [diagnostic(1), diagnostic(2)];
    const messages = [
      { jsonrpc: '2.0', id: 3, result: { kind: 'full', resultId: '7', items } },
      { jsonrpc: '2.0', id: 'a"b', result: { items: [...items, diagnostic(3)], kind: 'full', resultId: undefined } },
      { jsonrpc: '2.0', id: 4, result: { kind: 'full', items: [], relatedDocuments: { 'file:///x': { kind: 'unchanged' } } } },
      { jsonrpc: '2.0', id: 5, result: { kind: 'unchanged', resultId: '7' } },
      {
        params: { diagnostics: items, uri: 'file:///a.txt', version: undefined },
        method: 'textDocument/publishDiagnostics',
        jsonrpc: '2.0',
      },
    ];
    for (let round = 0; round < 2; round++) {
      for (const message of messages) {
        const bytes = await encoder.encode(message, { charset: 'utf-8' });
        assert.equal(Buffer.from(bytes).toString('utf8'), JSON.stringify(message));
      }
    }
  });
});

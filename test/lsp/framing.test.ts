/** The server's message framing on its own: malformed headers, garbage, oversized messages, any chunking. */
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { describe, it } from 'node:test';
import type { Message } from 'vscode-jsonrpc';
import { FramedMessageReader, KeyScanner, REFUSED_NOTIFICATION, REFUSED_REQUEST } from '../../server/src/lsp/framing';

function frame(body: string | object): string {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return `Content-Length: ${Buffer.byteLength(text, 'utf8')}\r\n\r\n${text}`;
}

const hover = { jsonrpc: '2.0', id: 1, method: 'textDocument/hover', params: { textDocument: { uri: 'file:///a.txt' } } };
const change = { jsonrpc: '2.0', method: 'textDocument/didChange', params: { textDocument: { uri: 'file:///é.txt' } } };

/** Feeds `input` in chunks of `size` bytes; returns the messages and the problems reported. */
function read(input: string | Buffer, size = Infinity, limit = 1024): { messages: Message[]; problems: string[] } {
  const stream = new PassThrough();
  const problems: string[] = [];
  const messages: Message[] = [];
  const reader = new FramedMessageReader(stream, { maxMessageBytes: limit, onProblem: (p) => problems.push(p) });
  reader.listen((m) => messages.push(m));
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  const step = Number.isFinite(size) ? size : bytes.length;
  // PassThrough delivers writes synchronously to 'data' listeners once flowing: emit directly for exact chunking.
  for (let i = 0; i < bytes.length; i += step) stream.emit('data', bytes.subarray(i, i + step));
  return { messages, problems };
}

describe('message framing', () => {
  it('reads well-formed messages whatever the chunking, multi-byte characters included', () => {
    const input = frame(hover) + frame(change) + frame(hover);
    for (const size of [1, 2, 7, 64, Infinity]) {
      const { messages, problems } = read(input, size);
      assert.deepEqual(messages, [hover, change, hover], `chunks of ${size}`);
      assert.deepEqual(problems, []);
    }
  });

  it('accepts other headers and any case of Content-Length', () => {
    const body = JSON.stringify(hover);
    const input = `content-length: ${body.length}\r\nContent-Type: application/vscode-jsonrpc; charset=utf-8\r\n\r\n${body}`;
    assert.deepEqual(read(input).messages, [hover]);
  });

  const malformed: [string, string, RegExp][] = [
    ['a header without Content-Length', `Content-Type: text/plain\r\n\r\n${JSON.stringify(hover)}`, /without Content-Length/],
    ['a Content-Length that is not a number', `Content-Length: twelve\r\n\r\n${JSON.stringify(hover)}`, /not a number/],
    ['a negative Content-Length', `Content-Length: -5\r\n\r\n{}`, /not a number/],
    ['a header line without a colon', `hello there\r\n\r\n`, /without ":"/],
    ['a body that is not JSON', 'Content-Length: 9\r\n\r\n{"jsonrp"', /not JSON/],
    ['a body that is JSON but not an object', 'Content-Length: 7\r\n\r\n[1,2,3]', /not a JSON-RPC object/],
  ];
  for (const [what, bad, problem] of malformed) {
    it(`drops ${what} and reads the messages after it`, () => {
      for (const size of [1, 5, Infinity]) {
        const { messages, problems } = read(frame(change) + bad + frame(hover) + frame(change), size);
        assert.deepEqual(messages.slice(0, 1), [change], `chunks of ${size}: the message before`);
        assert.deepEqual(messages.slice(-2), [hover, change], `chunks of ${size}: the messages after`);
        assert.ok(
          problems.some((p) => problem.test(p)),
          `chunks of ${size}: ${problems.join(' | ')}`,
        );
      }
    });
  }

  it('loses only the next message to a Content-Length longer than its body', () => {
    // The long count swallows the start of the next message; the one after it is read.
    const { messages, problems } = read(`Content-Length: 40\r\n\r\n{"jsonrpc":"2.0"}${frame(hover)}${frame(change)}`, 3);
    assert.deepEqual(messages, [change]);
    assert.ok(problems.length >= 1);
  });

  it('finds the header after garbage glued before it', () => {
    const { messages, problems } = read(`{"stray":1}garbage${frame(hover)}`);
    assert.deepEqual(messages, [hover]);
    assert.equal(problems.length, 1);
  });

  it('gives up on a header that never ends, and reads on', () => {
    const { messages } = read(`X-Junk: ${'x'.repeat(20_000)}${frame(hover)}`, 1000);
    assert.deepEqual(messages, [hover]);
  });

  it('refuses an oversized request without buffering it, and answers it by id and method', () => {
    const big = { jsonrpc: '2.0', method: 'textDocument/hover', params: { pad: 'x'.repeat(50_000) }, id: 'req-7' };
    const stream = new PassThrough();
    const messages: Message[] = [];
    const reader = new FramedMessageReader(stream, { maxMessageBytes: 1024 });
    reader.listen((m) => messages.push(m));
    const bytes = Buffer.from(frame(big) + frame(hover));
    let most = 0;
    for (let i = 0; i < bytes.length; i += 512) {
      stream.emit('data', bytes.subarray(i, i + 512));
      most = Math.max(most, reader.pendingBytes);
    }
    assert.ok(most <= 1024, `at most one chunk held at a time (held ${most} bytes)`);
    assert.deepEqual(messages, [
      {
        jsonrpc: '2.0',
        id: 'req-7',
        method: REFUSED_REQUEST,
        params: { method: 'textDocument/hover', bytes: Buffer.byteLength(JSON.stringify(big)), limit: 1024 },
      },
      hover,
    ]);
  });

  it('refuses an oversized notification and names its document', () => {
    const big = {
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri: 'file:///big%20one.txt', languageId: 'plaintext', version: 1, text: 'é'.repeat(3000) } },
    };
    const { messages, problems } = read(frame(big) + frame(hover), 100);
    assert.equal(messages.length, 2);
    assert.deepEqual(messages[0], {
      jsonrpc: '2.0',
      method: REFUSED_NOTIFICATION,
      params: {
        method: 'textDocument/didOpen',
        uri: 'file:///big%20one.txt',
        bytes: Buffer.byteLength(JSON.stringify(big)),
        limit: 1024,
      },
    });
    assert.deepEqual(messages[1], hover);
    assert.match(problems[0] ?? '', /refused a message of \d+ bytes \(textDocument\/didOpen\)/);
  });
});

describe('key scanner', () => {
  function scan(json: string, size = 3): KeyScanner {
    const scanner = new KeyScanner();
    const bytes = Buffer.from(json, 'utf8');
    for (let i = 0; i < bytes.length; i += size) scanner.feed(bytes.subarray(i, i + size));
    return scanner;
  }

  it('picks the top-level id and method, wherever they are', () => {
    const s = scan('{"params":{"method":"inner","id":99,"list":[1,{"id":5}]},"method":"outer","id":42}');
    assert.equal(s.method, 'outer');
    assert.equal(s.id, 42);
  });

  it('reads string ids, escapes and non-ASCII text', () => {
    const s = scan(
      JSON.stringify({ id: 'a"b\\c', method: 'm\u00e9thode', params: { textDocument: { uri: 'file:///caf\u00e9 "x".txt' } } }),
      1,
    );
    assert.equal(s.id, 'a"b\\c');
    assert.equal(s.method, 'm\u00e9thode');
    assert.equal(s.uri, 'file:///caf\u00e9 "x".txt');
  });

  it('is not fooled by keys inside strings or values that look like keys', () => {
    const s = scan('{"text":"\\"id\\": 7, \\"method\\": \\"fake\\"","id" : 3 ,"method" : "real"}');
    assert.equal(s.id, 3);
    assert.equal(s.method, 'real');
  });

  it('leaves out what a notification does not have', () => {
    const s = scan('{"jsonrpc":"2.0","method":"exit"}');
    assert.equal(s.id, undefined);
    assert.equal(s.uri, undefined);
  });
});

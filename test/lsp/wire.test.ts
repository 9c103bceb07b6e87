/**
 * What arrives on the wire, broken: headers without a usable Content-Length
 * and stray bytes (dropped, and every later message still read), and
 * messages of 50 MB (refused as they stream past, with an error for a
 * request and a notice for a document; the server stays alive).
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { MarkupContent, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { messageOf, ofRule, positionAt, TestClient } from './helpers/client';
import { fixture } from './helpers/fixtures';

const URI = 'file:///virtual/wire.txt';
const TEXT = fixture('riverside.txt');
/** Well over the server's limit for the default 5 MiB documents (31 MiB), as the issue tried it. */
const HUGE_BYTES = 50 * 1024 * 1024;

function frame(body: string): string {
  return `Content-Length: ${Buffer.byteLength(body, 'utf8')}\r\n\r\n${body}`;
}

describe('malformed headers', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.spawn();
    await client.initialize();
    await client.open(URI, 'text', TEXT);
    await client.diagnosticsFor(URI, 1);
  });
  after(() => client.kill());

  const garbage: [string, string][] = [
    ['a header without Content-Length', `Content-Type: application/json\r\n\r\n{"jsonrpc":"2.0","method":"nothing"}`],
    ['a Content-Length that is not a number', `Content-Length: many\r\n\r\n{"jsonrpc":"2.0","method":"nothing"}`],
    ['a line of text', 'hello, server\r\n\r\n'],
    ['stray bytes with no header end', '\u0000\u0001garbage'],
    ['a body that is not JSON', 'Content-Length: 9\r\n\r\n{"jsonrp"'],
  ];
  for (const [what, bytes] of garbage) {
    it(`reads every message after ${what}`, async () => {
      const logged = client.logs.length;
      // The garbage and two real messages in one write, so they reach the server together.
      const version = client.version(URI) + 1;
      const doc = client.docs.get(URI);
      assert.ok(doc);
      const at = doc.text.indexOf(' acres to') - 6;
      const oldWord = doc.text.slice(at, at + 6);
      const newWord = oldWord === 'twelve' ? 'eleven' : 'twelve';
      const change = JSON.stringify({
        jsonrpc: '2.0',
        method: 'textDocument/didChange',
        params: {
          textDocument: { uri: URI, version },
          contentChanges: [{ range: { start: positionAt(doc.text, at), end: positionAt(doc.text, at + 6) }, text: newWord }],
        },
      });
      doc.text = doc.text.replace(oldWord, newWord);
      doc.version = version;
      client.writeRaw(bytes + frame(change));
      const published = await client.diagnosticsFor(URI, version);
      assert.ok(published.diagnostics.length > 0, 'the change after the garbage was linted');
      const hover = await client.hover(URI, published.diagnostics[0]?.range.start ?? { line: 0, character: 0 });
      assert.ok(hover, 'and requests are still answered');
      assert.ok(
        client.logs.slice(logged).some((l) => /copydesk: dropped/.test(l.message)),
        `the dropped input is logged: ${client.logs
          .slice(logged)
          .map((l) => l.message)
          .join(' | ')}`,
      );
    });
  }
});

describe('a 50 MB message', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.spawn();
    await client.initialize();
  });
  after(() => client.kill());

  it('refuses a 50 MB request with an error for its id, and answers the next one', async () => {
    const pad = 'x'.repeat(HUGE_BYTES);
    const body = `{"jsonrpc":"2.0","id":"huge-1","method":"textDocument/hover","params":{"pad":"${pad}"}}`;
    // The client library drops an answer to an id it did not send: read the raw answer from the server's stdout.
    let seen = '';
    const answer = new Promise<{ error?: { code: number; message: string } }>((res) => {
      const stdout = client.child.stdout;
      stdout?.on('data', function listen(chunk: Buffer) {
        seen += chunk.toString('utf8');
        const m = /Content-Length: (\d+)\r\n\r\n(?=\{[^\r]*"id":"huge-1")/.exec(seen);
        if (!m) return;
        const start = m.index + m[0].length;
        const bytes = Buffer.from(seen.slice(start), 'utf8');
        if (bytes.length < Number(m[1])) return;
        stdout.off('data', listen);
        res(JSON.parse(bytes.subarray(0, Number(m[1])).toString('utf8')) as { error?: { code: number; message: string } });
      });
    });
    await client.writeRawAndDrain(frame(body));
    const reply = await answer;
    assert.equal(reply.error?.code, -32600);
    assert.match(reply.error?.message ?? '', /textDocument\/hover refused: the message is 50\.0 MiB, over the server's limit/);
    // Alive, and reading the stream where the huge message ended.
    await client.open(URI, 'text', TEXT);
    const published = await client.diagnosticsFor(URI, 1);
    assert.ok(ofRule(published.diagnostics, 'truncated-teaser').length > 0);
  });

  it('refuses a 50 MB document with a notice on it, and lints it again once reopened', async () => {
    const uri = 'file:///virtual/huge.txt';
    const text = 'All work and no play. '.repeat(Math.ceil(HUGE_BYTES / 22));
    const body = JSON.stringify({
      jsonrpc: '2.0',
      method: 'textDocument/didOpen',
      params: { textDocument: { uri, languageId: 'plaintext', version: 1, text } },
    });
    await client.writeRawAndDrain(frame(body));
    const notice = await client.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === uri,
      'the notice on the refused document',
      client.published,
    );
    assert.equal(notice.diagnostics.length, 1);
    assert.match(
      notice.diagnostics[0] ? messageOf(notice.diagnostics[0]) : '',
      /stopped linting this document: a message about it was 50\.\d MiB, over the limit of 31\.0 MiB/,
    );
    // Changes to it are ignored quietly; reopened at a sane size, it is linted again.
    await client.notify('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'x' }],
    });
    await client.close(uri);
    await client.open(uri, 'text', TEXT, 3);
    const again = await client.diagnosticsFor(uri, 3);
    assert.ok(again.diagnostics.length > 1);
    const hover = await client.hover(uri, again.diagnostics[0]?.range.start ?? { line: 0, character: 0 });
    assert.ok((hover?.contents as MarkupContent | undefined)?.value, 'the reopened document answers hovers');
    assert.equal(
      client.logs.filter((l) => /not open/.test(l.message)).length,
      0,
      'no complaint about changes to the refused document',
    );
    assert.equal(await client.shutdown(), 0);
  });
});

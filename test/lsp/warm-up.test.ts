/**
 * The warm-up after a large document's first lint (document-state.ts): the server lints edited copies of the text
 * through forks of the document's cache before the writer types, and in push mode before that first lint's
 * diagnostics are published (scheduling.ts). Whether it ran to its end or was cut short by an edit, the diagnostics
 * after a series of edits are those of a fresh open of the final text; it publishes nothing of its own, and an edit
 * during it stops it and is published in order.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { ClientCapabilities, Diagnostic, LogMessageParams } from 'vscode-languageserver-protocol';
import { brownFiles, brownText } from '../../bench/corpus';
import { WARM_UP_LINTS, WARM_UP_MIN_CHARS } from '../../server/src/lsp/document-state';
import { TIMINGS_REQUEST, type LintTiming } from '../../server/src/lsp/timings';
import { pushCapabilities, TestClient } from './helpers/client';

/** Press text, whole files, just over the size that gets a warm-up. */
function largeText(): string {
  const files = brownFiles('ca');
  let n = 1;
  while (n < files.length && brownText(files.slice(0, n)).length < WARM_UP_MIN_CHARS * 1.2) n++;
  return brownText(files.slice(0, n));
}

/** Diagnostics as JSON with the document's URI replaced, to compare two documents' own. */
function normal(diagnostics: readonly Diagnostic[], uri: string): string {
  return JSON.stringify(diagnostics).split(JSON.stringify(uri).slice(1, -1)).join('<uri>');
}

describe('the warm-up of a large document', () => {
  let client: TestClient;
  const text = largeText();
  before(async () => {
    client = TestClient.spawn();
    await client.initialize();
  });
  after(() => client.kill());

  /** Edits that add a finding, remove one, add a line and change a word, spread over the text. */
  async function typeInto(uri: string): Promise<void> {
    const doc = client.text(uri);
    const at = (fraction: number): number => doc.indexOf(' ', Math.floor(doc.length * fraction)) + 1;
    const edits: [number, number, string][] = [
      [at(0.5), at(0.5), 'the the '],
      [at(0.1), at(0.1) + 1, ''],
      [at(0.8), at(0.8), 'In order to see.\n\n'],
      [at(0.3), at(0.3), 'x'],
    ];
    for (const [from, to, newText] of edits) {
      const current = client.text(uri);
      const range = { start: client.positionOf(uri, from), end: client.positionOf(uri, Math.min(to, current.length)) };
      const version = await client.edit(uri, [{ range, newText }]);
      await client.diagnosticsFor(uri, version);
    }
  }

  async function assertSameAsFresh(uri: string, freshUri: string): Promise<void> {
    const edited = await client.diagnosticsFor(uri, client.version(uri));
    await client.open(freshUri, 'plaintext', client.text(uri));
    const fresh = await client.diagnosticsFor(freshUri, 1);
    assert.ok(fresh.diagnostics.length > 100, `${fresh.diagnostics.length} diagnostics`);
    assert.equal(normal(edited.diagnostics, uri), normal(fresh.diagnostics, freshUri));
  }

  /** The versions published for `uri`, in the order they arrived. */
  function publishedVersions(uri: string): (number | undefined)[] {
    return client.published.filter((p) => p.uri === uri).map((p) => p.version);
  }

  it('runs to its end before the first publish when nothing is typed, and the edits after it are linted as a fresh open would be', async () => {
    assert.ok(text.length >= WARM_UP_MIN_CHARS, `${text.length} characters`);
    const uri = 'file:///virtual/warm-quiet.txt';
    await client.open(uri, 'plaintext', text);
    await client.diagnosticsFor(uri, 1);
    // The log line was sent before the publish, on the same stream: it is here already.
    const done = client.logs.find((l) => l.message.startsWith(`copydesk: warm-up of ${uri}:`));
    assert.ok(done, 'the warm-up ended before the first diagnostics were published');
    assert.match(done.message, new RegExp(`: ${WARM_UP_LINTS} of ${WARM_UP_LINTS} lints, a full collection, `));
    assert.deepEqual(publishedVersions(uri), [1], 'the warm-up publishes nothing of its own');
    await typeInto(uri);
    // Each push is timed to its call and to its last byte written out (the idle collection waits for the latter).
    const timings = await client.request<LintTiming[]>(TIMINGS_REQUEST);
    const edits = timings.filter((t) => t.uri === uri && t.version > 1);
    assert.equal(edits.length, 4, 'one lint per edit');
    for (const t of edits) {
      assert.ok(t.serverMs !== undefined && t.writtenMs !== undefined, `version ${t.version} timed`);
      assert.ok(t.writtenMs >= t.serverMs, `version ${t.version}: written out after the publish was sent`);
    }
    await assertSameAsFresh(uri, 'file:///virtual/warm-quiet-fresh.txt');
  });

  it('stops at an edit that arrives during it: the edit is published, the older version never after it', async () => {
    const uri = 'file:///virtual/warm-edited.txt';
    await client.open(uri, 'plaintext', text);
    await client.waitFor<LogMessageParams>(
      'log',
      (l) => l.message.startsWith(`copydesk: warming up ${uri}`),
      'the warm-up to start',
      client.logs,
    );
    const at = text.indexOf(' ', text.length >> 1) + 1;
    const position = client.positionOf(uri, at);
    const version = await client.edit(uri, [{ range: { start: position, end: position }, newText: 'x' }]);
    await client.diagnosticsFor(uri, version);
    const done = await client.waitFor<LogMessageParams>(
      'log',
      (l) => l.message.startsWith(`copydesk: warm-up of ${uri}:`),
      'the warm-up to end',
      client.logs,
    );
    const versions = publishedVersions(uri);
    if (done.message.includes('stopped by a change')) {
      // The first lint was superseded by the edit: its diagnostics are never published.
      assert.doesNotMatch(done.message, new RegExp(`: ${WARM_UP_LINTS} of `));
      assert.deepEqual(versions, [version]);
    } else {
      // The edit was read only after the warm-up's last step: the first lint's diagnostics went first.
      assert.deepEqual(versions, [1, version]);
    }
    await assertSameAsFresh(uri, 'file:///virtual/warm-edited-fresh.txt');
  });

  it('stops at an edit typed at once, and the edits are linted as a fresh open would be', async () => {
    const uri = 'file:///virtual/warm-busy.txt';
    await client.open(uri, 'plaintext', text);
    await client.diagnosticsFor(uri, 1);
    await typeInto(uri);
    const done = await client.waitFor<LogMessageParams>(
      'log',
      (l) => l.message.startsWith(`copydesk: warm-up of ${uri}:`),
      'the warm-up to end',
      client.logs,
    );
    assert.match(done.message, / of \d+ lints/);
    await assertSameAsFresh(uri, 'file:///virtual/warm-busy-fresh.txt');
  });
});

describe('the warm-up of a large document, pulled', () => {
  let client: TestClient;
  const text = largeText();
  before(async () => {
    client = TestClient.spawn();
    const caps: ClientCapabilities = pushCapabilities();
    caps.textDocument = { ...caps.textDocument, diagnostic: { dynamicRegistration: false, relatedDocumentSupport: false } };
    await client.initialize({ capabilities: caps });
  });
  after(() => client.kill());

  it('runs before the first answer, and pushes nothing', async () => {
    const uri = 'file:///virtual/warm-pulled.txt';
    await client.open(uri, 'plaintext', text);
    const report = await client.request<{ kind: string; items?: Diagnostic[] }>('textDocument/diagnostic', {
      textDocument: { uri },
    });
    assert.equal(report.kind, 'full');
    assert.ok((report.items ?? []).length > 100, `${report.items?.length} diagnostics`);
    // The log line was sent before the answer, on the same stream: it is here already.
    const done = client.logs.find((l) => l.message.startsWith(`copydesk: warm-up of ${uri}:`));
    assert.ok(done, 'the warm-up ended before the answer');
    assert.match(done.message, new RegExp(`: ${WARM_UP_LINTS} of ${WARM_UP_LINTS} lints, a full collection, `));
    assert.deepEqual(
      client.published.filter((p) => p.uri === uri),
      [],
    );
  });
});

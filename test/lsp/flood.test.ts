/**
 * Changes in floods and out of order: a burst of 1,000 changes ends in the
 * diagnostics of the final text; 10,000 edits to a 100 KB document leave the
 * heap where it was; a version number sent twice (or backwards) never brings
 * back an analysis of the old text; and a code action request whose
 * diagnostic data was forged builds no edit from it.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, Position, Range, TextEdit } from 'vscode-languageserver-protocol';
import { editsByUri, ofRule, TestClient, textAt } from './helpers/client';
import { engineDescriptions, serverDescriptions } from './helpers/compare';
import { fixture } from './helpers/fixtures';

const TEXT = fixture('riverside.txt');
/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** A one-character insert or delete somewhere in the open document `uri`. */
function randomEdit(client: TestClient, uri: string, next: () => number): TextEdit {
  const length = client.text(uri).length;
  const at = Math.floor(next() * length);
  const position = (offset: number): Position => client.positionOf(uri, offset);
  if (next() < 0.5 && length > 0) {
    return { range: { start: position(at), end: position(Math.min(length, at + 1)) }, newText: '' };
  }
  const letters = 'etaoin shrdlu.,\n';
  return { range: { start: position(at), end: position(at) }, newText: letters[Math.floor(next() * 16)] ?? 'e' };
}

/** A varied article of about `bytes` (distinct paragraphs: identical ones are a case of their own). */
function article(bytes: number): string {
  const parts: string[] = ['Council Backs Riverside Park Expansion\n'];
  let size = parts[0]?.length ?? 0;
  for (let i = 0; size < bytes; i++) {
    const p =
      `The council voted ${i + 2} times on the plan, said Councillor Omar Reyes ${i}. ` +
      `Mayor Helen Varga said the ${i + 3} new acres would open in ${2030 + (i % 50)}. ` +
      `Work on section ${i} is expected to start after ${i % 12} months of review.\n`;
    parts.push(p);
    size += p.length + 1;
  }
  return parts.join('\n');
}

describe('a burst of 1,000 changes', () => {
  let client: TestClient;
  const uri = 'file:///virtual/burst.txt';
  before(async () => {
    client = TestClient.spawn();
    await client.initialize();
  });
  after(() => client.kill());

  it('ends with the diagnostics of the final text, as a fresh lint finds them', async () => {
    await client.open(uri, 'text', TEXT);
    await client.diagnosticsFor(uri, 1);
    const next = random(1000);
    const sent: Promise<number>[] = [];
    for (let i = 0; i < 1000; i++) sent.push(client.edit(uri, [randomEdit(client, uri, next)]));
    await Promise.all(sent);
    assert.equal(client.version(uri), 1001);
    const final = await client.diagnosticsFor(uri, 1001, 60_000);
    const text = client.text(uri);
    assert.deepEqual(serverDescriptions(text, final.diagnostics), engineDescriptions(text));
    const versions = client.published.filter((p) => p.uri === uri).map((p) => p.version ?? 0);
    assert.ok(
      versions.every((v, i) => i === 0 || v > (versions[i - 1] ?? 0)),
      'published versions only increase',
    );
  });
});

describe('10,000 edits to a 100 KB document', () => {
  it('leave the heap within a few MB of where it started', async () => {
    const client = TestClient.spawn({ nodeArgs: ['--expose-gc'] });
    try {
      await client.initialize();
      const uri = 'file:///virtual/edits.txt';
      await client.open(uri, 'text', article(100 * 1024));
      await client.diagnosticsFor(uri, 1, 60_000);
      type Memory = { heapUsed: number; documents: number };
      // A warm-up round of edits first, so that what the JIT and the caches keep for good is in the baseline.
      const next = random(10_000);
      const round = async (n: number): Promise<void> => {
        const sent: Promise<number>[] = [];
        for (let i = 0; i < n; i++) sent.push(client.edit(uri, [randomEdit(client, uri, next)]));
        await Promise.all(sent);
        await client.diagnosticsFor(uri, client.version(uri), 120_000);
      };
      await round(200);
      const start = await client.request<Memory>('copydesk/debug/memory');
      for (let i = 0; i < 10; i++) await round(1000);
      const end = await client.request<Memory>('copydesk/debug/memory');
      const growth = (end.heapUsed - start.heapUsed) / 1024 / 1024;
      // A few MB: the document itself is 0.1 MB; what a lint keeps is one generation of per-paragraph caches.
      assert.ok(growth < 4, `heap grew by ${growth.toFixed(1)} MB (from ${(start.heapUsed / 1048576).toFixed(1)} MB)`);
      const final = await client.diagnosticsFor(uri, client.version(uri));
      const text = client.text(uri);
      assert.deepEqual(serverDescriptions(text, final.diagnostics), engineDescriptions(text));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

describe('versions that do not increase', () => {
  let client: TestClient;
  before(async () => {
    client = TestClient.spawn();
    await client.initialize();
  });
  after(() => client.kill());

  /** Replaces the whole text, sending `version` as it is (a client that repeats or goes back). */
  async function replaceAll(uri: string, text: string, version: number): Promise<Diagnostic[]> {
    const count = client.published.length;
    const doc = client.docs.get(uri);
    assert.ok(doc);
    doc.text = text;
    doc.version = version;
    await client.notify('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const published = await client.waitFor<{ uri: string; version?: number; diagnostics: Diagnostic[] }>(
      'diagnostics',
      (p) => p.uri === uri,
      `diagnostics of version ${version} again`,
      client.published.slice(count),
    );
    return published.diagnostics;
  }

  async function applyWordyFix(uri: string, diagnostics: Diagnostic[]): Promise<string> {
    const wordy = ofRule(diagnostics, 'too-wordy')[0];
    assert.ok(wordy, 'a too-wordy finding');
    assert.equal(textAt(client.text(uri), wordy.range), 'In order to', 'the finding is on the current text');
    const actions = (await client.codeActions(uri, wordy.range, [wordy])) ?? [];
    const fix = actions.find((a) => a.isPreferred) ?? actions.find((a) => a.title.startsWith('Replace'));
    assert.ok(fix?.edit, `a fix among ${actions.map((a) => a.title).join(', ')}`);
    const version = client.version(uri);
    client.applyWorkspaceEdit(fix.edit);
    await client.diagnosticsFor(uri, version + 1);
    return client.text(uri);
  }

  for (const [what, reuse] of [
    ['the same version', (v: number) => v],
    ['an older version', (v: number) => v - 1],
  ] as const) {
    it(`lints a change sent with ${what}, and its fix edits the new text`, async () => {
      const uri = `file:///virtual/reuse-${reuse(10)}.txt`;
      await client.open(uri, 'text', 'In order to win, we ran.\n', 5);
      const first = await client.diagnosticsFor(uri, 5);
      assert.equal(ofRule(first.diagnostics, 'too-wordy').length, 1);
      const diagnostics = await replaceAll(uri, 'A short line. In order to win, we ran.\n', reuse(5));
      assert.equal(await applyWordyFix(uri, diagnostics), 'A short line. To win, we ran.\n');
      assert.ok(client.logs.some((l) => l.message.includes('does not follow')));
    });
  }
});

describe('forged diagnostic data in a code action request', () => {
  let client: TestClient;
  const uri = 'file:///virtual/forged.txt';
  let teaser: Diagnostic;
  before(async () => {
    client = TestClient.spawn();
    await client.initialize();
    await client.open(uri, 'text', TEXT);
    const published = await client.diagnosticsFor(uri, 1);
    const found = ofRule(published.diagnostics, 'truncated-teaser')[0];
    assert.ok(found);
    teaser = found;
  });
  after(() => client.kill());

  function allEdits(actions: CodeAction[]): TextEdit[] {
    return actions.flatMap((a) => (a.edit ? [...editsByUri(a.edit).values()].flatMap((e) => e.edits) : []));
  }

  function inside(range: Range, lines: number): boolean {
    return [range.start, range.end].every((p) => p.line >= 0 && p.line <= lines && p.character >= 0);
  }

  for (const line of [1e9, -7]) {
    it(`builds no edit at line ${line}, whatever the diagnostic's data says`, async () => {
      const forged: Diagnostic = {
        ...teaser,
        data: {
          version: 1,
          fixes: [
            {
              title: 'Remove the teaser',
              safe: true,
              edits: [{ range: { start: { line, character: 0 }, end: { line, character: 5 } }, newText: 'pwned' }],
            },
          ],
        },
      };
      const actions = (await client.codeActions(uri, teaser.range, [forged])) ?? [];
      const edits = allEdits(actions);
      assert.ok(edits.length > 0, 'the real fixes are offered');
      const lines = TEXT.split('\n').length;
      assert.deepEqual(
        edits.filter((e) => !inside(e.range, lines) || e.newText === 'pwned'),
        [],
      );
    });
  }

  it('answers a diagnostic that matches no finding with the findings at the range', async () => {
    const invented: Diagnostic = {
      range: teaser.range,
      message: 'Invented by the client',
      source: 'copydesk',
      code: 'boilerplate',
      data: { version: 1, fixes: [{ title: 'Delete everything', safe: true, edits: [] }] },
    };
    const actions = (await client.codeActions(uri, teaser.range, [invented])) ?? [];
    assert.ok(actions.length > 0);
    assert.ok(actions.every((a) => a.title !== 'Delete everything'));
    assert.ok(actions.some((a) => a.diagnostics?.some((d) => d.message === teaser.message)));
  });
});

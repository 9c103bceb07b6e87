/**
 * `maxDiagnostics`: a document with more findings than the limit is sent the most severe (hints last, each level in
 * document order) and one information diagnostic that counts the rest; in push and pull mode, for `copydesk/lintFiles`
 * too, which still counts every finding.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { DEFAULT_MAX_DIAGNOSTICS } from '../../server/src/protocol';
import { mostSevere } from '../../server/src/lsp/document-state';
import type { Finding } from '../../server/src/core';
import { messageOf, pullCapabilities, TestClient } from './helpers/client';
import { tempDir } from './helpers/fixtures';

/** Twelve paragraphs of hints (weasel words, an adverb) and, near the end, one line of page furniture (a warning). */
function manyFindings(): string {
  const paragraphs: string[] = [];
  for (let i = 0; i < 12; i++) {
    paragraphs.push(`Paragraph ${i + 1}: the vote was very close and the mayor was really quite pleased.`);
    if (i === 10) paragraphs.push('Read more: Council votes on the new budget');
  }
  return `${paragraphs.join('\n\n')}\n`;
}

/** Stands in for a missing notice, so that the assertion on its message fails. */
const NONE: Diagnostic = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, message: '' };
const isNotice = (d: Diagnostic): boolean => d.code === undefined;
const key = (d: Diagnostic): string => `${String(d.code)}@${d.range.start.line}:${d.range.start.character}`;

function finding(severity: Finding['severity'], start: number): Finding {
  return { rule: 'r', severity, message: 'm', start, end: start + 1, fixes: [], related: [] };
}

describe('mostSevere', () => {
  it('fills the room with the most severe levels first, each in document order, and keeps document order', () => {
    const findings = [finding('hint', 0), finding('info', 5), finding('hint', 10), finding('error', 15), finding('hint', 20)];
    assert.deepEqual(
      mostSevere(findings, 3).map((f) => `${f.severity}@${f.start}`),
      ['hint@0', 'info@5', 'error@15'],
    );
    assert.equal(mostSevere(findings, 5), findings, 'all of them when they fit: the same list');
    assert.deepEqual(
      mostSevere(findings, 1).map((f) => f.severity),
      ['error'],
    );
  });
});

describe('maxDiagnostics in push mode', () => {
  let client: TestClient;
  const uri = 'file:///virtual/many.txt';
  let limit: number | undefined;
  before(() => {
    client = TestClient.spawn();
    client.configuration = (item) => (item.section === 'copydesk' && limit !== undefined ? { maxDiagnostics: limit } : null);
  });
  after(() => client.kill());

  let all: Diagnostic[] = [];

  it('sends every finding when there are fewer than the default limit', async () => {
    await client.initialize({ initializationOptions: { debounceMs: 0 } });
    await client.open(uri, 'text', manyFindings());
    all = (await client.diagnosticsFor(uri, 1)).diagnostics;
    assert.ok(all.length > 20 && all.length < DEFAULT_MAX_DIAGNOSTICS, String(all.length));
    assert.equal(all.filter(isNotice).length, 0, 'no notice');
    assert.ok(all.some((d) => d.code === 'boilerplate' && d.severity === 2));
  });

  it('sends the warning and the first hints, then a notice that counts the rest', async () => {
    limit = 4;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const capped = await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 5);
    const shown = capped.diagnostics.filter((d) => !isNotice(d));
    const hints = all.filter((d) => d.severity === 4);
    const warning = all.find((d) => d.code === 'boilerplate');
    assert.ok(warning);
    // In document order: the first three hints, then the warning near the end.
    assert.deepEqual(shown.map(key), [...hints.slice(0, 3), warning].map(key));
    const notice = capped.diagnostics.filter(isNotice);
    assert.equal(notice.length, 1);
    assert.equal(notice[0]?.severity, 3, 'information');
    assert.match(notice[0] ? messageOf(notice[0]) : '', new RegExp(`shows 4 of the ${all.length} findings`));
    assert.match(notice[0] ? messageOf(notice[0]) : '', /maxDiagnostics/);
  });

  it('keeps the limit after an edit, and counts the findings the edit added', async () => {
    const version = await client.replace(uri, 'Paragraph 12: the vote', 'Paragraph 12: the very vote');
    const after = await client.diagnosticsFor(uri, version);
    assert.equal(after.diagnostics.filter((d) => !isNotice(d)).length, 4);
    assert.match(messageOf(after.diagnostics.find(isNotice) ?? NONE), new RegExp(`shows 4 of the ${all.length + 1} findings`));
  });

  it('ignores a limit out of range, with a log line, and sends everything again', async () => {
    limit = 0;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const back = await client.nextDiagnostics(uri, (p) => !p.diagnostics.some(isNotice));
    assert.equal(back.diagnostics.length, all.length + 1);
    assert.ok(client.logs.some((l) => l.message.includes('"maxDiagnostics" must be a whole number from 1 to 10000')));
  });

  it('counts every finding in copydesk/lintFiles, and publishes only the limit for a file read from disk', async () => {
    limit = 2;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const tmp = tempDir('copydesk-max-diagnostics-');
    after(() => tmp.cleanup());
    writeFileSync(join(tmp.dir, 'story.txt'), manyFindings());
    const fileUri = tmp.uri('story.txt');
    const result = await client.request<{ files: number; findings: number; problems: number; hints: number }>(
      'copydesk/lintFiles',
      { uris: [fileUri] },
    );
    assert.equal(result.files, 1);
    assert.equal(result.findings, all.length, 'every finding counted');
    assert.equal(result.problems, 1, 'the warning');
    const { diagnostics } = await client.diagnosticsFor(fileUri);
    assert.equal(diagnostics.length, 3, 'two and the notice');
    assert.match(messageOf(diagnostics.find(isNotice) ?? NONE), new RegExp(`shows 2 of the ${all.length} findings`));
  });

  it('fix-all fixes only the findings sent: a fix touches only what was reported', async () => {
    limit = 1;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const repeats = 'file:///virtual/two-repeats.txt';
    await client.open(
      repeats,
      'text',
      'The council met on on Tuesday.\n\nThe vote was close in the the end.\n\nThe plan passed.\n',
    );
    const first = await client.diagnosticsFor(repeats, 1);
    assert.deepEqual(
      first.diagnostics.map((d) => (isNotice(d) ? 'notice' : `${String(d.code)}@${d.range.start.line}`)),
      ['lexical-illusion@0', 'notice'],
    );
    const whole = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const [fixAll] = (await client.codeActions(repeats, whole, [], ['source.fixAll'])) ?? [];
    assert.ok(fixAll?.edit);
    client.applyWorkspaceEdit(fixAll.edit);
    assert.equal(
      client.text(repeats),
      'The council met on Tuesday.\n\nThe vote was close in the the end.\n\nThe plan passed.\n',
      'the repeat that was sent is gone; the one left out stays',
    );
    const after = await client.diagnosticsFor(repeats, 2);
    assert.deepEqual(
      after.diagnostics.map((d) => `${String(d.code)}@${d.range.start.line}`),
      ['lexical-illusion@2'],
      'now sent, the next fix-all takes it',
    );
    await client.close(repeats);
  });

  it('exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };

describe('maxDiagnostics in pull mode', () => {
  it('answers "unchanged" after an edit that changed only findings left out', async () => {
    const client = TestClient.spawn();
    try {
      await client.initialize({ capabilities: pullCapabilities(), initializationOptions: { maxDiagnostics: 3 } });
      const uri = 'file:///virtual/many-pulled.txt';
      await client.open(uri, 'text', manyFindings());
      const pull = (previousResultId?: string): Promise<Report> =>
        client.request<Report>('textDocument/diagnostic', { textDocument: { uri }, previousResultId });
      const first = await pull();
      assert.equal(first.kind, 'full');
      const items = first.kind === 'full' ? first.items : [];
      assert.equal(items.length, 4, 'three and the notice');
      // The last paragraph's "quite" becomes "fairly": a hint swapped for a hint, far past the three shown.
      const text = client.text(uri);
      const at = text.lastIndexOf('quite');
      await client.edit(uri, [
        { range: { start: client.positionOf(uri, at), end: client.positionOf(uri, at + 5) }, newText: 'fairly' },
      ]);
      const second = await pull(first.resultId);
      assert.deepEqual(second, { kind: 'unchanged', resultId: first.resultId });
      // An edit that changes what is shown is a full report.
      await client.replace(uri, 'Paragraph 1: the vote was very close', 'Paragraph 1: the vote was close');
      const third = await pull(first.resultId);
      assert.equal(third.kind, 'full');
    } finally {
      client.kill();
    }
  });
});

/**
 * The language server over real JSON-RPC (stdio), as a push client sees it:
 * capabilities, diagnostics, incremental changes, code actions applied to the
 * text, hovers, the fix-all command, garbage, and a clean exit.
 */
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, MarkupContent, Range, TextEdit } from 'vscode-languageserver-protocol';
import { ruleById } from '../../server/src/core';
import { CONFIG_EDITED_COMMAND, FIX_ALL_COMMAND } from '../../server/src/protocol';
import { editsByUri, messageOf, ofRule, positionAt, TestClient, textAt } from './helpers/client';
import { assertOnlyEditedChanged } from './helpers/compare';
import { dataOf, fixture, safelyFixable } from './helpers/fixtures';

const URI = 'file:///virtual/riverside.txt';

function editOf(action: CodeAction, uri = URI): TextEdit[] {
  assert.ok(action.edit, `action "${action.title}" has no edit`);
  const entry = editsByUri(action.edit).get(uri);
  assert.ok(entry, `action "${action.title}" does not edit ${uri}`);
  return entry.edits;
}

describe('language server over stdio (push diagnostics)', () => {
  let client: TestClient;
  let current: Diagnostic[] = [];

  /** Applies an action's edit like an editor and returns the diagnostics of the new version. */
  async function apply(
    action: CodeAction,
    uri = URI,
  ): Promise<{ before: string; after: string; edits: TextEdit[]; diagnostics: Diagnostic[] }> {
    const beforeText = client.text(uri);
    const edits = editOf(action, uri);
    const version = client.version(uri);
    assert.ok(action.edit);
    const named = editsByUri(action.edit).get(uri)?.version;
    if (named !== undefined && named !== null) assert.equal(named, version, 'versioned edit names the current version');
    client.applyWorkspaceEdit(action.edit);
    const published = await client.diagnosticsFor(uri, version + 1);
    if (uri === URI) current = published.diagnostics;
    return { before: beforeText, after: client.text(uri), edits, diagnostics: published.diagnostics };
  }

  before(() => {
    client = TestClient.spawn();
  });
  after(() => client.kill());

  it('declares every capability in the initialize result', async () => {
    const result = await client.initialize();
    const caps = result.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2, save: { includeText: false } });
    assert.equal(caps.hoverProvider, true);
    assert.deepEqual(caps.executeCommandProvider?.commands, [FIX_ALL_COMMAND, CONFIG_EDITED_COMMAND]);
    const kinds = typeof caps.codeActionProvider === 'object' ? caps.codeActionProvider.codeActionKinds : undefined;
    assert.deepEqual(kinds, ['quickfix', 'source.fixAll.copydesk']);
    assert.equal(caps.diagnosticProvider, undefined, 'a client without pull support gets pushed diagnostics only');
    assert.equal(result.serverInfo?.name, 'copydesk-language-server');
  });

  it('registers for settings changes and .copydesk.json changes when the client allows it', async () => {
    await client.waitFor('register', () => client.registrations.length >= 2, 'two registrations', [true]);
    const watch = client.registrations.find((r) => r.method === 'workspace/didChangeWatchedFiles');
    assert.deepEqual(watch?.registerOptions, { watchers: [{ globPattern: '**/.copydesk.json' }] });
    assert.ok(client.registrations.some((r) => r.method === 'workspace/didChangeConfiguration'));
  });

  it('publishes self-describing diagnostics for the opened version', async () => {
    const text = fixture('riverside.txt');
    await client.open(URI, 'text', text);
    const published = await client.diagnosticsFor(URI, 1);
    current = published.diagnostics;
    assert.equal(ofRule(current, 'boilerplate').length, 1, 'one boilerplate block');
    assert.equal(ofRule(current, 'truncated-teaser').length, 3, 'three cut-off teasers');
    assert.equal(ofRule(current, 'inconsistent-title').length, 1, 'one title conflict');
    for (const d of current) {
      assert.equal(d.source, 'copydesk');
      assert.equal(typeof d.code, 'string');
      assert.ok(ruleById(String(d.code)), `code ${String(d.code)} is a rule id`);
      assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${String(d.code)}\\.html$`));
      assert.ok(d.severity !== undefined && d.severity >= 1 && d.severity <= 4);
      assert.equal(dataOf(d).version, undefined, 'no version in data: an unchanged diagnostic is sent again as it was');
      assert.ok(Array.isArray(dataOf(d).fixes));
    }
    const teaser = ofRule(current, 'truncated-teaser')[0];
    assert.ok(teaser);
    assert.match(textAt(text, teaser.range), /\.\.\.$/, 'the teaser finding ends at the cut');
    const withRelated = current.filter((d) => d.relatedInformation?.length);
    assert.ok(withRelated.length > 0, 'related information is passed on');
    for (const d of withRelated) {
      for (const r of d.relatedInformation ?? []) {
        assert.equal(r.location.uri, URI);
        assert.ok(textAt(text, r.location.range).length > 0, 'related range covers text');
      }
    }
  });

  it('applies incremental changes and publishes for the new version only', async () => {
    const before = { text: client.text(URI), diagnostics: current };
    const at = before.text.indexOf('twelve acres');
    const edit = { range: { start: positionAt(before.text, at), end: positionAt(before.text, at + 6) }, newText: 'fourteen' };
    const version = await client.edit(URI, [edit]);
    assert.equal(version, 2);
    const published = await client.diagnosticsFor(URI, 2);
    assert.ok(client.text(URI).includes('fourteen acres'));
    assertOnlyEditedChanged(before, { text: client.text(URI), diagnostics: published.diagnostics }, [edit]);
    assert.equal(published.diagnostics.length, before.diagnostics.length);
    current = published.diagnostics;
  });

  it('publishes versions in order, ending at the last one, when changes come quickly', async () => {
    const start = client.version(URI);
    const count = client.published.length;
    // A burst, as fast typing sends it: the server may skip versions it was too late for, never go back.
    const sent: Promise<number>[] = [];
    for (let i = 0; i < 5; i++) {
      sent.push(
        client.replace(URI, i % 2 === 0 ? 'fourteen acres' : 'fifteen acres', i % 2 === 0 ? 'fifteen acres' : 'fourteen acres'),
      );
    }
    await Promise.all(sent);
    const last = client.version(URI);
    const published = await client.diagnosticsFor(URI, last);
    current = published.diagnostics;
    const versions = client.published
      .slice(count)
      .filter((p) => p.uri === URI)
      .map((p) => p.version ?? -1);
    assert.ok(
      versions.every((v, i) => v > start && (i === 0 || v > (versions[i - 1] ?? 0))),
      `published versions only increase: ${versions.join(', ')}`,
    );
    assert.equal(versions[versions.length - 1], last, 'the last version published is the last one sent');
  });

  it('offers the quick fixes and disable actions of a finding, each with its edit', async () => {
    const teaser = ofRule(current, 'truncated-teaser')[0];
    assert.ok(teaser);
    const actions = (await client.codeActions(URI, teaser.range, [teaser])) ?? [];
    const fixes = dataOf(teaser).fixes;
    assert.ok(fixes.length > 0, 'truncated-teaser offers a fix');
    for (const fix of fixes) {
      const action = actions.find((a) => a.title === fix.title);
      assert.ok(action, `quick fix "${fix.title}" offered`);
      assert.equal(action.kind, 'quickfix');
      assert.deepEqual(action.diagnostics, [teaser]);
      assert.equal(action.command, undefined, 'no client-side command');
      editOf(action);
    }
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.equal(preferred[0]?.title, fixes.find((f) => f.safe)?.title);
    // Plain text goes to a CMS: no comment is written into it; the finding is ignored in the configuration instead.
    assert.deepEqual(
      actions.filter((a) => a.title.startsWith('Disable')),
      [],
    );
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Ignore this finding'), titles.join(' | '));
    assert.ok(titles.includes('Turn off truncated-teaser in this project'), titles.join(' | '));
    const ignore = actions.find((a) => a.title === 'Ignore this finding');
    assert.equal(ignore?.command?.command, CONFIG_EDITED_COMMAND, 'the server is told of the configuration it wrote');
  });

  it('sends data only with quick fixes, and still answers a diagnostic sent back without it', async () => {
    const withData = current.filter((d) => d.data !== undefined);
    const without = current.filter((d) => d.data === undefined);
    assert.ok(withData.length > 0 && without.length > 0, `${withData.length} with data, ${without.length} without`);
    for (const d of withData) assert.ok(dataOf(d).fixes.length > 0, `${String(d.code)}: data without a fix`);
    const bare = without[0];
    assert.ok(bare);
    const actions = (await client.codeActions(URI, bare.range, [bare])) ?? [];
    const own = actions.filter((a) => a.diagnostics?.[0]?.message === bare.message);
    assert.ok(
      own.some((a) => a.title === 'Ignore this finding'),
      own.map((a) => a.title).join(' | '),
    );
    assert.deepEqual(
      own.filter((a) => a.edit !== undefined && a.command === undefined && a.title !== 'Ignore this finding'),
      [],
      'no quick fix edit for a finding without fixes',
    );
  });

  it('finds actions by overlap and by line, not by exact position', async () => {
    const teaser = ofRule(current, 'truncated-teaser')[1];
    assert.ok(teaser);
    const line = teaser.range.start.line;
    const inside: Range = {
      start: { line, character: teaser.range.start.character + 1 },
      end: { line, character: teaser.range.start.character + 1 },
    };
    const byOverlap = (await client.codeActions(URI, inside)) ?? [];
    assert.ok(
      byOverlap.some((a) => a.diagnostics?.[0]?.message === teaser.message),
      'a cursor inside the finding',
    );
    // A byte column past the line's end (what Neovim 0.7 may send) still lands on the line.
    const past: Range = { start: { line, character: 5000 }, end: { line, character: 5000 } };
    const byLine = (await client.codeActions(URI, past)) ?? [];
    assert.ok(
      byLine.some((a) => a.diagnostics?.[0]?.message === teaser.message),
      'a position past the end of the line',
    );
    const blank = client
      .text(URI)
      .split('\n')
      .findIndex((l, i) => l.trim() === '' && i > 0);
    const none =
      (await client.codeActions(URI, { start: { line: blank, character: 0 }, end: { line: blank, character: 0 } })) ?? [];
    assert.deepEqual(
      none.filter((a) => a.kind === 'quickfix'),
      [],
      'nothing on a line without findings',
    );
  });

  it('applies the preferred quick fix: the finding goes, nothing else changes', async () => {
    const teasers = ofRule(current, 'truncated-teaser');
    const teaser = teasers[0];
    assert.ok(teaser);
    const actions = (await client.codeActions(URI, teaser.range, [teaser])) ?? [];
    const preferred = actions.find((a) => a.isPreferred);
    assert.ok(preferred);
    const before = { text: client.text(URI), diagnostics: current };
    const result = await apply(preferred);
    assert.equal(ofRule(result.diagnostics, 'truncated-teaser').length, teasers.length - 1);
    assertOnlyEditedChanged(before, { text: result.after, diagnostics: result.diagnostics }, result.edits, teaser);
  });

  describe('in an article, where a comment stays out of the copy', () => {
    const ARTICLE = 'file:///virtual/riverside.article';
    let diagnostics: Diagnostic[] = [];
    before(async () => {
      await client.open(ARTICLE, 'article', fixture('riverside.txt'));
      diagnostics = (await client.diagnosticsFor(ARTICLE, 1)).diagnostics;
    });
    after(() => client.close(ARTICLE));

    it('"disable for this line" inserts the directive above and silences that finding only', async () => {
      const title = ofRule(diagnostics, 'inconsistent-title')[0];
      assert.ok(title);
      const line = title.range.start.line;
      const actions = (await client.codeActions(ARTICLE, title.range, [title])) ?? [];
      const disable = actions.find((a) => a.title === 'Disable inconsistent-title for this line');
      assert.ok(disable, actions.map((a) => a.title).join(' | '));
      const before = { text: client.text(ARTICLE), diagnostics };
      const result = await apply(disable, ARTICLE);
      const lines = result.after.split('\n');
      assert.equal(lines[line], '<!-- copydesk-disable-next-line inconsistent-title -->');
      assert.equal(ofRule(result.diagnostics, 'inconsistent-title').length, 0);
      assertOnlyEditedChanged(before, { text: result.after, diagnostics: result.diagnostics }, result.edits, title);
      diagnostics = result.diagnostics;
    });

    it('"disable for this file" puts the directive on the first line', async () => {
      const teaser = ofRule(diagnostics, 'truncated-teaser')[0];
      assert.ok(teaser);
      const others = diagnostics.filter((d) => d.code !== 'truncated-teaser').length;
      const actions = (await client.codeActions(ARTICLE, teaser.range, [teaser])) ?? [];
      const disable = actions.find((a) => a.title === 'Disable truncated-teaser for this file');
      assert.ok(disable);
      const result = await apply(disable, ARTICLE);
      assert.ok(result.after.startsWith('<!-- copydesk-disable-file truncated-teaser -->\n'));
      assert.equal(ofRule(result.diagnostics, 'truncated-teaser').length, 0);
      assert.equal(result.diagnostics.length, others, 'the other rules still report');
    });
  });

  it('offers source.fixAll.copydesk only while something can be fixed, and honours context.only', async () => {
    // A fresh copy of the fixture, in a second document.
    const uri = 'file:///virtual/fix-all.txt';
    await client.open(uri, 'text', fixture('riverside.txt'));
    const published = await client.diagnosticsFor(uri, 1);
    const fixable = safelyFixable(published.diagnostics);
    assert.ok(fixable.length > 0, 'the fixture has safe fixes');
    const whole: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const onlyFixAll = (await client.codeActions(uri, whole, [], ['source.fixAll'])) ?? [];
    assert.deepEqual(
      onlyFixAll.map((a) => a.kind),
      ['source.fixAll.copydesk'],
    );
    const onlyQuick = (await client.codeActions(uri, fixable[0]?.range ?? whole, [], ['quickfix'])) ?? [];
    assert.ok(onlyQuick.length > 0 && onlyQuick.every((a) => a.kind === 'quickfix'));
    const onlyRefactor = (await client.codeActions(uri, fixable[0]?.range ?? whole, [], ['refactor'])) ?? [];
    assert.deepEqual(onlyRefactor, []);

    const action = onlyFixAll[0];
    assert.ok(action?.edit);
    client.applyWorkspaceEdit(action.edit);
    const after = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(
      safelyFixable(after.diagnostics).map((d) => d.message),
      [],
      'fix-all left nothing safe to fix',
    );
    const again = (await client.codeActions(uri, whole, [], ['source.fixAll'])) ?? [];
    assert.deepEqual(again, [], 'no fix-all when nothing is fixable');
    await client.close(uri);
  });

  it('explains a finding on hover once: the rule, why, the fix and the doc link', async () => {
    const title = ofRule(current, 'inconsistent-title')[0];
    assert.ok(title);
    const hover = await client.hover(URI, title.range.start);
    assert.ok(hover);
    const contents = hover.contents as MarkupContent;
    assert.equal(contents.kind, 'markdown');
    const rule = ruleById('inconsistent-title');
    assert.ok(rule);
    const lines = contents.value.split('  \n');
    assert.equal(lines.length, 4, contents.value);
    assert.ok(
      lines[0]?.startsWith('**inconsistent-title** (copydesk): Finds a person whose title changes'),
      'the finding, named once',
    );
    assert.ok(!contents.value.includes(messageOf(title)), 'the message the editor shows is not repeated');
    assert.match(lines[1] ?? '', /^_Why:_ A reader who meets "President Smith"/);
    assert.ok(!contents.value.includes(rule.meta.rationale), 'one sentence of the rationale, not all of it');
    assert.match(lines[2] ?? '', /^_Fix:_ Change to /);
    assert.equal(lines[3], `[More about inconsistent-title](${title.codeDescription?.href ?? '?'})`);
    assert.deepEqual(hover.range, title.range);
    const nothing = await client.hover(URI, { line: 1, character: 0 });
    assert.equal(nothing, null, 'no hover on a blank line');
  });

  it('shares one hover between stacked findings, each rule explained once', async () => {
    const teaser = ofRule(current, 'truncated-teaser')[0];
    const block = ofRule(current, 'boilerplate')[0];
    assert.ok(teaser && block, 'a teaser inside a furniture block');
    const hover = await client.hover(URI, teaser.range.start);
    const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
    const parts = value.split('\n\n---\n\n');
    assert.deepEqual(
      parts.map((p) => /^\*\*([a-z-]+)\*\*/.exec(p)?.[1]),
      ['boilerplate', 'truncated-teaser'],
    );
    assert.equal(value.split('_Why:_').length - 1, 2, 'one why per rule');
    assert.deepEqual(hover?.range, teaser.range, 'the range both findings cover');
  });

  it('runs the fix-all command through workspace/applyEdit', async () => {
    const uri = 'file:///virtual/command.txt';
    await client.open(uri, 'text', fixture('riverside.txt'));
    const published = await client.diagnosticsFor(uri, 1);
    const fixable = safelyFixable(published.diagnostics).length;
    const applied = client.waitFor('applyEdit', () => true, 'workspace/applyEdit');
    const result = await client.request<{ applied: boolean; fixed: number }>('workspace/executeCommand', {
      command: FIX_ALL_COMMAND,
      arguments: [{ uri, version: 1 }],
    });
    await applied;
    assert.equal(result.applied, true);
    assert.ok(result.fixed > 0 && result.fixed <= fixable);
    const after = await client.diagnosticsFor(uri, 2);
    assert.deepEqual(
      safelyFixable(after.diagnostics).map((d) => d.message),
      [],
    );
    await assert.rejects(
      client.request('workspace/executeCommand', { command: FIX_ALL_COMMAND, arguments: [{ uri, version: 1 }] }),
      (e: { code?: number }) => e.code === -32801,
      'a stale version is refused with ContentModified',
    );
    await client.close(uri);
  });

  it('answers garbage with errors and keeps serving', async () => {
    await assert.rejects(client.request('textDocument/hover', {}), (e: { code?: number }) => e.code === -32602);
    await assert.rejects(
      client.request('textDocument/hover', { textDocument: { uri: 42 } }),
      (e: { code?: number }) => e.code === -32602,
    );
    await assert.rejects(
      client.request('textDocument/codeAction', { textDocument: { uri: URI }, range: 'all' }),
      (e: { code?: number }) => e.code === -32602,
    );
    await assert.rejects(
      client.request('copydesk/lintFiles', { uris: 'not-a-list' }),
      (e: { code?: number }) => e.code === -32602,
    );
    await assert.rejects(
      client.request('workspace/executeCommand', { command: 'nope' }),
      (e: { code?: number }) => e.code === -32602,
    );
    await assert.rejects(client.request('copydesk/noSuchMethod', {}), (e: { code?: number }) => e.code === -32601);
    assert.equal(await client.hover('file:///virtual/not-open.txt', { line: 0, character: 0 }), null);
    assert.deepEqual(
      await client.codeActions('file:///virtual/not-open.txt', {
        start: { line: 0, character: 0 },
        end: { line: 0, character: 1 },
      }),
      [],
    );
    const far = { line: 1_000_000, character: 1_000_000 };
    assert.deepEqual(await client.codeActions(URI, { start: far, end: far }, [], ['quickfix']), []);
    assert.equal(await client.hover(URI, { line: -5, character: -1 }), null);
    // Malformed notifications and a frame that is not JSON.
    await client.notify('textDocument/didChange', {
      textDocument: { uri: 'file:///virtual/not-open.txt', version: 3 },
      contentChanges: [{ text: 'x' }],
    });
    await client.notify('textDocument/didChange', { textDocument: { uri: URI }, contentChanges: 'nonsense' });
    await client.notify('textDocument/didOpen', { textDocument: { uri: 7 } });
    client.writeRaw('Content-Length: 9\r\n\r\n{"jsonrp"');
    // Still serving, with the document intact.
    const version = await client.replace(URI, 'Councillor', 'Councilwoman');
    const published = await client.diagnosticsFor(URI, version);
    assert.ok(published.diagnostics.length > 0);
    assert.ok(
      client.logs.some((l) => l.type === 1 && /ignored textDocument\/didChange/.test(l.message)),
      'bad input is logged as an error',
    );
  });

  it('exits with 0 after shutdown and exit', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

/**
 * A rewrite checked against its source, over JSON-RPC: the server finds the source from the rewrite's own link
 * (directive, front matter) or the configuration's `sources` map, reads it from the editor's buffer when the source
 * is open and from disk otherwise, places the drift findings' related locations in the source's URI, and lints the
 * rewrite again when the source's buffer is edited, opened or closed, or its file changes on disk. A source that
 * cannot be read is one `source-link` diagnostic on the link, and the other rules still report.
 *
 * The pairs are the drift fixtures of test/drift/pairs (written for this project), copied into a temporary folder
 * with the link added.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { ClientCapabilities, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SourceOfRequest, type SourceOfResult } from '../../server/src/protocol';
import { messageOf, ofRule, pushCapabilities, REPO_ROOT, textAt, TestClient } from './helpers/client';
import { tempDir } from './helpers/fixtures';

const PAIRS = resolve(REPO_ROOT, 'test/drift/pairs');
const WIRE = readFileSync(join(PAIRS, '01-wire-to-local', 'source.txt'), 'utf8');
const LOCAL = readFileSync(join(PAIRS, '01-wire-to-local', 'rewrite.txt'), 'utf8');
const BOARD_SOURCE = readFileSync(join(PAIRS, '14-markdown-rewrite', 'source.txt'), 'utf8');
const BOARD_REWRITE = readFileSync(join(PAIRS, '14-markdown-rewrite', 'rewrite.md'), 'utf8');

const DIRECTIVE = '<!-- copydesk-source: wire/flood.txt -->\n';
/** The rewrite with its link to the source, on its own first line. */
const LINKED = `${DIRECTIVE}${LOCAL}`;

const DRIFT = ['drift-title', 'drift-figure', 'drift-quote'];

/** The related locations of `d`, with the text each one covers in `sources` (URI → text). */
function relatedText(d: Diagnostic, sources: Record<string, string>): { uri: string; text: string }[] {
  return (d.relatedInformation ?? []).map((r) => {
    const text = sources[r.location.uri];
    assert.ok(text !== undefined, `related location in an unexpected URI: ${JSON.stringify(d.relatedInformation)}`);
    return { uri: r.location.uri, text: textAt(text, r.location.range) };
  });
}

function hasDrift(p: PublishDiagnosticsParams): boolean {
  return DRIFT.every((rule) => ofRule(p.diagnostics, rule).length === 1);
}

function figureOf(p: PublishDiagnosticsParams): Diagnostic | undefined {
  return ofRule(p.diagnostics, 'drift-figure')[0];
}

describe('a rewrite and its source in the language server', () => {
  let client: TestClient;
  const tmp = tempDir('copydesk-sources-');
  const sourcePath = join(tmp.dir, 'wire', 'flood.txt');
  const sourceUri = pathToFileURL(sourcePath).href;
  const rewriteUri = tmp.uri('local.txt');

  before(async () => {
    mkdirSync(join(tmp.dir, 'wire'));
    writeFileSync(sourcePath, WIRE);
    writeFileSync(join(tmp.dir, 'local.txt'), LINKED);
    client = TestClient.spawn();
    await client.initialize({ rootUri: pathToFileURL(tmp.dir).href });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it("with the source open: drift findings whose related locations are the source's words, in the source's URI", async () => {
    await client.open(sourceUri, 'text', WIRE);
    await client.open(rewriteUri, 'text', LINKED);
    const published = await client.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === rewriteUri && hasDrift(p),
      "the rewrite's drift findings",
      client.published,
    );
    const sources = { [sourceUri]: WIRE };
    const [title] = ofRule(published.diagnostics, 'drift-title');
    const [figure] = ofRule(published.diagnostics, 'drift-figure');
    const [quote] = ofRule(published.diagnostics, 'drift-quote');
    assert.ok(title && figure && quote);
    assert.equal(textAt(LINKED, title.range), 'Governor');
    assert.deepEqual(relatedText(title, sources), [{ uri: sourceUri, text: 'Acting Governor Lena Marsh' }]);
    assert.equal(textAt(LINKED, figure.range), '$5.5 million');
    assert.deepEqual(relatedText(figure, sources), [{ uri: sourceUri, text: '$4.5 million' }]);
    assert.deepEqual(relatedText(quote, sources), [{ uri: sourceUri, text: '"We will not leave anyone to face this alone,"' }]);
    // The messages keep the source's words.
    assert.match(messageOf(figure), /\$4\.5 million/);
    assert.match(messageOf(title), /Acting Governor Lena Marsh/);
    // Nothing about the source on the source itself, which names none.
    const own = await client.diagnosticsFor(sourceUri, 1);
    assert.deepEqual(
      own.diagnostics.filter((d) => String(d.code).startsWith('drift-') || d.code === 'source-link'),
      [],
    );
  });

  it("the hover keeps the source's words, and the quick fix restores them (never part of fix-all)", async () => {
    const current = client.published.filter((p) => p.uri === rewriteUri).pop();
    const figure = current && figureOf(current);
    assert.ok(figure);
    const hover = await client.hover(rewriteUri, figure.range.start);
    const value = hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : '';
    assert.match(value, /drift-figure/);
    assert.match(value, /\$4\.5 million/, value);

    const actions = (await client.codeActions(rewriteUri, figure.range, [figure])) ?? [];
    const restore = actions.find((a) => a.title === 'Restore the source\'s figure: "$4.5 million"');
    assert.ok(restore?.edit, actions.map((a) => a.title).join(' | '));
    assert.equal(restore.kind, 'quickfix');
    assert.notEqual(restore.isPreferred, true, 'a person decides: not the preferred fix');
    const whole = { start: { line: 0, character: 0 }, end: { line: 99, character: 0 } };
    const fixAll = (await client.codeActions(rewriteUri, whole, [], ['source.fixAll.copydesk'])) ?? [];
    for (const action of fixAll) {
      const edits = JSON.stringify(action.edit ?? {});
      assert.ok(!edits.includes('$4.5 million'), 'fix-all never restores a figure');
    }

    const fixed = client.nextDiagnostics(rewriteUri, (p) => !figureOf(p) && ofRule(p.diagnostics, 'drift-title').length === 1);
    await client.applyCodeAction(restore);
    await fixed;
    assert.ok(client.text(rewriteUri).includes('promised $4.5 million in relief funds'));
    // Back to the drifted figure, for the tests that follow.
    const back = client.nextDiagnostics(rewriteUri, (p) => figureOf(p) !== undefined);
    await client.replace(rewriteUri, '$4.5 million in relief', '$5.5 million in relief');
    await back;
  });

  it("an edit of the source's buffer lints the rewrite again, from the buffer (the disk is unchanged)", async () => {
    const agreed = client.nextDiagnostics(rewriteUri, (p) => !figureOf(p) && hasDriftExcept(p, 'drift-figure'));
    await client.replace(sourceUri, 'release $4.5 million', 'release $5.5 million');
    await agreed;
    assert.ok(readFileSync(sourcePath, 'utf8').includes('$4.5 million'), 'the file on disk still has the old figure');

    // And the related locations follow the buffer's lines: two lines added above the quotation move it down.
    const moved = client.nextDiagnostics(rewriteUri, (p) => {
      const [quote] = ofRule(p.diagnostics, 'drift-quote');
      return quote !== undefined && quote.relatedInformation?.[0]?.location.range.start.line === 6;
    });
    await client.edit(sourceUri, [
      { range: { start: { line: 1, character: 0 }, end: { line: 1, character: 0 } }, newText: 'A line.\n\n' },
    ]);
    const [quote] = ofRule((await moved).diagnostics, 'drift-quote');
    assert.ok(quote);
    assert.deepEqual(relatedText(quote, { [sourceUri]: client.text(sourceUri) }), [
      { uri: sourceUri, text: '"We will not leave anyone to face this alone,"' },
    ]);
  });

  it("closing the source's buffer lints the rewrite from disk again", async () => {
    const fromDisk = client.nextDiagnostics(rewriteUri, (p) => {
      const figure = figureOf(p);
      return figure !== undefined && /\$4\.5 million/.test(messageOf(figure));
    });
    await client.close(sourceUri);
    const figure = figureOf(await fromDisk);
    assert.ok(figure);
    assert.deepEqual(relatedText(figure, { [sourceUri]: WIRE }), [{ uri: sourceUri, text: '$4.5 million' }]);
  });

  it('watches the source file, and a change on disk (a watched-files notification) lints the rewrite again', async () => {
    const watched = await client.waitFor<{ method: string; registerOptions?: unknown }>(
      'register',
      (r) => r.method === 'workspace/didChangeWatchedFiles' && JSON.stringify(r.registerOptions).includes('flood.txt'),
      'a watcher for the source file',
      client.registrations,
    );
    assert.match(JSON.stringify(watched.registerOptions), /wire\/flood\.txt/);
    const changed = client.nextDiagnostics(rewriteUri, (p) => !figureOf(p) && hasDriftExcept(p, 'drift-figure'));
    writeFileSync(sourcePath, WIRE.replace('$4.5 million', '$5.5 million'));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sourceUri, type: 2 }] });
    await changed;
    const restored = client.nextDiagnostics(rewriteUri, (p) => figureOf(p) !== undefined);
    writeFileSync(sourcePath, WIRE);
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: sourceUri, type: 2 }] });
    await restored;
  });

  it('copydesk/sourceOf says where the source is, and null for a document that names none', async () => {
    const answer = await client.request<SourceOfResult | null>(SourceOfRequest.method, { textDocument: { uri: rewriteUri } });
    assert.deepEqual(answer, { uri: sourceUri, path: sourcePath, written: 'wire/flood.txt', via: 'directive' });
    const plainUri = tmp.uri('plain.txt');
    await client.open(plainUri, 'text', 'Council Meets\n\nThe council met on Monday.\n');
    assert.equal(await client.request(SourceOfRequest.method, { textDocument: { uri: plainUri } }), null);
    assert.equal(await client.request(SourceOfRequest.method, { textDocument: { uri: tmp.uri('not-open.txt') } }), null);
    await client.close(plainUri);
  });

  it('a missing source is one source-link diagnostic on the link; the other rules still report; it counts once it exists', async () => {
    const missingUri = tmp.uri('missing.txt');
    const text =
      '<!-- copydesk-source: wire/later.txt -->\nStorm Closes Road\n\nThe the storm closed the coast road on Monday.\n';
    await client.open(missingUri, 'text', text);
    const first = await client.diagnosticsFor(missingUri, 1);
    const links = ofRule(first.diagnostics, 'source-link');
    assert.equal(links.length, 1, first.diagnostics.map(messageOf).join(' | '));
    const [link] = links;
    assert.ok(link);
    assert.equal(textAt(text, link.range), 'wire/later.txt', 'on the path in the link');
    assert.match(messageOf(link), /wire\/later\.txt/);
    assert.equal(ofRule(first.diagnostics, 'lexical-illusion').length, 1, 'the other rules still run');
    const answer = await client.request<SourceOfResult | null>(SourceOfRequest.method, { textDocument: { uri: missingUri } });
    assert.ok(answer?.problem, JSON.stringify(answer));

    // The file appears (the watcher was registered for the missing path too).
    const laterPath = join(tmp.dir, 'wire', 'later.txt');
    const found = client.nextDiagnostics(missingUri, (p) => ofRule(p.diagnostics, 'source-link').length === 0);
    writeFileSync(laterPath, 'Storm Closes Road\n\nThe storm closed the coast road on Monday.\n');
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(laterPath).href, type: 1 }] });
    const after = await found;
    assert.equal(ofRule(after.diagnostics, 'lexical-illusion').length, 1);
    await client.close(missingUri);
  });

  it('a link edited in the text is followed at once', async () => {
    const otherPath = join(tmp.dir, 'wire', 'flood-update.txt');
    writeFileSync(otherPath, WIRE.replace('$4.5 million', '$5.5 million'));
    const relinked = client.nextDiagnostics(rewriteUri, (p) => !figureOf(p) && hasDriftExcept(p, 'drift-figure'));
    await client.replace(rewriteUri, 'wire/flood.txt', 'wire/flood-update.txt');
    await relinked;
    const answer = await client.request<SourceOfResult | null>(SourceOfRequest.method, { textDocument: { uri: rewriteUri } });
    assert.equal(answer?.written, 'wire/flood-update.txt');
    const back = client.nextDiagnostics(rewriteUri, (p) => figureOf(p) !== undefined);
    await client.replace(rewriteUri, 'wire/flood-update.txt', 'wire/flood.txt');
    await back;
  });
});

/** All the drift findings of the pair except `rule`. */
function hasDriftExcept(p: PublishDiagnosticsParams, rule: string): boolean {
  return DRIFT.filter((r) => r !== rule).every((r) => ofRule(p.diagnostics, r).length === 1);
}

describe('sources named by front matter and by the configuration', () => {
  let client: TestClient;
  const tmp = tempDir('copydesk-sources-config-');

  before(async () => {
    mkdirSync(join(tmp.dir, 'drafts'));
    mkdirSync(join(tmp.dir, 'wire'));
    writeFileSync(join(tmp.dir, 'wire', 'board.txt'), BOARD_SOURCE);
    writeFileSync(join(tmp.dir, '.copydesk.json'), JSON.stringify({ sources: { 'drafts/*.md': '../wire/{name}.txt' } }));
    client = TestClient.spawn();
    await client.initialize({ rootUri: pathToFileURL(tmp.dir).href });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it('front matter `source:` names the source of a Markdown rewrite', async () => {
    const sourceUri = tmp.uri('wire/board.txt');
    const uri = tmp.uri('board-linked.md');
    const text = BOARD_REWRITE.replace('source: source.txt', 'source: wire/board.txt');
    await client.open(uri, 'markdown', text);
    const published = await client.diagnosticsFor(uri, 1);
    const [figure] = ofRule(published.diagnostics, 'drift-figure');
    assert.ok(figure, published.diagnostics.map(messageOf).join(' | '));
    assert.deepEqual(relatedText(figure, { [sourceUri]: BOARD_SOURCE }), [{ uri: sourceUri, text: '$1.2 million' }]);
    const answer = await client.request<SourceOfResult | null>(SourceOfRequest.method, { textDocument: { uri } });
    assert.equal(answer?.via, 'front-matter');
  });

  it("the configuration's `sources` glob maps a draft to its source", async () => {
    const sourceUri = tmp.uri('wire/board.txt');
    const uri = tmp.uri('drafts/board.md');
    const text = BOARD_REWRITE.replace('source: source.txt\n', '');
    await client.open(uri, 'markdown', text);
    const published = await client.diagnosticsFor(uri, 1);
    const [figure] = ofRule(published.diagnostics, 'drift-figure');
    assert.ok(figure, published.diagnostics.map(messageOf).join(' | '));
    assert.deepEqual(relatedText(figure, { [sourceUri]: BOARD_SOURCE }), [{ uri: sourceUri, text: '$1.2 million' }]);
    const answer = await client.request<SourceOfResult | null>(SourceOfRequest.method, { textDocument: { uri } });
    assert.deepEqual(answer, {
      uri: sourceUri,
      path: join(tmp.dir, 'wire', 'board.txt'),
      written: '../wire/board.txt',
      via: 'config',
    });
  });

  it('Lint Workspace checks a rewrite read from disk against its source too', async () => {
    const path = join(tmp.dir, 'drafts', 'board-closed.md');
    writeFileSync(path, BOARD_REWRITE.replace('source: source.txt\n', ''));
    writeFileSync(join(tmp.dir, 'wire', 'board-closed.txt'), BOARD_SOURCE);
    const uri = pathToFileURL(path).href;
    const published = client.nextDiagnostics(uri);
    await client.request('copydesk/lintFiles', { uris: [uri] });
    const [figure] = ofRule((await published).diagnostics, 'drift-figure');
    assert.ok(figure);
    assert.equal(figure.relatedInformation?.[0]?.location.uri, tmp.uri('wire/board-closed.txt'));
  });
});

describe('sources in an untrusted workspace', () => {
  let client: TestClient;
  const tmp = tempDir('copydesk-sources-untrusted-');
  const ws = join(tmp.dir, 'project');
  const outside = join(tmp.dir, 'elsewhere.txt');

  before(async () => {
    mkdirSync(join(ws, 'drafts'), { recursive: true });
    mkdirSync(join(ws, 'wire'));
    writeFileSync(join(ws, 'wire', 'board.txt'), BOARD_SOURCE);
    writeFileSync(outside, BOARD_SOURCE);
    symlinkSync(outside, join(ws, 'wire', 'linked.txt'));
    writeFileSync(join(ws, '.copydesk.json'), JSON.stringify({ sources: { 'drafts/*.md': '../wire/{name}.txt' } }));
    client = TestClient.spawn();
    await client.initialize({ rootUri: pathToFileURL(ws).href, initializationOptions: { trusted: false } });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it("the configuration's map is not used", async () => {
    const uri = pathToFileURL(join(ws, 'drafts', 'board.md')).href;
    await client.open(uri, 'markdown', BOARD_REWRITE.replace('source: source.txt\n', ''));
    const published = await client.diagnosticsFor(uri, 1);
    assert.deepEqual(
      published.diagnostics.filter((d) => String(d.code).startsWith('drift-') || d.code === 'source-link').map(messageOf),
      [],
    );
  });

  it('a link inside the workspace folder is read; one outside it, or through a symbolic link, is reported', async () => {
    const cases: [string, RegExp | undefined][] = [
      ['wire/board.txt', undefined],
      ['../elsewhere.txt', /outside the workspace folder/],
      ['wire/linked.txt', /symbolic link/],
    ];
    for (const [n, [link, problem]] of cases.entries()) {
      const uri = pathToFileURL(join(ws, `linked-${n}.md`)).href;
      await client.open(uri, 'markdown', BOARD_REWRITE.replace('source: source.txt', `source: ${link}`));
      const { diagnostics } = await client.diagnosticsFor(uri, 1);
      const links = ofRule(diagnostics, 'source-link');
      if (problem === undefined) {
        assert.deepEqual(links.map(messageOf), [], link);
        assert.equal(ofRule(diagnostics, 'drift-figure').length, 1, link);
      } else {
        assert.equal(links.length, 1, `${link}: ${diagnostics.map(messageOf).join(' | ')}`);
        assert.match(messageOf(links[0] as Diagnostic), problem);
        assert.equal(ofRule(diagnostics, 'drift-figure').length, 0);
      }
    }
  });
});

describe('sources for a client that cannot register file watchers', () => {
  let client: TestClient;
  const tmp = tempDir('copydesk-sources-own-watch-');

  before(async () => {
    mkdirSync(join(tmp.dir, 'wire'));
    writeFileSync(join(tmp.dir, 'wire', 'flood.txt'), WIRE);
    client = TestClient.spawn();
    const capabilities: ClientCapabilities = pushCapabilities();
    capabilities.workspace = { ...capabilities.workspace, didChangeWatchedFiles: { dynamicRegistration: false } };
    await client.initialize({ rootUri: pathToFileURL(tmp.dir).href, capabilities });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it('the server watches the source itself: a change on disk lints the rewrite again with no notification', async () => {
    const uri = tmp.uri('local.txt');
    await client.open(uri, 'text', LINKED);
    const first = await client.diagnosticsFor(uri, 1);
    assert.ok(hasDrift(first), first.diagnostics.map(messageOf).join(' | '));
    assert.equal(
      client.registrations.filter((r) => r.method === 'workspace/didChangeWatchedFiles').length,
      0,
      'nothing registered with a client that cannot take it',
    );
    const changed = client.nextDiagnostics(uri, (p) => !figureOf(p) && hasDriftExcept(p, 'drift-figure'));
    writeFileSync(join(tmp.dir, 'wire', 'flood.txt'), WIRE.replace('$4.5 million', '$5.5 million'));
    await changed;
  });
});

describe('sources with pull diagnostics', () => {
  let client: TestClient;
  const tmp = tempDir('copydesk-sources-pull-');
  const sourceUri = tmp.uri('wire/flood.txt');
  const rewriteUri = tmp.uri('local.txt');
  type Report = { kind: 'full'; resultId?: string; items: Diagnostic[] } | { kind: 'unchanged'; resultId: string };
  const pull = (uri: string): Promise<Report> => client.request<Report>('textDocument/diagnostic', { textDocument: { uri } });

  before(async () => {
    mkdirSync(join(tmp.dir, 'wire'));
    writeFileSync(join(tmp.dir, 'wire', 'flood.txt'), WIRE);
    client = TestClient.spawn();
    const capabilities = pushCapabilities();
    capabilities.textDocument = { ...capabilities.textDocument, diagnostic: { dynamicRegistration: false } };
    capabilities.workspace = { ...capabilities.workspace, diagnostics: { refreshSupport: true } };
    await client.initialize({ rootUri: pathToFileURL(tmp.dir).href, capabilities });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it('an edit of the source asks the client to pull again, and the pull has the new findings', async () => {
    await client.open(sourceUri, 'text', WIRE);
    await client.open(rewriteUri, 'text', LINKED);
    const first = await pull(rewriteUri);
    assert.ok(first.kind === 'full' && ofRule(first.items, 'drift-figure').length === 1);
    const refreshes = client.refreshRequests.length;
    const refreshed = client.waitFor('refresh', () => client.refreshRequests.length > refreshes, 'a diagnostic refresh');
    await client.replace(sourceUri, 'release $4.5 million', 'release $5.5 million');
    await refreshed;
    const second = await pull(rewriteUri);
    assert.ok(second.kind === 'full', 'the source changed, so the report did');
    assert.equal(ofRule(second.items, 'drift-figure').length, 0);
    assert.equal(ofRule(second.items, 'drift-title').length, 1);
  });
});

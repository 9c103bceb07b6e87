/**
 * Settings: workspace/configuration per document, initializationOptions as
 * the fallback, didChangeConfiguration, `.copydesk.json` (broken, fixed,
 * edited), `enable`, `languages` and `run: onSave`.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { messageOf, ofRule, pushCapabilities, TestClient } from './helpers/client';
import { fixture, tempDir } from './helpers/fixtures';

const TEXT = fixture('riverside.txt');

describe('settings from workspace/configuration', () => {
  let client: TestClient;
  const uri = 'file:///virtual/settings.txt';
  before(() => {
    client = TestClient.spawn();
  });
  after(() => client.kill());

  it('asks for section "copydesk" scoped to the document, and re-lints when settings change', async () => {
    // No debounce: a lint that should not happen (run: onSave, below) would happen at once.
    await client.initialize({ initializationOptions: { debounceMs: 0 } });
    await client.open(uri, 'text', TEXT);
    const first = await client.diagnosticsFor(uri, 1);
    const asked = client.configurationRequests.flat();
    assert.ok(
      asked.some((item) => item.section === 'copydesk' && item.scopeUri === uri),
      JSON.stringify(asked),
    );
    const teasers = ofRule(first.diagnostics, 'truncated-teaser');
    assert.ok(teasers.length > 0);
    assert.ok(
      teasers.every((d) => d.severity !== 1),
      'not errors by default',
    );
    const others = first.diagnostics.filter((d) => d.code !== 'truncated-teaser').map((d) => `${String(d.code)}:${d.severity}`);

    client.configuration = (item) => (item.section === 'copydesk' ? { rules: { 'truncated-teaser': 'error' } } : null);
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const again = await client.nextDiagnostics(uri, (p) =>
      ofRule(p.diagnostics, 'truncated-teaser').some((d) => d.severity === 1),
    );
    assert.equal(again.version, 1, 'same document version, linted again');
    assert.ok(ofRule(again.diagnostics, 'truncated-teaser').every((d) => d.severity === 1));
    assert.deepEqual(
      again.diagnostics.filter((d) => d.code !== 'truncated-teaser').map((d) => `${String(d.code)}:${d.severity}`),
      others,
      'other rules keep their severity',
    );
  });

  it('clears diagnostics when enable is false, and restores them', async () => {
    client.configuration = () => ({ enable: false });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    client.configuration = () => null;
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const back = await client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(ofRule(back.diagnostics, 'truncated-teaser').every((d) => d.severity !== 1));
  });

  it('lints only the configured languages', async () => {
    client.configuration = () => ({ languages: ['markdown'] });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.nextDiagnostics(uri, (p) => p.diagnostics.length === 0);
    const md = 'file:///virtual/settings.md';
    await client.open(md, 'markdown', `# ${TEXT}`);
    const published = await client.diagnosticsFor(md, 1);
    assert.ok(published.diagnostics.length > 0, 'markdown is still linted');
    await client.close(md);
  });

  it('ignores settings of the wrong type, with a log line', async () => {
    client.configuration = () => ({ enable: 'yes', languages: 'text', rules: { 'truncated-teaser': 'loud' } });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const published = await client.nextDiagnostics(uri, (p) => p.diagnostics.length > 0);
    assert.ok(ofRule(published.diagnostics, 'truncated-teaser').length > 0, 'defaults used for the bad values');
    assert.ok(client.logs.some((l) => l.message.includes('"enable" must be true or false')));
    assert.ok(client.logs.some((l) => l.message.includes('truncated-teaser')));
  });

  it('with run: onSave, lints on open and save but not on change', async () => {
    client.configuration = () => ({ run: 'onSave' });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    await client.nextDiagnostics(uri, (p) => p.version === 1);
    const changed = await client.replace(uri, 'twelve acres', 'twenty acres');
    // A document opened after the change is linted after it (its settings take a round trip to this client):
    // by then a lint of the change, due at once, would have been published.
    const other = 'file:///virtual/barrier.txt';
    await client.open(other, 'text', TEXT);
    await client.diagnosticsFor(other, 1);
    assert.equal(
      client.published.some((p) => p.uri === uri && p.version === changed),
      false,
      'no lint on change',
    );
    await client.save(uri);
    const saved = await client.diagnosticsFor(uri, changed);
    assert.ok(saved.diagnostics.length > 0);
  });

  it('exits cleanly', async () => {
    assert.equal(await client.shutdown(), 0);
  });
});

describe('settings without workspace/configuration', () => {
  it('falls back to initializationOptions, then to settings pushed with didChangeConfiguration', async () => {
    const client = TestClient.spawn();
    try {
      const capabilities = pushCapabilities();
      capabilities.workspace = { ...capabilities.workspace, configuration: false };
      await client.initialize({ capabilities, initializationOptions: { rules: { 'truncated-teaser': 'off' } } });
      const uri = 'file:///virtual/init.txt';
      await client.open(uri, 'text', TEXT);
      const first = await client.diagnosticsFor(uri, 1);
      assert.equal(client.configurationRequests.length, 0, 'the server does not ask a client that cannot answer');
      assert.equal(ofRule(first.diagnostics, 'truncated-teaser').length, 0);
      assert.ok(first.diagnostics.length > 0);
      await client.notify('workspace/didChangeConfiguration', {
        settings: { copydesk: { rules: { 'truncated-teaser': 'hint' } } },
      });
      const pushed = await client.nextDiagnostics(uri, (p) => ofRule(p.diagnostics, 'truncated-teaser').length > 0);
      assert.ok(ofRule(pushed.diagnostics, 'truncated-teaser').every((d) => d.severity === 4));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  it('uses initializationOptions when workspace/configuration answers null', async () => {
    const client = TestClient.spawn();
    try {
      await client.initialize({ initializationOptions: { copydesk: { rules: { boilerplate: 'error' } } } });
      const uri = 'file:///virtual/init-null.txt';
      await client.open(uri, 'text', TEXT);
      const first = await client.diagnosticsFor(uri, 1);
      assert.ok(client.configurationRequests.length > 0);
      const boilerplate = ofRule(first.diagnostics, 'boilerplate');
      assert.ok(boilerplate.length > 0 && boilerplate.every((d) => d.severity === 1));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

describe('.copydesk.json', () => {
  let client: TestClient;
  const tmp = tempDir();
  const configPath = join(tmp.dir, '.copydesk.json');
  const configUri = pathToFileURL(configPath).href;
  const nested = join(tmp.dir, 'desk', 'today');
  const docUri = pathToFileURL(join(nested, 'story.txt')).href;

  before(async () => {
    mkdirSync(nested, { recursive: true });
    writeFileSync(join(nested, 'story.txt'), TEXT);
    writeFileSync(configPath, '{ "rules": { "truncated-teaser": "off" }, ');
    client = TestClient.spawn();
    // The workspace folder bounds the lookup: the file two folders above the document is inside it.
    await client.initialize({ rootUri: pathToFileURL(tmp.dir).href });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it('reports a broken file on the file itself and once as a warning, and lints with the defaults', async () => {
    await client.open(docUri, 'text', TEXT);
    const published = await client.diagnosticsFor(docUri, 1);
    assert.ok(ofRule(published.diagnostics, 'truncated-teaser').length > 0, 'defaults: the broken file turns nothing off');
    const onConfig = await client.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === configUri && p.diagnostics.length > 0,
      'diagnostics on .copydesk.json',
      client.published,
    );
    const problem = onConfig.diagnostics[0];
    assert.ok(problem);
    assert.match(messageOf(problem), /not valid JSON/);
    // At the JSON error (the file ends inside the object), not at line 1, column 1.
    assert.equal(problem.range.start.line, 0);
    assert.ok(problem.range.start.character >= 40, JSON.stringify(problem.range));
    const message = await client.waitFor('showMessage', () => true, 'window/showMessage', client.shown);
    assert.equal(message.type, 2, 'a warning');
    assert.ok(message.message.includes(configPath), 'names the file');
    // Linting again does not repeat the message.
    const version = await client.replace(docUri, 'twelve acres', 'ten acres');
    await client.diagnosticsFor(docUri, version);
    assert.equal(client.shown.length, 1);
  });

  it('picks up the repaired file when the client reports the change, and clears its diagnostic', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { 'truncated-teaser': 'off', 'inconsistent-title': 'error' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: configUri, type: 2 }] });
    const relinted = await client.nextDiagnostics(docUri, (p) => ofRule(p.diagnostics, 'truncated-teaser').length === 0);
    assert.ok(ofRule(relinted.diagnostics, 'inconsistent-title').every((d) => d.severity === 1));
    await client.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === configUri && p.diagnostics.length === 0,
      'the config diagnostic cleared',
      client.published.filter((p) => p.uri === configUri).slice(-1),
    );
  });

  it('sees an edited file on the next lint even without a watcher notification', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { boilerplate: 'off' } }));
    const version = await client.replace(docUri, 'ten acres', 'nine acres');
    const published = await client.diagnosticsFor(docUri, version);
    assert.equal(ofRule(published.diagnostics, 'boilerplate').length, 0);
    assert.ok(ofRule(published.diagnostics, 'truncated-teaser').length > 0, 'teasers are back on');
  });

  it('merges defaults < editor settings < .copydesk.json', async () => {
    client.configuration = () => ({ rules: { boilerplate: 'error', 'truncated-teaser': 'error' } });
    await client.notify('workspace/didChangeConfiguration', { settings: null });
    const published = await client.nextDiagnostics(docUri, (p) =>
      ofRule(p.diagnostics, 'truncated-teaser').some((d) => d.severity === 1),
    );
    assert.equal(ofRule(published.diagnostics, 'boilerplate').length, 0, 'the file wins over the editor');
    assert.ok(
      ofRule(published.diagnostics, 'truncated-teaser').every((d) => d.severity === 1),
      'the editor wins over defaults',
    );
  });
});

describe('untrusted workspaces', () => {
  const tmp = tempDir();
  const text =
    'Council Backs Park Plan\n\nThe council voted on Wednesday to add twelve acres to the park.\n\n' +
    'More from the desk\nRiver walks for the autumn\nWhy the market keeps growing\nHow one bakery came back\n';
  before(() => {
    writeFileSync(
      join(tmp.dir, '.copydesk.json'),
      JSON.stringify({ rules: { boilerplate: { severity: 'error', phrases: ['More from the desk'] } } }),
    );
    writeFileSync(join(tmp.dir, 'story.txt'), text);
  });
  after(() => tmp.cleanup());

  async function boilerplateWith(initializationOptions: unknown): Promise<{ message: string; severity?: number }[]> {
    const client = TestClient.spawn();
    try {
      await client.initialize({ initializationOptions });
      const uri = tmp.uri('story.txt');
      await client.open(uri, 'text', text);
      const published = await client.diagnosticsFor(uri, 1);
      assert.equal(await client.shutdown(), 0);
      return ofRule(published.diagnostics, 'boilerplate').map((d) => ({ message: messageOf(d), severity: d.severity }));
    } finally {
      client.kill();
    }
  }

  it('uses the options of .copydesk.json in a trusted workspace', async () => {
    const found = await boilerplateWith({ trusted: true });
    assert.equal(found.length, 1);
    assert.match(found[0]?.message ?? '', /configured phrases/);
    assert.equal(found[0]?.severity, 1);
  });

  it('keeps its severities but none of its phrases when trusted is false', async () => {
    const found = await boilerplateWith({ trusted: false });
    assert.equal(found.length, 1, 'the built-in detection still runs');
    assert.doesNotMatch(found[0]?.message ?? '', /configured phrases/);
    assert.equal(found[0]?.severity, 1);
  });
});

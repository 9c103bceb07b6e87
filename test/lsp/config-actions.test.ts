/**
 * The quick fixes that write `.copydesk.json`, driven as an editor drives
 * them: each action's edit is applied (the file created, or edited on disk)
 * and its command run, and the document's next diagnostics show the effect.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, before, describe, it } from 'node:test';
import type { CodeAction, Diagnostic, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { CONFIG_EDITED_COMMAND } from '../../server/src/protocol';
import { createdFiles, messageOf, ofRule, pushCapabilities, TestClient } from './helpers/client';
import { fixture, tempDir } from './helpers/fixtures';

const TEXT = fixture('council.txt');

describe('quick fixes that write .copydesk.json', () => {
  let client: TestClient;
  const tmp = tempDir();
  const ws = join(tmp.dir, 'newsroom');
  const configPath = join(ws, '.copydesk.json');
  const storyPath = join(ws, 'desk', 'story.txt');
  const uri = pathToFileURL(storyPath).href;
  let current: Diagnostic[] = [];

  before(async () => {
    mkdirSync(join(ws, 'desk'), { recursive: true });
    writeFileSync(storyPath, TEXT);
    client = TestClient.spawn();
    await client.initialize({ rootUri: pathToFileURL(ws).href });
    await client.open(uri, 'text', TEXT);
    current = (await client.diagnosticsFor(uri, 1)).diagnostics;
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  async function actionFor(rule: string, title: string): Promise<CodeAction> {
    const finding = ofRule(current, rule)[0];
    assert.ok(finding, `a ${rule} finding`);
    const actions = (await client.codeActions(uri, finding.range, [finding])) ?? [];
    const action = actions.find((a) => a.title === title);
    assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(action.kind, 'quickfix');
    assert.equal(action.command?.command, CONFIG_EDITED_COMMAND);
    return action;
  }

  /** Applies the action as an editor does and returns the document's next diagnostics. */
  async function apply(action: CodeAction, settled: (p: PublishDiagnosticsParams) => boolean): Promise<Diagnostic[]> {
    const next = client.nextDiagnostics(uri, settled);
    await client.applyCodeAction(action);
    current = (await next).diagnostics;
    return current;
  }

  it('"Ignore this finding" creates the file in the workspace folder, naming rule, text and file', async () => {
    const action = await actionFor('inconsistent-title', 'Ignore this finding');
    assert.ok(action.edit);
    assert.deepEqual(createdFiles(action.edit), [pathToFileURL(configPath).href]);
    const others = current.filter((d) => d.code !== 'inconsistent-title').map(messageOf);
    const after = await apply(action, (p) => ofRule(p.diagnostics, 'inconsistent-title').length === 0);
    assert.deepEqual(after.map(messageOf), others, 'only that finding went');
    assert.equal(
      readFileSync(configPath, 'utf8'),
      '{\n  "ignoreFindings": [\n    {\n      "rule": "inconsistent-title",\n      "text": "former Mayor Varga",\n' +
        '      "file": "desk/story.txt"\n    }\n  ]\n}\n',
    );
    assert.ok(!client.text(uri).includes('copydesk'), 'nothing written into the copy');
  });

  it('"Ignore "very" in this project" adds the word, keeping the file as it was written', async () => {
    const action = await actionFor('weasel-word', 'Ignore "very" in this project');
    const before = readFileSync(configPath, 'utf8');
    const after = await apply(action, (p) => ofRule(p.diagnostics, 'weasel-word').length === 0);
    assert.equal(ofRule(after, 'passive-voice').length, 1, 'the other findings stay');
    assert.equal(readFileSync(configPath, 'utf8'), `${before.slice(0, -3)},\n  "ignoreWords": [\n    "very"\n  ]\n}\n`);
  });

  it('"Turn off passive-voice in this project" sets its severity to off', async () => {
    const action = await actionFor('passive-voice', 'Turn off passive-voice in this project');
    const after = await apply(action, (p) => ofRule(p.diagnostics, 'passive-voice').length === 0);
    assert.deepEqual(after, []);
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { rules?: Record<string, unknown> };
    assert.deepEqual(config.rules, { 'passive-voice': 'off' });
  });

  it('"Always call Helen Varga "Mayor"" records the title under the rule\'s people', async () => {
    // A second document in the same project, with its own title conflict.
    const otherPath = join(ws, 'desk', 'follow-up.txt');
    const otherUri = pathToFileURL(otherPath).href;
    const text =
      'Varga Wins Grant\n\nMayor Helen Varga said the grant had come through. Later, former Mayor Varga thanked the board.\n';
    writeFileSync(otherPath, text);
    await client.open(otherUri, 'text', text);
    const [conflict] = ofRule((await client.diagnosticsFor(otherUri, 1)).diagnostics, 'inconsistent-title');
    assert.ok(conflict, 'ignoreFindings names the other file only');
    const actions = (await client.codeActions(otherUri, conflict.range, [conflict])) ?? [];
    const titles = actions.map((a) => a.title);
    assert.ok(titles.includes('Always call Helen Varga "former Mayor"'), titles.join(' | '));
    const mayor = actions.find((a) => a.title === 'Always call Helen Varga "Mayor"');
    assert.ok(mayor);
    const next = client.nextDiagnostics(otherUri, (p) =>
      ofRule(p.diagnostics, 'inconsistent-title').some((d) => messageOf(d).includes('the people option')),
    );
    await client.applyCodeAction(mayor);
    const [after] = ofRule((await next).diagnostics, 'inconsistent-title');
    assert.equal(messageOf(after ?? conflict), '"former Mayor Varga": the people option gives Helen Varga the title "Mayor".');
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as { rules?: Record<string, unknown> };
    assert.deepEqual(config.rules?.['inconsistent-title'], { people: { 'Helen Varga': 'Mayor' } });
    await client.close(otherUri);
  });

  it('offers the person of the current text after an edit renames them', async () => {
    const renamedUri = pathToFileURL(join(ws, 'desk', 'renamed.txt')).href;
    const text =
      'Grant Awarded\n\nMayor Ana Dobos said the grant had come through. Later, former Mayor Dobos thanked the board.\n';
    await client.open(renamedUri, 'text', text);
    const titlesAt = async (version: number): Promise<string[]> => {
      const [conflict] = ofRule((await client.diagnosticsFor(renamedUri, version)).diagnostics, 'inconsistent-title');
      assert.ok(conflict, `a title conflict in version ${version}`);
      const actions = (await client.codeActions(renamedUri, conflict.range, [conflict])) ?? [];
      return actions.map((a) => a.title).filter((t) => t.startsWith('Always call'));
    };
    assert.deepEqual(await titlesAt(1), ['Always call Ana Dobos "Mayor"', 'Always call Ana Dobos "former Mayor"']);
    // Asked again for the same text: the same answer (the people are kept for this revision).
    assert.deepEqual(await titlesAt(1), ['Always call Ana Dobos "Mayor"', 'Always call Ana Dobos "former Mayor"']);
    // A longer name moves the conflict: the people are found again in the new text.
    const version = await client.replace(renamedUri, 'Ana Dobos', 'Katalin Dobos');
    assert.deepEqual(await titlesAt(version), ['Always call Katalin Dobos "Mayor"', 'Always call Katalin Dobos "former Mayor"']);
    await client.close(renamedUri);
  });

  it('takes the edited text at once, before the editor saves it, and the disk once it changes', async () => {
    // An editor that leaves the edited file unsaved: only the command arrives, the disk is unchanged.
    const unsaved = JSON.stringify({ rules: { 'passive-voice': 'hint' } });
    const next = client.nextDiagnostics(uri, (p) => ofRule(p.diagnostics, 'passive-voice').length === 1);
    await client.request('workspace/executeCommand', {
      command: CONFIG_EDITED_COMMAND,
      arguments: [{ uri: pathToFileURL(configPath).href, text: unsaved }],
    });
    const after = (await next).diagnostics;
    assert.equal(ofRule(after, 'weasel-word').length, 1, 'the unsaved text replaces the whole file');
    // The file changes on disk: the disk wins again.
    writeFileSync(configPath, JSON.stringify({ rules: { 'weasel-word': 'off', 'passive-voice': 'off' } }));
    await client.notify('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(configPath).href, type: 2 }] });
    await client.nextDiagnostics(uri, (p) => ofRule(p.diagnostics, 'passive-voice').length === 0);
  });

  it("refuses a command for a file that is not an open document's configuration", async () => {
    await assert.rejects(
      client.request('workspace/executeCommand', {
        command: CONFIG_EDITED_COMMAND,
        arguments: [{ uri: pathToFileURL(join(tmp.dir, '.copydesk.json')).href, text: '{}' }],
      }),
      (e: { code?: number }) => e.code === -32602,
    );
  });

  it('keeps comment directives in Markdown, beside the configuration fixes', async () => {
    // Outside the workspace folder: its configuration would go beside it.
    const folder = join(tmp.dir, 'elsewhere');
    mkdirSync(folder);
    const md = pathToFileURL(join(folder, 'notes.md')).href;
    await client.open(md, 'markdown', '# Notes\n\nThe council said it was a very good day.\n');
    const [weasel] = ofRule((await client.diagnosticsFor(md, 1)).diagnostics, 'weasel-word');
    assert.ok(weasel, 'a finding in the Markdown note');
    const actions = (await client.codeActions(md, weasel.range, [weasel])) ?? [];
    const titles = actions.map((a) => a.title);
    for (const title of ['Ignore this finding', 'Disable weasel-word for this line', 'Turn off weasel-word in this project']) {
      assert.ok(titles.includes(title), `${title} among: ${titles.join(' | ')}`);
    }
    const ignore = actions.find((a) => a.title === 'Ignore this finding');
    assert.deepEqual(createdFiles(ignore?.edit ?? {}), [pathToFileURL(join(folder, '.copydesk.json')).href]);
    await client.close(md);
  });

  it('offers no new file to a client that cannot create files', async () => {
    const other = TestClient.spawn();
    try {
      const capabilities = pushCapabilities();
      capabilities.workspace = { ...capabilities.workspace, workspaceEdit: { documentChanges: true } };
      const fresh = join(tmp.dir, 'fresh');
      mkdirSync(fresh);
      writeFileSync(join(fresh, 'a.txt'), TEXT);
      await other.initialize({ capabilities, rootUri: pathToFileURL(fresh).href });
      const aUri = pathToFileURL(join(fresh, 'a.txt')).href;
      await other.open(aUri, 'text', TEXT);
      const [weasel] = ofRule((await other.diagnosticsFor(aUri, 1)).diagnostics, 'weasel-word');
      assert.ok(weasel);
      const actions = (await other.codeActions(aUri, weasel.range, [weasel])) ?? [];
      assert.deepEqual(
        actions.filter((a) => a.command?.command === CONFIG_EDITED_COMMAND),
        [],
      );
      assert.equal(await other.shutdown(), 0);
    } finally {
      other.kill();
    }
  });
});

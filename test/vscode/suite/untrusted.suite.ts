/**
 * The suite for an untrusted workspace (Restricted Mode): Copydesk declares
 * limited support, so it runs, tells the server `trusted: false`, and
 * VS Code withholds the workspace's `copydesk.rules` (a restricted setting).
 * The workspace's .vscode/settings.json turns lexical-illusion off: in
 * Restricted Mode that must have no effect.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { extension, ofRule, openInEditor, readDisk, waitForDiagnostics, workspaceFile } from './helpers';

suite('Copydesk in an untrusted workspace', function () {
  this.timeout(90_000);

  test('the workspace is not trusted', () => {
    assert.equal(vscode.workspace.isTrusted, false);
  });

  test('Copydesk still lints, with the built-in rules', async () => {
    const editor = await openInEditor(workspaceFile('ferry.article'));
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      'findings',
      (ds) => ofRule(ds, 'lexical-illusion').length > 0,
    );
    assert.equal(ofRule(diagnostics, 'lexical-illusion')[0]?.severity, vscode.DiagnosticSeverity.Warning);
  });

  test('the workspace value of copydesk.rules is withheld', async () => {
    const settings = JSON.parse(await readDisk(workspaceFile('.vscode/settings.json'))) as Record<string, unknown>;
    assert.deepEqual(settings['copydesk.rules'], { 'lexical-illusion': 'off' }, 'the workspace does set it');
    assert.deepEqual(vscode.workspace.getConfiguration('copydesk').get('rules'), {}, 'but VS Code does not apply it');
  });

  test('the server is told that the workspace is not trusted', async () => {
    const api = extension().exports;
    await api.whenRunning();
    assert.equal(api.initializationOptions().trusted, false);
  });

  test('a source linked inside the workspace is still read: the drift findings show', async () => {
    const uri = workspaceFile('harbour-local.txt');
    await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, 'the drift figure', (ds) => ofRule(ds, 'drift-figure').length === 1);
    assert.equal(
      ofRule(diagnostics, 'drift-figure')[0]?.relatedInformation?.[0]?.location.uri.toString(),
      workspaceFile('harbour-wire.txt').toString(),
    );
  });
});

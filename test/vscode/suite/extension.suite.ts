/**
 * The integration suite: the packaged extension in a real VS Code extension
 * host (code-server here, VS Code under @vscode/test-electron elsewhere),
 * driven through the `vscode` API. The workspace holds the fixtures of
 * test/vscode/fixtures and the scraped example article.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import {
  changedLines,
  copydeskDiagnostics,
  describeDiagnostics,
  extension,
  flaggedLines,
  freshCopy,
  ofRule,
  openInEditor,
  closePreview,
  previewTab,
  rawLines,
  unflaggedChanges,
  readDisk,
  setSetting,
  waitFor,
  waitForDiagnostics,
  waitForText,
  workspaceFile,
} from './helpers';

const has =
  (rule: string, count = 1) =>
  (diagnostics: vscode.Diagnostic[]) =>
    ofRule(diagnostics, rule).length >= count;
const lacks = (rule: string) => (diagnostics: vscode.Diagnostic[]) => ofRule(diagnostics, rule).length === 0;

async function quickFixes(uri: vscode.Uri, diagnostic: vscode.Diagnostic): Promise<vscode.CodeAction[]> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
    'vscode.executeCodeActionProvider',
    uri,
    diagnostic.range,
    vscode.CodeActionKind.QuickFix.value,
  );
  return actions;
}

suite('Copydesk extension', function () {
  this.timeout(90_000);

  suiteTeardown(async () => {
    // Revert what the tests left unsaved, so that closing asks nothing.
    for (const document of vscode.workspace.textDocuments.filter((d) => d.isDirty)) {
      await vscode.window.showTextDocument(document);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  test('activates on its languages only, and lints an article once one is open', async () => {
    const ext = extension();
    const events = (ext.packageJSON as { activationEvents?: string[] }).activationEvents ?? [];
    assert.deepEqual([...events].sort(), ['onLanguage:article', 'onLanguage:markdown', 'onLanguage:plaintext']);
    assert.ok((await vscode.languages.getLanguages()).includes('article'), 'the article language is contributed');
    const editor = await openInEditor(workspaceFile('ferry.article'));
    assert.equal(editor.document.languageId, 'article', '.article files get the article language');
    // Diagnostics can only come from an activated extension with a running server.
    await waitForDiagnostics(editor.document.uri, 'a lexical-illusion finding', has('lexical-illusion'));
    assert.equal(ext.isActive, true);
  });

  test('contributes its commands', async () => {
    const commands = await vscode.commands.getCommands(true);
    for (const id of [
      'copydesk.fixAll',
      'copydesk.restartServer',
      'copydesk.showOutput',
      'copydesk.lintWorkspace',
      'copydesk.compareWithSource',
      'copydesk.linkToSource',
    ]) {
      assert.ok(commands.includes(id), `${id} is registered`);
    }
  });

  test('diagnostics describe themselves: source, rule id, doc link, severity', async () => {
    const uri = workspaceFile('ferry.article');
    await openInEditor(uri);
    const diagnostics = await waitForDiagnostics(uri, 'findings', has('unattributed-number'));
    const [repeat] = ofRule(diagnostics, 'lexical-illusion');
    assert.ok(repeat, describeDiagnostics(diagnostics));
    assert.equal(repeat.source, 'copydesk');
    assert.equal(repeat.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(repeat.range.start.line, 6);
    const code = repeat.code;
    assert.ok(typeof code === 'object' && code.value === 'lexical-illusion', 'the code is the rule id, with a link');
    const document = await vscode.workspace.openTextDocument(uri);
    assert.equal(document.getText(repeat.range), 'the');
  });

  test('the language status item counts what the Problems panel lists, and hints apart', async () => {
    const api = extension().exports;
    const editor = await openInEditor(workspaceFile('counts.txt'));
    const isHint = (d: vscode.Diagnostic) => d.severity === vscode.DiagnosticSeverity.Hint;
    const diagnostics = await waitForDiagnostics(
      editor.document.uri,
      'a warning and hints',
      (ds) => has('lexical-illusion')(ds) && ds.filter(isHint).length >= 2,
    );
    const hints = diagnostics.filter(isHint).length;
    const problems = diagnostics.length - hints;
    const expected = `Copydesk: ${problems} problem${problems === 1 ? '' : 's'} · ${hints} hints`;
    const snapshot = await waitFor(
      `status "${expected}"`,
      () => {
        const s = api.status();
        return s.state === 'running' && s.text === expected ? s : undefined;
      },
      [api.onDidChangeStatus],
      undefined,
      () => JSON.stringify(api.status()),
    );
    assert.match(snapshot.text, /^Copydesk: \d+ problems? · \d+ hints?$/);
    assert.deepEqual(snapshot.counts, { problems, hints });
    assert.equal(snapshot.findings, diagnostics.length);
    assert.equal(snapshot.busy, false);
    // A document with no hints says its problems only.
    const ferry = await openInEditor(workspaceFile('ferry.article'));
    const ferryDiagnostics = await waitForDiagnostics(ferry.document.uri, 'findings', has('unattributed-number'));
    assert.equal(ferryDiagnostics.filter(isHint).length, 0, describeDiagnostics(ferryDiagnostics));
    await waitFor(
      'the status for ferry.article',
      () => (api.status().text === `Copydesk: ${ferryDiagnostics.length} problems` ? true : undefined),
      [api.onDidChangeStatus],
      undefined,
      () => JSON.stringify(api.status()),
    );
  });

  test('.article documents wrap by default (configurationDefaults)', () => {
    const editor = vscode.workspace.getConfiguration('editor', { languageId: 'article' });
    assert.equal(editor.get('wordWrap'), 'on');
    assert.equal(editor.inspect('wordWrap')?.defaultLanguageValue, 'on', 'the default comes from the extension');
  });

  test('a rule link opens the rule page in the Markdown preview, from the diagnostic and from the hover', async () => {
    const uri = workspaceFile('ferry.article');
    await openInEditor(uri);
    const [repeat] = ofRule(await waitForDiagnostics(uri, 'a repeated word', has('lexical-illusion')), 'lexical-illusion');
    assert.ok(repeat);
    const code = repeat.code;
    assert.ok(typeof code === 'object', 'the code carries a link');
    assert.equal(code.target.scheme, 'command');
    assert.equal(code.target.path, 'copydesk.showRuleDoc');
    const args = JSON.parse(code.target.query) as unknown[];
    assert.deepEqual(args, ['lexical-illusion']);
    // What a click on the link does (VS Code opens diagnostic code links with commands allowed).
    const preview = waitFor('the preview of lexical-illusion.md', () => previewTab('lexical-illusion.md'), [
      vscode.window.tabGroups.onDidChangeTabs,
    ]);
    assert.equal(await vscode.commands.executeCommand(code.target.path, ...args), 'preview');
    assert.ok((await preview).input instanceof vscode.TabInputWebview);
    await closePreview('lexical-illusion.md');
    // The hover's link to the page takes the same way.
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, repeat.range.start);
    const markdown = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(markdown, /\(command:copydesk\.showRuleDoc\?/, markdown);
    assert.doesNotMatch(markdown, /\(file:\/\//, 'no link to a file VS Code would open as source');
  });

  test('"Copydesk: Show Rule Documentation" opens a page, and says so for an unknown rule', async () => {
    const api = extension().exports;
    const preview = waitFor('the preview of boilerplate.md', () => previewTab('boilerplate.md'), [
      vscode.window.tabGroups.onDidChangeTabs,
    ]);
    assert.equal(await api.showRuleDoc('boilerplate'), 'preview');
    await preview;
    await closePreview('boilerplate.md');
    assert.equal(await api.showRuleDoc('no-such-rule'), 'no-page');
    assert.equal(await api.showRuleDoc('../../package'), 'no-page', 'a rule id, never a path');
  });

  test('.copydesk.json is validated against the configuration schema', async () => {
    // In a folder of its own, so that this configuration applies to no fixture.
    const uri = workspaceFile('schema-check/.copydesk.json');
    const text = '{\n  "rules": {\n    "no-such-rule": "warning",\n    "boilerplate": "loud"\n  }\n}\n';
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    const editor = await openInEditor(uri);
    assert.equal(editor.document.languageId, 'json');
    const problems = await waitFor(
      'schema problems for an unknown rule and a bad severity',
      () => {
        const all = vscode.languages.getDiagnostics(uri).filter((d) => d.source !== 'copydesk');
        const at = (needle: string) => all.find((d) => editor.document.getText(d.range).includes(needle));
        const unknown = at('no-such-rule');
        const severity = at('loud');
        return unknown && severity ? { unknown, severity } : undefined;
      },
      [vscode.languages.onDidChangeDiagnostics],
      undefined,
      () =>
        vscode.languages
          .getDiagnostics(uri)
          .map((d) => `${d.source ?? '?'}: ${d.message}`)
          .join(' | '),
    );
    assert.match(problems.unknown.message, /not allowed/i);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  test('the server is started with the settings and the workspace trust', () => {
    const options = extension().exports.initializationOptions();
    assert.equal(options.trusted, true, 'trust is off in the test profile, so the workspace counts as trusted');
    assert.equal(options.enable, true);
    assert.deepEqual(options.languages, ['article', 'markdown', 'plaintext']);
    assert.equal(options.run, 'onType');
  });

  test('a quick fix mends the finding and touches nothing else', async () => {
    const uri = await freshCopy('ferry.article', 'quick-fix.article');
    const editor = await openInEditor(uri);
    const before = editor.document.getText();
    const [repeat] = ofRule(await waitForDiagnostics(uri, 'a repeated word', has('lexical-illusion')), 'lexical-illusion');
    assert.ok(repeat);
    const actions = await quickFixes(uri, repeat);
    const fix = actions.find((a) => a.title === 'Delete the repeated "the"');
    assert.ok(
      fix?.edit,
      `the quick fix among: ${actions.map((a) => `${a.title} [${describeDiagnostics(a.diagnostics ?? [])}]`).join(' | ')}`,
    );
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    const after = await waitForText(editor.document, 'the fix to apply', (t) => t !== before);
    assert.ok(after.includes('at the naval dockyard'), after);
    assert.ok(!after.includes('the the'));
    assert.deepEqual(changedLines(before, after), [6], 'only the flagged line changed');
    await waitForDiagnostics(uri, 'the repeated word to be gone', lacks('lexical-illusion'));
    assert.equal(ofRule(copydeskDiagnostics(uri), 'unattributed-number').length, 1, 'the other finding stays');
  });

  test('"Disable ... for this line" adds a directive that silences the rule there', async () => {
    const uri = await freshCopy('ferry.article', 'disable-line.article');
    const editor = await openInEditor(uri);
    const [figure] = ofRule(
      await waitForDiagnostics(uri, 'an unattributed figure', has('unattributed-number')),
      'unattributed-number',
    );
    assert.ok(figure);
    const line = figure.range.start.line;
    const actions = await quickFixes(uri, figure);
    const disable = actions.find((a) => a.title === 'Disable unattributed-number for this line');
    assert.ok(disable?.edit, `a disable action among: ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(disable.edit));
    const text = await waitForText(editor.document, 'the directive', (t) => t.includes('copydesk-disable-next-line'));
    const lines = text.split('\n');
    assert.equal(lines[line], '<!-- copydesk-disable-next-line unattributed-number -->');
    assert.ok(lines[line + 1]?.startsWith('Passenger numbers on the route fell by 38 percent'), lines[line + 1]);
    const after = await waitForDiagnostics(uri, 'the figure to be silenced', lacks('unattributed-number'));
    assert.equal(ofRule(after, 'lexical-illusion').length, 1, 'other rules still report');
  });

  test('changing copydesk.rules changes severities, and "off" removes findings', async () => {
    const uri = await freshCopy('ferry.article', 'severity.article');
    await openInEditor(uri);
    const isSeverity = (severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) =>
      ofRule(ds, 'lexical-illusion').length === 1 && ofRule(ds, 'lexical-illusion').every((d) => d.severity === severity);
    await waitForDiagnostics(uri, 'a warning', isSeverity(vscode.DiagnosticSeverity.Warning));
    try {
      await setSetting('copydesk.rules', { 'lexical-illusion': 'error' });
      await waitForDiagnostics(uri, 'the repeated word as an error', isSeverity(vscode.DiagnosticSeverity.Error));
      await setSetting('copydesk.rules', { 'lexical-illusion': { severity: 'hint' } });
      await waitForDiagnostics(uri, 'the repeated word as a hint', isSeverity(vscode.DiagnosticSeverity.Hint));
      await setSetting('copydesk.rules', { 'lexical-illusion': 'off' });
      const off = await waitForDiagnostics(uri, 'the rule to be off', lacks('lexical-illusion'));
      assert.ok(has('unattributed-number')(off), 'other rules still report');
    } finally {
      await setSetting('copydesk.rules', undefined);
    }
    await waitForDiagnostics(uri, 'the default severity again', isSeverity(vscode.DiagnosticSeverity.Warning));
  });

  test('copydesk.rule.<id> (the Settings UI) sets a severity over copydesk.rules; "default" gives it back', async () => {
    const uri = await freshCopy('ferry.article', 'per-rule.article');
    await openInEditor(uri);
    const inspected = vscode.workspace.getConfiguration('copydesk').inspect('rule.lexical-illusion');
    assert.equal(inspected?.defaultValue, 'default', 'a contributed setting, unset by default');
    const isSeverity = (severity: vscode.DiagnosticSeverity) => (ds: vscode.Diagnostic[]) =>
      ofRule(ds, 'lexical-illusion').length === 1 && ofRule(ds, 'lexical-illusion').every((d) => d.severity === severity);
    await waitForDiagnostics(uri, 'a warning', isSeverity(vscode.DiagnosticSeverity.Warning));
    try {
      await setSetting('copydesk.rule.lexical-illusion', 'error');
      await waitForDiagnostics(uri, 'the repeated word as an error', isSeverity(vscode.DiagnosticSeverity.Error));
      await setSetting('copydesk.rules', { 'lexical-illusion': 'hint' });
      await setSetting('copydesk.rule.lexical-illusion', 'info');
      await waitForDiagnostics(
        uri,
        'the per-rule setting over copydesk.rules',
        isSeverity(vscode.DiagnosticSeverity.Information),
      );
      await setSetting('copydesk.rule.lexical-illusion', 'default');
      await waitForDiagnostics(uri, 'copydesk.rules again', isSeverity(vscode.DiagnosticSeverity.Hint));
      await setSetting('copydesk.rule.lexical-illusion', 'off');
      const off = await waitForDiagnostics(uri, 'the rule to be off', lacks('lexical-illusion'));
      assert.ok(has('unattributed-number')(off), 'other rules still report');
    } finally {
      await setSetting('copydesk.rule.lexical-illusion', undefined);
      await setSetting('copydesk.rules', undefined);
    }
    await waitForDiagnostics(uri, 'the default severity again', isSeverity(vscode.DiagnosticSeverity.Warning));
  });

  test('copydesk.enable: false clears the findings, true brings them back', async () => {
    const uri = workspaceFile('ferry.article');
    await openInEditor(uri);
    await waitForDiagnostics(uri, 'findings', has('lexical-illusion'));
    try {
      await setSetting('copydesk.enable', false);
      await waitForDiagnostics(uri, 'no findings', (ds) => ds.length === 0);
    } finally {
      await setSetting('copydesk.enable', undefined);
    }
    await waitForDiagnostics(uri, 'findings again', has('lexical-illusion'));
  });

  test('copydesk.maxDiagnostics keeps the most severe and one notice that counts the rest', async () => {
    // Eight paragraphs of hints (weasel words, an adverb), and one line of page furniture (a warning) near the end.
    const paragraphs = Array.from(
      { length: 8 },
      (_, i) => `Paragraph ${i + 1}: the vote was very close and the mayor was really quite pleased.`,
    );
    paragraphs.splice(7, 0, 'Read more: Council votes on the new budget');
    const uri = workspaceFile('many-findings.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(`${paragraphs.join('\n\n')}\n`));
    await openInEditor(uri);
    const all = await waitForDiagnostics(uri, 'findings', (ds) => has('boilerplate')(ds) && ds.length > 8);
    const notice = (ds: vscode.Diagnostic[]) => ds.find((d) => d.code === undefined);
    assert.equal(notice(all), undefined, 'no notice under the default limit');
    try {
      await setSetting('copydesk.maxDiagnostics', 2);
      const capped = await waitForDiagnostics(uri, 'two and the notice', (ds) => ds.length === 3 && notice(ds) !== undefined);
      assert.match(notice(capped)?.message ?? '', new RegExp(`shows 2 of the ${all.length} findings`));
      assert.ok(has('boilerplate')(capped), 'the warning is kept over the hints before it');
    } finally {
      await setSetting('copydesk.maxDiagnostics', undefined);
    }
    await waitForDiagnostics(uri, 'every finding again', (ds) => ds.length === all.length && notice(ds) === undefined);
  });

  test('the scraped article: boilerplate, teasers and the title conflict; fix-all and save mend only the flagged lines', async () => {
    const uri = workspaceFile('scraped-article.txt');
    const editor = await openInEditor(uri);
    assert.equal(editor.document.languageId, 'plaintext');
    const original = await readDisk(uri);
    const diagnostics = await waitForDiagnostics(
      uri,
      'the boilerplate block, eight teasers and the title conflict',
      (ds) => has('boilerplate')(ds) && has('truncated-teaser', 8)(ds) && has('inconsistent-title')(ds),
    );
    const [block] = ofRule(diagnostics, 'boilerplate');
    assert.ok(block);
    assert.ok(editor.document.getText(block.range).startsWith('You may also like'), 'the block starts at its heading');
    const teaserLines = ofRule(diagnostics, 'truncated-teaser').map((d) => editor.document.lineAt(d.range.start.line).text);
    assert.ok(
      teaserLines.every((t) => t.endsWith('...')),
      teaserLines.join('\n'),
    );
    const flagged = flaggedLines(diagnostics);

    await vscode.commands.executeCommand('editor.action.fixAll');
    const fixed = await waitForText(editor.document, 'fix-all to apply', (t) => !t.includes('You may also like'));
    assert.ok(await editor.document.save(), 'saved');
    const saved = await readDisk(uri);
    assert.equal(saved, fixed, 'what was saved is what the editor shows');

    assert.ok(!saved.includes('You may also like'), 'the block is gone');
    for (const teaser of teaserLines) assert.ok(!saved.includes(teaser), `teaser removed: ${teaser}`);
    const changed = changedLines(original, saved);
    assert.ok(changed.length > 0);
    assert.deepEqual(unflaggedChanges(original, saved, flagged), [], 'every line that no finding flagged is kept byte for byte');
    assert.ok(rawLines(saved).length < rawLines(original).length, 'lines were removed');

    const after = await waitForDiagnostics(
      uri,
      'boilerplate and teaser findings to be gone',
      (ds) => lacks('boilerplate')(ds) && lacks('truncated-teaser')(ds),
    );
    assert.ok(has('inconsistent-title')(after), 'the title conflict has no safe fix, so it stays for a person to decide');
  });

  test('editor.codeActionsOnSave with source.fixAll.copydesk fixes on save', async () => {
    const uri = await freshCopy('save-fix.txt', 'fix-on-save.txt');
    const editor = await openInEditor(uri);
    const flagged = flaggedLines(await waitForDiagnostics(uri, 'the boilerplate block', has('boilerplate')));
    const original = editor.document.getText();
    try {
      await setSetting('editor.codeActionsOnSave', { 'source.fixAll.copydesk': 'explicit' });
      const line = editor.document.lineAt(2);
      const start = line.text.indexOf('nine');
      assert.ok(start > 0);
      assert.ok(await editor.edit((b) => b.replace(new vscode.Range(2, start, 2, start + 4), 'ten')));
      assert.ok(await editor.document.save(), 'saved');
    } finally {
      await setSetting('editor.codeActionsOnSave', undefined);
    }
    const saved = await readDisk(uri);
    assert.ok(saved.includes('open until ten in the evening'), 'the typed change was saved');
    assert.ok(!saved.includes('Read more'), `the block was removed on save:\n${saved}`);
    assert.ok(!saved.includes('visi...'), 'the teasers went with it');
    assert.ok(changedLines(original, saved).includes(2), 'the edited line changed');
    flagged.add(2);
    assert.deepEqual(unflaggedChanges(original, saved, flagged), [], 'only the edited line and the flagged block changed');
    await waitForDiagnostics(uri, 'the block finding to be gone', lacks('boilerplate'));
  });

  test('the "Copydesk: Fix All" command applies the safe fixes of the active editor', async () => {
    const uri = await freshCopy('save-fix.txt', 'fix-all-command.txt');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, 'the boilerplate block', has('boilerplate'));
    const outcome = await vscode.commands.executeCommand<string>('copydesk.fixAll');
    assert.equal(outcome, 'code-action');
    const text = await waitForText(editor.document, 'the block to be removed', (t) => !t.includes('Read more'));
    assert.ok(text.startsWith('Library Extends Opening Hours Over Winter'));
    assert.ok(text.includes('paid for from the existing budget.'));
    await waitForDiagnostics(uri, 'the block finding to be gone', lacks('boilerplate'));
  });

  test('"Copydesk: Lint Workspace" reports files that are not open in the Problems panel', async () => {
    const notes = workspaceFile('notes.md');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === notes.toString()), 'notes.md is not open');
    assert.equal(copydeskDiagnostics(notes).length, 0);
    const summary = await vscode.commands.executeCommand<{
      files: number;
      findings: number;
      problems: number;
      hints: number;
      cancelled: boolean;
    }>('copydesk.lintWorkspace');
    assert.ok(summary.files >= 5, `files linted: ${summary.files}`);
    assert.ok(summary.findings > 0);
    assert.equal(summary.cancelled, false);
    // Counted from VS Code's diagnostics: problems as the Problems panel lists them, hints apart, all the server found.
    assert.ok(summary.problems > 0 && summary.hints > 0, JSON.stringify(summary));
    assert.equal(summary.problems + summary.hints, summary.findings, JSON.stringify(summary));
    const diagnostics = await waitForDiagnostics(notes, 'the repeated word in the unopened file', has('lexical-illusion'));
    assert.equal(ofRule(diagnostics, 'lexical-illusion')[0]?.range.start.line, 2);
  });

  test('a rewrite linked by its directive shows the drift findings, with related locations in the source file', async () => {
    const uri = workspaceFile('harbour-local.txt');
    const source = workspaceFile('harbour-wire.txt');
    await openInEditor(uri);
    const drifted = (ds: vscode.Diagnostic[]) => has('drift-figure')(ds) && has('drift-title')(ds) && has('drift-quote')(ds);
    const diagnostics = await waitForDiagnostics(uri, 'the drift findings', drifted);
    const sourceDocument = await vscode.workspace.openTextDocument(source);
    const expected: Record<string, string> = {
      'drift-figure': '$12 million plan',
      'drift-title': 'Deputy Mayor Tom Reyes',
      'drift-quote': '"The channel has been silting up for a decade,"',
    };
    for (const [rule, words] of Object.entries(expected)) {
      const [finding] = ofRule(diagnostics, rule);
      const related = finding?.relatedInformation?.[0];
      assert.ok(related, `${rule} has a related location`);
      assert.equal(related.location.uri.toString(), source.toString(), `${rule}: in the source file`);
      assert.equal(sourceDocument.getText(related.location.range), words, `${rule}: on the source's words`);
    }
    // The hover keeps the source's words (the quick fix that restores them is named there).
    const [figure] = ofRule(diagnostics, 'drift-figure');
    assert.ok(figure);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, figure.range.start);
    const hoverText = hovers
      .flatMap((h) => h.contents)
      .map((c) => (typeof c === 'string' ? c : c.value))
      .join('\n');
    assert.match(hoverText, /\$12 million/, hoverText);
    const restore = (await quickFixes(uri, figure)).find((a) => a.title.startsWith("Restore the source's figure"));
    assert.ok(restore, 'the quick fix that restores the figure');

    // The source's buffer, edited and not saved, is what the rewrite is checked against.
    const editor = await vscode.window.showTextDocument(sourceDocument, { preview: false });
    const at = sourceDocument.getText().indexOf('$12 million');
    const range = new vscode.Range(sourceDocument.positionAt(at), sourceDocument.positionAt(at + 3));
    assert.ok(await editor.edit((b) => b.replace(range, '$15')));
    await waitForDiagnostics(
      uri,
      'the figure to agree with the edited source',
      (ds) => lacks('drift-figure')(ds) && has('drift-title')(ds),
    );
    await vscode.commands.executeCommand('workbench.action.files.revert');
    await waitForDiagnostics(uri, 'the figure finding again', drifted);
  });

  test('"Copydesk: Compare with Source" opens the source and the rewrite side by side in a diff editor', async () => {
    const uri = workspaceFile('harbour-local.txt');
    const source = workspaceFile('harbour-wire.txt');
    await openInEditor(uri);
    await waitForDiagnostics(uri, 'the drift findings', has('drift-figure'));
    const diffTab = () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find(
          (tab) =>
            tab.input instanceof vscode.TabInputTextDiff &&
            tab.input.original.toString() === source.toString() &&
            tab.input.modified.toString() === uri.toString(),
        );
    const opened = waitFor('the diff editor of source and rewrite', diffTab, [vscode.window.tabGroups.onDidChangeTabs]);
    assert.equal(await vscode.commands.executeCommand('copydesk.compareWithSource'), 'diff');
    const tab = await opened;
    assert.match(tab.label, /harbour-wire\.txt \(source\) ↔ harbour-local\.txt/);
    // Looked up again to close it: a tab object goes stale when its label settles.
    const current = diffTab();
    if (current) await vscode.window.tabGroups.close(current);
    // A document that names no source says so instead.
    await openInEditor(workspaceFile('counts.txt'));
    assert.equal(await vscode.commands.executeCommand('copydesk.compareWithSource'), 'no-source');
  });

  test('"Copydesk: Link to Source…" writes the front matter key, and the drift findings follow', async () => {
    const uri = await freshCopy('harbour-unlinked.md', 'harbour-linked.md');
    const editor = await openInEditor(uri);
    const api = extension().exports;
    assert.equal(await api.sourceOf(editor.document), null, 'no source named yet');
    const outcome = await vscode.commands.executeCommand('copydesk.linkToSource', workspaceFile('harbour-wire.txt'));
    assert.equal(outcome, 'linked');
    const text = await waitForText(editor.document, 'the link', (t) => t.includes('source: harbour-wire.txt'));
    assert.ok(text.startsWith('---\ntitle: Dredging to Start in Port Ellis Channel\nsource: harbour-wire.txt\n---\n'), text);
    const [figure] = ofRule(await waitForDiagnostics(uri, 'the drift figure', has('drift-figure')), 'drift-figure');
    assert.equal(figure?.relatedInformation?.[0]?.location.uri.toString(), workspaceFile('harbour-wire.txt').toString());
    const found = await api.sourceOf(editor.document);
    assert.equal(found?.via, 'front-matter');
    assert.equal(found?.written, 'harbour-wire.txt');
  });

  test('the quick fixes that write .copydesk.json: applied from the list, the document linted again, the entry in the file', async () => {
    // A folder with its own configuration, so that nothing here reaches the other tests' documents.
    const configUri = workspaceFile('config-fixes/.copydesk.json');
    await vscode.workspace.fs.writeFile(configUri, new TextEncoder().encode('{}\n'));
    const uri = workspaceFile('config-fixes/story.txt');
    await vscode.workspace.fs.copy(workspaceFile('config-fixes.txt'), uri, { overwrite: true });
    await openInEditor(uri);
    const apply = async (rule: string, title: string, settled: (ds: vscode.Diagnostic[]) => boolean): Promise<void> => {
      const [finding] = ofRule(await waitForDiagnostics(uri, `a ${rule} finding`, has(rule)), rule);
      assert.ok(finding);
      const actions = await quickFixes(uri, finding);
      const action = actions.find((a) => a.title === title);
      assert.ok(action, `"${title}" among: ${actions.map((a) => a.title).join(' | ')}`);
      if (action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), `${title}: the edit applies`);
      if (action.command)
        await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
      await waitForDiagnostics(uri, `the effect of "${title}"`, settled);
    };
    await apply('weasel-word', 'Ignore "very" in this project', lacks('weasel-word'));
    await apply('inconsistent-title', 'Always call Helen Varga "Mayor"', (ds) =>
      ofRule(ds, 'inconsistent-title').some((d) => d.message.includes('the people option')),
    );
    await apply('inconsistent-title', 'Ignore this finding', lacks('inconsistent-title'));
    await apply('passive-voice', 'Turn off passive-voice in this project', lacks('passive-voice'));
    assert.equal(copydeskDiagnostics(uri).length, 0, describeDiagnostics(copydeskDiagnostics(uri)));

    const config = await vscode.workspace.openTextDocument(configUri);
    const written = JSON.parse(config.getText()) as {
      ignoreWords?: string[];
      ignoreFindings?: { rule: string; text: string; file: string }[];
      rules?: Record<string, unknown>;
    };
    assert.deepEqual(written.ignoreWords, ['very']);
    assert.deepEqual(written.ignoreFindings, [{ rule: 'inconsistent-title', text: 'former Mayor Varga', file: 'story.txt' }]);
    assert.deepEqual(written.rules, {
      'inconsistent-title': { people: { 'Helen Varga': 'Mayor' } },
      'passive-voice': 'off',
    });
    // VS Code leaves an edited file that was not open unsaved, as with any edit across files: saved, it stays as shown.
    assert.ok(await config.save());
    assert.deepEqual(JSON.parse(await readDisk(configUri)), written);
    assert.ok(!(await readDisk(uri)).includes('copydesk'), 'nothing written into the copy');
    await waitForDiagnostics(uri, 'still nothing after the save', (ds) => ds.length === 0);
  });

  test('"Copydesk: Restart Server" brings up a new server that lints edits', async () => {
    const api = extension().exports;
    const uri = await freshCopy('ferry.article', 'restart.article');
    const editor = await openInEditor(uri);
    await waitForDiagnostics(uri, 'findings', has('lexical-illusion'));
    const states: string[] = [];
    const sub = api.onDidChangeStatus((s) => states.push(s.state));
    try {
      await vscode.commands.executeCommand('copydesk.restartServer');
    } finally {
      sub.dispose();
    }
    assert.ok(states.includes('stopped') && states.includes('starting'), `states seen: ${states.join(', ')}`);
    assert.equal(api.status().state, 'running');
    const last = editor.document.lineCount - 1;
    assert.ok(await editor.edit((b) => b.insert(editor.document.lineAt(last).range.end, ' Crews will work a a new rota.')));
    await waitForDiagnostics(uri, 'a second repeated word', has('lexical-illusion', 2));
  });
});

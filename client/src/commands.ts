/** Fix All and Lint Workspace: the commands that talk to the server. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_COMMAND, LintFilesRequest, type FixAllCommandArgs, type LintFilesResult } from '../../server/src/protocol';

export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('copydesk');

/** What a Fix All run did: which way it went, for the log and the tests. */
export type FixAllOutcome = 'no-editor' | 'code-action' | 'server-command' | 'nothing-to-fix';

/**
 * Applies every safe fix in the active editor: the server's
 * `source.fixAll.copydesk` code action when it offers one, else its
 * `copydesk.applyFixAll` command.
 */
export async function fixAll(client: LanguageClient | undefined): Promise<FixAllOutcome> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open a document to fix.');
    return 'no-editor';
  }
  const document = editor.document;
  const whole = new vscode.Range(0, 0, document.lineCount, 0);
  const actions =
    (await vscode.commands.executeCommand<vscode.CodeAction[] | undefined>(
      'vscode.executeCodeActionProvider',
      document.uri,
      whole,
      FIX_ALL_KIND.value,
      1,
    )) ?? [];
  const action = actions.find((a) => a.kind && FIX_ALL_KIND.contains(a.kind) && (a.edit || a.command));
  if (action) {
    if (action.edit && !(await vscode.workspace.applyEdit(action.edit))) {
      throw new Error('Copydesk: the editor refused the fix-all edit (was the document changed meanwhile?)');
    }
    if (action.command)
      await vscode.commands.executeCommand(action.command.command, ...((action.command.arguments ?? []) as unknown[]));
    return 'code-action';
  }
  if (!client?.isRunning()) return 'nothing-to-fix';
  const args: FixAllCommandArgs = { uri: document.uri.toString(), version: document.version };
  const result = (await client.sendRequest(ExecuteCommandRequest.type, { command: FIX_ALL_COMMAND, arguments: [args] })) as {
    fixed?: number;
  } | null;
  return result && typeof result.fixed === 'number' && result.fixed > 0 ? 'server-command' : 'nothing-to-fix';
}

export const LINTED_FILES_GLOB = '**/*.{txt,md,markdown,article}';
const EXCLUDED_GLOB = '**/{node_modules,.git}/**';
export const LINT_BATCH_SIZE = 50;

export interface LintWorkspaceSummary extends LintFilesResult {
  cancelled: boolean;
}

/** Finds the workspace's articles and has the server lint them from disk, in batches, with progress. */
export async function lintWorkspace(client: LanguageClient): Promise<LintWorkspaceSummary> {
  const summary: LintWorkspaceSummary = { files: 0, findings: 0, skipped: [], cancelled: false };
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Copydesk: open a folder to lint a workspace.');
    return summary;
  }
  await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: 'Copydesk: linting the workspace', cancellable: true },
    async (progress, token) => {
      const found = await vscode.workspace.findFiles(LINTED_FILES_GLOB, EXCLUDED_GLOB, undefined, token);
      const uris = found
        .filter((u) => u.scheme === 'file')
        .map((u) => u.toString())
        .sort();
      for (let i = 0; i < uris.length; i += LINT_BATCH_SIZE) {
        if (token.isCancellationRequested) {
          summary.cancelled = true;
          break;
        }
        const batch = uris.slice(i, i + LINT_BATCH_SIZE);
        progress.report({
          message: `${i + batch.length} of ${uris.length} files`,
          increment: (100 * batch.length) / uris.length,
        });
        const result = await client.sendRequest(LintFilesRequest, { uris: batch }, token);
        summary.files += result.files;
        summary.findings += result.findings;
        summary.skipped.push(...result.skipped);
      }
    },
  );
  const skipped = summary.skipped.length ? `, ${summary.skipped.length} skipped` : '';
  const message = `Copydesk: ${summary.findings} finding${summary.findings === 1 ? '' : 's'} in ${summary.files} file${
    summary.files === 1 ? '' : 's'
  }${skipped}${summary.cancelled ? ' (cancelled)' : ''}.`;
  client.info(message);
  for (const s of summary.skipped) client.info(`skipped ${s.uri}: ${s.reason}`);
  if (summary.findings > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(message);
  return summary;
}

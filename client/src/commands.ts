/** Fix All and Lint Workspace: the commands that talk to the server. */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { FIX_ALL_COMMAND, LintFilesRequest, type FixAllCommandArgs, type LintFilesResult } from '../../server/src/protocol';
import { copydeskDiagnostics, countDiagnostics, describeCounts, type Counts } from './status';

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

/**
 * How long Lint Workspace waits, after the server's answer, for the
 * diagnostics of the files it read from disk to reach VS Code. They are sent
 * before the answer and only converted on the client, so this is a safety
 * net: a count taken after it may miss a file that never arrived (logged).
 */
const PUBLISH_WAIT_MS = 10_000;

export interface LintWorkspaceSummary extends LintFilesResult, Counts {
  cancelled: boolean;
}

/**
 * Resolves once every URI in `expected` has been published (`published`
 * fires with a URI when its diagnostics are set), or after `timeoutMs`;
 * returns the URIs that never came.
 */
function waitForPublished(
  expected: Set<string>,
  seen: Set<string>,
  published: vscode.Event<string>,
  timeoutMs: number,
): Promise<string[]> {
  const missing = (): string[] => [...expected].filter((u) => !seen.has(u));
  return new Promise((resolve) => {
    if (missing().length === 0) return resolve([]);
    const done = (): void => {
      clearTimeout(timer);
      subscription.dispose();
      resolve(missing());
    };
    const subscription = published(() => {
      if (missing().length === 0) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}

/**
 * Finds the workspace's articles and has the server lint them from disk, in
 * batches, with progress. The counts are read from VS Code's diagnostics (as
 * the Problems panel shows them), not from the server's total, so they say
 * what the panel lists and give hints apart.
 */
export async function lintWorkspace(client: LanguageClient, published: vscode.Event<string>): Promise<LintWorkspaceSummary> {
  const summary: LintWorkspaceSummary = { files: 0, findings: 0, problems: 0, hints: 0, skipped: [], cancelled: false };
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showInformationMessage('Copydesk: open a folder to lint a workspace.');
    return summary;
  }
  const seen = new Set<string>();
  const listening = published((uri) => seen.add(uri));
  const linted: string[] = [];
  try {
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
          const skipped = new Set(result.skipped.map((s) => s.uri));
          linted.push(...batch.filter((u) => !skipped.has(u)));
        }
      },
    );
    // Open documents get their diagnostics by pull; the others were published from disk.
    const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.toString()));
    const late = await waitForPublished(new Set(linted.filter((u) => !open.has(u))), seen, published, PUBLISH_WAIT_MS);
    for (const uri of late) client.warn(`Lint Workspace: no diagnostics arrived for ${uri}; it is not counted`);
  } finally {
    listening.dispose();
  }
  for (const uri of linted) {
    const counts = countDiagnostics(copydeskDiagnostics(vscode.Uri.parse(uri)));
    summary.problems += counts.problems;
    summary.hints += counts.hints;
  }
  const skipped = summary.skipped.length ? `, ${summary.skipped.length} skipped` : '';
  const message = `Copydesk: ${describeCounts(summary)} in ${summary.files} file${summary.files === 1 ? '' : 's'}${skipped}${
    summary.cancelled ? ' (cancelled)' : ''
  }.`;
  client.info(message);
  for (const s of summary.skipped) client.info(`skipped ${s.uri}: ${s.reason}`);
  if (summary.problems > 0) await vscode.commands.executeCommand('workbench.actions.view.problems');
  void vscode.window.showInformationMessage(message);
  return summary;
}

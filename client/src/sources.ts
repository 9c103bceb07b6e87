/**
 * "Copydesk: Compare with Source" and "Copydesk: Link to Source…". The source's path comes from the server
 * (`copydesk/sourceOf`), which resolves it exactly as a lint does (the document's own link, else the configuration's
 * `sources` map, with the workspace-trust rules), so the client never resolves a link itself. Writing a link uses
 * the engine's pure link reader (link.ts).
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { SourceOfRequest, type SourceOfResult } from '../../server/src/protocol';
import { linkEdit, relativeLink } from './link';

export const COMPARE_COMMAND = 'copydesk.compareWithSource';
export const LINK_COMMAND = 'copydesk.linkToSource';

/** What "Compare with Source" did, for the tests. */
export type CompareOutcome = 'no-editor' | 'no-source' | 'unreadable' | 'diff';
/** What "Link to Source…" did. */
export type LinkOutcome = 'no-editor' | 'cancelled' | 'linked' | 'refused';

/** The source the server found for `document`, or null when it names none (or the server does not know it). */
export async function sourceOf(client: LanguageClient, document: vscode.TextDocument): Promise<SourceOfResult | null> {
  const uri = client.code2ProtocolConverter.asUri(document.uri);
  return client.sendRequest(SourceOfRequest, { textDocument: { uri } });
}

function baseName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

/** Opens the active document's source and the document side by side: source on the left, rewrite on the right. */
export async function compareWithSource(client: LanguageClient): Promise<CompareOutcome> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open a rewrite to compare it with its source.');
    return 'no-editor';
  }
  const document = editor.document;
  const source = await sourceOf(client, document);
  if (!source) {
    // Not awaited: the command's outcome does not wait for a person to answer.
    void vscode.window
      .showInformationMessage(
        'Copydesk: this document names no source. Link one with a directive, front matter or .copydesk.json.',
        'Link to Source…',
      )
      .then((pick) => (pick ? vscode.commands.executeCommand(LINK_COMMAND) : undefined));
    return 'no-source';
  }
  if (source.problem !== undefined) {
    void vscode.window.showWarningMessage(`Copydesk: the source "${source.written}" cannot be opened: ${source.problem}.`);
    return 'unreadable';
  }
  const left = client.protocol2CodeConverter.asUri(source.uri);
  const title = `${baseName(source.written)} (source) ↔ ${baseName(document.uri.path)}`;
  await vscode.commands.executeCommand('vscode.diff', left, document.uri, title, { preview: false });
  return 'diff';
}

/**
 * Links the active document to a source: `target` when given (the tests, or another extension), else a file the
 * person picks. The path is written relative to the document: front matter `source:` in Markdown, the directive
 * elsewhere; an existing link gets the new path.
 */
export async function linkToSource(target?: unknown): Promise<LinkOutcome> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) {
    void vscode.window.showInformationMessage('Copydesk: open the rewrite to link, then run "Link to Source…" again.');
    return 'no-editor';
  }
  const document = editor.document;
  let source = target instanceof vscode.Uri ? target : undefined;
  if (!source) {
    const folder = document.uri.scheme === 'file' ? vscode.Uri.joinPath(document.uri, '..') : undefined;
    const picked = await vscode.window.showOpenDialog({
      canSelectMany: false,
      canSelectFolders: false,
      openLabel: 'Link as Source',
      title: `The source ${baseName(document.uri.path)} was rewritten from`,
      ...(folder ? { defaultUri: folder } : {}),
      filters: { 'Text and Markdown': ['txt', 'md', 'markdown', 'article', 'text'], 'All files': ['*'] },
    });
    source = picked?.[0];
  }
  if (!source) return 'cancelled';
  const sameKind = document.uri.scheme === source.scheme && document.uri.authority === source.authority;
  const path =
    sameKind && document.uri.scheme === 'file' ? relativeLink(document.uri.path, source.path, source.fsPath) : source.fsPath;
  let edit;
  try {
    edit = linkEdit(document.getText(), document.languageId === 'markdown' ? 'markdown' : 'text', path);
  } catch (error) {
    void vscode.window.showWarningMessage(`Copydesk: ${error instanceof Error ? error.message : String(error)}`);
    return 'refused';
  }
  const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
  const applied = await editor.edit((builder) => builder.replace(range, edit.newText));
  return applied ? 'linked' : 'refused';
}

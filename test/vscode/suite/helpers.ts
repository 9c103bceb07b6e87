/**
 * Helpers for the integration suite. Every wait is on an event (with a
 * timeout): nothing sleeps.
 */
import * as vscode from 'vscode';
import type { CopydeskApi } from '../../../client/src/extension';

export const EXTENSION_ID = 'copydesk.copydesk';
export const DEFAULT_TIMEOUT = 30_000;

export function extension(): vscode.Extension<CopydeskApi> {
  const ext = vscode.extensions.getExtension<CopydeskApi>(EXTENSION_ID);
  if (!ext) throw new Error(`extension ${EXTENSION_ID} is not installed`);
  return ext;
}

export function ruleOf(d: vscode.Diagnostic): string | undefined {
  const code = d.code;
  if (code === undefined) return undefined;
  return typeof code === 'object' ? String(code.value) : String(code);
}

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'copydesk');
}

export function ofRule(diagnostics: readonly vscode.Diagnostic[], rule: string): vscode.Diagnostic[] {
  return diagnostics.filter((d) => ruleOf(d) === rule);
}

export function describeDiagnostics(diagnostics: readonly vscode.Diagnostic[]): string {
  if (diagnostics.length === 0) return '(none)';
  return diagnostics
    .map((d) => `${ruleOf(d) ?? '?'}@${d.range.start.line}:${d.range.start.character} ${vscode.DiagnosticSeverity[d.severity]}`)
    .join(', ');
}

/**
 * Resolves with the first value `probe` returns other than undefined: at once,
 * or when one of `events` fires. Rejects after `timeoutMs`, saying what it
 * waited for and what it last saw.
 */
export function waitFor<T>(
  what: string,
  probe: () => T | undefined,
  events: vscode.Event<unknown>[],
  timeoutMs = DEFAULT_TIMEOUT,
  lastSeen?: () => string,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const subscriptions: vscode.Disposable[] = [];
    let done = false;
    const finish = (): void => {
      done = true;
      clearTimeout(timer);
      for (const s of subscriptions) s.dispose();
    };
    const check = (): void => {
      if (done) return;
      let value: T | undefined;
      try {
        value = probe();
      } catch (error) {
        finish();
        reject(error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (value !== undefined) {
        finish();
        resolve(value);
      }
    };
    const timer = setTimeout(() => {
      if (done) return;
      finish();
      reject(new Error(`timed out after ${timeoutMs} ms waiting for ${what}${lastSeen ? `; last seen: ${lastSeen()}` : ''}`));
    }, timeoutMs);
    for (const event of events) subscriptions.push(event(check));
    check();
  });
}

/** Waits until the document's Copydesk diagnostics satisfy `predicate`, and returns them. */
export function waitForDiagnostics(
  uri: vscode.Uri,
  what: string,
  predicate: (diagnostics: vscode.Diagnostic[]) => boolean,
  timeoutMs = DEFAULT_TIMEOUT,
): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `${what} in ${uri.path.split('/').pop() ?? uri.path}`,
    () => {
      const diagnostics = copydeskDiagnostics(uri);
      return predicate(diagnostics) ? diagnostics : undefined;
    },
    [vscode.languages.onDidChangeDiagnostics],
    timeoutMs,
    () => describeDiagnostics(copydeskDiagnostics(uri)),
  );
}

/** Waits until the document's text satisfies `predicate`. */
export function waitForText(document: vscode.TextDocument, what: string, predicate: (text: string) => boolean): Promise<string> {
  return waitFor(
    what,
    () => (predicate(document.getText()) ? document.getText() : undefined),
    [vscode.workspace.onDidChangeTextDocument],
    DEFAULT_TIMEOUT,
    () => JSON.stringify(document.getText().slice(0, 200)),
  );
}

export function workspaceRoot(): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the suite needs a workspace folder');
  return folder.uri;
}

export function workspaceFile(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/** Copies a workspace file to a new name, so that each test edits its own document. */
export async function freshCopy(source: string, target: string): Promise<vscode.Uri> {
  const to = workspaceFile(target);
  await vscode.workspace.fs.copy(workspaceFile(source), to, { overwrite: true });
  return to;
}

export async function openInEditor(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(uri);
  return vscode.window.showTextDocument(document, { preview: false });
}

export async function readDisk(uri: vscode.Uri): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
}

/** Updates a workspace-level setting and resolves once VS Code has applied it. */
export async function setSetting(section: string, value: unknown): Promise<void> {
  const dot = section.lastIndexOf('.');
  const changed = waitFor(
    `setting ${section} to apply`,
    () =>
      JSON.stringify(vscode.workspace.getConfiguration().inspect(section)?.workspaceValue) === JSON.stringify(value)
        ? true
        : undefined,
    [vscode.workspace.onDidChangeConfiguration],
  );
  await vscode.workspace
    .getConfiguration(section.slice(0, dot))
    .update(section.slice(dot + 1), value, vscode.ConfigurationTarget.Workspace);
  await changed;
}

/** Lines with their line breaks, so that a changed line ending counts as a change. */
export function rawLines(text: string): string[] {
  return text.match(/[^\r\n]*(?:\r\n|\r|\n)|[^\r\n]+$/g) ?? [];
}

/**
 * The 0-based indexes of the lines of `before` that are not kept, byte for
 * byte and in order, in `after` (a longest-common-subsequence diff by lines).
 */
export function changedLines(before: string, after: string): number[] {
  const a = rawLines(before);
  const b = rawLines(after);
  const n = a.length;
  const m = b.length;
  const lcs: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    const row = lcs[i] as number[];
    const next = lcs[i + 1] as number[];
    for (let j = m - 1; j >= 0; j--) {
      row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
    }
  }
  const changed: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n) {
    if (j < m && a[i] === b[j]) {
      i++;
      j++;
    } else if (j < m && (lcs[i]?.[j + 1] ?? 0) >= (lcs[i + 1]?.[j] ?? 0)) {
      j++;
    } else {
      changed.push(i);
      i++;
    }
  }
  return changed;
}

/** Every line that a diagnostic covers, from its first to its last line. */
export function flaggedLines(diagnostics: readonly vscode.Diagnostic[]): Set<number> {
  const lines = new Set<number>();
  for (const d of diagnostics) {
    // A range that ends at column 0 of a line does not touch that line's text.
    const last = d.range.end.character === 0 && d.range.end.line > d.range.start.line ? d.range.end.line - 1 : d.range.end.line;
    for (let line = d.range.start.line; line <= last; line++) lines.add(line);
  }
  return lines;
}

/** Whether a line is blank (its line break aside). */
function isBlankLine(line: string | undefined): boolean {
  return line !== undefined && line.trim() === '';
}

/**
 * The changed lines (of `before`) that no diagnostic flagged. Blank lines
 * right next to a flagged run are let through: deleting a block also takes
 * the blank line it would leave doubled (see the boilerplate rule's fix).
 */
export function unflaggedChanges(before: string, after: string, flagged: ReadonlySet<number>): string[] {
  const lines = rawLines(before);
  const allowed = new Set(flagged);
  for (const line of flagged) {
    for (const step of [-1, 1]) {
      for (let i = line + step; isBlankLine(lines[i]) && !flagged.has(i); i += step) allowed.add(i);
    }
  }
  return changedLines(before, after)
    .filter((line) => !allowed.has(line))
    .map((line) => `${line}: ${JSON.stringify(lines[line])}`);
}

/** The Markdown preview tab of a file named `name` (VS Code's built-in preview), when one is open. */
export function previewTab(name: string): vscode.Tab | undefined {
  return vscode.window.tabGroups.all
    .flatMap((group) => group.tabs)
    .find(
      (tab) =>
        tab.input instanceof vscode.TabInputWebview &&
        tab.input.viewType.includes('markdown.preview') &&
        tab.label.includes(name),
    );
}

/** Closes the preview tab of `name` (looked up again: a tab object goes stale when its label settles). */
export async function closePreview(name: string): Promise<void> {
  const tab = previewTab(name);
  if (tab) await vscode.window.tabGroups.close(tab);
}

/** The language status item: the server's state and the active document's counts, as the Problems panel has them. */
import * as vscode from 'vscode';

export type ServerState = 'starting' | 'running' | 'stopped';

export interface StatusSnapshot {
  state: ServerState;
  text: string;
  detail: string | undefined;
  busy: boolean;
  /** Findings in the active document, when one is linted. */
  findings: number | undefined;
  /** Of those, what the Problems panel lists (errors, warnings, information) and the hints it leaves out. */
  counts: Counts | undefined;
}

/** Copydesk's diagnostics carry this source. */
export const DIAGNOSTIC_SOURCE = 'copydesk';

export function copydeskDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source?.toLowerCase() === DIAGNOSTIC_SOURCE);
}

/**
 * Problems are what the Problems panel lists: errors, warnings and
 * information. Hints are left out of the panel (VS Code only dots them in
 * the editor), so they are counted apart.
 */
export interface Counts {
  problems: number;
  hints: number;
}

export function countDiagnostics(diagnostics: readonly vscode.Diagnostic[]): Counts {
  let hints = 0;
  for (const d of diagnostics) if (d.severity === vscode.DiagnosticSeverity.Hint) hints++;
  return { problems: diagnostics.length - hints, hints };
}

/** "3 problems · 5 hints", "1 problem", "no problems" (hints only when there are some). */
export function describeCounts(counts: Counts): string {
  const problems = `${counts.problems === 0 ? 'no' : counts.problems} problem${counts.problems === 1 ? '' : 's'}`;
  return counts.hints === 0 ? problems : `${problems} · ${counts.hints} hint${counts.hints === 1 ? '' : 's'}`;
}

export class StatusItem implements vscode.Disposable {
  private item: vscode.LanguageStatusItem;
  private state: ServerState = 'stopped';
  private stateDetail: string | undefined;
  private readonly changed = new vscode.EventEmitter<StatusSnapshot>();
  private readonly disposables: vscode.Disposable[] = [];
  readonly onDidChange = this.changed.event;

  constructor(
    selector: vscode.DocumentSelector,
    private readonly isEnabled: (document: vscode.TextDocument) => boolean,
  ) {
    this.item = this.create(selector);
    this.disposables.push(
      this.changed,
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (active && event.uris.some((u) => u.toString() === active)) this.update();
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    );
    this.update();
  }

  /** The selector changes when `copydesk.languages` does. */
  setSelector(selector: vscode.DocumentSelector): void {
    this.item.dispose();
    this.item = this.create(selector);
    this.update();
  }

  setState(state: ServerState, detail?: string): void {
    this.state = state;
    this.stateDetail = detail;
    this.update();
  }

  snapshot(): StatusSnapshot {
    const document = vscode.window.activeTextEditor?.document;
    const diagnostics =
      this.state === 'running' && document && this.isEnabled(document) ? copydeskDiagnostics(document.uri) : undefined;
    const counts = diagnostics && countDiagnostics(diagnostics);
    let text: string;
    let detail: string | undefined;
    switch (this.state) {
      case 'starting':
        text = 'Copydesk: starting';
        detail = 'The language server is starting';
        break;
      case 'stopped':
        text = 'Copydesk: stopped';
        detail = this.stateDetail ?? 'The language server is not running';
        break;
      case 'running':
        if (document && !this.isEnabled(document)) {
          text = 'Copydesk: off';
          detail = 'copydesk.enable is off for this document';
        } else {
          text = counts === undefined ? 'Copydesk' : `Copydesk: ${describeCounts(counts)}`;
          detail = counts && counts.hints > 0 ? 'Hints are not in the Problems panel' : 'The language server is running';
        }
        break;
    }
    return { state: this.state, text, detail, busy: this.state === 'starting', findings: diagnostics?.length, counts };
  }

  private create(selector: vscode.DocumentSelector): vscode.LanguageStatusItem {
    const item = vscode.languages.createLanguageStatusItem('copydesk.status', selector);
    item.name = 'Copydesk';
    return item;
  }

  private update(): void {
    const snap = this.snapshot();
    this.item.text = snap.text;
    this.item.detail = snap.detail;
    this.item.busy = snap.busy;
    this.item.severity =
      snap.state === 'stopped' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.command =
      snap.state === 'stopped'
        ? { title: 'Restart', command: 'copydesk.restartServer' }
        : { title: 'Show Output', command: 'copydesk.showOutput' };
    this.changed.fire(snap);
  }

  dispose(): void {
    this.item.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

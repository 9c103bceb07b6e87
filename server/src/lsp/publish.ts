/**
 * Pushing diagnostics: a document's own, and the problems of a broken
 * `.copydesk.json`, which get a diagnostic on the file itself and one warning
 * message. A document's diagnostics never cover a broken config file's.
 */
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  MessageType,
  ShowMessageNotification,
  type Connection,
  type Diagnostic,
} from 'vscode-languageserver';
import { describeProblems, type LoadedConfig } from '../config-file';
import { SOURCE } from './convert';
import { uriToPath } from './files';

export class Publisher {
  /** Config files reported as broken, with the problems reported. */
  private readonly configReports = new Map<string, string>();
  private readonly shownMessages = new Set<string>();

  constructor(private readonly connection: Connection) {}

  /** Resolves when the message has been written out (a large one leaves a pipe in pieces, over several turns). */
  publish(uri: string, diagnostics: Diagnostic[], version?: number): Promise<void> {
    return this.connection.sendDiagnostics(version === undefined ? { uri, diagnostics } : { uri, version, diagnostics });
  }

  /**
   * A document's own diagnostics; never over the problems reported on a broken `.copydesk.json` open in the editor.
   * Resolves when they have been written out.
   */
  publishDocument(uri: string, diagnostics: Diagnostic[], version?: number): Promise<void> {
    const path = uriToPath(uri);
    if (path && this.configReports.has(path)) return Promise.resolve();
    return this.publish(uri, diagnostics, version);
  }

  /** A broken `.copydesk.json`: a diagnostic on the file itself and one warning message; linting goes on. */
  noteConfig(loaded: LoadedConfig): void {
    const signature = loaded.problems.join('\n');
    const previous = this.configReports.get(loaded.path);
    if (previous === signature || (previous === undefined && signature === '')) return;
    const uri = pathToFileURL(loaded.path).href;
    if (signature === '') {
      this.configReports.delete(loaded.path);
      void this.publish(uri, []);
      return;
    }
    this.configReports.set(loaded.path, signature);
    // Each problem on the offending key (or the JSON error's place); a file that could not be read, at its start.
    const start = { line: 0, character: 0 };
    const placed =
      loaded.located.length > 0
        ? loaded.located.map((p) => ({ message: p.message, range: p.range }))
        : loaded.problems.map((message) => ({ message, range: { start, end: start } }));
    void this.publish(
      uri,
      placed.map(({ message, range }) => ({
        range,
        severity: DiagnosticSeverity.Warning,
        source: SOURCE,
        message: `${message}; Copydesk uses the defaults for it`,
      })),
    );
    for (const line of describeProblems(loaded)) this.connection.console.warn(`copydesk: ${line}`);
    const key = `${loaded.path}\n${signature}`;
    if (!this.shownMessages.has(key)) {
      this.shownMessages.add(key);
      const first = loaded.problems[0] ?? '';
      const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : '';
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Warning,
        message: `Copydesk: ${loaded.path}: ${first}${more}. Linting goes on with the defaults.`,
      });
    }
  }
}

/**
 * The open documents, kept in sync incrementally. A small replacement for
 * `TextDocuments` that checks every notification's shape first: a malformed
 * change is logged and dropped instead of corrupting the text or throwing.
 */
import type { Connection, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isInteger, isObject, isRange } from './validate';

export interface DocumentEvents {
  onOpen(doc: TextDocument): void;
  onChange(doc: TextDocument): void;
  onSave(doc: TextDocument): void;
  onClose(uri: string): void;
}

export class DocumentStore {
  private readonly docs = new Map<string, TextDocument>();
  /** When each document last changed (ms since epoch), for the pull-mode debounce. */
  private readonly changedAt = new Map<string, number>();

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  lastChange(uri: string): number | undefined {
    return this.changedAt.get(uri);
  }

  listen(connection: Connection, events: DocumentEvents): void {
    const warn = (message: string): void => connection.console.error(`copydesk: ignored ${message}`);
    connection.onDidOpenTextDocument((params: unknown) => {
      const td = isObject(params) ? params.textDocument : undefined;
      if (
        !isObject(td) ||
        typeof td.uri !== 'string' ||
        typeof td.text !== 'string' ||
        typeof td.languageId !== 'string' ||
        !isInteger(td.version)
      ) {
        warn('textDocument/didOpen without { uri, languageId, version, text }');
        return;
      }
      const doc = TextDocument.create(td.uri, td.languageId, td.version, td.text);
      this.docs.set(td.uri, doc);
      events.onOpen(doc);
    });
    connection.onDidChangeTextDocument((params: unknown) => {
      const td = isObject(params) ? params.textDocument : undefined;
      const changes = isObject(params) ? params.contentChanges : undefined;
      if (!isObject(td) || typeof td.uri !== 'string' || !isInteger(td.version) || !Array.isArray(changes)) {
        warn('textDocument/didChange without { textDocument: { uri, version }, contentChanges: [] }');
        return;
      }
      const doc = this.docs.get(td.uri);
      if (!doc) {
        warn(`textDocument/didChange for a document that is not open: ${td.uri}`);
        return;
      }
      const valid = changes.every(
        (c: unknown) => isObject(c) && typeof c.text === 'string' && (c.range === undefined || isRange(c.range)),
      );
      if (!valid) {
        warn(`textDocument/didChange with a malformed change for ${td.uri} (each needs text, and range if incremental)`);
        return;
      }
      const updated = TextDocument.update(doc, changes as TextDocumentContentChangeEvent[], td.version);
      this.docs.set(td.uri, updated);
      this.changedAt.set(td.uri, Date.now());
      events.onChange(updated);
    });
    connection.onDidSaveTextDocument((params: unknown) => {
      const uri = isObject(params) && isObject(params.textDocument) ? params.textDocument.uri : undefined;
      const doc = typeof uri === 'string' ? this.docs.get(uri) : undefined;
      if (doc) events.onSave(doc);
    });
    connection.onDidCloseTextDocument((params: unknown) => {
      const uri = isObject(params) && isObject(params.textDocument) ? params.textDocument.uri : undefined;
      if (typeof uri !== 'string' || !this.docs.has(uri)) return;
      this.docs.delete(uri);
      this.changedAt.delete(uri);
      events.onClose(uri);
    });
  }
}

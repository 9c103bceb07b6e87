/**
 * The open documents, kept in sync incrementally. A small replacement for
 * `TextDocuments` that checks every notification's shape first: a malformed
 * change is logged and dropped instead of corrupting the text or throwing.
 *
 * Each text gets a revision of the server's own, increasing with every open
 * and change: caches key on it, never on the client's version number, which a
 * client may repeat or send backwards (the change is applied, and logged).
 */
import type { Connection, Range, TextDocumentContentChangeEvent } from 'vscode-languageserver';
import { performance } from 'node:perf_hooks';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { isInteger, isObject, isRange } from './validate';

/** The process's CPU time so far (user and system, all threads), in milliseconds. */
export function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * A part of a document that changed since the last look: `[start, end)` in the current text was
 * `[oldStart, oldEnd)` in the text looked at last.
 */
export interface TextChange {
  start: number;
  end: number;
  oldStart: number;
  oldEnd: number;
}

/**
 * The most separate changed regions kept: a few edits far apart (a run skipped while the server was busy) stay
 * apart; more are merged with their nearest neighbour, which only means more is converted again.
 */
const MAX_REGIONS = 8;

/**
 * The changed regions (sorted, disjoint, in the current text) after one more edit replaced `[from, to)` with
 * `length` characters. Outside the regions, the text is the old text moved by the regions before it.
 */
export function addEdit(regions: readonly TextChange[], from: number, to: number, length: number): TextChange[] {
  const delta = length - (to - from);
  const out: TextChange[] = [];
  let merged: TextChange | undefined;
  // Old offset of a current offset in the gap after the regions passed so far.
  let shift = 0;
  for (const r of regions) {
    if (r.end < from) {
      out.push(r);
      shift = r.end - r.oldEnd;
    } else if (r.start > to) {
      if (!merged) {
        merged = { start: from, end: from + length, oldStart: from - shift, oldEnd: to - shift };
        out.push(merged);
      }
      out.push({ start: r.start + delta, end: r.end + delta, oldStart: r.oldStart, oldEnd: r.oldEnd });
    } else {
      // Overlaps or touches the edit: one region from the earlier start to the later end.
      const start = merged ? merged.start : Math.min(from, r.start);
      const oldStart = merged ? merged.oldStart : r.start <= from ? r.oldStart : from - shift;
      const end = Math.max(to, r.end) + delta;
      const oldEnd = r.end >= to ? r.oldEnd : to - (r.end - r.oldEnd);
      if (merged) out.pop();
      merged = { start, end, oldStart, oldEnd };
      out.push(merged);
      shift = r.end - r.oldEnd;
    }
  }
  if (!merged) out.push({ start: from, end: from + length, oldStart: from - shift, oldEnd: to - shift });
  while (out.length > MAX_REGIONS) {
    // Merge the two neighbours with the smallest gap between them.
    let at = 0;
    for (let i = 1; i < out.length - 1; i++) {
      const gap = (out[i + 1]?.start ?? 0) - (out[i]?.end ?? 0);
      if (gap < (out[at + 1]?.start ?? 0) - (out[at]?.end ?? 0)) at = i;
    }
    const a = out[at];
    const b = out[at + 1];
    if (!a || !b) break;
    out.splice(at, 2, { start: a.start, end: b.end, oldStart: a.oldStart, oldEnd: b.oldEnd });
  }
  return out;
}

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
  /**
   * When the change that made each document's current text arrived: performance.now() and the process's CPU time
   * (ms), for the timings.
   */
  private readonly arrivedAt = new Map<string, { at: number; cpu: number }>();

  /** When the current text's change (or open) arrived: performance.now(), and the process's CPU time in ms. */
  arrival(uri: string): { at: number; cpu: number } | undefined {
    return this.arrivedAt.get(uri);
  }
  private readonly revisions = new Map<string, number>();
  private lastRevision = 0;
  /** Documents dropped because a message about them was refused: their changes are ignored until reopened. */
  private readonly refused = new Set<string>();
  /** Documents whose version went backwards or stood still, logged once each. */
  private readonly versionWarned = new Set<string>();
  /** What changed in each document since `takeChange` was last called for it: regions, or all of it. */
  private readonly changes = new Map<string, TextChange[] | 'all'>();

  /** The regions changed since the last call (`all` after an open or a whole-text change); resets them. */
  takeChange(uri: string): TextChange[] | 'all' | undefined {
    const change = this.changes.get(uri);
    this.changes.delete(uri);
    return change;
  }

  get(uri: string): TextDocument | undefined {
    return this.docs.get(uri);
  }

  /** The server's revision of the document's current text (0 when not open). */
  revision(uri: string): number {
    return this.revisions.get(uri) ?? 0;
  }

  /** Whether `doc` is still the document's current text. */
  isCurrent(uri: string, revision: number): boolean {
    return this.revisions.get(uri) === revision;
  }

  /**
   * A message about the document was refused (too large): the server's copy can no longer follow the
   * editor's, so it is dropped. Returns whether it was open.
   */
  refuse(uri: string): boolean {
    this.refused.add(uri);
    this.changes.delete(uri);
    const open = this.docs.delete(uri);
    this.changedAt.delete(uri);
    this.revisions.delete(uri);
    return open;
  }

  private set(uri: string, doc: TextDocument): void {
    this.docs.set(uri, doc);
    this.revisions.set(uri, ++this.lastRevision);
    this.arrivedAt.set(uri, { at: performance.now(), cpu: cpuMs() });
  }

  all(): TextDocument[] {
    return [...this.docs.values()];
  }

  lastChange(uri: string): number | undefined {
    return this.changedAt.get(uri);
  }

  /** Follows the document notifications; `accept` says whether the server takes notifications now. */
  listen(connection: Connection, events: DocumentEvents, accept: () => boolean): void {
    const warn = (message: string): void => connection.console.error(`copydesk: ignored ${message}`);
    connection.onDidOpenTextDocument((params: unknown) => {
      if (!accept()) return;
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
      this.refused.delete(td.uri);
      this.set(td.uri, doc);
      this.changes.set(td.uri, 'all');
      events.onOpen(doc);
    });
    connection.onDidChangeTextDocument((params: unknown) => {
      if (!accept()) return;
      const td = isObject(params) ? params.textDocument : undefined;
      const changes = isObject(params) ? params.contentChanges : undefined;
      if (!isObject(td) || typeof td.uri !== 'string' || !isInteger(td.version) || !Array.isArray(changes)) {
        warn('textDocument/didChange without { textDocument: { uri, version }, contentChanges: [] }');
        return;
      }
      const doc = this.docs.get(td.uri);
      if (!doc) {
        if (!this.refused.has(td.uri)) warn(`textDocument/didChange for a document that is not open: ${td.uri}`);
        return;
      }
      const valid = changes.every(
        (c: unknown) => isObject(c) && typeof c.text === 'string' && (c.range === undefined || isRange(c.range)),
      );
      if (!valid) {
        warn(`textDocument/didChange with a malformed change for ${td.uri} (each needs text, and range if incremental)`);
        return;
      }
      if (td.version <= doc.version && !this.versionWarned.has(td.uri)) {
        this.versionWarned.add(td.uri);
        connection.console.warn(
          `copydesk: textDocument/didChange for ${td.uri}: version ${td.version} does not follow ${doc.version}; ` +
            'the change is applied and linted (versions should only increase)',
        );
      }
      // One change at a time, as TextDocument.update applies them, noting the region each one touches.
      let region = this.changes.get(td.uri) ?? [];
      let updated = doc;
      for (const change of changes as TextDocumentContentChangeEvent[]) {
        const range = (change as { range?: Range }).range;
        if (range && region !== 'all') {
          const a = updated.offsetAt(range.start);
          const b = updated.offsetAt(range.end);
          region = addEdit(region, Math.min(a, b), Math.max(a, b), change.text.length);
        } else {
          region = 'all';
        }
        updated = TextDocument.update(updated, [change], td.version);
      }
      this.changes.set(td.uri, region);
      this.set(td.uri, updated);
      this.changedAt.set(td.uri, Date.now());
      events.onChange(updated);
    });
    connection.onDidSaveTextDocument((params: unknown) => {
      if (!accept()) return;
      const uri = isObject(params) && isObject(params.textDocument) ? params.textDocument.uri : undefined;
      const doc = typeof uri === 'string' ? this.docs.get(uri) : undefined;
      if (doc) events.onSave(doc);
    });
    connection.onDidCloseTextDocument((params: unknown) => {
      if (!accept()) return;
      const uri = isObject(params) && isObject(params.textDocument) ? params.textDocument.uri : undefined;
      if (typeof uri === 'string') this.refused.delete(uri);
      if (typeof uri !== 'string' || !this.docs.has(uri)) return;
      this.docs.delete(uri);
      this.changedAt.delete(uri);
      this.revisions.delete(uri);
      this.versionWarned.delete(uri);
      this.changes.delete(uri);
      this.arrivedAt.delete(uri);
      events.onClose(uri);
    });
  }
}

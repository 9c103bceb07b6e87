/**
 * `textDocument/codeAction` and the fix-all command: which findings a request
 * is about, and the actions for them (built by actions.ts).
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FIX_ALL_COMMAND, type DiagnosticData, type FixAllCommandResult } from '../protocol';
import {
  diagnosticsAt,
  disableActions,
  FIX_ALL_KIND,
  fixAllAction,
  fixAllTextEdits,
  kindAllowed,
  quickFixes,
  workspaceEdit,
  type ActionContext,
} from './actions';
import type { ServerContext } from './context';
import { SOURCE } from './convert';
import type { Analyzer } from './document-state';
import { supportsDocumentChanges } from './options';
import { documentUri, invalidParams, isInteger, isObject, isRange, isStringArray, requireRange } from './validate';

/** Rule, message and range: what identifies a diagnostic the client sends back. */
function diagnosticKey(code: unknown, message: unknown, range: Range): string {
  const { start, end } = range;
  return `${String(code)}\n${String(message)}\n${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The server's diagnostics that the client's `sent` ones stand for (same rule, message and range). */
export function matchDiagnostics(own: readonly Diagnostic[], sent: readonly unknown[]): Diagnostic[] {
  if (sent.length === 0) return [];
  const byKey = new Map<string, Diagnostic>();
  for (const d of own) byKey.set(diagnosticKey(d.code, d.message, d.range), d);
  const out: Diagnostic[] = [];
  for (const d of sent) {
    if (!isObject(d) || d.source !== SOURCE || !isRange(d.range)) continue;
    const match = byKey.get(diagnosticKey(d.code, d.message, d.range));
    if (match && !out.includes(match)) out.push(match);
  }
  return out;
}

/** A position moved inside the document (LSP clamps a character past the line's end to the end). */
export function clampPosition(doc: TextDocument, p: Position): Position {
  return doc.positionAt(doc.offsetAt(p));
}

export class CodeActions {
  constructor(
    private readonly ctx: ServerContext,
    private readonly analyzer: Analyzer,
  ) {}

  private actionContext(doc: TextDocument, only?: string[]): ActionContext {
    const ctx: ActionContext = { doc, documentChanges: supportsDocumentChanges(this.ctx.client) };
    if (only) ctx.only = only;
    return ctx;
  }

  async codeActions(params: unknown): Promise<CodeAction[]> {
    const uri = documentUri(params);
    const range = requireRange(params);
    const doc = this.ctx.docs.get(uri);
    if (!doc) return [];
    const context = isObject(params) && isObject(params.context) ? params.context : {};
    const only = isStringArray(context.only) ? context.only : undefined;
    const wantQuick = kindAllowed(CodeActionKind.QuickFix, only);
    const wantFixAll = kindAllowed(FIX_ALL_KIND, only);
    if (!wantQuick && !wantFixAll) return [];
    const analysis = await this.analyzer.analyze(doc);
    // The document changed while it was linted: the client asks again for the new text.
    if (!this.ctx.docs.isCurrent(uri, analysis.revision)) return [];

    const ctx = this.actionContext(doc, only);
    const actions: CodeAction[] = [];
    if (wantQuick) {
      // The client's diagnostics say which findings it asks about; the edits always come from the server's own
      // analysis of the current text, so a stale or forged `data` (an edit at line 1e9 or -7) builds nothing.
      const own = analysis.diagnostics.filter((d) => d.code !== undefined);
      const sent = Array.isArray(context.diagnostics) ? (context.diagnostics as unknown[]) : [];
      let chosen = matchDiagnostics(own, sent);
      if (chosen.length === 0) {
        chosen = diagnosticsAt(own, { start: clampPosition(doc, range.start), end: clampPosition(doc, range.end) });
      }
      const items = chosen.map((d) => ({ diagnostic: d, data: d.data as DiagnosticData }));
      actions.push(...quickFixes(ctx, items));
      actions.push(...disableActions(ctx, chosen));
    }
    if (wantFixAll && analysis.index) {
      const fixAll = fixAllAction(ctx, analysis.findings, analysis.index);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  /** `workspace/executeCommand` with FIX_ALL_COMMAND: every fix-all edit, through `workspace/applyEdit`. */
  async executeCommand(params: unknown): Promise<FixAllCommandResult> {
    const command = isObject(params) ? params.command : undefined;
    if (command !== FIX_ALL_COMMAND) throw invalidParams(`unknown command: ${String(command)}`);
    const args = isObject(params) && Array.isArray(params.arguments) ? (params.arguments as unknown[]) : [];
    const arg = args[0];
    const uri = typeof arg === 'string' ? arg : isObject(arg) && typeof arg.uri === 'string' ? arg.uri : undefined;
    const wanted = isObject(arg) && isInteger(arg.version) ? arg.version : undefined;
    if (!uri) throw invalidParams(`${FIX_ALL_COMMAND} takes one argument: { uri, version? }`);
    const doc = this.ctx.docs.get(uri);
    if (!doc) throw invalidParams(`${FIX_ALL_COMMAND}: the document is not open: ${uri}`);
    const version = doc.version;
    if (wanted !== undefined && wanted !== version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${version}, not ${wanted}`);
    }
    const analysis = await this.analyzer.analyze(doc);
    if (!this.ctx.docs.isCurrent(uri, analysis.revision) || !analysis.index) return { applied: false, fixed: 0 };
    const { edits, fixed } = fixAllTextEdits(analysis.findings, analysis.index);
    if (edits.length === 0) return { applied: false, fixed: 0 };
    const edit = workspaceEdit(this.actionContext(doc), edits);
    const result = await this.ctx.connection.workspace.applyEdit({ label: 'Copydesk: fix all', edit });
    return { applied: result.applied, fixed: result.applied ? fixed : 0 };
  }
}

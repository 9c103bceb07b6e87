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
import { readDiagnosticData } from './convert';
import type { Analysis, Analyzer } from './document-state';
import { supportsDocumentChanges } from './options';
import { documentUri, invalidParams, isInteger, isObject, isStringArray, requireRange } from './validate';

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
    const version = doc.version;
    const context = isObject(params) && isObject(params.context) ? params.context : {};
    const only = isStringArray(context.only) ? context.only : undefined;
    const wantQuick = kindAllowed(CodeActionKind.QuickFix, only);
    const wantFixAll = kindAllowed(FIX_ALL_KIND, only);
    if (!wantQuick && !wantFixAll) return [];

    // The client's own diagnostics carry their fixes, when they belong to this version.
    const sent = Array.isArray(context.diagnostics) ? (context.diagnostics as unknown[]) : [];
    let items = sent.flatMap((d) => {
      const data = readDiagnosticData(d);
      return data && data.version === version ? [{ diagnostic: d as Diagnostic, data }] : [];
    });
    let analysis: Analysis | undefined;
    if (items.length === 0 && wantQuick) {
      analysis = await this.analyzer.analyze(doc);
      if (analysis.version !== version || doc.version !== version) return [];
      const clamped = { start: clampPosition(doc, range.start), end: clampPosition(doc, range.end) };
      items = diagnosticsAt(
        analysis.diagnostics.filter((d) => d.code !== undefined),
        clamped,
      ).map((d) => ({ diagnostic: d, data: d.data as DiagnosticData }));
    }
    const ctx = this.actionContext(doc, only);
    const actions: CodeAction[] = [];
    if (wantQuick) {
      actions.push(...quickFixes(ctx, items));
      actions.push(
        ...disableActions(
          ctx,
          items.map((i) => i.diagnostic),
        ),
      );
    }
    if (wantFixAll) {
      analysis ??= await this.analyzer.analyze(doc);
      if (analysis.version !== version || doc.version !== version) return [];
      if (analysis.index) {
        const fixAll = fixAllAction(ctx, analysis.findings, analysis.index);
        if (fixAll) actions.push(fixAll);
      }
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
    if (analysis.version !== doc.version || !analysis.index) return { applied: false, fixed: 0 };
    const { edits, fixed } = fixAllTextEdits(analysis.findings, analysis.index);
    if (edits.length === 0) return { applied: false, fixed: 0 };
    const edit = workspaceEdit(this.actionContext(doc), edits);
    const result = await this.ctx.connection.workspace.applyEdit({ label: 'Copydesk: fix all', edit });
    return { applied: result.applied, fixed: result.applied ? fixed : 0 };
  }
}

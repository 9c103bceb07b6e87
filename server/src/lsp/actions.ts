/**
 * Code actions. Each carries its own `edit` (no client-side commands): the
 * rules' quick fixes, "disable for this line/file" directives, and
 * `source.fixAll.copydesk` with every safe, non-overlapping fix.
 */
import {
  CodeActionKind,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
  type SnippetTextEdit,
  type TextEdit,
  type WorkspaceEdit,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { directiveComment, dominantEol, fixAllEdits, type Finding, type LineIndex } from '../core';
import type { DiagnosticData, FixData } from '../protocol';
import { toRange, toTextEdits } from './convert';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

export interface ActionContext {
  doc: TextDocument;
  /** The client applies `documentChanges` (versioned edits); else plain `changes`. */
  documentChanges: boolean;
  /** The client applies snippet edits (LSP 3.18 `SnippetTextEdit`, inside `documentChanges`). */
  snippets?: boolean;
  only?: string[];
}

/**
 * The placeholder a fix inserts for a person to fill in (unattributed-number's "according to [SOURCE]"). Where the
 * client takes snippet edits, it becomes the snippet's placeholder, so the cursor lands on it, selected.
 */
export const FILL_IN = '[SOURCE]';

/** Escapes text for LSP snippet syntax (`$`, `}` and `\` are special). */
export function snippetEscape(text: string): string {
  return text.replace(/[\\$}]/g, '\\$&');
}

/** The fix's edits, with the first fill-in placeholder as a snippet tab stop where the client takes snippets. */
function fixEdits(ctx: ActionContext, fix: FixData): (TextEdit | SnippetTextEdit)[] {
  const edits = toTextEdits(fix);
  if (!ctx.snippets || !ctx.documentChanges) return edits;
  let placed = false;
  return edits.map((e) => {
    const at = e.newText.indexOf(FILL_IN);
    if (placed || at === -1) return e;
    placed = true;
    const before = snippetEscape(e.newText.slice(0, at));
    const after = snippetEscape(e.newText.slice(at + FILL_IN.length));
    return { range: e.range, snippet: { kind: 'snippet', value: `${before}\${1:${snippetEscape(FILL_IN)}}${after}` } };
  });
}

/** Whether an action of `kind` passes the request's `context.only` filter (a hierarchical prefix match). */
export function kindAllowed(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(`${o}.`));
}

export function workspaceEdit(ctx: ActionContext, edits: (TextEdit | SnippetTextEdit)[]): WorkspaceEdit {
  if (ctx.documentChanges) {
    return { documentChanges: [{ textDocument: { uri: ctx.doc.uri, version: ctx.doc.version }, edits }] };
  }
  return { changes: { [ctx.doc.uri]: edits.filter((e): e is TextEdit => 'newText' in e) } };
}

function compare(a: Position, b: Position): number {
  return a.line - b.line || a.character - b.character;
}

/** Ranges that overlap or touch (a cursor at either end of a finding counts). */
export function rangesTouch(a: Range, b: Range): boolean {
  return compare(a.start, b.end) <= 0 && compare(b.start, a.end) <= 0;
}

export function linesTouch(a: Range, b: Range): boolean {
  return a.start.line <= b.end.line && b.start.line <= a.end.line;
}

/**
 * The diagnostics a request is about: those overlapping its range; when none
 * does, those on the same lines (Neovim 0.7 sends byte columns, which miss on
 * lines with non-ASCII text).
 */
export function diagnosticsAt(diagnostics: readonly Diagnostic[], range: Range): Diagnostic[] {
  const overlapping = diagnostics.filter((d) => rangesTouch(d.range, range));
  return overlapping.length > 0 ? overlapping : diagnostics.filter((d) => linesTouch(d.range, range));
}

export function quickFixes(ctx: ActionContext, items: { diagnostic: Diagnostic; data: DiagnosticData }[]): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const { diagnostic, data } of items) {
    const preferred = data.fixes.findIndex((f) => f.safe);
    data.fixes.forEach((fix, i) => {
      if (fix.edits.length === 0) return;
      const action: CodeAction = {
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(ctx, fixEdits(ctx, fix)),
      };
      if (i === preferred) action.isPreferred = true;
      actions.push(action);
    });
  }
  return actions;
}

function lineText(doc: TextDocument, line: number): string {
  return doc
    .getText({ start: { line, character: 0 }, end: { line, character: Number.MAX_SAFE_INTEGER } })
    .replace(/\r?\n$|\r$/, '');
}

const NEXT_LINE = /^([ \t]*)<!--\s*copydesk-disable-next-line\b([^>]*?)\s*-->\s*$/;
const FILE_DIRECTIVE = /^([ \t]*)<!--\s*copydesk-disable-file\b([^>]*?)\s*-->\s*$/;

function namedRules(list: string | undefined): string[] {
  return (list ?? '').split(/[\s,]+/).filter(Boolean);
}

/** The line after Markdown front matter (a `---` block at the very top), or 0. */
export function lineAfterFrontMatter(doc: TextDocument): number {
  if (doc.languageId !== 'markdown' || lineText(doc, 0).trim() !== '---') return 0;
  for (let line = 1; line < doc.lineCount; line++) {
    const t = lineText(doc, line).trim();
    if (t === '---' || t === '...') return line + 1;
  }
  return 0;
}

/** "Disable RULE for this line": a directive on a new line above, or added to the directive already there. */
export function disableLineEdit(doc: TextDocument, rule: string, line: number, eol: string): TextEdit | undefined {
  if (line < lineAfterFrontMatter(doc)) return undefined; // a comment inside YAML front matter would break it
  const indent = /^[ \t]*/.exec(lineText(doc, line))?.[0] ?? '';
  if (line > 0) {
    const above = lineText(doc, line - 1);
    const m = NEXT_LINE.exec(above);
    const rules = namedRules(m?.[2]);
    if (m && rules.length > 0 && !rules.includes(rule)) {
      return {
        range: { start: { line: line - 1, character: 0 }, end: { line: line - 1, character: above.length } },
        newText: `${m[1] ?? ''}${directiveComment('disable-next-line', [...rules, rule].join(' '))}`,
      };
    }
  }
  const at = { line, character: 0 };
  return { range: { start: at, end: at }, newText: `${indent}${directiveComment('disable-next-line', rule)}${eol}` };
}

/** "Disable RULE for this file": a directive at the top (after front matter), or added to the one already there. */
export function disableFileEdit(doc: TextDocument, rule: string, eol: string): TextEdit {
  const line = lineAfterFrontMatter(doc);
  if (line < doc.lineCount) {
    const existing = lineText(doc, line);
    const m = FILE_DIRECTIVE.exec(existing);
    const rules = namedRules(m?.[2]);
    if (m && rules.length > 0 && !rules.includes(rule)) {
      return {
        range: { start: { line, character: 0 }, end: { line, character: existing.length } },
        newText: directiveComment('disable-file', [...rules, rule].join(' ')),
      };
    }
  }
  const comment = directiveComment('disable-file', rule);
  if (line >= doc.lineCount) {
    // Front matter closes on the last line, with no line break after it.
    const end = doc.positionAt(doc.getText().length);
    return { range: { start: end, end }, newText: `${eol}${comment}${eol}` };
  }
  // Keep a byte order mark first, if the client kept one in the text.
  const character =
    line === 0 && doc.getText({ start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }) === '\uFEFF' ? 1 : 0;
  const at = { line, character };
  return { range: { start: at, end: at }, newText: `${comment}${eol}` };
}

export function disableActions(ctx: ActionContext, diagnostics: readonly Diagnostic[]): CodeAction[] {
  const eol = dominantEol(ctx.doc.getText());
  const lineActions: CodeAction[] = [];
  const fileActions: CodeAction[] = [];
  const seenLine = new Set<string>();
  const seenFile = new Set<string>();
  for (const diagnostic of diagnostics) {
    const rule = String(diagnostic.code);
    const line = diagnostic.range.start.line;
    const lineKey = `${rule}@${line}`;
    if (!seenLine.has(lineKey)) {
      seenLine.add(lineKey);
      const edit = disableLineEdit(ctx.doc, rule, line, eol);
      if (edit) {
        lineActions.push({
          title: `Disable ${rule} for this line`,
          kind: CodeActionKind.QuickFix,
          diagnostics: [diagnostic],
          edit: workspaceEdit(ctx, [edit]),
        });
      }
    }
    if (!seenFile.has(rule)) {
      seenFile.add(rule);
      fileActions.push({
        title: `Disable ${rule} for this file`,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        edit: workspaceEdit(ctx, [disableFileEdit(ctx.doc, rule, eol)]),
      });
    }
  }
  return [...lineActions, ...fileActions];
}

/** The edits of fix-all as LSP edits, with the number of findings they fix. */
export function fixAllTextEdits(findings: readonly Finding[], index: LineIndex): { edits: TextEdit[]; fixed: number } {
  const { edits, fixed } = fixAllEdits(findings);
  return {
    edits: edits.map((e) => ({ range: toRange(index, e.start, e.end), newText: e.newText })),
    fixed: fixed.length,
  };
}

/** `source.fixAll.copydesk`, or nothing when no safe fix applies. */
export function fixAllAction(ctx: ActionContext, findings: readonly Finding[], index: LineIndex): CodeAction | undefined {
  const { edits, fixed } = fixAllTextEdits(findings, index);
  if (edits.length === 0) return undefined;
  return {
    title: `Fix all safe Copydesk problems (${fixed})`,
    kind: FIX_ALL_KIND,
    edit: workspaceEdit(ctx, edits),
  };
}

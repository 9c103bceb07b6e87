/**
 * Hover over a flagged range: what the rule found, why it matters, how to fix
 * it, and a link to the rule's page.
 */
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import { ruleById } from '../core';
import type { DiagnosticData } from '../protocol';

/** Escapes what Markdown would otherwise read as markup in rule messages. */
export function escapeMarkdown(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

function contains(d: Diagnostic, p: Position): boolean {
  const { start, end } = d.range;
  const afterStart = p.line > start.line || (p.line === start.line && p.character >= start.character);
  const beforeEnd = p.line < end.line || (p.line === end.line && p.character <= end.character);
  return afterStart && beforeEnd;
}

function describe(d: Diagnostic, markdown: boolean): string {
  const rule = String(d.code ?? '');
  const meta = ruleById(rule)?.meta;
  const fixes = (d.data as DiagnosticData | undefined)?.fixes ?? [];
  const href = d.codeDescription?.href;
  const esc = markdown ? escapeMarkdown : (s: string): string => s;
  const message = typeof d.message === 'string' ? d.message : d.message.value;
  const parts: string[] = [];
  parts.push(markdown ? `**${esc(message)}** (copydesk \`${rule}\`)` : `${message} (copydesk ${rule})`);
  if (meta?.rationale) parts.push(`${markdown ? '**Why it matters:**' : 'Why it matters:'} ${esc(meta.rationale)}`);
  const how =
    fixes.length > 0
      ? fixes.map((f) => `- ${esc(f.title)}${f.safe ? '' : markdown ? ' _(check before applying)_' : ' (check before applying)'}`)
      : ['- Edit the text by hand, or disable the rule for this line from the quick fixes.'];
  parts.push(`${markdown ? '**How to fix:**' : 'How to fix:'}\n${how.join('\n')}`);
  if (href) parts.push(markdown ? `[Rule documentation: ${rule}](${href})` : `Rule documentation: ${href}`);
  return parts.join('\n\n');
}

export function hoverAt(diagnostics: readonly Diagnostic[], position: Position, markdown: boolean): Hover | null {
  const hits = diagnostics.filter((d) => d.code !== undefined && contains(d, position));
  const first = hits[0];
  if (!first) return null;
  const value = hits.map((d) => describe(d, markdown)).join(markdown ? '\n\n---\n\n' : '\n\n');
  return {
    contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value },
    range: first.range,
  };
}

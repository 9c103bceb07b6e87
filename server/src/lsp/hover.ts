/**
 * Hover over a flagged range. The editor already shows the finding's message
 * beside the hover, so the hover names the finding once (the rule and what it
 * finds), then says why it matters and how to fix it in two short lines, and
 * links the rule's page. Findings stacked under the cursor share one hover:
 * each rule's why is said once, however many of its findings are there.
 */
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import { ruleById } from '../core';
import { ruleDocUrl } from './convert';
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

/** The first sentence of a rationale: the hover's "why" line. */
export function firstSentence(text: string): string {
  const m = /^.+?[.!?](?=\s+[\p{Lu}"“(]|$)/su.exec(text.trim());
  return (m?.[0] ?? text).trim();
}

/** One rule's part of the hover: the rule, why, how, and its page. */
function describeRule(rule: string, findings: readonly Diagnostic[], markdown: boolean, docsBase: string): string {
  const meta = ruleById(rule)?.meta;
  const esc = markdown ? escapeMarkdown : (s: string): string => s;
  const fixes = [...new Set(findings.flatMap((d) => ((d.data as DiagnosticData | undefined)?.fixes ?? []).map((f) => f.title)))];
  const what = meta ? esc(meta.description) : '';
  // The source is named, as editors stack hovers from several servers.
  const head = markdown
    ? `**${esc(rule)}** (copydesk)${what ? `: ${what}` : ''}`
    : `${rule} (copydesk)${what ? `: ${what}` : ''}`;
  const lines = [head];
  if (meta?.rationale) lines.push(`${markdown ? '_Why:_' : 'Why:'} ${esc(firstSentence(meta.rationale))}`);
  const how = fixes.length > 0 ? `${fixes.map(esc).join('; ')} (quick fix)` : 'edit by hand, or silence it from the quick fixes';
  lines.push(`${markdown ? '_Fix:_' : 'Fix:'} ${how}`);
  // From the rule, not the diagnostic: a client that declares no codeDescriptionSupport is sent no link there.
  const href = meta ? ruleDocUrl(docsBase, rule) : undefined;
  if (href) lines.push(markdown ? `[More about ${esc(rule)}](${href})` : `More: ${href}`);
  // Markdown needs two spaces to break a line inside a paragraph; a blank line would spread the parts apart.
  return lines.join(markdown ? '  \n' : '\n');
}

export function hoverAt(
  diagnostics: readonly Diagnostic[],
  position: Position,
  markdown: boolean,
  docsBase: string,
): Hover | null {
  const hits = diagnostics.filter((d) => d.code !== undefined && contains(d, position));
  const first = hits[0];
  if (!first) return null;
  const byRule = new Map<string, Diagnostic[]>();
  for (const d of hits) {
    const rule = String(d.code);
    const list = byRule.get(rule);
    if (list) list.push(d);
    else byRule.set(rule, [d]);
  }
  const value = [...byRule]
    .map(([rule, list]) => describeRule(rule, list, markdown, docsBase))
    .join(markdown ? '\n\n---\n\n' : '\n\n');
  // The range covered by every finding under the cursor, so the hover stays while the cursor is on any of them.
  // Where every finding under the cursor overlaps: the hover stays while the cursor is on all of them.
  let range = first.range;
  for (const d of hits) range = { start: maxPosition(range.start, d.range.start), end: minPosition(range.end, d.range.end) };
  return { contents: { kind: markdown ? MarkupKind.Markdown : MarkupKind.PlainText, value }, range };
}

function before(a: Position, b: Position): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function minPosition(a: Position, b: Position): Position {
  return before(b, a) ? b : a;
}

function maxPosition(a: Position, b: Position): Position {
  return before(a, b) ? b : a;
}

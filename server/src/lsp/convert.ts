/**
 * The one place where the engine's findings become LSP diagnostics. Offsets
 * are turned into positions here, with the article's own line index, and a
 * diagnostic with quick fixes carries them in `data`, for clients that show or
 * apply them themselves; one without carries no `data` (on a 1 MB document,
 * 95% of the diagnostics, whose `"data":{"fixes":[]}` was a tenth of every
 * publish).
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
  type TextEdit,
} from 'vscode-languageserver';
import { detach, ruleById, type ActiveSeverity, type Finding, type Fix, type LineIndex } from '../core';
import type { DiagnosticData, FixData } from '../protocol';

export const SOURCE = 'copydesk';

const SEVERITY: Record<ActiveSeverity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toSeverity(severity: ActiveSeverity): DiagnosticSeverity {
  return SEVERITY[severity];
}

export function toRange(index: LineIndex, start: number, end: number): Range {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

export function toFixData(index: LineIndex, fix: Fix): FixData {
  return {
    title: detach(fix.title),
    safe: fix.safe,
    auto: fix.auto === true,
    edits: fix.edits.map((e) => ({ range: toRange(index, e.start, e.end), newText: detach(e.newText) })),
  };
}

/** In a docs base, where the rule id goes: `https://example.org/rules/{rule}.html`. */
export const RULE_PLACEHOLDER = '{rule}';

/**
 * Where the rule links point by default: the rule pages rendered to HTML
 * (`dist/docs/rules/<id>.html`, made by tools/render-docs.ts at build time and
 * shipped beside the server), found by walking up from this file so that the
 * unbundled build finds them too; their `index.html` marks the folder. A
 * browser shows them readably, offline, for the installed version. Without
 * rendered pages (a build that skipped the bundle step), the Markdown pages.
 */
export function defaultDocsBase(): string {
  let markdown: string | undefined;
  let dir = __dirname;
  for (let i = 0; i < 6; i++) {
    for (const candidate of [join(dir, 'dist', 'docs', 'rules'), join(dir, 'docs', 'rules')]) {
      if (existsSync(join(candidate, 'index.html'))) return `${pathToFileURL(candidate).href}/${RULE_PLACEHOLDER}.html`;
      if (markdown === undefined && existsSync(join(candidate, 'boilerplate.md'))) markdown = candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return `${pathToFileURL(markdown ?? join(__dirname, '..', 'docs', 'rules')).href}/${RULE_PLACEHOLDER}.md`;
}

/**
 * A rule's page: `base` with `{rule}` replaced by the rule id, or, for a base
 * without the placeholder (a folder, as `docsBaseUrl` was first defined),
 * `<base><rule-id>.md`.
 */
export function ruleDocUrl(base: string, ruleId: string): string {
  const id = encodeURIComponent(ruleId);
  if (base.includes(RULE_PLACEHOLDER)) return base.split(RULE_PLACEHOLDER).join(id);
  return `${base.endsWith('/') ? base : `${base}/`}${id}.md`;
}

/**
 * Each rule's `codeDescription`, one object per rule and docs base, shared by all its diagnostics (diagnostics are
 * never changed once made, json-encoder.ts relies on it too): 4,500 diagnostics of 1 MB then hold some twenty link
 * strings instead of 4,500 copies.
 */
const descriptions = new Map<string, { href: string }>();
let descriptionsBase: string | undefined;

function codeDescription(docsBase: string, rule: string): { href: string } {
  if (descriptionsBase !== docsBase) {
    descriptions.clear();
    descriptionsBase = docsBase;
  }
  let description = descriptions.get(rule);
  if (!description) {
    description = { href: ruleDocUrl(docsBase, rule) };
    descriptions.set(rule, description);
  }
  return description;
}

export interface ConvertContext {
  uri: string;
  index: LineIndex;
  /** Where rules' pages are, for `codeDescription`; undefined: no link (the client shows none). */
  docsBase: string | undefined;
  /** The rewrite's source, when it was read: related locations in it point at its URI, placed by its own lines. */
  source?: { uri: string; index: LineIndex };
}

/**
 * A diagnostic is kept, and reused after edits elsewhere, for as long as its finding stands: its strings are
 * detached from the document (`detach`), so that it does not keep alive the version of the text it was made from.
 */
export function toDiagnostic(finding: Finding, ctx: ConvertContext): Diagnostic {
  const data: DiagnosticData | undefined =
    finding.fixes.length > 0 ? { fixes: finding.fixes.map((f) => toFixData(ctx.index, f)) } : undefined;
  const diagnostic: Diagnostic = {
    range: toRange(ctx.index, finding.start, finding.end),
    severity: toSeverity(finding.severity),
    source: SOURCE,
    code: finding.rule,
    codeDescription: ctx.docsBase === undefined ? undefined : codeDescription(ctx.docsBase, finding.rule),
    message: detach(finding.message),
    data,
  };
  // Page furniture: editors fade it, as they fade unused code.
  if (ruleById(finding.rule)?.meta.unnecessary) diagnostic.tags = [DiagnosticTag.Unnecessary];
  // A location in a rewrite's source is placed by the source text's own lines, in the source's URI.
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related) {
    const where = r.inSource ? ctx.source : ctx;
    if (where)
      related.push({ location: { uri: where.uri, range: toRange(where.index, r.start, r.end) }, message: detach(r.message) });
  }
  if (related.length > 0) diagnostic.relatedInformation = related;
  return diagnostic;
}

export function toTextEdits(fix: FixData): TextEdit[] {
  return fix.edits.map((e) => ({ range: e.range, newText: e.newText }));
}

/** The three report formats: stylish for people, json for scripts, SARIF 2.1.0 for code-scanning tools. */
import { pathToFileURL } from 'node:url';
import { RULES, type ActiveSeverity, type Finding, type LineIndex, type Position, type Severity } from '../core';
import { HOME_URL, TOOL_NAME, VERSION, ruleDocUrl } from './meta';

/** The source a rewrite was checked against: where related locations marked `inSource` point. */
export interface SourceReport {
  /** As shown: relative to the current directory, forward slashes. */
  path: string;
  absolutePath: string;
  /** The index of the source's text, for positions of related locations in it. */
  index: LineIndex;
}

export interface FileReport {
  /** As shown: relative to the current directory, forward slashes (or the stdin name). */
  path: string;
  /** Absolute path on disk; undefined for stdin. */
  absolutePath: string | undefined;
  /** The index of the text the findings refer to (after --fix, the fixed text). */
  index: LineIndex | undefined;
  /** The findings to show (--quiet already applied). */
  findings: Finding[];
  /** Why the file was skipped or failed; it then has no findings. */
  error?: string;
  /** How many findings --fix fixed in this file. */
  fixed: number;
  /** The linked source, when the document has one that could be read. */
  source?: SourceReport;
}

export interface Notification {
  level: 'error' | 'warning';
  message: string;
  path?: string;
}

export interface ReportContext {
  cwd: string;
  color: boolean;
  fixMode: boolean;
  /** Problems that are not findings: config files, rule crashes, skipped files, write failures. */
  notifications: Notification[];
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  fixable: number;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const counts: Counts = { error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
  for (const f of findings) {
    counts[f.severity]++;
    if (f.fixes.some((x) => x.auto)) counts.fixable++;
  }
  return counts;
}

// ---------------------------------------------------------------- stylish

const ANSI = {
  red: [31, 39],
  yellow: [33, 39],
  cyan: [36, 39],
  gray: [90, 39],
  bold: [1, 22],
  underline: [4, 24],
  dim: [2, 22],
} as const;

type Style = keyof typeof ANSI;

function painter(color: boolean): (style: Style, text: string) => string {
  return (style, text) => (color ? `\u001b[${ANSI[style][0]}m${text}\u001b[${ANSI[style][1]}m` : text);
}

const SEVERITY_STYLE: Record<ActiveSeverity, Style> = { error: 'red', warning: 'yellow', info: 'cyan', hint: 'gray' };

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 || word === 'info' ? '' : 's'}`;
}

function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ');
}

export function formatStylish(reports: readonly FileReport[], context: ReportContext): string {
  const paint = painter(context.color);
  const out: string[] = [];
  const all: Finding[] = [];
  for (const report of reports) {
    if (report.findings.length === 0 || !report.index) continue;
    all.push(...report.findings);
    const index = report.index;
    const rows = report.findings.map((f) => {
      const pos = index.positionAt(f.start);
      return { where: `${pos.line + 1}:${pos.character + 1}`, finding: f };
    });
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.finding.severity.length));
    out.push(paint('underline', report.path));
    for (const { where, finding } of rows) {
      out.push(
        `  ${paint('dim', where.padEnd(whereWidth))}  ${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(severityWidth))}  ${oneLine(finding.message)}  ${paint('dim', finding.rule)}`,
      );
      // Where the source says it: one line per related location in the source.
      const source = report.source;
      if (!source) continue;
      for (const r of finding.related) {
        if (!r.inSource) continue;
        const pos = source.index.positionAt(r.start);
        out.push(`  ${' '.repeat(whereWidth)}  ${paint('dim', `↳ ${source.path}:${pos.line + 1}:${pos.character + 1}`)}`);
      }
    }
    out.push('');
  }
  const fixed = reports.reduce((n, r) => n + r.fixed, 0);
  if (all.length > 0) {
    const c = countFindings(all);
    const parts = [plural(c.error, 'error'), plural(c.warning, 'warning')];
    if (c.info) parts.push(plural(c.info, 'info'));
    if (c.hint) parts.push(plural(c.hint, 'hint'));
    const summary = `✖ ${plural(all.length, 'problem')} (${parts.join(', ')})`;
    out.push(paint('bold', paint(c.error > 0 ? 'red' : 'yellow', summary)));
    if (c.fixable > 0) out.push(paint('bold', `  ${c.fixable} fixable with --fix`));
  }
  if (context.fixMode && fixed > 0) {
    const files = reports.filter((r) => r.fixed > 0).length;
    out.push(`Fixed ${plural(fixed, 'problem')} in ${plural(files, 'file')}.`);
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

// ---------------------------------------------------------------- json

function range(index: LineIndex, start: number, end: number): { start: Position; end: Position } {
  return { start: index.positionAt(start), end: index.positionAt(end) };
}

/** A finding's related locations as JSON: `{message, path, range}`, the path the source's for those in the source. */
function jsonRelated(report: FileReport, index: LineIndex, related: Finding['related']): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const r of related) {
    if (r.inSource && !report.source) continue;
    const where = r.inSource && report.source ? report.source : { path: report.path, index };
    out.push({ message: r.message, path: where.path, range: range(where.index, r.start, r.end) });
  }
  return out;
}

/**
 * `{"files":[{"path","diagnostics":[{rule,severity,message,range,fixes,related?}],"source"?}]}`; a skipped file
 * has an `error` and no diagnostics. `related` (when a finding has related locations) and `source` (when the
 * document was checked against a source) are left out otherwise.
 */
export function formatJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => {
    const index = report.index;
    const diagnostics = index
      ? report.findings.map((f) => {
          const diagnostic: Record<string, unknown> = {
            rule: f.rule,
            severity: f.severity,
            message: f.message,
            range: range(index, f.start, f.end),
            fixes: f.fixes.map((fix) => ({
              title: fix.title,
              edits: fix.edits.map((e) => ({ range: range(index, e.start, e.end), newText: e.newText })),
            })),
          };
          if (f.related.length > 0) diagnostic.related = jsonRelated(report, index, f.related);
          return diagnostic;
        })
      : [];
    const file: Record<string, unknown> =
      report.error === undefined ? { path: report.path, diagnostics } : { path: report.path, diagnostics, error: report.error };
    if (report.source) file.source = report.source.path;
    return file;
  });
  return `${JSON.stringify({ files })}\n`;
}

// ---------------------------------------------------------------- sarif

const SARIF_SCHEMA = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/os/schemas/sarif-schema-2.1.0.json';
const SRCROOT = '%SRCROOT%';

function sarifLevel(severity: Severity): 'error' | 'warning' | 'note' | 'none' {
  switch (severity) {
    case 'error':
      return 'error';
    case 'warning':
      return 'warning';
    case 'off':
      return 'none';
    default:
      return 'note';
  }
}

interface SarifRegion {
  startLine: number;
  startColumn: number;
  endLine: number;
  endColumn: number;
}

/** SARIF lines and columns are 1-based; endColumn is the column just after the region. */
function sarifRegion(index: LineIndex, start: number, end: number): SarifRegion {
  const a = index.positionAt(start);
  const b = index.positionAt(end);
  return { startLine: a.line + 1, startColumn: a.character + 1, endLine: b.line + 1, endColumn: b.character + 1 };
}

function artifactLocation(report: FileReport): { uri: string; uriBaseId?: string } {
  if (report.absolutePath === undefined) return { uri: encodeURI(report.path) };
  if (report.path.startsWith('../') || /^[a-zA-Z]:/.test(report.path) || report.path.startsWith('/')) {
    return { uri: pathToFileURL(report.absolutePath).href };
  }
  return { uri: report.path.split('/').map(encodeURIComponent).join('/'), uriBaseId: SRCROOT };
}

export function formatSarif(reports: readonly FileReport[], context: ReportContext): string {
  const ruleIndex = new Map(RULES.map((r, i) => [r.meta.id, i]));
  const rules = RULES.map((r) => ({
    id: r.meta.id,
    shortDescription: { text: r.meta.description },
    fullDescription: { text: r.meta.rationale },
    helpUri: ruleDocUrl(r.meta.id),
    defaultConfiguration:
      r.meta.defaultSeverity === 'off' ? { enabled: false, level: 'none' } : { level: sarifLevel(r.meta.defaultSeverity) },
    properties: { tags: [...r.meta.tags], fixable: r.meta.fixable },
  }));
  const results = [];
  for (const report of reports) {
    const index = report.index;
    if (!index) continue;
    const location = artifactLocation(report);
    for (const f of report.findings) {
      const result: Record<string, unknown> = {
        ruleId: f.rule,
        ruleIndex: ruleIndex.get(f.rule) ?? -1,
        level: sarifLevel(f.severity),
        message: { text: f.message },
        locations: [{ physicalLocation: { artifactLocation: location, region: sarifRegion(index, f.start, f.end) } }],
      };
      if (f.related.length > 0) {
        const source = report.source;
        const sourceLocation = source
          ? artifactLocation({
              path: source.path,
              absolutePath: source.absolutePath,
              index: source.index,
              findings: [],
              fixed: 0,
            })
          : undefined;
        result.relatedLocations = f.related
          .filter((r) => !r.inSource || source)
          .map((r, id) => ({
            id,
            message: { text: r.message },
            physicalLocation:
              r.inSource && source && sourceLocation
                ? { artifactLocation: sourceLocation, region: sarifRegion(source.index, r.start, r.end) }
                : { artifactLocation: location, region: sarifRegion(index, r.start, r.end) },
          }));
      }
      if (f.fixes.length > 0) {
        result.fixes = f.fixes.map((fix) => ({
          description: { text: fix.title },
          artifactChanges: [
            {
              artifactLocation: location,
              replacements: fix.edits.map((e) => ({
                deletedRegion: sarifRegion(index, e.start, e.end),
                insertedContent: { text: e.newText },
              })),
            },
          ],
        }));
      }
      results.push(result);
    }
  }
  const notifications = context.notifications.map((n) => {
    const note: Record<string, unknown> = { level: n.level, message: { text: n.message } };
    const report = n.path === undefined ? undefined : reports.find((r) => r.path === n.path);
    if (report) note.locations = [{ physicalLocation: { artifactLocation: artifactLocation(report) } }];
    return note;
  });
  const cwdUri = pathToFileURL(context.cwd).href.replace(/\/?$/, '/');
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: TOOL_NAME, version: VERSION, semanticVersion: VERSION, informationUri: HOME_URL, rules } },
        columnKind: 'utf16CodeUnits',
        originalUriBaseIds: { [SRCROOT]: { uri: cwdUri } },
        invocations: [
          {
            executionSuccessful: !context.notifications.some((n) => n.level === 'error'),
            toolExecutionNotifications: notifications,
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

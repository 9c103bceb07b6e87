/** The report formats: stylish for people, unix for editors and grep, json for scripts, SARIF 2.1.0 for code-scanning tools. */
import { pathToFileURL } from 'node:url';
import { RULES, type ActiveSeverity, type Finding, type LineIndex, type Position, type Severity } from '../core';
import { HOME_URL, TOOL_NAME, VERSION, ruleDocUrl } from './meta';
import { escapeForTerminal } from './terminal';

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
  /** The findings to show (at or above the severity shown). */
  findings: Finding[];
  /** Why the file was skipped or failed; it then has no findings. */
  error?: string;
  /** How many findings --fix fixed in this file. */
  fixed: number;
  /** The same, per rule id. */
  fixedByRule?: Record<string, number>;
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
  /** Every finding of the run counted by severity, shown or not: the summary's numbers. */
  totals?: Counts;
  /** The lowest severity shown (`--severity`), and whether `--quiet` chose it: the summary says what is hidden. */
  shownFrom?: ActiveSeverity;
  quiet?: boolean;
}

export interface Counts {
  error: number;
  warning: number;
  info: number;
  hint: number;
  fixable: number;
}

export function emptyCounts(): Counts {
  return { error: 0, warning: 0, info: 0, hint: 0, fixable: 0 };
}

/** Adds `findings` to `counts` (a fix counts as fixable when `--fix` would apply it: `Fix.auto`). */
export function countFindings(findings: readonly Finding[], counts: Counts = emptyCounts()): Counts {
  for (const f of findings) {
    counts[f.severity]++;
    if (f.fixes.some((x) => x.auto)) counts.fixable++;
  }
  return counts;
}

/**
 * Problems as an editor's Problems panel counts them: errors, warnings and infos. Hints are not problems there
 * (VS Code shows them only as faint dots in the text), so every count says them apart.
 */
export function problemCount(counts: Counts): number {
  return counts.error + counts.warning + counts.info;
}

const SEVERITY_ORDER: readonly ActiveSeverity[] = ['hint', 'info', 'warning', 'error'];

/** Whether a finding of `severity` is shown when findings from `shownFrom` up are. */
export function isShown(severity: ActiveSeverity, shownFrom: ActiveSeverity): boolean {
  return SEVERITY_ORDER.indexOf(severity) >= SEVERITY_ORDER.indexOf(shownFrom);
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

/** A message on one line, with control characters written out (see terminal.ts). */
function oneLine(message: string): string {
  return escapeForTerminal(message.replace(/\s*[\r\n]+\s*/g, ' '));
}

/** `path:line:col` (1-based, columns in UTF-16 code units as editors count them): what terminals make clickable. */
function location(report: FileReport, index: LineIndex, finding: Finding): string {
  const pos = index.positionAt(finding.start);
  return `${escapeForTerminal(report.path)}:${pos.line + 1}:${pos.character + 1}`;
}

/**
 * The summary under a report: `✖ 3 problems (1 error, 2 warnings) · 13 hints`, then what --fix can fix, what is
 * not shown and how to show it, and what --fix fixed. Counts cover every finding of the run, shown or not, so
 * they match what an editor shows for the same files.
 */
function summaryLines(
  reports: readonly FileReport[],
  context: ReportContext,
  paint: (style: Style, text: string) => string,
  mark = '✖ ',
): string[] {
  const out: string[] = [];
  const totals = context.totals ?? countFindings(reports.flatMap((r) => r.findings));
  const problems = problemCount(totals);
  if (problems > 0 || totals.hint > 0) {
    const parts = [plural(totals.error, 'error'), plural(totals.warning, 'warning')];
    if (totals.info) parts.push(plural(totals.info, 'info'));
    const shownFrom = context.shownFrom ?? 'hint';
    const hidden = SEVERITY_ORDER.filter((s) => !isShown(s, shownFrom) && totals[s] > 0);
    // Hints alone hidden (the default): said on the count itself; more hidden (--quiet, --severity): a line of its own.
    const onlyHintsHidden = hidden.length === 1 && hidden[0] === 'hint' && !context.quiet;
    const hints =
      totals.hint > 0
        ? ` · ${plural(totals.hint, 'hint')}${onlyHintsHidden ? ' not shown (--severity hint shows them)' : ''}`
        : '';
    const head =
      problems > 0 ? `${mark}${plural(problems, 'problem')} (${parts.join(', ')})${hints}` : `${plural(0, 'problem')}${hints}`;
    const style: Style = totals.error > 0 ? 'red' : problems > 0 ? 'yellow' : 'gray';
    out.push(paint('bold', paint(style, head)));
    if (totals.fixable > 0) out.push(paint('bold', `  ${totals.fixable} fixable with --fix`));
    if (hidden.length > 0 && !onlyHintsHidden) {
      const what = hidden
        .slice()
        .reverse()
        .map((s) => plural(totals[s], s))
        .join(', ');
      const how = context.quiet ? '--quiet shows errors only' : `--severity ${hidden[0] ?? 'hint'} shows them`;
      out.push(paint('dim', `  Not shown: ${what} (${how})`));
    }
  }
  if (context.fixMode) {
    const fixed = reports.reduce((n, r) => n + r.fixed, 0);
    if (fixed > 0) {
      const files = reports.filter((r) => r.fixed > 0).length;
      const byRule = new Map<string, number>();
      for (const report of reports) {
        for (const [rule, n] of Object.entries(report.fixedByRule ?? {})) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
      }
      const perRule = RULES.filter((r) => byRule.has(r.meta.id))
        .map((r) => `${r.meta.id} ${byRule.get(r.meta.id) ?? 0}`)
        .join(', ');
      out.push(`Fixed ${plural(fixed, 'problem')} in ${plural(files, 'file')}${perRule ? `: ${perRule}` : ''}.`);
    }
  }
  return out;
}

/**
 * For people: each finding on one line, starting with its clickable `path:line:col`, then severity, message and
 * rule id, aligned within each file; files apart by a blank line; then the summary.
 */
export function formatStylish(reports: readonly FileReport[], context: ReportContext): string {
  const paint = painter(context.color);
  const out: string[] = [];
  for (const report of reports) {
    if (report.findings.length === 0 || !report.index) continue;
    const index = report.index;
    let whereWidth = 0;
    let severityWidth = 0;
    const rows = report.findings.map((finding) => {
      const where = location(report, index, finding);
      whereWidth = Math.max(whereWidth, where.length);
      severityWidth = Math.max(severityWidth, finding.severity.length);
      return { where, finding };
    });
    for (const { where, finding } of rows) {
      out.push(
        `${where.padEnd(whereWidth)}  ${paint(SEVERITY_STYLE[finding.severity], finding.severity.padEnd(severityWidth))}  ${oneLine(finding.message)}  ${paint('dim', escapeForTerminal(finding.rule))}`,
      );
      // Where the source says it: one clickable line per related location in the source.
      const source = report.source;
      if (!source) continue;
      for (const r of finding.related) {
        if (!r.inSource) continue;
        const pos = source.index.positionAt(r.start);
        out.push(`  ${paint('dim', `↳ ${escapeForTerminal(source.path)}:${pos.line + 1}:${pos.character + 1}`)}`);
      }
    }
    out.push('');
  }
  for (const line of summaryLines(reports, context, paint)) out.push(line);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.length ? `${out.join('\n')}\n` : '';
}

/**
 * For editors' quickfix lists and grep: `path:line:col: severity message [rule]`, one line per finding, then a
 * blank line and the summary (as ESLint's unix format ends with its count). No colour.
 */
export function formatUnix(reports: readonly FileReport[], context: ReportContext): string {
  const out: string[] = [];
  for (const report of reports) {
    const index = report.index;
    if (!index) continue;
    for (const finding of report.findings) {
      out.push(
        `${location(report, index, finding)}: ${finding.severity} ${oneLine(finding.message)} [${escapeForTerminal(finding.rule)}]`,
      );
    }
  }
  const summary = summaryLines(reports, context, (_style, text) => text, '');
  if (summary.length > 0) {
    if (out.length > 0) out.push('');
    for (const line of summary) out.push(line);
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

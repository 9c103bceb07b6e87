import { LintCache } from './cache';
import { parseArticle, type Article, type DocFormat } from './article';
import { fixAllRules, ignoredFindings, mergeConfigs, ruleOptions, ruleSeverity, type Config } from './config';
import { applyEdits, fixAllEdits } from './fix';
import type { Rule, RuleContext, SourceDocument, SourceProblem } from './rule';
import { RULES } from './rules';
import { findSuppressions, NO_SUPPRESSIONS } from './suppress';
import { SEVERITIES, type ActiveSeverity, type Finding, type Fix, type Severity, type Span } from './types';

/** The text a document was rewritten from, as a shell read it. */
export interface SourceText {
  text: string;
  format?: DocFormat;
  /** A path or URI, for messages only. */
  name?: string;
  /** Where the document names its source (see source-link.ts), when it does. */
  link?: Span;
}

/**
 * A source the shell could not read (missing, not a file, binary, too large): the `source-link` rule reports
 * `error` on the link, and the drift rules do not run.
 */
export interface SourceError {
  error: string;
  /** The path as the document or configuration gives it. */
  name?: string;
  /** Where the document names its source; when absent the engine looks for a link in the text, else uses line 1. */
  link?: Span;
}

export type SourceInput = SourceText | SourceError;

export interface LintOptions {
  format?: DocFormat;
  config?: Config;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
  /** Keep one per document across runs (the language server does) to re-check only what changed. */
  cache?: LintCache;
  /** The source this document was rewritten from; the source-drift rules compare against it. */
  source?: SourceInput;
  /**
   * The document's path relative to the folder of the configuration file, with `/` separators, as the shells
   * know it; matched against `ignoreFindings[].file`. Entries with a file are skipped when this is absent.
   */
  path?: string;
}

export interface LintResult {
  article: Article;
  /** Sorted by start offset, then rule id. */
  findings: Finding[];
  /** Rules that threw: the others still ran. */
  ruleErrors: { rule: string; message: string }[];
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const cache = options.cache ?? new LintCache(false);
  const article = parseArticle(text, options.format ?? 'text', cache);
  const config = options.config ?? {};
  const rules = options.rules ?? RULES;
  const findings: Finding[] = [];
  const ruleErrors: LintResult['ruleErrors'] = [];
  const memo = new Map<string, unknown>();
  const suppressions = findSuppressions(article);
  const ignored = new Set((config.ignoreWords ?? []).map((w) => w.toLowerCase()));
  const ignoredHere = ignoredFindings(config, options.path);
  const autoFix = fixAllRules(config, rules);
  const given = options.source;
  const source = given && !('error' in given) ? sourceDocument(given, cache) : undefined;
  const sourceProblem = given && 'error' in given ? sourceProblemOf(given) : undefined;

  // Shared by every rule's context: made once per lint, not once per rule.
  const optionsOf = (id: string): Record<string, unknown> => ruleOptions(config, id);
  const memoOf = <T>(key: string, compute: () => T): T => {
    const known = memo.get(key);
    if (known !== undefined || memo.has(key)) return known as T;
    const value = compute();
    memo.set(key, value);
    return value;
  };

  for (const rule of rules) {
    const severity = ruleSeverity(config, rule);
    if (severity === 'off') continue;
    const auto = autoFix.has(rule.meta.id);
    // The texts of this rule's findings to ignore, looked up once per rule, not once per report.
    const ignoredTexts = ignoredHere.get(rule.meta.id);
    const context: RuleContext = {
      article,
      source,
      sourceProblem,
      options: ruleOptions(config, rule.meta.id),
      optionsOf,
      cache,
      memo: memoOf,
      report(report) {
        const level = report.severity === undefined ? severity : lower(severity, report.severity);
        if (level === 'off') return;
        if (suppressions !== NO_SUPPRESSIONS && suppressions.isSuppressed(rule.meta.id, article.index.lineAt(report.start)))
          return;
        // The flagged text only when something could ignore it: a finding may span a whole block.
        if (ignored.size || ignoredTexts) {
          const flagged = text.slice(report.start, report.end).trim();
          if (ignored.size && ignored.has(flagged.toLowerCase())) return;
          if (ignoredTexts?.has(flagged)) return;
        }
        findings.push({
          rule: rule.meta.id,
          severity: level,
          message: report.message,
          start: report.start,
          end: report.end,
          fixes: report.fixes ? report.fixes.map((fix): Fix => ({ ...fix, auto: fix.safe && auto })) : NO_FIXES,
          related: report.related ?? NO_RELATED,
        });
      },
    };
    try {
      rule.check(context);
    } catch (error) {
      ruleErrors.push({ rule: rule.meta.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  cache.endRun();
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return { article, findings, ruleErrors };
}

/**
 * The empty lists of a finding with no fix or no related span, shared (frozen: nothing adds to a finding's lists):
 * most findings have none, and two new arrays each were a third of what the findings of a 1 MB lint held.
 */
const NO_FIXES = Object.freeze([]) as unknown as Fix[];
const NO_RELATED = Object.freeze([]) as unknown as Finding['related'];

/** The lower of two severities (`off` is the lowest). */
function lower(a: ActiveSeverity, b: Severity): Severity {
  return SEVERITIES.indexOf(b) < SEVERITIES.indexOf(a) ? b : a;
}

/** The source parsed once; cached across runs by its text, so a server re-lint does not parse it again. */
function sourceDocument(input: SourceText, cache: LintCache): SourceDocument {
  const format = input.format ?? 'text';
  const article = cache.get(`source-article:${format}`, input.text, () => parseArticle(input.text, format));
  return input.name === undefined ? { text: input.text, article } : { text: input.text, article, name: input.name };
}

function sourceProblemOf(input: SourceError): SourceProblem {
  const problem: SourceProblem = { message: input.error };
  if (input.name !== undefined) problem.name = input.name;
  if (input.link !== undefined) problem.link = input.link;
  return problem;
}

/**
 * Applies the fixes fix-all may apply, in rounds (at most `passes`), since fix-all puts off a fix that overlaps one
 * it already took. Only what the first lint reported is fixed: a later round applies a fix only to a finding with
 * the same rule and the same text as a reported one not yet fixed. A fix that uncovers new findings (a furniture
 * block whose removal makes the lines below it look like furniture) leaves them for the writer to see, so `--fix`
 * never deletes a line it did not report. Returns the fixed text, the last lint result, how many fixes were
 * applied, and `fixedByRule`: per rule id, how many of the findings that fix-all could fix at the start are gone
 * at the end. That is what a person calls "fixed": a fix that removes a furniture block also clears the teaser
 * findings inside it, and the count matches the "fixable" count shown before fixing.
 */
export function fixText(
  text: string,
  options: LintOptions = {},
  passes = 10,
): { text: string; result: LintResult; applied: number; fixedByRule: Record<string, number> } {
  let current = text;
  let applied = 0;
  let result = lint(current, options);
  const fixableAtStart = countAutoFixable(result.findings);
  const reported = new Map<string, number>();
  const key = (f: Finding, within: string): string => `${f.rule}\u0000${within.slice(f.start, f.end)}`;
  for (const f of result.findings)
    if (f.fixes.some((x) => x.auto)) reported.set(key(f, current), (reported.get(key(f, current)) ?? 0) + 1);
  for (let i = 0; i < passes; i++) {
    const before = current;
    const candidates = i === 0 ? result.findings : result.findings.filter((f) => (reported.get(key(f, before)) ?? 0) > 0);
    const { edits, fixed } = fixAllEdits(candidates);
    if (edits.length === 0) break;
    for (const f of fixed) {
      const k = key(f, before);
      const left = (reported.get(k) ?? 0) - 1;
      if (left > 0) reported.set(k, left);
      else reported.delete(k);
    }
    current = applyEdits(current, edits);
    applied += fixed.length;
    result = lint(current, options);
  }
  const fixedByRule: Record<string, number> = {};
  if (applied > 0) {
    const fixableAtEnd = countAutoFixable(result.findings);
    for (const [rule, n] of fixableAtStart) {
      const gone = n - (fixableAtEnd.get(rule) ?? 0);
      if (gone > 0) fixedByRule[rule] = gone;
    }
  }
  return { text: current, result, applied, fixedByRule };
}

/** Findings with a fix that fix-all applies, per rule id. */
function countAutoFixable(findings: readonly Finding[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const f of findings) if (f.fixes.some((x) => x.auto)) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
  return counts;
}

export { mergeConfigs };

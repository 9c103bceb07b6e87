import { LintCache } from './cache';
import { parseArticle, type Article, type DocFormat } from './article';
import { mergeConfigs, ruleOptions, ruleSeverity, type Config } from './config';
import { applyEdits, fixAllEdits } from './fix';
import type { Rule, RuleContext } from './rule';
import { RULES } from './rules';
import { findSuppressions } from './suppress';
import type { Finding } from './types';

export interface LintOptions {
  format?: DocFormat;
  config?: Config;
  /** Defaults to every registered rule. */
  rules?: readonly Rule[];
  /** Keep one per document across runs (the language server does) to re-check only what changed. */
  cache?: LintCache;
}

export interface LintResult {
  article: Article;
  /** Sorted by start offset, then rule id. */
  findings: Finding[];
  /** Rules that threw: the others still ran. */
  ruleErrors: { rule: string; message: string }[];
}

export function lint(text: string, options: LintOptions = {}): LintResult {
  const article = parseArticle(text, options.format ?? 'text');
  const config = options.config ?? {};
  const rules = options.rules ?? RULES;
  const findings: Finding[] = [];
  const ruleErrors: LintResult['ruleErrors'] = [];
  const memo = new Map<string, unknown>();
  const cache = options.cache ?? new LintCache();
  const suppressions = findSuppressions(article);
  const ignored = new Set((config.ignoreWords ?? []).map((w) => w.toLowerCase()));

  for (const rule of rules) {
    const severity = ruleSeverity(config, rule);
    if (severity === 'off') continue;
    const context: RuleContext = {
      article,
      options: ruleOptions(config, rule.meta.id),
      optionsOf: (id) => ruleOptions(config, id),
      cache,
      memo<T>(key: string, compute: () => T): T {
        if (!memo.has(key)) memo.set(key, compute());
        return memo.get(key) as T;
      },
      report(report) {
        if (suppressions.isSuppressed(rule.meta.id, article.index.lineAt(report.start))) return;
        if (ignored.size && ignored.has(text.slice(report.start, report.end).trim().toLowerCase())) return;
        findings.push({
          rule: rule.meta.id,
          severity,
          message: report.message,
          start: report.start,
          end: report.end,
          fixes: report.fixes ?? [],
          related: report.related ?? [],
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
 * Applies safe fixes until none is left (at most `passes` rounds, since one
 * fix can uncover another). Returns the fixed text and the last lint result.
 */
export function fixText(
  text: string,
  options: LintOptions = {},
  passes = 10,
): { text: string; result: LintResult; applied: number } {
  let current = text;
  let applied = 0;
  let result = lint(current, options);
  for (let i = 0; i < passes; i++) {
    const { edits, fixed } = fixAllEdits(result.findings);
    if (edits.length === 0) break;
    current = applyEdits(current, edits);
    applied += fixed.length;
    result = lint(current, options);
  }
  return { text: current, result, applied };
}

export { mergeConfigs };

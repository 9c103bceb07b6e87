import type { Article } from './article';
import type { LintCache } from './cache';
import type { Report, RuleMeta } from './types';

export type RuleOptions = Readonly<Record<string, unknown>>;

export interface RuleContext {
  readonly article: Article;
  /** This rule's options from the configuration (severity removed). */
  readonly options: RuleOptions;
  /** Another rule's options, for analyses that rules share. */
  optionsOf(ruleId: string): RuleOptions;
  /** Computes a shared analysis once per lint run (for example boilerplate blocks). */
  memo<T>(key: string, compute: () => T): T;
  /** Survives between runs on the same document (see cache.ts); keys must capture every input. */
  readonly cache: LintCache;
  report(report: Report): void;
}

export interface Rule {
  readonly meta: RuleMeta;
  check(context: RuleContext): void;
}

/** Reads a string-array option, ignoring anything that is not a string. */
export function stringList(options: RuleOptions, key: string): string[] {
  const value = options[key];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

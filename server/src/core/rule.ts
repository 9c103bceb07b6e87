import type { Article } from './article';
import type { LintCache } from './cache';
import type { Report, RuleMeta, Span } from './types';

export type RuleOptions = Readonly<Record<string, unknown>>;

/**
 * The text a document was rewritten from, handed in by a shell (CLI or
 * server): the engine never reads a file. Parsed once per lint run.
 */
export interface SourceDocument {
  readonly text: string;
  readonly article: Article;
  /** Where it came from, for messages only (a path or URI as the shell knows it). */
  readonly name?: string;
}

/** A linked source the shell could not read (`LintOptions.source` in its error form); `source-link` reports it. */
export interface SourceProblem {
  message: string;
  /** The path as the document or configuration gives it. */
  name?: string;
  /** Where the document names its source, when the shell knows. */
  link?: Span;
}

export interface RuleContext {
  readonly article: Article;
  /** The linked source of a rewrite (`LintOptions.source`); undefined when the document has none. */
  readonly source: SourceDocument | undefined;
  /** Why the linked source could not be read; undefined when it was, or when there is none. */
  readonly sourceProblem: SourceProblem | undefined;
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

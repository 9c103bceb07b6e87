/** The engine's public surface: what the CLI and the language server use. */
export * from './types';
export * from './text';
export { parseArticle, formatFromPath, type Article, type DocFormat } from './article';
export * from './config';
export { jsonSyntaxErrorAt, locateConfigProblem, type ConfigPath, type TextSpan } from './config-locate';
export { closestName, didYouMean, editDistance } from './suggest';
export * from './fix';
export * from './lint';
export { LintCache } from './cache';
export { directiveComment } from './suppress';
export { RULES, ruleById } from './rules';
export { findSourceLink, sourceDirective, SOURCE_DIRECTIVE, type SourceLink } from './source-link';
export type { Rule } from './rule';

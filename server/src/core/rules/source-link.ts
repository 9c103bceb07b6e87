import type { Rule } from '../rule';
import { findSourceLink } from '../source-link';
import type { Span } from '../types';

const rule: Rule = {
  meta: {
    id: 'source-link',
    description:
      "Reports a linked source that cannot be read (missing, not a file, binary or too large): the rewrite's drift checks did not run.",
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['editorial'],
    rationale:
      'A rewrite linked to its source is checked against it: quotations, figures, titles, names and attribution. When the source cannot be read, none of that happens, and silence would look like a clean bill. Fix the path (it is relative to the document), or remove the link.',
  },
  check(context) {
    const problem = context.sourceProblem;
    if (!problem) return;
    const { article } = context;
    let span: Span | undefined = problem.link ?? findSourceLink(article.text, article.format)?.span;
    if (span && span.end <= span.start) {
      // An empty path: the directive's (or key's) whole line.
      const line = article.lines[article.index.lineAt(span.start)];
      span = line ? { start: line.start, end: line.end } : undefined;
    }
    if (!span) {
      const first = article.lines.find((l) => !l.blank);
      span = first ? { start: first.start, end: first.end } : { start: 0, end: 0 };
    }
    const name = problem.name === undefined || problem.name === '' ? 'The source' : `The source "${problem.name}"`;
    context.report({
      start: span.start,
      end: span.end,
      message: `${name} cannot be used (${problem.message}); the drift checks did not run.`,
    });
  },
};
export default rule;

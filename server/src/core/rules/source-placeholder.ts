/**
 * source-placeholder: the "[SOURCE]" that unattributed-number's quick fix
 * inserts, still unfilled. The fix stops that rule from reporting the figure,
 * so this rule reports the placeholder itself, at warning by default, until a
 * person writes the real source in its place: `--max-warnings 0` catches a
 * story that still carries one.
 */
import { SOURCE_PLACEHOLDER } from '../analysis/figures/attribution';
import type { Rule } from '../rule';

export { SOURCE_PLACEHOLDER };

const rule: Rule = {
  meta: {
    id: 'source-placeholder',
    description: `Finds a "${SOURCE_PLACEHOLDER}" placeholder that was inserted to name a figure's source and never filled in.`,
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['editorial'],
    rationale:
      `The "add a source" quick fix of unattributed-number inserts "according to ${SOURCE_PLACEHOLDER}" so that you can type the source where it belongs. ` +
      'Until you do, the sentence claims a source it does not name, and the placeholder would go to print. Replace it with who counted, estimated or reported the figure, or delete the attribution and source the figure another way.',
  },
  check(context) {
    const { text, lines } = context.article;
    let line = 0;
    for (
      let at = text.indexOf(SOURCE_PLACEHOLDER);
      at !== -1;
      at = text.indexOf(SOURCE_PLACEHOLDER, at + SOURCE_PLACEHOLDER.length)
    ) {
      while (line < lines.length && (lines[line]?.end ?? 0) < at) line++;
      // Front matter, code blocks and HTML comments are not copy.
      if (lines[line]?.excluded) continue;
      context.report({
        start: at,
        end: at + SOURCE_PLACEHOLDER.length,
        message: `Unfilled source placeholder: replace "${SOURCE_PLACEHOLDER}" with who counted, estimated or reported the figure.`,
      });
    }
  },
};
export default rule;

import { quoted, styleRule } from '../style';

export default styleRule({
  meta: {
    id: 'cliche',
    description: 'Flags stock phrases such as "in the nick of time" and "tip of the iceberg".',
    defaultSeverity: 'info',
    fixable: false,
    rationale:
      'A cliché was vivid once; now readers skim past it, and it often blurs what actually happened. Say the plain thing in your own words ("with a minute to spare" instead of "in the nick of time"), or cut the phrase when the sentence works without it.',
  },
  check: 'no-cliches',
  // Its report reads only the hit's chunk (see StyleRuleSpec.local).
  local: true,
  report(hit, { article }) {
    return {
      start: hit.start,
      end: hit.end,
      message: `${quoted(article.text, hit)} is a cliché: say it plainly, in your own words`,
    };
  },
});

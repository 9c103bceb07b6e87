import { quoted, styleRule } from '../style';

export default styleRule({
  meta: {
    id: 'e-prime',
    description: 'Flags every form of the verb "to be" ("is", "was", "it\'s"), for writers who follow E-Prime.',
    defaultSeverity: 'off',
    fixable: false,
    rationale:
      'E-Prime is English without "to be": "the plan is a failure" becomes "the plan failed to cut costs", which says what happened and who says so. It is a discipline for drafts, not a rule of news style, and nearly every sentence has a form of "to be", so the rule is off unless you turn it on.',
  },
  check: 'e-prime',
  report(hit, { article }) {
    return {
      start: hit.start,
      end: hit.end,
      message: `${quoted(article.text, hit)} is a form of "to be": E-Prime asks for a verb that says what happened`,
    };
  },
});

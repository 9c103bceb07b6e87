import { quoted, styleRule } from '../style';

const BY_AGENT = /\s+by\b/iy;

export default styleRule({
  meta: {
    id: 'passive-voice',
    description: 'Flags verbs that may be in the passive voice ("was approved"), which can hide who acted.',
    defaultSeverity: 'hint',
    fixable: false,
    rationale:
      'A passive verb can leave out who did something ("the budget was cut"), and readers of news want to know who. Name the actor and make them the subject ("the council cut the budget"). The passive is fine when the actor is unknown or beside the point ("he was arrested on Friday"), which is why this rule is only a hint.',
  },
  check: 'passive-voice',
  report(hit, { article }) {
    const phrase = quoted(article.text, hit);
    BY_AGENT.lastIndex = hit.end;
    const advice = BY_AGENT.test(article.text) ? 'make the one named after "by" the subject' : 'say who acted';
    return { start: hit.start, end: hit.end, message: `${phrase} may be passive voice: ${advice}` };
  },
});

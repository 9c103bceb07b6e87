import { quoted, styleRule } from '../style';

const BY_AGENT = /\s+by\b/iy;
/** The first character after a hit that is not white space (the end of what BY_AGENT's `\s+` may take). */
const NEXT_NON_SPACE = /\s*\S/y;

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
  // Its report reads the hit and what follows it up to "by": its chunk alone, unless only white space follows the hit
  // there (see StyleRuleSpec.local).
  local: (text, hit, chunk) => {
    NEXT_NON_SPACE.lastIndex = hit.end;
    return NEXT_NON_SPACE.test(text) && NEXT_NON_SPACE.lastIndex <= chunk.end;
  },
  report(hit, { article }) {
    const phrase = quoted(article.text, hit);
    BY_AGENT.lastIndex = hit.end;
    const advice = BY_AGENT.test(article.text) ? 'make the one named after "by" the subject' : 'say who acted';
    return { start: hit.start, end: hit.end, message: `${phrase} may be passive voice: ${advice}` };
  },
});

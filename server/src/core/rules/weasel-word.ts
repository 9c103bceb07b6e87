import { quoted, styleRule } from '../style';

/** Words that stand in for a number. */
const QUANTITY = new Set(['many', 'few', 'several', 'various', 'vast', 'huge', 'tiny', 'are a number', 'is a number']);
/** Words that tell readers what to think of a fact. */
const VERDICT = new Set(['clearly', 'obviously', 'interestingly', 'surprisingly', 'remarkably', 'excellent']);

export default styleRule({
  meta: {
    id: 'weasel-word',
    description: 'Flags vague words such as "many", "very" and "clearly" that stand in for a fact.',
    defaultSeverity: 'hint',
    fixable: false,
    rationale:
      'Vague quantities ("many residents", "several officials") and intensifiers ("very", "extremely") ask readers to trust the writer instead of the facts. Give the number and who counted it, or describe what happened and let readers judge how remarkable it is; cut an intensifier that adds nothing.',
  },
  check: 'weasel-words',
  // Its report reads only the hit's chunk (see StyleRuleSpec.local).
  local: true,
  report(hit, { article }) {
    const phrase = quoted(article.text, hit);
    const key = phrase.slice(1, -1).toLowerCase();
    const advice = QUANTITY.has(key)
      ? 'give the number, and say who counted'
      : VERDICT.has(key)
        ? 'show the fact and let readers judge'
        : 'cut it or use a precise word';
    return { start: hit.start, end: hit.end, message: `${phrase} is a weasel word: ${advice}` };
  },
});

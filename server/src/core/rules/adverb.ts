import type { RuleContext } from '../rule';
import { checkHits, quoted, styleRule } from '../style';

/** Filler words the check reports alongside the adverbs. */
const FILLERS = new Set(['just', 'maybe', 'stuff', 'things']);
/** The longest filler: a longer flagged word is none of them. */
const LONGEST_FILLER = [...FILLERS].reduce((n, w) => Math.max(n, w.length), 0);

/**
 * Ranges that weasel-word or too-wordy report word for word ("very", "many",
 * "previously"): those rules say more about them, so this rule leaves them
 * alone and a word never gets two findings. write-good itself merges such
 * duplicates into one suggestion.
 */
function reportedElsewhere(context: RuleContext): Map<number, number[]> {
  return context.memo('style:adverb-shadowed', () => {
    const ends = new Map<number, number[]>();
    for (const s of [...checkHits(context, 'weasel-words'), ...checkHits(context, 'too-wordy')]) {
      const list = ends.get(s.start);
      if (list) list.push(s.end);
      else ends.set(s.start, [s.end]);
    }
    return ends;
  });
}

export default styleRule({
  meta: {
    id: 'adverb',
    description: 'Flags adverbs ("quickly", "suddenly") and fillers ("just", "maybe") that can weaken a sentence.',
    defaultSeverity: 'hint',
    fixable: false,
    rationale:
      'An adverb often props up a weak verb ("walked slowly" for "shuffled") or tells readers how to feel ("sadly"). Choose a verb that carries the meaning, or cut the adverb if the sentence loses nothing. News copy uses many harmless adverbs ("recently", "nearly"), so this rule is a hint. Words that weasel-word or too-wordy report ("very", "many", "previously") are left to those rules.',
  },
  check: 'adverb-where',
  // Its report reads only the hit's chunk (see StyleRuleSpec.local).
  local: true,
  report(hit, context) {
    if (reportedElsewhere(context).get(hit.start)?.includes(hit.end)) return undefined;
    const phrase = quoted(context.article.text, hit);
    // Only a word as short as the longest filler is sliced and lower-cased for the lookup.
    const message =
      phrase.length - 2 <= LONGEST_FILLER && FILLERS.has(phrase.slice(1, -1).toLowerCase())
        ? `${phrase} adds little: cut it or say exactly what you mean`
        : `${phrase} can weaken meaning: cut it or choose a verb that says it`;
    return { start: hit.start, end: hit.end, message };
  },
});

import {
  alignment,
  contentKey,
  excerpt,
  partyKeys,
  rewriteIndex,
  sourceIndex,
  type IndexedSentence,
  type SourceIndex,
  type TextIndex,
} from '../analysis/source-index';
import type { Rule } from '../rule';

/**
 * A rewrite sentence retells a source sentence when the source sentence covers this share of its weighted content
 * and they share at least `MIN_SHARED` content words. In our fixture pairs a retelling covers 0.4 to 0.9 and a
 * sentence that only shares the story's names covers under 0.3.
 */
const RETELLS = 0.4;
const MIN_SHARED = 3;
/**
 * "Stated as fact" needs more: the rewrite sentence shares this many content words with the claim itself (the
 * words after "said", or outside "according to …"), so a sentence that only names the same event is not read as
 * the claim.
 */
const MIN_CLAIM_SHARED = 3;

/** Party keys a sentence names anywhere (all capitalised words, titles aside). */
function namedParties(sentence: IndexedSentence | undefined): Set<string> {
  return new Set(sentence ? partyKeys(sentence.tokens, 0, sentence.tokens.length, -1) : []);
}

function intersects(keys: Iterable<string>, set: ReadonlySet<string>): boolean {
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/** Content keys the rewrite sentence shares with the source sentence's claim: its words from `claimFrom` on, speaker aside. */
function claimShared(source: SourceIndex, si: number, claimFrom: number, keys: readonly string[]): number {
  const s = source.sentences[si];
  if (!s) return 0;
  const speaker = source.attributions[si]?.speaker;
  const claim = new Set<string>();
  s.tokens.forEach((t, i) => {
    if (i < claimFrom || t.kind === 'punct') return;
    if (speaker && t.start >= speaker.start && t.end <= speaker.end) return;
    const k = contentKey(t.lower);
    if (k !== undefined) claim.add(k);
  });
  return keys.filter((k) => claim.has(k)).length;
}

function speakerText(index: TextIndex, si: number): string {
  const a = index.attributions[si];
  return a ? excerpt(index.text, a.speaker, 60) : '';
}

const rule: Rule = {
  meta: {
    id: 'drift-attribution',
    description:
      'Finds a claim that a rewrite credits to another party than its linked source does, or states as fact where the source credits it to someone.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['editorial'],
    rationale:
      'Who said it is part of the fact. A claim that the source credits to one side ("Ukraine\'s military said…") and the rewrite credits to another ("observers said…"), or states as fact, tells the reader something the source did not: that a neutral party confirmed it, or that it is settled. Keep the source\'s attribution with the claim.',
  },
  check(context) {
    const source = sourceIndex(context);
    if (!source) return;
    const rewrite = rewriteIndex(context);
    const aligned = alignment(context);
    const { text } = context.article;
    rewrite.sentences.forEach((r, ri) => {
      const al = aligned[ri];
      if (!al || al.source < 0 || al.coverage < RETELLS || al.shared < MIN_SHARED) return;
      const theirs = source.attributions[al.source];
      if (!theirs || theirs.keys.length === 0) return;
      // The same party named here or just before ("Zelensky spoke from Dublin. He said…").
      const here = namedParties(r);
      const before = namedParties(rewrite.sentences[ri - 1]);
      if (intersects(theirs.keys, here) || intersects(theirs.keys, before)) return;
      const sourceSentence = source.sentences[al.source];
      if (!sourceSentence) return;
      const credited = speakerText(source, al.source);
      const related = [
        {
          start: theirs.speaker.start,
          end: theirs.speaker.end,
          message: `The source credits it to "${credited}": "${excerpt(source.text, sourceSentence, 120)}"`,
          inSource: true,
        },
      ];
      const ours = rewrite.attributions[ri];
      if (ours) {
        if (ours.pronoun || ours.keys.length === 0) return;
        // The rewrite's party appears in the source's sentence too ("Ukrainian" in "the military in Kyiv refuted…
        // the Ukrainian town"): it may be the same party in other words.
        const sourceNames = namedParties(sourceSentence);
        const sourceBefore = namedParties(source.sentences[al.source - 1]);
        if (intersects(ours.keys, sourceNames) || intersects(ours.keys, sourceBefore)) return;
        context.report({
          start: ours.speaker.start,
          end: ours.speaker.end,
          message: `The rewrite credits this to "${excerpt(text, ours.speaker, 60)}"; the source credits it to "${credited}".`,
          related,
        });
        return;
      }
      if (claimShared(source, al.source, theirs.claimFrom, r.keys) < MIN_CLAIM_SHARED) return;
      context.report({
        start: r.start,
        end: r.end,
        message: `This states as fact what the source credits to "${credited}".`,
        related,
      });
    });
  },
};
export default rule;

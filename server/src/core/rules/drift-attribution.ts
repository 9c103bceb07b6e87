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
import { inSpans } from '../article';
import type { Rule } from '../rule';
import type { Span } from '../types';

/**
 * A rewrite sentence retells a source sentence when the source sentence covers this share of its weighted content
 * and they share at least `MIN_SHARED` content words. In our fixture pairs a retelling covers 0.4 to 0.9 and a
 * sentence that only shares the story's names covers under 0.3.
 */
const RETELLS = 0.4;
const MIN_SHARED = 3;
/**
 * "Stated as fact" needs more: the rewrite sentence shares this many content words with the claim itself (the
 * source sentence without its speaker), so a sentence that only names the speaker is not read as the claim.
 */
const MIN_CLAIM_SHARED = 3;

/**
 * Ways of crediting that mark a contested claim or an estimate, not a report: dropping them makes one side's
 * word the story's. Dropping a neutral "said" from an uncontested report ("the board voted on Thursday, its chair
 * said") is common editing, so that case is reported as info.
 */
const CLAIM_VERBS = new Set(
  (
    'according to claimed claims asserted asserts insisted insists argued argues alleged alleges estimated estimates ' +
    'predicted predicts believes believed thinks accused accuses blamed blames denied denies dismissed dismisses ' +
    'refuted refutes disputed contended contends maintained maintains'
  )
    .split(' ')
    .concat(['according to']),
);

/** Party keys a sentence names outside its quotations (capitalised words, titles aside). */
function namedParties(sentence: IndexedSentence | undefined, quotes: readonly Span[]): Set<string> {
  const out = new Set<string>();
  if (!sentence) return out;
  const tokens = sentence.tokens.filter((t) => !inSpans(quotes, t.start));
  for (const k of partyKeys(tokens, 0, tokens.length, -1)) out.add(k);
  return out;
}

/** Every party a sentence may be naming: its names, and its content words for parties with no name ("police"). */
function partiesIn(sentence: IndexedSentence | undefined, quotes: readonly Span[]): Set<string> {
  const out = namedParties(sentence, quotes);
  for (const k of sentence?.keys ?? []) out.add(k);
  return out;
}

function intersects(keys: Iterable<string>, set: ReadonlySet<string>): boolean {
  for (const k of keys) if (set.has(k)) return true;
  return false;
}

/** Content keys the rewrite sentence shares with the source sentence's claim: its words, the speaker's aside. */
function claimShared(source: SourceIndex, si: number, keys: readonly string[]): number {
  const s = source.sentences[si];
  if (!s) return 0;
  const speaker = source.attributions[si]?.speaker;
  const claim = new Set<string>();
  for (const t of s.tokens) {
    if (t.kind === 'punct' || (speaker && t.start >= speaker.start && t.end <= speaker.end)) continue;
    const k = contentKey(t.lower);
    if (k !== undefined) claim.add(k);
  }
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
    const { text, quotes } = context.article;
    const sourceQuotes = source.article.quotes;
    const { paragraphs, sentences } = context.article;
    rewrite.sentences.forEach((r, ri) => {
      // A headline sums up; it is not where a claim is credited.
      if (paragraphs[sentences[ri]?.paragraph ?? -1]?.kind === 'heading') return;
      const al = aligned[ri];
      if (!al || al.source < 0 || al.coverage < RETELLS || al.shared < MIN_SHARED) return;
      const theirs = source.attributions[al.source];
      if (!theirs || theirs.keys.length === 0) return;
      const ours = rewrite.attributions[ri];
      // The same party named in the sentence, or just before it when the sentence says "he said".
      const here = partiesIn(r, quotes);
      if (ours?.pronoun) for (const k of partiesIn(rewrite.sentences[ri - 1], quotes)) here.add(k);
      if (intersects(theirs.keys, here)) return;
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
      if (ours) {
        if (ours.pronoun || ours.keys.length === 0) return;
        // The rewrite's party is named in the source's sentence too ("Ukrainian" beside "the military in Kyiv"):
        // it may be the same party in other words.
        if (ours.named) {
          const nearby = namedParties(sourceSentence, sourceQuotes);
          for (const k of namedParties(source.sentences[al.source - 1], sourceQuotes)) nearby.add(k);
          if (intersects(ours.keys, nearby)) return;
        }
        context.report({
          start: ours.speaker.start,
          end: ours.speaker.end,
          message: `The rewrite credits this to "${excerpt(text, ours.speaker, 60)}"; the source credits it to "${credited}".`,
          related,
          // A description ("the company", "officials") may be the source's party in other words: a weaker case.
          ...(ours.named ? {} : { severity: 'info' as const }),
        });
        return;
      }
      if (claimShared(source, al.source, r.keys) < MIN_CLAIM_SHARED) return;
      context.report({
        start: r.start,
        end: r.end,
        message: `This states as fact what the source credits to "${credited}".`,
        related,
        ...(CLAIM_VERBS.has(theirs.verb) ? {} : { severity: 'info' as const }),
      });
    });
  },
};
export default rule;

import {
  alignment,
  excerpt,
  findSequence,
  rewriteIndex,
  sourceIndex,
  wordSimilarity,
  type IndexedQuote,
  type SourceIndex,
} from '../analysis/source-index';
import type { Rule } from '../rule';
import type { Fix, Related } from '../types';

/**
 * A source quotation this close to the rewrite's (Dice's coefficient over their words) is named as the one
 * meant. Half the words shared is where, in our fixture pairs, a trimmed or reworded quotation still reads as
 * the same remark; below it the two share only common words and naming one would mislead.
 */
const NEAR_QUOTE = 0.5;
/**
 * A quick fix restores the source's wording only from this close (two words in three shared), and only when no
 * other source quotation is as close: a person should not have to guess which remark the fix brings back.
 */
const FIX_QUOTE = 0.65;
/** Quotations of fewer words are mostly scare quotes or terms ("so-called"), not a person's words: reported as info. */
const MIN_SPEECH_WORDS = 2;
/**
 * The source sentence aligned with the quotation's sentence is shown as the closest passage when the two share at
 * least this many content words. It is a pointer for the editor, not a verdict: in our fixture pairs an invented
 * quotation's sentence shares two or three words with the passage it dresses up, and unrelated sentences share
 * at most one.
 */
const PASSAGE_SHARED = 2;

/**
 * A word in more source quotations than this does not single out candidates (it is in most of them); skipping it
 * keeps the search bounded when a long source quotes a lot.
 */
const MAX_QUOTES_PER_WORD = 50;

/** Source quotations that share a content word with `quote`, each with its similarity, best first. */
function candidates(source: SourceIndex, quote: IndexedQuote): { index: number; similarity: number }[] {
  const seen = new Set<number>();
  for (const w of quote.words) {
    const list = source.quoteWords.get(w) ?? [];
    if (list.length <= MAX_QUOTES_PER_WORD) for (const qi of list) seen.add(qi);
  }
  const out: { index: number; similarity: number }[] = [];
  for (const qi of seen) {
    const q = source.quotes[qi];
    if (q) out.push({ index: qi, similarity: wordSimilarity(quote.words, q.words) });
  }
  return out.sort((a, b) => b.similarity - a.similarity || a.index - b.index);
}

/** The source's inner words in the rewrite's shape: its case at the start, and the rewrite's closing punctuation. */
function restoredText(sourceInner: string, rewriteInner: string): string {
  let out = sourceInner.trim().replace(/[,;:]+$/, '');
  const closing = /[.!?,]+$/.exec(rewriteInner.trim())?.[0] ?? '';
  out = out.replace(/[.!?]+$/, '') + closing;
  const first = rewriteInner.trim().charAt(0);
  if (first && first === first.toLowerCase()) out = out.charAt(0).toLowerCase() + out.slice(1);
  else if (first) out = out.charAt(0).toUpperCase() + out.slice(1);
  return out;
}

const rule: Rule = {
  meta: {
    id: 'drift-quote',
    description:
      'Finds a direct quotation in a rewrite whose words are not in its linked source: altered or invented, with the closest source quotation.',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'rewrite',
    tags: ['editorial'],
    rationale:
      "A quotation promises the reader that these are the speaker's words. In a rewrite, a quotation the source does not have was either altered or invented, and both put words in someone's mouth. Quote the source exactly (an ellipsis may trim it, and quote marks and the case of the first letter may change), or paraphrase without quote marks.",
  },
  check(context) {
    const source = sourceIndex(context);
    if (!source) return;
    const rewrite = rewriteIndex(context);
    const aligned = alignment(context);
    const { text } = context.article;
    for (const quote of rewrite.quotes) {
      if (quote.words.length === 0) continue;
      if (quote.segments.every((segment) => findSequence(source, segment) !== -1)) continue;
      const written = excerpt(text, quote.inner);
      const severity = quote.words.length < MIN_SPEECH_WORDS ? ('info' as const) : undefined;
      const [best, second] = candidates(source, quote);
      const near = best && best.similarity >= NEAR_QUOTE ? source.quotes[best.index] : undefined;
      if (near && best) {
        const sourceWords = excerpt(source.text, near.inner);
        const fixes: Fix[] = [];
        if (best.similarity >= FIX_QUOTE && !(second && second.similarity >= best.similarity)) {
          const innerText = text.slice(quote.inner.start, quote.inner.end);
          const restored = restoredText(source.text.slice(near.inner.start, near.inner.end), innerText);
          fixes.push({
            title: `Restore the source's words: “${excerpt(restored, { start: 0, end: restored.length }, 60)}”`,
            edits: [{ start: quote.inner.start, end: quote.inner.end, newText: restored }],
            safe: false,
          });
        }
        context.report({
          start: quote.start,
          end: quote.end,
          message: `The quotation “${written}” differs from the source, which has “${sourceWords}”.`,
          related: [{ start: near.start, end: near.end, message: `The source's quotation: “${sourceWords}”`, inSource: true }],
          fixes,
          ...(severity ? { severity } : {}),
        });
        continue;
      }
      const related: Related[] = [];
      const al = aligned[quote.sentence];
      const passage = al && al.source >= 0 && al.shared >= PASSAGE_SHARED ? source.sentences[al.source] : undefined;
      if (passage) {
        related.push({
          start: passage.start,
          end: passage.end,
          message: `Closest passage in the source: "${excerpt(source.text, passage, 120)}"`,
          inSource: true,
        });
      }
      context.report({
        start: quote.start,
        end: quote.end,
        message: passage
          ? `The quotation “${written}” is not in the source; the closest passage there is "${excerpt(source.text, passage, 100)}".`
          : `The quotation “${written}” is not in the source.`,
        related,
        ...(severity ? { severity } : {}),
      });
    }
  },
};
export default rule;

import { inSpans } from '../article';
import {
  alignment,
  excerpt,
  figuresBetween,
  rankSentences,
  reach,
  rewriteIndex,
  sameCounted,
  sameValue,
  sharedContext,
  sourceIndex,
  type Figure,
  type SourceIndex,
} from '../analysis/source-index';
import type { Rule } from '../rule';
import type { Fix, Related } from '../types';

/**
 * A figure is compared with the figures of its sentence's aligned source sentence when that sentence covers at
 * least this share of the rewrite sentence's weighted content. A quarter is where, in our fixture pairs, a
 * rewritten sentence and its original still share the event (names, the counted noun, a place) rather than one
 * common word.
 */
const LOCAL_COVERAGE = 0.25;
/** Spelled numbers below this after "the" point back at things already named ("the two sides"), not at a count. */
const REFERENTIAL_BELOW = 10;

/**
 * At most this many source figures of the same value are compared with one rewrite figure (the ones in the passage
 * it retells first). A value repeated hundreds of times (a table's cells) needs no more to be found, and the bound
 * keeps a table against a table linear.
 */
const MAX_MATCHES = 64;

/** Source figures with the rewrite figure's value, allowing for rounding and vague words: the local ones first. */
function valueMatches(source: SourceIndex, f: Figure, local: number): Figure[] {
  const out: Figure[] = [];
  for (const s of source.figuresBySentence.get(local) ?? []) if (sameValue(f, s)) out.push(s);
  const low = f.vague ? f.value : f.value - reach(f);
  const high = f.vague ? f.value * 10 : f.value + reach(f);
  for (const s of figuresBetween(source, f.unit, low, high, MAX_MATCHES)) {
    if (s.sentence !== local && sameValue(f, s)) out.push(s);
  }
  return out;
}

/**
 * A source figure elsewhere in the story is about the same thing as the rewrite's when the words around the two
 * share at least this many content words ("civilian", "UN", "military"). One shared word is often only the
 * country or the war; two, in our fixture pairs, is the same statistic retold.
 */
const MIN_CONTEXT = 2;
/** Source sentences searched for the figure a changed value replaced: the few that share most of its context. */
const CANDIDATE_SENTENCES = 3;

/** Whether a source figure gives the same kind of thing as the rewrite's, so a different value is a change. */
function sameKind(f: Figure, s: Figure): boolean {
  if (f.unit === 'count') {
    return (
      !!f.counted &&
      !!s.counted &&
      (f.counted.key === s.counted.key || (f.counted.cls !== undefined && f.counted.cls === s.counted.cls))
    );
  }
  return sameCounted(f, s);
}

const rule: Rule = {
  meta: {
    id: 'drift-figure',
    description:
      'Finds a figure in a rewrite that its linked source does not give: an invented number, a changed value, or the same number counting something else.',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'rewrite',
    tags: ['editorial'],
    rationale:
      'Numbers are the facts readers repeat. A rewrite that adds a number, changes one, or makes "14,000 deaths" into "14,000 casualties" reports something the source never said. Equivalent forms are fine ("10%" for "10 percent", "three" for "3", "$2.5m" for "$2.5 million", "about $3.2 million" for "$3.18 million", a date written another way); anything else needs a source of its own.',
  },
  check(context) {
    const source = sourceIndex(context);
    if (!source) return;
    const rewrite = rewriteIndex(context);
    const aligned = alignment(context);
    const { article } = context;
    const { text } = article;
    for (const f of rewrite.figures) {
      if (inSpans(article.quotes, f.start)) continue;
      if (
        f.unit === 'count' &&
        f.spelled &&
        f.value < REFERENTIAL_BELOW &&
        /\bthe\s+$/i.test(text.slice(Math.max(0, f.start - 5), f.start))
      )
        continue;
      const al = aligned[f.sentence];
      const local = al && al.source >= 0 && al.coverage >= LOCAL_COVERAGE ? al.source : -1;
      const near = (s: Figure): boolean => s.sentence === local || sharedContext(f, s) >= MIN_CONTEXT;
      const byContext = (a: Figure, b: Figure): number => sharedContext(f, b) - sharedContext(f, a) || a.start - b.start;
      const matches = valueMatches(source, f, local);
      const nearMatches = matches.filter(near);
      if (nearMatches.some((s) => sameCounted(f, s))) continue;
      const written = excerpt(text, f);
      const other = nearMatches.filter((s) => s.counted).sort(byContext)[0];
      if (other?.counted && f.counted) {
        const sourceWords = excerpt(source.text, other);
        const restored = source.text.slice(other.start, other.end);
        context.report({
          start: f.start,
          end: f.end,
          message: `"${written}" counts something else: the source has "${sourceWords}".`,
          related: [{ start: other.start, end: other.end, message: `The source's figure: "${sourceWords}"`, inSource: true }],
          fixes: [
            {
              title: `Restore the source's words: "${excerpt(restored, { start: 0, end: restored.length }, 60)}"`,
              edits: [{ start: f.start, end: f.end, newText: restored }],
              safe: false,
            },
          ],
        });
        continue;
      }
      if (matches.some((s) => sameCounted(f, s))) continue;
      const pool = new Set<number>(local >= 0 ? [local] : []);
      for (const r of rankSentences(source, f.context, CANDIDATE_SENTENCES)) pool.add(r.sentence);
      const changed: Figure[] = [];
      for (const si of pool)
        for (const s of source.figuresBySentence.get(si) ?? [])
          if (s.unit === f.unit && sameKind(f, s) && near(s)) changed.push(s);
      const was = changed.sort(byContext)[0];
      if (was) {
        const sourceNumber = source.text.slice(was.number.start, was.number.end);
        const sourceWords = excerpt(source.text, was);
        const fixes: Fix[] = [
          {
            title: `Restore the source's figure: "${sourceNumber}"`,
            edits: [{ start: f.number.start, end: f.number.end, newText: sourceNumber }],
            safe: false,
          },
        ];
        context.report({
          start: f.start,
          end: f.end,
          message: `"${written}" differs from the source, which has "${sourceWords}".`,
          related: [{ start: was.start, end: was.end, message: `The source's figure: "${sourceWords}"`, inSource: true }],
          fixes,
        });
        continue;
      }
      const related: Related[] = [];
      const passage = local >= 0 ? source.sentences[local] : undefined;
      if (passage) {
        related.push({
          start: passage.start,
          end: passage.end,
          message: `The passage it retells: "${excerpt(source.text, passage, 120)}"`,
          inSource: true,
        });
      }
      context.report({
        start: f.start,
        end: f.end,
        message: passage
          ? `"${written}" is not in the source; the passage this retells says "${excerpt(source.text, passage, 100)}".`
          : `"${written}" is not in the source.`,
        related,
      });
    }
  },
};
export default rule;

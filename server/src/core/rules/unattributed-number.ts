/**
 * unattributed-number: a statistic with no source nearby. The figure finder
 * lives in analysis/numbers.ts; this file decides which sentences to look at,
 * whether a neighbour names a source, and where the placeholder goes.
 */
import { inSpans, type Article, type Paragraph, type Sentence } from '../article';
import { boilerplateBlocks } from '../analysis/boilerplate';
import { cueMatcher, findFigures, hasAttribution, type Figure } from '../analysis/numbers';
import { stringList, type Rule } from '../rule';
import type { Span } from '../types';

/** What the fix inserts: a person must replace `[SOURCE]` with the real source. */
export const PLACEHOLDER = ', according to [SOURCE]';
/** Where no clause end can take the placeholder (it would land inside a quotation). */
export const PLACEHOLDER_INLINE = ' (according to [SOURCE])';

const CLOSERS = '"\'”’)]»';
const TERMINAL = '.!?…';
const SMALL_WORDS = new Set(
  'a an the of in on at to for and or but nor with from by as vs via into over per is are was be its his her'.split(' '),
);
const ABBREVIATION_END = /(?:\b\p{L}\.)+\p{L}$|\b(?:Inc|Co|Corp|Ltd|Jr|Sr|Bros|etc|[ap]\.m)$/u;

function isSpace(c: string): boolean {
  return c === ' ' || c === '\t' || c === '\u00A0';
}

/**
 * A line that reads like a title: on a line of its own, no closing
 * punctuation, and either nearly every significant word capitalized
 * ("Hundreds Of Babies Saved From ...") or a short paragraph of its own (a
 * subhead such as "8,000 attend races"). Teasers and subheads state no
 * sourced claim.
 */
function titleLike(text: string, s: Sentence, paragraph: Paragraph | undefined): boolean {
  let e = s.text.length;
  while (e > 0 && CLOSERS.includes(s.text.charAt(e - 1))) e--;
  if (TERMINAL.includes(s.text.charAt(e - 1)) || s.text.charAt(e - 1) === ':' || s.text.charAt(e - 1) === ';') return false;
  let before = s.start - 1;
  while (before >= 0 && isSpace(text.charAt(before))) before--;
  if (before >= 0 && text.charAt(before) !== '\n' && text.charAt(before) !== '\r') return false;
  let after = s.end;
  while (after < text.length && isSpace(text.charAt(after))) after++;
  if (after < text.length && text.charAt(after) !== '\n' && text.charAt(after) !== '\r') return false;
  const words = s.text.match(/[\p{L}\p{N}][\p{L}\p{N}'’.,-]*/gu) ?? [];
  if (paragraph && paragraph.kind === 'prose' && paragraph.start === s.start && paragraph.end === s.end && words.length <= 8)
    return true;
  const significant = words.filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (significant.length < 2) return false;
  const capitalized = significant.filter((w) => w.charAt(0) !== w.charAt(0).toLowerCase()).length;
  return capitalized / significant.length >= 0.8;
}

/**
 * A paragraph that opens a quotation and never closes it: in news style a
 * quotation that runs over several paragraphs drops the closing mark on all
 * but the last, and its speaker was named where it began.
 */
function openQuotation(text: string, paragraph: Paragraph | undefined, quotes: readonly Span[]): boolean {
  if (!paragraph) return false;
  let i = paragraph.start;
  while (i < paragraph.end && isSpace(text.charAt(i))) i++;
  const c = text.charAt(i);
  return (c === '"' || c === '“' || c === '«') && !inSpans(quotes, i);
}

/**
 * Where the placeholder goes: before the end of the figure's clause (a
 * semicolon, a colon, a dash) or else before the sentence's closing
 * punctuation. Returns the offset and the text to insert.
 */
export function placeholderEdit(article: Article, s: Sentence, figureEnd: number): { at: number; newText: string } {
  const text = article.text;
  let at = -1;
  let newText = PLACEHOLDER;
  for (let k = figureEnd; k < s.end; k++) {
    const c = text.charAt(k);
    const clauseEnd =
      c === ';' ||
      c === '—' ||
      c === '–' ||
      (c === ':' && isSpace(text.charAt(k + 1))) ||
      (c === '-' && isSpace(text.charAt(k - 1)) && (isSpace(text.charAt(k + 1)) || text.charAt(k + 1) === '-'));
    if (clauseEnd && !inSpans(article.quotes, k)) {
      at = k;
      break;
    }
  }
  if (at === -1) {
    let e = s.end;
    while (e > figureEnd && (CLOSERS.includes(text.charAt(e - 1)) || TERMINAL.includes(text.charAt(e - 1)))) e--;
    at = e;
    // "... from the U.S." keeps its abbreviation's period and gains a full stop.
    if (text.charAt(e) === '.' && text.charAt(e + 1) !== '.' && ABBREVIATION_END.test(text.slice(Math.max(s.start, e - 12), e))) {
      at = e + 1;
      newText = `${PLACEHOLDER}.`;
    }
  }
  while (at > figureEnd && isSpace(text.charAt(at - 1))) at--;
  const inside = (k: number): boolean => inSpans(article.quotes, k) && inSpans(article.quotes, k - 1);
  if (inside(at)) {
    // "… was ‘safe’." takes the placeholder after the closing mark.
    let e = s.end;
    while (e > figureEnd && TERMINAL.includes(text.charAt(e - 1))) e--;
    if (e < s.end && e > figureEnd && !inside(e)) return { at: e, newText: PLACEHOLDER };
    // The quotation holds the closing punctuation: put the placeholder right after the figure.
    return { at: figureEnd, newText: PLACEHOLDER_INLINE };
  }
  return { at, newText };
}

/** The cached facts of one sentence's text, filled in as the rule needs them. */
interface SentenceFacts {
  figures?: Figure[];
  attributed?: boolean;
}

const rule: Rule = {
  meta: {
    id: 'unattributed-number',
    description:
      'Finds statistics (money, percentages, rates, totals, counts of people or casualties) with no source in the same or a neighbouring sentence.',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial'],
    options: {
      attributionCues: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Extra words or phrases that count as attribution (matched literally and case-insensitively), such as "Eurostat" or "per the ministry".',
      },
    },
    rationale:
      'A figure is a claim: readers cannot weigh "14,000 deaths" or "$2.3 million" without knowing who counted, estimated or reported it. ' +
      'Name the source in the sentence that states the figure or the one beside it, in the same paragraph ("according to the health ministry", "the city said", "census data show"). ' +
      'The quick fix only inserts a placeholder, ", according to [SOURCE]", which you must replace with the real source; it is never applied by fix-all.',
  },
  check(context) {
    const { article } = context;
    const { text, sentences, paragraphs } = article;
    const cues = stringList(context.options, 'attributionCues');
    const extra = cueMatcher(cues);
    const blocks = boilerplateBlocks(context);
    const urls: Span[] = article.links.map((l) => l.url);
    // What a sentence holds depends only on its text (and the cues): one cache entry per
    // sentence, kept across runs, so an edit re-reads only the sentences it touched.
    const space = `unattributed-number:${JSON.stringify(cues)}`;
    const entries = sentences.map((s) => context.cache.get<SentenceFacts>(space, s.text, () => ({})));
    const isAttributed = (i: number): boolean => {
      const entry = entries[i];
      if (!entry) return false;
      entry.attributed ??= hasAttribution(sentences[i]?.text ?? '', extra);
      return entry.attributed;
    };
    sentences.forEach((s, i) => {
      if (paragraphs[s.paragraph]?.kind === 'heading') return;
      if (inSpans(blocks, s.start) || inSpans(blocks, s.end - 1)) return;
      const entry = entries[i];
      if (!entry) return;
      entry.figures ??= findFigures(s.text);
      const figures = entry.figures.filter(
        (f) => !inSpans(article.quotes, s.start + f.start) && !inSpans(urls, s.start + f.start),
      );
      const first = figures[0];
      if (!first) return;
      if (openQuotation(text, paragraphs[s.paragraph], article.quotes)) return;
      if (isAttributed(i)) return;
      const prev = sentences[i - 1];
      const next = sentences[i + 1];
      if (prev && prev.paragraph === s.paragraph && isAttributed(i - 1)) return;
      if (next && next.paragraph === s.paragraph && isAttributed(i + 1)) return;
      if (titleLike(text, s, paragraphs[s.paragraph])) return;
      const start = s.start + first.start;
      const end = s.start + first.end;
      const phrase = text.slice(start, end).replace(/\s+/g, ' ');
      const edit = placeholderEdit(article, s, end);
      context.report({
        start,
        end,
        message: `No source for "${phrase}": say who counted, estimated or reported it, in this sentence or one beside it.`,
        fixes: [
          {
            title: 'Insert an "according to [SOURCE]" placeholder to fill in',
            edits: [{ start: edit.at, end: edit.at, newText: edit.newText }],
            safe: false,
          },
        ],
      });
    });
  },
};
export default rule;

/**
 * unattributed-number: a statistic with no source nearby. The figure model
 * lives in analysis/figures/ (quantities, kinds, document shapes,
 * attribution scopes); this file picks the sentences to look at, turns the
 * model's confidence into a severity and places the placeholder.
 */
import { inSpans, type Article, type Paragraph, type Sentence } from '../article';
import { furnitureOf } from '../analysis/boilerplate';
import { articleAttribution, compileCues, SOURCE_PLACEHOLDER } from '../analysis/figures/attribution';
import { documentShape, type DocumentShape } from '../analysis/figures/documents';
import {
  documentContext,
  placeFigure,
  sentenceFigures,
  statisticSentences,
  type ArticleFigure,
  type Confidence,
  type Figure,
} from '../analysis/figures/figures';
import { quantityKey, readQuantities, type Quantity } from '../analysis/figures/quantities';
import { stringList, type Rule, type RuleContext, type RuleOptions } from '../rule';
import { TokenPool } from '../tokens';
import { detach } from '../text';
import { SEVERITIES, type Severity, type Span } from '../types';

/** What the fix inserts: a person must replace the placeholder with the real source (source-placeholder reports it until then). */
export const PLACEHOLDER = `, according to ${SOURCE_PLACEHOLDER}`;
/** Where no clause end can take the placeholder (it would land inside a quotation). */
export const PLACEHOLDER_INLINE = ` (according to ${SOURCE_PLACEHOLDER})`;

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
 * ("Hundreds Of Families Return Home After ...") or a short paragraph of its own (a
 * subhead such as "6,500 cheer the regatta"). Teasers and subheads state no
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
 * Where a quotation that a speaker opens mid-paragraph and never closes begins, or -1: "Sarah Whitcombe said: "I am
 * delighted … We remain on track to deliver 1,000 homes." runs on into the next paragraph, where news style drops
 * the closing mark on all but the last. The opening mark follows a colon or a comma (the speaker introduced), or the
 * next paragraph opens with a quotation mark. One pass over the paragraph.
 */
function unclosedQuotation(text: string, paragraph: Paragraph, next: Paragraph | undefined, quotes: readonly Span[]): number {
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const c = text.charAt(i);
    if (c !== '"' && c !== '“' && c !== '«') continue;
    if (inSpans(quotes, i)) continue;
    let k = i - 1;
    while (k >= paragraph.start && isSpace(text.charAt(k))) k--;
    // An opening mark: at the paragraph's start, or after a space.
    if (k === i - 1 && k >= paragraph.start) continue;
    const introduced = k >= paragraph.start && (text.charAt(k) === ':' || text.charAt(k) === ',');
    if (!introduced && !(next && openQuotation(text, next, quotes))) continue;
    // No closing mark of its kind after it in the paragraph.
    const closer = c === '«' ? '»' : c === '“' ? '”' : '"';
    for (let k2 = i + 1; k2 < paragraph.end; k2++) if (text.charAt(k2) === closer) return -1;
    return i;
  }
  return -1;
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

/** Severities of the weaker cases by default: a likely statistic is information, a possible one is not reported. */
const DEFAULT_LIKELY: Severity = 'info';
const DEFAULT_POSSIBLE: Severity = 'off';

function severityOption(options: RuleOptions, key: string, fallback: Severity): Severity {
  const v = options[key];
  return typeof v === 'string' && (SEVERITIES as readonly string[]).includes(v) ? (v as Severity) : fallback;
}

/** A short, stable key for the user's cues (a long list must not become a long cache key). */
function cueKey(cues: readonly string[]): string {
  let h1 = 0x811c9dc5;
  let h2 = 0;
  for (const c of cues) {
    for (let i = 0; i < c.length; i++) {
      const code = c.charCodeAt(i);
      h1 = Math.imul(h1 ^ code, 0x01000193) >>> 0;
      h2 = (Math.imul(h2, 31) + code) >>> 0;
    }
    h1 = Math.imul(h1 ^ 0x0a, 0x01000193) >>> 0;
    h2 = (Math.imul(h2, 31) + 10) >>> 0;
  }
  return `${cues.length}:${h1.toString(36)}:${h2.toString(36)}`;
}

const RANK: Record<Confidence, number> = { sure: 2, likely: 1, possible: 0 };
/** Words of a market wrap's follow-on sentence: "A week earlier the rate was 1.870%." */
const MARKET_TERMS = /\b(?:rate|rates|yield|yields|price|prices|average|close|closed)\b/i;
/** A sentence about shares or stocks, and the verbs their moves are told in after it. */
const SHARES_OPENER = /^\W*(?:shares|stocks)\b/i;
/** A sentence that opens on the pronoun of what the sentence before priced: "It has now lost …", "They still trade …". */
const MARKET_PRONOUN = /^\W*(?:it|they)\b/i;
/** "trade", "trades", "traded" and "trading": where a market's price stands. */
const TRADES = /\btrad(?:e|es|ed|ing)\b/i;
const SHARE_MOVES =
  /\b(?:gained|rose|fell|dropped|slipped|climbed|added|lost|jumped|sank|declined|advanced|edged|slid|tumbled|rallied)\b/i;

/**
 * How many paragraphs ahead a sourced restatement still covers a figure: a lede's count ("Four
 * people have died") is often sourced where the next paragraph states it again ("the four deaths,
 * the coroner said"). Further on it is a new mention, not the lede's source. One development page
 * needs it, and one paragraph would do there; two leaves a margin.
 */
const RESTATED_AHEAD = 2;

/**
 * What makes two mentions the same claim: the same amount ("20 lakh" and "2 million"), and for a vague amount the
 * same thing counted too. "Tens of thousands of seasonal worker permits" (sourced) says nothing of "Tens of
 * thousands of jobs" two paragraphs on; "hundreds of people" and "the hundreds of people" are one claim.
 */
function claimKey(q: Quantity): string {
  return q.vague ? `${quantityKey(q)}|${q.noun?.lemma ?? ''}` : quantityKey(q);
}

/** A figure distinctive enough that a second mention is the same claim: not "two" or "five". */
function restatable(q: Quantity): boolean {
  return q.unit !== 'count' || q.value >= 10 || q.vague;
}

/** The relative clause (", which ... ,") a figure sits in, when it does. */
function relativeClause(article: Article, f: ArticleFigure): Span | undefined {
  const c = f.quantity.clause;
  const s = article.sentences[f.sentence];
  if (!s) return undefined;
  const opener = article.text
    .slice(s.start + c.start, s.start + c.start + 8)
    .trimStart()
    .toLowerCase();
  return /^(?:which|who|whom|whose|where)\b/.test(opener) ? { start: s.start + c.start, end: s.start + c.end } : undefined;
}

/** Whether a quotation (sorted, not overlapping) holds a character of the span. */
function quoteIn(quotes: readonly Span[], span: Span): boolean {
  let lo = 0;
  let hi = quotes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((quotes[mid] as Span).end <= span.start) lo = mid + 1;
    else hi = mid;
  }
  const q = quotes[lo];
  return q !== undefined && q.start < span.end && q.end > span.start;
}

/**
 * Whether the sentence lies wholly inside a recipe's span: then every figure in it is placed in a region
 * (`placeFigure`: a table row's line or that span), and none is a statistic. Tables are left to `placeFigure` (a
 * line's table neighbourhood is read only when a statistic on it asks), and so is product copy, where a share or a
 * ratio of people stays a statistic.
 */
function insideRegion(shape: DocumentShape, s: Sentence): boolean {
  const span = shape.spanAt(s.start);
  return span !== undefined && span.kind === 'recipe' && s.end <= span.end;
}

function check(context: RuleContext): void {
  const { article } = context;
  const { text, sentences, paragraphs } = article;
  const cues = stringList(context.options, 'attributionCues');
  const key = cueKey(cues);
  const matcher = cues.length ? context.cache.get('figures:matcher', key, () => compileCues(cues)) : undefined;
  const severity: Record<Confidence, Severity | undefined> = {
    sure: undefined,
    likely: severityOption(context.options, 'likely', DEFAULT_LIKELY),
    possible: severityOption(context.options, 'possible', DEFAULT_POSSIBLE),
  };
  const furniture = furnitureOf(context);
  const urls: Span[] = article.links.map((l) => l.url);
  // The candidates: statistics in prose sentences, read only where a sentence can hold one.
  // Each sentence's figures depend only on its text: kept per sentence across runs (found without hashing it).
  const indexes = statisticSentences(article, context.cache);
  // A cache that keeps nothing for a next run (a lint without one) classifies a sentence's quantities only where a
  // statistic of it could be reported (`live`); the others give only their quantities, to the search for sourced
  // restatements below. A cache that keeps them reads every sentence once, for the runs after this one.
  const lazy = !context.cache.keepsSpans;
  // The token objects of the sentences read here, written over from sentence to sentence: a sentence's figures and
  // quantities keep none of them (made per run, so nothing outlives it).
  const pool = new TokenPool();
  let figuresPer: (Figure[] | undefined)[];
  if (lazy) figuresPer = new Array<Figure[] | undefined>(indexes.length).fill(undefined);
  else {
    const spans = indexes.map((index) => sentences[index] as Sentence);
    // Read from a copy of the sentence (`detach`): the figures keep words of it, which as views of the document
    // would keep this version of it alive for as long as the sentence is not edited.
    figuresPer = context.cache.perSpan('unattributed-number:figures', text, spans, (s) =>
      sentenceFigures(detach(s.text), undefined, pool),
    );
  }
  const figuresAt = (k: number): Figure[] => {
    let figures = figuresPer[k];
    if (figures === undefined) {
      figures = sentenceFigures((sentences[indexes[k] ?? 0] as Sentence).text, undefined, pool);
      figuresPer[k] = figures;
    }
    return figures;
  };
  // The document's shape, made when first asked (a text with no statistic never asks).
  let shape: DocumentShape | undefined;
  const shapeOf = (): DocumentShape => (shape ??= documentShape(article, context.cache));
  // The sentences whose statistics may be reported: not in a heading or furniture, and (read lazily) not wholly in a
  // recipe's or product copy's span, where every figure takes a region's kind. The spans are looked for once some
  // sentence holds a statistic (a text with none is read as far as that, and no further, with no scan for spans).
  const live = new Uint8Array(indexes.length);
  let anyStatistic = false;
  for (let k = 0; k < indexes.length; k++) {
    const s = sentences[indexes[k] ?? 0];
    if (!s || paragraphs[s.paragraph]?.kind === 'heading') continue;
    if (furniture.isFurnitureAt(s.start) || furniture.isFurnitureAt(s.end - 1)) continue;
    if (lazy && anyStatistic && insideRegion(shapeOf(), s)) continue;
    live[k] = 1;
    if (!anyStatistic) {
      const figures = figuresAt(k);
      for (let j = 0; j < figures.length && !anyStatistic; j++) anyStatistic = (figures[j] as Figure).kind === 'statistic';
    }
  }
  if (!anyStatistic) return;
  // A sentence's figures, when it was read: a search of the sorted indexes (asked only for a rate or a price
  // after a sentence of market data, so no map of every sentence is built).
  const figuresOf = (sentence: number): Figure[] | undefined => {
    let lo = 0;
    let hi = indexes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((indexes[mid] ?? 0) < sentence) lo = mid + 1;
      else hi = mid;
    }
    return indexes[lo] === sentence ? figuresAt(lo) : undefined;
  };
  const doc = documentContext(article, context.cache, shapeOf());
  const attribution = articleAttribution(article, { matcher, cueKey: key, cache: context.cache });
  const candidates: ArticleFigure[] = [];
  // Loops by index: this function runs once per lint, so it is seldom optimised, and an unoptimised `for...of`
  // allocates an iterator and a result per step (thousands per run here).
  for (let k = 0; k < indexes.length; k++) {
    if (live[k] === 0) continue;
    const index = indexes[k] as number;
    const s = sentences[index] as Sentence;
    const figures = figuresAt(k);
    for (let j = 0; j < figures.length; j++) {
      const f = figures[j] as Figure;
      if (f.kind !== 'statistic') continue;
      const placed = placeFigure(f, s, index, doc);
      if (placed.kind !== 'statistic' || severity[placed.confidence] === 'off') continue;
      if (inSpans(article.quotes, placed.start) || inSpans(urls, placed.start)) continue;
      candidates.push(placed);
    }
  }
  if (candidates.length === 0) return;
  // The candidates no source reaches, with whether their sentence states claims at all (asked once per
  // sentence: a long one may hold many figures).
  const statesClaims = new Map<number, boolean>();
  // Per paragraph, where a quotation that runs on past its end opens (-1: none).
  const runsOn = new Map<number, number>();
  const unsourced = candidates.filter((f) => {
    const s = sentences[f.sentence];
    if (!s) return false;
    let states = statesClaims.get(f.sentence);
    if (states === undefined) {
      states = !openQuotation(text, paragraphs[s.paragraph], article.quotes) && !titleLike(text, s, paragraphs[s.paragraph]);
      if (states) {
        let opened = runsOn.get(s.paragraph);
        const p = paragraphs[s.paragraph];
        if (opened === undefined && p) {
          opened = unclosedQuotation(text, p, paragraphs[s.paragraph + 1], article.quotes);
          runsOn.set(s.paragraph, opened);
        }
        // A sentence after the opening mark (the one that opens it names its speaker, a source of its own).
        if (opened !== undefined && opened !== -1 && opened < s.start) states = false;
      }
      statesClaims.set(f.sentence, states);
    }
    const s0 = s.start;
    const clause = { start: s0 + f.quantity.clause.start, end: s0 + f.quantity.clause.end };
    return states && !attribution.coverage(f.sentence, f.start, relativeClause(article, f), clause);
  });
  if (unsourced.length === 0) return;
  // Figures stated with a source (in its sentence, a quotation, a credited post): the same figure stated
  // elsewhere is that claim again, sourced where it was (any paragraph before, or the next few). Only the
  // figures of the unsourced candidates are looked for.
  const keys = new Set(unsourced.map((f) => claimKey(f.quantity)));
  const values = new Set(unsourced.map((f) => f.quantity.value));
  const sourced = new Map<string, number[]>();
  const stated = (q: Quantity, index: number, at: number): void => {
    if (!values.has(q.value)) return;
    const k = claimKey(q);
    if (!keys.has(k)) return;
    const scope = inSpans(article.quotes, at) ? 'quoted' : attribution.coverage(index, at);
    if (scope !== 'quoted' && scope !== 'sentence' && scope !== 'credit' && scope !== 'lead-in') return;
    const list = sourced.get(k);
    if (list) list.push(index);
    else sourced.set(k, [index]);
  };
  for (let r = 0; r < indexes.length; r++) {
    const index = indexes[r] as number;
    const s = sentences[index];
    if (!s) continue;
    const figures = figuresPer[r];
    if (figures) {
      for (let j = 0; j < figures.length; j++) {
        const f = figures[j] as Figure;
        stated(f.quantity, index, s.start + f.start);
      }
      continue;
    }
    // A sentence read lazily and not classified: its quantities are its figures' (a figure starts where its quantity
    // does). Read only when a figure in it could be sourced there: quoted, or a scope `stated` takes.
    if (!quoteIn(article.quotes, s) && !attribution.maySource(index)) continue;
    const { quantities } = readQuantities(s.text, pool);
    for (let j = 0; j < quantities.length; j++) {
      const q = quantities[j] as Quantity;
      stated(q, index, s.start + q.start);
    }
  }
  const paragraphOf = (sentence: number): number => sentences[sentence]?.paragraph ?? 0;
  const restated = (f: ArticleFigure): boolean => {
    const list = sourced.get(claimKey(f.quantity));
    if (!list) return false;
    const p = paragraphOf(f.sentence);
    // The list is in document order: the first entry is the earliest, and the first after the figure is found by search.
    if ((list[0] ?? Infinity) < f.sentence && restatable(f.quantity)) return true;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((list[mid] ?? 0) <= f.sentence) lo = mid + 1;
      else hi = mid;
    }
    const after = list[lo];
    return after !== undefined && paragraphOf(after) - p <= RESTATED_AHEAD;
  };
  // A market wrap goes on from a price line: "On $900 million of notes, the average yield was 1.840%. A
  // week earlier the rate was 1.870%." A rate or a price in the sentence after market data is market data too.
  const marketBefore = (f: ArticleFigure): boolean => {
    const s = sentences[f.sentence];
    const prev = sentences[f.sentence - 1];
    if (!s || !prev || prev.paragraph !== s.paragraph || (f.quantity.unit !== 'percent' && f.quantity.unit !== 'money'))
      return false;
    // "Shares of rival retailers also rose. Brightwell Living gained 3.2 percent …": the moves of the shares named.
    if (SHARES_OPENER.test(prev.text) && SHARE_MOVES.test(s.text)) return true;
    // "Umoya's shares rose 4.6% … They still trade about 35% below their 2019 peak.", "The dalan lost 14 per cent …
    // It has now lost more than 45 per cent since January.": the same market's move, told of it by its pronoun.
    // Not a share of something of its own ("It has lost about 35% of its customers").
    const pronoun =
      MARKET_PRONOUN.test(s.text) && f.quantity.noun?.via !== 'of' && (SHARE_MOVES.test(s.text) || TRADES.test(s.text));
    if (!pronoun && !MARKET_TERMS.test(s.text)) return false;
    return (figuresOf(f.sentence - 1) ?? []).some((g) => g.reason === 'market data');
  };
  // One finding per sentence: its most confident unsourced statistic (the first, among equals).
  const best = new Map<number, ArticleFigure>();
  for (const f of unsourced) {
    const held = best.get(f.sentence);
    if (held && RANK[held.confidence] >= RANK[f.confidence]) continue;
    if (restated(f) || marketBefore(f)) continue;
    best.set(f.sentence, f);
  }
  // A figure told again ("More than 300 teenagers came ..." ... "the 300 teenagers and 65 advisers") is the same
  // claim: one finding, at its first mention, is enough. Counts and sums only: "two-thirds" or "50 per cent" told
  // twice are usually two claims.
  const told = new Set<string>();
  for (const f of [...best.values()].sort((a, b) => a.start - b.start)) {
    const s = sentences[f.sentence];
    if (!s) continue;
    const k = claimKey(f.quantity);
    if (told.has(k) && restatable(f.quantity) && (f.quantity.unit === 'count' || f.quantity.unit === 'money')) continue;
    told.add(k);
    const phrase = text.slice(f.start, f.end).replace(/\s+/g, ' ');
    const edit = placeholderEdit(article, s, f.end);
    context.report({
      start: f.start,
      end: f.end,
      message: `No source for "${phrase}": say who counted, estimated or reported it, in this sentence or one beside it.`,
      severity: severity[f.confidence],
      fixes: [
        {
          title: `Insert an "according to ${SOURCE_PLACEHOLDER}" placeholder to fill in`,
          edits: [{ start: edit.at, end: edit.at, newText: edit.newText }],
          safe: false,
        },
      ],
    });
  }
}

const SEVERITY_OPTION = { type: 'string', enum: [...SEVERITIES] };

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
          'Extra words or phrases that count as attribution (matched literally, word by word and case-insensitively), such as "Eurostat" or "per the ministry".',
      },
      likely: {
        ...SEVERITY_OPTION,
        default: DEFAULT_LIKELY,
        description:
          "Severity of a figure that is likely, but not surely, a statistic needing a source (a total of things, a percentage with no change or group named). Never above the rule's own severity.",
      },
      possible: {
        ...SEVERITY_OPTION,
        default: DEFAULT_POSSIBLE,
        description:
          'Severity of a figure that may need a source: background ("the city\'s 20 million residents"), history, a hypothetical, a large bare number. Off by default.',
      },
    },
    rationale:
      'A figure is a claim: readers cannot weigh "14,000 deaths" or "$2.3 million" without knowing who counted, estimated or reported it. ' +
      'Name the source in the sentence that states the figure or the one beside it ("according to the health ministry", "the city said", "census data show"). ' +
      'Prices, scores, specs, dates, ages, legal terms, tables and recipes need no source and are left alone. ' +
      `The quick fix only inserts a placeholder, "${PLACEHOLDER.slice(2)}", which you must replace with the real source (source-placeholder reports it until you do); it is never applied by fix-all.`,
  },
  check,
};
export default rule;

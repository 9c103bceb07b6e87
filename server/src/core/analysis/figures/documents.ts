/**
 * Parts of a document whose figures need no source, found from the text's
 * shape: tables and data lists (box scores, standings, snap counts), market
 * wraps' price lines, recipes and meal plans, product copy (prices and
 * specs). A figure in one of them is a cell, an amount or a price, never a
 * claim that a reader asks "says who?" about.
 *
 * The text is scanned a few times with regular expressions (no tokens); the
 * decisions are counts over neighbouring lines, so the whole pass is linear.
 */
import { inSpans, type Article } from '../../article';
import type { Span } from '../../types';

export type RegionKind = 'table' | 'box-score' | 'market' | 'recipe' | 'product';

export interface Region extends Span {
  kind: RegionKind;
}

/** Function words: prose has many, a table row almost none. */
/** In lower case only: a table's initials ("A. Ruiz") are no articles. */
const FUNCTION_RE =
  /\b(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|which|who|was|were|is|are|be|been|has|have|had|will|would|could|should|it|its|their|his|her|this|these|those|as|than|then|there|when|where|while|after|before)\b/g;
const NUMBER_RE = /\d+(?:[.,]\d+)*|[½⅓⅔¼¾⅛⅜⅝⅞]/g;
const WORD_RE = /\p{L}[\p{L}\p{M}\p{N}'’]*/gu;
/** After an amount: a unit a recipe or a meal plan measures in ("1 cup", "½ tsp.", "200 g"). Sticky: tried right after each number. */
const RECIPE_UNIT =
  /\s*-?\s*(?:cups?|c|tbsp|tablespoons?|tsp|teaspoons?|oz|ounces?|g|grams?|kg|lbs?|ml|l|liters?|litres?|cloves?|pinch|dash|slices?|sticks?|cans?|packages?|scoops?|servings?|quarts?|pints?|bunch|sprigs?|handful)\b/iy;
/** After an amount: a discount or a product's spec unit ("35% off", "120Hz", "6,000mAh", "34\""). Sticky. */
const PRODUCT_UNIT =
  /\s*%\s*off\b|\s*-?\s*(?:hz|ghz|mhz|gb|tb|mah|wh|kwh|kw|hp|horsepower|mpg|fps|nits|rpm|mp|megapixels?|mm|watts?|lumens|dpi|ppi|cc|lb-ft)\b|\s*["”](?=[\s,)]|$)/iy;
/** A price with cents: "$39.99". */
const CENTS = /^\d+\.\d\d$/;

interface LineFeatures {
  numbers: number;
  words: number;
  functionWords: number;
  /** An amount with a cooking unit ("1 cup", "½ tsp."). */
  recipe: boolean;
  /** A price with cents, a discount ("35% off"), or a spec unit. */
  product: boolean;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text)) n++;
  return n;
}

/**
 * Every line's shape, from a few scans of the whole text (one scan is far cheaper than a
 * regular expression per line): numbers, words and function words (counted only on lines with
 * two numbers or more), and whether it reads as a recipe or a product line.
 */
function lineFeatures(article: Article): LineFeatures[] {
  const { text, lines } = article;
  const feats: LineFeatures[] = lines.map(() => ({ numbers: 0, words: 0, functionWords: 0, recipe: false, product: false }));
  // One scan for numbers; the units after each are tried in place.
  let line = 0;
  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(text); m; m = NUMBER_RE.exec(text)) {
    while (line < lines.length && (lines[line]?.end ?? 0) < m.index) line++;
    const f = feats[line];
    if (!f) break;
    f.numbers++;
    const after = m.index + m[0].length;
    const prev = text.charAt(m.index - 1);
    if (/[\p{L}\p{N}]/u.test(prev) && prev !== '') continue;
    RECIPE_UNIT.lastIndex = after;
    if (RECIPE_UNIT.test(text)) f.recipe = true;
    PRODUCT_UNIT.lastIndex = after;
    if (PRODUCT_UNIT.test(text) || ((prev === '$' || prev === '£' || prev === '€') && CENTS.test(m[0]))) f.product = true;
  }
  lines.forEach((l, i) => {
    const f = feats[i];
    // A row needs numbers for a fifth of its words: a long line with a few numbers is prose, and its
    // words need not be counted (a word takes at least two characters and a space).
    if (!f || f.numbers < 2) return;
    if (f.numbers * 40 < l.text.length) {
      f.words = f.functionWords = l.text.length; // prose: no row
      return;
    }
    f.words = count(WORD_RE, l.text);
    f.functionWords = count(FUNCTION_RE, l.text);
  });
  return feats;
}

/**
 * A data line: numbers make up a good share of its tokens and it has almost no function words
 * ("DL Larry Ogunjobi 63 85% 1 tackle", "Dow 27,100.20 -0.4%"). Prose with several figures still
 * has its articles and prepositions. 2 = a clear row; 1 = a row with more words ("CB Tavierre Thomas
 * 1 1% No stats registered."), a row only beside clear ones; 0 = prose.
 */
function dataLevel(f: LineFeatures): number {
  // At least two numbers, function words under a quarter of the words, and numbers at least 30% of
  // the words-and-numbers (20% beside clear rows): in the development pages every table row passes
  // and no prose sentence does.
  if (f.numbers < 2 || f.functionWords > f.words * 0.25) return 0;
  const share = f.numbers / (f.numbers + f.words);
  return share >= 0.3 ? 2 : share >= 0.2 ? 1 : 0;
}

/** Rows needed to call neighbouring data lines a table: one or two such lines are just terse prose. */
const MIN_TABLE_ROWS = 3;
/** Lines of a recipe or of product copy a document needs before its figures are read as amounts or prices. */
const MIN_RECIPE_LINES = 4;
const MIN_PRODUCT_LINES = 4;

/** The parts of the article whose figures need no source, sorted and non-overlapping. */
export function documentRegions(article: Article): Region[] {
  const all = lineFeatures(article);
  const keep = article.lines.map((l) => !l.blank && !l.excluded);
  const lines = article.lines.filter((_, i) => keep[i]);
  const feats = all.filter((_, i) => keep[i]);
  const regions: Region[] = [];
  // Tables: a data line with at least MIN_TABLE_ROWS data lines among the five non-blank lines
  // around it, two of them clear rows.
  const level = feats.map(dataLevel);
  let rows = 0;
  let clear = 0;
  const add = (i: number, d: number): void => {
    const l = level[i] ?? 0;
    if (l > 0) rows += d;
    if (l === 2) clear += d;
  };
  for (let i = 0; i < Math.min(2, level.length); i++) add(i, 1);
  for (let i = 0; i < lines.length; i++) {
    if (i + 2 < level.length) add(i + 2, 1);
    if (i - 3 >= 0) add(i - 3, -1);
    const line = lines[i];
    if (line && (level[i] ?? 0) > 0 && rows >= MIN_TABLE_ROWS && clear >= 2) {
      regions.push({ start: line.start, end: line.end, kind: 'table' });
    }
  }
  // Recipes and product copy: from the first such line to the last, when there are enough of them.
  const span = (pick: (f: LineFeatures) => boolean, min: number, kind: RegionKind, toSection?: Article): void => {
    let count = 0;
    let first = -1;
    let last = -1;
    feats.forEach((f, i) => {
      if (!pick(f)) return;
      count++;
      if (first === -1) first = i;
      last = i;
    });
    const a = lines[first];
    const b = lines[last];
    if (count < min || !a || !b) return;
    let end = b.end;
    if (toSection) {
      const heading = toSection.headings.find((h) => h.start > b.end);
      end = heading ? heading.start : toSection.text.length;
    }
    regions.push({ start: a.start, end, kind });
  };
  // A recipe's method follows its ingredients: the region runs on to the next heading.
  span((f) => f.recipe, MIN_RECIPE_LINES, 'recipe', article);
  span((f) => f.product, MIN_PRODUCT_LINES, 'product');
  return normalize(regions);
}

/**
 * First-person words ("I", "my") per 1,000 words outside quotations from which a piece is the
 * writer's own account (an essay, a review, a blog post): its figures are first-hand, not claims
 * to source. In the development pages news stories stay under 5, first-person pieces are 10 to 66.
 */
const FIRST_PERSON_PER_1000 = 10;
/** And at least this many, so a short text with one "I" is not a first-person piece. */
const MIN_FIRST_PERSON = 5;
/** "I", "me", "my" and contractions ("I'm"): "I" only in capitals, so "i" in a URL is no writer. */
const FIRST_PERSON_RE = /\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself)\b(?!['’-])/g;

/** Whether the article is written in the first person singular (outside quotations): one scan of the text. */
export function firstPersonPiece(article: Article): boolean {
  const { text } = article;
  let mine = 0;
  FIRST_PERSON_RE.lastIndex = 0;
  for (let m = FIRST_PERSON_RE.exec(text); m; m = FIRST_PERSON_RE.exec(text)) if (!inSpans(article.quotes, m.index)) mine++;
  if (mine < MIN_FIRST_PERSON) return false;
  // Words, counted as the spaces between them (a native search, fast over a megabyte).
  let words = 1;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) words++;
  return mine * 1000 >= words * FIRST_PERSON_PER_1000;
}

/** Sorts regions and drops overlaps (the earlier, then the longer, wins). */
function normalize(regions: Region[]): Region[] {
  regions.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Region[] = [];
  for (const r of regions) {
    const last = out[out.length - 1];
    if (last && r.start < last.end) {
      if (r.end > last.end) out.push({ start: last.end, end: r.end, kind: r.kind });
      continue;
    }
    out.push(r);
  }
  return out;
}

/** The region holding `offset`, by binary search. */
export function regionAt(regions: readonly Region[], offset: number): Region | undefined {
  let lo = 0;
  let hi = regions.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = regions[mid];
    if (!r) break;
    if (offset < r.start) hi = mid - 1;
    else if (offset >= r.end) lo = mid + 1;
    else return r;
  }
  return undefined;
}

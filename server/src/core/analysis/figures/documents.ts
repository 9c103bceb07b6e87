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
import { inSpans, type Article, type Line } from '../../article';
import type { LintCache } from '../../cache';
import { isRegexSpaceCode } from '../../tokens';
import type { Span } from '../../types';

/** A table or data list (box scores and standings among them), a recipe or meal plan, product copy. Market lines are read per sentence, in figures.ts. */
export type RegionKind = 'table' | 'recipe' | 'product';

export interface Region extends Span {
  kind: RegionKind;
}

/** Function words: prose has many, a table row almost none. */
/** In lower case only: a table's initials ("A. Ruiz") are no articles. */
const FUNCTION_RE =
  /\b(?:the|a|an|and|or|but|of|to|in|on|at|for|with|by|from|that|which|who|was|were|is|are|be|been|has|have|had|will|would|could|should|it|its|their|his|her|this|these|those|as|than|then|there|when|where|while|after|before)\b/g;
const NUMBER_RE = /\d+(?:[.,]\d+)*|[½⅓⅔¼¾⅛⅜⅝⅞]/g;
const WORD_RE = /\p{L}[\p{L}\p{M}\p{N}'’]*/gu;
/**
 * An amount and a unit a recipe or a meal plan measures in: "1 cup", "½ tsp.", "200 g", "1 c. flour" (a cup's "c"
 * only with its full stop: "30C" and "2C" are temperatures).
 */
const RECIPE_RE =
  /(?:\d|[½⅓⅔¼¾⅛⅜⅝⅞])\s*-?\s*(?:c\.(?=\s)|(?:cups?|tbsp|tablespoons?|tsp|teaspoons?|oz|ounces?|g|grams?|kg|lbs?|ml|l|liters?|litres?|cloves?|pinch|dash|slices?|sticks?|cans?|packages?|scoops?|servings?|quarts?|pints?|bunch|sprigs?|handful)\b)/gi;
/**
 * A price with cents, a discount or a product's spec unit: "$39.99", "35% off", "120Hz", "6,000mAh", "34\"". Not a
 * sum in millions with two decimals ("revenue rose to $2.31 billion"), which a results story has on every line.
 */
const PRODUCT_RE =
  /[$£€]\s?\d+\.\d\d\b(?!\s?(?:million|billion|trillion|bn|mn|m|b|k)\b)|\d\s*(?:%\s*off\b|-?\s*(?:hz|ghz|mhz|gb|tb|mah|wh|kwh|kw|hp|horsepower|mpg|fps|nits|rpm|mp|megapixels?|mm|watts?|lumens|dpi|ppi|cc|lb-ft)\b|["”](?=[\s,)]|$))/gim;

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
  // `test` moves on as `exec` does (none of the expressions matches empty) without building a match.
  while (re.test(text)) n++;
  return n;
}

/**
 * A data line: numbers make up a good share of its tokens and it has almost no function words
 * ("LB Tomas Varga 58 81% 2 tackles", "Index 14,312.55 -0.6%"). Prose with several figures still
 * has its articles and prepositions. 2 = a clear row; 1 = a row with more words ("S Ade Lindqvist
 * 2 3% No stats recorded."), a row only beside clear ones; 0 = prose.
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
/** Clear rows among them: a table has some rows that are mostly numbers. */
const MIN_CLEAR_ROWS = 2;
/** Non-blank lines on each side of a line that make its neighbourhood. */
const TABLE_WINDOW = 2;
/** Lines of a recipe or of product copy a document needs before its figures are read as amounts or prices. */
const MIN_RECIPE_LINES = 4;
const MIN_PRODUCT_LINES = 4;
/**
 * Non-blank lines that may stand between two lines of one recipe or one piece of product copy. Such copy keeps its
 * amounts and prices close together: on the development pages the widest gap inside product copy was 5 lines, and
 * inside a recipe 15 (a method between two lists of ingredients). A wider gap ends the span, so that a long page
 * that gives a price now and then (news about fuel or fares, or many stories in one file) is not read as product
 * copy from its first price to its last.
 */
const MAX_SPAN_GAP = 16;

/**
 * Words from which a line is a paragraph of prose and cannot open a recipe: a list of ingredients opens with short
 * lines ("175g unsalted butter, softened"), while a story's paragraph above it that mentions an amount ("we sell 80
 * slices before lunch") is a sentence or more, and news sentences average twenty-odd words. Measured: on the
 * development pages the canning how-to's recipe opened on a 53-word paragraph ("you will need some mason jars")
 * and now opens at its first list line, the meal plan two lines later; the development score is unchanged. On a
 * held-out café story the recipe had opened on the story's second paragraph and hidden its four unsourced figures.
 * On Brown, two technical texts read as recipes from a paragraph with pounds in it are recipes no longer.
 */
const PARAGRAPH_WORDS = 25;
/** Whether a line has at least PARAGRAPH_WORDS words (counted as runs of spaces, up to the limit). */
function paragraphLine(text: string): boolean {
  let words = 0;
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) {
    if (i > 0 && text.charCodeAt(i - 1) !== 32 && ++words + 1 >= PARAGRAPH_WORDS) return true;
  }
  return false;
}

/** The shape of one line, from regular expressions over its text. */
function shapeOf(text: string): LineFeatures {
  const f: LineFeatures = { numbers: count(NUMBER_RE, text), words: 0, functionWords: 0, recipe: false, product: false };
  if (f.numbers < 2) return f;
  // A row needs numbers for a fifth of its words: a long line with a few numbers is prose.
  if (f.numbers * 40 < text.length) {
    f.words = f.functionWords = text.length;
    return f;
  }
  f.words = count(WORD_RE, text);
  f.functionWords = count(FUNCTION_RE, text);
  return f;
}

/**
 * The parts of a document whose figures need no source, asked about one offset at a time: a line's
 * table neighbourhood is read when a figure on it asks, recipes and product copy come from two
 * scans of the whole text. Everything is computed once per article.
 */
export interface DocumentShape {
  regionAt(offset: number): Region | undefined;
  /**
   * The recipe or product span holding `offset`, if any (no table is looked for): `regionAt` gives a region for every
   * offset inside it, a table row's or this span.
   */
  spanAt(offset: number): Region | undefined;
}

const FRACTIONS = '½⅓⅔¼¾⅛⅜⅝⅞';
/**
 * A line that ends so that a recipe amount could run on over its line break ("2\n cups"): what
 * `/(?:\d|[½⅓⅔¼¾⅛⅜⅝⅞])[\s-]*$/` says, read from the line's end (the expression tries every offset of it).
 */
export function recipeRunsOn(line: string): boolean {
  let q = line.length;
  for (let c = line.charCodeAt(q - 1); q > 0 && (c === 45 || isRegexSpaceCode(c)); c = line.charCodeAt(q - 1)) q--;
  if (q === 0) return false;
  const c = line.charCodeAt(q - 1);
  return (c >= 48 && c <= 57) || FRACTIONS.includes(line.charAt(q - 1));
}

/**
 * A line that ends so that a price or a spec could run on over its line break ("$\n39.99", "120\nHz"): what
 * `/[$£€]\s*$|\d[\s%-]*$/` says, read from the line's end.
 */
export function productRunsOn(line: string): boolean {
  let q = line.length;
  for (let c = line.charCodeAt(q - 1); q > 0 && isRegexSpaceCode(c); c = line.charCodeAt(q - 1)) q--;
  const sign = line.charCodeAt(q - 1);
  if (sign === 36 || sign === 0xa3 || sign === 0x20ac) return true;
  for (let c = line.charCodeAt(q - 1); q > 0 && (c === 37 || c === 45 || isRegexSpaceCode(c)); c = line.charCodeAt(q - 1)) q--;
  const c = line.charCodeAt(q - 1);
  return c >= 48 && c <= 57;
}
/** Lines a match that ran on into them can run on through again: only the spaces, hyphens and signs it may hold. */
const RECIPE_THROUGH = /^[\s-]*$/;
const PRODUCT_THROUGH = /^[\s%-]*$/;
const RECIPE_LINE = 1;
const RECIPE_ON = 2;
const PRODUCT_LINE = 4;
const PRODUCT_ON = 8;
const RECIPE_CONT = 16;
const PRODUCT_CONT = 32;

/**
 * What one line says for the recipe and product scans (bits): a match starts in it, and it ends so that a match
 * could cross its line break. Neither expression reads past a line's ends otherwise (`\b`, `$` and the
 * look-ahead see a line break as they see the end of the text), so when no line can run on, the lines with a
 * match are the lines the scan of the whole text counts.
 */
function shapeLineBits(line: string): number {
  return line.length === 0 ? EMPTY_LINE_BITS : lineBits(line);
}

/**
 * What every recipe amount and every price or spec starts with or runs on from (a digit, a fraction, a currency
 * sign): a line without one has neither, and most prose lines are skipped with this one test.
 */
const SHAPE_SIGN = /[\d½⅓⅔¼¾⅛⅜⅝⅞$£€]/;

function lineBits(line: string): number {
  let bits = 0;
  if (SHAPE_SIGN.test(line)) {
    RECIPE_RE.lastIndex = 0;
    if (RECIPE_RE.test(line)) bits |= RECIPE_LINE;
    if (recipeRunsOn(line)) bits |= RECIPE_ON;
    PRODUCT_RE.lastIndex = 0;
    if (PRODUCT_RE.test(line)) bits |= PRODUCT_LINE;
    if (productRunsOn(line)) bits |= PRODUCT_ON;
  }
  if (RECIPE_THROUGH.test(line)) bits |= RECIPE_CONT;
  if (PRODUCT_THROUGH.test(line)) bits |= PRODUCT_CONT;
  return bits;
}
/** What an empty line says (every other line of a text with blank lines between its paragraphs): read once. */
const EMPTY_LINE_BITS = lineBits('');

/**
 * With a cache, the recipe and product scans read each line once and keep what it says across runs
 * (`LintCache.perSpan`): after an edit only its line is read again. Lines that end so that a match could cross
 * their line break are scanned together with the lines after them, up to one that ends so that none can, as the
 * scan of the whole text reads them.
 */
export function documentShape(article: Article, cache?: LintCache): DocumentShape {
  const { lines, text, index } = article;
  // Non-blank prose lines, and each line's place among them.
  const kept: number[] = [];
  const place = new Int32Array(lines.length).fill(-1);
  // How many of them come before each line.
  const keptBefore = new Int32Array(lines.length + 1);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as Line;
    keptBefore[i] = kept.length;
    if (l.blank || l.excluded) continue;
    place[i] = kept.length;
    kept.push(i);
  }
  keptBefore[lines.length] = kept.length;
  const levels = new Int8Array(kept.length).fill(-1);
  const level = (k: number): number => {
    if (k < 0 || k >= kept.length) return 0;
    let v = levels[k] ?? 0;
    if (v === -1) {
      v = dataLevel(shapeOf(lines[kept[k] ?? 0]?.text ?? ''));
      levels[k] = v;
    }
    return v;
  };
  const spans: Region[] = [];
  let spansRead = false;
  const readSpans = (): void => {
    spansRead = true;
    // Recipes and product copy: from the first such line to the last of a run of them with no gap wider than
    // MAX_SPAN_GAP, when the run has enough of them.
    // A cache that keeps nothing for a next run (a lint without one) gains nothing from the lines' bits: the
    // expressions run over the whole text instead, which finds the same lines (faster, and with no list per line).
    const bits = cache?.keepsSpans ? cache.perSpan('figures:shape-lines', text, lines, (l) => shapeLineBits(l.text)) : undefined;
    const span = (
      re: RegExp,
      min: number,
      kind: RegionKind,
      toSection: boolean,
      found: number,
      runsOn: number,
      through: number,
    ): void => {
      let n = 0;
      let first = -1;
      let last = -1;
      // A run of such lines ends where more than MAX_SPAN_GAP non-blank lines follow its last one; one with enough
      // lines is a region.
      const close = (): void => {
        const a = lines[first];
        const b = lines[last];
        const enough = n >= min;
        n = 0;
        first = -1;
        last = -1;
        if (!enough || !a || !b) return;
        let end = b.end;
        if (toSection) {
          // A recipe's method follows its ingredients: the region runs on to the next heading.
          const heading = article.headings.find((h) => h.start > b.end);
          end = heading ? heading.start : text.length;
        }
        spans.push({ start: a.start, end, kind });
      };
      const count = (line: number): void => {
        if (last !== -1 && line !== last && (keptBefore[line] ?? 0) - (keptBefore[last + 1] ?? 0) > MAX_SPAN_GAP) close();
        // A recipe opens with its list of ingredients, not with a paragraph of the story that mentions "80 slices".
        if (toSection && first === -1 && paragraphLine(lines[line]?.text ?? '')) return;
        if (line !== last) n++;
        if (first === -1) first = line;
        last = line;
      };
      if (bits) {
        for (let line = 0; line < lines.length; line++) {
          const b = bits[line] ?? 0;
          if ((b & runsOn) === 0) {
            if ((b & found) !== 0) count(line);
            continue;
          }
          // The lines a match could run on through, up to the first that ends so that none can: scanned together.
          let to = line;
          while (to + 1 < lines.length && (((bits[to] ?? 0) & runsOn) !== 0 || (to > line && ((bits[to] ?? 0) & through) !== 0)))
            to++;
          const from = (lines[line] as Line).start;
          const unit = text.slice(from, (lines[to] as Line).end);
          let at = line;
          re.lastIndex = 0;
          for (let m = re.exec(unit); m; m = re.exec(unit)) {
            while (at < to && (lines[at + 1] as Line).start - from <= m.index) at++;
            count(at);
            re.lastIndex = Math.max(re.lastIndex, (lines[at] as Line).end - from);
          }
          line = to;
        }
      } else {
        re.lastIndex = 0;
        for (let m = re.exec(text); m; m = re.exec(text)) {
          const line = index.lineAt(m.index);
          count(line);
          // One match per line is enough: go on from the next line.
          re.lastIndex = Math.max(re.lastIndex, lines[line]?.end ?? re.lastIndex);
        }
      }
      close();
    };
    span(RECIPE_RE, MIN_RECIPE_LINES, 'recipe', true, RECIPE_LINE, RECIPE_ON, RECIPE_CONT);
    span(PRODUCT_RE, MIN_PRODUCT_LINES, 'product', false, PRODUCT_LINE, PRODUCT_ON, PRODUCT_CONT);
  };
  return {
    regionAt(offset) {
      const line = index.lineAt(offset);
      const k = place[line] ?? -1;
      if (k !== -1 && level(k) > 0) {
        let rows = 0;
        let clear = 0;
        for (let j = k - TABLE_WINDOW; j <= k + TABLE_WINDOW; j++) {
          const v = level(j);
          if (v > 0) rows++;
          if (v === 2) clear++;
        }
        const l = lines[line];
        if (l && rows >= MIN_TABLE_ROWS && clear >= MIN_CLEAR_ROWS) return { start: l.start, end: l.end, kind: 'table' };
      }
      if (!spansRead) readSpans();
      for (const r of spans) if (offset >= r.start && offset < r.end) return r;
      return undefined;
    },
    spanAt(offset) {
      if (!spansRead) readSpans();
      for (let k = 0; k < spans.length; k++) {
        const r = spans[k] as Region;
        if (offset >= r.start && offset < r.end) return r;
      }
      return undefined;
    },
  };
}

/** Every region of the article, sorted and non-overlapping (a table row, or a recipe or product span). */
export function documentRegions(article: Article): Region[] {
  const shape = documentShape(article);
  const regions: Region[] = [];
  for (const l of article.lines) {
    if (l.blank || l.excluded) continue;
    const r = shape.regionAt(l.start);
    if (r) regions.push(r.kind === 'table' ? r : { ...r });
  }
  return normalize(regions.filter((r, i) => i === 0 || r.start !== regions[i - 1]?.start));
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

/**
 * One line's first-person words (offsets in the line) and spaces: what `firstPersonPiece` keeps per line. Most
 * lines have no such word: for them only the number of spaces is kept, with no object.
 */
interface FirstPersonLine {
  at: number[];
  spaces: number;
}

function firstPersonLine(line: string): FirstPersonLine | number {
  if (line.length === 0) return 0;
  let at: number[] | undefined;
  FIRST_PERSON_RE.lastIndex = 0;
  for (let m = FIRST_PERSON_RE.exec(line); m; m = FIRST_PERSON_RE.exec(line)) (at ??= []).push(m.index);
  let spaces = 0;
  for (let i = line.indexOf(' '); i !== -1; i = line.indexOf(' ', i + 1)) spaces++;
  return at ? { at, spaces } : spaces;
}

/**
 * Whether the article is written in the first person singular (outside quotations): one scan of the text. With a
 * cache, each line's words and spaces are kept across runs (`LintCache.perSpan`), so an edit reads its own line
 * only. The expression never matches across a line break, and its `\b` and look-ahead see a line's ends as they
 * see the break, so the lines' counts add up to the text's.
 */
export function firstPersonPiece(article: Article, cache?: LintCache): boolean {
  const { text } = article;
  // Per line only for a cache that keeps the lines for a next run: a lint without one scans the whole text, which
  // counts the same (faster, and with no value per line).
  if (cache?.keepsSpans) {
    const lines = cache.perSpan('figures:first-person', text, article.lines, (l) => firstPersonLine(l.text));
    let mine = 0;
    let spaces = 0;
    article.lines.forEach((l, k) => {
      const own = lines[k];
      if (own === undefined) return;
      if (typeof own === 'number') {
        spaces += own;
        return;
      }
      for (const at of own.at) if (!inSpans(article.quotes, l.start + at)) mine++;
      spaces += own.spaces;
    });
    return mine >= MIN_FIRST_PERSON && mine * 1000 >= (spaces + 1) * FIRST_PERSON_PER_1000;
  }
  let mine = 0;
  FIRST_PERSON_RE.lastIndex = 0;
  for (let m = FIRST_PERSON_RE.exec(text); m; m = FIRST_PERSON_RE.exec(text)) if (!inSpans(article.quotes, m.index)) mine++;
  if (mine < MIN_FIRST_PERSON) return false;
  // Words, counted as the spaces between them (a native search, fast over a megabyte), only as far as the most
  // words these first-person words can be ten in a thousand of: one more, and the piece is not first-person.
  const most = Math.floor((mine * 1000) / FIRST_PERSON_PER_1000);
  let words = 1;
  for (let i = text.indexOf(' '); i !== -1 && words <= most; i = text.indexOf(' ', i + 1)) words++;
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

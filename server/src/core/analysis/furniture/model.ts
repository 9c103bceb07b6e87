/**
 * The furniture model: every line gets a score from its own signals
 * (features.ts) and its neighbours', and the scores are decoded into runs.
 *
 * 1. Score, in two stages. A first logistic regression reads a line's own
 *    features. A second adds its context: whether its neighbours are prose,
 *    whether it sits in a run of short sentence-less lines, whether the same
 *    short line recurs in the text (menus do), whether its shape repeats a few
 *    lines away (a date under each headline), whether a colon introduced its
 *    list, whether a heading of comments, a bio or related stories above it
 *    explains it, and the first stage's scores of the lines around it. This
 *    is jusText's and boilerpipe's context smoothing, learned on plain text.
 *    Both sets of weights come from the development corpus (`npm run train`,
 *    tools/train-furniture.ts) and ship in weights.json.
 * 2. Tail. A pasted page ends with furniture: the article's end is the one
 *    change point that best splits the lines into article before and
 *    furniture after (one pass from the end). An article line may be inner
 *    furniture at a cost, so the furniture between the last paragraphs does
 *    not pull the end up over them; a paragraph that no heading explains is
 *    never evidence of furniture; the lines before the tail's first heading
 *    pay a little more; and a text that ends with a paragraph has no tail.
 * 3. Head and inner runs. Before the tail, only runs of furniture-shaped
 *    lines that open with a line naming their kind count (a share row, an ad
 *    marker, a photo credit, "Read more: …", a related-stories heading with
 *    its items); the headline, bylines and datelines are the writer's.
 * 4. Kinds and safety. The tail is cut into sections at the lines that name
 *    a kind ("Most Popular", "Share this:", "© 2019 …"), one finding per
 *    section. Only a run the model is very sure of gets a safe fix.
 *
 * Everything is linear in the number of lines: prefix sums, one pass each way.
 */
import type { Article, Line } from '../../article';
import { LINE_FEATURES, lineFeatures, type LineFeatures } from './features';
import type { FurnitureKind } from './vocabulary';
import WEIGHTS from './weights.json';

/**
 * The context features, after the own-line ones, in the weight file's order.
 * The `*_p` ones are the neighbours' probabilities from the first stage (own
 * features only): the model reads each line in the light of how furniture-like
 * the lines around it look, as jusText's context smoothing does with fixed rules.
 */
export const CONTEXT_FEATURES = [
  'repeat',
  'prev_prose',
  'next_prose',
  'blank_before',
  'blank_after',
  'short_run',
  'anchor_above',
  'governed',
  'introduced',
  'templated',
  'teaser_run',
  'neighbour_words',
  'prev_p',
  'next_p',
  'around_p',
  'above_max_p',
  'below_max_p',
] as const;

export const FEATURES: readonly string[] = [...LINE_FEATURES, ...CONTEXT_FEATURES];
const CONTEXT_INDEX = Object.fromEntries(CONTEXT_FEATURES.map((name, j) => [name, j])) as Record<
  (typeof CONTEXT_FEATURES)[number],
  number
>;

const COUNTER_COLUMN = LINE_FEATURES.indexOf('counter');
const ELLIPSIS_COLUMN = LINE_FEATURES.indexOf('ends_ellipsis');
const CAPITALS_COLUMN = LINE_FEATURES.indexOf('cap_share');
const BIO_COLUMN = LINE_FEATURES.indexOf('bio_line');

/** An inline promo is a line or two ("READ MORE: …" and its teaser); more lines under it are a list of stories. */
const PROMO_LINES = 2;

/** A tail that opens with at most this many lines of no kind before its first heading: they are its title. */
const TITLE_LINES = 2;

/** An unnamed run is related stories when at least this share of its lines are headlines or teasers. */
const STORY_SHARE = 0.6;

const CI_REPEAT = CONTEXT_INDEX.repeat;
const CI_PREV_PROSE = CONTEXT_INDEX.prev_prose;
const CI_NEXT_PROSE = CONTEXT_INDEX.next_prose;
const CI_BLANK_BEFORE = CONTEXT_INDEX.blank_before;
const CI_BLANK_AFTER = CONTEXT_INDEX.blank_after;
const CI_SHORT_RUN = CONTEXT_INDEX.short_run;
const CI_ANCHOR_ABOVE = CONTEXT_INDEX.anchor_above;
const CI_GOVERNED = CONTEXT_INDEX.governed;
const CI_INTRODUCED = CONTEXT_INDEX.introduced;
const CI_TEMPLATED = CONTEXT_INDEX.templated;
const CI_TEASER_RUN = CONTEXT_INDEX.teaser_run;
const CI_NEIGHBOUR_WORDS = CONTEXT_INDEX.neighbour_words;
const CI_PREV_P = CONTEXT_INDEX.prev_p;
const CI_NEXT_P = CONTEXT_INDEX.next_p;
const CI_AROUND_P = CONTEXT_INDEX.around_p;
const CI_ABOVE_MAX_P = CONTEXT_INDEX.above_max_p;
const CI_BELOW_MAX_P = CONTEXT_INDEX.below_max_p;

/** A run of at least this many consecutive short, sentence-less lines is a list, a menu or a button row. */
const SHORT_RUN = 3;

/** How far above a line a furniture heading still reaches it, in non-blank lines. */
const ANCHOR_REACH = 4;

/**
 * Below a section heading of comments, a bio, related stories, a newsletter,
 * tags or a footer, prose belongs to the section (a comment's text under its
 * name and date; a summary under its headline) as long as the section's prose
 * lines outnumber its other lines by at most this many: a section of
 * furniture has its names, dates, headlines and buttons, the article's
 * paragraphs come one after another.
 */
const GOVERN_SLACK = 2;

/** Lines ending in an ellipsis at most this many lines apart make a run of teasers (a headline, its teaser, and one more headline whose teaser is missing). */
const TEASER_REACH = 3;

/**
 * A run of teasers cut off with an ellipsis is a list of other stories (the
 * old rule's signal, shown by our own example pages). The development pages
 * hold too few such lists for the regression to learn it (its weight comes
 * out near zero), so it is a hand-set prior added to the learned log-odds:
 * enough to make a headline-and-teaser list after the article a tail.
 */
export const TEASER_RUN_BOOST = 2.5;

/** A list item's shape repeats within this many lines (a headline, a byline and a date per item). */
const TEMPLATE_REACH = 3;

/** How many neighbours on each side the densities read. */
const NEIGHBOURHOOD = 3;

/** Kinds whose sections hold prose of their own (comments, bios, summaries, legal text). */
const GOVERNING: ReadonlySet<string> = new Set(['comments', 'bio', 'related', 'newsletter', 'footer', 'tags']);

export interface ScoredLines {
  /** Own-line features, undefined for blank and excluded lines. */
  own: (LineFeatures | undefined)[];
  /**
   * Context features (in CONTEXT_FEATURES order), one row after another for the lines read (not blank, not
   * excluded), in one buffer: `contextOf` gives a line's row. (A view per line cost a typed array object per line,
   * about a third of the context pass.)
   */
  context: Float64Array;
  /** Each line's row in `context`, -1 for blank and excluded lines. */
  rows: Int32Array;
  /**
   * What the decoding reads of each line's context, by line: GOVERNED (the `governed` feature is 1) and TEASER (the
   * `teaser_run` feature is 1); 0 for blank and excluded lines. Written whether or not the rows are kept.
   */
  flags: Uint8Array;
  /** Log-odds that the line is furniture; 0 for blank and excluded lines. */
  logits: Float64Array;
  /** For a governed line, the kind of the heading that governs it. */
  governors: (string | undefined)[];
}

/** The context features of line `i` (a view into the shared buffer), undefined for a blank or excluded line. */
export function contextOf(scored: Pick<ScoredLines, 'context' | 'rows'>, i: number): Float64Array | undefined {
  const row = scored.rows[i] ?? -1;
  return row < 0 ? undefined : scored.context.subarray(row * CONTEXT_FEATURES.length, (row + 1) * CONTEXT_FEATURES.length);
}

/** ScoredLines.flags: the line's `governed` feature is 1. */
export const GOVERNED = 1;
/** ScoredLines.flags: the line's `teaser_run` feature is 1. */
export const TEASER = 2;

/** The empty context of a scoring that keeps no rows (see scoreLines). */
const NO_CONTEXT = new Float64Array(0);
const NO_ROWS = new Int32Array(0);

/** A line's full feature row, own then context features (what the second stage reads). */
export function fullRow(own: LineFeatures, context: Float64Array): Float64Array {
  const row = new Float64Array(FEATURES.length);
  row.set(own.values);
  row.set(context, own.values.length);
  return row;
}

function weightVector(names: readonly string[], table: Record<string, number> | undefined): Float64Array {
  return Float64Array.from(names, (name) => {
    const w = table?.[name];
    return typeof w === 'number' ? w : 0;
  });
}

const WEIGHT_TABLES = WEIGHTS as unknown as { line?: Record<string, number>; context?: Record<string, number> };
/** First stage: own features only. */
export const LINE_WEIGHTS = weightVector(LINE_FEATURES, WEIGHT_TABLES.line);
/** Second stage: own and context features. */
export const CONTEXT_WEIGHTS = weightVector(FEATURES, WEIGHT_TABLES.context);

const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

/** The larger of two probabilities, as Math.max gives it (NaN wins), without the new number Math.max makes. */
function maxOf(a: number, b: number): number {
  // (Math.max also prefers +0 to -0; a probability is never -0: 1 / (1 + e^-z) is at least +0.)
  return b > a || b !== b ? b : a;
}

/**
 * The feature rows of every line: own features (through `featuresOf`, which
 * may cache them by text) and context, read with the first-stage weights.
 */
export function featureRows(
  lines: readonly Line[],
  featuresOf: (text: string, line: number) => LineFeatures = lineFeatures,
  lineWeights: Float64Array = LINE_WEIGHTS,
): Pick<ScoredLines, 'own' | 'context' | 'rows' | 'governors'> {
  const { own, context, rows, governors } = rowsAndLogits(lines, featuresOf, lineWeights, undefined, true);
  return { own, context, rows, governors };
}

/**
 * The features of the k-th line read (not blank, not excluded), undefined past either end. Module functions, not
 * closures made per call of rowsAndLogits: V8 dropped its optimised code at the second lint, whose closures were
 * new objects (wrong call target).
 */
function lineAt(
  own: readonly (LineFeatures | undefined)[],
  nonBlank: Int32Array,
  m: number,
  k: number,
): LineFeatures | undefined {
  return k >= 0 && k < m ? own[nonBlank[k] as number] : undefined;
}

/** The k-th line read is a headline of a teaser run (the first line is the article's headline, not a teaser's). */
function isTitleAt(own: readonly (LineFeatures | undefined)[], nonBlank: Int32Array, m: number, k: number): boolean {
  const x = lineAt(own, nonBlank, m, k);
  return k > 0 && x !== undefined && isStoryLine(x) && (x.values[ELLIPSIS_COLUMN] ?? 0) === 0;
}

/**
 * The feature rows, and with `contextWeights` each read line's second-stage log-odds, summed as its context row is
 * written. The sum reads the context values from the locals they were computed in, in the row's order, and leaves
 * out the terms that are zero (a zero feature adds ±0, which leaves a sum as it is but for the sign of a zero sum):
 * so it is the same number as the dot product of the row, while code not yet optimised makes a new heap number per
 * float read from a typed array and per operation (reading the row back cost four per feature, 17 features a line).
 */
function rowsAndLogits(
  lines: readonly Line[],
  featuresOf: (text: string, line: number) => LineFeatures,
  lineWeights: Float64Array,
  contextWeights: Float64Array | undefined,
  keepRows: boolean,
): ScoredLines {
  const n = lines.length;
  const own: (LineFeatures | undefined)[] = new Array<LineFeatures | undefined>(n);
  const nonBlank = new Int32Array(n);
  let m = 0;
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (!line || line.blank || line.excluded) continue;
    own[i] = featuresOf(line.text, i);
    nonBlank[m++] = i;
  }
  // First stage, and its prefix sums in the same loop.
  const p = new Float64Array(m);
  const pSum = new Float64Array(m + 1);
  // Which lines are cut off with an ellipsis outside a quotation (a teaser), noted while each line's features are at
  // hand: the teaser search reads this array, not every line's features again.
  const cut = new Uint8Array(m);
  let pTotal = 0;
  for (let k = 0; k < m; k++) {
    const x = lineAt(own, nonBlank, m, k);
    let pk = 0;
    if (x) {
      if (x.teaser) cut[k] = 1;
      if (lineWeights !== LINE_WEIGHTS) pk = sigmoid(logit(x.values, lineWeights));
      else if (x.first !== undefined) pk = x.first;
      else {
        // Both stages' own-line sums in one pass over the row (each the same number as logit gives it).
        ownLogits(x.values);
        pk = x.first = sigmoid(OWN_SUMS[0] as number);
        x.second = OWN_SUMS[1];
      }
    }
    p[k] = pk;
    pTotal += pk;
    pSum[k + 1] = pTotal;
  }
  // Repeated short lines.
  const repeated = repeatedLines(own, m);
  // Blocks of consecutive non-blank lines; short runs within them; lists introduced by a colon.
  const runLength = new Int32Array(n);
  const introduced = new Uint8Array(n);
  for (let i = 0; i < n;) {
    if (!own[i]) {
      i++;
      continue;
    }
    let j = i;
    let intro = false;
    // A line ending with a colon one blank line above the block introduces it too.
    const above = i >= 2 && !own[i - 1] ? own[i - 2] : undefined;
    if (above?.colon && above.anchor === undefined && !above.prose) intro = true;
    if (above?.colon && above.prose) intro = true;
    while (j < n && own[j]) {
      if (intro) introduced[j] = 1;
      const x = own[j];
      if (x?.colon && x.anchor === undefined) intro = true;
      j++;
    }
    for (let k = i; k < j;) {
      if (own[k]?.prose) {
        k++;
        continue;
      }
      let e = k;
      while (e < j && !own[e]?.prose) e++;
      for (let q = k; q < e; q++) runLength[q] = e - k;
      k = e;
    }
    i = j;
  }
  // Runs of teasers: lines cut off with an ellipsis at most TEASER_REACH lines apart, two or more,
  // with the headlines around them; only with a headline among them (sentences that trail off are prose).
  const teaser = new Uint8Array(m);
  for (let k = 0; k < m;) {
    if (cut[k] === 0) {
      k++;
      continue;
    }
    let end = k;
    let count = 1;
    for (let q = k + 1; q < m && q <= end + TEASER_REACH; q++) {
      if (cut[q] === 1) {
        end = q;
        count++;
      }
    }
    // The headlines right above the first teaser and right below the last one belong to the run.
    let from = k;
    let to = end;
    while (from > 0 && k - from < TEASER_REACH && isTitleAt(own, nonBlank, m, from - 1)) from--;
    while (to + 1 < m && to - end < TEASER_REACH && isTitleAt(own, nonBlank, m, to + 1)) to++;
    let titles = 0;
    for (let q = from; q <= to; q++) if (isTitleAt(own, nonBlank, m, q)) titles++;
    if (count >= 2 && titles >= 1) for (let q = from; q <= to; q++) teaser[q] = 1;
    k = end + 1;
  }
  // Furniture words among the neighbours: a prefix count over non-blank lines.
  const wordy = new Int32Array(m + 1);
  for (let k = 0; k < m; k++) {
    const x = lineAt(own, nonBlank, m, k);
    const has = x !== undefined && (x.anchor !== undefined || x.worded);
    wordy[k + 1] = (wordy[k] ?? 0) + (has ? 1 : 0);
  }

  // One buffer for every line's context, a row per line read (when they are kept: the decoding reads only flags).
  const context = keepRows ? new Float64Array(m * CONTEXT_FEATURES.length) : NO_CONTEXT;
  const rows = keepRows ? new Int32Array(n).fill(-1) : NO_ROWS;
  const flags = new Uint8Array(n);
  const governors: (string | undefined)[] = new Array<string | undefined>(n);
  const logits = new Float64Array(n);
  // The second stage's context weights, read once into locals (a typed array read in code not yet optimised makes
  // a new heap number each time). With no weights, no log-odds are summed.
  const cw = contextWeights ?? CONTEXT_WEIGHTS;
  const sum = contextWeights !== undefined;
  const defaults = contextWeights === CONTEXT_WEIGHTS;
  const ownCount = LINE_FEATURES.length;
  const wRepeat = cw[ownCount + CI_REPEAT] ?? 0;
  const wPrevProse = cw[ownCount + CI_PREV_PROSE] ?? 0;
  const wNextProse = cw[ownCount + CI_NEXT_PROSE] ?? 0;
  const wBlankBefore = cw[ownCount + CI_BLANK_BEFORE] ?? 0;
  const wBlankAfter = cw[ownCount + CI_BLANK_AFTER] ?? 0;
  const wShortRun = cw[ownCount + CI_SHORT_RUN] ?? 0;
  const wAnchorAbove = cw[ownCount + CI_ANCHOR_ABOVE] ?? 0;
  const wGoverned = cw[ownCount + CI_GOVERNED] ?? 0;
  const wIntroduced = cw[ownCount + CI_INTRODUCED] ?? 0;
  const wTemplated = cw[ownCount + CI_TEMPLATED] ?? 0;
  const wTeaserRun = cw[ownCount + CI_TEASER_RUN] ?? 0;
  const wNeighbourWords = cw[ownCount + CI_NEIGHBOUR_WORDS] ?? 0;
  const wPrevP = cw[ownCount + CI_PREV_P] ?? 0;
  const wNextP = cw[ownCount + CI_NEXT_P] ?? 0;
  const wAroundP = cw[ownCount + CI_AROUND_P] ?? 0;
  const wAboveMaxP = cw[ownCount + CI_ABOVE_MAX_P] ?? 0;
  const wBelowMaxP = cw[ownCount + CI_BELOW_MAX_P] ?? 0;
  let governorKind: string | undefined;
  // (No anchor yet: far enough above the first line. A number that stays small: -Infinity made a new heap number
  // at each line's test in code not yet optimised.)
  let lastAnchor = -ANCHOR_REACH - 1;
  let governor = -1; // rank of the last governing heading
  let governorNeedsItem = false;
  let seenProse = false; // headings above the article's first paragraph govern nothing
  let itemsSince = 0; // non-prose lines since the governing heading
  let proseSince = 0; // prose lines since it
  // The first-stage probabilities of lines k - 2 to k + 2, slid along (0 past the text's edges): each read once.
  let pPrev2 = 0;
  let pPrev = 0;
  let pSelf = m > 0 ? (p[0] as number) : 0;
  let pNext = m > 1 ? (p[1] as number) : 0;
  let pNext2 = 0;
  for (let k = 0; k < m; k++) {
    if (k > 0) {
      pPrev2 = pPrev;
      pPrev = pSelf;
      pSelf = pNext;
      pNext = pNext2;
    }
    pNext2 = k + 2 < m ? (p[k + 2] as number) : 0;
    const i = nonBlank[k] as number;
    const x = own[i];
    if (!x) continue;
    const prev = k > 0 ? lineAt(own, nonBlank, m, k - 1) : undefined;
    const next = lineAt(own, nonBlank, m, k + 1);
    const repeat = repeated[i] as number;
    const prevProse = prev?.prose ? 1 : 0;
    const nextProse = next?.prose ? 1 : 0;
    const blankBefore = i > 0 && !own[i - 1] ? 1 : 0;
    const blankAfter = i + 1 < n && !own[i + 1] ? 1 : 0;
    const shortRun = (runLength[i] as number) >= SHORT_RUN ? 1 : 0;
    const anchorAbove = k - lastAnchor <= ANCHOR_REACH ? 1 : 0;
    // Two paragraphs in a row are the article's (or a long comment's second half): the section is over.
    if (x.prose && prev?.prose) governor = -1;
    const open = governor >= 0 && proseSince <= itemsSince + GOVERN_SLACK && (!governorNeedsItem || itemsSince > 0);
    // Under a related-stories heading, a summary sits right under its headline (not under a button or a caption).
    const placed = !x.prose || !governorNeedsItem || (prev !== undefined && !prev.prose && prev.anchor === undefined);
    const governed = x.anchor === undefined && open && placed && (!x.prose || proseSince + 1 <= itemsSince + GOVERN_SLACK);
    if (governed) governors[i] = governorKind;
    const intro = introduced[i] as number;
    // A line shaped like one of its three neighbours on either side: an item of a list (a date under
    // each headline, a price under each product).
    let templated = false;
    if (x.skeleton !== undefined) {
      for (let d = 1; d <= TEMPLATE_REACH && !templated; d++) {
        if (lineAt(own, nonBlank, m, k - d)?.skeleton === x.skeleton || lineAt(own, nonBlank, m, k + d)?.skeleton === x.skeleton)
          templated = true;
      }
    }
    const teaserRun = teaser[k] as number;
    const lo = k - NEIGHBOURHOOD > 0 ? k - NEIGHBOURHOOD : 0;
    const hi = k + NEIGHBOURHOOD + 1 < m ? k + NEIGHBOURHOOD + 1 : m;
    const others = hi - lo - 1;
    const words = (wordy[hi] as number) - (wordy[lo] as number) - ((wordy[k + 1] as number) - (wordy[k] as number));
    const neighbourWords = others > 0 ? words / others : 0;
    // At the text's edges a missing neighbour reads as the line itself, not as article.
    const prevP = k > 0 ? pPrev : pSelf;
    const nextP = k + 1 < m ? pNext : pSelf;
    const aroundP = others > 0 ? ((pSum[hi] as number) - (pSum[lo] as number) - pSelf) / others : pSelf;
    const aboveMaxP = k > 0 ? maxOf(pPrev, pPrev2) : pSelf;
    const belowMaxP = k + 1 < m ? maxOf(pNext, pNext2) : pSelf;
    flags[i] = (governed ? GOVERNED : 0) | (teaserRun !== 0 ? TEASER : 0);
    if (keepRows) {
      const row = k * CONTEXT_FEATURES.length;
      context[row + CI_REPEAT] = repeat;
      context[row + CI_PREV_PROSE] = prevProse;
      context[row + CI_NEXT_PROSE] = nextProse;
      context[row + CI_BLANK_BEFORE] = blankBefore;
      context[row + CI_BLANK_AFTER] = blankAfter;
      context[row + CI_SHORT_RUN] = shortRun;
      context[row + CI_ANCHOR_ABOVE] = anchorAbove;
      context[row + CI_GOVERNED] = governed ? 1 : 0;
      context[row + CI_INTRODUCED] = intro;
      context[row + CI_TEMPLATED] = templated ? 1 : 0;
      context[row + CI_TEASER_RUN] = teaserRun;
      context[row + CI_NEIGHBOUR_WORDS] = neighbourWords;
      context[row + CI_PREV_P] = prevP;
      context[row + CI_NEXT_P] = nextP;
      context[row + CI_AROUND_P] = aroundP;
      context[row + CI_ABOVE_MAX_P] = aboveMaxP;
      context[row + CI_BELOW_MAX_P] = belowMaxP;
      rows[i] = k;
    }
    if (sum) {
      // The own-line part depends only on the line's text: computed once per cached line.
      let z = defaults ? (x.second ??= logit(x.values, cw)) : logit(x.values, cw);
      // The context row's terms in its order (a 0/1 feature that is 1 adds its weight: 1 · w is w).
      if (repeat !== 0) z += wRepeat;
      if (prevProse !== 0) z += wPrevProse;
      if (nextProse !== 0) z += wNextProse;
      if (blankBefore !== 0) z += wBlankBefore;
      if (blankAfter !== 0) z += wBlankAfter;
      if (shortRun !== 0) z += wShortRun;
      if (anchorAbove !== 0) z += wAnchorAbove;
      if (governed) z += wGoverned;
      if (intro !== 0) z += wIntroduced;
      if (templated) z += wTemplated;
      if (teaserRun !== 0) z += wTeaserRun;
      if (neighbourWords !== 0) z += neighbourWords * wNeighbourWords;
      z += prevP * wPrevP;
      z += nextP * wNextP;
      z += aroundP * wAroundP;
      z += aboveMaxP * wAboveMaxP;
      z += belowMaxP * wBelowMaxP;
      logits[i] = teaserRun !== 0 ? z + TEASER_RUN_BOOST : z;
    }
    if (x.anchor !== undefined) lastAnchor = k;
    if (x.anchor !== undefined && GOVERNING.has(x.anchor) && seenProse) {
      governor = k;
      // A related-stories or "Comments" heading explains prose only under an item (a headline, a
      // commenter's name); alone, it may head a section of the article.
      governorNeedsItem = x.anchor === 'related' || (x.anchor === 'comments' && !x.commentChrome);
      governorKind = x.anchor;
      itemsSince = 0;
      proseSince = 0;
    } else if (x.prose) {
      proseSince++;
    } else {
      itemsSince++;
    }
    if (x.prose) seenProse = true;
  }
  return { own, context, rows, flags, logits, governors };
}

/**
 * Which lines' folded text occurs on another line too (1) or not (0). A line is first put in a bucket by a cheap
 * key (length and three characters) counted in a typed array; only the lines that share a bucket are counted by
 * their text in a map, so the many lines that repeat nothing are never hashed.
 */
function repeatedLines(own: readonly (LineFeatures | undefined)[], lines: number): Uint8Array {
  const repeated = new Uint8Array(own.length);
  let size = 256;
  while (size < 4 * lines) size *= 2;
  const mask = size - 1;
  const buckets = new Uint16Array(size);
  // The lines with a folded text (short ones: a few of a text's lines) and their keys, listed in the first pass: the
  // other two read only these, not every line's features again (an object apart from the others for each line).
  const folds = new Int32Array(lines);
  const keys = new Int32Array(lines);
  let count = 0;
  for (let i = 0; i < own.length; i++) {
    const folded = own[i]?.folded;
    if (folded === undefined) continue;
    const n = folded.length;
    const key = (((n * 31 + folded.charCodeAt(0)) * 31 + folded.charCodeAt(n >> 1)) * 31 + folded.charCodeAt(n - 1)) & mask;
    folds[count] = i;
    keys[count++] = key;
    if ((buckets[key] as number) < 2) buckets[key] = (buckets[key] as number) + 1;
  }
  const counts = new Map<string, number>();
  for (let q = 0; q < count; q++) {
    if (buckets[keys[q] as number] !== 2) continue;
    const folded = (own[folds[q] as number] as LineFeatures).folded as string;
    counts.set(folded, (counts.get(folded) ?? 0) + 1);
  }
  for (let q = 0; q < count; q++) {
    if (buckets[keys[q] as number] !== 2) continue;
    const i = folds[q] as number;
    if ((counts.get((own[i] as LineFeatures).folded as string) ?? 0) >= 2) repeated[i] = 1;
  }
  return repeated;
}

/**
 * The log-odds of furniture for a feature row (the first `row.length` weights). A zero feature is left out: it adds
 * ±0, which leaves the sum as it is (but for the sign of a zero sum), and most of a row is zeros (the word and
 * anchor columns of the kinds a line does not name), each a read, a product and a sum that code not yet optimised
 * makes a new heap number for.
 */
/** ownLogits's two sums: the first stage's log-odds and the second stage's own-line part. */
const OWN_SUMS = new Float64Array(2);

/**
 * The shipped weights' two own-line sums of a row into OWN_SUMS, in one pass: each is summed as logit sums it (the
 * same terms in the same order, zero features left out), so each is the same number.
 */
function ownLogits(row: Float64Array): void {
  let first = 0;
  let second = 0;
  for (let j = 0; j < row.length; j++) {
    const x = row[j] as number;
    if (x !== 0) {
      first += x * (LINE_WEIGHTS[j] ?? 0);
      second += x * (CONTEXT_WEIGHTS[j] ?? 0);
    }
  }
  OWN_SUMS[0] = first;
  OWN_SUMS[1] = second;
}

export function logit(row: Float64Array, weights: Float64Array = CONTEXT_WEIGHTS): number {
  let z = 0;
  for (let j = 0; j < row.length; j++) {
    const x = row[j] as number;
    if (x !== 0) z += x * (weights[j] ?? 0);
  }
  return z;
}

/**
 * Every line's features and log-odds. With `keepRows` false the context rows are not kept (`context` and `rows` are
 * empty, `contextOf` gives nothing): the decoding reads only `flags`, and a lint has no use for the 17 values of each
 * line (a 1 MB text's rows were a buffer of 0.6 MB per lint). The log-odds, flags and governors are the same either way.
 */
export function scoreLines(
  lines: readonly Line[],
  featuresOf: (text: string, line: number) => LineFeatures = lineFeatures,
  weights: { line: Float64Array; context: Float64Array } = { line: LINE_WEIGHTS, context: CONTEXT_WEIGHTS },
  keepRows = true,
): ScoredLines {
  return rowsAndLogits(lines, featuresOf, weights.line, weights.context, keepRows);
}

export type Place = 'head' | 'inner' | 'tail';

export interface FurnitureRun {
  firstLine: number;
  lastLine: number;
  kind: FurnitureKind;
  place: Place;
  /** The line that names the run's kind, if any. */
  anchorLine: number | undefined;
  /** Sure enough for fix-all to delete it. */
  safe: boolean;
}

export interface DecodeOptions {
  /** Lines that start with a configured phrase. */
  phraseLines?: ReadonlySet<number>;
  /** The headline's line, never furniture. */
  headline?: number;
}

/**
 * A tail must outweigh the article by at least this much, in summed
 * log-odds, before it is reported (about two sure lines): a lone short line
 * at the end of an article is a sign-off, not a tail.
 */
const MIN_TAIL_SCORE = 2;

/**
 * Every line's log-odds are lowered by this before the segments are chosen,
 * so an undecided line (log-odds near 0) counts as article.
 */
const BIAS = 0.5;

/**
 * Inside the article, a furniture-looking line can be inner furniture (a
 * caption, an ad marker, a "Read more" link) at this cost: so the inner
 * furniture between an article's last paragraphs does not pull the tail up
 * over them, and only a run of furniture that clearly outweighs the prose
 * around it starts the tail.
 */
const INNER = 1;

/**
 * The lines of a tail before its first line that names a kind ("Most
 * Popular", a share row, "© 2019 …") are each charged this much more: a list
 * right after the article's last paragraph is more often the article's own
 * (tour dates, a recipe's steps, a results table) than unannounced furniture.
 */
const UNANNOUNCED = 0.5;

/**
 * In the tail, a prose line that no comments, bio or related heading above
 * explains counts as at least this sure to be article: the article's last
 * paragraphs are prose, and a tail rarely holds a sentence on its own.
 */
const UNGOVERNED_PROSE = 2;

/** A line before the tail is furniture-shaped above these log-odds. */
const RUN_LINE = 0.5;

/** Below these log-odds, or when it reads as prose, a line is article text and stops a run. */
const PROSE_LINE = -2;

/** A caption is at most this long: a longer line above a photo credit is a paragraph. */
const CAPTION_WORDS = 50;

/** A caption describes: a line of fewer words above a credit is a name or a subhead, the article's own. */
const CAPTION_MIN_WORDS = 4;

/** The name under a credit's label ("Photo:") is at most this long. */
const CREDIT_NAME_WORDS = 8;

/**
 * A run before the tail is safe when each of its lines names its kind and is
 * at least this sure (p ≈ 0.95); a section of the tail, when its heading is.
 */
const SAFE_LINE = 3;

/** Each line under the heading of a safe tail section is at least this likely furniture (p ≈ 0.6). */
const SAFE_ITEM = 0.5;

/** The lines of a safe tail section are on average at least this likely furniture (p ≈ 0.9). */
const SAFE_MEAN = 2;

/** Kinds a first line can be although it is taken for the headline: nobody titles a story "Advertisement". */
const NEVER_HEADLINES: ReadonlySet<string> = new Set(['advert', 'share', 'cookie']);
const ANCHOR_HEADLINE_WORDS = 4;

/** Kinds whose lines may be whole sentences and still furniture: prompts addressed to the reader. */
const PROMPT_KINDS: ReadonlySet<string> = new Set(['newsletter', 'cookie']);

/** Kinds that come as lists: one such line alone between paragraphs is a subhead. */
const LIST_KINDS: ReadonlySet<string> = new Set(['related', 'navigation', 'tags']);

/** Kinds a safe run between the article's paragraphs may hold: buttons and ad markers. */
const INNER_SAFE_KINDS: ReadonlySet<string> = new Set(['share', 'advert']);

/** Kinds a safe run above the article may hold: buttons, ad markers, prompts to subscribe, menu entries. */
const HEAD_SAFE_KINDS: ReadonlySet<string> = new Set(['share', 'advert', 'newsletter', 'navigation', 'cookie']);

/**
 * Kinds of tail section that fix-all may delete: never an article's own.
 * A footer, a credit, a bio or an unnamed run right after the article is
 * what writers and editors keep ("© Reuters", "Reporting by …"), so a person decides.
 */
const SAFE_KINDS: ReadonlySet<string> = new Set([
  'related',
  'share',
  'newsletter',
  'comments',
  'advert',
  'navigation',
  'tags',
  'cookie',
]);

/**
 * Where the tail starts: the b that maximises
 *   Σ_{from ≤ i < b} max(BIAS − z, z − BIAS − INNER) + Σ_{i ≥ b} (z − BIAS) − UNANNOUNCED·(tail lines before its first kind)
 * (article lines, each either article text or inner furniture, then tail), in one pass.
 * Returns n when no tail scores at least MIN_TAIL_SCORE.
 */
function tailStartOf(
  own: readonly (LineFeatures | undefined)[],
  value: (i: number) => number,
  governed: (i: number) => boolean,
  governedBy: (i: number) => string | undefined,
  announces: (i: number) => boolean,
  from: number,
  n: number,
): number {
  // A text that ends with a paragraph of its own ends with the article: it has no tail. A paragraph that
  // breaks off in an ellipsis is no such end: it is the last summary of a list of stories, cut to length.
  let lastLine = n - 1;
  while (lastLine >= from && !own[lastLine]) lastLine--;
  const last = own[lastLine];
  const cutShort = (last?.values[ELLIPSIS_COLUMN] ?? 0) > 0;
  // (A comment may end a thread, a bio its section; a summary never ends a list of stories.)
  if (last?.prose && !cutShort && last.anchor === undefined && (!governed(lastLine) || governedBy(lastLine) === 'related')) {
    return n;
  }
  // Σ_{i ≥ b} (tail − article) for each b, from the end.
  let gain = 0;
  let tail = 0;
  let unannounced = 0;
  let best = 0;
  let bestAt = n;
  for (let i = n - 1; i >= from; i--) {
    const f = own[i];
    if (!f) continue;
    // Prose is no evidence of a tail unless a comments, bio or related heading above it explains it.
    // (An author's bio is prose that needs no heading: "Greta Lowe covers schools for the Sentinel.")
    const raw =
      f.prose && f.anchor === undefined && !governed(i) && (f.values[BIO_COLUMN] ?? 0) === 0
        ? Math.min(value(i), -UNGOVERNED_PROSE)
        : value(i);
    const z = raw - BIAS;
    const asArticle = Math.max(-z, z - INNER);
    gain += z - asArticle;
    tail += z;
    unannounced = announces(i) ? 0 : unannounced + 1;
    const score = gain - UNANNOUNCED * unannounced;
    if (score > best && tail - UNANNOUNCED * unannounced >= MIN_TAIL_SCORE) {
      best = score;
      bestAt = i;
    }
  }
  return bestAt;
}

/** Decodes scored lines into runs of furniture. */
export function decode(
  lines: readonly Line[],
  scored: ScoredLines,
  options: DecodeOptions = {},
): { runs: FurnitureRun[]; tailStart: number; articleStart: number } {
  const { own, logits } = scored;
  const n = lines.length;
  const phraseLines = options.phraseLines ?? new Set<number>();
  const value = (i: number): number =>
    i === options.headline
      ? Math.min(logits[i] ?? 0, 0)
      : phraseLines.has(i)
        ? Math.max(logits[i] ?? 0, SAFE_LINE)
        : (logits[i] ?? 0);
  // The head ends where the prose starts (the standfirst or the first paragraph).
  let articleStart = 0;
  while (articleStart < n && !(own[articleStart]?.prose && own[articleStart]?.anchor === undefined)) articleStart++;
  if (articleStart === n) articleStart = 0;
  const { flags } = scored;
  const governed = (i: number): boolean => ((flags[i] ?? 0) & GOVERNED) !== 0;
  // A line that names a kind, or a teaser in a run of teasers, announces furniture; a photo
  // credit does not (credits sit between an article's paragraphs as often as after them).
  const announces = (i: number): boolean =>
    (own[i]?.anchor !== undefined && own[i]?.anchor !== 'credit') ||
    phraseLines.has(i) ||
    (((flags[i] ?? 0) & TEASER) !== 0 && (own[i]?.values[ELLIPSIS_COLUMN] ?? 0) > 0);
  const tailStart = tailStartOf(
    own,
    value,
    governed,
    (i) => scored.governors[i],
    announces,
    Math.max(articleStart, (options.headline ?? -1) + 1),
    n,
  );

  const runs: FurnitureRun[] = [];
  // Before the tail: furniture-shaped lines, smoothed by their neighbours (an undecided line
  // between two furniture lines is furniture), in runs that start at a line naming their kind.
  const state = new Int8Array(n); // 1 furniture, -1 article, 0 undecided; blank lines stay 0
  for (let i = 0; i < tailStart; i++) {
    const f = own[i];
    if (!f) continue;
    if (phraseLines.has(i)) {
      state[i] = 1;
      continue;
    }
    // A line that names its kind is furniture-shaped whatever its score (a prompt may be a sentence).
    // The headline is the writer's, unless it is an ad marker or a row of buttons.
    const headlineOk =
      i !== options.headline || (f.anchor !== undefined && NEVER_HEADLINES.has(f.anchor) && f.words <= ANCHOR_HEADLINE_WORDS);
    if (headlineOk && f.anchor !== undefined && !f.looseAnchor && (!f.prose || PROMPT_KINDS.has(f.anchor))) {
      state[i] = 1;
      continue;
    }
    if (i === options.headline || f.prose || f.sentence) {
      state[i] = -1;
      continue;
    }
    const z = value(i);
    state[i] = z > RUN_LINE ? 1 : z < PROSE_LINE ? -1 : 0;
  }
  for (let i = 0; i < tailStart;) {
    if (state[i] !== 0 || !own[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < tailStart && (state[j] === 0 || !own[j])) j++;
    let before = i - 1;
    while (before >= 0 && !own[before]) before--;
    if (before >= 0 && state[before] === 1 && j < tailStart && state[j] === 1) {
      for (let k = i; k < j; k++) if (own[k]) state[k] = 1;
    }
    i = j;
  }
  for (let i = 0; i < tailStart; i++) {
    if (state[i] !== 1) continue;
    // The run: state-1 lines, one blank line allowed between them.
    let last = i;
    for (let j = i + 1; j < tailStart; j++) {
      if (!own[j]) {
        if (j + 1 < tailStart && state[j + 1] === 1) continue;
        break;
      }
      if (state[j] !== 1) break;
      last = j;
    }
    // It is reported from its first line that names a kind: the lines above that one
    // (a byline, a date, a standfirst without a full stop) are the writer's.
    let anchorLine: number | undefined;
    for (let j = i; j <= last && anchorLine === undefined; j++) {
      if (own[j] && (phraseLines.has(j) || (own[j]?.anchor !== undefined && !own[j]?.looseAnchor))) anchorLine = j;
    }
    if (anchorLine !== undefined) {
      const kind: FurnitureKind = phraseLines.has(anchorLine) ? 'phrase' : (own[anchorLine]?.anchor ?? 'other');
      let first = anchorLine;
      // A photo credit takes the caption right above it (no blank line between), which is unsafe to delete.
      let caption = false;
      const above = own[anchorLine - 1];
      if (
        kind === 'credit' &&
        above &&
        anchorLine - 1 !== options.headline &&
        above.anchor === undefined &&
        above.words >= CAPTION_MIN_WORDS &&
        above.words <= CAPTION_WORDS
      ) {
        first = anchorLine - 1;
        caption = true;
      }
      // Only a related-stories heading has items of another shape (headlines) under it; any other run
      // ends at its last line that names a kind or counts something ("Share", "Facebook", "858").
      if (kind !== 'related' && kind !== 'phrase') {
        while (last > anchorLine && !(own[last]?.anchor !== undefined || isCounter(own[last]))) last--;
        // A credit's label ("Photo:") takes the name under it.
        const next = own[anchorLine + 1];
        if (
          kind === 'credit' &&
          last === anchorLine &&
          own[anchorLine]?.colon &&
          next &&
          !next.prose &&
          next.words <= CREDIT_NAME_WORDS
        )
          last = anchorLine + 1;
      }
      // Safe only when every line is a button, an ad marker or (above the article) a prompt or menu
      // entry: kinds an article never holds. A caption, a credit, a link or a related list is the
      // writer's to judge.
      const safeKinds = first < articleStart ? HEAD_SAFE_KINDS : INNER_SAFE_KINDS;
      let allSure = !caption && kind !== 'phrase' ? true : kind === 'phrase';
      let items = 0;
      for (let j = anchorLine; j <= last; j++) {
        const x = own[j];
        if (!x) continue;
        // (A cookie banner is never the writer's; the development pages hold none for the scores to learn.)
        if (kind !== 'phrase' && (x.anchor === undefined || !safeKinds.has(x.anchor) || (value(j) < 0 && x.anchor !== 'cookie')))
          allSure = false;
        if (j > anchorLine) items++;
      }
      // A related-stories heading needs an item under it: alone, it is a subhead ("UP NEXT"); a lone
      // menu word or tag ("Help", "About") is a subhead too.
      if (!LIST_KINDS.has(kind) || items > 0) {
        runs.push({
          firstLine: first,
          lastLine: last,
          kind,
          place: first < articleStart ? 'head' : 'inner',
          anchorLine,
          safe: allSure,
        });
      }
    }
    i = last;
  }

  // Tail sections: a new one starts at each line that names another kind.
  if (tailStart < n) {
    let before = tailStart - 1;
    while (before >= 0 && !own[before]) before--;
    // The article clearly ends before the tail: its last line is a paragraph.
    const clearEnd = before >= 0 && own[before]?.prose === true;
    let previousSafe = false;
    /** Safe: named by its heading (a kind an article never holds, or after a safe section), sure of every line. */
    const sure = (from: number, heading: number | undefined, to: number, k: FurnitureKind): boolean => {
      if (k === 'phrase') return true;
      // A footer, a credit, a bio or an unnamed section is safe only after a safe section: right
      // after the article it is what writers keep ("© Reuters", "Reporting by …").
      if (!SAFE_KINDS.has(k) && !previousSafe) return false;
      if (from === tailStart && !clearEnd) return false;
      if (heading === undefined || own[heading]?.anchor === undefined || value(heading) < 0) return false;
      let sum = 0;
      let count = 0;
      for (let i = from; i <= to; i++) {
        const f = own[i];
        if (!f) continue;
        if (i !== heading && value(i) < SAFE_ITEM) return false;
        if (f.prose && f.anchor === undefined && !governed(i)) return false;
        sum += value(i);
        count++;
      }
      return sum >= SAFE_MEAN * count;
    };
    const sections: { first: number; heading: number | undefined; last: number; kind: FurnitureKind }[] = [];
    let current: (typeof sections)[number] = {
      first: tailStart,
      heading: own[tailStart]?.anchor !== undefined || phraseLines.has(tailStart) ? tailStart : undefined,
      last: tailStart,
      kind: phraseLines.has(tailStart) ? 'phrase' : (own[tailStart]?.anchor ?? 'other'),
    };
    for (let i = tailStart + 1; i < n; i++) {
      if (!own[i]) continue;
      const a: FurnitureKind | undefined = phraseLines.has(i) ? 'phrase' : own[i]?.anchor;
      // A lone button word ("Email", "Print") inside a form or a comment box is one of its fields.
      const kind = current.kind;
      const field = a === 'share' && (own[i]?.words ?? 0) <= 1 && (kind === 'newsletter' || kind === 'comments');
      if (a !== undefined && a !== kind && !field) {
        // A line or two with no kind of their own before a heading are its title ("The Morning Tide").
        const lead =
          current.heading === undefined &&
          sections.length === 0 &&
          nonBlankBetween(own, current.first, current.last) <= TITLE_LINES;
        if (lead) {
          current = { first: current.first, heading: i, last: i, kind: a };
          continue;
        }
        sections.push(current);
        current = { first: i, heading: i, last: i, kind: a };
        continue;
      }
      current.last = i;
    }
    sections.push(current);
    for (const sec of sections) {
      // "Read more" or "See more" heading a list is a heading of related stories, not a link of its own.
      if (sec.kind === 'promo' && nonBlankBetween(own, sec.first, sec.last) > PROMO_LINES) sec.kind = 'related';
      const safe = sure(sec.first, sec.heading, sec.last, sec.kind);
      runs.push({ firstLine: sec.first, lastLine: sec.last, kind: sec.kind, place: 'tail', anchorLine: sec.heading, safe });
      previousSafe = safe;
    }
    // A section that names no kind is related stories when its lines are headlines and teasers.
    for (const run of runs) {
      if (run.place !== 'tail' || run.kind !== 'other') continue;
      let lines = 0;
      let stories = 0;
      for (let i = run.firstLine; i <= run.lastLine; i++) {
        const f = own[i];
        if (!f) continue;
        lines++;
        if (isStoryLine(f)) stories++;
      }
      if (stories >= STORY_SHARE * lines) run.kind = 'related';
    }
  }
  runs.sort((a, b) => a.firstLine - b.firstLine);
  return { runs, tailStart, articleStart };
}

/** A headline (mostly capitalised words, no sentence end) or a teaser cut off with an ellipsis. */
function isStoryLine(f: LineFeatures): boolean {
  return (f.values[ELLIPSIS_COLUMN] ?? 0) > 0 || ((f.values[CAPITALS_COLUMN] ?? 0) >= 0.5 && !f.sentence && !f.prose);
}

/** How many non-blank lines lie in [from, to]. */
function nonBlankBetween(own: readonly (LineFeatures | undefined)[], from: number, to: number): number {
  let count = 0;
  for (let i = from; i <= to; i++) if (own[i]) count++;
  return count;
}

function isCounter(f: LineFeatures | undefined): boolean {
  return (f?.values[COUNTER_COLUMN] ?? 0) > 0;
}

/** Everything above, for an article: which lines are furniture, in which runs. */
export function furnitureRuns(article: Article, featuresOf?: (text: string) => LineFeatures, options: DecodeOptions = {}) {
  const scored = scoreLines(article.lines, featuresOf);
  return { scored, ...decode(article.lines, scored, options) };
}

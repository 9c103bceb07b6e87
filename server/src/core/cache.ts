import type { Span } from './types';

/**
 * A cache that outlives one lint run: the language server keeps one per open
 * document, so that after a keystroke only the edited paragraph is checked
 * again by the paragraph-local analyses. What a run does not use is dropped at
 * the end of the next, so memory follows the document.
 *
 * Two ways in, both keeping "a cached value depends only on its key":
 * - `get(namespace, key, compute)`: keyed by a string (a sentence, a source
 *   text). Simple, but each lookup hashes the key, and a key sliced from the
 *   document keeps the document alive.
 * - `perSpan(namespace, text, spans, compute)`: one value per span of the
 *   document (a paragraph), keyed by the span's text without ever reading it:
 *   the run's text is compared once with the previous run's (common start and
 *   end, by native comparisons of slices), and a span wholly inside that common part, with the same extent as a
 *   span of the previous run, has the same text, so its value is reused. No
 *   string is sliced or hashed; an edit costs one comparison of the two texts
 *   plus the spans it touched.
 */
export class LintCache {
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();
  private previousSpans = new Map<string, SpanValues>();
  private currentSpans = new Map<string, SpanValues>();
  /**
   * Per namespace, the extent buffers of the run before the previous one, free to be written again: a warm run
   * makes no new typed arrays for its span extents (two of a megabyte's 4,400 paragraphs or 8,800 lines per
   * namespace and run were a tenth of what a warm lint allocated).
   */
  private spare = new Map<string, SpanValues>();
  /** The last comparison of two texts, by identity: every namespace of a run asks about the same pair. */
  private agreement: { before: string; after: string; prefix: number; suffix: number } | undefined;

  /**
   * `keepSpans` false: a cache for one run only (lint's own when it is given none), whose `perSpan` values are not
   * kept for a next run there will not be. Kept, they lived until the run's end (a paragraph's people mentions, a
   * line's furniture features), surviving collections that count towards V8 enlarging its young generation. A
   * namespace asked twice in such a run is computed twice (none is: each is read once per run).
   */
  constructor(private readonly keepSpans = true) {}

  /** The value for `key` in `namespace`, computed on a miss. Keys are compared as whole strings. */
  get<T>(namespace: string, key: string, compute: () => T): T {
    let now = this.current.get(namespace);
    if (!now) {
      now = new Map();
      this.current.set(namespace, now);
    }
    let value = now.get(key) as T | undefined;
    if (value === undefined) {
      value = (this.previous.get(namespace)?.get(key) as T | undefined) ?? compute();
      now.set(key, value);
    }
    return value;
  }

  /**
   * One value per span of `text` (sorted, non-overlapping), each computed from the span's text alone (so it must not
   * hold offsets into `text`: make them relative to the span; `compute` is given the span and its index in `spans`).
   * A span whose text is unchanged since the previous run in this namespace gets the value computed then. The array
   * returned is the one kept for the next run: a value made lazily (`compute` gives a placeholder, the run writes the
   * value in when it first asks) is kept too, so long as it too depends on the span's text alone. A value that also
   * reads a few characters around its span depends on the text from `reach.before` characters before it to
   * `reach.after` after it: a span is then reused only when all of that is unchanged (a window that passes the text's
   * end is unchanged only in the common end).
   */
  perSpan<T, S extends Span = Span>(
    namespace: string,
    text: string,
    spans: readonly S[],
    compute: (span: S, index: number) => T,
    reach: SpanReach = NO_REACH,
  ): T[] {
    const before = this.currentSpans.get(namespace) ?? this.previousSpans.get(namespace);
    const values: T[] = new Array<T>(spans.length);
    if (!before && !this.keepSpans) {
      // Nothing to reuse and nothing to keep (a one-run cache): the values alone, with no extents recorded.
      for (let i = 0; i < spans.length; i++) values[i] = compute(spans[i] as S, i);
      return values;
    }
    // The extents go in typed arrays written again run after run (see `spare`), not plain arrays made per run.
    const n = spans.length;
    let buffers = this.keepSpans ? this.spare.get(namespace) : undefined;
    if (buffers) this.spare.delete(namespace);
    if (!buffers || buffers.starts.length < n) {
      // Room for a document that grows a little, so that typing does not make new buffers every run.
      const capacity = n + (n >> 3) + SPAN_HEADROOM;
      buffers = { text, starts: new Int32Array(capacity), ends: new Int32Array(capacity), count: 0, values: [], shared: false };
    }
    const starts = buffers.starts;
    const ends = buffers.ends;
    let prefix = 0;
    let suffixStart = text.length + 1;
    let shift = 0;
    if (before) {
      const agreed = this.agree(before.text, text);
      prefix = agreed.prefix;
      suffixStart = text.length - agreed.suffix;
      shift = text.length - before.text.length;
    }
    // The previous run's extents and values in locals, and each span's extent read once: the spans are of many
    // shapes (paragraphs, sentences, lines, the callers' own), so each read of a field is a megamorphic lookup.
    const count = before ? before.count : 0;
    const beforeStarts = before ? before.starts : starts;
    const beforeEnds = before ? before.ends : ends;
    const beforeValues = before ? before.values : NO_VALUES;
    const reachBefore = reach.before;
    const reachAfter = reach.after;
    let j = 0; // the previous run's spans, walked once: the positions looked up only grow
    for (let i = 0; i < n; i++) {
      const span = spans[i] as S;
      const spanStart = span.start;
      const spanEnd = span.end;
      starts[i] = spanStart;
      ends[i] = spanEnd;
      let value: T | undefined;
      if (count > 0 && (spanEnd + reachAfter <= prefix || spanStart - reachBefore >= suffixStart)) {
        const at = spanEnd + reachAfter <= prefix ? 0 : shift;
        const start = spanStart - at;
        while (j < count && (beforeStarts[j] as number) < start) j++;
        if (j < count && beforeStarts[j] === start && beforeEnds[j] === spanEnd - at) value = beforeValues[j] as T;
      }
      values[i] = value ?? compute(span, i);
    }
    if (this.keepSpans) {
      buffers.text = text;
      buffers.count = n;
      buffers.values = values;
      buffers.shared = false;
      this.currentSpans.set(namespace, buffers);
    }
    return values;
  }

  /**
   * Whether `perSpan` in `namespace` has nothing to reuse: no value kept from the previous run nor made in this one
   * (a fresh cache, as a lint without one makes). A caller with a cheaper way to compute every span at once uses it.
   */
  spansCold(namespace: string): boolean {
    return !this.currentSpans.has(namespace) && !this.previousSpans.has(namespace);
  }

  /** Where two texts agree: the length of their common start, and of their common end (not overlapping it). */
  private agree(before: string, after: string): { prefix: number; suffix: number } {
    const a = this.agreement;
    if (a && a.before === before && a.after === after) return a;
    const prefix = commonPrefix(before, after);
    const suffix = commonSuffix(before, after, Math.min(before.length, after.length) - prefix);
    this.agreement = { before, after, prefix, suffix };
    return this.agreement;
  }

  /**
   * A cache that starts from what this one kept of its last run, as this one would for its next run, and keeps its
   * own runs to itself: linting through the fork leaves this cache exactly as it was (the language server's warm-up
   * lints an edited text through one). Call between runs. The two share the kept values, which are never changed
   * (a value made lazily, see `perSpan`, is only filled in, with what any run would write there).
   */
  fork(): LintCache {
    const fork = new LintCache();
    fork.previous = this.previous;
    fork.previousSpans = this.previousSpans;
    // Both read these extents from now on: neither may write over them as spare buffers.
    for (const kept of this.previousSpans.values()) kept.shared = true;
    return fork;
  }

  /**
   * Whether `perSpan` keeps its values for a next run. When it does not (lint's own one-run cache), a caller that
   * would only pass each span's value on may compute the spans in a plain loop instead, with no array of values.
   */
  get keepsSpans(): boolean {
    return this.keepSpans;
  }

  /** Ends a run: what this run did not use is forgotten. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
    // The extents no run will read again become the next run's buffers (those a fork also reads stay as they are).
    this.spare.clear();
    for (const [namespace, dropped] of this.previousSpans) {
      if (!dropped.shared) {
        dropped.values = NO_VALUES;
        dropped.text = '';
        this.spare.set(namespace, dropped);
      }
    }
    this.previousSpans = this.currentSpans;
    this.currentSpans = new Map();
    this.agreement = undefined;
  }

  /** Number of cached values. */
  get size(): number {
    let n = 0;
    for (const m of this.previous.values()) n += m.size;
    for (const m of this.current.values()) n += m.size;
    for (const s of this.previousSpans.values()) n += s.count;
    for (const s of this.currentSpans.values()) n += s.count;
    return n;
  }
}

/** How far around its span a `perSpan` value reads (characters before the span's start and after its end). */
export interface SpanReach {
  readonly before: number;
  readonly after: number;
}

/** A value that reads its span alone. */
const NO_REACH: SpanReach = { before: 0, after: 0 };

interface SpanValues {
  /** The text the spans are offsets into (the previous run's document). */
  text: string;
  /** The spans' extents: the first `count` entries (the buffers may be longer). */
  starts: Int32Array;
  ends: Int32Array;
  count: number;
  values: unknown[];
  /** A fork reads these too: not to be written over as spare buffers. */
  shared: boolean;
}

/** The values of a spare buffer: none (it keeps no value, and with an empty text no document, of a run alive). */
const NO_VALUES: unknown[] = [];

/** Spare room in new extent buffers beyond an eighth more spans: a small document grows by a few lines at a time. */
const SPAN_HEADROOM = 16;

/**
 * Texts are compared with `===` on slices (a native comparison of the
 * characters, about 40 times faster here than a loop of `charCodeAt` or
 * `startsWith`): in blocks that double while they agree, then by halving the
 * block that differs, then a character at a time over the last few. About
 * twice the agreeing length is compared in all.
 */
const FIRST_BLOCK = 1024;
const LAST_STEP = 64;

function commonPrefix(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  let i = 0;
  for (let step = FIRST_BLOCK; i < n; step *= 2) {
    const end = Math.min(n, i + step);
    if (a.slice(i, end) === b.slice(i, end)) {
      i = end;
      continue;
    }
    let hi = end;
    while (hi - i > LAST_STEP) {
      const mid = (i + hi) >> 1;
      if (a.slice(i, mid) === b.slice(i, mid)) i = mid;
      else hi = mid;
    }
    break;
  }
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  return i;
}

/** The length of the common end of `a` and `b`, at most `limit`. */
function commonSuffix(a: string, b: string, limit: number): number {
  const same = (from: number, to: number): boolean =>
    a.slice(a.length - to, a.length - from) === b.slice(b.length - to, b.length - from);
  let i = 0;
  for (let step = FIRST_BLOCK; i < limit; step *= 2) {
    const end = Math.min(limit, i + step);
    if (same(i, end)) {
      i = end;
      continue;
    }
    let hi = end;
    while (hi - i > LAST_STEP) {
      const mid = (i + hi) >> 1;
      if (same(i, mid)) i = mid;
      else hi = mid;
    }
    break;
  }
  while (i < limit && a.charCodeAt(a.length - 1 - i) === b.charCodeAt(b.length - 1 - i)) i++;
  return i;
}

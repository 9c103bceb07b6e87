/**
 * The style rules' shared machinery. Each rule reports the hits of one of
 * write-good's checks, found for all nine at once by one pass over each
 * paragraph's words (analysis/phrases.ts), with write-good's own word lists
 * and exactly its matches. Hits are kept only where they fall in prose: not
 * inside a direct quotation (a reporter cannot edit a quote), not on an
 * excluded line (front matter, code, HTML comments), not inside a URL.
 */
import { checkIndex, scanStyle, scanStyleSpans, STYLE_CHECKS, type StyleCheck } from './analysis/phrases';
import type { Line, Paragraph } from './article';
import type { Rule, RuleContext } from './rule';
import { detach } from './text';
import type { Report, RuleMeta, Span } from './types';

export type { StyleCheck } from './analysis/phrases';

export interface StyleRuleSpec {
  meta: Omit<RuleMeta, 'tags'>;
  /** The write-good check whose hits the rule reports. */
  check: StyleCheck;
  /** Turns one hit into a report, or drops it (undefined). The report's range is then checked for prose. */
  report(hit: Span, context: RuleContext): Report | undefined;
  /**
   * `report` reads nothing outside the hit's chunk (the hit's words, the other checks' hits, which are the chunk's
   * too) and no option: then a cache kept from run to run keeps each chunk's reports, and a warm run makes them only
   * for the chunks an edit touched (`chunkReports`). A rule whose report reads the text around its chunk (a
   * sentence start) leaves this unset; one whose report reads past its chunk only at some hits gives a test of a
   * hit instead (its chunk's reports are then kept when every hit of it passes, else made afresh each run).
   */
  local?: boolean | ((text: string, hit: Span, chunk: Span) => boolean);
}

/**
 * Each paragraph (blank-line-separated chunk) with its hits of every check, as
 * `[check, start, end]` triples relative to the chunk. write-good's checks are
 * local to a paragraph, so each chunk is scanned on its own, and its hits are
 * kept in the run-spanning cache: after an edit, only the chunks the edit
 * touched are scanned again (`LintCache.perSpan` finds the others unchanged
 * without hashing their text). Identical chunks are scanned each on its own.
 * A cache that keeps nothing for a next run (lint's own) gets every chunk's hits
 * in one typed array instead (`flat`: triples with offsets into the text, chunk
 * after chunk), not an array per chunk that would live to the end of the lint.
 * A kept cache's hits are gathered once per lint by check (`byCheck`), so that
 * each rule reads only its check's hits, not every chunk's list.
 */
interface ChunkHits {
  flat: Int32Array | undefined;
  byCheck: HitsByCheck | undefined;
  /** The chunks and each one's hits (relative to it), when kept from run to run (for `chunkReports`). */
  chunks: readonly Span[];
  hits: readonly (readonly number[])[];
}

/**
 * Every chunk's hits grouped by check, with offsets into the text: check `k`'s are the pairs `from[k]` to
 * `from[k + 1]` of `pairs` (`[start, end]`, chunk after chunk, each chunk's in its order). Made in one pass over the
 * chunks per lint: each style rule walking every chunk's list for its own check (4,400 chunks on 1 MB, nine
 * checks, past the 6,300 e-prime hits no rule reports) was about a twentieth of a warm edit's time.
 */
export interface HitsByCheck {
  from: Int32Array;
  pairs: Int32Array;
  /** Per pair, the index of its chunk. */
  chunkOf: Int32Array;
}

/** `hits` (per chunk of `chunks`, triples relative to the chunk, grouped by check in check order) grouped by check. */
export function hitsByCheck(chunks: readonly Span[], hits: readonly (readonly number[])[]): HitsByCheck {
  const checks = STYLE_CHECKS.length;
  const from = new Int32Array(checks + 1);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h) continue;
    for (let j = 0; j < h.length; j += 3) {
      const k = (h[j] as number) + 1;
      from[k] = (from[k] as number) + 1;
    }
  }
  for (let k = 0; k < checks; k++) from[k + 1] = (from[k + 1] as number) + (from[k] as number);
  const next = from.slice(0, checks);
  const pairs = new Int32Array(2 * (from[checks] as number));
  const chunkOf = new Int32Array(from[checks] as number);
  for (let i = 0; i < hits.length; i++) {
    const h = hits[i];
    if (!h || h.length === 0) continue;
    const at = (chunks[i] as Span).start;
    for (let j = 0; j < h.length; j += 3) {
      const k = h[j] as number;
      const q = next[k] as number;
      next[k] = q + 1;
      chunkOf[q] = i;
      const p = 2 * q;
      pairs[p] = at + (h[j + 1] as number);
      pairs[p + 1] = at + (h[j + 2] as number);
    }
  }
  return { from, pairs, chunkOf };
}

function chunkHits(context: RuleContext): ChunkHits {
  return context.memo('style:hits', () => {
    const { text } = context.article;
    const list = chunks(context);
    if (!context.cache.keepsSpans) return { flat: scanStyleSpans(text, list), byCheck: undefined, chunks: list, hits: [] };
    const hits = context.cache.perSpan('style', text, list, (c) => scanStyle(text, c.start, c.end));
    return { flat: undefined, byCheck: hitsByCheck(list, hits), chunks: list, hits };
  });
}

/**
 * Calls `visit` with each hit of check `k`, chunk after chunk, each chunk's by start: in order of start. No list of
 * the spans is made (a rule reports them as they come).
 */
function eachHit(context: RuleContext, k: number, visit: (start: number, end: number) => void): void {
  const { flat, byCheck } = chunkHits(context);
  if (flat) {
    for (let j = 0; j < flat.length; j += 3) if (flat[j] === k) visit(flat[j + 1] as number, flat[j + 2] as number);
    return;
  }
  if (!byCheck) return;
  const { from, pairs } = byCheck;
  const end = 2 * (from[k + 1] as number);
  for (let p = 2 * (from[k] as number); p < end; p += 2) visit(pairs[p] as number, pairs[p + 1] as number);
}

/** The hits of one check, as spans sorted by start, computed at most once per lint (and only for a rule that runs). */
export function checkHits(context: RuleContext, check: StyleCheck): Span[] {
  return context.memo(`style:${check}`, () => {
    const spans: Span[] = [];
    eachHit(context, checkIndex(check), (start, end) => spans.push({ start, end }));
    return spans;
  });
}

/**
 * Maximal runs of non-blank lines: the units the style checks run on. A run that is one paragraph (most are: all of
 * the 4,400 of 1 MB of press text) is listed as that paragraph's object, with no new span made for it.
 */
function chunks(context: RuleContext): Span[] {
  return context.memo('style:chunks', () => chunkSpans(context.article.lines, context.article.paragraphs));
}

/** The maximal runs of non-blank lines of `lines`, a run that is one of `paragraphs` as that paragraph (see `chunks`). */
export function chunkSpans(lines: readonly Line[], paragraphs: readonly Paragraph[]): Span[] {
  const out: Span[] = [];
  let p = 0; // the paragraphs, walked once: the runs come in order
  let start = -1;
  let end = -1;
  const add = (): void => {
    while (p < paragraphs.length && (paragraphs[p] as Paragraph).start < start) p++;
    const paragraph = p < paragraphs.length ? (paragraphs[p] as Paragraph) : undefined;
    out.push(paragraph !== undefined && paragraph.start === start && paragraph.end === end ? paragraph : { start, end });
  };
  // Indexed loops: these run once per lint, and an unoptimized `for…of` makes an iterator result per item.
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Line;
    if (line.blank) {
      if (start >= 0) add();
      start = -1;
    } else if (start >= 0) {
      end = line.end;
    } else {
      start = line.start;
      end = line.end;
    }
  }
  if (start >= 0) add();
  return out;
}

/** A style rule: runs its check (memoised), keeps the hits in prose and reports them as the spec words them. */
export function styleRule(spec: StyleRuleSpec): Rule {
  return {
    meta: { ...spec.meta, tags: ['style'] },
    check(context) {
      const prose = proseCursor(context);
      if (spec.local !== undefined && spec.local !== false && context.cache.keepsSpans) {
        chunkReports(context, spec, prose);
        return;
      }
      // The hits as they are reported: no list of this check's spans kept to the lint's end (`checkHits` makes one
      // for a rule that reads another check's hits).
      eachHit(context, checkIndex(spec.check), (start, end) => {
        const report = spec.report({ start, end }, context);
        if (report && prose(report)) context.report(report);
      });
    },
  };
}

/** A chunk with no report of a rule (most chunks, for most rules). */
const NO_REPORTS: readonly Report[] = Object.freeze([]);
/** A chunk whose reports read past it (`StyleRuleSpec.local`'s test failed at one of its hits): made each run. */
const REPORT_AGAIN: readonly Report[] = Object.freeze([]);

/**
 * A local rule's reports (`StyleRuleSpec.local`) through a cache kept from run to run: per chunk, the reports of its
 * hits with offsets relative to the chunk, kept by `LintCache.perSpan` (per rule), so that a warm run calls the
 * rule's `report` only for the chunks an edit touched; every kept report is shifted to its chunk's place and tested
 * for prose as before (what lies outside the chunk, its quotations, URLs and excluded lines, is read each run).
 * The reports come in the order `eachHit` gives their hits.
 */
function chunkReports(context: RuleContext, spec: StyleRuleSpec, prose: (span: Span) => boolean): void {
  const { chunks: list, hits, byCheck } = chunkHits(context);
  if (!byCheck) return;
  const k = checkIndex(spec.check);
  const { text } = context.article;
  // Only the chunks with a hit of the check are listed (a chunk's hits depend on its text alone, so an unchanged
  // chunk is listed in both runs, with its extent): a quarter of them for adverb, a hundredth for cliche.
  const { from, chunkOf } = byCheck;
  const end = from[k + 1] as number;
  const listed: Span[] = [];
  const indexes: number[] = [];
  for (let p = from[k] as number; p < end; p++) {
    const i = chunkOf[p] as number;
    if (indexes.length > 0 && indexes[indexes.length - 1] === i) continue;
    indexes.push(i);
    listed.push(list[i] as Span);
  }
  const local = spec.local;
  const kept = context.cache.perSpan(`style-reports:${spec.meta.id}`, text, listed, (chunk, n) => {
    const h = hits[indexes[n] as number] as readonly number[];
    if (typeof local === 'function') {
      for (let j = 0; j < h.length; j += 3) {
        if (h[j] !== k) continue;
        const hit = { start: chunk.start + (h[j + 1] as number), end: chunk.start + (h[j + 2] as number) };
        if (!local(text, hit, chunk)) return REPORT_AGAIN;
      }
    }
    return reportsOf(context, spec, k, chunk, h);
  });
  for (let n = 0; n < kept.length; n++) {
    let reports = kept[n] as readonly Report[];
    if (reports === REPORT_AGAIN)
      reports = reportsOf(context, spec, k, listed[n] as Span, hits[indexes[n] as number] as readonly number[]);
    if (reports.length === 0) continue;
    const at = (listed[n] as Span).start;
    for (let r = 0; r < reports.length; r++) {
      const report = shiftReport(reports[r] as Report, at);
      if (prose(report)) context.report(report);
    }
  }
}

/** The reports of a chunk's hits of check `k` (`hits` relative to the chunk), with offsets relative to the chunk. */
function reportsOf(
  context: RuleContext,
  spec: StyleRuleSpec,
  k: number,
  chunk: Span,
  hits: readonly number[],
): readonly Report[] {
  let out: Report[] | undefined;
  const at = chunk.start;
  for (let j = 0; j < hits.length; j += 3) {
    if (hits[j] !== k) continue;
    const report = spec.report({ start: at + (hits[j + 1] as number), end: at + (hits[j + 2] as number) }, context);
    if (report) (out ??= []).push(detachReport(shiftReport(report, -at)));
  }
  return out ?? NO_REPORTS;
}

/**
 * A report made to be kept from run to run, its strings detached from the document (a message quotes the words it
 * flags): `shiftReport`'s copy, whose objects are its own, changed in place.
 */
function detachReport(report: Report): Report {
  report.message = detach(report.message);
  if (report.fixes !== undefined)
    for (const fix of report.fixes) {
      fix.title = detach(fix.title);
      for (const edit of fix.edits) edit.newText = detach(edit.newText);
    }
  if (report.related !== undefined) for (const r of report.related) if (r.message !== undefined) r.message = detach(r.message);
  return report;
}

/** A copy of `report` moved by `by` characters: its range, its fixes' edits and its related spans in the document. */
function shiftReport(report: Report, by: number): Report {
  const moved: Report = { start: report.start + by, end: report.end + by, message: report.message };
  // Written out, not spread from a conditional object (a spread takes V8's slow path).
  if (report.fixes !== undefined)
    moved.fixes = report.fixes.map((fix) => ({
      ...fix,
      edits: fix.edits.map((e) => ({ ...e, start: e.start + by, end: e.end + by })),
    }));
  // A related span in the source text (`inSource`) stays where it is.
  if (report.related !== undefined)
    moved.related = report.related.map((r) => (r.inSource === true ? r : { ...r, start: r.start + by, end: r.end + by }));
  if (report.severity !== undefined) moved.severity = report.severity;
  return moved;
}

/** Index of the first of the sorted, non-overlapping spans that ends after `offset` (spans.length if none). */
function firstEndingAfter(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Whether [start, end) overlaps one of the sorted, non-overlapping spans (binary search). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  const i = firstEndingAfter(spans, start);
  // No read past the end (V8 drops optimised code the first time one happens).
  return i < spans.length && (spans[i] as Span).start < Math.max(end, start + 1);
}

/** What the prose test reads, gathered once per lint: the quotations, whether any line is excluded, the URLs. */
interface ProseFacts {
  quotes: readonly Span[];
  excluded: boolean;
  urls: readonly Span[];
}

function proseFacts(context: RuleContext): ProseFacts {
  return context.memo('style:prose-facts', () => {
    const { article } = context;
    // Most documents have no excluded line, and their hits need no line lookups.
    return { quotes: article.quotes, excluded: article.lines.some((l) => l.excluded), urls: article.links.map((l) => l.url) };
  });
}

/** The line and URL parts of the prose test (the quotations are tested by the caller). */
function proseBeyondQuotes(context: RuleContext, facts: ProseFacts, span: Span): boolean {
  if (facts.excluded) {
    const { index, lines } = context.article;
    const first = index.lineAt(span.start);
    const last = index.lineAt(Math.max(span.start, span.end - 1));
    for (let i = first; i <= last; i++) if (lines[i]?.excluded) return false;
  }
  return facts.urls.length === 0 || !overlapsAny(facts.urls, span.start, span.end);
}

/** The test of `inProse`, made once per lint. */
function proseTest(context: RuleContext): (span: Span) => boolean {
  return context.memo('style:prose', () => {
    const facts = proseFacts(context);
    return (span: Span): boolean => !overlapsAny(facts.quotes, span.start, span.end) && proseBeyondQuotes(context, facts, span);
  });
}

/**
 * `overlapsAny` for queries that mostly come in order of their start (one rule's reports): the span that may overlap
 * a query is found by walking on from the last query's; a query that starts before the last one is looked up afresh
 * by binary search. The style rules' 4,400 reports on 1 MB against its 1,450 quotations spent a tenth of their warm
 * time in a binary search per report.
 */
export function overlapCursor(spans: readonly Span[]): (start: number, end: number) => boolean {
  let i = 0;
  let last = 0;
  return (start: number, end: number): boolean => {
    if (start < last) i = firstEndingAfter(spans, start);
    else while (i < spans.length && (spans[i] as Span).end <= start) i++;
    last = start;
    // As overlapsAny: the first span ending after the start overlaps when it starts before the end.
    return i < spans.length && (spans[i] as Span).start < Math.max(end, start + 1);
  };
}

/** `inProse` for one rule's reports, which come by start: the quotations read through an `overlapCursor`. */
function proseCursor(context: RuleContext): (span: Span) => boolean {
  const facts = proseFacts(context);
  const inQuote = overlapCursor(facts.quotes);
  return (span: Span): boolean => !inQuote(span.start, span.end) && proseBeyondQuotes(context, facts, span);
}

/** Whether a range is prose a reporter can edit: outside quotations, excluded lines and URLs. */
export function inProse(context: RuleContext, span: Span): boolean {
  return proseTest(context)(span);
}

/** The flagged words for a message, in straight double quotes, with any line break or run of spaces as one space. */
export function quoted(text: string, span: Span): string {
  const words = text.slice(span.start, span.end);
  return `"${ODD_SPACING.test(words) ? words.replace(/[\s\u200C]+/g, ' ') : words}"`;
}

/**
 * A run of white space or ZWNJ that is not one plain space: a space of another kind, a ZWNJ or two spaces. Most
 * flagged phrases have none, and `quoted` then takes them as they are, with no new string.
 */
const ODD_SPACING = /[^\S ]|\u200C| {2}/;

/** Per line, 1 if it begins a paragraph (prose, heading or list item): a table, not a set of line numbers. */
function paragraphStarts(context: RuleContext): Uint8Array {
  return context.memo('style:paragraph-starts', () => {
    const { lines, paragraphs } = context.article;
    const starts = new Uint8Array(lines.length);
    for (let i = 0; i < paragraphs.length; i++) starts[(paragraphs[i] as Paragraph).firstLine] = 1;
    return starts;
  });
}

const SPACE = /[\s\u00A0\uFEFF]/;
const CLOSERS = '"\'”’»)]*_';
const ENDERS = '.!?;:…';

/**
 * Whether the word at `start` begins a sentence. write-good's own checks treat
 * every line break as a sentence break; in hard-wrapped prose a line can start
 * mid-sentence ("we stayed late and\nso missed the bus"). A word at a line's
 * start begins a sentence only if its line begins a paragraph or the text
 * before it ends with sentence punctuation (a closing quote or bracket may follow).
 */
export function atSentenceStart(context: RuleContext, start: number): boolean {
  const { text, index } = context.article;
  let p = start - 1;
  while (p >= 0 && SPACE.test(text.charAt(p))) p--;
  if (p < 0) return true;
  const line = index.lineAt(start);
  if (index.lineAt(p) === line) return true;
  if (paragraphStarts(context)[line] === 1) return true;
  while (p >= 0 && CLOSERS.includes(text.charAt(p))) p--;
  return p >= 0 && ENDERS.includes(text.charAt(p));
}

/** Whether two offsets are in different paragraphs: a line break between them and the second's line starts a paragraph. */
export function acrossParagraphs(context: RuleContext, before: number, after: number): boolean {
  const { index } = context.article;
  const line = index.lineAt(after);
  return index.lineAt(before) !== line && paragraphStarts(context)[line] === 1;
}

/** `word` with its first letter upper-cased, when the rest has no capitals (so "iPhone" stays as it is). */
export function capitalise(word: string): string {
  const m = /^([^\p{L}\p{N}]*)(\p{Ll})(.*)$/su.exec(word);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return word;
  if (/\p{Lu}/u.test(m[3])) return word;
  return m[1] + m[2].toUpperCase() + m[3];
}

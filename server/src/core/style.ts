/**
 * The style rules' shared machinery. Each rule wraps one of write-good's
 * checks (`fn(text) → [{index, offset}]`, offsets in UTF-16 code units, the
 * same units as the engine's). A check runs once per lint on the whole text;
 * the result is memoised, so a rule that consults another rule's check does
 * not run it again. Hits are then kept only where they fall in prose: not
 * inside a direct quotation (a reporter cannot edit a quote), not on an
 * excluded line (front matter, code, HTML comments), not inside a URL.
 */
import type { Rule, RuleContext } from './rule';
import type { Report, RuleMeta, Span } from './types';

export interface StyleHit {
  index: number;
  offset: number;
}

export type StyleCheck = (text: string) => readonly StyleHit[];

export interface StyleRuleSpec {
  meta: Omit<RuleMeta, 'tags'>;
  /** Names the check in the per-lint memo; rules that share a check share its name. */
  checkName: string;
  check: StyleCheck;
  /** Turns one hit into a report, or drops it (undefined). The report's range is then checked for prose. */
  report(hit: Span, context: RuleContext): Report | undefined;
}

/**
 * The hits of one check, as sorted spans, computed at most once per lint.
 * The check runs on each blank-line-separated chunk of the text on its own
 * (write-good's checks are local to a paragraph), and each chunk's hits are
 * kept in the run-spanning cache keyed by the chunk's text: after an edit,
 * only the edited chunk is checked again.
 */
export function checkHits(context: RuleContext, checkName: string, check: StyleCheck): Span[] {
  return context.memo(`write-good:${checkName}`, () => {
    const entries = chunkEntries(context);
    const missing = entries.filter((e) => !e.hits.has(checkName));
    if (WORD_LOCAL.has(checkName) && missing.length > entries.length / 2) {
      // A cold run (the CLI, a document just opened): one pass over the whole text is
      // cheaper than a pass per chunk. Hand each chunk its hits; a hit that would cross
      // a chunk boundary belongs to no paragraph and is dropped, as a per-chunk run would.
      // Each missing hit list is filled once, from its first chunk: identical chunks share one list, and a
      // chunk whose list was cached keeps it as it is.
      const owner = new Map<Map<string, Span[]>, number>();
      for (const e of missing) {
        if (owner.has(e.hits)) continue;
        owner.set(e.hits, e.start);
        e.hits.set(checkName, []);
      }
      const all = check(context.article.text);
      for (const h of all) {
        const entry = entries[chunkAt(entries, h.index)];
        if (!entry || owner.get(entry.hits) !== entry.start || h.index + h.offset > entry.start + entry.text.length) continue;
        entry.hits.get(checkName)?.push({ start: h.index - entry.start, end: h.index - entry.start + h.offset });
      }
    } else {
      for (const e of missing) {
        e.hits.set(
          checkName,
          check(e.text).map((h) => ({ start: h.index, end: h.index + h.offset })),
        );
      }
    }
    const spans: Span[] = [];
    for (const { start, hits } of entries) {
      for (const h of hits.get(checkName) ?? []) spans.push({ start: h.start + start, end: h.end + start });
    }
    return spans.sort((a, b) => a.start - b.start || a.end - b.end);
  });
}

/**
 * Checks whose hits inside a chunk depend only on that chunk's words (word-boundary
 * regexes), so a whole-text run finds exactly what per-chunk runs would. The
 * sentence-start and repeated-word checks look across line breaks and always run per chunk.
 */
const WORD_LOCAL = new Set(['adverb-where', 'e-prime', 'no-cliches', 'passive-voice', 'too-wordy', 'weasel-words']);

/** Index of the last chunk starting at or before `offset`. */
function chunkAt(entries: readonly { start: number }[], offset: number): number {
  let lo = 0;
  let hi = entries.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((entries[mid]?.start ?? 0) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** Each chunk with its cached hits per check: one cache lookup per chunk and run, shared by every check. */
function chunkEntries(context: RuleContext): { start: number; text: string; hits: Map<string, Span[]> }[] {
  return context.memo('style:chunk-entries', () =>
    chunks(context).map((chunk) => {
      const text = context.article.text.slice(chunk.start, chunk.end);
      return { start: chunk.start, text, hits: context.cache.get('write-good', text, () => new Map<string, Span[]>()) };
    }),
  );
}

/** Maximal runs of non-blank lines: the units the style checks run on. */
function chunks(context: RuleContext): Span[] {
  return context.memo('style:chunks', () => {
    const out: Span[] = [];
    let current: Span | undefined;
    for (const line of context.article.lines) {
      if (line.blank) {
        if (current) out.push(current);
        current = undefined;
      } else if (current) {
        current.end = line.end;
      } else {
        current = { start: line.start, end: line.end };
      }
    }
    if (current) out.push(current);
    return out;
  });
}

/** A style rule: runs its check (memoised), keeps the hits in prose and reports them as the spec words them. */
export function styleRule(spec: StyleRuleSpec): Rule {
  return {
    meta: { ...spec.meta, tags: ['style'] },
    check(context) {
      for (const hit of checkHits(context, spec.checkName, spec.check)) {
        const report = spec.report(hit, context);
        if (report && inProse(context, report)) context.report(report);
      }
    },
  };
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
  const s = spans[firstEndingAfter(spans, start)];
  return s !== undefined && s.start < Math.max(end, start + 1);
}

/** Whether a range is prose a reporter can edit: outside quotations, excluded lines and URLs. */
export function inProse(context: RuleContext, span: Span): boolean {
  const { article } = context;
  if (overlapsAny(article.quotes, span.start, span.end)) return false;
  const first = article.index.lineAt(span.start);
  const last = article.index.lineAt(Math.max(span.start, span.end - 1));
  for (let i = first; i <= last; i++) if (article.lines[i]?.excluded) return false;
  if (article.links.length > 0) {
    const urls = context.memo('style:urls', () => article.links.map((l) => l.url));
    if (overlapsAny(urls, span.start, span.end)) return false;
  }
  return true;
}

/** The flagged words for a message, in straight double quotes, with any line break or run of spaces as one space. */
export function quoted(text: string, span: Span): string {
  return `"${text.slice(span.start, span.end).replace(/[\s\u200C]+/g, ' ')}"`;
}

/** The indexes of the lines that begin a paragraph (prose, heading or list item). */
function paragraphStarts(context: RuleContext): Set<number> {
  return context.memo('style:paragraph-starts', () => new Set(context.article.paragraphs.map((p) => p.firstLine)));
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
  if (paragraphStarts(context).has(line)) return true;
  while (p >= 0 && CLOSERS.includes(text.charAt(p))) p--;
  return p >= 0 && ENDERS.includes(text.charAt(p));
}

/** Whether two offsets are in different paragraphs: a line break between them and the second's line starts a paragraph. */
export function acrossParagraphs(context: RuleContext, before: number, after: number): boolean {
  const { index } = context.article;
  const line = index.lineAt(after);
  return index.lineAt(before) !== line && paragraphStarts(context).has(line);
}

/** `word` with its first letter upper-cased, when the rest has no capitals (so "iPhone" stays as it is). */
export function capitalise(word: string): string {
  const m = /^([^\p{L}\p{N}]*)(\p{Ll})(.*)$/su.exec(word);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return word;
  if (/\p{Lu}/u.test(m[3])) return word;
  return m[1] + m[2].toUpperCase() + m[3];
}

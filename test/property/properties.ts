/**
 * The engine's promises, checked on one document. Each check returns what it
 * found wrong (never throws), so the fast test can assert "nothing" and the
 * fuzz run can count every kind of failure over thousands of documents.
 *
 * - lint never throws and no rule throws;
 * - every range (finding, related location in the document, fix edit) lies in
 *   the text and does not split a surrogate pair;
 * - no two findings are identical;
 * - the edits of one fix never overlap;
 * - a warm cache gives what a cold run gives;
 * - fix-all (one pass, as an editor's "fix all" or fix on save applies it):
 *   every line that no finding covers survives byte for byte as a whole line,
 *   nothing that was fixed comes back where it was, and a second fix-all
 *   changes nothing, but for the fixes the first pass put off because they
 *   overlapped one it took (fix-all's documented way; the CLI's --fix repeats).
 */
import {
  applyEdits,
  fixAllEdits,
  lint,
  LintCache,
  RULES,
  type Config,
  type DocFormat,
  type Finding,
  type LintResult,
  type LintOptions,
  type Rule,
  type TextEdit,
} from '../../server/src/core';

export interface Violation {
  property:
    | 'throws'
    | 'rule-error'
    | 'range'
    | 'duplicate'
    | 'fix-overlap'
    | 'cache'
    | 'line-lost'
    | 'fixed-returns'
    | 'second-fix-all'
    | 'fix-all-throws';
  rule?: string;
  /** For `second-fix-all`: the rules whose fixes the first pass applied. */
  after?: string;
  detail: string;
}

/** Every rule of `rules` on, the off-by-default ones too, and every safe fix applied by fix-all. */
export function everyRule(rules: readonly Rule[] = RULES): Config {
  return { rules: Object.fromEntries(rules.map((r) => [r.meta.id, 'warning'])), fixAll: rules.map((r) => r.meta.id) };
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Whether an offset falls between the two halves of a surrogate pair. */
export function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function rangeProblem(text: string, start: number, end: number): string | undefined {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return `not integers: ${start}-${end}`;
  if (start < 0 || end > text.length || start > end) return `out of bounds: ${start}-${end} in ${text.length}`;
  if (splitsPair(text, start) || splitsPair(text, end)) return `splits a surrogate pair: ${start}-${end}`;
  return undefined;
}

const show = (text: string, start: number, end: number): string => JSON.stringify(text.slice(start, end).slice(0, 80));

const key = (f: Finding): string => `${f.rule}|${f.start}|${f.end}|${f.severity}|${f.message}`;

function editsOverlap(edits: readonly TextEdit[]): boolean {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (!a || !b) continue;
    if (a.start === a.end && b.start === b.end ? a.start === b.start : a.start < b.end && b.start < a.end) return true;
  }
  return false;
}

function checkResult(text: string, result: LintResult, out: Violation[]): void {
  for (const e of result.ruleErrors) out.push({ property: 'rule-error', rule: e.rule, detail: e.message });
  const seen = new Set<string>();
  for (const f of result.findings) {
    const where = rangeProblem(text, f.start, f.end);
    if (where) out.push({ property: 'range', rule: f.rule, detail: `finding ${where}` });
    for (const r of f.related) {
      if (r.inSource) continue;
      const problem = rangeProblem(text, r.start, r.end);
      if (problem) out.push({ property: 'range', rule: f.rule, detail: `related ${problem}` });
    }
    for (const fix of f.fixes) {
      for (const e of fix.edits) {
        const problem = rangeProblem(text, e.start, e.end);
        if (problem) out.push({ property: 'range', rule: f.rule, detail: `edit ${problem}` });
      }
      if (editsOverlap(fix.edits)) out.push({ property: 'fix-overlap', rule: f.rule, detail: `"${fix.title}" at ${f.start}` });
    }
    const k = key(f);
    if (seen.has(k))
      out.push({ property: 'duplicate', rule: f.rule, detail: `${show(text, f.start, f.end)} at ${f.start}: ${f.message}` });
    seen.add(k);
  }
}

/**
 * Where an offset of the original text lands after the sorted, non-overlapping edits: shifted by every edit
 * that ends at or before it (an insertion right at it goes before it, as applyEdits puts it).
 */
function shift(edits: readonly TextEdit[], offset: number): number {
  let delta = 0;
  for (const e of edits) {
    if (e.end > offset) break;
    delta += e.newText.length - (e.end - e.start);
  }
  return offset + delta;
}

function isLineStart(text: string, offset: number): boolean {
  if (offset === 0) return true;
  if (offset === 1 && text.charCodeAt(0) === 0xfeff) return true;
  const c = text.charCodeAt(offset - 1);
  return c === 10 || c === 13;
}

function isLineEnd(text: string, offset: number): boolean {
  if (offset === text.length) return true;
  const c = text.charCodeAt(offset);
  return c === 10 || c === 13;
}

function checkFixAll(text: string, options: LintOptions, result: LintResult, out: Violation[]): void {
  const { edits, fixed } = fixAllEdits(result.findings);
  if (edits.length === 0) return;
  let after: string;
  try {
    after = applyEdits(text, edits);
  } catch (error) {
    out.push({ property: 'fix-all-throws', detail: error instanceof Error ? error.message : String(error) });
    return;
  }
  const fixedRules = [...new Set(fixed.map((f) => f.rule))].join(',');

  // Lines no finding covers: untouched by any edit, and still whole lines of the fixed text.
  const index = result.article.index;
  const covered = new Uint8Array(index.lineCount);
  for (const f of result.findings) {
    const first = index.lineAt(f.start);
    const last = index.lineAt(Math.max(f.start, f.end - 1));
    for (let l = first; l <= last; l++) covered[l] = 1;
  }
  for (let l = 0; l < index.lineCount; l++) {
    if (covered[l]) continue;
    const line = result.article.lines[l];
    // A blank line (spaces only) separates blocks; fix-all may take it away with the block it follows.
    if (!line || line.blank) continue;
    const touched = edits.find((e) =>
      e.start === e.end ? e.start > line.start && e.start < line.end : e.start < line.end && e.end > line.start,
    );
    if (touched) {
      out.push({
        property: 'line-lost',
        rule: fixedRules,
        detail: `line ${l} ${show(text, line.start, line.end)} edited by ${JSON.stringify(touched)}`,
      });
      continue;
    }
    const at = shift(edits, line.start);
    if (
      after.slice(at, at + line.text.length) !== line.text ||
      !isLineStart(after, at) ||
      !isLineEnd(after, at + line.text.length)
    ) {
      out.push({
        property: 'line-lost',
        rule: fixedRules,
        detail: `line ${l} ${show(text, line.start, line.end)} is not a whole line after fix-all`,
      });
    }
  }

  let again: LintResult;
  try {
    again = lint(after, options);
  } catch (error) {
    out.push({ property: 'throws', detail: `after fix-all: ${error instanceof Error ? error.message : String(error)}` });
    return;
  }
  // Fix-all takes one fix where fixes overlap and leaves the others for the next pass (fix.ts): a finding
  // whose fix was put off that way may stand where it stood, and the next fix-all may take it.
  const fixedSet = new Set(fixed);
  const putOff = new Set(
    result.findings
      .filter((f) => !fixedSet.has(f) && f.fixes.some((x) => x.auto))
      .map((f) => `${f.rule}|${shift(edits, f.start)}`),
  );
  // What was fixed does not come back at the place it was.
  const back = new Set(again.findings.map((g) => `${g.rule}|${g.start}|${after.slice(g.start, g.end)}`));
  for (const f of fixed) {
    const at = shift(edits, f.start);
    if (putOff.has(`${f.rule}|${at}`)) continue;
    if (back.has(`${f.rule}|${at}|${text.slice(f.start, f.end)}`))
      out.push({ property: 'fixed-returns', rule: f.rule, detail: `${show(text, f.start, f.end)} at ${f.start}` });
  }
  // A second fix-all has nothing new to do.
  const second = fixAllEdits(again.findings).fixed.filter((g) => !putOff.has(`${g.rule}|${g.start}`));
  if (second.length > 0) {
    const first = second[0];
    out.push({
      property: 'second-fix-all',
      rule: [...new Set(second.map((f) => f.rule))].join(','),
      after: fixedRules,
      detail: first ? `${first.rule} ${show(after, first.start, first.end)} at ${first.start}` : '',
    });
  }
}

/** Every promise above, on one document; `rules` defaults to every registered rule. */
export function checkDocument(text: string, format: DocFormat, rules: readonly Rule[] = RULES): Violation[] {
  const out: Violation[] = [];
  const options: LintOptions = { format, rules, config: everyRule(rules) };
  let result: LintResult;
  try {
    result = lint(text, options);
  } catch (error) {
    return [{ property: 'throws', detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }];
  }
  checkResult(text, result, out);
  // A cache warmed on other texts gives the cold run's findings. The first is the document without its first
  // block, so the paragraphs the two share sit at other offsets, as after an edit above them; the second is the
  // document with one character of its middle deleted, as after a keystroke (the per-span caches then reuse what
  // lies before and after it, and must recompute what the character's return touches).
  try {
    const cache = new LintCache();
    const cut = text.indexOf('\n\n');
    lint(cut > 0 ? text.slice(cut + 2) : `More.\n\n${text}`, { ...options, cache });
    const middle = text.length >> 1;
    lint(text.slice(0, middle) + text.slice(middle + 1), { ...options, cache });
    const warm = lint(text, { ...options, cache });
    // Compared as sets: a finding reported twice is the `duplicate` property's concern.
    const cold = new Set(result.findings.map(key));
    const hot = new Set(warm.findings.map(key));
    const onlyWarm = [...hot].filter((k) => !cold.has(k));
    const onlyCold = [...cold].filter((k) => !hot.has(k));
    if (onlyWarm.length || onlyCold.length) {
      const first = onlyWarm[0] ?? onlyCold[0] ?? '';
      out.push({
        property: 'cache',
        rule: first.split('|')[0],
        detail: `only warm: ${onlyWarm.slice(0, 2).join('; ') || '-'}; only cold: ${onlyCold.slice(0, 2).join('; ') || '-'}`,
      });
    }
  } catch (error) {
    out.push({ property: 'throws', detail: `with a cache: ${error instanceof Error ? error.message : String(error)}` });
  }
  checkFixAll(text, options, result, out);
  return out;
}

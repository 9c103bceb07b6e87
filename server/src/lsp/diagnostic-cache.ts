/**
 * Converting findings to diagnostics without converting what did not change.
 * After edits, a finding entirely before the first edited region is the same
 * diagnostic as before (the same object); one entirely between the line after
 * an edited region and the next region keeps its characters and moves by the
 * number of lines the edits added or removed (the same object when none, else
 * a copy with its lines shifted).
 * Only findings in or next to the edit are converted again. A finding is
 * matched to its old self by its content (rule, severity, message, fixes,
 * related locations), with the old offsets mapped through the edit, so what is
 * reused depends on content, never on a version number.
 *
 * Reusing the very objects matters twice: no positions are computed again,
 * and the serialiser (json-encoder.ts) keeps each object's JSON.
 */
import type { Diagnostic } from 'vscode-languageserver';
import type { Finding, LineIndex } from '../core';
import { toDiagnostic, type ConvertContext } from './convert';
import type { TextChange } from './documents';

/** What one conversion produced: the findings shown, in document order, and their diagnostics. */
export interface Converted {
  findings: readonly Finding[];
  diagnostics: readonly Diagnostic[];
  index: LineIndex;
}

export interface ConvertStats {
  /** The same objects as before. */
  reused: number;
  /** Copies moved by whole lines. */
  shifted: number;
  converted: number;
}

/**
 * The smallest document offset a finding's diagnostic depends on (its fixes and related locations included), or -1
 * if it refers to a source; the largest is left in `extentHi` (no object per finding: this runs for every finding
 * after every edit).
 */
let extentHi = 0;
function extentLo(f: Finding): number {
  let lo = f.start;
  let hi = f.end;
  const fixes = f.fixes;
  for (let i = 0; i < fixes.length; i++) {
    const edits = (fixes[i] as Finding['fixes'][number]).edits;
    for (let k = 0; k < edits.length; k++) {
      const e = edits[k] as (typeof edits)[number];
      if (e.start < lo) lo = e.start;
      if (e.end > hi) hi = e.end;
    }
  }
  const related = f.related;
  for (let i = 0; i < related.length; i++) {
    const r = related[i] as Finding['related'][number];
    if (r.inSource) return -1;
    if (r.start < lo) lo = r.start;
    if (r.end > hi) hi = r.end;
  }
  extentHi = hi;
  return lo;
}

/**
 * Whether new finding `f`, its offsets moved back by `delta`, is old finding `g`. The offsets and counts are compared
 * before the texts: they tell most differing findings apart without reading a message.
 */
function same(f: Finding, g: Finding, delta: number): boolean {
  if (f.rule !== g.rule || f.severity !== g.severity) return false;
  if (f.start - delta !== g.start || f.end - delta !== g.end) return false;
  if (f.fixes.length !== g.fixes.length || f.related.length !== g.related.length) return false;
  if (f.message !== g.message) return false;
  for (let i = 0; i < f.fixes.length; i++) {
    const a = f.fixes[i];
    const b = g.fixes[i];
    if (!a || !b || a.title !== b.title || a.safe !== b.safe || a.auto !== b.auto || a.edits.length !== b.edits.length)
      return false;
    for (let k = 0; k < a.edits.length; k++) {
      const x = a.edits[k];
      const y = b.edits[k];
      if (!x || !y || x.start - delta !== y.start || x.end - delta !== y.end || x.newText !== y.newText) return false;
    }
  }
  for (let i = 0; i < f.related.length; i++) {
    const a = f.related[i];
    const b = g.related[i];
    if (!a || !b || a.start - delta !== b.start || a.end - delta !== b.end || a.message !== b.message) return false;
  }
  return true;
}

type Position = { line: number; character: number };
type Range = { start: Position; end: Position };

function shiftRange(r: Range, lines: number): Range {
  return {
    start: { line: r.start.line + lines, character: r.start.character },
    end: { line: r.end.line + lines, character: r.end.character },
  };
}

/** A copy of `d` moved down by `lines` (up when negative); the original is never changed (its JSON is cached). */
function shifted(d: Diagnostic, lines: number): Diagnostic {
  const copy: Diagnostic = { ...d, range: shiftRange(d.range, lines) };
  const data = d.data as { fixes?: { edits: { range: Range }[] }[] } | undefined;
  if (data?.fixes) {
    copy.data = {
      ...data,
      fixes: data.fixes.map((fix) => ({ ...fix, edits: fix.edits.map((e) => ({ ...e, range: shiftRange(e.range, lines) })) })),
    };
  }
  if (d.relatedInformation) {
    copy.relatedInformation = d.relatedInformation.map((r) => ({
      ...r,
      location: { ...r.location, range: shiftRange(r.location.range, lines) },
    }));
  }
  return copy;
}

/** A stretch of the new text that an edit left as it was: where it is, and how its positions moved. */
interface Gap {
  /** Offsets in `[from, to)` of the new text are the old ones plus `delta`... */
  from: number;
  to: number;
  delta: number;
  /** ...on lines moved by `lines`, characters unchanged. */
  lines: number;
}

/**
 * The stretches between the changed regions where a diagnostic can be reused: the text before the first region
 * (positions unchanged), and after each region from the next line on (characters unchanged, lines moved). The line
 * holding a region's end is left out: its characters moved.
 */
function gaps(regions: readonly TextChange[], index: LineIndex, old: LineIndex): Gap[] {
  const out: Gap[] = [{ from: 0, to: regions[0]?.start ?? Infinity, delta: 0, lines: 0 }];
  for (let i = 0; i < regions.length; i++) {
    const r = regions[i];
    if (!r) continue;
    const to = regions[i + 1]?.start ?? Infinity;
    const next = index.lineStarts[index.lineAt(r.end) + 1];
    if (next === undefined || next >= to) continue;
    const delta = r.end - r.oldEnd;
    const oldLine = old.lineAt(next - delta);
    // The line after the region must start at the same text in both: then every later position keeps its character.
    if (old.lineStarts[oldLine] !== next - delta) continue;
    out.push({ from: next, to, delta, lines: index.lineAt(next) - oldLine });
  }
  return out;
}

/**
 * The diagnostics of `findings` (sorted by start, as the engine returns them) in the text `index` indexes,
 * reusing `previous` where `change` (the regions changed since it was made) leaves a finding as it was.
 */
export function convertReusing(
  previous: Converted | undefined,
  change: readonly TextChange[] | 'all' | undefined,
  findings: readonly Finding[],
  index: LineIndex,
  ctx: ConvertContext,
): { diagnostics: Diagnostic[]; stats: ConvertStats } {
  const stats: ConvertStats = { reused: 0, shifted: 0, converted: 0 };
  const convert = (f: Finding): Diagnostic => {
    stats.converted++;
    return toDiagnostic(f, ctx);
  };
  if (!previous || change === 'all' || previous.findings.length === 0) {
    return { diagnostics: findings.map(convert), stats };
  }
  const stretches = gaps(change ?? [], index, previous.index);
  const diagnostics: Diagnostic[] = new Array<Diagnostic>(findings.length);
  const old = previous.findings;
  const oldDiagnostics = previous.diagnostics;
  let j = 0;
  let g = 0;
  for (let n = 0; n < findings.length; n++) {
    const f = findings[n] as Finding;
    const lo = extentLo(f);
    // The stretch holding the whole finding, if one does (stretches and findings both go in document order).
    let gap: Gap | undefined;
    if (lo >= 0) {
      while (g < stretches.length && (stretches[g] as Gap).to <= lo) g++;
      const candidate = stretches[g];
      if (candidate && lo >= candidate.from && extentHi < candidate.to) gap = candidate;
    }
    if (!gap) {
      diagnostics[n] = convert(f);
      continue;
    }
    const delta = gap.delta;
    const target = f.start - delta;
    while (j < old.length && (old[j] as Finding).start < target) j++;
    let match: Diagnostic | undefined;
    for (let k = j; k < old.length && (old[k] as Finding).start === target; k++) {
      if (same(f, old[k] as Finding, delta)) {
        match = oldDiagnostics[k];
        break;
      }
    }
    if (!match) diagnostics[n] = convert(f);
    else if (gap.lines !== 0) {
      stats.shifted++;
      diagnostics[n] = shifted(match, gap.lines);
    } else {
      stats.reused++;
      diagnostics[n] = match;
    }
  }
  return { diagnostics, stats };
}

/** Applying fixes: shared by `--fix`, the quick fixes' tests and fix-all in the editor. */
import type { Finding, TextEdit } from './types';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits. Throws if two edits overlap: that is a bug in a rule. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  // Pieces joined once at the end: thousands of edits never build a deep chain of concatenations.
  const out: string[] = [];
  let pos = 0;
  let prev: TextEdit | undefined;
  for (const edit of sorted) {
    if (prev && overlaps(prev, edit)) throw new Error(`overlapping edits at ${edit.start}`);
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end)
      throw new Error(`edit out of range: ${edit.start}-${edit.end}`);
    out.push(text.slice(pos, edit.start), edit.newText);
    pos = edit.end;
    prev = edit;
  }
  out.push(text.slice(pos));
  return out.join('');
}

/**
 * The edits of fix-all: the first fix of each finding that the engine marked
 * `auto`, in document order, skipping any whose edits overlap one already
 * taken. Taken edits are kept sorted, so each check is a binary search.
 */
export function fixAllEdits(findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const taken: TextEdit[] = [];
  const fixed: Finding[] = [];
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of ordered) {
    const fix = finding.fixes.find((f) => f.auto === true);
    if (!fix) continue;
    if (fix.edits.some((e) => overlapsTaken(taken, e))) continue;
    for (const e of fix.edits) taken.splice(insertionPoint(taken, e), 0, e);
    fixed.push(finding);
  }
  return { edits: taken, fixed };
}

/** Index of the first taken edit that starts after `edit` (or at it, for a later end). */
function insertionPoint(taken: readonly TextEdit[], edit: TextEdit): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const t = taken[mid];
    if (t && (t.start < edit.start || (t.start === edit.start && t.end <= edit.end))) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Whether `edit` overlaps a taken edit: taken edits never overlap each other, so only the neighbours can. */
function overlapsTaken(taken: readonly TextEdit[], edit: TextEdit): boolean {
  const i = insertionPoint(taken, edit);
  for (const j of [i - 1, i]) {
    const t = taken[j];
    if (t && overlaps(t, edit)) return true;
  }
  // An insertion at the same point as a zero-width neighbour further left.
  const before = taken[i - 2];
  return before !== undefined && overlaps(before, edit);
}

/** Applying fixes: shared by `--fix`, the quick fixes' tests and fix-all in the editor. */
import type { Finding, TextEdit } from './types';

function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.start === a.end && b.start === b.end) return a.start === b.start;
  return a.start < b.end && b.start < a.end;
}

/** Applies non-overlapping edits. Throws if two edits overlap: that is a bug in a rule. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let pos = 0;
  let prev: TextEdit | undefined;
  for (const edit of sorted) {
    if (prev && overlaps(prev, edit)) throw new Error(`overlapping edits at ${edit.start}`);
    if (edit.start < 0 || edit.end > text.length || edit.start > edit.end)
      throw new Error(`edit out of range: ${edit.start}-${edit.end}`);
    out += text.slice(pos, edit.start) + edit.newText;
    pos = edit.end;
    prev = edit;
  }
  return out + text.slice(pos);
}

/**
 * The edits of fix-all: the first safe fix of each finding, in document
 * order, skipping any whose edits overlap one already taken.
 */
export function fixAllEdits(findings: readonly Finding[]): { edits: TextEdit[]; fixed: Finding[] } {
  const edits: TextEdit[] = [];
  const fixed: Finding[] = [];
  const ordered = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  for (const finding of ordered) {
    const fix = finding.fixes.find((f) => f.safe);
    if (!fix) continue;
    if (fix.edits.some((e) => edits.some((taken) => overlaps(taken, e)))) continue;
    edits.push(...fix.edits);
    fixed.push(finding);
  }
  return { edits, fixed };
}

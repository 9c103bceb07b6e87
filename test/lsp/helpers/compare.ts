/** "The finding is gone and nothing else changed", for diagnostics before and after an edit. */
import assert from 'node:assert/strict';
import type { Diagnostic, TextEdit } from 'vscode-languageserver-protocol';
import { lint, type DocFormat } from '../../../server/src/core';
import { describeDiagnostic, messageOf, offsetAt } from './client';

/**
 * Checks diagnostics after applying `edits` to `before` (giving `after`):
 * every diagnostic clear of the edited span survives at its shifted place,
 * no new one appears outside it, and `gone` (if given) is not there any more.
 */
export function assertOnlyEditedChanged(
  before: { text: string; diagnostics: readonly Diagnostic[] },
  after: { text: string; diagnostics: readonly Diagnostic[] },
  edits: readonly TextEdit[],
  gone?: Diagnostic,
): void {
  const spans = edits.map((e) => ({ start: offsetAt(before.text, e.range.start), end: offsetAt(before.text, e.range.end), e }));
  const editStart = Math.min(...spans.map((s) => s.start));
  const editEnd = Math.max(...spans.map((s) => s.end));
  const delta = after.text.length - before.text.length;
  const startOf = (text: string, d: Diagnostic): number => offsetAt(text, d.range.start);
  const endOf = (text: string, d: Diagnostic): number => offsetAt(text, d.range.end);
  const shift = (o: number): number => (o >= editEnd ? o + delta : o);
  if (gone) {
    const goneStart = shift(startOf(before.text, gone));
    const still = after.diagnostics.some(
      (d) => d.code === gone.code && d.message === gone.message && startOf(after.text, d) === goneStart,
    );
    assert.equal(still, false, `still reported after the edit: ${String(gone.code)}: ${messageOf(gone)}`);
  }
  const expected = before.diagnostics
    .filter((d) => d !== gone && (endOf(before.text, d) < editStart || startOf(before.text, d) > editEnd))
    .map((d) => `${shift(startOf(before.text, d))}:${describeDiagnostic(before.text, d)}`)
    .sort();
  const actual = after.diagnostics
    .filter((d) => endOf(after.text, d) < editStart || startOf(after.text, d) > editEnd + delta)
    .map((d) => `${startOf(after.text, d)}:${describeDiagnostic(after.text, d)}`)
    .sort();
  assert.deepEqual(actual, expected, 'diagnostics away from the edit changed');
}

const LSP_SEVERITY: Record<string, number> = { error: 1, warning: 2, info: 3, hint: 4 };

/**
 * What the engine finds in `text` with the default configuration, described as `describeDiagnostic` describes
 * a diagnostic: the server's diagnostics of the same text must match it exactly.
 */
export function engineDescriptions(text: string, format: DocFormat = 'text'): string[] {
  return lint(text, { format, config: {} })
    .findings.map((f) => `${f.rule}|${text.slice(f.start, f.end)}|${f.message}|${LSP_SEVERITY[f.severity]}`)
    .sort();
}

export function serverDescriptions(text: string, diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => describeDiagnostic(text, d)).sort();
}

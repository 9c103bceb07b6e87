/**
 * The rule tests' one helper, in the spirit of textlint's tester: a table of
 * valid texts and invalid cases. Every fix of every invalid case is applied
 * and the text linted again: the finding must be gone, and no other finding
 * may appear or vanish outside the edited range.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  applyEdits,
  fixAllEdits,
  lint,
  ruleById,
  type Config,
  type DocFormat,
  type Finding,
  type Fix,
  type SourceInput,
} from '../../server/src/core';

export interface ValidCase {
  text: string;
  format?: DocFormat;
  options?: Record<string, unknown>;
  name?: string;
  /** The text the case was rewritten from, for the source-drift rules (`LintOptions.source`). */
  source?: string;
}

function sourceOf(c: ValidCase): { source?: SourceInput } {
  return c.source === undefined ? {} : { source: { text: c.source } };
}

export interface ExpectedFinding {
  /** The exact text the finding spans. */
  text?: string;
  /** A piece of the message. */
  message?: string | RegExp;
  /** 0-based line of the finding's start. */
  line?: number;
}

export interface InvalidCase extends ValidCase {
  findings: ExpectedFinding[];
  /**
   * The text after fix-all with this rule's safe fixes (a `rewrite` rule opted in through `fixAll`, so its safe
   * fixes are tested too). Omit when nothing is safe to fix.
   */
  output?: string;
}

export function configFor(ruleId: string, options?: Record<string, unknown>): Config {
  return { rules: { [ruleId]: { severity: 'warning', ...(options ?? {}) } } };
}

/** Lints `text` with every rule on (so "nothing else changed" is meaningful), returning all findings. */
export function lintAll(text: string, format: DocFormat = 'text', config?: Config): Finding[] {
  return lint(text, { format, config }).findings;
}

function key(f: Finding, text: string): string {
  return `${f.rule}|${text.slice(f.start, f.end)}|${f.message}`;
}

/** Applies one fix and checks: the finding is gone and nothing else changed. */
export function checkFix(
  text: string,
  finding: Finding,
  fix: Fix,
  format: DocFormat,
  config: Config,
  source?: SourceInput,
): string {
  const before = lint(text, { format, config, source }).findings;
  const fixed = applyEdits(text, fix.edits);
  const after = lint(fixed, { format, config, source }).findings;
  const editStart = Math.min(...fix.edits.map((e) => e.start));
  const editEnd = Math.max(...fix.edits.map((e) => e.end));
  const delta = fix.edits.reduce((d, e) => d + e.newText.length - (e.end - e.start), 0);
  const mapOffset = (o: number): number => (o >= editEnd ? o + delta : o);
  // The finding itself is gone: nothing of the same rule at its mapped place.
  const stillThere = after.some(
    (f) => f.rule === finding.rule && f.start === mapOffset(finding.start) && f.message === finding.message,
  );
  assert.equal(stillThere, false, `fix "${fix.title}" did not remove: ${finding.message}\n--- fixed text ---\n${fixed}`);
  // Nothing else changed: findings clear of the edited range survive, mapped, and no new ones appear there.
  const outside = (f: Finding): boolean => f.end <= editStart || f.start >= editEnd;
  const isSelf = (f: Finding): boolean => f.rule === finding.rule && f.start === finding.start && f.end === finding.end;
  const expected = before
    .filter((f) => !isSelf(f) && outside(f))
    .map((f) => `${mapOffset(f.start)}:${key(f, text)}`)
    .sort();
  // A finding that enclosed the edit may shrink to clear it (a block losing its last line): it is not new.
  const enclosing = new Set(before.filter((f) => !isSelf(f) && !outside(f)).map((f) => `${f.rule}|${mapOffset(f.start)}`));
  const actual = after
    .filter((f) => f.end <= editStart || f.start >= editEnd + delta)
    .filter((f) => !enclosing.has(`${f.rule}|${f.start}`))
    .map((f) => `${f.start}:${key(f, fixed)}`)
    .sort();
  assert.deepEqual(actual, expected, `fix "${fix.title}" changed other findings`);
  return fixed;
}

export function ruleTests(ruleId: string, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  const rule = ruleById(ruleId);
  describe(`rule ${ruleId}`, () => {
    it('is registered', () => assert.ok(rule, `no rule ${ruleId}`));
    cases.valid.forEach((c, i) => {
      it(`valid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const findings = lint(c.text, {
          format: c.format ?? 'text',
          config: configFor(ruleId, c.options),
          ...sourceOf(c),
        }).findings.filter((f) => f.rule === ruleId);
        assert.deepEqual(
          findings.map((f) => `${c.text.slice(f.start, f.end)}: ${f.message}`),
          [],
        );
      });
    });
    it('offers a fix in some invalid case exactly when its metadata says fixable', () => {
      const offered = cases.invalid.some((c) =>
        lint(c.text, { format: c.format ?? 'text', config: configFor(ruleId, c.options), ...sourceOf(c) }).findings.some(
          (f) => f.rule === ruleId && f.fixes.length > 0,
        ),
      );
      assert.equal(offered, rule?.meta.fixable ?? false);
    });
    cases.invalid.forEach((c, i) => {
      it(`invalid #${i + 1}${c.name ? `: ${c.name}` : ''}`, () => {
        const format = c.format ?? 'text';
        const config = configFor(ruleId, c.options);
        const { source } = sourceOf(c);
        const findings = lint(c.text, { format, config, source }).findings.filter((f) => f.rule === ruleId);
        assert.equal(
          findings.length,
          c.findings.length,
          `expected ${c.findings.length} finding(s), got:\n${findings.map((f) => `  ${JSON.stringify(c.text.slice(f.start, f.end))}: ${f.message}`).join('\n')}`,
        );
        findings.forEach((f, j) => {
          const want = c.findings[j];
          if (!want) return;
          if (want.text !== undefined) assert.equal(c.text.slice(f.start, f.end), want.text);
          if (want.line !== undefined) assert.equal(lint(c.text, { format }).article.index.lineAt(f.start), want.line);
          if (typeof want.message === 'string') assert.ok(f.message.includes(want.message), f.message);
          else if (want.message) assert.match(f.message, want.message);
          for (const fix of f.fixes) checkFix(c.text, f, fix, format, config, source);
        });
        if (c.output !== undefined) {
          // Fix-all restricted to this rule, opted in when its fixes rewrite.
          const only = { rules: Object.fromEntries([[ruleId, config.rules?.[ruleId] ?? 'warning']]), fixAll: [ruleId] } as Config;
          const ruleOnly = lint(c.text, { format, config: only, rules: rule ? [rule] : [], source }).findings;
          const out = applyEdits(c.text, fixAllEdits(ruleOnly).edits);
          assert.equal(out, c.output);
          const again = lint(out, { format, config: only, rules: rule ? [rule] : [], source }).findings.filter((f) =>
            f.fixes.some((x) => x.auto),
          );
          assert.deepEqual(
            again.map((f) => f.message),
            [],
            'fixed output still has fixable findings',
          );
        }
      });
    });
  });
}

/**
 * Fixture pairs: a source and a rewrite of our own writing in each folder of test/drift/pairs, with the drift
 * findings expected beside them (expect.json). Each pair is linted with the drift rules; every expected finding
 * must appear, nothing else may, each related location must point at the source's words, and every quick fix is
 * applied and the pair linted again.
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixText, lint, RULES, type DocFormat, type Finding, type SourceInput } from '../../server/src/core';
import { checkFix } from '../helpers/rule-tester';

const PAIRS = path.resolve(__dirname, '../../../test/drift/pairs');
const DRIFT = new Set(RULES.filter((r) => r.meta.id.startsWith('drift-') || r.meta.id === 'source-link').map((r) => r.meta.id));

interface Expected {
  rule: string;
  /** The exact text the finding spans. */
  text: string;
  severity: string;
  /** The source's words the first related location in the source spans. */
  related?: string;
  /** The new text of the first fix's edit. */
  fix?: string;
}

interface Pair {
  name: string;
  source: string;
  rewrite: string;
  format: DocFormat;
  expected: Expected[];
}

function loadPairs(): Pair[] {
  return readdirSync(PAIRS)
    .sort()
    .map((name) => {
      const dir = path.join(PAIRS, name);
      const files = readdirSync(dir);
      const rewriteFile = files.find((f) => f.startsWith('rewrite.'));
      assert.ok(rewriteFile, `${name}: no rewrite file`);
      const expect = JSON.parse(readFileSync(path.join(dir, 'expect.json'), 'utf8')) as { findings: Expected[] };
      return {
        name,
        source: readFileSync(path.join(dir, 'source.txt'), 'utf8'),
        rewrite: readFileSync(path.join(dir, rewriteFile), 'utf8'),
        format: rewriteFile.endsWith('.md') ? 'markdown' : 'text',
        expected: expect.findings,
      };
    });
}

function driftFindings(text: string, format: DocFormat, source: SourceInput): Finding[] {
  return lint(text, { format, source }).findings.filter((f) => DRIFT.has(f.rule));
}

const pairs = loadPairs();

describe('drift fixture pairs', () => {
  it('has at least a dozen pairs, and every drift rule is expected somewhere and silent somewhere', () => {
    assert.ok(pairs.length >= 12, `only ${pairs.length} pairs`);
    for (const id of ['drift-quote', 'drift-figure', 'drift-title', 'drift-name', 'drift-attribution']) {
      assert.ok(
        pairs.some((p) => p.expected.some((e) => e.rule === id)),
        `no pair expects ${id}`,
      );
      assert.ok(
        pairs.some((p) => !p.expected.some((e) => e.rule === id)),
        `every pair expects ${id}`,
      );
    }
  });

  for (const pair of pairs) {
    describe(pair.name, () => {
      const source: SourceInput = { text: pair.source };
      const findings = driftFindings(pair.rewrite, pair.format, source);

      it('reports exactly the expected drift', () => {
        assert.deepEqual(
          findings.map((f) => `${f.rule} [${f.severity}] ${pair.rewrite.slice(f.start, f.end)}`),
          pair.expected.map((e) => `${e.rule} [${e.severity}] ${e.text}`),
        );
      });

      it("points each finding at the source's words", () => {
        findings.forEach((f, i) => {
          const want = pair.expected[i];
          if (!want) return;
          const related = f.related.find((r) => r.inSource);
          if (want.related === undefined) return;
          assert.ok(related, `${f.rule}: no related location in the source`);
          assert.equal(pair.source.slice(related.start, related.end), want.related);
        });
      });

      it('applies every quick fix, lints again, and keeps them out of fix-all', () => {
        const config = {};
        findings.forEach((f, i) => {
          const want = pair.expected[i];
          assert.equal(f.fixes[0]?.edits[0]?.newText, want?.fix, `${f.rule}: first fix`);
          for (const fix of f.fixes) {
            assert.equal(fix.safe, false, 'drift fixes are never safe');
            assert.notEqual(fix.auto, true, 'drift fixes are never in fix-all');
            checkFix(pair.rewrite, f, fix, pair.format, config, source);
          }
        });
        // Fix-all leaves every drift in place: a person decides.
        const fixed = fixText(pair.rewrite, { format: pair.format, source }).result.findings.filter((f) => DRIFT.has(f.rule));
        assert.equal(fixed.length, findings.length);
      });

      it('reports no drift when each text is its own source', () => {
        assert.deepEqual(
          driftFindings(pair.rewrite, pair.format, { text: pair.rewrite, format: pair.format }).map((f) => f.message),
          [],
        );
        assert.deepEqual(
          driftFindings(pair.source, 'text', { text: pair.source }).map((f) => f.message),
          [],
        );
      });
    });
  }
});

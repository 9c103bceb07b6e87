/**
 * Diagnostics reused across edits are exactly what a fresh conversion gives,
 * and the change region the document store keeps is exact: fast-check drives
 * random edits (inserts, deletes, line breaks, CRLF) over real-looking text.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { lint, LintCache } from '../../server/src/core';
import { toDiagnostic } from '../../server/src/lsp/convert';
import { convertReusing, type Converted } from '../../server/src/lsp/diagnostic-cache';
import { addEdit, type TextChange } from '../../server/src/lsp/documents';
import { fixture } from './helpers/fixtures';

const BASE = `${fixture('riverside.txt')}\n${fixture('council.txt')}`;
const CTX = { uri: 'file:///virtual/reuse.txt', docsBase: 'file:///docs/{rule}.md' };

/** An edit as [from, to, inserted text], within `length`. */
const edit = (length: number): fc.Arbitrary<[number, number, string]> =>
  fc
    .tuple(
      fc.nat({ max: length }),
      fc.nat({ max: 12 }),
      fc.constantFrom('', 'x', ' very', '\n', '\r\n', 'So ', '.\n\n', 'the the'),
    )
    .map(([from, span, text]) => [from, Math.min(length, from + span), text]);

function apply(text: string, [from, to, insert]: [number, number, string]): string {
  return text.slice(0, from) + insert + text.slice(to);
}

/** Checks that outside `regions` the new text is the old one, moved by the regions before. */
function assertRegions(before: string, after: string, regions: readonly TextChange[]): void {
  let newFrom = 0;
  let oldFrom = 0;
  for (const r of [...regions, { start: after.length, end: after.length, oldStart: before.length, oldEnd: before.length }]) {
    assert.ok(r.start >= newFrom && r.end >= r.start && r.oldEnd >= r.oldStart, JSON.stringify(regions));
    assert.equal(r.start - newFrom, r.oldStart - oldFrom, `the same length between regions: ${JSON.stringify(regions)}`);
    assert.equal(
      after.slice(newFrom, r.start),
      before.slice(oldFrom, r.oldStart),
      `the same text between regions: ${JSON.stringify(regions)}`,
    );
    newFrom = r.end;
    oldFrom = r.oldEnd;
  }
}

describe('the changed regions', () => {
  it('cover every difference between the text before and after a series of edits, and no more than 8', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 20 }), (seeds) => {
        let text = BASE;
        let regions: TextChange[] = [];
        for (const seed of seeds) {
          const from = Math.abs(seed) % (text.length + 1);
          const to = Math.min(text.length, from + (Math.abs(seed >> 8) % 20));
          const insert = ['', 'ab', '\n', 'xyz\r\n'][Math.abs(seed >> 4) % 4] ?? '';
          regions = addEdit(regions, from, to, insert.length);
          text = apply(text, [from, to, insert]);
          assert.ok(regions.length <= 8);
        }
        assertRegions(BASE, text, regions);
      }),
      { seed: 4242, numRuns: 400 },
    );
  });

  it('keeps distant edits apart and merges touching ones', () => {
    let regions = addEdit([], 100, 100, 1);
    regions = addEdit(regions, 5000, 5002, 0);
    assert.deepEqual(regions, [
      { start: 100, end: 101, oldStart: 100, oldEnd: 100 },
      { start: 5000, end: 5000, oldStart: 4999, oldEnd: 5001 },
    ]);
    regions = addEdit(regions, 101, 101, 3);
    assert.deepEqual(regions[0], { start: 100, end: 104, oldStart: 100, oldEnd: 100 });
    assert.deepEqual(regions[1], { start: 5003, end: 5003, oldStart: 4999, oldEnd: 5001 });
  });
});

describe('reused diagnostics', () => {
  it('equal a fresh conversion after any edit', () => {
    fc.assert(
      fc.property(fc.array(edit(BASE.length), { minLength: 1, maxLength: 6 }), (edits) => {
        const cache = new LintCache();
        const first = lint(BASE, { cache });
        const converted: Converted = {
          findings: first.findings,
          diagnostics: first.findings.map((f) => toDiagnostic(f, { ...CTX, index: first.article.index })),
          index: first.article.index,
        };
        let text = BASE;
        let change: TextChange[] = [];
        for (const e of edits) {
          const [from, to, insert] = [Math.min(e[0], text.length), Math.min(e[1], text.length), e[2]];
          change = addEdit(change, from, Math.max(from, to), insert.length);
          text = apply(text, [from, Math.max(from, to), insert]);
        }
        const next = lint(text, { cache });
        const index = next.article.index;
        const { diagnostics } = convertReusing(converted, change, next.findings, index, { ...CTX, index });
        const fresh = next.findings.map((f) => toDiagnostic(f, { ...CTX, index }));
        assert.deepEqual(diagnostics, fresh);
      }),
      { seed: 1337, numRuns: 150 },
    );
  });

  it('reuses the objects before a one-character edit and shifts those after a new line', () => {
    const text = Array.from({ length: 40 }, () => BASE).join('\n\n');
    const doc = TextDocument.create(CTX.uri, 'plaintext', 1, text);
    const first = lint(text);
    const index = first.article.index;
    const converted: Converted = {
      findings: first.findings,
      diagnostics: first.findings.map((f) => toDiagnostic(f, { ...CTX, index })),
      index,
    };
    const middle = doc.offsetAt({ line: Math.floor(doc.lineCount / 2), character: 0 });
    for (const [insert, expectShift] of [
      ['x', false],
      ['\n', true],
    ] as const) {
      const after = text.slice(0, middle) + insert + text.slice(middle);
      const next = lint(after);
      const nextIndex = next.article.index;
      const change = addEdit([], middle, middle, insert.length);
      const { diagnostics, stats } = convertReusing(converted, change, next.findings, nextIndex, { ...CTX, index: nextIndex });
      assert.deepEqual(
        diagnostics,
        next.findings.map((f) => toDiagnostic(f, { ...CTX, index: nextIndex })),
      );
      // What is converted again: findings at the edit, and those whose related location lies across it (a person's
      // first mention, 40 copies up).
      assert.ok(stats.converted <= first.findings.length / 8, `converted only what the edit touches: ${JSON.stringify(stats)}`);
      if (expectShift) assert.ok(stats.shifted > first.findings.length / 3, JSON.stringify(stats));
      else assert.ok(stats.reused >= (first.findings.length * 7) / 8, JSON.stringify(stats));
      const sameObjects = diagnostics.filter((d) => converted.diagnostics.includes(d)).length;
      assert.equal(sameObjects, stats.reused, 'reused means the very object');
    }
    // Two edits far apart (a run skipped while the server was busy): what lies between them is reused too.
    const quarter = doc.offsetAt({ line: Math.floor(doc.lineCount / 4), character: 0 });
    const twice = `${text.slice(0, quarter)}x${text.slice(quarter, middle)}y${text.slice(middle)}`;
    const regions = addEdit(addEdit([], quarter, quarter, 1), middle + 1, middle + 1, 1);
    const next = lint(twice);
    const nextIndex = next.article.index;
    const { diagnostics, stats } = convertReusing(converted, regions, next.findings, nextIndex, { ...CTX, index: nextIndex });
    assert.deepEqual(
      diagnostics,
      next.findings.map((f) => toDiagnostic(f, { ...CTX, index: nextIndex })),
    );
    // Here a person's later mentions point back at the first one, across the edits: those are converted again.
    assert.ok(stats.reused >= (first.findings.length * 3) / 4, JSON.stringify(stats));
  });
});

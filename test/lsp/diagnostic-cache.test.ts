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
import { widenChange, type TextChange } from '../../server/src/lsp/documents';
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

describe('the change region', () => {
  it('covers every difference between the text before and after a series of edits', () => {
    fc.assert(
      fc.property(fc.array(fc.integer(), { minLength: 1, maxLength: 8 }), (seeds) => {
        let text = BASE;
        let change: TextChange | undefined;
        for (const seed of seeds) {
          const from = Math.abs(seed) % (text.length + 1);
          const to = Math.min(text.length, from + (Math.abs(seed >> 8) % 20));
          const insert = ['', 'ab', '\n', 'xyz\r\n'][Math.abs(seed >> 4) % 4] ?? '';
          change = widenChange(change, from, to, insert.length);
          text = apply(text, [from, to, insert]);
        }
        assert.ok(change);
        assert.equal(text.slice(0, change.start), BASE.slice(0, change.start), 'the same before the region');
        assert.equal(text.slice(change.end), BASE.slice(change.oldEnd), 'the same after it');
      }),
      { seed: 4242, numRuns: 300 },
    );
  });
});

describe('reused diagnostics', () => {
  it('equal a fresh conversion after any edit', () => {
    fc.assert(
      fc.property(fc.array(edit(BASE.length), { minLength: 1, maxLength: 3 }), (edits) => {
        const cache = new LintCache();
        const first = lint(BASE, { cache });
        const converted: Converted = {
          findings: first.findings,
          diagnostics: first.findings.map((f) => toDiagnostic(f, { ...CTX, index: first.article.index })),
          index: first.article.index,
        };
        let text = BASE;
        let change: TextChange | undefined;
        for (const e of edits) {
          const [from, to, insert] = [Math.min(e[0], text.length), Math.min(e[1], text.length), e[2]];
          change = widenChange(change, from, Math.max(from, to), insert.length);
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
      const change = widenChange(undefined, middle, middle, insert.length);
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
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LineIndex } from '../../server/src/core';

/** The line starts as the LSP specification defines them, one character at a time: the reference. */
function reference(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (c === 10) {
      starts.push(i + 1);
    }
  }
  return starts;
}

describe('LineIndex line starts (found with native searches)', () => {
  it('match a character-by-character reading for \\n, \\r\\n, a lone \\r and mixes of them', () => {
    const piece = fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '\n\r', '\r\r\n', '\u2028');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        assert.deepEqual(new LineIndex(text).lineStarts, reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('handles the edges', () => {
    for (const text of ['', '\n', '\r', '\r\n', 'a\r', 'a\n', '\r\n\r\n', '\n\n\r'])
      assert.deepEqual(new LineIndex(text).lineStarts, reference(text), JSON.stringify(text));
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { dominantEol, LineIndex } from '../../server/src/core/text';

describe('LineIndex', () => {
  it('maps offsets and positions with \\n, \\r\\n and lone \\r', () => {
    const text = 'ab\r\ncd\ref\ngh';
    const idx = new LineIndex(text);
    assert.equal(idx.lineCount, 4);
    assert.deepEqual(idx.positionAt(text.indexOf('d')), { line: 1, character: 1 });
    assert.deepEqual(idx.positionAt(text.indexOf('f')), { line: 2, character: 1 });
    assert.equal(idx.offsetAt({ line: 3, character: 1 }), text.indexOf('h'));
    assert.equal(idx.lineEnd(0), 2);
    assert.equal(idx.lineBreakEnd(0), 4);
  });

  it('clamps out-of-range positions instead of throwing', () => {
    const idx = new LineIndex('one\ntwo');
    assert.equal(idx.offsetAt({ line: 9, character: 0 }), 7);
    assert.equal(idx.offsetAt({ line: 0, character: 99 }), 3);
    assert.equal(idx.offsetAt({ line: -1, character: 0 }), 0);
    assert.deepEqual(idx.positionAt(999), { line: 1, character: 3 });
  });

  it('counts UTF-16 code units for emoji', () => {
    const text = '😀x';
    assert.deepEqual(new LineIndex(text).positionAt(2), { line: 0, character: 2 });
  });

  it('finds the dominant line ending', () => {
    assert.equal(dominantEol('a\r\nb\r\nc\n'), '\r\n');
    assert.equal(dominantEol('a\nb'), '\n');
  });
});

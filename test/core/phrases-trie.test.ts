/**
 * The phrase trie a process reads from phrases-trie-data.ts (`decodeTrie`) is the one `buildTrie` makes from the lists
 * of phrases-data.ts, field by field: lists or a builder changed without `npm run generate` fail here (and in
 * generated.test.ts, which runs the generator's check).
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { buildTrie, decodeTrie, encodeTrie, type Trie } from '../../server/src/core/analysis/phrases';
import * as lists from '../../server/src/core/analysis/phrases-data';

/** The first field in which two tries differ, or undefined. */
function difference(a: Trie, b: Trie): string | undefined {
  for (const key of Object.keys(a) as (keyof Trie)[]) {
    const x = a[key];
    const y = b[key];
    if (x instanceof Set || y instanceof Set) {
      if (!(x instanceof Set && y instanceof Set) || [...x].join() !== [...y].join()) return key;
    } else if (typeof x === 'number' || typeof y === 'number') {
      if (x !== y) return key;
    } else {
      if (x.constructor !== y.constructor || x.length !== y.length) return `${key} (type or length)`;
      for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return `${key}[${i}]`;
    }
  }
  return Object.keys(b).length === Object.keys(a).length ? undefined : 'fields';
}

describe('phrase trie', () => {
  it('the generated trie is the one built from the lists, field by field', () => {
    assert.equal(difference(decodeTrie(), buildTrie()), undefined);
  });

  it('a trie built from other lists differs from the generated one (the comparison can fail)', () => {
    const generated = decodeTrie();
    // One cliché more: new nodes, so new records.
    assert.notEqual(difference(generated, buildTrie({ ...lists, CLICHES: [...lists.CLICHES, 'a brand new phrase'] })), undefined);
    // A weasel exception that is no longer one.
    assert.equal(difference(generated, buildTrie({ ...lists, WEASEL_EXCEPTIONS: ['many'] })), 'weaselExceptions');
    // A phrase moved: the same nodes, another order of alternatives.
    const moved = [...lists.TOO_WORDY.slice(1), lists.TOO_WORDY[0] ?? ''];
    assert.notEqual(difference(generated, buildTrie({ ...lists, TOO_WORDY: moved })), undefined);
  });

  it('encodes a trie as ASCII JSON texts that read back as its numbers', () => {
    const built = buildTrie({ ...lists, CLICHES: [...lists.CLICHES, 'a brand new phrase', 'zed-up'] });
    const text = encodeTrie(built);
    const texts: string[] = [text.symbols, text.records, text.dense, text.termList, text.termAlt, text.termNext];
    for (const value of texts) assert.match(value, /^[\x20-\x7e]*$/);
    assert.deepEqual(JSON.parse(text.records), [...built.records]);
    assert.deepEqual(JSON.parse(text.dense), [...built.dense]);
    assert.deepEqual(JSON.parse(text.termNext), [...built.termNext]);
    assert.equal(text.symbols, "',-");
  });

  it('the generated module holds only ASCII', () => {
    const source = readFileSync(join(__dirname, '../../../server/src/core/analysis/phrases-trie-data.ts'), 'utf8');
    assert.match(source, /^[\n\x20-\x7e]*$/);
  });
});

/**
 * What a `LintCache` keeps from one run to the next must not keep earlier versions of the document alive. V8 keeps a
 * slice of 13 characters or more as a view of the string it was cut from, so a kept value that holds words of the
 * text (a person's name, a figure's noun, a style report's message) would keep the whole text of the version it was
 * made from, for as long as its paragraph is not edited again: a 1 MB document typed into at random places grew the
 * heap by about half a megabyte per edit (161 MB after 300 edits, against 21 MB with `detach`).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { getHeapStatistics } from 'node:v8';
import { detach, lint, LintCache } from '../../server/src/core';
import { loadCollector } from '../../server/src/lsp/idle-collect';
import { pressText } from '../../bench/corpus';

const KB = 1024;

describe('memory kept across runs', () => {
  it('detach gives the same string, whatever its length and characters', () => {
    const samples = ['', 'a', 'twelve chars', 'thirteen char', 'President John Smith’s', 'Zoë “quoted” — 12 %', '😀'.repeat(9)];
    const long = 'x'.repeat(5000);
    for (const s of [...samples, long, long.slice(7, 4000), `${long}${samples[4]}`]) {
      const d = detach(s);
      assert.equal(d, s);
      assert.equal(d.length, s.length);
    }
  });

  it('a document typed into through a kept cache keeps no earlier version of itself alive', () => {
    const gc = loadCollector();
    assert.ok(gc, "V8's gc can be had");
    let text = pressText(512 * KB);
    assert.ok(text.length > 400 * KB, `press text of ${text.length} characters`);
    const cache = new LintCache();
    let seed = 11;
    const place = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return Math.floor((seed / 2147483648) * text.length);
    };
    const type = (edits: number): void => {
      for (let i = 0; i < edits; i++) {
        const at = place();
        text = `${text.slice(0, at)}x${text.slice(at)}`;
        lint(text, { format: 'text', config: {}, cache });
      }
    };
    lint(text, { format: 'text', config: {}, cache });
    // A few edits first: the cache's own buffers and V8's compiled code reach their size.
    type(10);
    gc();
    const before = getHeapStatistics().used_heap_size;
    // Each edit that kept a view of its version would keep about 0.5 MB (the text, one byte per character); 100 edits
    // at random places keep most of theirs (a paragraph edited twice lets its first version go).
    type(100);
    gc();
    const grown = (getHeapStatistics().used_heap_size - before) / (KB * KB);
    assert.ok(
      grown < 8,
      `the heap grew by ${grown.toFixed(1)} MB over 100 edits of a ${Math.round(text.length / KB)} KB document`,
    );
  });
});

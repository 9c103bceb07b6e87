import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LintCache, type Span } from '../../server/src/core';

/** Paragraphs: maximal runs of characters other than "|" (a stand-in for a blank line). */
function spansOf(text: string): Span[] {
  const out: Span[] = [];
  const re = /[^|]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** perSpan with a value that is the span's own text, counting how many were computed. */
function run(cache: LintCache, text: string): { values: string[]; computed: string[] } {
  const computed: string[] = [];
  const values = cache.perSpan('test', text, spansOf(text), (s) => {
    const value = text.slice(s.start, s.end);
    computed.push(value);
    return value;
  });
  cache.endRun();
  return { values, computed };
}

describe('LintCache.perSpan', () => {
  it('computes each span on a cold run, identical spans included', () => {
    const { values, computed } = run(new LintCache(), 'one|two|one|one');
    assert.deepEqual(values, ['one', 'two', 'one', 'one']);
    assert.deepEqual(computed, ['one', 'two', 'one', 'one']);
  });

  it('after an edit, computes only the spans the edit touched; the others keep their values, shifted', () => {
    const cache = new LintCache();
    run(cache, 'alpha|beta|gamma|delta');
    const { values, computed } = run(cache, 'alpha|beta, edited|gamma|delta');
    assert.deepEqual(values, ['alpha', 'beta, edited', 'gamma', 'delta']);
    assert.deepEqual(computed, ['beta, edited']);
    assert.deepEqual(run(cache, 'alpha|beta, edited|gamma|delta').computed, []);
  });

  it('a span that changes extent is computed again, even when its start is unchanged', () => {
    const cache = new LintCache();
    run(cache, 'alpha|beta|gamma');
    assert.deepEqual(run(cache, 'alpha|betagamma').computed, ['betagamma']);
    assert.deepEqual(run(cache, 'alpha|beta|gamma').computed, ['beta', 'gamma']);
  });

  it('spansCold: true until a run in the namespace, and again once the runs that made values are forgotten', () => {
    const cache = new LintCache();
    assert.equal(cache.spansCold('test'), true);
    cache.perSpan('test', 'a|b', spansOf('a|b'), () => 0);
    assert.equal(cache.spansCold('test'), false);
    assert.equal(cache.spansCold('other'), true);
    cache.endRun();
    assert.equal(cache.spansCold('test'), false);
    cache.endRun();
    assert.equal(cache.spansCold('test'), true);
  });

  it('forgets what a run did not use', () => {
    const cache = new LintCache();
    run(cache, 'alpha|beta');
    cache.endRun();
    cache.endRun();
    assert.equal(cache.size, 0);
    assert.deepEqual(run(cache, 'alpha|beta').computed, ['alpha', 'beta']);
  });

  it('a cached value depends only on its key: after any edits, every value is what a cold run gives', () => {
    const text = fc.array(fc.constantFrom('a', 'b', 'ab', '|', '||', 'x'), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 6 }), (versions) => {
        const cache = new LintCache();
        for (const version of versions) {
          const { values } = run(cache, version);
          assert.deepEqual(
            values,
            spansOf(version).map((s) => version.slice(s.start, s.end)),
          );
        }
      }),
      { numRuns: 500, seed: 9 },
    );
  });

  it('on a megabyte, the comparison finds the edit wherever it is', () => {
    const paragraph = 'word '.repeat(100);
    const text = Array.from({ length: 2000 }, () => paragraph).join('|');
    for (const at of [0, 1, 1023, 1024, 1025, text.length >> 1, text.length - 1]) {
      const cache = new LintCache();
      run(cache, text);
      const edited = `${text.slice(0, at)}Z${text.slice(at)}`;
      const { values, computed } = run(cache, edited);
      assert.equal(computed.length, 1, `edit at ${at}`);
      assert.ok(computed[0]?.includes('Z'));
      assert.deepEqual(
        values,
        spansOf(edited).map((s) => edited.slice(s.start, s.end)),
      );
    }
  });
});

describe('LintCache.get', () => {
  it('computes a key once per run and keeps it for the next run only', () => {
    const cache = new LintCache();
    let computed = 0;
    const get = (key: string): number => cache.get('ns', key, () => ++computed);
    assert.equal(get('a'), 1);
    assert.equal(get('a'), 1);
    cache.endRun();
    assert.equal(get('a'), 1);
    cache.endRun();
    cache.endRun();
    assert.equal(get('a'), 2);
  });
});

describe('LintCache.fork', () => {
  it('reuses what the cache kept, and leaves the cache as it was', () => {
    const cache = new LintCache();
    run(cache, 'one|two|three');
    const fork = cache.fork();
    // The fork sees the cache's last run: only the edited span is computed.
    assert.deepEqual(run(fork, 'one|twox|three').computed, ['twox']);
    // The cache still compares with its own last run, not with the fork's text.
    assert.deepEqual(run(cache, 'one|two|thre').computed, ['thre']);
  });

  it('gives what a cold run gives, and so does the cache after it, for any two edits', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[ab|]{0,24}$/),
        fc.stringMatching(/^[ab|]{0,24}$/),
        fc.stringMatching(/^[ab|]{0,24}$/),
        (first, forked, next) => {
          const cache = new LintCache();
          run(cache, first);
          assert.deepEqual(run(cache.fork(), forked).values, run(new LintCache(), forked).values);
          const after = run(cache, next);
          assert.deepEqual(after.values, run(new LintCache(), next).values);
          // Nothing the fork computed leaked back: only spans of `first` are reused.
          const kept = new Set(spansOf(first).map((s) => first.slice(s.start, s.end)));
          for (const v of after.values) if (!after.computed.includes(v)) assert.ok(kept.has(v));
        },
      ),
      { seed: 9, numRuns: 300 },
    );
  });

  it('a fork and its cache linting in turn, in any order, each give what a cold run gives (no shared buffer written over)', () => {
    const version = fc.stringMatching(/^[ab|]{0,24}$/);
    fc.assert(
      fc.property(version, fc.array(fc.tuple(fc.boolean(), version), { minLength: 1, maxLength: 8 }), (first, runs) => {
        const cache = new LintCache();
        run(cache, first);
        const fork = cache.fork();
        for (const [onFork, text] of runs) {
          const { values } = run(onFork ? fork : cache, text);
          assert.deepEqual(values, run(new LintCache(), text).values);
        }
      }),
      { seed: 9, numRuns: 300 },
    );
  });
});

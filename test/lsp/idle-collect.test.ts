/** The scavenge when the server falls idle after a large lint: when it runs, when it holds back, and V8's `gc`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { constants, PerformanceObserver } from 'node:perf_hooks';
import { runInNewContext } from 'node:vm';
import {
  IDLE_COLLECT_MIN_CHARS,
  IDLE_COLLECT_MIN_YOUNG_SHARE,
  IdleCollector,
  loadCollector,
  youngShare,
  type Collect,
} from '../../server/src/lsp/idle-collect';

/** A collector whose `gc` records its calls. */
function recording(busy: () => boolean, share = 0.5): { collector: IdleCollector; calls: string[] } {
  const calls: string[] = [];
  const collect: Collect = (options) => calls.push(options?.type ?? 'full');
  return { collector: new IdleCollector(busy, collect, () => share), calls };
}

describe('idle collection', () => {
  it('scavenges twice on the next turn after a large lint, not before', async () => {
    const { collector, calls } = recording(() => false);
    const done = collector.afterLint(IDLE_COLLECT_MIN_CHARS);
    assert.deepEqual(calls, [], 'nothing runs in the turn of the lint');
    await done;
    assert.deepEqual(calls, ['minor', 'minor']);
    assert.equal(collector.collections, 1);
  });

  it('leaves small documents alone', async () => {
    const { collector, calls } = recording(() => false);
    await collector.afterLint(IDLE_COLLECT_MIN_CHARS - 1);
    assert.deepEqual(calls, []);
  });

  it('holds back while a lint is waiting, and when the young generation is nearly empty', async () => {
    let busy = true;
    const waiting = recording(() => busy);
    await waiting.collector.afterLint(IDLE_COLLECT_MIN_CHARS);
    assert.deepEqual(waiting.calls, [], 'a scheduled lint would wait for the collection');
    busy = false;
    await waiting.collector.afterLint(IDLE_COLLECT_MIN_CHARS);
    assert.deepEqual(waiting.calls, ['minor', 'minor'], 'once idle, it collects');

    const empty = recording(() => false, IDLE_COLLECT_MIN_YOUNG_SHARE / 2);
    await empty.collector.afterLint(10 * IDLE_COLLECT_MIN_CHARS);
    assert.deepEqual(empty.calls, []);
  });

  it('collects once for several lints answered in the same turn', async () => {
    const { collector, calls } = recording(() => false);
    const first = collector.afterLint(IDLE_COLLECT_MIN_CHARS);
    const second = collector.afterLint(IDLE_COLLECT_MIN_CHARS);
    await Promise.all([first, second]);
    assert.deepEqual(calls, ['minor', 'minor']);
  });

  it("collects the whole heap at once when asked, with V8's gc called with no argument", () => {
    const { collector, calls } = recording(() => true);
    assert.equal(collector.collectAll(), true, 'even while busy: the caller chose the moment');
    assert.deepEqual(calls, ['full']);
    assert.equal(collector.fullCollections, 1);
    assert.equal(collector.collections, 0);
  });

  it('reports a full collection it could not run', () => {
    const collector = new IdleCollector(
      () => false,
      undefined,
      () => 0.5,
    );
    // Without an injected `gc`, V8's own is loaded; a runtime that refuses it leaves nothing to call.
    const ran = collector.collectAll();
    assert.equal(ran, loadCollector() !== undefined);
    assert.equal(collector.fullCollections, ran ? 1 : 0);
  });

  it("V8's gc with no argument is a mark-compact", async () => {
    const gc = loadCollector();
    assert.ok(gc, "V8's gc can be had");
    const kinds: number[] = [];
    const seen = new Promise<void>((resolve) => {
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          const detail = (entry as unknown as { detail?: { kind?: number } }).detail;
          if (detail?.kind !== undefined) kinds.push(detail.kind);
        }
        if (kinds.includes(constants.NODE_PERFORMANCE_GC_MAJOR)) {
          observer.disconnect();
          resolve();
        }
      });
      observer.observe({ entryTypes: ['gc'] });
    });
    // Node delivers the entries on a task that does not keep the event loop alive by itself.
    const alive = setInterval(() => undefined, 1000);
    gc();
    await seen.finally(() => clearInterval(alive));
    assert.ok(kinds.includes(constants.NODE_PERFORMANCE_GC_MAJOR));
  });

  it("takes V8's gc without leaving it exposed to new contexts", () => {
    const gc = loadCollector();
    assert.equal(typeof gc, 'function');
    assert.equal(runInNewContext('typeof gc'), 'undefined', 'the flag is cleared after use');
    // A scavenge empties the young generation of garbage: fill it, collect, and its use falls.
    let garbage: object[] | undefined = Array.from({ length: 50_000 }, (_, i) => ({ i }));
    assert.equal(garbage.length, 50_000);
    const before = youngShare();
    garbage = undefined;
    gc?.({ type: 'minor' });
    gc?.({ type: 'minor' });
    assert.ok(youngShare() < before, `young generation ${before} -> ${youngShare()}`);
  });
});

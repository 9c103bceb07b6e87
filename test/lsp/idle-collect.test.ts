/** The scavenge when the server falls idle after a large lint: when it runs, when it holds back, and V8's `gc`. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
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
  const collect: Collect = (options) => calls.push(options.type);
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

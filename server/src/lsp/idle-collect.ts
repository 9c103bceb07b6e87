/**
 * Two scavenges of V8's young generation when the server falls idle after
 * answering a lint of a large document, so that the next lint starts with an
 * empty nursery instead of paying for a collection in its middle.
 *
 * A warm lint of 1 MB after a keystroke allocates 11 to 15.5 MB, a little less
 * than V8's default young generation takes (16 MB semi-spaces), and about
 * 3 MB of it survives (findings, diagnostics, cached spans). Left alone, the
 * nursery still holds the last lint's garbage and survivors when the next
 * keystroke comes, so each lint is interrupted by a scavenge, which copies the
 * new lint's live objects and the previous one's survivors. Collected while
 * nobody waits (once the answer has left), twice so that the survivors are
 * promoted rather than kept young, the nursery is empty and the next lint
 * fits in it: in-process on 1 MB of press text, edits at places spread over
 * it, alternating with and without (a loaded machine, 37 lints each, two
 * runs), the collections inside a lint went from 13-15 ms (median) to none,
 * and its CPU time from 30.6 to 24.9-25.3 ms. After one scavenge only, the 3 MB
 * of survivors still filled the nursery and most lints overflowed it. The two
 * cost about 8 ms of CPU, spent between keystrokes.
 *
 * `gc` is not exposed to a Node program unless it runs with `--expose-gc`; it
 * is taken from a fresh context created while that flag is set, and the flag
 * is cleared again at once. Without it (a runtime that refuses), nothing is
 * collected and nothing else changes.
 */
import { getHeapSpaceStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/**
 * V8's `gc` function; `{ type: 'minor' }` asks for a scavenge of the young generation only, no argument for a full
 * collection (a mark-compact of the whole heap), both run at once. (Node 20's V8 answers `{ type: 'major' }` with a
 * scavenge, `--trace-gc` shows.)
 */
export type Collect = (options?: { type: 'minor' }) => void;

/**
 * Below this length a lint allocates too little to fill the nursery (a 5 KB article: a few hundred KB), so a
 * scavenge during it is rare and an idle one would only add work. The same size as the warm-up's threshold
 * (document-state.ts), from where a warm lint takes tens of milliseconds.
 */
export const IDLE_COLLECT_MIN_CHARS = 64 * 1024;

/**
 * The collection is skipped when less than this share of the young generation is in use: it is already empty (two
 * scavenges leave 0.0 of 16.5 MB in use). One scavenge of V8's own (its scavenge task often runs right after a large
 * lint) leaves the survivors young, about 3 MB or 18%, which the next lint's 11 to 15.5 MB would overflow.
 */
export const IDLE_COLLECT_MIN_YOUNG_SHARE = 0.05;

/** The share of the young generation's allocatable space in use, from V8's heap statistics (1 when unknown). */
export function youngShare(): number {
  for (const space of getHeapSpaceStatistics()) {
    if (space.space_name !== 'new_space') continue;
    const capacity = space.space_used_size + space.space_available_size;
    return capacity > 0 ? space.space_used_size / capacity : 1;
  }
  return 1;
}

/** V8's `gc`, from a context created with `--expose-gc` set for that moment; undefined when it cannot be had. */
export function loadCollector(): Collect | undefined {
  const own = (globalThis as { gc?: unknown }).gc;
  if (typeof own === 'function') return own as Collect;
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? (gc as Collect) : undefined;
  } catch {
    return undefined;
  } finally {
    setFlagsFromString('--no-expose-gc');
  }
}

export class IdleCollector {
  /** `null` until the first collection asks for it. */
  private collect: Collect | undefined | null;
  private scheduled = false;
  /** Idle collections run, each of two scavenges (for the tests). */
  collections = 0;
  /** Full collections run (`collectAll`). */
  fullCollections = 0;

  /**
   * `busy` says whether work is waiting (a scheduled lint): then no scavenge is started, since that lint would wait
   * for it. `collect` replaces V8's `gc` and `share` the young generation's use (tests).
   */
  constructor(
    private readonly busy: () => boolean,
    collect?: Collect,
    private readonly share: () => number = youngShare,
  ) {
    this.collect = collect ?? null;
  }

  /**
   * A full collection now, in this turn of the event loop (the warm-up's, document-state.ts: the old generation then
   * holds only what lives, and V8 does not start marking it during the first lints after an edit). Returns whether it
   * ran (not when V8's `gc` cannot be had).
   */
  collectAll(): boolean {
    if (this.collect === null) this.collect = loadCollector();
    if (!this.collect) return false;
    this.collect();
    this.fullCollections++;
    return true;
  }

  /**
   * A lint of a text of `chars` characters was answered: two scavenges on the next turn of the event loop (after the
   * answer's bytes are handed to the transport), unless work is waiting by then or the young generation is mostly
   * free. Resolves when that turn is over.
   */
  afterLint(chars: number): Promise<void> {
    if (chars < IDLE_COLLECT_MIN_CHARS || this.scheduled) return Promise.resolve();
    this.scheduled = true;
    return new Promise((resolve) =>
      setImmediate(() => {
        this.scheduled = false;
        if (!this.busy() && this.share() >= IDLE_COLLECT_MIN_YOUNG_SHARE) {
          if (this.collect === null) this.collect = loadCollector();
          if (this.collect) {
            // The first empties the nursery of garbage; the second promotes what survived the first.
            this.collect({ type: 'minor' });
            this.collect({ type: 'minor' });
            this.collections++;
          }
        }
        resolve();
      }),
    );
  }
}

/**
 * A cache that outlives one lint run: the language server keeps one per open
 * document, so that after a keystroke only the edited paragraph is re-checked
 * by the slow, paragraph-local checks (write-good's). Entries not used in a
 * run are dropped at the end of the next, so memory follows the document.
 */
export class LintCache {
  private previous = new Map<string, Map<string, unknown>>();
  private current = new Map<string, Map<string, unknown>>();

  /** The value for `key` in `namespace`, computed on a miss. Keys are compared as whole strings. */
  get<T>(namespace: string, key: string, compute: () => T): T {
    let now = this.current.get(namespace);
    if (!now) {
      now = new Map();
      this.current.set(namespace, now);
    }
    let value = now.get(key) as T | undefined;
    if (value === undefined) {
      value = (this.previous.get(namespace)?.get(key) as T | undefined) ?? compute();
      now.set(key, value);
    }
    return value;
  }

  /** Ends a run: what this run did not use is forgotten. */
  endRun(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** Number of cached values. */
  get size(): number {
    let n = 0;
    for (const m of this.previous.values()) n += m.size;
    for (const m of this.current.values()) n += m.size;
    return n;
  }
}

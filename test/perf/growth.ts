/**
 * How a lint's cost grows with the text, measured in a worker thread so that
 * a run that never ends can be stopped. Cost is CPU time (the process's user
 * and system time, which other processes on a busy machine do not inflate),
 * the least of a few runs (a hiccup only ever adds time). The linearity test
 * (linearity.test.ts) asks for the growth from n to 8n characters.
 */
import { resolve } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import { adversarialCase } from '../../bench/adversarial-inputs';
import { lint, RULES, type Config } from '../../server/src/core';

export interface GrowthRequest {
  id: string;
  /** The smaller size, in characters; the larger is `factor` times it. */
  size: number;
  factor: number;
  /**
   * When set, the smaller size doubles (up to `maxSize`) until one lint of it costs this much CPU time:
   * a run of a fraction of a millisecond is mostly noise.
   */
  minSmallMs?: number;
  maxSize?: number;
  /** `parse`: the article model and directives alone (a lint with no rule); `every`: every rule on. */
  rules: 'parse' | 'every';
}

export interface GrowthResult {
  id: string;
  /** The smaller size used, in characters. */
  size: number;
  smallMs: number;
  largeMs: number;
  /** largeMs / smallMs. */
  growth: number;
}

/** Every rule on, as in the adversarial benchmark. */
const EVERY_RULE: Config = { rules: Object.fromEntries(RULES.map((r) => [r.meta.id, 'warning'])) };

/**
 * Runs of each text; the least is kept. A run can take three times its least (a collection of the old
 * generation, code compiled on other threads, counted in the process's CPU time): five runs find a clean one.
 */
const SMALL_RUNS = 5;
const LARGE_RUNS = 5;

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

/**
 * A full garbage collection before each measurement, so that the garbage of earlier cases in the same worker is
 * not collected inside this one's runs, and a young-generation one before each run, so that no run pays for the
 * last one's garbage. V8 hands out `gc` once the flag is set.
 */
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as (options?: { type: 'minor' | 'major' }) => void;
const collect = (): void => gc();

function leastCpuMs(text: string, format: Parameters<typeof lint>[1], runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    gc({ type: 'minor' });
    const start = cpuMs();
    lint(text, format);
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

/**
 * A workload known to be quadratic (one scan of the rest of the text from every character), so the
 * test can show that the measure tells it from linear work.
 */
export const QUADRATIC_CONTROL = 'quadratic-control';

function quadraticControl(size: number, runs: number): number {
  const text = 'a'.repeat(size);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const start = cpuMs();
    let found = 0;
    for (let i = 0; i < text.length; i++) if (text.indexOf('b', i) !== -1) found++;
    if (found > 0) throw new Error('unreachable');
    best = Math.min(best, cpuMs() - start);
  }
  return best;
}

export function measureGrowth(request: GrowthRequest): GrowthResult {
  if (request.id === QUADRATIC_CONTROL) {
    quadraticControl(request.size, 1);
    const smallMs = quadraticControl(request.size, SMALL_RUNS);
    const largeMs = quadraticControl(request.size * request.factor, LARGE_RUNS);
    return { id: request.id, size: request.size, smallMs, largeMs, growth: largeMs / Math.max(smallMs, 0.01) };
  }
  const c = adversarialCase(request.id);
  if (!c) throw new Error(`no adversarial case ${request.id}`);
  const options = request.rules === 'parse' ? { format: c.format, rules: [] } : { format: c.format, config: EVERY_RULE };
  collect();
  let size = request.size;
  let small = c.make(size);
  lint(small, options); // warm-up: the first lint compiles the rules' code
  if (request.minSmallMs !== undefined) {
    while (size < (request.maxSize ?? size) && leastCpuMs(small, options, 2) < request.minSmallMs) {
      size *= 2;
      small = c.make(size);
    }
  }
  const large = c.make(size * request.factor);
  lint(large, options); // the large text meets code paths and expressions the small one did not
  const smallMs = leastCpuMs(small, options, SMALL_RUNS);
  const largeMs = leastCpuMs(large, options, LARGE_RUNS);
  return { id: request.id, size, smallMs, largeMs, growth: largeMs / Math.max(smallMs, 0.01) };
}

/** One worker for many measurements; a measurement that outlasts its deadline stops the worker (the next starts a new one). */
export class GrowthProbe {
  private worker: Worker | undefined;

  measure(request: GrowthRequest, deadlineMs: number): Promise<GrowthResult> {
    const worker = (this.worker ??= new Worker(resolve(__dirname, 'growth.js')));
    return new Promise<GrowthResult>((done, fail) => {
      const timer = setTimeout(() => {
        cleanup();
        void this.stop();
        fail(new Error(`${request.id} did not finish within ${deadlineMs / 1000} s`));
      }, deadlineMs);
      const onMessage = (message: GrowthResult | { error: string }): void => {
        cleanup();
        if ('error' in message) fail(new Error(message.error));
        else done(message);
      };
      const onError = (error: Error): void => {
        cleanup();
        this.worker = undefined;
        fail(error);
      };
      const cleanup = (): void => {
        clearTimeout(timer);
        worker.off('message', onMessage);
        worker.off('error', onError);
      };
      worker.on('message', onMessage);
      worker.on('error', onError);
      worker.postMessage(request);
    });
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (worker) await worker.terminate();
  }
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  port.on('message', (request: GrowthRequest) => {
    try {
      port.postMessage(measureGrowth(request));
    } catch (error) {
      port.postMessage({ error: error instanceof Error ? error.message : String(error) });
    }
  });
}

/**
 * Where the server's time goes, lint by lint: the engine, converting findings
 * to diagnostics (and how many were reused), and serialising the publish. Kept
 * for the last few lints and answered to `copydesk/debug/timings`, which the
 * benchmark (bench/lsp.ts) reads; nothing is logged.
 */

export interface LintTiming {
  uri: string;
  version: number;
  lintMs: number;
  convertMs: number;
  findings: number;
  diagnostics: number;
  reused: number;
  shifted: number;
  converted: number;
  /** From the change's arrival to the publish (the server's whole share of the latency), when pushed. */
  serverMs?: number;
  /**
   * The process's CPU time over the same span (all threads: V8's collector helpers count): what the server did for
   * the change, whatever else the machine was doing.
   */
  serverCpuMs?: number;
  /** From the change's arrival to the publish written out (the last of its pieces handed to the stream), when pushed. */
  writtenMs?: number;
  /** Filled in when the publish for this version is serialised (stream transports). */
  serializeMs?: number;
  bytes?: number;
}

/** Enough for a benchmark run of 20 edits on two documents, and small. */
const KEPT = 200;

export const TIMINGS_REQUEST = 'copydesk/debug/timings';

export class Timings {
  private readonly entries: LintTiming[] = [];

  record(entry: LintTiming): void {
    this.entries.push(entry);
    if (this.entries.length > KEPT) this.entries.splice(0, this.entries.length - KEPT);
  }

  /** The serialisation of the publish for `uri` at `version`, added to its lint's entry. */
  serialized(uri: string, version: number | undefined, ms: number, bytes: number): void {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e && e.uri === uri && e.version === version && e.serializeMs === undefined) {
        e.serializeMs = ms;
        e.bytes = bytes;
        return;
      }
    }
  }

  /**
   * The publish of `uri` at `version` left the server `ms` after the change that made that version arrived, having
   * used `cpuMs` of CPU time since.
   */
  published(uri: string, version: number, ms: number, cpuMs?: number): void {
    const e = this.latest(uri, version);
    if (!e) return;
    e.serverMs ??= ms;
    if (cpuMs !== undefined) e.serverCpuMs ??= cpuMs;
  }

  /** The publish of `uri` at `version` was written out `ms` after the change that made that version arrived. */
  written(uri: string, version: number, ms: number): void {
    const e = this.latest(uri, version);
    if (e) e.writtenMs ??= ms;
  }

  /** The newest entry for `uri` at `version`. */
  private latest(uri: string, version: number): LintTiming | undefined {
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const e = this.entries[i];
      if (e && e.uri === uri && e.version === version) return e;
    }
    return undefined;
  }

  all(): LintTiming[] {
    return [...this.entries];
  }
}

/**
 * Two builds of the language server compared on the same typing session, for a machine that other work keeps busy:
 * the sessions alternate (A B, B A, ...), and besides the edit-to-diagnostics times it prints the CPU time each
 * server used from a change's arrival to its publish (`serverCpuMs` in its timings), which the other work inflates far
 * less than wall time. A build without that timing prints n/a for it.
 *
 *   node out/bench/lsp-ab.js OLD/dist/server.js dist/server.js [--pairs 3] [--pull] [--interval 1000] [--bytes N]
 *     [--edits 20] [--log]
 *
 * A longer interval than typing's 300 ms keeps a slow lint on a busy machine from being superseded by the next
 * edit (then its CPU time would hold two lints). At the end, each build's medians edit by edit (wall time from the
 * change's sending to its diagnostics, and the server's CPU time for it): the first edits after the open are the
 * ones a warm-up is for. `--log` prints the server's log lines about its warm-up.
 */
import { percentile, pressText, lspSession, type SessionOptions } from './lsp';

interface Args {
  servers: string[];
  pairs: number;
  pull: boolean;
  interval: number;
  bytes: number;
  edits: number;
  log: boolean;
}

function parse(argv: string[]): Args {
  const args: Args = {
    servers: [],
    pairs: 3,
    pull: false,
    interval: 1000,
    bytes: 1024 * 1024,
    edits: 20,
    log: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    const value = (): number => Number(argv[++i]);
    if (a === '--pairs') args.pairs = value();
    else if (a === '--interval') args.interval = value();
    else if (a === '--bytes') args.bytes = value();
    else if (a === '--edits') args.edits = value();
    else if (a === '--pull') args.pull = true;
    else if (a === '--log') args.log = true;
    else args.servers.push(a);
  }
  return args;
}

const ms = (v: number | null): string => (v === null ? 'n/a' : v.toFixed(1));

/** Per build, per edit index: the wall times and the server CPU times of every session. */
type PerEdit = { wall: number[][]; cpu: number[][] };

function note(into: PerEdit, index: number, wall: number | null, cpu: number | undefined): void {
  if (wall !== null) (into.wall[index] ??= []).push(wall);
  if (cpu !== undefined) (into.cpu[index] ??= []).push(cpu);
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  const [a, b] = args.servers;
  if (a === undefined || b === undefined) {
    process.stderr.write('usage: node out/bench/lsp-ab.js SERVER_A SERVER_B [--pairs N] [--pull] [--interval MS] [--bytes N]\n');
    process.exit(2);
  }
  const text = pressText(args.bytes);
  const mode = args.pull ? 'pull' : 'push';
  const perEdit: Record<'A' | 'B', PerEdit> = { A: { wall: [], cpu: [] }, B: { wall: [], cpu: [] } };
  for (let pair = 0; pair < args.pairs; pair++) {
    const order = pair % 2 === 0 ? [a, b] : [b, a];
    for (const server of order) {
      const options: SessionOptions = {
        text,
        uri: 'file:///tmp/copydesk-bench/press-ab.txt',
        edits: args.edits,
        intervalMs: args.interval,
        places: 'spread',
        mode,
        transport: args.pull ? 'ipc' : 'stdio',
      };
      const r = await lspSession(server, options);
      const name = server === a ? 'A' : 'B';
      if (!r.available) {
        process.stdout.write(`${name}: not available: ${r.reason}\n`);
        continue;
      }
      for (let i = 0; i < r.editMs.length; i++) note(perEdit[name], i, r.editMs[i] ?? null, r.timings[i]?.serverCpuMs);
      if (args.log) for (const line of r.log) if (line.includes('warm-up')) process.stdout.write(`  ${name} log: ${line}\n`);
      const done = r.editMs.filter((x): x is number => x !== null);
      const timings = r.timings.filter((t) => t !== undefined);
      const cpu = timings.flatMap((t) => (t.serverCpuMs === undefined ? [] : [t.serverCpuMs]));
      const wall = timings.flatMap((t) => (t.serverMs === undefined ? [] : [t.serverMs]));
      const written = timings.flatMap((t) => (t.writtenMs === undefined ? [] : [t.writtenMs]));
      process.stdout.write(
        `${name} ${mode}: edit p50 ${ms(percentile(done, 0.5))} p90 ${ms(percentile(done, 0.9))}` +
          ` | in server p50 ${ms(percentile(wall, 0.5))} p90 ${ms(percentile(wall, 0.9))}` +
          ` | server CPU p50 ${ms(percentile(cpu, 0.5))} p90 ${ms(percentile(cpu, 0.9))}` +
          ` | written p50 ${ms(percentile(written, 0.5))} p90 ${ms(percentile(written, 0.9))}` +
          ` | lint p50 ${ms(
            percentile(
              timings.map((t) => t.lintMs),
              0.5,
            ),
          )}` +
          ` | published ${done.length}/${r.editMs.length} | open ${ms(r.openMs)}\n`,
      );
    }
  }
  // Medians edit by edit: wall ms / server CPU ms, for A then B.
  const row = (values: number[][], i: number): string => ms(percentile(values[i] ?? [], 0.5));
  process.stdout.write('edit  A wall/cpu    B wall/cpu   (medians over the sessions)\n');
  for (let i = 0; i < args.edits; i++) {
    const a = `${row(perEdit.A.wall, i)}/${row(perEdit.A.cpu, i)}`;
    const b = `${row(perEdit.B.wall, i)}/${row(perEdit.B.cpu, i)}`;
    process.stdout.write(`${String(i + 1).padStart(4)}  ${a.padEnd(12)}  ${b}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});

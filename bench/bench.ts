/**
 * `npm run bench`: lints press text from the Brown Corpus at 5 KB, 50 KB and
 * 1 MB with Copydesk's editorial rules, with its whole rule set, and with
 * write-good, each configuration and size in a fresh child process, then
 * times the language server's diagnostics after a one-character edit.
 * Results print as tables and are saved to bench-results/bench.json.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { lint, RULES, type Config, type Rule } from '../server/src/core';
import { brownFiles, brownText } from './corpus';
import { lspLatency, type LspResult } from './lsp';

const ROOT = resolve(__dirname, '..', '..');
const KB = 1024;
const MB = 1024 * 1024;

/** Sizes, runs measured and warm-up runs before them. */
const SIZES = [
  { label: '5 KB', bytes: 5 * KB, runs: 15, warmup: 5 },
  { label: '50 KB', bytes: 50 * KB, runs: 7, warmup: 3 },
  { label: '1 MB', bytes: MB, runs: 5, warmup: 2 },
] as const;

/**
 * A full garbage collection before every timed run (BENCH_GC_EACH_RUN=1) makes
 * runs independent, but no linter runs that way, and it skews the comparison:
 * measured here, it made the whole rule set about three times slower at 5 KB
 * (mostly inside no-cliches' regular expression) while write-good alone barely
 * changed. So by default there is one collection after the warm-up and none
 * between runs.
 */
const GC_EACH_RUN = process.env.BENCH_GC_EACH_RUN === '1';

const CONFIGS = ['editorial', 'whole', 'write-good'] as const;
type ConfigName = (typeof CONFIGS)[number];
const CONFIG_LABEL: Record<ConfigName, string> = {
  editorial: 'Copydesk editorial rules',
  whole: 'Copydesk whole rule set',
  'write-good': 'write-good (alone)',
};

/** The press sections, in order: reportage, editorials, reviews. */
const PREFIXES = ['ca', 'cb', 'cc'];

interface WriteGoodSuggestion {
  index: number;
  offset: number;
  reason: string;
}
type WriteGood = (text: string) => WriteGoodSuggestion[];

interface ChildResult {
  config: ConfigName;
  /** Wall-clock ms per run. */
  times: number[];
  /** CPU ms per run (user + system, all threads): what the run cost, whatever else the machine was doing. */
  cpuTimes: number[];
  findings: number;
  ruleErrors: string[];
  /** RSS (MB) after loading the linter and reading the text, before the first lint. */
  rssBeforeMB: number;
  /** Peak RSS of the whole child process (MB). */
  maxRssMB: number;
}

interface Row {
  size: string;
  bytes: number;
  config: ConfigName;
  runs: number;
  medianMs: number;
  minMs: number;
  cpuMedianMs: number;
  msPerKB: number;
  mbPerS: number;
  cpuMbPerS: number;
  findings: number;
  ruleErrors: string[];
  peakRssMB: number;
  rssGrowthMB: number;
}

interface PerRule {
  parseMs: number;
  rules: { id: string; tag: string; defaultSeverity: string; ms: number }[];
}

type Clock = 'wall' | 'cpu';

interface Target {
  target: string;
  wall: string;
  wallMet: string;
  cpu: string;
  cpuMet: string;
}

function target(
  name: string,
  wall: number | undefined,
  cpu: number | undefined,
  unit: string,
  ok: (v: number) => boolean,
): Target {
  const show = (v: number | undefined): string => (v === undefined ? '-' : `${fixed(v, 2)} ${unit}`);
  const met = (v: number | undefined): string => (v === undefined ? '-' : Number.isFinite(v) && ok(v) ? 'yes' : 'NO');
  return { target: name, wall: show(wall), wallMet: met(wall), cpu: show(cpu), cpuMet: met(cpu) };
}

// ---------------------------------------------------------------- texts

/**
 * Whole paragraphs of the press sections (ca, cb, cc, repeated from ca01 if
 * needed), up to `bytes`. Returns the text and the corpus files it drew on.
 */
function sizedText(bytes: number): { text: string; files: string[]; repeated: boolean } {
  const all = PREFIXES.flatMap((p) => brownFiles(p));
  const parts: string[] = [];
  const used: string[] = [];
  let size = 0;
  let repeated = false;
  for (let round = 0; ; round++) {
    for (const file of all) {
      for (const paragraph of brownText([file]).split('\n\n')) {
        const add = Buffer.byteLength(paragraph) + (parts.length ? 2 : 0);
        if (size + add > bytes) return { text: parts.join('\n\n'), files: used, repeated };
        parts.push(paragraph);
        size += add;
        if (used[used.length - 1] !== file) used.push(file);
      }
    }
    repeated = true;
    if (round > 100) throw new Error('the corpus is empty');
  }
}

function describeFiles(files: string[], repeated: boolean): string {
  const first = files[0] ?? '?';
  const last = files[files.length - 1] ?? '?';
  const prefixes = [...new Set(files.map((f) => f.slice(0, 2)))].join('+');
  return `${first}..${last} (${prefixes}${repeated ? ', repeated' : ''})`;
}

// ---------------------------------------------------------------- child

function editorialRules(): Rule[] {
  return RULES.filter((r) => r.meta.tags.includes('editorial'));
}

/** One configuration on one text, in this (fresh) process; prints JSON. */
function child(config: ConfigName, textPath: string, runs: number, warmup: number): void {
  const text = readFileSync(textPath, 'utf8');
  const requireCjs = createRequire(__filename);
  const writeGood = requireCjs('write-good') as WriteGood;
  const editorial = editorialRules();
  const noConfig: Config = {};
  let ruleErrors: string[] = [];
  const once = (): number => {
    if (config === 'write-good') return writeGood(text).length;
    const result = lint(
      text,
      config === 'editorial' ? { format: 'text', config: noConfig, rules: editorial } : { format: 'text', config: noConfig },
    );
    ruleErrors = result.ruleErrors.map((e) => `${e.rule}: ${e.message}`);
    return result.findings.length;
  };
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  gc();
  const rssBeforeMB = process.memoryUsage().rss / MB;
  let findings = 0;
  // Warm up for at least `warmup` runs and half a second, so the optimising compiler is done.
  const warmStart = performance.now();
  for (let i = 0; i < 500 && (i < warmup || performance.now() - warmStart < 500); i++) findings = once();
  gc();
  const times: number[] = [];
  const cpuTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    if (GC_EACH_RUN) gc();
    const cpu = process.cpuUsage();
    const start = performance.now();
    findings = once();
    times.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    cpuTimes.push((used.user + used.system) / 1000);
  }
  const maxRssMB = process.resourceUsage().maxRSS / 1024; // maxRSS is in kilobytes
  const result: ChildResult = { config, times, cpuTimes, findings, ruleErrors, rssBeforeMB, maxRssMB };
  process.stdout.write(JSON.stringify(result));
}

/**
 * The whole rule set and write-good alternately in one process, on the same
 * text: the ratio of each pair is immune to the machine's speed drifting
 * between the separate children. Prints the pairs' ratios (CPU time).
 */
function pairedChild(textPath: string, pairs: number): void {
  const text = readFileSync(textPath, 'utf8');
  const writeGood = createRequire(__filename)('write-good') as WriteGood;
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const cpuMs = (run: () => unknown): number => {
    if (GC_EACH_RUN) gc();
    const cpu = process.cpuUsage();
    run();
    const used = process.cpuUsage(cpu);
    return (used.user + used.system) / 1000;
  };
  const whole = (): unknown => lint(text, { format: 'text', config: {} });
  const wg = (): unknown => writeGood(text);
  const warmStart = performance.now();
  for (let i = 0; i < 200 && (i < 2 || performance.now() - warmStart < 500); i++) {
    whole();
    wg();
  }
  const ratios: number[] = [];
  for (let i = 0; i < pairs; i++) {
    // Alternate which goes first, so neither always follows the other's garbage.
    const [a, b] = i % 2 === 0 ? [cpuMs(whole), cpuMs(wg)] : [cpuMs(wg), cpuMs(whole)].reverse();
    ratios.push((a ?? NaN) / (b ?? NaN));
  }
  process.stdout.write(JSON.stringify(ratios));
}

/** Each rule alone on the text, minus the cost of parsing the article (lint with no rules), in CPU time. */
function perRuleChild(textPath: string, runs: number): void {
  const text = readFileSync(textPath, 'utf8');
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const time = (rules: readonly Rule[], config: Config): number => {
    const warmStart = performance.now();
    for (let i = 0; i < 200 && (i < 2 || performance.now() - warmStart < 200); i++) lint(text, { format: 'text', config, rules });
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      if (GC_EACH_RUN) gc();
      const cpu = process.cpuUsage();
      lint(text, { format: 'text', config, rules });
      const used = process.cpuUsage(cpu);
      times.push((used.user + used.system) / 1000);
    }
    return median(times);
  };
  time(RULES, {}); // warm the parser and every rule up
  const parseMs = time([], {});
  const rules = RULES.map((rule) => ({
    id: rule.meta.id,
    tag: rule.meta.tags.join(','),
    defaultSeverity: rule.meta.defaultSeverity,
    // Forced on, so rules that are off by default are measured too.
    ms: Math.max(0, time([rule], { rules: { [rule.meta.id]: 'warning' } }) - parseMs),
  }));
  process.stdout.write(JSON.stringify({ parseMs, rules }));
}

/** A fixed piece of work (regular expressions over a text, as linters do), timed. */
function calibrateChild(textPath: string): void {
  const text = readFileSync(textPath, 'utf8');
  const words = /\b(?:the|was|is|are|very|said|percent)\b/gi;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    const start = performance.now();
    for (let j = 0; j < 2; j++) text.match(words);
    times.push(performance.now() - start);
  }
  process.stdout.write(JSON.stringify(median(times)));
}

// ---------------------------------------------------------------- parent

/**
 * Cores of one machine can run at very different speeds (a busy hyperthread
 * sibling, a noisy neighbour on a virtual machine). Times each available core
 * on the same work and returns the fastest, or undefined without `taskset`.
 * `BENCH_CPU=<n>` picks a core by hand; `BENCH_CPU=none` turns pinning off.
 */
function chooseCpu(textPath: string, say: (s: string) => void): number | undefined {
  const wanted = process.env.BENCH_CPU;
  if (wanted === 'none') return undefined;
  if (spawnSync('taskset', ['-c', '0', process.execPath, '-e', '0']).status !== 0) {
    say('taskset is not available: children are not pinned to a core');
    return undefined;
  }
  if (wanted !== undefined && /^\d+$/.test(wanted)) return Number(wanted);
  const speeds = cpus().map((_, cpu) => ({ cpu, ms: runChild(['--calibrate', textPath], cpu) as number }));
  const fastest = speeds.reduce((a, b) => (b.ms < a.ms ? b : a));
  say(
    `core speed check (same work, ms): ${speeds.map((s) => `cpu${s.cpu} ${s.ms.toFixed(1)}`).join(', ')}; all children run on cpu${fastest.cpu}`,
  );
  return fastest.cpu;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

/** The CPU every child is pinned to (with `taskset`, when there is one), so that all configurations run on the same core. */
let pinnedCpu: number | undefined;

function runChild(args: string[], cpu = pinnedCpu): unknown {
  const command = [process.execPath, '--expose-gc', __filename, ...args];
  if (cpu !== undefined) command.unshift('taskset', '-c', String(cpu));
  const out = spawnSync(command[0] ?? '', command.slice(1), {
    encoding: 'utf8',
    maxBuffer: 64 * MB,
    timeout: 15 * 60_000,
  });
  if (out.status !== 0)
    throw new Error(`child ${args.join(' ')} failed (${out.status ?? out.signal}): ${out.stderr.slice(-1500)}`);
  return JSON.parse(out.stdout) as unknown;
}

function pad(value: string | number, width: number, left = false): string {
  const s = String(value);
  return left ? s.padEnd(width) : s.padStart(width);
}

function fixed(value: number, digits: number): string {
  return Number.isFinite(value) ? value.toFixed(digits) : 'n/a';
}

function table(headers: string[], rows: (string | number)[][], leftColumns = 1): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells: (string | number)[]): string => cells.map((c, i) => pad(c, widths[i] ?? 0, i < leftColumns)).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

async function main(): Promise<void> {
  const started = new Date();
  const work = mkdtempSync(join(tmpdir(), 'copydesk-bench-'));
  const lines: string[] = [];
  const say = (s = ''): void => {
    lines.push(s);
    console.log(s);
  };
  try {
    const placeholders = RULES.filter((r) => r.meta.description === 'Not written yet.').map((r) => r.meta.id);
    say('Copydesk benchmark');
    say(
      `node ${process.version}, ${cpus().length} x ${cpus()[0]?.model ?? 'unknown CPU'}, load average ${loadavg()
        .map((l) => l.toFixed(2))
        .join(' ')}`,
    );
    say(
      `rules: ${RULES.length} in all, ${editorialRules().length} editorial (${editorialRules()
        .map((r) => r.meta.id)
        .join(', ')})`,
    );
    if (placeholders.length)
      say(`WARNING: placeholder rules (not written yet), numbers are meaningless: ${placeholders.join(', ')}`);
    say('peers: write-good (required); textlint, proselint, vale, alex are not installed, so not compared');
    say();

    const texts = SIZES.map((size) => {
      const { text, files, repeated } = sizedText(size.bytes);
      const path = join(work, `brown-${size.bytes}.txt`);
      writeFileSync(path, text);
      return { ...size, path, text, actual: Buffer.byteLength(text), files, repeated };
    });
    say('Texts (Brown Corpus press sections, tags stripped, whole paragraphs):');
    for (const t of texts)
      say(`  ${pad(t.label, 5, true)}  ${pad(t.actual, 9)} bytes  from ${describeFiles(t.files, t.repeated)}`);
    say();
    pinnedCpu = chooseCpu(texts[2]?.path ?? '', say);
    say();

    const rows: Row[] = [];
    for (const t of texts) {
      for (const config of CONFIGS) {
        const r = runChild(['--child', config, t.path, String(t.runs), String(t.warmup)]) as ChildResult;
        const medianMs = median(r.times);
        const cpuMedianMs = median(r.cpuTimes);
        rows.push({
          size: t.label,
          bytes: t.actual,
          config,
          runs: r.times.length,
          medianMs,
          minMs: Math.min(...r.times),
          cpuMedianMs,
          msPerKB: medianMs / (t.actual / KB),
          mbPerS: t.actual / MB / (medianMs / 1000),
          cpuMbPerS: t.actual / MB / (cpuMedianMs / 1000),
          findings: r.findings,
          ruleErrors: r.ruleErrors,
          peakRssMB: r.maxRssMB,
          rssGrowthMB: r.maxRssMB - r.rssBeforeMB,
        });
      }
    }
    say('Lint time (median after warm-up; each configuration and size in a fresh process):');
    say(
      table(
        [
          'size',
          'configuration',
          'runs',
          'median ms',
          'min ms',
          'CPU ms',
          'ms/KB',
          'MB/s',
          'MB/s (CPU)',
          'findings',
          'peak RSS MB',
          'RSS growth MB',
        ],
        rows.map((r) => [
          r.size,
          CONFIG_LABEL[r.config],
          r.runs,
          fixed(r.medianMs, 2),
          fixed(r.minMs, 2),
          fixed(r.cpuMedianMs, 2),
          fixed(r.msPerKB, 4),
          fixed(r.mbPerS, 2),
          fixed(r.cpuMbPerS, 2),
          r.findings,
          fixed(r.peakRssMB, 1),
          fixed(r.rssGrowthMB, 1),
        ]),
        2,
      ),
    );
    const errors = [...new Set(rows.flatMap((r) => r.ruleErrors))];
    if (errors.length) say(`rule errors (rules that threw): ${errors.join('; ')}`);
    say();

    const row = (size: string, config: ConfigName): Row | undefined => rows.find((r) => r.size === size && r.config === config);
    const ms = (size: string, config: ConfigName, clock: Clock): number => {
      const r = row(size, config);
      return (clock === 'wall' ? r?.medianMs : r?.cpuMedianMs) ?? NaN;
    };
    const sizeOf = (size: string): number => texts.find((t) => t.label === size)?.actual ?? NaN;
    const sizeRatio = sizeOf('1 MB') / sizeOf('50 KB');
    const growth = (config: ConfigName, clock: Clock): number => ms('1 MB', config, clock) / ms('50 KB', config, clock);
    const linearity = CONFIGS.map((config) => ({
      config,
      sizeRatio,
      timeRatio: growth(config, 'wall'),
      perKBRatio: growth(config, 'wall') / sizeRatio,
      cpuTimeRatio: growth(config, 'cpu'),
      cpuPerKBRatio: growth(config, 'cpu') / sizeRatio,
    }));
    const perKB = (size: string, config: ConfigName): string => fixed(ms(size, config, 'wall') / (sizeOf(size) / KB), 4);
    say(`Growth from 50 KB to 1 MB (size ratio ${fixed(sizeRatio, 2)}; linear time gives a time ratio close to it):`);
    say(
      table(
        ['configuration', 'ms/KB 5 KB', 'ms/KB 50 KB', 'ms/KB 1 MB', 'time ratio 1 MB/50 KB', '/ size ratio', 'same in CPU time'],
        linearity.map((l) => [
          CONFIG_LABEL[l.config],
          perKB('5 KB', l.config),
          perKB('50 KB', l.config),
          perKB('1 MB', l.config),
          fixed(l.timeRatio, 2),
          fixed(l.perKBRatio, 2),
          fixed(l.cpuPerKBRatio, 2),
        ]),
      ),
    );
    say();

    const paired = texts.map((t) => median(runChild(['--paired', t.path, String(t.runs)]) as number[]));
    const ratios = SIZES.map((s, i) => ({
      size: s.label,
      pairedWholeOverWriteGood: paired[i] ?? NaN,
      wholeOverWriteGood: ms(s.label, 'whole', 'wall') / ms(s.label, 'write-good', 'wall'),
      cpuWholeOverWriteGood: ms(s.label, 'whole', 'cpu') / ms(s.label, 'write-good', 'cpu'),
      editorialMBs: row(s.label, 'editorial')?.mbPerS ?? NaN,
      cpuEditorialMBs: row(s.label, 'editorial')?.cpuMbPerS ?? NaN,
    }));
    say('Ratios (wall-clock time, and CPU time):');
    say(
      table(
        [
          'size',
          'whole / write-good',
          'same in CPU time',
          'same, paired in one process',
          'editorial MB/s',
          'editorial MB/s (CPU)',
        ],
        ratios.map((r) => [
          r.size,
          fixed(r.wholeOverWriteGood, 2),
          fixed(r.cpuWholeOverWriteGood, 2),
          fixed(r.pairedWholeOverWriteGood, 2),
          fixed(r.editorialMBs, 2),
          fixed(r.cpuEditorialMBs, 2),
        ]),
      ),
    );
    say();

    const mbRatio = ratios[2];
    const lin = (config: ConfigName): (typeof linearity)[number] | undefined => linearity.find((l) => l.config === config);
    const targets: Target[] = [
      target('editorial rules lint 1 MB at >= 10 MB/s', mbRatio?.editorialMBs, mbRatio?.cpuEditorialMBs, 'MB/s', (v) => v >= 10),
      target(
        'whole rule set <= 1.2 x write-good (1 MB)',
        mbRatio?.wholeOverWriteGood,
        mbRatio?.cpuWholeOverWriteGood,
        'x',
        (v) => v <= 1.2,
      ),
      target('same, paired in one process (1 MB)', undefined, mbRatio?.pairedWholeOverWriteGood, 'x', (v) => v <= 1.2),
      target(
        'linear time, editorial (per-KB time 1 MB / 50 KB <= 1.5)',
        lin('editorial')?.perKBRatio,
        lin('editorial')?.cpuPerKBRatio,
        'x',
        (v) => v <= 1.5,
      ),
      target(
        'linear time, whole set (per-KB time 1 MB / 50 KB <= 1.5)',
        lin('whole')?.perKBRatio,
        lin('whole')?.cpuPerKBRatio,
        'x',
        (v) => v <= 1.5,
      ),
    ];

    const big = texts[2];
    const small = texts[0];
    const perRule: Record<string, PerRule> = {};
    if (big && small) {
      const atBig = runChild(['--per-rule', big.path, '5']) as PerRule;
      const atSmall = runChild(['--per-rule', small.path, '15']) as PerRule;
      perRule[big.label] = atBig;
      perRule[small.label] = atSmall;
      const mb = big.actual / MB;
      say('Where the time goes (CPU time, median; each rule alone, forced on, minus the time to parse the article):');
      say(
        table(
          ['rule', 'tag', 'default', `CPU ms ${small.label}`, `CPU ms ${big.label}`, `MB/s ${big.label} (parse + this rule)`],
          [
            ['(parse only)', '', '', fixed(atSmall.parseMs, 2), fixed(atBig.parseMs, 1), fixed(mb / (atBig.parseMs / 1000), 1)],
            ...[...atBig.rules]
              .sort((a, b) => b.ms - a.ms)
              .map((r) => [
                r.id,
                r.tag,
                r.defaultSeverity,
                fixed(atSmall.rules.find((x) => x.id === r.id)?.ms ?? NaN, 2),
                fixed(r.ms, 1),
                fixed(mb / ((r.ms + atBig.parseMs) / 1000), 1),
              ]),
          ],
          3,
        ),
      );
      say();
    }

    say('Language server (after a one-character edit in a 1 MB document, new diagnostics arrive within 100 ms):');
    let lsp: LspResult = { available: false, reason: 'no 1 MB text' };
    if (big) {
      const docPath = join(work, 'bench-1mb.txt');
      writeFileSync(docPath, big.text);
      // Not pinned: an editor never pins its language server, and pinning takes V8's GC and compiler
      // threads off the second core (about 30 ms more per edit here).
      lsp = await lspLatency(join(ROOT, 'dist', 'server.js'), big.text, pathToFileURL(docPath).href);
    }
    if (!lsp.available) {
      say(`  language server: not available (${lsp.reason})`);
    } else {
      say(`  sync: ${lsp.sync}; didOpen to first diagnostics: ${fixed(lsp.openMs, 1)} ms (${lsp.openDiagnostics} diagnostics)`);
      say(`  edits: ${lsp.editMs.map((ms) => (ms === null ? 'timeout' : fixed(ms, 1))).join(', ')} ms`);
      say(
        `  median ${fixed(lsp.medianMs ?? NaN, 1)} ms, max ${fixed(lsp.maxMs ?? NaN, 1)} ms${lsp.unversioned ? ' (server sent no versions: matched by order)' : ''}`,
      );
      const timedOut = lsp.editMs.some((t) => t === null);
      targets.push(
        target(
          'language server: diagnostics <= 100 ms after a 1-char edit in 1 MB (max of 10)',
          timedOut ? Infinity : (lsp.maxMs ?? NaN),
          undefined,
          'ms',
          (v) => v <= 100,
        ),
      );
    }
    say();

    say('Targets:');
    say(
      table(
        ['target', 'wall clock', 'met', 'CPU time', 'met'],
        targets.map((t) => [t.target, t.wall, t.wallMet, t.cpu, t.cpuMet]),
      ),
    );
    say('(CPU time is what the linting itself cost, whatever else ran on the machine; wall clock is what a writer waits.)');

    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    const out = join(ROOT, 'bench-results', 'bench.json');
    writeFileSync(
      out,
      `${JSON.stringify(
        {
          date: started.toISOString(),
          node: process.version,
          cpus: cpus().length,
          cpu: cpus()[0]?.model,
          loadavg: loadavg(),
          placeholders,
          texts: texts.map((t) => ({ label: t.label, bytes: t.actual, files: t.files, repeated: t.repeated })),
          rows,
          linearity,
          ratios,
          perRule,
          lsp,
          targets,
          printed: lines.join('\n'),
        },
        null,
        2,
      )}\n`,
    );
    console.log(`\nsaved ${out}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const args = process.argv.slice(2);
if (args[0] === '--child') {
  child(args[1] as ConfigName, args[2] ?? '', Number(args[3]), Number(args[4]));
} else if (args[0] === '--calibrate') {
  calibrateChild(args[1] ?? '');
} else if (args[0] === '--paired') {
  pairedChild(args[1] ?? '', Number(args[2]));
} else if (args[0] === '--per-rule') {
  perRuleChild(args[1] ?? '', Number(args[2]));
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}

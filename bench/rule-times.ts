/**
 * `node out/bench/rule-times.js [KB] [--runs N]`: where one lint's time goes, in one process, on the first KB
 * (default 1024) of the Brown press text, with the rules as `npm run bench` runs them (every rule at its default
 * severity) and each rule's check timed inside the whole run (a shared analysis counts for the first rule that asks
 * for it). Three columns: a cold lint (no cache), a warm lint after a one-letter insertion (a `LintCache` that saw
 * the text before it; the insertions accumulate at places spread over the text, as in bench/lsp.ts; median of 4 per
 * run), and the editorial rules alone, cold. Best of N runs (default 5).
 * A development tool: `npm run bench` is the measurement of record.
 */
import { lint, LintCache, RULES, type Rule } from '../server/src/core';
import { pressText } from './corpus';

const KB = 1024;

/** CPU time of this process (user and system), ms: a loaded machine inflates wall-clock times. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Each rule's check wrapped to add its time to `times`. */
function timed(rules: readonly Rule[], times: Map<string, number>): Rule[] {
  return rules.map((rule) => ({
    meta: rule.meta,
    check(context) {
      const t = cpuMs();
      try {
        rule.check(context);
      } finally {
        times.set(rule.meta.id, (times.get(rule.meta.id) ?? 0) + cpuMs() - t);
      }
    },
  }));
}

interface Sample {
  total: number;
  parse: number;
  rules: Map<string, number>;
}

function measure(run: (rules: Rule[]) => void, rules: readonly Rule[]): Sample {
  const times = new Map<string, number>();
  const t = cpuMs();
  run(timed(rules, times));
  const total = cpuMs() - t;
  let inRules = 0;
  for (const v of times.values()) inRules += v;
  return { total, parse: total - inRules, rules: times };
}

function best(samples: Sample[]): Sample {
  const rules = new Map<string, number>();
  for (const s of samples) for (const [k, v] of s.rules) rules.set(k, Math.min(rules.get(k) ?? Infinity, v));
  return {
    total: Math.min(...samples.map((s) => s.total)),
    parse: Math.min(...samples.map((s) => s.parse)),
    rules,
  };
}

/** Edits timed per run for the warm column (its figure is their median). */
const EDITS_PER_RUN = 4;

function median(samples: Sample[]): Sample {
  const mid = (values: number[]): number => {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[sorted.length >> 1] ?? NaN;
  };
  const rules = new Map<string, number>();
  for (const id of samples[0]?.rules.keys() ?? []) rules.set(id, mid(samples.map((s) => s.rules.get(id) ?? 0)));
  return { total: mid(samples.map((s) => s.total)), parse: mid(samples.map((s) => s.parse)), rules };
}

function main(): void {
  const args = process.argv.slice(2);
  const runsAt = args.indexOf('--runs');
  const runs = runsAt >= 0 ? Number(args[runsAt + 1]) : 5;
  const kb = Number(args.find((a, i) => /^\d+$/.test(a) && args[i - 1] !== '--runs') ?? 1024);
  const text = pressText(kb * KB);
  const editorial = RULES.filter((r) => r.meta.tags.includes('editorial'));
  const cold: Sample[] = [];
  const warm: Sample[] = [];
  const ed: Sample[] = [];
  const cache = new LintCache();
  let edited = text;
  lint(edited, { format: 'text', config: {}, cache });
  for (let i = 0; i < runs + 1; i++) {
    const c = measure((rules) => lint(text, { format: 'text', config: {}, rules }), RULES);
    const e = measure((rules) => lint(text, { format: 'text', config: {}, rules }), editorial);
    // Typing: one more letter at a place spread over the text, the edits accumulating as in bench/lsp.ts.
    for (let k = 0; k < EDITS_PER_RUN; k++) {
      const at = Math.floor(edited.length * (((i * EDITS_PER_RUN + k) * 0.377) % 1));
      edited = edited.slice(0, at) + 'x' + edited.slice(at);
      const w = measure((rules) => lint(edited, { format: 'text', config: {}, rules, cache }), RULES);
      if (i > 0) warm.push(w);
    }
    if (i === 0) continue; // warm-up
    cold.push(c);
    ed.push(e);
  }
  const [c, w, e] = [best(cold), median(warm), best(ed)];
  const mb = text.length / (KB * KB);
  const pad = (s: string, n: number): string => s.padStart(n);
  console.log(`${text.length} characters, best of ${runs} (warm: median of ${warm.length}); CPU ms`);
  console.log(`${'rule'.padEnd(22)}${pad('cold', 9)}${pad('warm+edit', 11)}${pad('editorial', 11)}`);
  const row = (name: string, a: number | undefined, b: number | undefined, x: number | undefined): void =>
    console.log(
      `${name.padEnd(22)}${pad(a === undefined ? '' : a.toFixed(2), 9)}${pad(b === undefined ? '' : b.toFixed(2), 11)}` +
        `${pad(x === undefined ? '' : x.toFixed(2), 11)}`,
    );
  row('(parse and the rest)', c.parse, w.parse, e.parse);
  for (const id of [...c.rules.keys()].sort((a, b) => (c.rules.get(b) ?? 0) - (c.rules.get(a) ?? 0)))
    row(id, c.rules.get(id), w.rules.get(id), e.rules.get(id));
  row('total', c.total, w.total, e.total);
  console.log(`editorial rules: ${(mb / (e.total / 1000)).toFixed(2)} MB/s`);
}

main();

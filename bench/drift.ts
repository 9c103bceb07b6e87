/**
 * `node out/bench/drift.js` (after `npm run build`): how long the drift rules take to check a rewrite against its
 * source. The source is Brown Corpus reportage (ca01 on), cut to N words; the rewrite is the same text retold: the
 * paragraphs reversed, every third sentence's words shuffled within it, one number in five changed and one capitalised
 * word in ten misspelt, so that alignment, figures and names all have work to do. Sizes are 1,000, 5,000 and 20,000
 * words on each side; the target is 20 ms at 5,000 words, and time linear in the words.
 *
 * Two timings per size, median of the runs after a warm-up, each as wall clock and as the process's CPU time (on a
 * busy machine the CPU time is the figure to compare; the best CPU time shows the cost with the least interference):
 * - cold: a new cache each run, as the CLI lints: both texts parsed, the source indexed, the rewrite checked;
 * - warm: one cache across runs, as the language server keeps per document: the source's index is reused and only
 *   the rewrite is read again.
 */
import { performance } from 'node:perf_hooks';
import { LintCache, lint, RULES } from '../server/src/core';
import { brownFiles, brownText } from './corpus';

const SIZES = [1000, 5000, 20000];
const RUNS = 15;
const WARMUP = 5;
const DRIFT = RULES.filter((r) => r.meta.id.startsWith('drift-'));

/** A deterministic pseudo-random sequence, so every run benches the same rewrite. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function firstWords(text: string, words: number): string {
  const re = /\S+/g;
  let count = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (++count === words) return text.slice(0, m.index + m[0].length);
  }
  return text;
}

function retell(source: string): string {
  const next = random(7);
  let n = 0;
  const paragraphs = source.split(/\n\s*\n/).reverse();
  return paragraphs
    .map((p) =>
      p
        .split(/(?<=[.!?]["”]?)\s+/)
        .map((sentence) => {
          n++;
          let out = sentence
            .replace(/\d[\d,.]*/g, (d) => (next() < 0.2 ? String(Number(d.replace(/,/g, '')) + 3) : d))
            .replace(/\b[A-Z][a-z]{4,}\b/g, (w) => (next() < 0.1 ? w.slice(0, -2) + w.slice(-1) : w));
          if (n % 3 === 0) {
            const words = out.split(' ');
            for (let i = words.length - 1; i > 0; i--) {
              const j = Math.floor(next() * (i + 1));
              [words[i], words[j]] = [words[j] ?? '', words[i] ?? ''];
            }
            out = words.join(' ');
          }
          return out;
        })
        .join(' '),
    )
    .join('\n\n');
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

const corpus = brownText(brownFiles('ca'));
const rows: string[] = [];
const perWord: number[] = [];
for (const words of SIZES) {
  const source = firstWords(corpus, words);
  const rewrite = retell(source);
  const time = (cache: () => LintCache): { ms: number; cpu: number; best: number; findings: number } => {
    let findings = 0;
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < WARMUP + RUNS; i++) {
      const c = cache();
      const start = performance.now();
      const cpu = process.cpuUsage();
      findings = lint(rewrite, { source: { text: source }, rules: DRIFT, cache: c }).findings.length;
      const used = process.cpuUsage(cpu);
      if (i >= WARMUP) {
        times.push(performance.now() - start);
        cpus.push((used.user + used.system) / 1000);
      }
    }
    return { ms: median(times), cpu: median(cpus), best: Math.min(...cpus), findings };
  };
  const cold = time(() => new LintCache());
  const shared = new LintCache();
  const warm = time(() => shared);
  perWord.push(cold.best / words);
  const ms = (n: number): string => `${n.toFixed(1).padStart(7)} ms`;
  rows.push(
    `${String(words).padStart(6)} words  cold ${ms(cold.ms)} (cpu ${ms(cold.cpu)}, best ${ms(cold.best)})  warm ${ms(warm.ms)} (cpu ${ms(warm.cpu)}, best ${ms(warm.best)})  ${String(cold.findings).padStart(4)} findings`,
  );
}
console.log('drift rules, a rewrite against its source (median of 15 runs; wall clock, and CPU time of the process):');
for (const row of rows) console.log(row);
const mid = perWord[1] ?? NaN;
const last = perWord[2] ?? NaN;
console.log('target: 5,000 words against 5,000 in under 20 ms');
console.log(
  `growth: best cold CPU time per word at 20,000 words / at 5,000 words = ${(last / mid).toFixed(2)} (1 is linear; V8's garbage collector adds some as the retained index grows)`,
);

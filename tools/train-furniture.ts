/**
 * `npm run train`: learns the furniture model's weights from the development
 * corpus and writes server/src/core/analysis/furniture/weights.json.
 *
 * The corpus is ../shared/corpora/real-pages (or `--corpus DIR`): pasted news
 * pages with every non-blank line labelled `head`, `content`, `inner` or
 * `tail` (see its README; from scrapinghub/article-extraction-benchmark, MIT).
 * Each `content`, `inner` or `tail` line is one example (furniture = inner or
 * tail); `head` lines are left out, since the headline and byline the writer
 * keeps sit among them. The model is a logistic regression with an L2
 * penalty, fitted by Newton's method from zero weights: deterministic, so the
 * same corpus always gives the same file (weights are rounded to three
 * decimals). It reads the same features the engine computes
 * (analysis/furniture/features.ts and model.ts).
 *
 * `--check` compares instead of writing and exits 1 when the file is stale.
 * `--cv` also reports, for five folds split by site, how the decoded model
 * covers each label on the sites it was not trained on: the honest estimate of
 * how it carries over.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArticle } from '../server/src/core/article';
import { LINE_FEATURES } from '../server/src/core/analysis/furniture/features';
import {
  FEATURES,
  contextOf,
  decode,
  featureRows,
  fullRow,
  logit,
  scoreLines,
} from '../server/src/core/analysis/furniture/model';

const ROOT = resolve(__dirname, '..', '..');
export const WEIGHTS_FILE = join(ROOT, 'server/src/core/analysis/furniture/weights.json');
export const DEFAULT_CORPUS = resolve(ROOT, '..', 'shared', 'corpora', 'real-pages');

/**
 * The L2 penalty. The weights hardly change between 0.3 and 3 (measured on
 * the five site folds); 1 keeps the rarely seen vocabulary columns from
 * taking extreme values on the few pages that have them.
 */
const L2 = 1;
/** Newton's method converges in well under this many steps here; more changes nothing at three decimals. */
const ITERATIONS = 25;

type Label = 'head' | 'content' | 'inner' | 'tail';

export interface Case {
  id: string;
  site: string;
  lang: string;
  text: string;
  /** Label of each 0-based line (undefined: blank). */
  labels: (Label | undefined)[];
}

export function readCorpus(dir: string): Case[] {
  const casesDir = join(dir, 'cases');
  const cases: Case[] = [];
  for (const file of readdirSync(casesDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = file.slice(0, -4);
    const text = readFileSync(join(casesDir, file), 'utf8');
    const meta = JSON.parse(readFileSync(join(casesDir, `${id}.labels.json`), 'utf8')) as {
      url: string;
      lang?: string;
      lines: { line: number; label: Label }[];
    };
    const labels: (Label | undefined)[] = [];
    for (const { line, label } of meta.lines) labels[line - 1] = label;
    const host = new URL(meta.url).hostname.split('.');
    cases.push({ id, site: host.slice(-2).join('.'), lang: meta.lang ?? 'en', text, labels });
  }
  return cases;
}

interface Example {
  row: Float64Array;
  y: number;
}

export interface Weights {
  line: Float64Array;
  context: Float64Array;
}

/** The labelled lines of the corpus as examples; `lineWeights` given, full rows, else own features only. */
function examples(cases: readonly Case[], lineWeights?: Float64Array): Example[] {
  const out: Example[] = [];
  for (const c of cases) {
    const article = parseArticle(c.text, 'text');
    const rows = featureRows(article.lines, undefined, lineWeights ?? new Float64Array(LINE_FEATURES.length));
    rows.own.forEach((f, i) => {
      const ctx = contextOf(rows, i);
      const label = c.labels[i];
      if (!ctx || !f || label === undefined || label === 'head') return;
      out.push({ row: lineWeights ? fullRow(f, ctx) : f.values, y: label === 'content' ? 0 : 1 });
    });
  }
  return out;
}

/** The text of weights.json for a corpus: trained, with its provenance. */
export function weightsFor(cases: readonly Case[]): { weights: Weights; file: string } {
  const weights = train(cases);
  return { weights, file: weightsFile(weights, cases.length, examples(cases).length) };
}

/** Both stages: own features first, then own and context features read with the first stage's weights. */
export function train(cases: readonly Case[]): Weights {
  const line = fit(examples(cases), LINE_FEATURES.length);
  const context = fit(examples(cases, line), FEATURES.length);
  return { line, context };
}

/** Solves `a x = b` for a symmetric positive definite `a` (Cholesky). */
function solve(a: Float64Array[], b: Float64Array): Float64Array {
  const n = b.length;
  const l = a.map(() => new Float64Array(n));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let s = a[i]?.[j] ?? 0;
      for (let k = 0; k < j; k++) s -= (l[i]?.[k] ?? 0) * (l[j]?.[k] ?? 0);
      if (i === j) (l[i] as Float64Array)[i] = Math.sqrt(Math.max(s, 1e-12));
      else (l[i] as Float64Array)[j] = s / (l[j]?.[j] ?? 1);
    }
  }
  const y = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    let s = b[i] ?? 0;
    for (let k = 0; k < i; k++) s -= (l[i]?.[k] ?? 0) * (y[k] ?? 0);
    y[i] = s / (l[i]?.[i] ?? 1);
  }
  const x = new Float64Array(n);
  for (let i = n - 1; i >= 0; i--) {
    let s = y[i] ?? 0;
    for (let k = i + 1; k < n; k++) s -= (l[k]?.[i] ?? 0) * (x[k] ?? 0);
    x[i] = s / (l[i]?.[i] ?? 1);
  }
  return x;
}

/** L2-penalised logistic regression by Newton's method (the bias, column 0, is not penalised). */
export function fit(data: readonly Example[], dims = FEATURES.length): Float64Array {
  let w = new Float64Array(dims);
  for (let iter = 0; iter < ITERATIONS; iter++) {
    const grad = new Float64Array(dims);
    const hess = Array.from({ length: dims }, () => new Float64Array(dims));
    for (const { row, y } of data) {
      const p = 1 / (1 + Math.exp(-logit(row, w)));
      const r = p - y;
      const s = p * (1 - p);
      for (let j = 0; j < dims; j++) {
        const xj = row[j] ?? 0;
        if (xj === 0) continue;
        grad[j] = (grad[j] ?? 0) + r * xj;
        const hj = hess[j] as Float64Array;
        for (let k = 0; k <= j; k++) {
          const xk = row[k] ?? 0;
          if (xk !== 0) hj[k] = (hj[k] ?? 0) + s * xj * xk;
        }
      }
    }
    for (let j = 0; j < dims; j++) {
      const hj = hess[j] as Float64Array;
      for (let k = 0; k < j; k++) (hess[k] as Float64Array)[j] = hj[k] ?? 0;
      if (j > 0) {
        grad[j] = (grad[j] ?? 0) + L2 * (w[j] ?? 0);
        hj[j] = (hj[j] ?? 0) + L2;
      } else {
        hj[j] = (hj[j] ?? 0) + 1e-6;
      }
    }
    const step = solve(hess, grad);
    w = w.map((v, j) => v - (step[j] ?? 0));
  }
  return w.map((v) => Math.round(v * 1000) / 1000);
}

export function weightsFile(w: Weights, cases: number, lines: number): string {
  const line: Record<string, number> = {};
  LINE_FEATURES.forEach((name, j) => (line[name] = w.line[j] ?? 0));
  const context: Record<string, number> = {};
  FEATURES.forEach((name, j) => (context[name] = w.context[j] ?? 0));
  return `${JSON.stringify(
    {
      about:
        'Logistic-regression weights of the furniture model, in two stages (line: own features; context: own and context features) (server/src/core/analysis/furniture/model.ts): the log-odds that a line is page furniture. ' +
        `Learned by tools/train-furniture.ts (npm run train) from ${cases} pages, ${lines} labelled lines, of the real-pages development corpus, ` +
        'built from scrapinghub/article-extraction-benchmark (MIT licence; see THIRD-PARTY-NOTICES.md). Do not edit: run npm run train.',
      line,
      context,
    },
    null,
    2,
  )}\n`;
}

interface Coverage {
  lines: Record<Label, number>;
  covered: Record<Label, number>;
  /** Content lines inside a safe run. */
  safeContent: number;
  wrong: string[];
}

/** Decodes each case with the given weights and counts covered lines by label. */
export function coverage(cases: readonly Case[], w?: Weights): Coverage {
  const cov: Coverage = {
    lines: { head: 0, content: 0, inner: 0, tail: 0 },
    covered: { head: 0, content: 0, inner: 0, tail: 0 },
    safeContent: 0,
    wrong: [],
  };
  for (const c of cases) {
    const article = parseArticle(c.text, 'text');
    const scored = w ? scoreLines(article.lines, undefined, w) : scoreLines(article.lines);
    const { runs } = decode(article.lines, scored, { headline: article.headline?.line });
    const covered = new Uint8Array(article.lines.length);
    for (const r of runs) for (let i = r.firstLine; i <= r.lastLine; i++) covered[i] = r.safe ? 2 : 1;
    c.labels.forEach((label, i) => {
      if (!label) return;
      cov.lines[label]++;
      if (covered[i]) {
        cov.covered[label]++;
        if (label === 'content') {
          if (covered[i] === 2) cov.safeContent++;
          cov.wrong.push(`${c.id}:${i + 1}${covered[i] === 2 ? ' SAFE' : ''} ${article.lines[i]?.text.slice(0, 90) ?? ''}`);
        }
      }
    });
  }
  return cov;
}

function report(title: string, cov: Coverage): void {
  const pct = (l: Label): string =>
    `${cov.covered[l]}/${cov.lines[l]} (${((100 * cov.covered[l]) / Math.max(1, cov.lines[l])).toFixed(1)}%)`;
  console.log(
    `${title}: tail ${pct('tail')}, inner ${pct('inner')}, head ${pct('head')}, content ${pct('content')} (${cov.safeContent} in safe runs)`,
  );
}

function fold(site: string, k: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < site.length; i++) h = Math.imul(h ^ site.charCodeAt(i), 0x01000193) >>> 0;
  return h % k;
}

function main(): void {
  const argv = process.argv.slice(2);
  const at = argv.indexOf('--corpus');
  const dir = at >= 0 && argv[at + 1] ? resolve(argv[at + 1] as string) : DEFAULT_CORPUS;
  if (!existsSync(join(dir, 'cases'))) {
    console.error(`train-furniture: no corpus at ${dir} (pass --corpus DIR)`);
    process.exit(2);
  }
  const cases = readCorpus(dir);
  const { weights: w, file } = weightsFor(cases);
  if (argv.includes('--check')) {
    const current = existsSync(WEIGHTS_FILE) ? readFileSync(WEIGHTS_FILE, 'utf8') : '';
    if (current !== file) {
      console.error('train-furniture: weights.json is stale; run npm run train');
      process.exit(1);
    }
    console.log('train-furniture: weights.json is up to date');
  } else {
    writeFileSync(WEIGHTS_FILE, file);
    console.log(`train-furniture: wrote ${WEIGHTS_FILE} (${cases.length} pages)`);
  }
  report('in-sample', coverage(cases, w));
  if (argv.includes('--cv')) {
    const K = 5;
    const total: Coverage = {
      lines: { head: 0, content: 0, inner: 0, tail: 0 },
      covered: { head: 0, content: 0, inner: 0, tail: 0 },
      safeContent: 0,
      wrong: [],
    };
    for (let k = 0; k < K; k++) {
      const trainSet = cases.filter((c) => fold(c.site, K) !== k);
      const test = cases.filter((c) => fold(c.site, K) === k);
      const wk = train(trainSet);
      const cov = coverage(test, wk);
      for (const l of ['head', 'content', 'inner', 'tail'] as const) {
        total.lines[l] += cov.lines[l];
        total.covered[l] += cov.covered[l];
      }
      total.safeContent += cov.safeContent;
      total.wrong.push(...cov.wrong);
    }
    report('held-out sites (5 folds)', total);
    if (argv.includes('--verbose')) for (const x of total.wrong) console.log(`  ${x}`);
  }
}

if (require.main === module) main();

/**
 * `npm run corpus-report`: runs the CLI (`node bin/copydesk.js lint --format
 * json`) over the Brown Corpus press reportage (ca01..ca44, tags stripped,
 * one .txt file each) and prints what a person needs to judge the editorial
 * rules on real news text: findings per rule, the rate of
 * `unattributed-number` and `inconsistent-title` per 10,000 words with their
 * severities, and sample findings with their sentence (thirty of
 * `unattributed-number`, the set judged in bench/judgements/, ten of
 * `inconsistent-title`). Arguments name other sections and print every
 * finding: `node out/bench/corpus-report.js cb cc --all` lints the editorials
 * and reviews and lists all their findings (the judged sets in
 * bench/judgements/ were drawn so). Edited 1961 newspaper text has no web boilerplate and
 * no unfilled source placeholder, so `boilerplate`, `truncated-teaser`,
 * `title-mismatch` and `source-placeholder` must find nothing there: any
 * finding of theirs is a false positive, and the script exits with code 1.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { lint, LineIndex, parseArticle, type Position } from '../server/src/core';
import { brownFiles, brownText, wordCount } from './corpus';

const ROOT = resolve(__dirname, '..', '..');
const MUST_BE_ZERO = ['boilerplate', 'truncated-teaser', 'title-mismatch', 'source-placeholder'];
const SAMPLED = ['unattributed-number', 'inconsistent-title'];
/** Samples printed per rule: thirty of unattributed-number make the judged set (bench/judgements/). */
const SAMPLES: Record<string, number> = { 'unattributed-number': 30, 'inconsistent-title': 10 };

interface Found {
  file: string;
  rule: string;
  severity: string;
  message: string;
  start: number;
  end: number;
}

interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: { start: Position; end: Position };
}

interface JsonReport {
  files: { path: string; diagnostics: JsonDiagnostic[]; error?: string }[];
}

/** Runs the CLI over the files; undefined (with the reason) when there is no usable CLI. */
function viaCli(dir: string, names: string[], texts: Map<string, string>): { found: Found[] } | { reason: string } {
  const bin = join(ROOT, 'bin', 'copydesk.js');
  const bundle = join(ROOT, 'dist', 'cli.js');
  if (!existsSync(bin) || !existsSync(bundle)) return { reason: 'bin/copydesk.js or dist/cli.js is missing' };
  if (statSync(bundle).size < 1000) return { reason: 'dist/cli.js is still a placeholder' };
  const out = spawnSync(process.execPath, [bin, 'lint', '--format', 'json', '--no-config', ...names], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit 1 only means "errors were found"; 2 is a usage or I/O error, or a crashed rule.
  if (out.status !== 0 && out.status !== 1) {
    return { reason: `the CLI exited with ${out.status ?? out.signal}: ${out.stderr.trim().split('\n').slice(-3).join(' / ')}` };
  }
  let report: JsonReport;
  try {
    report = JSON.parse(out.stdout) as JsonReport;
  } catch {
    return { reason: `the CLI's output is not JSON: ${out.stdout.slice(0, 200)}` };
  }
  if (!Array.isArray(report.files)) return { reason: 'the CLI\'s JSON has no "files" list' };
  const found: Found[] = [];
  for (const file of report.files) {
    const name = basename(file.path);
    const text = texts.get(name);
    if (text === undefined) return { reason: `the CLI reported an unknown file ${file.path}` };
    if (file.error !== undefined) return { reason: `the CLI skipped ${file.path}: ${file.error}` };
    const index = new LineIndex(text);
    for (const d of file.diagnostics) {
      found.push({
        file: name,
        rule: d.rule,
        severity: d.severity,
        message: d.message,
        start: index.offsetAt(d.range.start),
        end: index.offsetAt(d.range.end),
      });
    }
  }
  if (out.stderr.trim()) console.log(`CLI notes: ${out.stderr.trim()}`);
  return { found };
}

/** The fallback while the CLI is being written: the engine, with every rule at its default severity. */
function viaEngine(texts: Map<string, string>): Found[] {
  const found: Found[] = [];
  for (const [file, text] of texts) {
    const result = lint(text, { format: 'text' });
    for (const e of result.ruleErrors) console.log(`rule error in ${file}: ${e.rule}: ${e.message}`);
    for (const f of result.findings)
      found.push({ file, rule: f.rule, severity: f.severity, message: f.message, start: f.start, end: f.end });
  }
  return found;
}

/** The sentence around a finding, with the flagged words in [[ ]]. */
function inContext(text: string, f: Found): string {
  const sentences = parseArticle(text, 'text').sentences;
  const s = sentences.find((x) => x.start <= f.start && f.start < x.end) ?? { start: f.start, end: f.end };
  const end = Math.max(s.end, f.end);
  return `${text.slice(s.start, f.start)}[[${text.slice(f.start, f.end)}]]${text.slice(f.end, end)}`.replace(/\s+/g, ' ');
}

function where(text: string, f: Found): string {
  const p = new LineIndex(text).positionAt(f.start);
  return `${f.file}:${p.line + 1}:${p.character + 1}`;
}

/** Up to `n` findings spread evenly over the list (deterministic). */
function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.round((i * (items.length - 1)) / (n - 1))] as T);
}

function main(): number {
  const args = process.argv.slice(2);
  const all = args.includes('--all');
  const sections = args.filter((a) => !a.startsWith('-'));
  const names = (sections.length > 0 ? sections : ['ca']).flatMap((section) => brownFiles(section));
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-corpus-'));
  try {
    const texts = new Map<string, string>();
    for (const name of names) {
      const text = `${brownText([name])}\n`;
      texts.set(`${name}.txt`, text);
      writeFileSync(join(dir, `${name}.txt`), text);
    }
    const words = [...texts.values()].reduce((n, t) => n + wordCount(t), 0);
    const bytes = [...texts.values()].reduce((n, t) => n + Buffer.byteLength(t), 0);
    console.log(
      `Brown Corpus ${sections.length > 0 ? sections.join('+') : 'press reportage'}: ${names[0]}..${names[names.length - 1]} (${names.length} files, ${words} words, ${bytes} bytes)`,
    );

    const cli = viaCli(dir, [...texts.keys()], texts);
    let found: Found[];
    let source: string;
    if ('found' in cli) {
      found = cli.found;
      source = 'CLI: node bin/copydesk.js lint --format json --no-config ca*.txt';
    } else {
      found = viaEngine(texts);
      source = `engine directly (CLI not usable: ${cli.reason})`;
    }
    console.log(`linted with: ${source}\n`);

    const byRule = new Map<string, Found[]>();
    for (const f of found) byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
    const ids = [...new Set([...byRule.keys(), ...MUST_BE_ZERO, ...SAMPLED])].sort();
    const rows = ids.map((id) => {
      const list = byRule.get(id) ?? [];
      return {
        rule: id,
        findings: list.length,
        files: new Set(list.map((f) => f.file)).size,
        per10k: (list.length / words) * 10_000,
      };
    });
    const w = Math.max(...ids.map((id) => id.length));
    console.log(`${'rule'.padEnd(w)}  findings  files  per 10,000 words`);
    for (const r of rows) {
      console.log(
        `${r.rule.padEnd(w)}  ${String(r.findings).padStart(8)}  ${String(r.files).padStart(5)}  ${r.per10k.toFixed(2).padStart(16)}`,
      );
    }
    console.log(`${'all'.padEnd(w)}  ${String(found.length).padStart(8)}\n`);

    for (const id of SAMPLED) {
      const list = byRule.get(id) ?? [];
      const bySeverity = new Map<string, number>();
      for (const f of list) bySeverity.set(f.severity, (bySeverity.get(f.severity) ?? 0) + 1);
      const severities = [...bySeverity.entries()].map(([sev, n]) => `${n} ${sev}`).join(', ');
      console.log(
        `${id}: ${list.length} findings (${severities || 'none'}), ${((list.length / words) * 10_000).toFixed(2)} per 10,000 words`,
      );
      (all ? list : spread(list, SAMPLES[id] ?? 10)).forEach((f, i) => {
        const text = texts.get(f.file) ?? '';
        console.log(`  ${i + 1}. ${where(text, f)}  ${f.severity}  ${f.message}`);
        console.log(`     ${inContext(text, f)}`);
      });
      console.log();
    }

    let failed = false;
    for (const id of MUST_BE_ZERO) {
      const list = byRule.get(id) ?? [];
      if (list.length === 0) {
        console.log(`ok: no ${id} findings`);
        continue;
      }
      failed = true;
      console.log(`FAIL: ${list.length} ${id} finding(s) on edited news text (expected none):`);
      for (const f of list) {
        const text = texts.get(f.file) ?? '';
        console.log(`  ${where(text, f)}  ${f.message}\n     ${inContext(text, f)}`);
      }
    }

    mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
    writeFileSync(
      join(ROOT, 'bench-results', 'corpus-report.json'),
      `${JSON.stringify({ date: new Date().toISOString(), source, files: names, words, bytes, rules: rows, findings: found }, null, 2)}\n`,
    );
    console.log('\nsaved bench-results/corpus-report.json');
    return failed ? 1 : 0;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

process.exitCode = main();

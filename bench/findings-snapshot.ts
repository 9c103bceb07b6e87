/**
 * `node out/bench/findings-snapshot.js OUT.json [--warm]`: every finding of every rule (all forced on, at their
 * default severity) on the Brown press texts (each file, and the 1 MB bench text as one document), every case and
 * body of `../shared/corpora/real-pages/` (the cases also with their body as the source, so the drift rules run),
 * and the test fixtures, written as JSON. A speed change must leave this file byte for byte as it was: run it
 * before and after and compare with `cmp`.
 *
 * `--warm` also lints each text again through a `LintCache` warmed on the text before three one-character edits
 * (start, middle, end) and on the unedited text, and writes those findings in place of the cold ones: the file must
 * then be identical to the cold run's, which shows that the caches give what a cold lint gives.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lint, LintCache, RULES, type Config, type Finding, type LintOptions } from '../server/src/core';
import { brownFiles, brownText } from './corpus';

const ROOT = resolve(__dirname, '..', '..');
const REAL_PAGES = resolve(ROOT, '..', 'shared', 'corpora', 'real-pages');

/** Every rule on, at its default severity where it has one, else as a warning. */
const CONFIG: Config = {
  rules: Object.fromEntries(RULES.map((r) => [r.meta.id, r.meta.defaultSeverity === 'off' ? 'warning' : r.meta.defaultSeverity])),
};

interface Doc {
  name: string;
  text: string;
  source?: string;
}

function documents(): Doc[] {
  const docs: Doc[] = [];
  const press = [...brownFiles('ca'), ...brownFiles('cb'), ...brownFiles('cc')];
  for (const file of press) docs.push({ name: `brown/${file}`, text: brownText([file]) });
  docs.push({ name: 'brown/press-all', text: brownText(press) });
  if (existsSync(REAL_PAGES)) {
    for (const file of readdirSync(join(REAL_PAGES, 'cases')).sort()) {
      if (!file.endsWith('.txt')) continue;
      const text = readFileSync(join(REAL_PAGES, 'cases', file), 'utf8');
      const bodyPath = join(REAL_PAGES, 'bodies', file);
      const body = existsSync(bodyPath) ? readFileSync(bodyPath, 'utf8') : undefined;
      docs.push({ name: `cases/${file}`, text });
      if (body !== undefined) {
        docs.push({ name: `bodies/${file}`, text: body });
        docs.push({ name: `cases+source/${file}`, text, source: body });
      }
    }
  }
  for (const dir of ['test/fixtures/examples', 'test/fixtures/lsp']) {
    const full = join(ROOT, dir);
    if (!existsSync(full)) continue;
    for (const file of readdirSync(full).sort())
      docs.push({ name: `${dir}/${file}`, text: readFileSync(join(full, file), 'utf8') });
  }
  return docs;
}

function options(doc: Doc, cache?: LintCache): LintOptions {
  const o: LintOptions = { format: 'text', config: CONFIG };
  if (doc.source !== undefined) o.source = { text: doc.source, name: 'source.txt' };
  if (cache) o.cache = cache;
  return o;
}

function lintWarm(doc: Doc): Finding[] {
  const cache = new LintCache();
  const t = doc.text;
  const at = (f: number): number => Math.floor(t.length * f);
  // Warm the cache on edited versions (insert a letter, then delete one), then lint the real text.
  const edits = [0.02, 0.5, 0.97].map((f) => t.slice(0, at(f)) + 'x' + t.slice(at(f)));
  lint(t, options(doc, cache));
  for (const e of edits) lint(e, options({ ...doc, text: e }, cache));
  lint(t.slice(0, at(0.5)) + t.slice(at(0.5) + 1), options({ ...doc, text: t }, cache));
  return lint(t, options(doc, cache)).findings;
}

function main(): void {
  const out = process.argv[2];
  if (!out) throw new Error('usage: findings-snapshot OUT.json [--warm]');
  const warm = process.argv.includes('--warm');
  const result: Record<string, unknown> = {};
  let count = 0;
  for (const doc of documents()) {
    const r = lint(doc.text, options(doc));
    const findings = warm ? lintWarm(doc) : r.findings;
    if (r.ruleErrors.length) result[`${doc.name}#errors`] = r.ruleErrors;
    result[doc.name] = findings;
    count += findings.length;
  }
  writeFileSync(out, JSON.stringify(result, null, 0).replace(/\],"/g, '],\n"'));
  console.log(`${Object.keys(result).length} documents, ${count} findings -> ${out}`);
}

main();

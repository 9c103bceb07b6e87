/**
 * `npm run fuzz`: the property checks of properties.ts on many generated
 * documents (10,000 by default), every failure counted rather than the first
 * one stopping the run. Prints the seed, the time, the known bugs of other
 * branches (known.ts) that the run met, and every other kind of failure with
 * the smallest document that shows it. Exits 1 when anything failed that is
 * not known. The same seed gives the same documents.
 *
 *   node out/test/property/fuzz.js [--runs 10000] [--seed N]
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { documentArbitrary, type GeneratedDocument } from './documents';
import { KNOWN, type Known } from './known';
import { checkDocument, type Violation } from './properties';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const runs = Number(argument('--runs') ?? 10_000);
const seed = Number(argument('--seed') ?? Date.now() % 2 ** 31);

const failures = new Map<string, { count: number; smallest: GeneratedDocument; violation: Violation }>();
const known = new Map<Known, number>();
let failedDocuments = 0;
const start = performance.now();
for (const doc of fc.sample(documentArbitrary(), { seed, numRuns: runs })) {
  const violations = checkDocument(doc.text, doc.format);
  let unexpected = false;
  for (const v of violations) {
    const k = KNOWN.find((entry) => entry.matches(v));
    if (k) {
      known.set(k, (known.get(k) ?? 0) + 1);
      continue;
    }
    unexpected = true;
    const kind = `${v.property}${v.rule ? ` (${v.rule})` : ''}`;
    const seen = failures.get(kind);
    if (!seen) failures.set(kind, { count: 1, smallest: doc, violation: v });
    else {
      seen.count++;
      if (doc.text.length < seen.smallest.text.length) {
        seen.smallest = doc;
        seen.violation = v;
      }
    }
  }
  if (unexpected) failedDocuments++;
}
const seconds = (performance.now() - start) / 1000;
console.log(`fuzz: ${runs} documents, seed ${seed}, ${seconds.toFixed(1)} s, ${failedDocuments} with a failure not known`);
for (const [k, n] of known) console.log(`known (${k.owner}): ${n} violations: ${k.what}`);
for (const [kind, { count, smallest, violation }] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`\n${kind}: ${count}\n  ${violation.detail}${violation.after ? ` (after ${violation.after})` : ''}`);
  console.log(`  smallest (${smallest.format}): ${JSON.stringify(smallest.text)}`);
}
if (failures.size > 0) {
  console.log(`\nfailed: rerun with --seed ${seed} --runs ${runs}`);
  process.exitCode = 1;
}

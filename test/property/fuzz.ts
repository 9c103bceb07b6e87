/**
 * `npm run fuzz`: the property checks of properties.ts on many generated
 * documents (10,000 by default), every failure counted rather than the first
 * one stopping the run. Prints the seed, the time, a count per property and
 * rule, and the smallest document that shows each kind of failure. Exits 1
 * when anything failed. Rerun a run with the same seed to get the same
 * documents.
 *
 *   node out/test/property/fuzz.js [--runs 10000] [--seed N]
 */
import fc from 'fast-check';
import { performance } from 'node:perf_hooks';
import { documentArbitrary, type GeneratedDocument } from './documents';
import { checkDocument, type Violation } from './properties';

function argument(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

const runs = Number(argument('--runs') ?? 10_000);
const seed = Number(argument('--seed') ?? Date.now() % 2 ** 31);

const failures = new Map<string, { count: number; smallest: GeneratedDocument; violation: Violation }>();
let failedDocuments = 0;
const start = performance.now();
const samples = fc.sample(documentArbitrary(), { seed, numRuns: runs });
for (const doc of samples) {
  const violations = checkDocument(doc.text, doc.format);
  if (violations.length > 0) failedDocuments++;
  for (const v of violations) {
    const kind = `${v.property}${v.rule ? ` (${v.rule})` : ''}`;
    const known = failures.get(kind);
    if (!known) failures.set(kind, { count: 1, smallest: doc, violation: v });
    else {
      known.count++;
      if (doc.text.length < known.smallest.text.length) {
        known.smallest = doc;
        known.violation = v;
      }
    }
  }
}
const seconds = (performance.now() - start) / 1000;
console.log(`fuzz: ${runs} documents, seed ${seed}, ${seconds.toFixed(1)} s, ${failedDocuments} with a failure`);
for (const [kind, { count, smallest, violation }] of [...failures].sort((a, b) => b[1].count - a[1].count)) {
  console.log(`\n${kind}: ${count}\n  ${violation.detail}\n  smallest (${smallest.format}): ${JSON.stringify(smallest.text)}`);
}
if (failures.size > 0) {
  console.log(`\nfailed: rerun with --seed ${seed} --runs ${runs}`);
  process.exitCode = 1;
}

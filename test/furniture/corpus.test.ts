/**
 * The furniture model on the real-pages development corpus
 * (../shared/corpora/real-pages, read at run time; these tests skip, saying
 * why, when it is absent, as in a plain clone):
 *
 * - fix-all with the furniture rules, run to its end as `--fix` runs it,
 *   keeps every `content` line of every page byte for byte;
 * - on the annotated article bodies, no finding covers a real sentence;
 * - the coverage the targets ask for holds (a guard against regressions);
 * - weights.json is what `npm run train` makes from the corpus.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { fixText, lint, ruleById, type Rule } from '../../server/src/core';
import { coverage, readCorpus, weightsFor, WEIGHTS_FILE } from '../../tools/train-furniture';

const CORPUS = path.resolve(__dirname, '../../../../shared/corpora/real-pages');
const present = existsSync(path.join(CORPUS, 'cases'));
const skip = present ? false : `the development corpus is not at ${CORPUS}`;
const RULES = ['boilerplate', 'truncated-teaser'].map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);

/** Tail lines covered at least (the issue's target); content lines covered at most (the annotator-kept furniture, see docs/rules/boilerplate.md). */
const MIN_TAIL_COVERAGE = 0.8;
const MAX_CONTENT_COVERED = 50;

/** A real sentence: eight words or more, ending with a full stop, "!" or "?", and no copyright or photo credit in it. */
function realSentence(line: string): boolean {
  const t = line.trim();
  return (
    /[.!?]["'”’)]*$/u.test(t) &&
    t.split(/\s+/u).length >= 8 &&
    !/©|ⓒ|copyright|all rights reserved|\b(?:photo|image)s?\b/iu.test(t)
  );
}

describe('furniture on the development corpus', () => {
  it('fix-all keeps every article line of every page, byte for byte', { skip }, () => {
    const lost: string[] = [];
    for (const c of readCorpus(CORPUS)) {
      const { text: fixed } = fixText(c.text, { rules: RULES });
      const kept = fixed.split(/\r?\n/u);
      const original = c.text.split(/\r?\n/u);
      // Each content line must appear in the fixed text, in order.
      let at = 0;
      c.labels.forEach((label, i) => {
        if (label !== 'content') return;
        const line = original[i] ?? '';
        const found = kept.indexOf(line, at);
        if (found === -1) lost.push(`${c.id}:${i + 1} ${line.slice(0, 80)}`);
        else at = found + 1;
      });
    }
    assert.deepEqual(lost, []);
  });

  it('finds no real sentence in the annotated article bodies', { skip }, () => {
    const bodies = path.join(CORPUS, 'bodies');
    const wrong: string[] = [];
    for (const file of readdirSync(bodies).filter((f) => f.endsWith('.txt'))) {
      const text = readFileSync(path.join(bodies, file), 'utf8');
      const { findings, article } = lint(text, { rules: RULES });
      for (const f of findings) {
        const first = article.index.lineAt(f.start);
        const last = article.index.lineAt(Math.max(f.start, f.end - 1));
        for (let i = first; i <= last; i++) {
          const line = article.lines[i]?.text ?? '';
          if (realSentence(line)) wrong.push(`${file}:${i + 1} ${f.rule}: ${line.slice(0, 80)}`);
        }
      }
    }
    assert.deepEqual(wrong, []);
  });

  it('covers the tail and leaves the article alone', { skip }, () => {
    const cov = coverage(readCorpus(CORPUS));
    const tail = cov.covered.tail / cov.lines.tail;
    assert.ok(tail >= MIN_TAIL_COVERAGE, `tail coverage ${(100 * tail).toFixed(1)}%`);
    assert.ok(
      cov.covered.content <= MAX_CONTENT_COVERED,
      `content lines covered: ${cov.covered.content}\n${cov.wrong.join('\n')}`,
    );
    assert.equal(cov.safeContent, 0, 'no content line in a block fix-all may delete');
  });

  it('ships the weights that training on the corpus gives', { skip }, () => {
    assert.equal(
      weightsFor(readCorpus(CORPUS)).file,
      readFileSync(WEIGHTS_FILE, 'utf8'),
      'weights.json is stale: run npm run train',
    );
  });
});

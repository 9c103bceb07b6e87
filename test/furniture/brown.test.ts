/**
 * Edited press text has no page furniture: the Brown Corpus press sections
 * (reportage, editorials, reviews: ca, cb, cc) give no `boilerplate` or
 * `truncated-teaser` finding, one file at a time (each file is a little
 * article, so each has its own end, where the tail would be looked for).
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { brownFiles, brownText } from '../../bench/corpus';
import { lint, ruleById, type Rule } from '../../server/src/core';

const RULES = ['boilerplate', 'truncated-teaser'].map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);

describe('furniture on the Brown Corpus press sections', () => {
  for (const section of ['ca', 'cb', 'cc']) {
    it(`finds none in ${section}`, () => {
      const found: string[] = [];
      const files = brownFiles(section);
      assert.ok(files.length > 10, `the ${section} files are there`);
      for (const name of files) {
        const text = brownText([name]);
        for (const f of lint(text, { rules: RULES }).findings) found.push(`${name}: ${f.rule}: ${f.message}`);
      }
      assert.deepEqual(found, []);
    });
  }
});

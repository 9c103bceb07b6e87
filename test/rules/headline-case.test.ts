import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, ruleById } from '../../server/src/core';
import { ruleTests } from '../helpers/rule-tester';

const ID = 'headline-case';

/** Prose that shows which words are names (capitalised mid-sentence) and which are common. */
const BODY =
  'The talks between Kremlin envoys and the Alliance resume on Monday in Vienna. ' +
  'Officials said the plan faces a test when the envoys meet, and that the deal means little without Kyiv. ' +
  'The harbor plan was backed by the NATO council and by Mayor Ines Okafor.\n';

ruleTests(ID, {
  valid: [
    {
      name: 'every heading in title case',
      format: 'markdown',
      text: `# Harbor Plan Faces a Test\n\n${BODY}\n## What the Deal Means for Kyiv\n\n${BODY}`,
    },
    {
      name: 'every heading in sentence case, names keep capitals',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## What the deal means for Kyiv and Vienna\n\n${BODY}`,
    },
    {
      name: 'a two-word headline is ambiguous',
      format: 'markdown',
      text: `# Harbor Talks\n\n${BODY}\n## what the deal means for the envoys\n\n${BODY}`,
    },
    {
      name: 'a two-word heading is ambiguous',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## Deal Means\n\n${BODY}`,
    },
    {
      name: 'acronyms and names tell nothing',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## NATO and Kyiv in Vienna\n\n${BODY}`,
    },
    {
      name: 'a heading that mixes styles is not clearly either',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## What the Deal means for envoys\n\n${BODY}`,
    },
    {
      name: 'headings with code or links are skipped',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## Reading The \`Config\` File Again\n\n## See The [Full Plan](https://example.com/plan) Here\n`,
    },
    {
      name: 'plain text has only a headline',
      text: `Harbor Plan Faces a Test\n\n${BODY}`,
    },
    {
      name: 'a word after a colon may be capitalised in sentence case',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## Analysis: What the deal means\n\n${BODY}`,
    },
  ],
  invalid: [
    {
      name: 'a sentence-case heading under a title-case headline',
      format: 'markdown',
      text: `# Harbor Plan Faces a Test\n\n${BODY}\n## what the deal means for the envoys\n\n${BODY}`,
      findings: [{ text: 'what the deal means for the envoys', message: 'sentence case; the headline uses title case', line: 4 }],
      output: `# Harbor Plan Faces a Test\n\n${BODY}\n## What the Deal Means for the Envoys\n\n${BODY}`,
    },
    {
      name: 'a title-case heading under a sentence-case headline keeps names and acronyms',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## Why The Kremlin Envoys Want NATO Talks In Vienna\n\n${BODY}`,
      findings: [{ text: 'Why The Kremlin Envoys Want NATO Talks In Vienna' }],
      output: `# Harbor plan faces a test\n\n${BODY}\n## Why the Kremlin envoys want NATO talks in Vienna\n\n${BODY}`,
    },
    {
      name: 'a name that only the headline gives keeps its capitals, the opening word of it too',
      format: 'markdown',
      text: `# Maria Okafor wins a vote\n\n${BODY}\n## Why Maria Okafor Backs The Plan\n\n${BODY}`,
      findings: [{ text: 'Why Maria Okafor Backs The Plan' }],
      output: `# Maria Okafor wins a vote\n\n${BODY}\n## Why Maria Okafor backs the plan\n\n${BODY}`,
    },
    {
      name: 'a doubled word stays as written (a slip or a name, for lexical-illusion to judge)',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## New New Homes Rise Beside The Harbor\n\n${BODY}`,
      findings: [{ text: 'New New Homes Rise Beside The Harbor' }],
      output: `# Harbor plan faces a test\n\n${BODY}\n## New New homes rise beside the harbor\n\n${BODY}`,
    },
    {
      name: 'a name the prose never gives keeps its capital (it is in no dictionary)',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## The Talks Resume in Geneva\n\n${BODY}`,
      findings: [{ text: 'The Talks Resume in Geneva' }],
      output: `# Harbor plan faces a test\n\n${BODY}\n## The talks resume in Geneva\n\n${BODY}`,
    },
    {
      name: 'an unknown name does not hide a lowercase heading',
      format: 'markdown',
      text: `# Harbor Plan Faces a Test\n\n${BODY}\n## Why Geneva still matters\n\n${BODY}`,
      findings: [{ text: 'Why Geneva still matters' }],
      output: `# Harbor Plan Faces a Test\n\n${BODY}\n## Why Geneva Still Matters\n\n${BODY}`,
    },
    {
      name: 'small words, the last word, a colon and hyphens in title case',
      format: 'markdown',
      text: `# Harbor Plan Faces a Test\n\n${BODY}\n## Analysis: what the council-backed plan stands for\n\n${BODY}`,
      findings: [{ text: 'Analysis: what the council-backed plan stands for' }],
      output: `# Harbor Plan Faces a Test\n\n${BODY}\n## Analysis: What the Council-Backed Plan Stands For\n\n${BODY}`,
    },
    {
      name: 'setext headings, CRLF and a BOM',
      format: 'markdown',
      text: `\uFEFFHarbor Plan Faces a Test\r\n========================\r\n\r\n${BODY.replace('\n', '\r\n')}\r\nthe deal means little for envoys\r\n--------------------------------\r\n\r\n${BODY.replace('\n', '\r\n')}`,
      findings: [{ text: 'the deal means little for envoys', line: 5 }],
      output: `\uFEFFHarbor Plan Faces a Test\r\n========================\r\n\r\n${BODY.replace('\n', '\r\n')}\r\nThe Deal Means Little for Envoys\r\n--------------------------------\r\n\r\n${BODY.replace('\n', '\r\n')}`,
    },
    {
      name: 'several headings, each reported',
      format: 'markdown',
      text: `# Harbor plan faces a test\n\n${BODY}\n## The Deal Means Little\n\n### Envoys Meet on Monday\n\n## Kyiv waits for the envoys\n`,
      findings: [{ text: 'The Deal Means Little' }, { text: 'Envoys Meet on Monday' }],
      output: `# Harbor plan faces a test\n\n${BODY}\n## The deal means little\n\n### Envoys meet on Monday\n\n## Kyiv waits for the envoys\n`,
    },
  ],
});

describe('headline-case details', () => {
  it('points at the headline as related information', () => {
    const rule = ruleById(ID);
    assert.ok(rule);
    const text = `# Harbor Plan Faces a Test\n\n${BODY}\n## what the deal means for the envoys\n`;
    const [f] = lint(text, { format: 'markdown', rules: [rule] }).findings;
    assert.ok(f);
    const rel = f.related[0];
    assert.ok(rel);
    assert.equal(text.slice(rel.start, rel.end), 'Harbor Plan Faces a Test');
    assert.match(f.fixes[0]?.title ?? '', /title case/);
  });
});

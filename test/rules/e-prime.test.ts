import assert from 'node:assert/strict';
import { it } from 'node:test';
import { lint } from '../../server/src/core';
import { ruleTests } from '../helpers/rule-tester';

ruleTests('e-prime', {
  valid: [
    { text: 'The council approved the budget.' },
    { name: 'inside straight quotes', text: '"It is late," she said.' },
    { name: 'inside curly quotes', text: '“It’s late,” she said.' },
    { name: 'part of a longer word', text: 'The island chain sits west of Bermuda.' },
  ],
  invalid: [
    { text: 'The budget is late.', findings: [{ text: 'is', message: /form of "to be"/ }] },
    { name: 'a curly apostrophe', text: 'It’s late.', findings: [{ text: 'It’s' }] },
    { text: 'They were there and we are here.', findings: [{ text: 'were' }, { text: 'are' }] },
    {
      name: 'outside a quotation only',
      text: '“It was late,” she said, and it was.',
      findings: [{ text: 'was' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF🕰️ Late again.\r\n🕰️ The train was late.',
      findings: [{ text: 'was', line: 1 }],
    },
  ],
});

it('e-prime is off unless configured', () => {
  const findings = lint('The budget is late.').findings.filter((f) => f.rule === 'e-prime');
  assert.deepEqual(findings, []);
  const on = lint('The budget is late.', { config: { rules: { 'e-prime': 'info' } } }).findings.filter(
    (f) => f.rule === 'e-prime',
  );
  assert.equal(on.length, 1);
});

import { ruleTests } from '../helpers/rule-tester';

ruleTests('cliche', {
  valid: [
    { text: 'The rescue came with a minute to spare.' },
    { name: 'inside straight quotes', text: '"We got there in the nick of time," he said.' },
    { name: 'inside curly quotes', text: '“We got there in the nick of time,” he said.' },
    { name: 'in a code fence', format: 'markdown', text: 'Sample:\n\n```\ntip of the iceberg\n```\n' },
  ],
  invalid: [
    {
      text: 'Rescuers arrived in the nick of time.',
      findings: [{ text: 'in the nick of time', message: /cliché: say it plainly/ }],
    },
    { text: 'The fine is only the tip of the iceberg.', findings: [{ text: 'tip of the iceberg' }] },
    {
      name: 'across a line break',
      text: 'Rescuers arrived in the nick\nof time.',
      findings: [{ text: 'in the nick\nof time', message: '"in the nick of time"' }],
    },
    {
      name: 'outside a quotation only',
      text: 'The coach said "it was a crash course" and it was a crash course.',
      findings: [{ text: 'crash course' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF🏈 Final score.\r\n🏈 It was an uphill battle.',
      findings: [{ text: 'uphill battle', line: 1 }],
    },
  ],
});

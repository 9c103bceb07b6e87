import { ruleTests } from '../helpers/rule-tester';

ruleTests('too-wordy', {
  valid: [
    { text: 'The council will use the money to fix roads.' },
    { name: 'inside straight quotes', text: 'He said "we will utilize the funds."' },
    { name: 'inside curly quotes', text: 'He said “we will utilize the funds.”' },
    { name: 'in a code fence', format: 'markdown', text: 'Config:\n\n```\nin order to\n```\n' },
  ],
  invalid: [
    {
      name: 'a quick fix offers the short word',
      text: 'The council will utilize the money.',
      findings: [{ text: 'utilize', message: 'is wordy: try "use"' }],
      output: 'The council will use the money.',
    },
    {
      name: 'the replacement keeps a capital',
      text: 'In order to win, they campaigned.',
      findings: [{ text: 'In order to', message: 'try "To"' }],
      output: 'To win, they campaigned.',
    },
    { name: 'no one replacement', text: 'However, the vote failed.', findings: [{ text: 'However', message: /fewer words/ }] },
    {
      name: 'across a line break',
      text: 'They met prior\nto the vote.',
      findings: [{ text: 'prior\nto', message: '"prior to" is wordy: try "before"' }],
      output: 'They met prior\nto the vote.',
    },
    {
      name: 'outside a quotation only',
      text: 'She said "we will utilize it" and they did utilize it.',
      findings: [{ text: 'utilize' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF🏛️ Vote delayed.\r\n🏛️ A number of members left.',
      findings: [{ text: 'A number of', line: 1, message: 'try "Some"' }],
    },
  ],
});

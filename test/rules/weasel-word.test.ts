import { ruleTests } from '../helpers/rule-tester';

ruleTests('weasel-word', {
  valid: [
    { text: 'Twelve residents lost power on Sunday.' },
    { name: 'inside straight quotes', text: 'The chief said "many residents lost power."' },
    { name: 'inside curly quotes', text: 'The chief said “many residents lost power.”' },
    { name: '"too many" is allowed', text: 'There were too many to count.' },
    { name: 'part of a longer word', text: 'The fewest complaints came from Manyara.' },
  ],
  invalid: [
    { text: 'Many residents lost power.', findings: [{ text: 'Many', message: /weasel word: give the number/ }] },
    { text: 'The storm was very strong.', findings: [{ text: 'very', message: /cut it or use a precise word/ }] },
    { text: 'The result was clearly a mistake.', findings: [{ text: 'clearly', message: /let readers judge/ }] },
    { text: 'There is a number of reasons.', findings: [{ text: 'is a number' }] },
    {
      name: 'outside a quotation only',
      text: 'He said “very few” came, but several did.',
      findings: [{ text: 'several' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF⚡ Power cut.\r\n⚡ Various streets went dark.',
      findings: [{ text: 'Various', line: 1 }],
    },
  ],
});

import { ruleTests } from '../helpers/rule-tester';

ruleTests('there-is', {
  valid: [
    { text: 'Forty people work at the plant.' },
    { name: 'inside straight quotes', text: '"We met. There are no plans," she said.' },
    { name: 'inside curly quotes', text: '“We met. There are no plans,” she said.' },
    { name: 'not at the start of a sentence', text: 'Officials said there are no plans.' },
    { name: 'a line that starts mid-sentence', format: 'markdown', text: 'Officials said that\nthere are no plans to close it.' },
    { name: '"There\'s" is not checked', text: 'There’s a plan.' },
  ],
  invalid: [
    {
      text: 'There are forty people at the plant.',
      findings: [{ text: 'There are', message: /start the sentence with its subject/ }],
    },
    { text: 'The plant closed. There is no plan to reopen it.', findings: [{ text: 'There is' }] },
    {
      name: 'after a semicolon',
      text: 'The plant closed; there is no plan to reopen it.',
      findings: [{ text: 'there is' }],
    },
    {
      name: 'two spaces before the sentence: the range is the phrase itself',
      text: 'The plant closed.  There is no plan.',
      findings: [{ text: 'There is' }],
    },
    {
      name: 'a new paragraph after a line with no full stop',
      text: 'Plant closes\n\nThere are no plans to reopen it.',
      findings: [{ text: 'There are', line: 2 }],
    },
    {
      name: 'outside a quotation only',
      text: 'She said: "We met. There is hope." We left. There is none.',
      findings: [{ text: 'There is' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFFThere is a plan 🏭.\r\nThere are two.',
      findings: [
        { text: 'There is', line: 0 },
        { text: 'There are', line: 1 },
      ],
    },
  ],
});

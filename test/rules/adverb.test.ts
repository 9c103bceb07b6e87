import { ruleTests } from '../helpers/rule-tester';

ruleTests('adverb', {
  valid: [
    { text: 'The mayor shuffled to the podium and read the statement.' },
    { name: 'inside straight quotes', text: 'The mayor said: "We moved quickly."' },
    { name: 'inside curly quotes', text: 'The mayor said: “We moved quickly.”' },
    { name: 'a word weasel-word reports is left to it', text: 'The vote was very close.' },
    { name: 'a word too-wordy reports is left to it', text: 'She previously ran the agency.' },
    { name: 'inside a URL', text: 'The report is at https://example.com/quickly-done today.' },
    { name: 'inside a code fence', format: 'markdown', text: 'The log read:\n\n```\nexited suddenly\n```\n' },
    { name: 'inside an HTML comment', text: '<!-- check: suddenly -->\nThe mayor spoke.' },
  ],
  invalid: [
    {
      text: 'The officer walked slowly to the car.',
      findings: [{ text: 'slowly', message: '"slowly" can weaken meaning' }],
    },
    { text: 'It was just a test.', findings: [{ text: 'just', message: /adds little/ }] },
    {
      name: 'outside a quotation only',
      text: 'He said "we moved quickly" and left quickly.',
      findings: [{ text: 'quickly', message: '"quickly"' }],
    },
    {
      name: '"too many", which weasel-word lets pass',
      text: 'There were too many to count.',
      findings: [{ text: 'many' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF🚒 Crews arrived.\r\n🚒 The fire spread suddenly.',
      findings: [{ text: 'suddenly', line: 1 }],
    },
  ],
});

import { ruleTests } from '../helpers/rule-tester';

ruleTests('passive-voice', {
  valid: [
    { text: 'The council approved the budget on Monday.' },
    { name: 'inside straight quotes', text: '"The budget was approved," the clerk said.' },
    { name: 'inside curly quotes', text: '“The budget was approved,” the clerk said.' },
    { name: 'in front matter', format: 'markdown', text: '---\ntitle: Budget was approved\n---\n\nThe council met.\n' },
    { name: 'in an HTML comment', text: '<!-- the draft was rejected -->\nThe council met.' },
  ],
  invalid: [
    { text: 'The budget was approved on Monday.', findings: [{ text: 'was approved', message: /passive voice: say who acted/ }] },
    {
      name: 'an agent after "by"',
      text: 'The budget was cut by the council.',
      findings: [{ text: 'was cut', message: 'make the one named after "by" the subject' }],
    },
    { name: 'an irregular participle', text: 'The window was broken overnight.', findings: [{ text: 'was broken' }] },
    {
      name: 'outside a quotation only',
      text: 'The mayor said "the budget was approved" but the plan was rejected.',
      findings: [{ text: 'was rejected' }],
    },
    {
      name: 'across a line break, shown on one line in the message',
      text: 'The plan was\nrejected.',
      findings: [{ text: 'was\nrejected', message: '"was rejected" may be passive voice' }],
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF📈 Rates rose.\r\n📈 The loan was sold.',
      findings: [{ text: 'was sold', line: 1 }],
    },
  ],
});

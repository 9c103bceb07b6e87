import { ruleTests } from '../helpers/rule-tester';

ruleTests('starts-with-so', {
  valid: [
    { text: 'We missed the bus, so we walked.' },
    { name: 'inside straight quotes', text: 'She said: "It rained. So we stayed home."' },
    { name: 'inside curly quotes', text: 'She said: “It rained. So we stayed home.”' },
    { name: '"So far" is an adverb of degree', text: 'So far, 12 people have been rescued.' },
    { name: '"So many"', text: 'So many people came that the doors closed.' },
    { name: '"So-called"', text: 'So-called experts disagreed.' },
    { name: 'a line that starts mid-sentence', format: 'markdown', text: 'We stayed up late and\nso missed the bus.' },
  ],
  invalid: [
    {
      text: 'So, the council voted.',
      findings: [{ text: 'So', message: /adds no meaning/ }],
      output: 'The council voted.',
    },
    { text: 'So we left early.', findings: [{ text: 'So' }], output: 'We left early.' },
    {
      text: 'It rained. So the match was called off.',
      findings: [{ text: 'So' }],
      output: 'It rained. The match was called off.',
    },
    {
      name: 'after a semicolon the next word stays in lower case',
      text: 'It rained; so, we left.',
      findings: [{ text: 'so' }],
      output: 'It rained; we left.',
    },
    {
      name: 'a word that may need "so": the fix is not safe',
      text: 'So big was the crowd that the doors closed.',
      findings: [{ text: 'So' }],
      output: 'So big was the crowd that the doors closed.',
    },
    {
      name: 'a word that keeps its own capitals',
      text: 'So, iPhone sales fell.',
      findings: [{ text: 'So' }],
      output: 'iPhone sales fell.',
    },
    {
      name: 'two spaces before: the range is the word itself',
      text: 'It rained.  So we left.',
      findings: [{ text: 'So' }],
      output: 'It rained.  We left.',
    },
    {
      name: 'outside a quotation only',
      text: 'She said: "It rained. So it goes." We left. So we ran.',
      findings: [{ text: 'So' }],
      output: 'She said: "It rained. So it goes." We left. We ran.',
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFFSo, we left 🚌.\r\nSo the bus came.',
      findings: [
        { text: 'So', line: 0 },
        { text: 'So', line: 1 },
      ],
      output: '\uFEFFWe left 🚌.\r\nThe bus came.',
    },
  ],
});

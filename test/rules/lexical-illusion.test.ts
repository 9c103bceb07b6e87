import { ruleTests } from '../helpers/rule-tester';

ruleTests('lexical-illusion', {
  valid: [
    { text: 'The council met on Monday.' },
    { name: 'inside straight quotes', text: 'She said "it was the the end" and laughed.' },
    { name: 'inside curly quotes', text: 'She said “it was the the end” and laughed.' },
    { name: 'a headline and the paragraph under it', text: 'Storm\n\nStorm damage closed the road.' },
    { name: 'a Markdown heading and the line under it', format: 'markdown', text: '# Floods\nFloods closed the road.\n' },
    { name: 'in a code fence', format: 'markdown', text: 'Output:\n\n```\nok ok\n```\n' },
    { name: 'a repeated figure in a table row', text: 'Standings\n\nHull City  2339  1  1  11  18\n' },
    { name: 'tennis scores', text: 'She won 6-2 6-2 in the final.' },
    { name: 'cells of a table, tab-separated', text: 'Form guide\n\nArsenal\tW\tW\tD\tL\n' },
    { name: 'cells of a table, space-aligned', text: 'Form guide\n\nArsenal    W    W    D    L\n' },
    { name: 'repetition for emphasis', text: 'Her advice: location, location, location.' },
    { name: 'initials', text: 'The store was run by J. J. Hapgood.' },
    { name: 'a label and the line under it', text: 'Share to LinkedIn\nLinkedIn\nShare to Facebook\nFacebook' },
    { name: 'a short heading line and the paragraph under it', text: 'Nintendo\nNintendo Switch Lite for $200 is a good buy.' },
  ],
  invalid: [
    {
      text: 'The the council met.',
      findings: [{ text: 'the', message: '"the" is repeated' }],
      output: 'The council met.',
    },
    {
      name: 'across a line break in hard-wrapped prose: the line break stays',
      format: 'markdown',
      text: 'The committee met on Monday and, after a long debate, read the\nthe report again.',
      findings: [{ text: 'the', line: 1 }],
      output: 'The committee met on Monday and, after a long debate, read the\nreport again.',
    },
    {
      name: 'two spaces typed by mistake, in prose',
      text: 'We met the  the council on Monday.',
      findings: [{ text: 'the' }],
      output: 'We met the council on Monday.',
    },
    {
      name: 'at the end of a line',
      format: 'markdown',
      text: 'The vote came came\nlate.',
      findings: [{ text: 'came' }],
      output: 'The vote came\nlate.',
    },
    {
      name: 'a doubling that may be meant: the fix is not safe',
      text: 'She had had enough.',
      findings: [{ text: 'had' }],
      output: 'She had had enough.',
    },
    {
      name: 'a name: the fix is not safe',
      text: 'They flew to Walla Walla on Monday.',
      findings: [{ text: 'Walla' }],
      output: 'They flew to Walla Walla on Monday.',
    },
    {
      name: 'a small word doubled in a title-case heading is no name: the fix is safe',
      format: 'markdown',
      text: '# Ferries And And Buses Return\n',
      findings: [{ text: 'And' }],
      output: '# Ferries And Buses Return\n',
    },
    {
      name: 'outside a quotation only',
      text: 'She said "go go go" and we we went.',
      findings: [{ text: 'we' }],
      output: 'She said "go go go" and we went.',
    },
    {
      name: 'BOM, CRLF and emoji do not shift the range',
      text: '\uFEFF🌧️ It was the the end.\r\nAnd and so on.',
      findings: [
        { text: 'the', line: 0 },
        { text: 'and', line: 1 },
      ],
      output: '\uFEFF🌧️ It was the end.\r\nAnd so on.',
    },
  ],
});

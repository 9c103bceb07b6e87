/**
 * The drift rules one case at a time, through the shared rule tester (`source` is the text each case was
 * rewritten from). Every fix is applied and the case linted again by the tester.
 */
import { ruleTests } from '../helpers/rule-tester';

const WIRE =
  'Council Approves Budget\n\n' +
  'Mayor Ana Ruiz said on Monday that the council had approved a $12.5 million budget, 4 percent more than last year. ' +
  '"This budget keeps every library open," Ruiz said.\n\n' +
  'The plan pays for 30 new teachers. Three people were injured in a protest outside the hall, police said.\n';

ruleTests('drift-quote', {
  valid: [
    { name: 'no source: nothing to compare', text: '"Every library stays open," the mayor said.\n' },
    { name: 'the exact words', source: WIRE, text: '"This budget keeps every library open," Ruiz said.\n' },
    {
      name: 'curly single quotes, lower case at the start, trimmed with an ellipsis',
      source: WIRE,
      text: 'Ruiz said the plan ‘keeps every … library open’.\n',
    },
    {
      name: 'words the source has outside quotation marks',
      source: WIRE,
      text: 'The plan was "4 percent more than last year".\n',
    },
  ],
  invalid: [
    {
      name: 'an invented quotation',
      source: WIRE,
      text: 'Ruiz promised "a budget for every family" on Monday.\n',
      findings: [{ text: '"a budget for every family"', message: 'is not in the source' }],
    },
    {
      name: 'an altered quotation, restored by the fix',
      source: WIRE,
      text: '"This budget keeps every school open," Ruiz said.\n',
      findings: [
        { text: '"This budget keeps every school open,"', message: 'which has “This budget keeps every library open,”' },
      ],
    },
    {
      name: 'a one-word quotation the source lacks is a weaker case (still reported)',
      source: WIRE,
      text: 'Ruiz called the budget "historic".\n',
      findings: [{ text: '"historic"', message: 'is not in the source' }],
    },
  ],
});

ruleTests('drift-figure', {
  valid: [
    { name: 'no source', text: 'The council approved a $99 million budget.\n' },
    { name: 'equivalent forms', source: WIRE, text: 'The $12.5m budget is 4% bigger and pays for thirty new teachers.\n' },
    { name: 'a rounding with "about"', source: WIRE, text: 'The budget of about $13 million was approved on Monday.\n' },
    { name: 'a number the source has, moved to another sentence', source: WIRE, text: 'Police said 3 people were hurt.\n' },
  ],
  invalid: [
    {
      name: 'a changed value, restored by the fix',
      source: WIRE,
      text: 'The council approved a $14.5 million budget on Monday, 4 percent more than last year.\n',
      findings: [{ text: '$14.5 million budget', message: 'which has "$12.5 million budget"' }],
    },
    {
      name: 'an invented figure',
      source: WIRE,
      text: 'The council approved the budget on Monday after 6 hours of debate.\n',
      findings: [{ text: '6 hours of debate', message: 'is not in the source' }],
    },
    {
      name: 'the same number counting something else',
      source: WIRE,
      text: 'Three people were killed in a protest outside the hall, police said.\n',
      findings: [{ message: 'counts something else' }],
    },
  ],
});

const PEOPLE =
  'Talks Resume\n\nForeign Minister Petra Lind met Deputy Prime Minister Omar Sayed on Friday. ' +
  'Former President Jonas Berg joined them later. Lind said the talks were useful.\n';

ruleTests('drift-title', {
  valid: [
    { name: 'the same titles', source: PEOPLE, text: 'Foreign Minister Petra Lind met Deputy Prime Minister Omar Sayed.\n' },
    { name: 'titles dropped, surnames alone', source: PEOPLE, text: 'Lind met Sayed on Friday, and Berg joined them.\n' },
    { name: 'a courtesy title', source: PEOPLE, text: 'Ms. Lind met Mr. Sayed on Friday.\n' },
  ],
  invalid: [
    {
      name: 'a deputy promoted',
      source: PEOPLE,
      text: 'Prime Minister Omar Sayed met Lind on Friday.\n',
      findings: [{ text: 'Prime Minister', message: 'which has "Deputy Prime Minister Omar Sayed"' }],
    },
    {
      name: '"former" dropped',
      source: PEOPLE,
      text: 'Later, President Jonas Berg joined the talks.\n',
      findings: [{ text: 'President', message: 'different title' }],
    },
    {
      name: 'another office',
      source: PEOPLE,
      text: 'Defence Minister Petra Lind met Sayed on Friday.\n',
      findings: [{ text: 'Defence Minister', message: 'Foreign Minister Petra Lind' }],
    },
  ],
});

ruleTests('drift-name', {
  valid: [
    { name: 'the same names', source: PEOPLE, text: 'Petra Lind and Omar Sayed met Jonas Berg.\n' },
    { name: 'a transliteration', source: 'Oleksiy Hrytsenko spoke.\n', text: 'Oleksii Hrytsenko spoke on Friday.\n' },
    {
      name: 'an acronym of a name the source spells out',
      source: 'The World Health Organization said so.\n',
      text: 'The WHO said so.\n',
    },
  ],
  invalid: [
    {
      name: 'a misspelt surname, restored by the fix',
      source: PEOPLE,
      text: 'Petra Lindt met Omar Sayed on Friday.\n',
      findings: [{ text: 'Lindt', message: 'spells the name "Lind"' }],
    },
    {
      name: 'a new person (info)',
      source: PEOPLE,
      text: 'Petra Lind met Clara Voss on Friday.\n',
      findings: [{ text: 'Clara Voss', message: 'is not named in the source' }],
    },
    {
      name: 'a new organisation (info)',
      source: PEOPLE,
      text: 'Lind met officials of the Baltic Shipping Authority on Friday.\n',
      findings: [{ text: 'Baltic Shipping Authority', message: 'is not named in the source' }],
    },
  ],
});

const CLAIM =
  'Plant Closure\n\nThe Hallam chemical plant leaked solvent into the river for three days, the Environment Agency said on Tuesday. ' +
  'Plant manager Rob Kerr denied that any fish had died.\n';

ruleTests('drift-attribution', {
  valid: [
    {
      name: 'the same party',
      source: CLAIM,
      text: 'The Environment Agency said the Hallam chemical plant leaked solvent into the river for three days.\n',
    },
    {
      name: 'a claim the source credits to nobody',
      source: 'The plant closed in May after a leak.\n',
      text: 'The plant closed in May after a leak.\n',
    },
  ],
  invalid: [
    {
      name: 'stated as fact',
      source: CLAIM,
      text: 'The Hallam chemical plant leaked solvent into the river for three days.\n',
      findings: [{ message: 'states as fact what the source credits to "the Environment Agency"' }],
    },
    {
      name: 'credited to another party',
      source: CLAIM,
      text: 'The Hallam chemical plant leaked solvent into the river for three days, Rob Kerr said on Tuesday.\n',
      findings: [{ text: 'Rob Kerr', message: 'the source credits it to "the Environment Agency"' }],
    },
  ],
});

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { findFigures } from '../../server/src/core/analysis/numbers';
import { applyEdits, fixAllEdits, lint, ruleById, type DocFormat, type Rule } from '../../server/src/core';
import { configFor, ruleTests } from '../helpers/rule-tester';
// The shared examples beside the repository, or the vendored pair in a plain clone.
import { EXAMPLES } from '../helpers/examples';

const ID = 'unattributed-number';
const example = (name: string): string => readFileSync(path.join(EXAMPLES, name), 'utf8');
// Lines over 100 characters: a line break ends a sentence there, as in scraped pages.
const LONG_LINE = 'The ferry sailed at noon with the mayor, two councillors and a brass band on board, and the crowd cheered.';
const TEASER_LINE = 'The river fell overnight and the first streets in the lower town were dry by morning, and shops opened...';

ruleTests(ID, {
  valid: [
    { name: 'the scraped example article', text: example('scraped-article.txt') },
    { name: 'the rewritten example article', text: example('rewritten-article.txt') },
    { name: 'dates and years', text: 'Talks began on March 3, 2019, stalled in 2021 and resumed on 14 June.' },
    { name: 'times of day', text: 'The hearing opens at 9 a.m., the vote follows at 3 p.m. and the count at 4:30.' },
    { name: 'ages', text: 'A 43-year-old driver and a passenger aged 60 were taken to hospital. Ruiz, 71, was unhurt.' },
    { name: 'durations', text: 'After a five-hour meeting and three weeks of delay, the 30-day notice period ran out.' },
    { name: 'ordinals', text: 'She finished 3rd in the relay, her 21st race of the season, and first in the sprint.' },
    {
      name: 'identifiers',
      text: 'The 12-point plan covers Route 66, Flight 370 and Chapter 11 of the code, and room No. 5.',
    },
    { name: 'scores', text: 'The home side won 3-1, a week after losing 21 to 14 in the cup.' },
    { name: 'addresses', text: 'The office moved from 221 Baker Street to 1600 Elm Avenue in the spring.' },
    { name: 'phone numbers', text: 'Call 555-0134 or (212) 555-0199 before noon to book a seat.' },
    { name: 'attributed in the same sentence', text: 'The county spent $4.5 million on the new depot, the treasurer said.' },
    {
      name: 'attributed in the next sentence',
      text: 'Jobless claims rose to 7.2% in March. The figures come from the labour office.',
    },
    {
      name: 'attributed in the previous sentence',
      text: 'The ministry published its annual report on Monday. It counts 2,300 road deaths in the year.',
    },
    {
      name: 'documentation and confirming count as attribution',
      text: 'Court documentation confirming over 900 evictions was filed in May.',
    },
    { name: 'per the agency', text: 'Exports fell 12 percent in the quarter, per the customs agency.' },
    {
      name: 'a figure inside a quotation attributed with a colon',
      text: 'The owner was blunt about the year: “We let 3,000 workers go and we are not done.”',
    },
    { name: 'a figure inside a quotation with its speaker', text: '“We let 3,000 workers go this spring,” the owner sighed.' },
    {
      name: 'a paragraph that continues a quotation',
      text: 'The mayor did not hold back.\n\n“We cut 3,000 jobs last year, and more will go.\n\n“Nobody wanted this,” she said.\n',
    },
    { name: 'curly single quotes around a figure', text: 'Critics called the stadium ‘a £2bn gamble on the weather’ and left.' },
    { name: 'CRLF line endings', text: 'The board met on Friday.\r\nIt approved $12 million for the pool, the chair said.\r\n' },
    {
      name: 'a Markdown heading states no sourced claim',
      format: 'markdown',
      text: '# 5,000 Jobs Lost in the Valley\n\nThe valley lost 5,000 jobs, the labour office said.\n',
    },
    {
      name: 'a title-case teaser line',
      text: `${LONG_LINE}\nHundreds Of Families Return Home After The Floods\n${TEASER_LINE}\n`,
    },
    {
      name: 'a short subhead paragraph',
      text: 'The port reopened on Monday, officials said.\n\n2,000 jobs at stake\n\nThe port is busy again.',
    },
    { name: 'vague amounts of time and distance', text: 'Hundreds of years ago the river ran thousands of miles further south.' },
    { name: 'prices', text: 'Tickets cost $25 and a coffee at the stall is $3.' },
    { name: 'a price tag used as an adjective', text: 'A $5,000 reward is on the table for the stolen painting.' },
    { name: 'an idiom', text: 'I am 100 percent sure the ferry will run.' },
    { name: 'a threshold in a rule', text: 'Towns of 300,000 or more must publish the plan.' },
    { name: 'a small back-reference', text: 'The two victims were named on Tuesday.' },
    { name: 'measurements', text: 'The plane climbed to 10,000 feet over 2,000 acres of forest.' },
    { name: 'a user cue', text: 'Unemployment in the bloc rose to 7.2% (ONS*).', options: { attributionCues: ['ONS*'] } },
    {
      name: 'a user cue phrase with spaces',
      text: 'Rents rose 14 percent last year, as the tenants union counts them.',
      options: { attributionCues: ['as the tenants union counts'] },
    },
  ],
  invalid: [
    {
      name: 'casualties',
      text: 'The earthquake killed 2,300 people in the region.',
      findings: [{ text: '2,300 people', message: '"2,300 people"' }],
    },
    {
      name: 'civilian deaths with an adjective between',
      text: 'The war has caused over 14,000 civilian deaths.',
      findings: [{ text: '14,000 civilian deaths' }],
    },
    {
      name: 'tens of thousands of protesters',
      text: 'Tens of thousands of protesters filled the square on Sunday.',
      findings: [{ text: 'Tens of thousands of protesters' }],
    },
    { name: 'a third of voters', text: 'A third of voters stayed home.', findings: [{ text: 'A third of voters' }] },
    { name: 'money', text: 'The city spent $4.5 million on new roads last year.', findings: [{ text: '$4.5 million' }] },
    { name: 'a percentage', text: 'Unemployment rose to 7.2% in March.', findings: [{ text: '7.2%' }] },
    { name: 'words as numbers', text: 'Two million people live in the valley.', findings: [{ text: 'Two million people' }] },
    { name: 'hundreds of', text: 'Hundreds of families lost their homes.', findings: [{ text: 'Hundreds of families' }] },
    {
      name: 'a rate',
      text: 'The crime rate stands at 12 per 100,000 residents.',
      findings: [{ text: '12 per 100,000' }],
    },
    { name: 'a percentage in words', text: 'Turnout fell by five percent.', findings: [{ text: 'five percent' }] },
    {
      name: 'a small casualty count',
      text: 'Three people were killed when the roof collapsed.',
      findings: [{ text: 'Three people' }],
    },
    { name: 'a count after the verb', text: 'The storm killed at least 12.', findings: [{ text: '12' }] },
    { name: 'a ratio', text: 'One in five adults smokes.', findings: [{ text: 'One in five adults' }] },
    { name: 'a vague count alone', text: 'Thousands fled the city overnight.', findings: [{ text: 'Thousands' }] },
    {
      name: '"an estimated" names no source',
      text: 'An estimated 10,000 people attended the rally.',
      findings: [{ text: '10,000 people' }],
    },
    {
      name: 'a loss used as an adjective',
      text: 'The club posted a $2.3 million loss for the season.',
      findings: [{ text: '$2.3 million' }],
    },
    {
      name: 'one finding per sentence, on the first figure',
      text: 'The city spent $4.5 million and hired 300 workers.',
      findings: [{ text: '$4.5 million' }],
    },
    {
      name: 'attribution two sentences away does not count',
      text: 'The report came out on Monday. It was long. The valley lost 5,000 jobs.',
      findings: [{ text: '5,000 jobs', line: 0 }],
    },
    {
      name: 'attribution in another paragraph does not count',
      text: 'The labour office published its report on Monday.\n\nThe valley lost 5,000 jobs.\n',
      findings: [{ text: '5,000 jobs', line: 2 }],
    },
    {
      name: 'a figure outside a quotation that ends the sentence',
      text: 'The city spent $4.5 million on what the council calls “a bridge to nowhere.”',
      findings: [{ text: '$4.5 million' }],
    },
    {
      name: 'CRLF',
      text: 'Rents rose 14 percent last year.\r\n\r\nThe council met on Monday.\r\n',
      findings: [{ text: '14 percent', line: 0 }],
    },
    {
      name: 'a list item',
      format: 'markdown',
      text: 'Storm damage, the utility said:\n\n- 5,000 homes lost power\n',
      findings: [{ text: '5,000 homes', line: 2 }],
    },
    {
      name: 'the same line in sentence case is prose',
      text: `${LONG_LINE}\nHundreds of families returned home after the floods\n${TEASER_LINE}\n`,
      findings: [{ text: 'Hundreds of families', line: 1 }],
    },
    {
      name: 'a user cue is literal, not a pattern',
      text: 'Unemployment in the bloc rose to 7.2% (ONSS).',
      options: { attributionCues: ['ONS*'] },
      findings: [{ text: '7.2%' }],
    },
  ],
});

/** The text after applying the one fix of the one finding. */
function fixed(text: string, format: DocFormat = 'text'): string {
  const findings = lint(text, { format, config: configFor(ID) }).findings.filter((f) => f.rule === ID);
  assert.equal(findings.length, 1, `expected one finding in ${JSON.stringify(text)}`);
  const fix = findings[0]?.fixes[0];
  assert.ok(fix, 'a fix is offered');
  return applyEdits(text, fix.edits);
}

describe('unattributed-number fix', () => {
  it('inserts the placeholder before the closing full stop', () => {
    assert.equal(fixed('The city spent $4.5 million on roads.'), 'The city spent $4.5 million on roads, according to [SOURCE].');
  });

  it('ends the figure’s clause at a semicolon, a colon or a dash', () => {
    assert.equal(
      fixed('Rents rose 14 percent; wages stayed flat.'),
      'Rents rose 14 percent, according to [SOURCE]; wages stayed flat.',
    );
    assert.equal(
      fixed('Crime fell 12 percent — the steepest drop in years.'),
      'Crime fell 12 percent, according to [SOURCE] — the steepest drop in years.',
    );
  });

  it('keeps an abbreviation’s period', () => {
    assert.equal(
      fixed('The fund lost $2.3 million in the U.S.'),
      'The fund lost $2.3 million in the U.S., according to [SOURCE].',
    );
  });

  it('never inserts inside a quotation: it goes after the figure instead', () => {
    assert.equal(
      fixed('The city spent $4.5 million on what the council calls “a bridge to nowhere.”'),
      'The city spent $4.5 million (according to [SOURCE]) on what the council calls “a bridge to nowhere.”',
    );
  });

  it('goes after a short quotation that ends the sentence', () => {
    assert.equal(
      fixed('The board spent $4.5 million on a plan it called ‘safe’.'),
      'The board spent $4.5 million on a plan it called ‘safe’, according to [SOURCE].',
    );
  });

  it('treats a spaced double hyphen as a dash', () => {
    assert.equal(
      fixed('The payroll tax is now 6 per cent -- the highest in years.'),
      'The payroll tax is now 6 per cent, according to [SOURCE] -- the highest in years.',
    );
  });

  it('keeps CRLF line endings and a question mark', () => {
    assert.equal(
      fixed('Did the city spend $4.5 million?\r\n\r\nNobody knows.\r\n'),
      'Did the city spend $4.5 million, according to [SOURCE]?\r\n\r\nNobody knows.\r\n',
    );
  });

  it('is unsafe, so fix-all never applies it', () => {
    const findings = lint('The city spent $4.5 million on roads.', { config: configFor(ID) }).findings.filter(
      (f) => f.rule === ID,
    );
    assert.equal(findings.length, 1);
    assert.equal(
      findings[0]?.fixes.every((f) => !f.safe),
      true,
    );
    assert.deepEqual(fixAllEdits(findings).edits, []);
  });
});

describe('figure finder', () => {
  const figures = (s: string): string[] => findFigures(s).map((f) => s.slice(f.start, f.end));

  it('reads figures in words and digits', () => {
    assert.deepEqual(figures('Half of the residents left and a quarter of the shops closed.'), [
      'Half of the residents',
      'a quarter of the shops',
    ]);
    assert.deepEqual(figures('Between 5,000 and 7,000 people came; 40 to 50 percent were new.'), [
      '5,000 and 7,000 people',
      '40 to 50 percent',
    ]);
    assert.deepEqual(figures('Sales hit £2bn, or 3.2 million cars, and fell 0.5 percentage points.'), [
      '£2bn',
      '3.2 million cars',
      '0.5 percentage points',
    ]);
  });

  it('leaves out what is no statistic', () => {
    assert.deepEqual(figures('In the 1960s, a quarter of an hour and the second half of the game were enough.'), []);
    assert.deepEqual(figures('Two men sat on the 40-seat bus for five hours in 2014.'), []);
  });

  it('stays linear on a megabyte of figures', () => {
    const line = 'Sales rose 4.5% to $2.3 million as 14,000 people and tens of thousands of visitors came. ';
    const text = line.repeat(Math.ceil(1_000_000 / line.length));
    const t0 = performance.now();
    const rules = [ruleById(ID)].filter((r): r is Rule => r !== undefined);
    const found = lint(text, { config: configFor(ID), rules }).findings.length;
    const ms = performance.now() - t0;
    assert.ok(found > 1000, `found ${found}`);
    // Generous bound (the whole lint, parse included, on a busy machine): catches quadratic behaviour, not jitter.
    assert.ok(ms < 5000, `took ${ms.toFixed(0)} ms`);
  });

  it('finds the shared examples where CI expects them', () => {
    assert.ok(existsSync(path.join(EXAMPLES, 'scraped-article.txt')), EXAMPLES);
  });
});

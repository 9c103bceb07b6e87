/**
 * The figure model (server/src/core/analysis/figures/): quantities, their kinds, and attribution.
 * Tables of sentences of our own, each with what the model must read from it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/core';
import { LintCache } from '../../server/src/core/cache';
import {
  articleAttribution,
  compileCues,
  findCues,
  SOURCE_PLACEHOLDER,
} from '../../server/src/core/analysis/figures/attribution';
import { documentRegions, firstPersonPiece } from '../../server/src/core/analysis/figures/documents';
import { articleFigures, findFigures, statisticSentences } from '../../server/src/core/analysis/figures/figures';
import {
  articleQuantities,
  findQuantities,
  quantityKey,
  sameQuantity,
  type Quantity,
} from '../../server/src/core/analysis/figures/quantities';

/** Each quantity of a sentence as "text → key [approx] [noun]". */
function read(sentence: string): string[] {
  return findQuantities(sentence).quantities.map((q) => describeQuantity(sentence, q));
}

function describeQuantity(sentence: string, q: Quantity): string {
  const parts = [`${q.text} → ${quantityKey(q)}`];
  if (q.approx !== 'exact') parts.push(q.approx);
  if (q.vague) parts.push('vague');
  if (q.noun) parts.push(`${q.noun.via === 'of' ? 'of ' : ''}${q.noun.lemma}`);
  if (q.ofNoun) parts.push(`of ${q.ofNoun.lemma}`);
  if (q.attached) parts.push('attached');
  if (q.compound) parts.push('compound');
  if (q.yearLike) parts.push('year');
  assert.equal(sentence.slice(q.start, q.end), q.text, 'offsets index the sentence');
  return parts.join(' ');
}

describe('quantities', () => {
  const cases: [string, string[]][] = [
    ['The city hired 11,000 workers.', ['11,000 → count:11000 worker']],
    ['Three people were hurt.', ['Three → count:3 person']],
    [
      'It cost $2.5m, or £2bn, or US$5 million.',
      ['$2.5m → money:USD:2500000', '£2bn → money:GBP:2000000000', 'US$5 million → money:USD:5000000'],
    ],
    [
      'Mileage is paid at $.07 per mile; the fee rose .5 percent. Section 3.07 applies.',
      ['$.07 → money:USD:0.07', '.5 percent → percent:0.5', '3.07 → count:3.07 apply'],
    ],
    [
      'She is worth £28million; the strike cost $7-billion; a 40-million-year-old fossil.',
      ['£28million → money:GBP:28000000', '$7-billion → money:USD:7000000000', '40-million → measure:million:40 compound'],
    ],
    ['The Rs. 500 note and the end.5 typo.', ['Rs. 500 → money:INR:500 note', '5 → count:5 typo']],
    [
      'It is worth R30 million, rent is R5,480, fees hit KSh2,000,000 and the fair brings GH₵4 million; take the R445.',
      [
        'R30 million → money:ZAR:30000000',
        'R5,480 → money:ZAR:5480',
        'KSh2,000,000 → money:KES:2000000',
        'GH₵4 million → money:GHS:4000000',
      ],
    ],
    [
      'Roughly one driver in seven leaves; one in every six rand.',
      ['one driver in seven → ratio:0.142857 about driver', 'one in every six → ratio:0.166667 rand'],
    ],
    [
      'Startups raised $A3.4 billion, $NZ40 million and $US2,000; room A3 and the C5.',
      ['$A3.4 billion → money:A$:3400000000', '$NZ40 million → money:NZ$:40000000', '$US2,000 → money:USD:2000'],
    ],
    ['Around 1.6million Brits took out a loan; a 5k race.', ['1.6million → count:1600000 about brit', '5k → count:5000 race']],
    ['About 30% of U.K. households rent; 4 U.S. Steel plants.', ['30% → percent:30 about of household', '4 → count:4 plant']],
    [
      'About 36,000 early deaths, and 2,000 elderly residents.',
      ['36,000 → count:36000 about death', '2,000 → count:2000 resident'],
    ],
    ['Sales fell 10% and then ten per cent.', ['10% → percent:10', 'ten per cent → percent:10']],
    [
      'Rates rose 0.5 percentage points, or 50 basis points.',
      ['0.5 percentage points → points:0.5', '50 basis points → points:0.5'],
    ],
    ['Tens of thousands of protesters marched.', ['Tens of thousands → count:10000 vague of protester']],
    ['Hundreds of families fled.', ['Hundreds → count:100 vague of family']],
    ['Several thousand nurses marched.', ['Several thousand → count:3000 vague nurse']],
    ['She spoke to a few hundred fans.', ['a few hundred → count:200 vague fan']],
    [
      'More than a third of the mill’s 8,400 employees left.',
      ['a third → fraction:0.333333 more-than of employee', '8,400 → count:8400 employee'],
    ],
    [
      'They make up roughly two-thirds of the county’s Republican electorate.',
      ['two-thirds → fraction:0.666667 about of electorate'],
    ],
    ['Half the budget went on roads.', ['Half → fraction:0.5 budget']],
    ['Trucks cause 30 to 70 percent of the city’s noise.', ['30 to 70 percent → percent:30-70 of noise']],
    ['The toll is 410–440 million.', ['410–440 million → count:410000000-440000000']],
    ['Between 5,000 and 7,000 people came.', ['5,000 and 7,000 → count:5000-7000 person']],
    ['Prices went from $36 billion to $9 billion.', ['$36 billion → money:USD:36000000000', '$9 billion → money:USD:9000000000']],
    ['The rate is 12 per 100,000 residents.', ['12 per 100,000 residents → rate:resident:per 100000:12']],
    ['One in five adults smokes.', ['One in five → ratio:0.2 adult']],
    ['They lose pilots at about twice the rate of rivals.', ['twice → multiple:2 about']],
    ['It rains three times a day.', ['three times → measure:time:3']],
    ['Some 212,000 people lost water.', ['212,000 → count:212000 about person']],
    ['A million or more people left.', ['A million → count:1000000 at-least person']],
    [
      'At least three children and up to a dozen adults were hurt.',
      ['three → count:3 at-least child', 'a dozen → count:12 at-most adult'],
    ],
    ['An estimated 18 million people moved.', ['18 million → count:18000000 about person']],
    ['They gave out 20 lakh doses.', ['20 lakh → count:2000000 dose']],
    ['Roughly 150 squads of riot police were sent.', ['150 → count:150 about squad of police']],
    [
      'A 43-year-old man sat through a five-hour meeting.',
      ['43-year-old → measure:year:43 man compound', 'five-hour → measure:hour:5 meeting compound'],
    ],
    ['It weighs 2.4 metric tons.', ['2.4 metric tons → measure:ton:2.4']],
    ['A 6,000mAh battery.', ['6,000mAh → measure:mah:6000 battery']],
    ['PM2.5 and COVID-19 in the 1960s.', ['5 → count:5 attached', '19 → count:19 attached', '1960s → measure:decade:1960 year']],
    ['She was 3rd at 4:30 in 2019.', ['3rd → ordinal:3', '4:30 → clock:4.5', '2019 → count:2019 year']],
    ['Spending hit $27 million later.', ['$27 million → money:USD:27000000']],
    [
      'One hundred and five people and twenty-two cats.',
      ['One hundred and five → count:105 person', 'twenty-two → count:22 cat'],
    ],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads ${JSON.stringify(sentence)}`, () => assert.deepEqual(read(sentence), expected));
  }

  it('finds no quantity where there is none', () => {
    assert.deepEqual(read('The second half of the game and a third-quarter rally, in the test scores.'), []);
    assert.deepEqual(read('He said the tens digit was wrong.'), []);
  });

  it('gives equal keys to the same amount written differently', () => {
    const q = (s: string): Quantity => {
      const found = findQuantities(s).quantities[0];
      assert.ok(found, s);
      return found;
    };
    assert.ok(sameQuantity(q('10 percent'), q('10%')));
    assert.ok(sameQuantity(q('three'), q('3')));
    assert.ok(sameQuantity(q('$2.5m'), q('$2.5 million')));
    assert.ok(sameQuantity(q('$2.5 million'), q('2.5 million dollars')));
    assert.ok(sameQuantity(q('1.5 million'), q('1,500,000')));
    assert.ok(!sameQuantity(q('10 percent'), q('10')));
    assert.ok(!sameQuantity(q('$10'), q('£10')));
  });

  it('splits clauses at semicolons, dashes, parentheses and ", which"', () => {
    const s = 'The firm, which employs 300 people, lost $5 million; rivals gained.';
    const qs = findQuantities(s).quantities;
    assert.deepEqual(
      qs.map((q) => s.slice(q.clause.start, q.clause.end)),
      [' which employs 300 people', ' lost $5 million'],
    );
  });

  it('places quantities in the article and caches each sentence by its text', () => {
    const text = 'Intro line here.\n\nThe city hired 300 workers. It spent $4 million.\n';
    const article = parseArticle(text);
    const cache = new LintCache();
    const placed = articleQuantities(article, cache);
    assert.deepEqual(
      placed.map((q) => [text.slice(q.start, q.end), q.sentence, q.noun && text.slice(q.noun.start, q.noun.end)]),
      [
        ['300', 1, 'workers'],
        ['$4 million', 2, undefined],
      ],
    );
    assert.deepEqual(articleQuantities(article, cache), placed);
  });
});

/** Each figure of a sentence as "text kind[/statistic confidence]". */
function kinds(sentence: string): string[] {
  return findFigures(sentence).map(
    (f) => `${sentence.slice(f.start, f.end)} ${f.kind}${f.statistic ? `/${f.statistic} ${f.confidence}` : ''}`,
  );
}

describe('figures: the kind of each quantity', () => {
  const cases: [string, string[]][] = [
    ['The quake killed 2,300 people.', ['2,300 people statistic/casualties sure']],
    ['Tens of thousands of protesters marched.', ['Tens of thousands of protesters statistic/people sure']],
    ['The shop sold 3,000 cars.', ['3,000 cars statistic/total likely']],
    ['Sales slid 9 percent.', ['9 percent statistic/percent sure']],
    ['The city spent $4.5 million.', ['$4.5 million statistic/money sure']],
    ['Haze covered the 9 million residents of the city.', ['9 million residents statistic/people possible']],
    ['Tickets cost $25.', ['$25 price']],
    ['It sold for $3.4 million.', ['$3.4 million price']],
    ['Both clubs got $175,000 fines.', ['$175,000 term']],
    ['The hotel tax is now 7 per cent.', ['7 per cent term']],
    // Weather is measured, though "dumped" can also be said of goods seized.
    ['Storms dumped more than eight inches of rain.', ['eight inches measurement']],
    ['Smugglers dumped more than eight tons of cocaine.', ['eight tons statistic/total likely']],
    ['The home side won 3-1.', ['3 score', '1 score']],
    ['He scored 31 points.', ['31 score']],
    ['They met on March 3, 2019.', ['3 date', '2019 date']],
    ['A 43-year-old man left at 4:30 after a five-hour wait.', ['43-year-old age', '4:30 time', 'five-hour duration']],
    ['She was 3rd on Route 66.', ['3rd ordinal', '66 identifier']],
    ['The plane climbed to 10,000 feet.', ['10,000 feet measurement']],
    ['For context, that is less than 2% of revenue.', ['2% arithmetic']],
    ['For context, the average home uses 40 percent of its power at night.', ['40 percent of its power statistic/percent sure']],
    ['A quarter of the electorate stayed home.', ['A quarter of the electorate statistic/fraction sure']],
    ['Troops killed 40 Taliban.', ['40 Taliban statistic/casualties sure']],
    ['The fleet of 300 Toyotas was sold.', ['300 identifier']],
    ['The scandal saw 212 MPs ordered to pay back money.', ['212 count']],
    ['Hundreds of villagers were ferried to higher ground.', ['Hundreds of villagers statistic/people sure']],
    ['Prices start at 58,900 euro ($64,120).', ['58,900 euro price', '$64,120 arithmetic']],
    ['The two victims were named.', ['two count']],
    ['Shares fell 3% to $45.20.', ['3% price', '$45.20 price']],
  ];
  for (const [sentence, expected] of cases) {
    it(`reads ${JSON.stringify(sentence)}`, () => assert.deepEqual(kinds(sentence), expected));
  }

  it('gives the same kinds through the article, sentence by sentence', () => {
    const text = 'The quake killed 2,300 people.\n\nTickets cost $25.\n';
    const placed = articleFigures(parseArticle(text));
    assert.deepEqual(
      placed.map((f) => [text.slice(f.start, f.end), f.kind, f.sentence]),
      [
        ['2,300 people', 'statistic', 0],
        ['$25', 'price', 1],
      ],
    );
  });

  it('finds in one scan the sentences that may hold a statistic', () => {
    const text = 'Talks began in 1961. Two men left. Two men were killed. Sales rose 5 percent. It was 4:30.';
    const article = parseArticle(text);
    assert.deepEqual(
      statisticSentences(article).map((i) => article.sentences[i]?.text),
      ['Two men were killed.', 'Sales rose 5 percent.'],
    );
  });
});

describe('documents: parts whose figures need no source', () => {
  const regionKinds = (text: string): string[] =>
    documentRegions(parseArticle(text)).map((r) => `${r.kind} ${text.slice(r.start, r.end).split('\n')[0]}`);

  it('finds the rows of a table, not the prose around it', () => {
    const text =
      'The team won again.\nA. Ruiz 34 21 7 48%\nB. Okafor 31 14 11 52%\nC. Lind 28 9 3 37%\nIt was a good night for the club.\n';
    assert.deepEqual(regionKinds(text), [
      'table A. Ruiz 34 21 7 48%',
      'table B. Okafor 31 14 11 52%',
      'table C. Lind 28 9 3 37%',
    ]);
  });

  it('does not call two terse lines a table', () => {
    assert.deepEqual(regionKinds('Score 3 1\nShots 12 9\n\nThe match was dull.\n'), []);
  });

  it('finds a recipe from its first ingredient to the next heading', () => {
    const text =
      '# Loaf\n\n2 cups flour\n1 cup sugar\n3 tbsp butter\n½ tsp salt\n\nBake for an hour.\n\n# Notes\n\nIt sold 2 million copies.\n';
    const regions = documentRegions(parseArticle(text, 'markdown'));
    assert.equal(regions.length, 1);
    assert.equal(regions[0]?.kind, 'recipe');
    assert.ok(text.slice(regions[0]?.start, regions[0]?.end).includes('Bake for an hour.'));
    assert.ok(!text.slice(regions[0]?.start, regions[0]?.end).includes('2 million'));
  });

  it('finds product copy by its prices in cents, discounts and specs, and not news with one price', () => {
    const shop = 'Lamp for $24.99\n\nA 35% off deal.\n\nHeadphones for $79.99\n\nA 27" 144Hz monitor.\n';
    assert.deepEqual(
      documentRegions(parseArticle(shop)).map((r) => r.kind),
      ['product'],
    );
    assert.deepEqual(regionKinds('The lamp costs $24.99.\n\nSales rose 30 percent.\n'), []);
  });

  it('reads product copy only where its lines stand close together', () => {
    // News that gives a price now and then: four prices, seventeen paragraphs apart.
    const spread = (gap: number): string =>
      ['Bread costs $3.49 now.', 'Fares are $2.75 a ride.', 'Milk is $1.99 a litre.', 'Stamps cost $0.68 each.']
        .map((price, k) => [price, ...Array.from({ length: gap }, (_, i) => `Neighbours met about plan ${k}${i}.`)].join('\n\n'))
        .join('\n\n');
    assert.deepEqual(regionKinds(spread(17)), []);
    assert.deepEqual(
      documentRegions(parseArticle(spread(3))).map((r) => r.kind),
      ['product'],
    );
    // Two pieces of product copy far apart are two regions, and the prose between them is neither.
    const shop = 'Lamp for $24.99\n\nA 35% off deal.\n\nHeadphones for $79.99\n\nA 27" 144Hz monitor.\n';
    const prose = Array.from({ length: 20 }, (_, i) => `The shop opened its doors on day ${i}.`).join('\n\n');
    const twice = `${shop}\n${prose}\n\n${shop}`;
    const regions = documentRegions(parseArticle(twice));
    assert.deepEqual(
      regions.map((r) => r.kind),
      ['product', 'product'],
    );
    assert.ok(regions.every((r) => !twice.slice(r.start, r.end).includes('day 10')));
  });

  it('tells a first-person piece from news with quoted speakers', () => {
    const essay = 'I wrote this in my kitchen. I think my readers know me. I kept my notes and I read them to myself.';
    const news = '“I was scared,” she said. Officials counted the damage. The council met on Monday to vote.';
    assert.equal(firstPersonPiece(parseArticle(essay)), true);
    assert.equal(firstPersonPiece(parseArticle(news)), false);
  });
});

describe('attribution: cues and their reach', () => {
  const cueTexts = (s: string): string[] => findCues(s).cues.map((c) => `${c.kind}:${c.text}`);

  it('reads cues in their sourcing sense only', () => {
    assert.deepEqual(cueTexts('Sales fell, according to the agency.'), ['according-to:according to']);
    assert.deepEqual(cueTexts('Census data show the town grew.'), ['source:data', 'reporting:show']);
    assert.deepEqual(cueTexts('TV shows were the main draw.'), []);
    assert.deepEqual(cueTexts('Output rose, says Ilse Brandt.'), ['reporting:says']);
    assert.deepEqual(cueTexts('The layoffs come as part of a drive by the company.'), []);
  });

  it('takes an agentless passive and "an estimated" as no source, but a named agent as one', () => {
    assert.deepEqual(cueTexts('Revenue is estimated at $12.8 billion.'), []);
    assert.deepEqual(cueTexts('An estimated 10,000 people came.'), []);
    assert.deepEqual(cueTexts('Revenue is estimated by the ministry at $12.8 billion.'), ['reporting:estimated']);
  });

  it('keeps the addressee of "told" out of what the speaker sourced', () => {
    const s = 'The chief told a few thousand farmers that prices must rise.';
    const told = findCues(s).cues[0];
    assert.ok(told?.excludes);
    assert.equal(s.slice(told.excludes.start, told.excludes.end).trim(), 'a few thousand farmers');
  });

  it('matches user cues literally through a trie', () => {
    const matcher = compileCues(['ONS*', 'per the ministry']);
    assert.deepEqual(
      findCues('Rents rose (ONS*).', matcher).cues.map((c) => c.text),
      ['ONS*'],
    );
    assert.deepEqual(findCues('Rents rose (ONSS).', matcher).cues, []);
  });

  it('answers with the scope that reaches a figure', () => {
    const text = [
      'Boat sales slid 9 percent.',
      'The count comes from the MarinaStat report, brokers said.',
      'Dealers cut prices by a fifth.',
      'Brokers sold 4,872 boats, according to the MarinaStat report.',
      'According to the county report, 12,000 homes lost power.',
      'Also, 40 percent of roads closed.',
      'Elsewhere, 3,000 homes flooded.',
    ].join('\n\n');
    const article = parseArticle(text);
    const attribution = articleAttribution(article);
    const scopeOf = (figure: string): string | undefined => {
      const at = text.indexOf(figure);
      const index = article.sentences.findIndex((s) => s.start <= at && at < s.end);
      return attribution.coverage(index, at);
    };
    assert.equal(scopeOf('9 percent'), 'next-paragraph');
    // A source that brings figures of its own is theirs: it does not reach back to the paragraph before.
    assert.equal(scopeOf('a fifth'), undefined);
    assert.equal(scopeOf('4,872'), 'sentence');
    assert.equal(scopeOf('40 percent'), 'lead-in');
    assert.equal(scopeOf('3,000'), undefined);
  });

  it('exports the placeholder the fix inserts', () => {
    assert.equal(SOURCE_PLACEHOLDER, '[SOURCE]');
    assert.deepEqual(cueTexts('Rents rose, according to [SOURCE].'), ['placeholder:[SOURCE]']);
  });
});

/**
 * The figure model (server/src/core/analysis/figures/): quantities, their kinds, and attribution.
 * Tables of sentences of our own, each with what the model must read from it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseArticle } from '../../server/src/core';
import { LintCache } from '../../server/src/core/cache';
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
    ['The city hired 14,000 workers.', ['14,000 → count:14000 worker']],
    ['Three people were hurt.', ['Three → count:3 person']],
    [
      'It cost $2.5m, or £2bn, or US$5 million.',
      ['$2.5m → money:USD:2500000', '£2bn → money:GBP:2000000000', 'US$5 million → money:USD:5000000'],
    ],
    ['Sales fell 10% and then ten per cent.', ['10% → percent:10', 'ten per cent → percent:10']],
    [
      'Rates rose 0.5 percentage points, or 50 basis points.',
      ['0.5 percentage points → points:0.5', '50 basis points → points:0.5'],
    ],
    ['Tens of thousands of protesters marched.', ['Tens of thousands → count:10000 vague of protester']],
    ['Hundreds of families fled.', ['Hundreds → count:100 vague of family']],
    ['Several thousand teachers marched.', ['Several thousand → count:3000 vague teacher']],
    ['She spoke to a few hundred fans.', ['a few hundred → count:200 vague fan']],
    [
      'More than a third of the firm’s 12,000 employees left.',
      ['a third → fraction:0.333333 more-than of employee', '12,000 → count:12000 employee'],
    ],
    [
      'They make up roughly two-thirds of the state’s Democratic electorate.',
      ['two-thirds → fraction:0.666667 about of electorate'],
    ],
    ['Half the budget went on roads.', ['Half → fraction:0.5 budget']],
    ['Cars produce 40 to 80 percent of the region’s pollution.', ['40 to 80 percent → percent:40-80 of pollution']],
    ['The toll is 350–375 million.', ['350–375 million → count:350000000-375000000']],
    ['Between 5,000 and 7,000 people came.', ['5,000 and 7,000 → count:5000-7000 person']],
    ['Prices went from $47 billion to $8 billion.', ['$47 billion → money:USD:47000000000', '$8 billion → money:USD:8000000000']],
    ['The rate is 12 per 100,000 residents.', ['12 per 100,000 residents → rate:resident:per 100000:12']],
    ['One in five adults smokes.', ['One in five → ratio:0.2 adult']],
    ['They cut staff at about twice the rate of rivals.', ['twice → multiple:2 about']],
    ['It rains three times a day.', ['three times → measure:time:3']],
    ['Some 375,000 people lost power.', ['375,000 → count:375000 about person']],
    ['A million or more people left.', ['A million → count:1000000 at-least person']],
    [
      'At least three children and up to a dozen adults were hurt.',
      ['three → count:3 at-least child', 'a dozen → count:12 at-most adult'],
    ],
    ['An estimated 25 million people died.', ['25 million → count:25000000 about person']],
    ['They handed out 50 lakh masks.', ['50 lakh → count:5000000 mask']],
    ['Roughly 200 teams of traffic police were sent.', ['200 → count:200 about team of police']],
    [
      'A 43-year-old man sat through a five-hour meeting.',
      ['43-year-old → measure:year:43 man compound', 'five-hour → measure:hour:5 meeting compound'],
    ],
    ['It weighs 3.7 metric tons.', ['3.7 metric tons → measure:ton:3.7']],
    ['A 6,000mAh battery.', ['6,000mAh → measure:mah:6000 battery']],
    ['PM2.5 and COVID-19 in the 1960s.', ['5 → count:5 attached', '19 → count:19 attached', '1960s → measure:decade:1960 year']],
    ['She was 3rd at 4:30 in 2019.', ['3rd → ordinal:3', '4:30 → clock:4.5', '2019 → count:2019 year']],
    ['Spending hit $35 million later.', ['$35 million → money:USD:35000000']],
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

/**
 * Where the article ends when the page's last line is a long summary cut off with an ellipsis: a list of related
 * stories whose summaries run to a full paragraph's length still ends the article, and an article whose own last
 * paragraph trails off in an ellipsis keeps it.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { lint, ruleById, type Rule } from '../../server/src/core';

const RULES = ['boilerplate', 'truncated-teaser'].map((id) => ruleById(id)).filter((r): r is Rule => r !== undefined);

const ARTICLE = [
  'Lighthouse Keepers Return to the Northern Cape',
  '',
  'The coastal authority said on Friday that it would staff three of its automated lighthouses again from next spring, after a winter in which two of the lamps failed during storms and no one was there to notice for several days.',
  'Keepers will live on site for four weeks at a time and report to the harbour office in Port Ellery, which has run the lights by radio since the last keeper retired twenty years ago.',
  'Fishing crews had asked for the change for years. Their association wrote to the authority after the second failure, and its chair told the regional council that the crews would pay towards the cost.',
  'The authority expects to name the first keepers in March, once the cottages beside the towers have been repaired.',
];

/** Summaries of about thirty words, each cut mid-word, as a page's list of stories cuts them. */
const STORIES = [
  'More from the coast',
  'The Ferry That Never Missed a Crossing',
  'For forty years a small wooden ferry has carried walkers, cyclists and the occasional goat across the estuary, and its skipper says he has no plans to stop before the boat turns fif...',
  'Why Seals Are Moving Further Up the River',
  'Rangers counting the colonies along the lower river have found pups much further inland than in any year on record, and they think the warmer water and fewer boats expl...',
  'A Village Bakery Rebuilt After the Flood',
  'When the river burst its banks two winters ago the bakery lost its ovens, its flour and most of its roof, but the owners reopened last week with help from half the vil...',
];

describe('the end of the article before a list of long summaries', () => {
  it('finds the list after the article, up to its last summary, and each summary cut mid-word', () => {
    const text = [...ARTICLE, '', ...STORIES, ''].join('\n');
    const { findings } = lint(text, { rules: RULES });
    const blocks = findings.filter((f) => f.rule === 'boilerplate');
    assert.equal(blocks.length, 1, JSON.stringify(findings.map((f) => f.message)));
    assert.match(blocks[0]?.message ?? '', /after the article's end/);
    assert.equal(text.slice(blocks[0]?.start, blocks[0]?.end), STORIES.join('\n'));
    assert.equal(findings.filter((f) => f.rule === 'truncated-teaser').length, 3);
  });

  it('keeps an article whose own last paragraph trails off in an ellipsis', () => {
    const trailing =
      'Asked whether the keepers would stay for good, the authority’s director said only that it depended on the budget, the weather and the crews, and on whether anyone still wanted the job after the first winter...';
    const text = [...ARTICLE, trailing, ''].join('\n');
    const { findings } = lint(text, { rules: RULES });
    assert.deepEqual(
      findings.map((f) => f.message),
      [],
    );
  });
});

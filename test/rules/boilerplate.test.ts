import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  analyseBoilerplate,
  isBoilerplateHeading,
  standaloneKind,
  normalizeLine,
} from '../../server/src/core/analysis/boilerplate';
import { countWords } from '../../server/src/core/analysis/line-shape';
import { parseArticle } from '../../server/src/core';
import { ruleTests } from '../helpers/rule-tester';

const HEAD = 'Harbor Bridge Reopens After Repairs';
const P1 = 'The Harbor Bridge reopened to traffic on Monday after eight months of repairs, the city transport office said.';
const P2 =
  'Engineers replaced the main cables and repainted the railings, and the speed limit on the bridge stays at 30 miles an hour.';
const P3 = 'The next full inspection is planned for the spring, when the river is low enough for divers to check the piers.';

function lines(...parts: string[]): string {
  return parts.join('\n');
}

ruleTests('boilerplate', {
  valid: [
    {
      name: 'an article whose own sentences discuss newsletters, advertising and cookies',
      text: lines(
        'Local Paper Bets on Newsletters',
        '',
        'The Harbor Gazette will send three newsletters a week from March, its editor said on Tuesday.',
        'Advertising revenue fell by a fifth last year, and the paper now asks readers to subscribe to its newsletter instead.',
        'Sign up rates for newsletters rose 20 percent in 2023, according to an industry report.',
        'Regulators say websites that use cookies to track readers must ask for consent first.',
        'Copyright law has not kept up with the way articles are copied between sites, one lawyer argued.',
        'Share prices of the parent company fell 3 percent after the announcement.',
        'Follow the money, the auditor told the committee, and the advertising deals will explain the rest.',
        'Comments from readers were mostly kind, the editor added.',
        '',
      ),
    },
    {
      name: 'a headline and subheads containing "More"',
      format: 'markdown',
      text: lines(
        '# More Rain Expected as Rivers Rise',
        '',
        P1,
        '',
        '## More From Less: How Farmers Adapt',
        '',
        P2,
        '',
        '## More from the hearing',
        '',
        P3,
        '',
      ),
    },
    {
      name: 'a short list in the body',
      format: 'markdown',
      text: lines(
        '# Bridge Reopens',
        '',
        P1,
        '',
        'The work covered three things:',
        '',
        '- new cables',
        '- new lamps',
        '- a wider footpath',
        '',
        P3,
        '',
      ),
    },
    {
      name: 'a weak heading followed by prose is a real section',
      format: 'markdown',
      text: lines('# Bridge Reopens', '', P1, '', '## Latest', '', P2, '', P3, ''),
    },
    {
      name: 'a quotation ending in an ellipsis and a trailing-off sentence',
      text: lines(HEAD, '', P1, '"We will see what the river allows..." the engineer said.', 'And then...', P3, ''),
    },
    {
      name: 'a weak heading in the body with a single headline-like line under it',
      text: lines(HEAD, '', P1, 'Latest', 'Harbor Festival Returns', P2, P3, ''),
    },
    {
      name: 'a headline that plays on a prompt, and headlines with heading words',
      text: lines('Subscribe Now, Pay Later: The New Economics of News', '', P1, ''),
    },
    {
      name: 'a headline with "Most Read"',
      text: lines(
        'Most Read Books of the Year',
        '',
        'The most read books at the library this year were all thrillers, the librarian said.',
        '',
      ),
    },
    {
      name: 'boilerplate words in front matter and a code block',
      format: 'markdown',
      text: lines(
        '---',
        'title: Advertisement',
        '---',
        '',
        '# Ferry News',
        '',
        P1,
        '',
        '```',
        'Advertisement',
        'You may also like...',
        '```',
        '',
      ),
    },
    {
      name: 'sentences trailing off at the end of a story are not a block of teasers',
      text: lines(
        'Mayor Says Little',
        '',
        'Asked about the deal, the mayor paused. "Well..."',
        'He looked at the window and then at the clock on the wall, and then...',
        'Nobody spoke. The clerk shuffled papers and the reporters waited for more...',
        '',
      ),
    },
  ],
  invalid: [
    {
      name: 'a recirculation block after the article: titles and teasers',
      text: lines(
        HEAD,
        '',
        P1,
        P2,
        'You might also like...',
        'Ferry Timetable Changes Next Month',
        'Riders on the north route will see fewer sailings on weekday evenings as the operator trims its schedu...',
        'Council Votes on Harbor Budget',
        'The council will vote on the harbor budget next week after a long public debate over the cost of dredg...',
        '',
        '',
      ),
      findings: [
        {
          text: lines(
            'You might also like...',
            'Ferry Timetable Changes Next Month',
            'Riders on the north route will see fewer sailings on weekday evenings as the operator trims its schedu...',
            'Council Votes on Harbor Budget',
            'The council will vote on the harbor budget next week after a long public debate over the cost of dredg...',
          ),
          message: 'Recirculation block ("You might also like...") left over from a web page: 5 lines',
          line: 4,
        },
      ],
      output: lines(HEAD, '', P1, P2, ''),
    },
    {
      name: 'a "Read more:" line between paragraphs',
      text: lines(HEAD, '', P1, '', 'Read more: Why the bridge closed for eight months', '', P2, ''),
      findings: [{ text: 'Read more: Why the bridge closed for eight months', message: '"Read more" line', line: 4 }],
      output: lines(HEAD, '', P1, '', P2, ''),
    },
    {
      name: 'a newsletter prompt',
      text: lines(HEAD, '', P1, "Sign up for our free morning newsletter to get the day's top stories in your inbox.", P2, ''),
      findings: [{ message: /^Newsletter prompt \("Sign up for our free morning newsletter/, line: 3 }],
      output: lines(HEAD, '', P1, P2, ''),
    },
    {
      name: '"Advertisement" alone on a line',
      text: lines(HEAD, '', P1, '', 'ADVERTISEMENT', '', P2, ''),
      findings: [{ text: 'ADVERTISEMENT', message: 'Advertisement marker ("ADVERTISEMENT") left over from a web page' }],
      output: lines(HEAD, '', P1, '', P2, ''),
    },
    {
      name: 'a cookie notice and its buttons',
      text: lines(
        'We use cookies to give you the best experience on our site. By continuing to browse, you agree to our cookie policy.',
        'Accept all cookies',
        '',
        HEAD,
        '',
        P1,
        '',
      ),
      findings: [{ message: /^Cookie notice .*: 2 lines$/, line: 0 }],
      output: lines(HEAD, '', P1, ''),
    },
    {
      name: 'a copyright footer',
      text: lines(HEAD, '', P1, P2, '', '© 2024 Harbor Gazette Media Ltd. All rights reserved.', ''),
      findings: [{ text: '© 2024 Harbor Gazette Media Ltd. All rights reserved.', message: 'Copyright footer' }],
      output: lines(HEAD, '', P1, P2, ''),
    },
    {
      name: 'share and follow lines',
      text: lines(
        HEAD,
        '',
        P1,
        'Share this article: Facebook | X | WhatsApp | Email',
        '',
        P2,
        '',
        'Follow us on Instagram @harborgazette',
        '',
      ),
      findings: [
        { message: 'Share prompt', line: 3 },
        { message: 'Share prompt', line: 7 },
      ],
      output: lines(HEAD, '', P1, '', P2, ''),
    },
    {
      name: 'a line of share buttons',
      text: lines(HEAD, '', 'Facebook Twitter LinkedIn Email', '', P1, ''),
      findings: [{ text: 'Facebook Twitter LinkedIn Email', message: 'Share prompt' }],
    },
    {
      name: 'a comment prompt',
      text: lines(HEAD, '', P1, P2, '', 'What do you think? Leave a comment below.', ''),
      findings: [{ message: 'Comment prompt ("What do you think? Leave a comment below.")' }],
      output: lines(HEAD, '', P1, P2, ''),
    },
    {
      name: 'a Markdown "## Related" section of link bullets in the body',
      format: 'markdown',
      text: lines(
        '# Bridge Reopens',
        '',
        P1,
        '',
        '## Related',
        '',
        '- [Why the bridge closed](https://example.com/closed)',
        '- [Ferry timetable changes](https://example.com/ferry)',
        '',
        P2,
        '',
      ),
      findings: [{ message: 'Recirculation block ("Related") left over from a web page: 4 lines', line: 4 }],
      output: lines('# Bridge Reopens', '', P1, '', P2, ''),
    },
    {
      name: 'a Markdown "Related articles" heading at the end, bold and with images',
      format: 'markdown',
      text: lines(
        '# Bridge Reopens',
        '',
        P1,
        '',
        '**Related articles**',
        '',
        '[![Ferry](https://example.com/ferry.jpg)](https://example.com/ferry)',
        '[Ferry timetable changes](https://example.com/ferry)',
        '',
      ),
      findings: [{ message: 'Recirculation block ("Related articles")' }],
      output: lines('# Bridge Reopens', '', P1, ''),
    },
    {
      name: 'CRLF line breaks and a byte order mark',
      text: `\uFEFF${HEAD}\r\n\r\n${P1}\r\n\r\nMost read\r\nFerry Timetable Changes Next Month\r\nCouncil Votes on Harbor Budget\r\n`,
      findings: [{ text: 'Most read\r\nFerry Timetable Changes Next Month\r\nCouncil Votes on Harbor Budget', line: 4 }],
      output: `\uFEFF${HEAD}\r\n\r\n${P1}\r\n`,
    },
    {
      name: 'an .article file with a block after the body',
      format: 'article',
      text: lines(HEAD, P1, P2, 'Trending now', 'Ferry Timetable Changes Next Month', 'Council Votes on Harbor Budget', ''),
      findings: [{ message: 'Recirculation block ("Trending now") left over from a web page: 3 lines', line: 3 }],
      output: lines(HEAD, P1, P2, ''),
    },
    {
      name: 'boilerplate as the whole text, after a byte order mark',
      text: '\uFEFFAdvertisement\n',
      findings: [{ text: 'Advertisement' }],
      output: '\uFEFF',
    },
    {
      name: 'a configured phrase, matched literally (not as a pattern)',
      text: lines(HEAD, '', P1, 'From the archive (1998): How the first bridge was built', P2, 'From the archive (.*)', ''),
      options: { phrases: ['From the archive (1998)'] },
      findings: [
        { message: 'Boilerplate ("From the archive (1998): How the first bridge was built"), one of the configured phrases' },
      ],
      output: lines(HEAD, '', P1, P2, 'From the archive (.*)', ''),
    },
    {
      name: 'teasers after the article without a heading',
      text: lines(
        HEAD,
        '',
        P1,
        P2,
        'Ferry Timetable Changes Next Month',
        'Riders on the north route will see fewer sailings on weekday evenings as the operator...',
        'Council Votes on Harbor Budget',
        'The council will vote on the harbor budget next week after a long public debate...',
        '',
      ),
      findings: [
        { message: "Recirculation block of teasers left over from a web page after the article's end: 4 lines", line: 4 },
      ],
      output: lines(HEAD, '', P1, P2, ''),
    },
    {
      name: 'a strong heading in the body with a headline and its teaser sentence',
      text: lines(
        HEAD,
        '',
        P1,
        'Read next',
        'Harbor Festival Returns',
        'The festival is back in July with boats, music and food stalls.',
        '',
        P2,
        P3,
        '',
      ),
      findings: [{ message: 'Recirculation block ("Read next") left over from a web page: 3 lines', line: 3 }],
      output: lines(HEAD, '', P1, '', P2, P3, ''),
    },
    {
      name: 'a strong heading in the body: the prose after it is not an item',
      text: lines(HEAD, '', P1, 'Read next', 'Harbor Festival Returns', P2, P3, ''),
      findings: [{ text: 'Read next\nHarbor Festival Returns' }],
      output: lines(HEAD, '', P1, P2, P3, ''),
    },
    {
      name: 'a weak heading with two link lines, mid-article',
      text: lines(
        HEAD,
        '',
        P1,
        '',
        'See also',
        'https://example.com/bridge-closed',
        'https://example.com/ferry-times',
        '',
        P2,
        '',
      ),
      findings: [{ message: 'Recirculation block ("See also")', line: 4 }],
      output: lines(HEAD, '', P1, '', P2, ''),
    },
  ],
});

describe('boilerplate analysis', () => {
  it('knows headings in their written forms', () => {
    for (const h of [
      'You may also like...',
      '## Related articles',
      '**MOST READ**',
      'More from Harbor Gazette',
      'Trending now:',
      'Editor’s picks',
    ])
      assert.ok(isBoilerplateHeading(h), h);
    for (const h of [
      'More From Less: How Farmers Adapt',
      'You may also like the new bridge.',
      'Related findings were published in May.',
    ])
      assert.equal(isBoilerplateHeading(h), false, h);
  });

  it('classifies single lines', () => {
    const kind = (t: string): string | undefined => standaloneKind(normalizeLine(t), countWords(t));
    assert.equal(kind('Story continues below advertisement'), 'advertisement marker');
    assert.equal(kind('Already a subscriber? Log in'), 'newsletter prompt');
    assert.equal(kind('Subscribe to our newsletter'), 'newsletter prompt');
    assert.equal(kind('Subscribers to the newsletter fell by half last year.'), undefined);
    assert.equal(kind('Copyright 2023 Harbor Gazette'), 'copyright footer');
    assert.equal(kind('This website uses cookies.'), 'cookie notice');
    assert.equal(kind('Join the conversation'), 'comment prompt');
    assert.equal(kind('12 comments'), 'comment prompt');
    assert.equal(kind('Share the burden, the mayor urged.'), undefined);
  });

  it("finds where the article's body ends", () => {
    const article = parseArticle(lines(HEAD, '', P1, P2, 'Most read', 'Ferry Timetable Changes', ''));
    const { blocks, tailStart } = analyseBoilerplate(article);
    assert.equal(tailStart, 4);
    assert.deepEqual(
      blocks.map((b) => [b.firstLine, b.lastLine, b.kind, b.headingLine]),
      [[4, 5, 'recirculation block', 4]],
    );
  });
});

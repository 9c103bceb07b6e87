/**
 * fast-check arbitraries for whole documents: news-like sentences with figures,
 * titles and names, quotations (balanced or not, straight or curly), ellipses
 * and cut-off teasers, headings of every kind, front matter, links, page
 * furniture and Copydesk's own directives, glued with every line ending, and
 * salted with what breaks offset arithmetic (a BOM, emoji, lone surrogates,
 * combining marks, no-break spaces, control characters). A paragraph may come
 * twice, as scraped pages repeat blocks.
 */
import fc from 'fast-check';
import type { DocFormat } from '../../server/src/core';

export interface GeneratedDocument {
  text: string;
  format: DocFormat;
}

const pick = <T>(...values: T[]): fc.Arbitrary<T> => fc.constantFrom(...values);

const FIRST = pick('Maria', 'John', 'Ana', 'Wei', 'Kofi', 'Ingrid', 'Rahul', 'Fatima');
const LAST = pick('Ortega', 'Smith', 'Lindqvist', 'Okafor', 'Chen', 'Haddad', 'Novak', 'Brown');
const TITLE = pick(
  'President',
  'Senator',
  'Governor',
  'Mayor',
  'Prime Minister',
  'then-President',
  'former Senator',
  'Dr.',
  'Mr.',
  'Ms.',
);
const SUBJECT = pick(
  'The council',
  'The ministry',
  'Officials',
  'The company',
  'Residents',
  'The report',
  'Police',
  'It',
  'There',
  'So the board',
  'The plan',
);
const VERB = pick(
  'said',
  'was approved',
  'were injured',
  'rose',
  'fell',
  'is expected to grow',
  'has been criticised',
  'utilize',
  'announced',
  'in order to cut costs decided',
  'very clearly',
);
const OBJECT = pick(
  'the budget',
  'the the plan',
  'many people',
  'the tip of the iceberg',
  'a new bridge',
  'on Monday',
  'prior to the vote',
  'according to the ministry',
  'in the nick of time',
  'the report',
);
const FIGURE = pick(
  '$5 million',
  '12%',
  '3,400 people',
  '1.5 billion euros',
  '27 deaths',
  '40 per cent',
  '2024',
  '1,000',
  '0.5',
  '¥300',
);
const WORD = pick('budget', 'river', 'vote', 'school', 'road', 'bridge', 'market', 'teacher', 'wor', 'analys');
const URL = pick('https://example.com/news/a-story', 'http://www.example.org/2024/05/x?y=1', 'www.example.net/path');

const name = fc.tuple(FIRST, LAST).map(([f, l]) => `${f} ${l}`);
const titledName = fc.tuple(TITLE, name).map(([t, n]) => `${t} ${n}`);

const quote = fc
  .tuple(pick('"', '“', "'", '‘', '«'), fc.array(WORD, { minLength: 1, maxLength: 5 }), pick('"', '”', "'", '’', '»', ''))
  .map(([open, words, close]) => `${open}${words.join(' ')}${close}`);

const sentenceEnd = pick('.', '.', '.', '!', '?', '...', '…', '."', '.”', ':', '');

const sentence = fc
  .tuple(
    SUBJECT,
    VERB,
    fc.option(OBJECT, { nil: undefined }),
    fc.option(FIGURE, { nil: undefined }),
    fc.option(titledName, { nil: undefined }),
    fc.option(quote, { nil: undefined }),
    sentenceEnd,
  )
  .map(
    ([subject, verb, object, figure, person, q, end]) =>
      [subject, verb, object, figure, person ? `${person} said` : undefined, q].filter(Boolean).join(' ') + end,
  );

const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((s) => s.join(' '));
const hardWrapped = fc.array(sentence, { minLength: 2, maxLength: 4 }).map((s) => s.join('\n'));

const headingWords = fc
  .array(fc.oneof(WORD, name, pick('Of', 'the', 'And', 'New', 'Plan')), { minLength: 1, maxLength: 6 })
  .map((w) => w.join(' '));

/** One block of lines (no line break inside; joined later with the document's line endings). */
const block = (format: DocFormat): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 6, arbitrary: paragraph.map((p) => [p]) },
    { weight: 2, arbitrary: hardWrapped.map((p) => p.split('\n')) },
    {
      weight: 2,
      arbitrary: fc
        .tuple(pick('#', '##', '###', '####'), headingWords, pick('', ' ##'))
        .map(([h, w, close]) => [format === 'markdown' ? `${h} ${w}${close}` : w]),
    },
    { weight: 1, arbitrary: fc.tuple(headingWords, pick('===', '---', '=====')).map(([w, u]) => [w, u]) },
    {
      weight: 2,
      arbitrary: fc
        .array(fc.tuple(headingWords, WORD), { minLength: 1, maxLength: 4 })
        .map((items) => ['You may also like', ...items.flatMap(([h, w]) => [h, `${h} and the ${w} that cut the ro...`])]),
    },
    {
      weight: 2,
      arbitrary: pick(
        ['Read more: The budget vote'],
        ['Share this article', 'Sign up for our newsletter'],
        ['Advertisement'],
        ['© 2024 Example News. All rights reserved.'],
        ['Comments', 'Log in to comment'],
        ['All rights reserved, the sign said, but the court disagreed.'],
      ),
    },
    { weight: 1, arbitrary: fc.tuple(WORD, URL).map(([w, u]) => [`See the [${w}](${u}) and ${u} for more.`]) },
    { weight: 1, arbitrary: fc.tuple(WORD, URL).map(([w, u]) => [`[${w}](${u}`, `[${w} (${u}`]) },
    {
      weight: 1,
      arbitrary: pick(
        '<!-- copydesk-disable-next-line -->',
        '<!-- copydesk-disable-next-line unattributed-number -->',
        '<!-- copydesk-disable passive-voice -->',
        '<!-- copydesk-enable passive-voice -->',
        '<!-- copydesk-disable-line lexical-illusion -->',
        '<!-- copydesk-disable',
        '<!-- a comment -->',
      ).map((d) => [d]),
    },
    { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map((items) => items.map((i) => `- ${i}`)) },
    { weight: 1, arbitrary: paragraph.map((p) => ['```', p, '```']) },
    { weight: 1, arbitrary: fc.array(FIGURE, { minLength: 2, maxLength: 6 }).map((f) => [f.join('\t')]) },
  );

const frontMatter = fc
  .tuple(headingWords, pick('', '"', "'"))
  .map(([title, q]) => ['---', `title: ${q}${title}${q}`, 'author: Staff', '---']);

/** Characters that break naive offset arithmetic, put inside the text at random places. */
const SALT = pick(
  '😀',
  '👩‍👩‍👧',
  '\uD800',
  '\uDC00',
  'e\u0301',
  '\u0301',
  '\u00A0',
  '\u202F',
  '\u0000',
  '\u0007',
  '\u001B[31m',
  '\u0085',
  '\u2028',
  '\t',
  '\uFEFF',
  '\u200B',
);

const EOL = pick('\n', '\r\n', '\r');

export function documentArbitrary(): fc.Arbitrary<GeneratedDocument> {
  return pick<DocFormat>('text', 'markdown', 'article').chain((format) =>
    fc
      .record({
        bom: fc.boolean(),
        front: format === 'markdown' ? fc.option(frontMatter, { nil: undefined }) : fc.constant(undefined),
        headline: headingWords,
        blocks: fc.array(block(format), { minLength: 0, maxLength: 8 }),
        repeat: fc.option(fc.nat(), { nil: undefined }),
        eol: EOL,
        mixedEols: fc.boolean(),
        eols: fc.array(EOL, { minLength: 8, maxLength: 8 }),
        salt: fc.array(fc.tuple(fc.nat(), SALT), { maxLength: 4 }),
        trailingEol: fc.boolean(),
      })
      .map((d) => {
        const blocks = [...d.blocks];
        // A block scraped twice.
        if (d.repeat !== undefined && blocks.length > 0) blocks.push(blocks[d.repeat % blocks.length] ?? []);
        const lines = [
          ...(d.front ?? []),
          format === 'markdown' ? `# ${d.headline}` : d.headline,
          '',
          ...blocks.flatMap((b) => [...b, '']),
        ];
        let text = '';
        lines.forEach((line, i) => {
          const eol = d.mixedEols ? (d.eols[i % d.eols.length] ?? '\n') : d.eol;
          text += i < lines.length - 1 || d.trailingEol ? line + eol : line;
        });
        for (const [at, s] of d.salt) {
          const i = text.length === 0 ? 0 : at % text.length;
          text = text.slice(0, i) + s + text.slice(i);
        }
        if (d.bom) text = `\uFEFF${text}`;
        return { text, format };
      }),
  );
}

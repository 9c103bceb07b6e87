/**
 * Hostile inputs for the engine and the language server: text a writer can
 * paste (a data table, a wall of prose with no full stop, a base64 image) or a
 * scraper can produce (runs of quote marks, dots, headings, directives), each
 * built at any size. The adversarial benchmark (bench/adversarial.ts), the
 * linearity test (test/perf) and the language server's abuse tests import
 * them from here, so every layer is tried on the same inputs.
 *
 * Every generator is deterministic: the same size gives the same text. Sizes
 * are string lengths (UTF-16 code units); a generator repeats whole units, so
 * the result is at least `size` long and at most one unit longer, and never
 * ends inside a surrogate pair.
 */
import type { DocFormat } from '../server/src/core';

export interface AdversarialCase {
  /** Kebab-case, stable: tests and the benchmark's `--case` name it. */
  id: string;
  /** What the input looks like, and why it is hostile. */
  description: string;
  format: DocFormat;
  make(size: number): string;
}

/** Repeats `unit` until the text is at least `size` long. */
function repeat(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.ceil(size / unit.length)));
}

/** Joins `next()` results until the text is at least `size` long. */
function grow(size: number, next: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i++) {
    const part = next(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('');
}

/** A small deterministic generator (mulberry32), so "varied" text is the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the council said on monday that its new budget would cut spending on roads and schools while ' +
  'residents who attended a meeting in the town hall asked why the plan had been drawn up without ' +
  'them and officials promised another hearing before the vote next month when the mayor returns'
).split(' ');

/** Words of news prose, without sentence punctuation; a comma now and then. */
function proseWords(size: number, seed: number, separator = ' '): string {
  const next = random(seed);
  return grow(size, (i) => {
    const word = WORDS[Math.floor(next() * WORDS.length)] ?? 'the';
    return (i > 0 ? separator : '') + word + (next() < 0.08 ? ',' : '');
  });
}

const CJK =
  '市议会周一表示新预算将削减道路和学校的开支参加市政厅会议的居民问为什么计划是在没有他们的情况下制定的官员们承诺在下个月投票前再举行一次听证会';

function paragraph(i: number, next: () => number): string {
  const words = (n: number): string =>
    Array.from({ length: n }, () => WORDS[Math.floor(next() * WORDS.length)] ?? 'the').join(' ');
  const first = words(8 + (i % 7));
  return `${first.charAt(0).toUpperCase()}${first.slice(1)} in district ${i}, ${words(6)}. The ${words(3)} rose ${i % 90}% after ${words(5)}.\n\n`;
}

export const ADVERSARIAL_CASES: readonly AdversarialCase[] = [
  {
    id: 'prose-one-line',
    description: 'one line of prose with commas and no full stop (a pasted wall of text)',
    format: 'text',
    make: (size) => proseWords(size, 1),
  },
  {
    id: 'prose-long-lines',
    description: 'lines of 5,000 characters of prose, none with a full stop',
    format: 'text',
    make: (size) => grow(size, (i) => `${proseWords(5000, 100 + i)}\n`),
  },
  {
    id: 'digits-table',
    description: 'a pasted data table: lines of space-separated numbers',
    format: 'text',
    make: (size) => {
      const next = random(2);
      return grow(size, () => `${Array.from({ length: 10 }, () => String(Math.floor(next() * 100000))).join(' ')}\n`);
    },
  },
  {
    id: 'digits-one-line',
    description: 'one line of space-separated numbers',
    format: 'text',
    make: (size) => {
      const next = random(3);
      return grow(size, () => `${Math.floor(next() * 100000)} `);
    },
  },
  {
    id: 'ones-commas',
    description: '"1,1,1,…": one number as long as the text',
    format: 'text',
    make: (size) => repeat('1,', size),
  },
  {
    id: 'decimal-run',
    description: '"1.1.1.…": digits and full stops with no space',
    format: 'text',
    make: (size) => repeat('1.', size),
  },
  {
    id: 'straight-quotes',
    description: 'straight double quotes, each opening a word and none closing',
    format: 'text',
    make: (size) => repeat('he said "word ', size),
  },
  {
    id: 'straight-quote-run',
    description: 'a run of straight double quotes with no letters',
    format: 'text',
    make: (size) => repeat('"', size),
  },
  {
    id: 'single-quotes',
    description: "straight single quotes opening words: 'word 'word …",
    format: 'text',
    make: (size) => repeat("'word ", size),
  },
  {
    id: 'alternating-curly-quotes',
    description: 'curly quotes in the wrong order: ” word “ word …',
    format: 'text',
    make: (size) => repeat('” word “ word ', size),
  },
  {
    id: 'curly-openers',
    description: 'curly opening quotes with no closer: “word “word …',
    format: 'text',
    make: (size) => repeat('“word ', size),
  },
  {
    id: 'curly-single-openers',
    description: 'curly single opening quotes with no closer',
    format: 'text',
    make: (size) => repeat('‘word ', size),
  },
  {
    id: 'ellipsis-chars',
    description: 'a run of "…" characters',
    format: 'text',
    make: (size) => repeat('…', size),
  },
  {
    id: 'ellipsis-words',
    description: 'words each followed by an ellipsis: word… word... ',
    format: 'text',
    make: (size) => repeat('word… Word... ', size),
  },
  {
    id: 'dots',
    description: 'a run of full stops',
    format: 'text',
    make: (size) => repeat('.', size),
  },
  {
    id: 'exclamations',
    description: 'a run of "!?" with no words',
    format: 'text',
    make: (size) => repeat('!?', size),
  },
  {
    id: 'president-john-smith',
    description: '"President John Smith" repeated on one line (one person, thousands of mentions)',
    format: 'text',
    make: (size) => repeat('President John Smith ', size),
  },
  {
    id: 'changing-titles',
    description: 'sentences naming one person with a different title each time',
    format: 'text',
    make: (size) =>
      grow(size, (i) => `${['President', 'Senator', 'Governor', 'Mayor'][i % 4] ?? 'Mr'} Maria Ortega spoke on day ${i}. `),
  },
  {
    id: 'according-to',
    description: '"according to" repeated on one line (attribution cues with nothing to attribute)',
    format: 'text',
    make: (size) => repeat('according to ', size),
  },
  {
    id: 'figures-sentences',
    description: 'short sentences full of statistics, none attributed',
    format: 'text',
    make: (size) => grow(size, (i) => `Sales rose ${i % 97}% to $${i} million and ${i} people were hurt. `),
  },
  {
    id: 'atx-headings',
    description: 'Markdown: lines of ATX headings with no text between',
    format: 'markdown',
    make: (size) => grow(size, (i) => `${'#'.repeat(1 + (i % 6))} Heading number ${i} of the page\n`),
  },
  {
    id: 'atx-heading-hashes',
    description: 'Markdown: one heading line of "# # # …"',
    format: 'markdown',
    make: (size) => repeat('# ', size),
  },
  {
    id: 'setext-headings',
    description: 'Markdown: setext headings (a line, then a line of = or -) with no blank lines',
    format: 'markdown',
    make: (size) => grow(size, (i) => `Heading ${i}\n${i % 2 ? '---' : '==='}\n`),
  },
  {
    id: 'setext-underlines',
    description: 'Markdown: lines of "---" and "===" only',
    format: 'markdown',
    make: (size) => repeat('---\n===\n', size),
  },
  {
    id: 'unclosed-links',
    description: 'Markdown: "[text](" repeated with no closing parenthesis',
    format: 'markdown',
    make: (size) => repeat('[text](', size),
  },
  {
    id: 'unclosed-brackets',
    description: 'Markdown: "[word " repeated with no closing bracket',
    format: 'markdown',
    make: (size) => repeat('[word ', size),
  },
  {
    id: 'link-urls-no-close',
    description: 'Markdown: "[a](http://x" runs that never close',
    format: 'markdown',
    make: (size) => repeat('[a](http://x.com/a ', size),
  },
  {
    id: 'bare-urls',
    description: 'bare URLs back to back on one line',
    format: 'text',
    make: (size) => repeat('https://www.example.com/news/2024/story-', size),
  },
  {
    id: 'base64-image',
    description: 'Markdown: one image with a base64 data URI as long as the text',
    format: 'markdown',
    make: (size) => {
      const next = random(4);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      const body = grow(size, () => alphabet.charAt(Math.floor(next() * 64)).repeat(1 + Math.floor(next() * 3)));
      return `Intro text.\n\n![chart](data:image/png;base64,${body})\n\nMore text.\n`;
    },
  },
  {
    id: 'base64-lines',
    description: 'base64 wrapped at 76 characters, as in a pasted e-mail attachment',
    format: 'text',
    make: (size) => {
      const next = random(5);
      const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
      return grow(size, () => `${Array.from({ length: 76 }, () => alphabet.charAt(Math.floor(next() * 64))).join('')}\n`);
    },
  },
  {
    id: 'cjk',
    description: 'Chinese text with no sentence punctuation, on one line',
    format: 'text',
    make: (size) => repeat(CJK, size),
  },
  {
    id: 'cjk-lines',
    description: 'Chinese text with no sentence punctuation, on lines of 200 characters',
    format: 'text',
    make: (size) => grow(size, (i) => `${repeat(CJK, 200).slice(i % 50, (i % 50) + 200)}\n`),
  },
  {
    id: 'disable-next-line-run',
    description: 'a run of "copydesk-disable-next-line" directives, one a line',
    format: 'markdown',
    make: (size) => repeat('<!-- copydesk-disable-next-line weasel-word -->\n', size),
  },
  {
    id: 'disable-toggles',
    description: 'disable/enable directives around every other line of prose with findings',
    format: 'text',
    make: (size) =>
      repeat(
        '<!-- copydesk-disable passive-voice -->\nThe ball was thrown very quickly.\n<!-- copydesk-enable passive-voice -->\nThe plan was approved.\n',
        size,
      ),
  },
  {
    id: 'html-comment-unclosed',
    description: 'an HTML comment that never closes, then prose',
    format: 'markdown',
    make: (size) => `<!-- draft\n${grow(size, (i) => `Line ${i} of the notes, which was written.\n`)}`,
  },
  {
    id: 'code-fences',
    description: 'Markdown: code fence markers, one a line, with text between',
    format: 'markdown',
    make: (size) => grow(size, (i) => (i % 2 ? 'The plan was approved very quickly.\n' : '```\n')),
  },
  {
    id: 'front-matter-unclosed',
    description: 'Markdown: front matter that never closes',
    format: 'markdown',
    make: (size) => `---\n${grow(size, (i) => `title: Title number ${i}\n`)}`,
  },
  {
    id: 'list-items',
    description: 'Markdown: list items, one a line',
    format: 'markdown',
    make: (size) => grow(size, (i) => `- Item ${i} was approved by the council\n`),
  },
  {
    id: 'distinct-paragraphs',
    description: 'short paragraphs of news prose, every one different',
    format: 'text',
    make: (size) => {
      const next = random(6);
      return grow(size, (i) => paragraph(i, next));
    },
  },
  {
    id: 'identical-paragraphs',
    description: 'one paragraph with findings, repeated',
    format: 'text',
    make: (size) => repeat('In order to cut costs, the plan was approved very quickly. So the the council met.\n\n', size),
  },
  {
    id: 'identical-lines',
    description: 'one sentence repeated on consecutive lines (one long paragraph)',
    format: 'text',
    make: (size) => repeat('The plan was approved by the council.\n', size),
  },
  {
    id: 'repeated-word',
    description: '"the the the …": one doubled word after another',
    format: 'text',
    make: (size) => repeat('the ', size),
  },
  {
    id: 'capitalised-words',
    description: 'capitalised words with no punctuation: a run of what look like names',
    format: 'text',
    make: (size) => {
      const names = ['Smith', 'Jones', 'Ortega', 'Brown', 'Nguyen', 'Okafor', 'Silva'];
      return grow(size, (i) => `${names[i % names.length] ?? 'Smith'} `);
    },
  },
  {
    id: 'abbreviations',
    description: 'abbreviations and initials: "Mr. Dr. U.S. J. …"',
    format: 'text',
    make: (size) => repeat('Mr. Dr. U.S. J. R. Smith Jr. ', size),
  },
  {
    id: 'teaser-lines',
    description: 'lines cut off mid-word and ended with "...", as under a recirculation block',
    format: 'text',
    make: (size) => grow(size, (i) => `The council said on day ${i} that its budget would cut spending on roa...\n`),
  },
  {
    id: 'furniture-lines',
    description: 'page furniture lines: "Read more:", share and newsletter prompts',
    format: 'text',
    make: (size) => repeat('Read more: The budget vote\nShare this article\nSign up for our newsletter\nAdvertisement\n', size),
  },
  {
    id: 'blank-lines',
    description: 'only line breaks',
    format: 'text',
    make: (size) => repeat('\n', size),
  },
  {
    id: 'crlf-prose',
    description: 'sentences on CRLF lines, and lone CR line breaks',
    format: 'text',
    make: (size) => repeat('The plan was approved.\r\nIt was very late.\rSo the vote went ahead.\r\n\r\n', size),
  },
  {
    id: 'emoji',
    description: 'emoji and a ZWJ sequence between words, no punctuation',
    format: 'text',
    make: (size) => repeat('news 😀 👩‍👩‍👧 ', size),
  },
  {
    id: 'control-chars',
    description: 'control characters, NUL and lone surrogates between words',
    format: 'text',
    make: (size) => repeat('word\u0000\u0007 \u001b[31m \ud800 \udc00 \u0085\u2028', size),
  },
  {
    id: 'nbsp-words',
    description: 'words separated by no-break spaces, no punctuation',
    format: 'text',
    make: (size) => proseWords(size, 7, '\u00a0'),
  },
  {
    id: 'release-contact',
    description: 'a release whose last paragraph calls a number, again and again, with no full stop',
    format: 'text',
    make: (size) =>
      `Glenmoor Ferries has opened its new £12 million terminal at Portree, creating 40 jobs.\n\nGlenmoor's sales rose 14% last year.\n\n${repeat('call 01478 55 ', size)}`,
  },
  {
    id: 'release-digits',
    description: 'a release that ends on "call" and a run of digits as long as the text',
    format: 'text',
    make: (size) =>
      `Glenmoor Ferries has opened its new £12 million terminal at Portree, creating 40 jobs.\n\nFor bookings, call ${repeat('1 ', size)}`,
  },
  {
    id: 'vague-amounts',
    description: 'one sentence of vague amounts of things, no punctuation: "hundreds of small tremors and …"',
    format: 'text',
    make: (size) => repeat('hundreds of small tremors and ', size),
  },
  {
    id: 'unclosed-quotes',
    description: 'paragraph after paragraph that opens a quotation after "said:" and never closes it, each with a figure',
    format: 'text',
    make: (size) => repeat('Ann Reid said: "Sales rose 14% in the half, and 40% of buyers were new.\n\n', size),
  },
  {
    id: 'announcer-appositive',
    description: 'a lede whose subject has a long appositive and announces, then its figures, paragraph after paragraph',
    format: 'text',
    make: (size) =>
      `Marbury Homes, the ${repeat('Fenbridge-based ', 40)}housebuilder, today announces a trading update.\n\n${repeat("Marbury's land bank stands at 5,200 plots, of which 68% have planning permission.\n\n", size)}`,
  },
  {
    id: 'first-person-world',
    description: 'a first-person piece whose every other paragraph is a claim about the whole country',
    format: 'text',
    make: (size) => repeat('I walk to my work.\n\nAcross the country 40% of all cars sit idle.\n\n', size),
  },
  {
    id: 'one-word',
    description: 'one word as long as the text: "aaaa…"',
    format: 'text',
    make: (size) => repeat('a', size),
  },
];

export function adversarialCase(id: string): AdversarialCase | undefined {
  return ADVERSARIAL_CASES.find((c) => c.id === id);
}

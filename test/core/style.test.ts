/**
 * The style rules' shared machinery (core/style.ts, core/analysis/phrases.ts):
 * the two regressions of issue 9, and the per-paragraph reuse of hits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LintCache, fixText, lint, parseArticle, ruleById, type Config, type Finding } from '../../server/src/core';
import { scanStyle, scanStyleSpans, STYLE_CHECKS } from '../../server/src/core/analysis/phrases';
import { chunkSpans, hitsByCheck, overlapCursor, overlapsAny, quoted } from '../../server/src/core/style';
import { STYLE_CONFIG, STYLE_IDS, STYLE_RULES } from '../helpers/style-rules';

const IDS = STYLE_IDS;
const RULES = STYLE_RULES;
const CONFIG = STYLE_CONFIG;

/** Own writing in which each of the nine checks fires at least once. */
const PARAGRAPH =
  'So the the council met. There are many residents who utilize the park, which was approved quickly in the nick of time, ' +
  'and it is very clear.';

function styleFindings(text: string, cache?: LintCache): Finding[] {
  return lint(text, { rules: RULES, config: CONFIG, ...(cache ? { cache } : {}) }).findings;
}

/** Each finding as `rule|offset within its copy|text`, so copies can be compared. */
function relative(findings: Finding[], text: string, copyLength: number): string[] {
  return findings.map((f) => `${f.rule}|${f.start % copyLength}|${text.slice(f.start, f.end)}`).sort();
}

describe('n identical paragraphs give n times the findings of one (issue 9)', () => {
  const one = styleFindings(PARAGRAPH);

  it('one paragraph has a finding of every check', () => {
    assert.deepEqual([...new Set(one.map((f) => f.rule))].sort(), IDS);
  });

  for (const n of [2, 3, 10]) {
    it(`${n} copies, cold and with a cache warmed on other text`, () => {
      const text = Array.from({ length: n }, () => PARAGRAPH).join('\n\n');
      const copy = PARAGRAPH.length + 2;
      const expected = relative(one, PARAGRAPH, copy);
      const warm = new LintCache();
      styleFindings(`${PARAGRAPH}\n\nAnother paragraph, very different.`, warm);
      for (const findings of [styleFindings(text), styleFindings(text, warm), styleFindings(text, warm)]) {
        assert.equal(findings.length, n * one.length);
        for (let k = 0; k < n; k++) {
          const own = findings.filter((f) => f.start >= k * copy && f.end <= k * copy + PARAGRAPH.length);
          assert.deepEqual(relative(own, text, copy), expected, `copy ${k + 1}`);
        }
      }
    });
  }
});

/** A text that counts how often its characters are read: the scan's work, without a clock. */
function countingText(text: string): { text: string; reads: () => number } {
  let reads = 0;
  const counted = Object.assign(Object(text) as string, {
    charCodeAt(i: number): number {
      reads++;
      return text.charCodeAt(i);
    },
  });
  return { text: counted, reads: () => reads };
}

describe('a long line with no sentence punctuation is linear (issue 9)', () => {
  /** Words that start write-good's sentence checks ("So", "There is") and phrases, never a . ; ! or ? */
  const unit = 'so there is a very long line and it was approved quickly by many who utilize it in order to ';

  it('the scan reads each character a bounded number of times, at 64 KB and at 1 MB', () => {
    const perChar: number[] = [];
    for (const size of [64 * 1024, 1024 * 1024]) {
      const line = unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
      const { text, reads } = countingText(line);
      const hits = scanStyle(text, 0, line.length);
      assert.ok(hits.length > 0);
      perChar.push(reads() / line.length);
    }
    // A constant number of reads per character, whatever the length: no read grows with the line.
    for (const r of perChar) assert.ok(r < 8, `reads per character: ${perChar.join(', ')}`);
    assert.ok(Math.abs((perChar[0] ?? 0) - (perChar[1] ?? 0)) < 0.5, `reads per character: ${perChar.join(', ')}`);
  });

  it('a 1 MB line lints, and its findings grow with it as its words do', () => {
    const count = (copies: number): Map<string, number> => {
      const counts = new Map<string, number>();
      for (const f of styleFindings(unit.repeat(copies).trimEnd())) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      return counts;
    };
    const copies = Math.ceil((1024 * 1024) / unit.length);
    const small = count(10);
    const big = count(copies);
    // No sentence ends, so neither sentence-start check fires; every word-level check fires once per copy.
    assert.equal(big.get('starts-with-so'), undefined);
    assert.equal(big.get('there-is'), undefined);
    for (const rule of ['adverb', 'e-prime', 'passive-voice', 'too-wordy', 'weasel-word']) {
      assert.ok((small.get(rule) ?? 0) >= 10, rule);
      assert.equal(big.get(rule), ((small.get(rule) ?? 0) / 10) * copies, rule);
    }
  });
});

describe('many repeats on one long line (lexical-illusion reads each line once)', () => {
  it('a line of 50,000 repeated words gives a finding for each repeat', () => {
    const line = 'the '.repeat(50_000).trimEnd();
    const rule = ruleById('lexical-illusion');
    assert.ok(rule);
    assert.equal(lint(line, { rules: [rule], config: CONFIG }).findings.length, 49_999);
  });
});

describe('scanStyle', () => {
  it('names nine checks, and reports offsets relative to the range it scans', () => {
    assert.equal(STYLE_CHECKS.length, 9);
    const text = 'Intro line.\n\nIt was very much the the end.';
    const from = text.indexOf('It');
    const here = scanStyle(text, from, text.length);
    const alone = scanStyle(text.slice(from), 0, text.length - from);
    assert.deepEqual([...here], [...alone]);
  });
});

describe('hits kept between runs', () => {
  const pieces = [PARAGRAPH, 'So we left.', 'It was the the end.', 'Many were utilized', '\n\n', '\n', ' ', 'x'];

  it('after any sequence of edits, a lint with the cache finds what a cold lint finds', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.constantFrom(...pieces), { maxLength: 12 }), { minLength: 2, maxLength: 5 }),
        (versions) => {
          const cache = new LintCache();
          for (const parts of versions) {
            const text = parts.join('');
            const key = (f: Finding): string => `${f.rule}|${f.start}|${f.end}|${f.message}`;
            assert.deepEqual(styleFindings(text, cache).map(key), styleFindings(text).map(key));
          }
        },
      ),
      { numRuns: 150, seed: 9 },
    );
  });
});

describe('fix-all and the style rules (issue 11)', () => {
  const text = 'So we left. It was the the end. We will utilize it.';

  it('cleans up a repeated word by default, and leaves the rewrites ("So", wordy phrases) as quick fixes', () => {
    const fixed = fixText(text, { rules: RULES, config: CONFIG });
    assert.equal(fixed.text, 'So we left. It was the end. We will utilize it.');
    const quick = fixed.result.findings.filter((f) => f.fixes.length > 0).map((f) => f.rule);
    assert.deepEqual(quick.sort(), ['starts-with-so', 'too-wordy']);
  });

  it('applies the rewrites when the configuration opts in, rule by rule', () => {
    const config: Config = { ...CONFIG, fixAll: ['starts-with-so', 'too-wordy'] };
    assert.equal(fixText(text, { rules: RULES, config }).text, 'We left. It was the end. We will use it.');
    const soOnly: Config = { ...CONFIG, fixAll: ['starts-with-so'] };
    assert.equal(fixText(text, { rules: RULES, config: soOnly }).text, 'We left. It was the end. We will utilize it.');
  });

  it('never touches a figure', () => {
    const table = 'Standings\n\nHull City  2339  1  1  11  18\n\nShe won 6-2 6-2 and 1 1 more.';
    assert.equal(fixText(table, { rules: RULES, config: CONFIG }).text, table);
    assert.deepEqual(
      lint(table, { rules: RULES, config: CONFIG }).findings.filter((f) => f.rule === 'lexical-illusion'),
      [],
    );
  });
});

describe('quoted', () => {
  // The earlier form, which replaced every run of white space and ZWNJ: `quoted` now replaces only when a run is
  // not one plain space, and must give the same text.
  const reference = (text: string, start: number, end: number): string =>
    `"${text.slice(start, end).replace(/[\s\u200C]+/g, ' ')}"`;

  it('gives the flagged words with each run of white space or ZWNJ as one space, as the replacement did', () => {
    const cases = [
      'very',
      'in the nick of time',
      'in  the nick',
      'in\tthe\nnick',
      'in\u00A0the',
      'in \u200Cthe',
      'in\u200Cthe',
      ' lead and trail ',
      'a\r\nb',
      'a\u2028b\u3000c\uFEFFd',
      '',
      'x ',
      '  ',
    ];
    for (const c of cases) assert.equal(quoted(c, { start: 0, end: c.length }), reference(c, 0, c.length), c);
  });

  it('agrees with the replacement on generated text', () => {
    const piece = fc.constantFrom('a', 'word', ' ', '  ', '\t', '\n', '\r\n', '\u00A0', '\u200C', '\u2009', 'é', '-');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        assert.equal(quoted(text, { start: 0, end: text.length }), reference(text, 0, text.length));
      }),
      { numRuns: 300 },
    );
  });
});

describe('scanStyleSpans (the hits of a lint whose cache keeps nothing, in one list)', () => {
  /** Each check's hits as `start-end` strings, in the order given. */
  function byCheck(triples: ArrayLike<number>, shift: (i: number) => number): string[][] {
    const out: string[][] = STYLE_CHECKS.map(() => []);
    for (let i = 0; i < triples.length; i += 3) {
      out[triples[i] ?? 0]?.push(`${(triples[i + 1] ?? 0) + shift(i)}-${(triples[i + 2] ?? 0) + shift(i)}`);
    }
    return out;
  }

  function compare(text: string): void {
    const spans: { start: number; end: number }[] = [];
    const chunk = /[^\n]+(?:\n[^\n]+)*/g;
    for (let m = chunk.exec(text); m; m = chunk.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
    const expected: string[][] = STYLE_CHECKS.map(() => []);
    for (const s of spans) {
      const own = byCheck(scanStyle(text, s.start, s.end), () => s.start);
      own.forEach((list, k) => expected[k]?.push(...list));
    }
    assert.deepEqual(
      byCheck(scanStyleSpans(text, spans), () => 0),
      expected,
      JSON.stringify(text.slice(0, 120)),
    );
  }

  it('gives span after span what scanStyle gives each span, each check in order', () => {
    compare(`${PARAGRAPH}\n\nSo we went. There is a way.\n\nthe the the\nthe\n\nVery unique, it was  quickly done.`);
    compare('');
    compare('\n\n\n');
    compare(`${PARAGRAPH}\n`.repeat(400));
  });

  it('agrees with scanStyle on generated text', () => {
    const piece = fc.constantFrom(
      'So ',
      'the ',
      'the',
      'There is ',
      'very ',
      'quickly ',
      'was ',
      'done',
      '. ',
      '\n',
      '\n\n',
      'in the nick of time ',
      'is a number ',
      'isn’t ',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => compare(parts.join(''))),
      { numRuns: 300 },
    );
  });
});

describe("hitsByCheck (a kept cache's hits gathered by check, once per lint)", () => {
  /** Each check's hits as `start-end` strings: from the grouped pairs, and from the one list of scanStyleSpans. */
  function compare(text: string): void {
    const article = parseArticle(text, 'text');
    const chunks = chunkSpans(article.lines, article.paragraphs);
    const grouped = hitsByCheck(
      chunks,
      chunks.map((c) => scanStyle(text, c.start, c.end)),
    );
    const flat = scanStyleSpans(text, chunks);
    STYLE_CHECKS.forEach((_, k) => {
      const mine: string[] = [];
      for (let p = 2 * (grouped.from[k] ?? 0); p < 2 * (grouped.from[k + 1] ?? 0); p += 2) {
        mine.push(`${grouped.pairs[p]}-${grouped.pairs[p + 1]}`);
        // Each pair names the chunk it lies in.
        const chunk = chunks[grouped.chunkOf[p >> 1] ?? -1];
        assert.ok(chunk && chunk.start <= (grouped.pairs[p] ?? -1) && (grouped.pairs[p + 1] ?? Infinity) <= chunk.end);
      }
      const theirs: string[] = [];
      for (let j = 0; j < flat.length; j += 3) if (flat[j] === k) theirs.push(`${flat[j + 1]}-${flat[j + 2]}`);
      assert.deepEqual(mine, theirs, `${STYLE_CHECKS[k]} in ${JSON.stringify(text.slice(0, 120))}`);
    });
    assert.equal(grouped.pairs.length, (2 * flat.length) / 3);
  }

  it('gives each check the hits of every chunk, chunk after chunk, as the one list does', () => {
    compare(`${PARAGRAPH}\n\nSo we went. There is a way.\n\nthe the the\nthe\n\nVery unique, it was  quickly done.`);
    compare('');
    compare('\n\n\n');
    compare(`${PARAGRAPH}\n`.repeat(50));
    compare(`${PARAGRAPH}\n\n`.repeat(50));
  });

  it('agrees with the one list on generated text (repeated and moved paragraphs, blank runs)', () => {
    const piece = fc.constantFrom('So ', 'the ', 'There is ', 'very ', 'was done', '. ', '\n', '\n\n', PARAGRAPH, 'isn’t ');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => compare(parts.join(''))),
      { numRuns: 200 },
    );
  });

  it('a kept cache gives, edit after edit, the style findings a cold lint gives (kept hits and kept reports)', () => {
    const base = [
      PARAGRAPH,
      'So we left early. There is a way.',
      'It was the the end.',
      'Many were utilized in order to help, which is very unique.',
      'He said "it was very quickly done" at http://example.com/very/quickly today.',
    ];
    const edit = fc.oneof(
      fc.tuple(fc.constant('insert'), fc.nat(), fc.constantFrom('x', ' ', '\n', '\n\n', 'the ', 'So ', 'very ', 'utilize ', '"')),
      fc.tuple(fc.constant('delete'), fc.nat(), fc.constant('')),
      fc.tuple(fc.constant('move'), fc.nat(), fc.constant('')),
    );
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), fc.constantFrom('text', 'markdown'), (edits, format) => {
        const cache = new LintCache();
        let text = [...base, ...base].join('\n\n');
        const run = (c?: LintCache): Finding[] =>
          lint(text, { rules: RULES, config: CONFIG, format, ...(c ? { cache: c } : {}) }).findings;
        const key = (f: Finding): string => `${f.rule}|${f.start}|${f.end}|${f.message}|${JSON.stringify(f.fixes)}`;
        run(cache);
        for (const [kind, at, insert] of edits) {
          const place = at % (text.length + 1);
          if (kind === 'insert') text = text.slice(0, place) + insert + text.slice(place);
          else if (kind === 'delete') text = text.slice(0, place) + text.slice(place + 1);
          else {
            // A paragraph moved to the end: its text the same, at another place.
            const parts = text.split('\n\n');
            const n = at % parts.length;
            text = [...parts.slice(0, n), ...parts.slice(n + 1), parts[n]].join('\n\n');
          }
          assert.deepEqual(run(cache).map(key), run().map(key), JSON.stringify(text));
        }
      }),
      { numRuns: 150, seed: 7 },
    );
  });
});

describe('kept reports of a rule that reads past its chunk at some hits (passive-voice)', () => {
  it('a passive at the end of its chunk follows an edit of the chunk after it', () => {
    // "by" may open the next paragraph: the passive's message says whether an agent follows.
    const versions = [
      'The plan was approved\n\nBy then it was late. The fee was paid by Ann.',
      'The plan was approved\n\nXy then it was late. The fee was paid by Ann.',
      'The plan was approved\n\nBy then it was late. The fee was paid by Ann.',
      'The plan was approved  \n\n\nby hand, it was late. The fee was paid by Ann.',
      'The plan was approved  \n\n\nbye, it was late. The fee was paid by Ann.',
      'The plan was approved x\n\nbye, it was late. The fee was paid by Ann.',
    ];
    const cache = new LintCache();
    const key = (f: Finding): string => `${f.rule}|${f.start}|${f.end}|${f.message}`;
    for (const text of versions) assert.deepEqual(styleFindings(text, cache).map(key), styleFindings(text).map(key), text);
  });
});

describe("overlapCursor (the prose test of one rule's reports, which come by start)", () => {
  /** Sorted, non-overlapping spans from gaps and lengths (a length of 0 is an empty span). */
  const spansArb = fc.array(fc.tuple(fc.nat(6), fc.nat(4)), { maxLength: 12 }).map((parts) => {
    const spans: { start: number; end: number }[] = [];
    let at = 0;
    for (const [gap, length] of parts) {
      const start = at + gap;
      spans.push({ start, end: start + length });
      at = start + length;
    }
    return spans;
  });

  it('answers as overlapsAny for queries in order, out of order and repeated, empty ones included', () => {
    fc.assert(
      fc.property(spansArb, fc.array(fc.tuple(fc.nat(70), fc.nat(6)), { maxLength: 30 }), fc.boolean(), (spans, raw, sort) => {
        const queries = sort ? [...raw].sort((a, b) => a[0] - b[0]) : raw;
        const overlaps = overlapCursor(spans);
        for (const [start, length] of queries)
          assert.equal(overlaps(start, start + length), overlapsAny(spans, start, start + length), `${start}+${length}`);
      }),
      { seed: 9, numRuns: 1000 },
    );
  });

  it('a query before the last one is looked up afresh, not missed', () => {
    const overlaps = overlapCursor([
      { start: 2, end: 4 },
      { start: 10, end: 12 },
    ]);
    assert.equal(overlaps(11, 12), true);
    assert.equal(overlaps(3, 4), true);
    assert.equal(overlaps(5, 9), false);
    assert.equal(overlaps(12, 13), false);
  });
});

describe("chunkSpans (the style checks' units: a run of lines that is one paragraph is that paragraph)", () => {
  /** The reference: maximal runs of non-blank lines, each a new span. */
  const runs = (lines: readonly { start: number; end: number; blank: boolean }[]): { start: number; end: number }[] => {
    const out: { start: number; end: number }[] = [];
    let current: { start: number; end: number } | undefined;
    for (const line of lines) {
      if (line.blank) current = undefined;
      else if (current) current.end = line.end;
      else out.push((current = { start: line.start, end: line.end }));
    }
    return out;
  };
  const piece = fc.constantFrom(
    'Words here.',
    '',
    '   ',
    '# A heading',
    'Title',
    '===',
    '- an item',
    '```',
    'code',
    '<!-- note -->',
    '\uFEFFBOM line',
  );

  it('gives the runs of non-blank lines, in markdown and plain text, fences, headings and list items included', () => {
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 16 }), fc.constantFrom('text', 'markdown'), (parts, format) => {
        const article = parseArticle(parts.join('\n'), format);
        const chunks = chunkSpans(article.lines, article.paragraphs);
        assert.deepEqual(
          chunks.map((c) => ({ start: c.start, end: c.end })),
          runs(article.lines),
        );
        // A chunk is a paragraph's own object only when their extents agree.
        for (const c of chunks)
          if (article.paragraphs.includes(c as (typeof article.paragraphs)[number]))
            assert.ok(article.paragraphs.some((p) => p === c && p.start === c.start && p.end === c.end));
      }),
      { seed: 9, numRuns: 500 },
    );
  });

  it('a run that is one paragraph is listed as that paragraph', () => {
    const article = parseArticle('First paragraph.\n\nSecond one,\nwrapped.', 'text');
    const chunks = chunkSpans(article.lines, article.paragraphs);
    assert.equal(chunks.length, 2);
    assert.equal(chunks[1], article.paragraphs[article.paragraphs.length - 1]);
  });
});

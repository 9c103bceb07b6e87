/**
 * The attribution's sentence facts kept from run to run (`articleAttribution` on a cache that keeps spans: each
 * sentence's cues and its answers to the paragraph scopes' text tests) against the attribution with nothing kept, on
 * documents edited at varied places, with repeated paragraphs and paragraphs that move.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LintCache, parseArticle, type DocFormat } from '../../server/src/core';
import { articleAttribution, compileCues } from '../../server/src/core/analysis/figures/attribution';

/** Own paragraphs for every scope: lead-ins, a colon's introduction, continuations, list items, a report, a credit. */
const PARAGRAPHS = [
  'According to the harbour board, 41 boats were lost. Repairs will cost $3 million.',
  'The ferry operator put its estimate this way:',
  'Some 1,200 passengers were stranded for two days.',
  'It also found that 18% of the piers need work.',
  'The council released a survey on Monday showing rents rose 12 percent.',
  'Vacancies fell to 3.1 percent in the spring.',
  '- 400 homes were flooded',
  '- 35 roads stayed closed',
  'Crime has risen 25 percent, and shopkeepers say they feel abandoned.',
  '— Dana Reyes (@dreyes) May 2, 2025',
  'Nobody counted the 900 volunteers who came.',
  'Officials said 70 people were hurt, police said.',
  'The mayor, who faces 3 rivals, confirmed that 60 jobs would go.',
  'This report shows 14 schools closed.',
];

/** Every answer the attribution gives of an article: coverage at a few offsets of each sentence, and maySource. */
function answers(text: string, format: DocFormat, cache: LintCache | undefined, backwards: boolean): string[] {
  const article = parseArticle(text, format);
  const cueKey = cache ? 'kept' : '';
  const attribution = articleAttribution(article, cache ? { cache, cueKey } : {});
  const out: string[] = [];
  const order = article.sentences.map((_, i) => i);
  if (backwards) order.reverse();
  for (const i of order) {
    const s = article.sentences[i];
    if (!s) continue;
    out[i] = `${i} may=${attribution.maySource(i)}`;
    for (let at = s.start; at < s.end; at += Math.max(1, (s.end - s.start) >> 2))
      out[i] += ` ${at - s.start}:${attribution.coverage(i, at) ?? '-'}`;
    out[i] += ` cues=${attribution.cuesOf(i).cues.length}`;
  }
  cache?.endRun();
  return out;
}

describe('attribution facts kept per sentence', () => {
  it('give, edit after edit, what an attribution with nothing kept gives', () => {
    const edit = fc.oneof(
      fc.record({
        kind: fc.constant('insert' as const),
        at: fc.nat(),
        what: fc.constantFrom('x', ' ', ':', '\n', '\n\n', 'It also '),
      }),
      fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), what: fc.constant('') }),
      fc.record({ kind: fc.constant('move' as const), at: fc.nat(), what: fc.constant('') }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 12 }),
        fc.array(edit, { minLength: 1, maxLength: 6 }),
        fc.constantFrom<DocFormat>('text', 'markdown'),
        (paragraphs, edits, format) => {
          const cache = new LintCache();
          let text = paragraphs.join('\n\n');
          assert.deepEqual(answers(text, format, cache, false), answers(text, format, undefined, false));
          edits.forEach((e, n) => {
            const place = e.at % (text.length + 1);
            if (e.kind === 'insert') text = text.slice(0, place) + e.what + text.slice(place);
            else if (e.kind === 'delete') text = text.slice(0, place) + text.slice(place + 1);
            else {
              // The first paragraph moved to the end: every sentence at a new place, its text the same.
              const parts = text.split('\n\n');
              text = [...parts.slice(1), parts[0]].join('\n\n');
            }
            assert.deepEqual(
              answers(text, format, cache, n % 2 === 0),
              // The same order: maySource's answer may change once a sentence's cues have been read (it is a quick
              // test for a sentence whose cues are not known yet).
              answers(text, format, undefined, n % 2 === 0),
              JSON.stringify(text),
            );
          });
        },
      ),
      { numRuns: 150, seed: 31 },
    );
  });

  it('keeps the user cues apart: a namespace per cue key', () => {
    const text = 'Per the ministry, 40 clinics shut.\n\nThe Eurostat tally put it at 12%.';
    const cache = new LintCache();
    const plain = articleAttribution(parseArticle(text), { cache, cueKey: '' });
    const before = [0, 1].map((i) => plain.cuesOf(i).cues.length);
    cache.endRun();
    const matcher = compileCues(['per the ministry', 'eurostat']);
    const user = articleAttribution(parseArticle(text), { cache, cueKey: 'user', matcher });
    const after = [0, 1].map((i) => user.cuesOf(i).cues.length);
    const fresh = articleAttribution(parseArticle(text), { matcher });
    assert.deepEqual(
      after,
      [0, 1].map((i) => fresh.cuesOf(i).cues.length),
    );
    assert.notDeepEqual(before, after);
  });
});

import { sameTitle, type Mention } from '../analysis/people';
import { alignment, excerpt, rewriteIndex, sourceIndex, sourcePerson } from '../analysis/source-index';
import type { Article } from '../article';
import type { Rule } from '../rule';
import type { Span } from '../types';

/** The modifiers and the title of a mention ("former President", "then-US President"), without the name. */
function titleSpan(m: Mention): Span | undefined {
  if (!m.title) return undefined;
  let start = m.title.start;
  let end = m.title.end;
  for (const mod of m.modifiers) {
    start = Math.min(start, mod.start);
    end = Math.max(end, mod.end);
  }
  return { start, end };
}

function startsSentence(article: Article, offset: number): boolean {
  const s = article.sentences[sentenceAt(article, offset)];
  return !!s && !/[\p{L}\p{N}]/u.test(article.text.slice(s.start, offset));
}

/** The sentence index holding `offset`, or -1. */
function sentenceAt(article: Article, offset: number): number {
  let lo = 0;
  let hi = article.sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = article.sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}

/** How far before a name the source's lowercase description of the person is looked for ("city councillor Ann Lee"). */
const DESCRIPTION_REACH = 40;

/**
 * Whether the source describes the person with the title's words in lower case just before a mention of them
 * ("superintendent Grace Okonkwo"): the rewrite capitalising it as a title ("Superintendent Grace Okonkwo") is
 * style, not a new claim.
 */
function describedAs(text: string, mentions: readonly Mention[], title: string): boolean {
  const words = title
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter((w) => w.length > 1);
  if (words.length === 0) return false;
  return mentions.some((m) => {
    const before = text.slice(Math.max(0, m.name.start - DESCRIPTION_REACH), m.name.start).toLowerCase();
    return words.every((w) => before.includes(w));
  });
}

const rule: Rule = {
  meta: {
    id: 'drift-title',
    description:
      'Finds a person whose title or role in a rewrite differs from the linked source\'s for the same person ("former", "then-", "acting", another office).',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'rewrite',
    tags: ['editorial'],
    rationale:
      'A title is a claim of fact: "former President" says the person no longer holds the office, "acting" that they hold it for now. A rewrite that changes a title changes the story, and it is the kind of change an editor reads past. Keep the source\'s title, or confirm the new one elsewhere. Dropping a title, or calling the person by surname alone, changes nothing and is not reported.',
  },
  check(context) {
    const source = sourceIndex(context);
    if (!source) return;
    const rewrite = rewriteIndex(context);
    const aligned = alignment(context);
    const { article } = context;
    const { text } = article;
    for (const person of rewrite.people.people) {
      const theirs = sourcePerson(source, person);
      if (!theirs) continue;
      for (const m of person.mentions) {
        if (!m.title || m.title.office.courtesy) continue;
        // Every source mention that can be this person (same surname, no other first name), however the source's
        // mentions were grouped into people: a title the source gives them anywhere, in a quotation too, is the
        // source's. Unquoted ones first, as the one to point at.
        const titled = (source.mentionsBySurname.get(m.surname) ?? []).filter(
          (s) =>
            !!s.title &&
            !s.title.office.courtesy &&
            (!s.fullKey || !(m.fullKey ?? person.fullKey) || s.fullKey === (m.fullKey ?? person.fullKey)),
        );
        if (titled.some((s) => sameTitle(m, s))) continue;
        titled.sort((a, b) => Number(a.quoted) - Number(b.quoted) || a.start - b.start);
        const span = titleSpan(m);
        if (!span) continue;
        const written = excerpt(text, { start: m.prefixStart, end: m.end });
        if (titled.length === 0) {
          if (describedAs(source.text, theirs.mentions, m.title.text)) continue;
          const first = theirs.mentions[0];
          context.report({
            start: span.start,
            end: span.end,
            message: `The source gives ${person.name} no title; the rewrite has "${written}".`,
            related: first
              ? [{ start: first.start, end: first.end, message: `The source: "${excerpt(source.text, first)}"`, inSource: true }]
              : [],
            severity: 'info',
          });
          continue;
        }
        // The source's mention in the passage this sentence retells, else its first titled mention.
        const si = sentenceAt(article, m.start);
        const passage = si >= 0 ? aligned[si]?.source : undefined;
        const ref =
          titled.find((s) => {
            const sourceSentence = passage === undefined || passage < 0 ? undefined : source.sentences[passage];
            return !!sourceSentence && s.start >= sourceSentence.start && s.end <= sourceSentence.end;
          }) ??
          titled[0] ??
          m;
        const refSpan = titleSpan(ref);
        if (!refSpan) continue;
        const sourceWords = excerpt(source.text, { start: ref.prefixStart, end: ref.end });
        let restored = source.text.slice(refSpan.start, refSpan.end);
        if (startsSentence(article, span.start)) restored = restored.charAt(0).toUpperCase() + restored.slice(1);
        else if (ref.modifiers.some((x) => x.start === refSpan.start))
          restored = restored.charAt(0).toLowerCase() + restored.slice(1);
        context.report({
          start: span.start,
          end: span.end,
          message: `"${written}" gives ${person.name} a different title from the source, which has "${sourceWords}".`,
          related: [{ start: ref.prefixStart, end: ref.end, message: `The source: "${sourceWords}"`, inSource: true }],
          fixes: [
            {
              title: `Restore the source's title: "${restored}"`,
              edits: [{ start: span.start, end: span.end, newText: restored }],
              safe: false,
            },
          ],
        });
      }
    }
  },
};
export default rule;

import { inSpans } from '../article';
import {
  closestName,
  contentKey,
  excerpt,
  foldWord,
  isAcronym,
  rewriteIndex,
  sourceIndex,
  spellingKey,
  transliterationKey,
  type NameIndex,
  type SourceIndex,
} from '../analysis/source-index';
import type { Rule, RuleContext } from '../rule';
import { tokenize, type Token } from '../tokens';
import type { Span } from '../types';

/** Words that make a run of capitalised words an organisation's name. */
const ORG_HEADS = new Set(
  (
    'ministry department agency commission council committee bank party university institute foundation association ' +
    'union court corporation company group authority bureau office organization organisation federation police army ' +
    'navy service fund parliament congress senate assembly board tribunal league alliance coalition trust'
  ).split(' '),
);
/** Small words inside an organisation's name ("Ministry of Defence", "Bank of England"). */
const INSIDE = new Set(['of', 'the', 'and', 'for', '&', 'de']);
/** Capitalised words that end a name: days and months ("the Port Authority Monday"). */
const TIME_WORD =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|june|july|august|september|october|november|december)$/;
/**
 * Upper-case abbreviations that name no organisation: units, currencies, time zones, medical and business terms.
 * General English, so a rewrite that uses them introduces nobody.
 */
const NOT_ORGANISATIONS = new Set(
  (
    'ceo cfo coo cto gdp dna hiv aids covid faq pdf atm suv cctv lgbt lgbtq icu mri usd eur gbp gmt utc est edt pst pdt ' +
    'bst cet ipo vat ppe ngo mp mps ii iii iv vi vii viii ix xi xii'
  ).split(' '),
);
/** Acronyms shorter than this (US, UK, EU, UN) are mostly countries and unions that rewrites swap for their names freely. */
const MIN_ACRONYM = 3;
/** A sentence with more upper-case words than this share is a shouted headline, not acronyms. */
const SHOUTING_SHARE = 0.5;
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

function capitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

function knownPersonWord(names: NameIndex, folded: string): boolean {
  return names.capitalized.has(folded) || names.transliterated.has(transliterationKey(folded));
}

function knownWord(names: NameIndex, folded: string): boolean {
  if (knownPersonWord(names, folded) || names.anyCase.has(spellingKey(folded))) return true;
  const key = contentKey(folded);
  return key !== undefined && names.stems.has(key);
}

/** The source's own spelling of `folded`'s closest name, as written there. */
function sourceSpelling(source: SourceIndex, folded: string): { text: string; at: Span } | undefined {
  const match = closestName(source.names, folded);
  if (!match) return undefined;
  const at = source.names.firstAt.get(match);
  if (!at) return undefined;
  return { text: source.text.slice(at.start, at.end).replace(/['’]s$/, ''), at };
}

function reportMisspelling(context: RuleContext, word: Token, original: { text: string; at: Span }): void {
  const written = word.text.replace(/['’]s$/, '');
  const end = word.start + written.length;
  context.report({
    start: word.start,
    end,
    message: `"${written}" is not in the source, which spells the name "${original.text}".`,
    related: [{ start: original.at.start, end: original.at.end, message: `The source: "${original.text}"`, inSource: true }],
    fixes: [
      {
        title: `Use the source's spelling: "${original.text}"`,
        edits: [{ start: word.start, end, newText: original.text }],
        safe: false,
      },
    ],
  });
}

const rule: Rule = {
  meta: {
    id: 'drift-name',
    description:
      'Finds a person or organisation in a rewrite that its linked source never mentions, or a misspelling of one it does.',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'rewrite',
    tags: ['editorial'],
    rationale:
      'A misspelt name is the error readers and the people named notice first, and a rewrite is where it creeps in: the name is retyped, not copied. A name the source never mentions is not always wrong (a local angle adds people), but it is a fact that did not come from the source, so an editor should know where it came from. Transliterations of one name (Zelensky, Zelenskyy) are the same name.',
  },
  check(context) {
    const source = sourceIndex(context);
    if (!source) return;
    const rewrite = rewriteIndex(context);
    const { article } = context;
    const { text } = article;
    const { names } = source;

    // People: each name word is the source's, a transliteration of it, a misspelling, or new.
    for (const person of rewrite.people.people) {
      let unknown: Span | undefined;
      const misspelt = new Set<string>();
      for (const m of person.mentions) {
        for (const t of tokenize(text, m.name.start, m.name.end)) {
          if (t.kind !== 'word' || !capitalized(t) || t.text.length < 2) continue;
          const folded = foldWord(t.text).replace(/'s$/, '');
          if (NAME_SUFFIXES.has(folded) || knownPersonWord(names, folded)) continue;
          const original = sourceSpelling(source, folded);
          if (original) {
            reportMisspelling(context, t, original);
            misspelt.add(folded);
          } else if (!unknown) unknown = m.name;
        }
      }
      if (unknown && misspelt.size === 0) {
        const written = excerpt(text, unknown);
        const namesake = (source.peopleBySurname.get(person.surname) ?? [])[0];
        context.report({
          start: unknown.start,
          end: unknown.end,
          message: namesake
            ? `The source names no "${written}"; it names ${namesake.name}.`
            : `"${written}" is not named in the source.`,
          related: namesake?.mentions[0]
            ? [
                {
                  start: namesake.mentions[0].name.start,
                  end: namesake.mentions[0].name.end,
                  message: `The source: "${namesake.name}"`,
                  inSource: true,
                },
              ]
            : [],
          severity: 'info',
        });
      }
    }

    // Organisations: acronyms and capitalised names with an organisation word in them.
    const seen = new Set<string>();
    for (const s of rewrite.sentences) {
      const words = s.tokens.filter((t) => t.kind === 'word');
      const upper = words.filter((t) => t.text.length > 1 && t.text === t.text.toUpperCase()).length;
      if (words.length > 0 && upper / words.length > SHOUTING_SHARE) continue;
      const tokens = s.tokens;
      for (let i = 0; i < tokens.length; i++) {
        const t = tokens[i];
        if (!t || t.kind !== 'word' || !capitalized(t) || inSpans(article.quotes, t.start)) continue;
        const folded = foldWord(t.text).replace(/'s$/, '');
        if (isAcronym(t.text.replace(/['’]s$/, ''))) {
          if (folded.length < MIN_ACRONYM || NOT_ORGANISATIONS.has(folded) || seen.has(folded)) continue;
          seen.add(folded);
          if (names.acronyms.has(folded) || names.capitalized.has(folded)) continue;
          context.report({
            start: t.start,
            end: t.start + folded.length,
            message: `"${t.text.slice(0, folded.length)}" is not named in the source.`,
            severity: 'info',
          });
          continue;
        }
        // A run of capitalised words, with "of", "the", "and" inside.
        let j = i;
        let last = i;
        let hasHead = false;
        while (j < tokens.length) {
          const u = tokens[j];
          if (!u || u.kind !== 'word' || TIME_WORD.test(u.lower)) break;
          if (capitalized(u)) {
            if (ORG_HEADS.has(u.lower.replace(/'s$/, ''))) hasHead = true;
            last = j;
          } else if (!INSIDE.has(u.lower)) break;
          // "the Carrow Health Trust and the Halvard Foundation": two names.
          else if ((u.lower === 'and' || u.lower === '&') && tokens[j + 1]?.lower === 'the') break;
          j++;
        }
        const run = tokens.slice(i, last + 1).filter((u) => capitalized(u) && !INSIDE.has(u.lower));
        if (!hasHead || run.length < 2) {
          i = Math.max(i, last);
          continue;
        }
        const first = tokens[i];
        const end = tokens[last];
        i = last;
        if (!first || !end) continue;
        const span = { start: first.start, end: end.end };
        const phrase = text.slice(span.start, span.end).replace(/['’]s$/, '');
        if (seen.has(phrase.toLowerCase())) continue;
        seen.add(phrase.toLowerCase());
        const initials = run.map((u) => foldWord(u.text).charAt(0)).join('');
        if (names.acronyms.has(initials)) continue;
        let unknownWord = false;
        for (const u of run) {
          const f = foldWord(u.text).replace(/'s$/, '');
          if (knownWord(names, f)) continue;
          const original = sourceSpelling(source, f);
          if (original) reportMisspelling(context, u, original);
          else unknownWord = true;
        }
        if (unknownWord) {
          context.report({
            start: span.start,
            end: span.start + phrase.length,
            message: `"${excerpt(text, { start: span.start, end: span.start + phrase.length })}" is not named in the source.`,
            severity: 'info',
          });
        }
      }
    }
  },
};
export default rule;

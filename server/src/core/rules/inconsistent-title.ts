import {
  nameKey,
  parseTitle,
  peopleWithOffices,
  sameOffice,
  type Mention,
  type Modifier,
  type Office,
  type Person,
} from '../analysis/people';
import type { Article } from '../article';
import type { Rule, RuleContext } from '../rule';
import type { Severity, TextEdit } from '../types';

/** What a person's titled mentions are compared against. */
interface Reference {
  office: Office;
  modifiers: readonly Pick<Modifier, 'kind' | 'form' | 'text'>[];
  /** The title as written there ("President", "Secretary of State"), without modifiers or qualifiers. */
  titleText: string;
  /** The first titled mention, or undefined when the `people` option gives the title. */
  mention: Mention | undefined;
}

function kinds(mods: readonly Pick<Modifier, 'kind'>[]): string {
  return [...new Set(mods.map((m) => m.kind))].sort().join(',');
}

function conflicts(m: Mention, ref: Reference): boolean {
  if (!m.title) return false;
  return !sameOffice(m.title.office, ref.office) || kinds(m.modifiers) !== kinds(ref.modifiers);
}

const SMALL_TITLE_WORDS = new Set(['of', 'the', 'for', 'and']);

function capitalizeTitle(title: string): string {
  return title.replace(/\p{L}[\p{L}\p{M}'’.-]*/gu, (w) =>
    SMALL_TITLE_WORDS.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1),
  );
}

function isSentenceStart(article: Article, offset: number): boolean {
  const { sentences, text } = article;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return !/[\p{L}\p{N}]/u.test(text.slice(s.start, offset));
  }
  return false;
}

/** Edits that give mention `m` the reference's title and modifiers, keeping its own qualifiers ("US"). */
function fixEdits(article: Article, m: Mention, ref: Reference): TextEdit[] {
  const text = article.text;
  const edits: TextEdit[] = [];
  const wanted = new Set(ref.modifiers.map((x) => x.kind));
  const have = new Set(m.modifiers.map((x) => x.kind));
  for (const mod of m.modifiers) {
    if (wanted.has(mod.kind)) continue;
    let end = mod.end;
    // With the space after the word (a line break too, in wrapped text: it lies inside the mention).
    if (mod.form === 'word') while (end < text.length && /[\s\u00A0]/.test(text.charAt(end))) end++;
    edits.push({ start: mod.start, end, newText: '' });
  }
  const title = m.title;
  if (title && !sameOffice(title.office, ref.office)) {
    edits.push({ start: title.start, end: title.end, newText: ref.titleText });
  }
  let before = '';
  let after = '';
  for (const mod of ref.modifiers) {
    if (have.has(mod.kind)) continue;
    if (mod.form === 'suffix') after += `-${mod.text.toLowerCase()}`;
    else if (mod.form === 'prefix') before += `${mod.text.toLowerCase()}-`;
    else before += `${mod.text.toLowerCase()} `;
  }
  if (before) {
    if (isSentenceStart(article, m.prefixStart)) before = before.charAt(0).toUpperCase() + before.slice(1);
    edits.push({ start: m.prefixStart, end: m.prefixStart, newText: before });
  }
  if (after && title) edits.push({ start: title.end, end: title.end, newText: after });
  return mergeEdits(text, edits);
}

/** Sorts edits and joins those that touch, so that no two overlap. */
function mergeEdits(text: string, edits: TextEdit[]): TextEdit[] {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: TextEdit[] = [];
  for (const e of sorted) {
    const prev = out[out.length - 1];
    if (prev && e.start <= prev.end) {
      prev.newText += text.slice(prev.end, Math.max(prev.end, e.start)) + e.newText;
      prev.end = Math.max(prev.end, e.end);
    } else {
      out.push({ ...e });
    }
  }
  return out;
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ');
}

function applyWithin(text: string, start: number, end: number, edits: readonly TextEdit[]): string {
  let out = '';
  let pos = start;
  for (const e of edits) {
    out += text.slice(pos, e.start) + e.newText;
    pos = e.end;
  }
  return out + text.slice(pos, end);
}

interface Configured {
  byFull: Map<string, Reference>;
  /** Every configured person by surname; null when two share it. */
  bySurname: Map<string, Reference | null>;
  /** People configured by surname alone ("Doe"). */
  surnameOnly: Map<string, Reference>;
}

function configuredPeople(options: Record<string, unknown>): Configured {
  const configured: Configured = { byFull: new Map(), bySurname: new Map(), surnameOnly: new Map() };
  const people = options.people;
  if (typeof people !== 'object' || people === null || Array.isArray(people)) return configured;
  for (const [name, title] of Object.entries(people as Record<string, unknown>)) {
    if (typeof title !== 'string') continue;
    const key = nameKey(name);
    const parsed = parseTitle(title.trim());
    if (!key || !parsed) continue;
    const ref: Reference = {
      office: parsed.office,
      modifiers: parsed.modifiers,
      titleText: capitalizeTitle(parsed.text),
      mention: undefined,
    };
    if (key.fullKey) configured.byFull.set(key.fullKey, ref);
    else configured.surnameOnly.set(key.surname, ref);
    configured.bySurname.set(key.surname, configured.bySurname.has(key.surname) ? null : ref);
  }
  return configured;
}

/** The configured title for a person: by full name, or by surname when the text (or the option) gives only that. */
function referenceFor(person: Person, configured: Configured): Reference | undefined {
  if (person.fullKey) return configured.byFull.get(person.fullKey) ?? configured.surnameOnly.get(person.surname);
  return configured.bySurname.get(person.surname) ?? undefined;
}

/**
 * How a conflict that involves a customary honorific is reported: as information at most, since
 * "Judge Smith" for a retired judge or "Coach Lee" for a former coach is usage, not an error.
 */
const CUSTOMARY_SEVERITY: Severity = 'info';

const rule: Rule = {
  meta: {
    id: 'inconsistent-title',
    description:
      'Finds a person whose title changes between mentions, such as "President Trump" and later "then-President Trump".',
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial'],
    options: {
      people: {
        type: 'object',
        additionalProperties: { type: 'string' },
        description:
          'Maps a person\'s full name to their correct title, e.g. { "Jane Doe": "Senator" }. Mentions of that person are compared with this title instead of the first mention.',
      },
    },
    rationale:
      'A reader who meets "President Smith" and later "former President Smith" wonders whether the office changed, or which line is wrong. Give each person one title throughout the story, the one that is true at the time of writing; when a past office matters, say so in words ("who was governor in 2010") rather than switching titles. Courtesy titles (Mr., Ms., Dr.) and national qualifiers ("US", "Russian") are not conflicts, customary honorifics ("Judge", "Coach", "Professor") are information only unless the people option names the person, and quotations are left alone.',
  },
  check(context: RuleContext) {
    const { article } = context;
    // Only a person with an office in some mention can be given two (a configured title is compared with those).
    const people = peopleWithOffices(article, context.cache, 'people:paragraphs');
    const configured = configuredPeople(context.options);
    for (const person of people) {
      const fromOption = referenceFor(person, configured);
      let ref = fromOption;
      for (const m of person.mentions) {
        if (!m.title || m.title.office.courtesy) continue;
        if (!ref) {
          ref = { office: m.title.office, modifiers: m.modifiers, titleText: m.title.text, mention: m };
          continue;
        }
        if (!conflicts(m, ref)) continue;
        const edits = fixEdits(article, m, ref);
        const written = oneLine(article.text.slice(m.start, m.end));
        const fixed = oneLine(applyWithin(article.text, m.start, m.end, edits));
        const first = ref.mention;
        if (first) {
          const firstText = oneLine(article.text.slice(first.start, first.end));
          // "Judge Smith" for a chairman who was once a judge: a customary honorific, not a conflict,
          // unless the people option names the person (then the branch above compares with it).
          const customary = m.title.office.honorific || ref.office.honorific;
          context.report({
            start: m.start,
            end: m.end,
            message: customary
              ? `"${written}" and the first mention, "${firstText}", give ${person.name} different titles; one is a customary honorific, so check only if the office changed (name the person in the people option to enforce one title).`
              : `"${written}" gives ${person.name} a different title from the first mention, "${firstText}".`,
            ...(customary ? { severity: CUSTOMARY_SEVERITY } : {}),
            related: [{ start: first.start, end: first.end, message: `First mention: "${firstText}"` }],
            fixes: edits.length ? [{ title: `Change to "${fixed}"`, edits, safe: false }] : [],
          });
        } else {
          context.report({
            start: m.start,
            end: m.end,
            message: `"${written}": the people option gives ${person.name} the title "${ref.titleText}".`,
            fixes: edits.length ? [{ title: `Change to "${fixed}"`, edits, safe: m.modifiers.length === 0 }] : [],
          });
        }
      }
    }
  },
};
export default rule;

/**
 * Attribution: the words that name or point to a source ("according to the
 * ministry", "police said", "census data show", "in a statement", "per
 * Eurostat"), and how far each reaches.
 *
 * Cues are read from the shared tokens, in their sourcing sense only: "data
 * show" is a source, "TV shows" is not; "the report found" is, "a drive by
 * the company" is not. An agentless passive ("is estimated at", "was
 * reported", "were told") and "an estimated" name nobody: they are no source.
 * The addressee of "told" ("told a few thousand farmers that") is not what
 * the speaker sourced.
 *
 * Scopes (`articleAttribution`): a cue covers its own sentence, the sentences
 * beside it in the paragraph, the last sentence of the paragraph before it
 * (a source named in the next sentence across a paragraph break); a
 * paragraph that opens "According to the report," covers itself and the
 * paragraphs that continue it (list items, "It also found..."), and one
 * whose last sentence names a source and ends with a colon covers the
 * next; a credit
 * line ("— Name (@handle) date") covers the embedded post above it; a lede
 * that names its one source, named again further down, covers the story.
 *
 * User cues (`attributionCues`) are matched literally, token by token,
 * through a trie: 20,000 of them cost no more per word than a few.
 */
import type { Article, Sentence } from '../../article';
import type { LintCache } from '../../cache';
import { tokenize, TokenPool, WordSet, type Token } from '../../tokens';
import { PLURAL_S, readQuantities } from './quantities';
import type { Span } from '../../types';

/** The text the "add a source" fix inserts, for a person to replace. One constant, found by the shells and source-placeholder. */
export const SOURCE_PLACEHOLDER = '[SOURCE]';

export type CueKind =
  /** "according to the ministry", "per Eurostat" */
  | 'according-to'
  /** "said", "told", "reported", "estimated", "found", "data show" */
  | 'reporting'
  /** "in a statement", "census data", "a spokesman", "people familiar with the matter" */
  | 'source'
  /** An actor's own decision: "the council approved $4.5 million", "the fund agreed to put in" */
  | 'decision'
  /** A document as the subject: "the plan would", "the bill provides" */
  | 'document'
  /** From the `attributionCues` option */
  | 'user'
  /** The unfilled placeholder of the "add a source" fix */
  | 'placeholder';

export interface Cue extends Span {
  kind: CueKind;
  text: string;
  /** Figures in this span are not covered by the cue: the addressee of "told". */
  excludes?: Span;
  /** For a reporting verb followed by "that": it sources what follows, not a relative clause before it. */
  complement?: boolean;
  /** For an actor's decision in the active voice: it covers the figures after it, what the actor chose. */
  after?: boolean;
  /** A speaker with a clause of their own ("shopkeepers say they feel ..."): not a source for a clause joined before it. */
  speaks?: boolean;
  /**
   * An opinion, not a source: a crowd as the speaker (a bare plural opening the sentence, "Critics say", "Family doctors
   * say they are at breaking point"; a crowd counted loosely anywhere, "many fund managers say"), a share as the speaker
   * ("with two-thirds of adults saying"), or a speaker's call for action ("said the Government should publish data").
   * It lends the sentence beside it no source, nor a figure in a clause before it.
   */
  crowd?: boolean;
  /**
   * Where the noun phrase a participle's agent is given for begins: "well below the 8% benchmark set by National
   * Treasury" sources the 8%, not a figure earlier in the sentence ("has fallen to about 5% of the value …").
   */
  from?: number;
}

/** The cues of one sentence, offsets relative to it. */
export interface SentenceCues {
  cues: Cue[];
  /** The sentence opens with a lead-in that covers its paragraph: "According to the report," or "The survey found:". */
  leadIn: boolean;
  /** Capitalized names of documents and data the sentence cites ("Stayline Monthly survey from TourMetrics"): what a story may name again. */
  names: string[];
  /**
   * The source reaches back across a paragraph break: "according to", a source named as data or a
   * statement, or a reporting verb that closes the sentence ("..., officials said."). A speaker
   * tagged to a quotation ("“...,” she said") sources the quotation only.
   */
  carries: boolean;
  /**
   * The sentence introduces a document or a data set as a source ("A new report ... shows", "The
   * report is based on a survey by Harlow & Sons"): the paragraphs after it may present its figures.
   */
  document: boolean;
  /**
   * The sentence cites a report or a study by "according to" ("according to trial results presented at …"): in a
   * lede, the story may go on presenting it, as after a document it introduces.
   */
  cites?: boolean;
  /**
   * The sentence gives a figure as somebody's estimate and names nobody ("Damage is estimated at £250,000", "is
   * thought to have"): it says itself that its figure's source is unknown, so no source beside it is taken as that.
   */
  unnamed?: boolean;
}

/** How a figure came to be covered, for messages and tests. */
export type Scope = 'sentence' | 'neighbour' | 'next-paragraph' | 'lead-in' | 'credit' | 'report' | 'story' | 'issuer';

// ---------------------------------------------------------------------------
// Vocabulary

const set = (s: string): ReadonlySet<string> => new WordSet(s.split(/\s+/).filter(Boolean));

/** Verbs that report or count, in forms that are verbs only. */
const REPORTING = set(`
  said say saying told tell telling stated testified testifies reported reporting announced announces announcing
  estimated estimating counted tallied calculated found showed shown showing published disclosed revealed noted
  wrote predicted projected cited citing quoted confirmed confirming acknowledged claimed insisted asserted
  declared warned cautioned conceded admitted explained explain explaining indicated suggested alleged argued tweeted concluded recorded tracked
  measured surveyed polled compiled reckoned pegged disclosed testify confirm estimate discovered computing
  calculating forecasting projecting predicting reckon reckons`);
/**
 * Forms that are nouns as often as verbs ("TV shows", "news reports"): cues only after a subject. "expects" is no
 * noun, but it sources only after one ("it expects about 400 shareholders"; not "Not everyone expects").
 */
const AMBIGUOUS = set(`
  says tells shows show reports estimates counts claims notes projects forecasts forecast finds cites puts pegs
  releases released put suggests indicates predicts warns writes confirms acknowledges argues concludes records
  tracks measures reveal reveals expects values`);
/** Participles that a "be" form makes passive: agentless, they name nobody ("is estimated at", "was reported"). */
const PASSIVE_REPORTING = set(`
  said told reported estimated expected believed thought known projected predicted forecast counted feared
  understood alleged claimed announced confirmed put pegged shown found recorded discovered measured`);
const BE = set("is are was were be been being 's am");
/** Agentless passives that make the sentence's figure an estimate by nobody named: "is estimated at", "are thought to". */
const UNNAMED_ESTIMATES = set('estimated believed thought reckoned pegged feared understood');
/** Words that may stand between "be" and a participle: "is now estimated", "were reportedly told". */
const ADVERBS = set('now also still widely generally reportedly currently previously initially officially already often');
/** After these participles, "by" names the agent: "estimated by the ministry", "compiled by Reuters". */
const AGENT_PARTICIPLES = set(`
  estimated counted compiled conducted commissioned released published provided collected gathered calculated
  analyzed analysed reported confirmed measured tallied recorded prepared issued`);
/** Nouns of sourced figures, when used as sources: "data show", "according to the survey", "a report by". */
const SOURCE_NOUNS = set(`
  data figures figure statistics stats survey surveys census poll polls study studies report reports analysis
  research estimate estimates records tally count documents filing filings audit projections projection forecast
  forecasts numbers review investigation database index accounts counts tests testing benchmarks results costings`);
/** A body's data, as a noun: "Figures obtained by …", "Data released by …". */
const DATA_NOUNS = set('figures data statistics records numbers');
/** The data noun's index at most, as the sentence's subject: "Figures obtained by", "New figures released by". */
const DATA_OPENING = 2;
/** Participles that give data an agent: "obtained by", "released by". */
const DATA_GIVEN = set('obtained released published compiled');
/** Words right after a source noun that make it one: "data show", "a report by", "figures from". */
const SOURCE_NOUN_AFTER = set(`
  show shows showed shown found find finds said says say suggest suggests suggested indicate indicates indicated
  released published compiled by from reported estimated put puts puts obtained seen reviewed cited conducted
  revealed predicted projected come comes came criticises criticised criticizes criticized
  warns warned highlights highlighted concludes concluded calculates calculated`);
/** Words before a source noun that make it one: "in a statement", "census data", "according to records". */
const SOURCE_NOUN_BEFORE = set('in from citing cited under per according our');
/** Owners' pronouns a source noun may have after SOURCE_NOUN_BEFORE, two words between: "in its last annual report". */
const REPORT_OWNERS = set('its their his her');
/**
 * Verbs that publish a source noun: "The health board released the figures" sources its paragraph's figures,
 * without introducing a report that later paragraphs present.
 */
const PUBLISHING = set('released published issued gave give gives provided supplied posted shared');
/**
 * Sources that name nobody when they stand bare: "Studies show that …", "research suggests that …", "experts say",
 * "Evidence shows that …".
 * With a determiner, a name or an agent they are sources: "the study", "a Harvard study", "research by the
 * institute", "studies published in The Lancet".
 */
const VAGUE_SOURCES = set('studies research experts evidence');
const NAMING_AFTER = set('by from of published at in conducted commissioned');
/** Words before a source noun that leave it bare: a conjunction or "that", not a determiner or a name. */
const BARE_BEFORE = set('but and or that as yet while although though because so');
function bareVagueSource(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !VAGUE_SOURCES.has(t.lower)) return false;
  if (NAMING_AFTER.has(tokens[i + 1]?.lower ?? '')) return false;
  const p = tokens[i - 1];
  return p === undefined || p.kind === 'punct' || BARE_BEFORE.has(p.lower);
}
/** Words before a published source noun that point back to figures already given: "gave both figures", "released the numbers". */
const BACK_TO_FIGURES = set('the both these those all');
/**
 * Nouns of a view or a finding that a possessive name makes a source: "the Board's report of", "Dr. Venn's
 * estimate", "It is the marshal's belief that".
 */
const POSSESSED_SOURCES = set('belief view opinion assessment calculation calculations reckoning breakdown');
/** A person's reckonings, owned by a pronoun: "his profit forecast", "her estimate". */
const RECKONINGS = set('forecast forecasts estimate estimates projection projections calculation calculations');
/** Pronouns of a person that own a reckoning. */
const PERSONAL = set('his her their');
/** Source nouns that name a document whose figures a story may go on to present. */
/** Participles that introduce a poll or a survey with its agent: "polled by", "surveyed by". */
const POLLED = set('polled surveyed compiled conducted commissioned released published');
const REPORT_NOUNS = set('report reports survey surveys study studies analysis census poll polls audit');
/** People who speak for others. */
const SPOKESPEOPLE = set('spokesman spokeswoman spokesperson spokespeople spokesmen spokeswomen');
/** Decisions that name their actor: the figure is what the named actor chose. */
const DECISIONS = set(`
  proposed proposes proposal recommended recommends requested approved voted budgeted authorized authorised
  appropriated allocated allotted awarded offered submitted filed pledged agreed committed promised unveiled ordered
  imposed granted earmarked plans intends fixed sentenced convicted directed endorsed adopted`);
/**
 * Verbs of a demand, a decision only with its sum right after ("The agency wants $640 million", "The union is seeking
 * 7 percent", "sought a 12% rise"): "regulators are demanding answers" names no figure.
 */
const DEMANDS = set('wants seeks seeking sought demanding demanded');
/**
 * Verbs of funding, a decision likewise with its sum right after: "The Government of Mbesa will contribute US$21.4
 * million", "is funded with $1.9 million from the Primary Sector Innovation Fund". Not what a trade contributes to
 * an economy ("growers contribute close to £400 million a year to the regional economy"): that is a claim.
 */
const FUNDING = set('contribute contributes contributed contributing funded financed donated donating donate donates');
const ECONOMY = /\b(?:econom(?:y|ies)|GDP|output)\b/i;
/** A sum of money a few words on: a currency's sign or code before its digits ("US$21.4 million", "Rs 65 crore"). */
const MONEY_AHEAD = /^[^.;:,]{0,20}?(?:[$£€¥₹₦]|\b(?:Rs\.?|R|USD|EUR|GBP|INR|KSh)\s?\d)/;
/** Tokens after a verb of demand within which its sum stands. */
const DEMAND_REACH = 3;
/** Documents that can be the subject of a figure: "the plan would", "the law requires". */
const DOCUMENTS = set(`
  plan plans proposal proposals bill bills measure measures legislation law laws budget budgets program programs
  programme agreement agreements contract contracts treaty deal deals resolution ordinance amendment regulation
  regulations rule rules policy formula scheme schemes arrangement communique communiqué compromise accord`);
const DOCUMENT_VERBS = set(
  'would will provides provide requires require allows allow sets set authorizes entails calls caps limits includes include',
);
/** Pronouns and source nouns that can be the subject of an ambiguous verb: "it shows", "the data shows". */
const SUBJECTS = set(`
  he she it they this that which who data figures study survey poll report analysis research census footage video
  videos images photos documents evidence records testimony`);
/**
 * Words after which a participle describes the noun that follows it instead of naming a source: "with reported
 * losses", "of estimated costs", "their projected sales". (After "an" and "the" it never sources: "an estimated".)
 */
const ATTRIBUTIVE_BEFORE = set(`
  with of in for on from among and or but its their his her our all any some no many most other total number`);
/**
 * A reporting participle used as an adjective: after a preposition, a determiner or at the sentence's start, and
 * before a word that is not a function word ("with reported losses up 31 percent", "Reported thefts rose"). A
 * verb has a subject before it ("the company reported losses") or an object that is a figure ("and reported 40").
 */
function attributive(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next?.kind !== 'word' || FUNCTION.has(next.lower) || next.lower === 'that') return false;
  const w = (tokens[i] as Token).lower;
  if (!w.endsWith('ed')) return false;
  return i === 0 || ATTRIBUTIVE_BEFORE.has(tokens[i - 1]?.lower ?? '');
}
const FUNCTION = set(`
  the a an and or but of to in on at for with by from that which who was were is are be been has have had will
  would could should it its their his her this these those as than then there when where while after before`);
/**
 * Words between a participle and its "by": "filed against 412 tenants in 96 buildings by". Set on one Brown
 * sentence: 4 leaves it reported; 8 to 14 change nothing on the development pages or the Brown press sections.
 */
const AGENT_REACH = 8;
/**
 * Tokens back from a participle read for the figure of the noun phrase it follows: "the 8% benchmark set by" is 3
 * (8, %, benchmark), "a value of $2m placed on it by" is read from the participle's own word back.
 */
const PHRASE_BEFORE = 4;
/**
 * A participle right after a noun phrase with a figure in it ("the 8% benchmark set by National Treasury"): where
 * that phrase begins, so that its agent sources that figure and those after it, not one earlier in the sentence.
 * None when the participle opens a clause of its own (after a comma, "was", "were") or no figure stands close before.
 */
function figurePhraseBefore(tokens: readonly Token[], i: number): Partial<Cue> | undefined {
  const prev = tokens[i - 1];
  if (!prev || prev.kind !== 'word' || BE.has(prev.lower)) return undefined;
  for (let j = i - 1; j >= 0 && j >= i - PHRASE_BEFORE; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && t.text !== '%') return undefined;
    if (t.kind === 'number') return { from: t.start };
  }
  return undefined;
}
/** Words read after "calling on" for the "to" of a demand: "calling on the Scottish Government to" is 4. */
const CALLED_ON_REACH = 5;
/** "calling on the Government to …": someone called on to act, not "called on Tuesday". */
function calledOnTo(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length && k <= from + CALLED_ON_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (t.lower === 'to') return k > from;
  }
  return false;
}
/** A date's marks: the full stop of "Sept." and the dash of "22-26". */
const DATE_MARKS = set('. - – /');
/** The mark at `k` is a date's: after a month's name or a number, as in "Sept. 22-26". */
function inDate(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return DATE_MARKS.has((tokens[k] as Token).text) && !!before && (before.kind === 'number' || CALENDAR_WORDS.has(before.lower));
}
/** Participles whose "by" names who gave the figure: "placed on the orchard by the county assessor", "credited by the board". */
const GIVEN = set(
  'placed credited given made put set assessed appraised valued computed supplied furnished cited quoted brought filed',
);

/**
 * Every word at which `readCues` makes a cue (a token's `lower`): each of its tests starts with one of these words,
 * so a word outside the set is passed over with one lookup instead of a dozen (most of a sentence's words), most of
 * them ruled out by their shape alone (a `WordSet`).
 */
/** Hearings whose evidence is a court report's source: "the court heard", "the jury was told". */
const HEARINGS = set('court jury inquest inquiry tribunal hearing magistrates committee');
/** Verbs of intention before "to": "plan to spend", "aim to raise", "intend to cut". */
const INTENDS = set('plan aim intend hope');
export const CUE_WORDS: ReadonlySet<string> = new WordSet([
  ...REPORTING,
  ...AMBIGUOUS,
  ...SPOKESPEOPLE,
  ...AGENT_PARTICIPLES,
  ...SOURCE_NOUNS,
  ...POSSESSED_SOURCES,
  ...DECISIONS,
  ...DEMANDS,
  ...FUNDING,
  'paid',
  ...DOCUMENTS,
  ...GIVEN,
  ...'according per familiar source sources added statement calls called calling asks asked asking'.split(' '),
  ...INTENDS,
  'heard',
]);

/**
 * Every word at which `findCues` can make a cue (its `lower`, the token's lower case), as one expression over a
 * sentence's text: a sentence in which it finds none has no cue. A token starts neither after a letter nor inside
 * one and ends before no letter or digit, so a cue word is matched where no ASCII letter stands before it and no
 * ASCII letter or digit after it (a superset of the tokens: ASCII only, and no Unicode flag, is more than twice as
 * fast). Without the Unicode flag the case of ASCII letters alone is folded, and the one other character that
 * `toLowerCase` takes to an ASCII letter, the Kelvin sign, is looked for on its own. "[SOURCE]" holds "source"; the
 * user's cues are matched by their own trie. "No ASCII letter before it" is the start of the text or a character
 * that is no letter, taken by the match (`(?:^|[^a-z])`): a look-behind, `(?<![a-z])`, answers the same for `test`
 * but made the search about 30% slower.
 */
const CUE_WORD = new RegExp(`(?:^|[^a-z])(?:${[...CUE_WORDS].sort((a, b) => b.length - a.length).join('|')})(?![a-z0-9])`, 'i');
const KELVIN = '\u212A';

/** Whether `findCues` may find a cue in the text: false only when it finds none (a test of the words alone). */
export function mayHaveCues(text: string): boolean {
  return CUE_WORD.test(text) || text.includes(KELVIN);
}

/** Whether a document noun sits in "in the ... budget" or "under the plan" (a few words back). */
function inDocument(tokens: readonly Token[], i: number): boolean {
  // "Enrollment in diesel programs": plans in the plural with no determiner are a kind of thing, no document.
  let determined = !PLURAL_S.test(tokens[i]?.lower ?? '');
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    const t = tokens[k] as Token;
    // Not the "in" of a ratio: "roughly seven in ten are having some formula".
    if ((t.lower === 'in' && !ratioIn(tokens, k)) || t.lower === 'under') return determined;
    if (NOUN_DETERMINERS.has(t.lower) || possessive(t) || t.kind === 'number' || RATIO_WORDS.has(t.lower)) determined = true;
    // "in two years and energy bills": a conjunction ends the phrase.
    if (t.lower === 'and' || t.lower === 'or' || t.lower === 'but') return false;
    if (t.kind === 'punct' && t.text !== '$' && t.text !== ',' && t.text !== '-') return false;
  }
  return false;
}

/** Words after "reports" that put the report in the future: "which reports next week", "reports later". */
const FUTURE_AFTER = set('next later tomorrow soon');
/** Number words of a ratio written out: "seven in ten", "one in twenty". */
const RATIO_WORDS = set('one two three four five six seven eight nine ten twelve twenty hundred thousand');
/** The "in" of a ratio: "seven in ten", "1 in 5". */
function ratioIn(tokens: readonly Token[], k: number): boolean {
  const isCount = (t: Token | undefined): boolean => !!t && (t.kind === 'number' || RATIO_WORDS.has(t.lower));
  return isCount(tokens[k - 1]) && isCount(tokens[k + 1]);
}
/** Openers of a paragraph that carries on from the one before: "It also found...", "The report says...". */
const CONTINUATION = set('it its they their also additionally further furthermore moreover meanwhile');
const CONTINUATION_NOUNS = set('report study survey data figures analysis census poll review audit document filing');

/**
 * A sentence whose first token may be one of `continues`'s openers (a word of `CONTINUATION`, or "the" or "this"
 * before one of `CONTINUATION_NOUNS`): its first word, after the white space the tokenizer passes over, in the 60 characters `continues` reads.
 */
const CONTINUATION_START = new RegExp(
  `^[\\s\\u00A0\\u2000-\\u200B\\u202F\\u205F\\u3000\\uFEFF]*(?:${[...CONTINUATION, 'the', 'this'].join('|')})(?![\\p{L}\\p{M}\\p{Nd}])`,
  'iu',
);

// ---------------------------------------------------------------------------
// User cues: a token trie

interface TrieNode {
  next: Map<string, TrieNode>;
  end: boolean;
}

/** The user's cues, compiled once per list: matched literally (case-insensitive), whole tokens only. */
export interface CueMatcher {
  root: TrieNode;
  /** The longest cue in tokens: bounds the work per token. */
  depth: number;
}

/** Cues of more tokens than this are cut to it; no real source name is that long. */
const MAX_CUE_TOKENS = 16;

export function compileCues(cues: readonly string[]): CueMatcher | undefined {
  const root: TrieNode = { next: new Map(), end: false };
  let depth = 0;
  for (const cue of cues) {
    const tokens = tokenize(cue).slice(0, MAX_CUE_TOKENS);
    if (tokens.length === 0) continue;
    let node = root;
    for (const t of tokens) {
      let child = node.next.get(t.lower);
      if (!child) {
        child = { next: new Map(), end: false };
        node.next.set(t.lower, child);
      }
      node = child;
    }
    node.end = true;
    depth = Math.max(depth, tokens.length);
  }
  return depth === 0 ? undefined : { root, depth };
}

/** Where the user's cues occur in a token list. */
function matchUserCues(matcher: CueMatcher, tokens: readonly Token[]): Span[] {
  const out: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    let node: TrieNode | undefined = matcher.root;
    for (let j = i; j < tokens.length && j - i < matcher.depth; j++) {
      node = node.next.get((tokens[j] as Token).lower);
      if (!node) break;
      if (node.end) {
        out.push({ start: (tokens[i] as Token).start, end: (tokens[j] as Token).end });
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// Cues in a sentence

/**
 * Regular expressions of the cue reader, made once: a literal inside a function makes a new RegExp object each time
 * it runs (about 56 bytes), and `CALL_OR_ASK` was tried at nearly every word of every sentence read for cues.
 */
const POSSESSIVE_S = /['’]s$/;
const PERSONAL_PRONOUN = /^(?:he|she|they|we|i)$/;
const AFTER_INVERTED = /^(?:that|a|an|the|[,:.]|\d.*)$/;
/** Forms of AMBIGUOUS that are never nouns. */
const VERB_ONLY = set('says tells expects warns writes argues concludes acknowledges confirms predicts reveals');
/** Whether the noun at `k` has a determiner within the three words before it ("the national statistics office"). */
function determinedNoun(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return false;
    if (NOUN_DETERMINERS.has(t.lower)) return true;
  }
  return false;
}
const NOUN_DETERMINERS = set('the a an its their his her our this that');
/**
 * Whether the words before `i` are a name that opens the sentence: capitalised words, with "of", "for", "and" or "&"
 * between them, at most NAME_WORDS of them, after "The" or nothing. Not "Nobody expects", "Everyone says".
 */
function namedSubject(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (!isCapitalized(tokens[k])) return false;
  while (
    k > 0 &&
    i - k < NAME_WORDS &&
    !(k === 1 && tokens[0]?.lower === 'the') &&
    (isCapitalized(tokens[k - 1]) ||
      NAME_JOINS.has(tokens[k - 1]?.lower ?? '') ||
      // "The Inter-American Health Agency says": a hyphen inside a capitalised word.
      (tokens[k - 1]?.text === '-' && tokens[k - 1]?.end === tokens[k]?.start && isCapitalized(tokens[k - 2])) ||
      // "The Wyvern Valley Fruit Growers' Association says": a plural possessive inside the name.
      (APOSTROPHES.has(tokens[k - 1]?.text ?? '') && tokens[k - 2]?.end === tokens[k - 1]?.start && isCapitalized(tokens[k - 2])))
  )
    k--;
  const first = tokens[k] as Token;
  if (NAME_JOINS.has(first.lower)) return false;
  if (k === 1 && tokens[0]?.lower === 'the') return true;
  // "Ratepayers' group Aranui Watch says": a few words that describe the name before it.
  if (k > 0 && k <= DESCRIBER_WORDS) {
    for (let j = 0; j < k; j++) {
      const t = tokens[j] as Token;
      if (t.text === "'" || t.text === '’') continue;
      if (t.kind !== 'word' || FUNCTION.has(t.lower) || NOBODY.has(t.lower)) return false;
    }
    return true;
  }
  return k === 0 && !NOBODY.has(first.lower) && !FUNCTION.has(first.lower);
}
/** Tokens before a name that describe it: "Ratepayers' group Aranui Watch" (with its apostrophe), "Opposition roads spokeswoman Lisa Tran". */
const DESCRIBER_WORDS = 4;
/** Words of a name that opens a sentence: "The Agricultural Societies Council of NSW" is 6. */
const NAME_WORDS = 8;
const NAME_JOINS = set('of for and &');
const APOSTROPHES: ReadonlySet<string> = new Set(["'", '’']);
const NOBODY = set('nobody everyone everybody anyone anybody someone somebody no-one few many most some none all each');
/** Verbs, nouns as often, that close a sentence as its attribution: "…, the team reports in the paper." */
const CLOSING_VERBS = set('reports notes estimates finds claims confirms');
/** Words after a closing verb before the sentence ends: "in the paper", "in its annual review" is 4. */
const CLOSING_TAIL_WORDS = 5;
/**
 * Whether the verb at `i` closes its sentence after a comma and a determined noun of at most three words ("…, the
 * team reports", "…, the agency's annual review notes"), with at most CLOSING_TAIL_WORDS words and no comma after it.
 */
function closingAfterComma(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && i - k <= 4 && tokens[k]?.kind === 'word') k--;
  if (tokens[k]?.text !== ',' || !NOUN_DETERMINERS.has(tokens[k + 1]?.lower ?? '') || k + 2 >= i) return false;
  // "…, the highest since records began": a word of function in the noun phrase makes it no subject.
  for (let j = k + 2; j < i; j++) if (FUNCTION.has(tokens[j]?.lower ?? '')) return false;
  for (let j = i + 1, words = 0; j < tokens.length; j++) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return t.text === '.' || t.text === '!' || t.text === '?';
    if (++words > CLOSING_TAIL_WORDS) return false;
  }
  return true;
}
/** Words that open what a verb of estimating estimates: "estimates the crop", "forecasts that …". */
const ESTIMATE_OBJECT = set('the that its their a an this total');
/** Verbs of a body's own estimate, nouns as often ("estimates", "forecasts"): a verb after a determined noun. */
const ESTIMATING = set('estimates forecasts projects predicts');
/** Words after "puts" read for the "at" of its figure: "puts electricity, consumables and servicing at about $9,000". */
const RECKONED_REACH = 10;
/** "puts … at": the figure a name reckons, a few words on, before the sentence ends. */
function reckonedAt(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + RECKONED_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.text === '.' || t.text === ';') return false;
    if (t.lower === 'at') return true;
  }
  return false;
}
/** Pronouns that open the clause a speaker's verb reports: "Keane says they make up …". */
const CLAUSE_SUBJECT = /^(?:he|she|they|it|we|there|i)$/;
const CALL_OR_ASK = /^(?:call|ask)(?:s|ed|ing)$/;
const COLON_END = /:\s*$/;
const QUOTE_MARK = /["”’']/;

function isCapitalized(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

/** A possessive name or noun: "Venn's", "the Board's". */
function possessive(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && POSSESSIVE_S.test(t.text) && !CONTRACTIONS.has(t.lower.replace('’', "'"));
}
const CONTRACTIONS = set("it's that's there's here's what's who's he's she's let's");

/**
 * Whether a report's noun heads the subject of the verb at `i`, a few words back in the same clause: "A city survey
 * last fall found", "A nutrition survey carried out by the World Food Programme in March found". A survey, a study
 * or a report that finds is named by finding; one nobody names stays bare ("Studies show" is read before this).
 */
function reportSubjectBefore(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - REPORT_SUBJECT_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' || CLAUSE_OPENERS.has(t.lower)) return openingReportBefore(tokens, i);
    if (REPORT_NOUNS.has(t.lower)) return !bareVagueSource(tokens, k);
    // "Council testing of 640 private bores found", "Water company sampling of 300 beaches found", "The
    // inspectorate's review found": an inquiry with its owner. Not "Routine sampling of 300 beaches found".
    if (INQUIRIES.has(t.lower)) {
      const before = tokens[k - 1];
      return (
        OWNERS.has(before?.lower ?? '') ||
        possessive(before) ||
        NOUN_DETERMINERS.has(before?.lower ?? '') ||
        (k > 1 && isCapitalized(before)) ||
        determinedNoun(tokens, k)
      );
    }
  }
  return openingReportBefore(tokens, i);
}
/** Nouns of an inquiry that finds, when somebody's: not "Routine sampling found", which names nobody. */
const INQUIRIES = set('testing tests sampling monitoring inspection inspections investigation review inquiry');
/** Bodies that own an inquiry by standing before it: "Council testing", "company sampling", "police inquiries". */
const OWNERS = set(`
  council government ministry department agency authority police company firm state city county board trust
  regulator inspectorate watchdog commission university hospital utility`);
/**
 * "A separate survey of 1,200 residents, carried out for the council by Northgate Research, found", "But a survey of
 * 1,200 waiters, bar staff and kitchen porters by the union found": the sentence opens with a report as its subject
 * (after "but" or "and" perhaps), and its verb comes past the people it asked and an aside, within
 * OPENING_REPORT_REACH tokens and before any word that opens a clause of its own ("that", "which", "while").
 */
function openingReportBefore(tokens: readonly Token[], i: number): boolean {
  const from = OPENERS.has(tokens[0]?.lower ?? '') ? 1 : 0;
  if (i > from + OPENING_REPORT_REACH || !reportOpens(tokens, from)) return false;
  for (let k = from + 1; k < i; k++) {
    const t = tokens[k] as Token;
    if (SUBORDINATORS.has(t.lower) || t.text === ';' || t.text === ':') return false;
    // "The survey closed in May, and about 40 percent of households found new homes": a clause joined with its own
    // subject. A list's "and" has no comma before it ("waiters, bar staff and kitchen porters").
    if (OPENERS.has(t.lower) && tokens[k - 1]?.text === ',') return false;
  }
  return true;
}
/** Tokens from a sentence's opening report to its verb: "A separate survey of 1,200 residents, carried out for the council by Northgate Research, found" is 17. */
const OPENING_REPORT_REACH = 24;
/** Words that open a clause of its own, past which the report is no longer the verb's subject. */
const SUBORDINATORS = set('that which who whose while because when if whereas although though');
/**
 * "The auditor also found the ministry spent …", "In inner Sydney, the commission found, one in five centres …": a
 * body named with its determiner, perhaps an adverb, then the verb, then a clause of its own or the comma of a
 * parenthesis. Not "a strike that … showed no sign of ending" (no clause after it), not "they found work".
 */
function findingBody(tokens: readonly Token[], i: number): boolean {
  let k = i - 1;
  if (ADVERBS.has(tokens[k]?.lower ?? '')) k--;
  const subject = tokens[k];
  if (!subject || subject.kind !== 'word' || FUNCTION.has(subject.lower) || !determinedNoun(tokens, k)) return false;
  const next = tokens[i + 1];
  return (
    next === undefined ||
    next.text === ',' ||
    next.text === '.' ||
    CLAUSE_STARTS.has(next.lower) ||
    // "which the company estimates saved customers NZ$2.6 million": the estimate's clause lost its subject to
    // "which", the relative pronoun before the body.
    relativeBefore(tokens, k)
  );
}
/** Whether "which" or "that" comes just before the noun phrase that ends at `k` (its determiner within three words). */
function relativeBefore(tokens: readonly Token[], k: number): boolean {
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return false;
    if (NOUN_DETERMINERS.has(t.lower)) return RELATIVES.has(tokens[j - 1]?.lower ?? '');
  }
  return false;
}
const RELATIVES = set('which that');
/** Kinds of account a person holds, not a body's accounts: "savings accounts", "email accounts". */
const ACCOUNT_KINDS = set('savings bank current checking deposit retirement brokerage email user customer social media');
/** Words that open a clause after a verb of finding or estimating: "found the ministry spent", "estimates the cost". */
const CLAUSE_STARTS = set('the that a an its their his her this these those there it they he she we some most many more');

/**
 * Words back from "found" within which a report's noun is its subject: "A nutrition survey carried out by the World
 * Food Programme in March found" is 10.
 */
const REPORT_SUBJECT_REACH = 10;

/** "is estimated", "were reportedly told", "has been reported": a passive with no "by" after it. */
function agentlessPassive(tokens: readonly Token[], i: number): boolean {
  let j = i - 1;
  while (j >= 0 && ADVERBS.has(tokens[j]?.lower ?? '')) j--;
  const be = tokens[j];
  // "is estimated at", or a noun's participle with no "be": "a pension deficit estimated at about £45m".
  // Not "Police reported at least 5,000 people": "at least" and "at most" hedge the figure after an active verb.
  const at = tokens[i + 1]?.lower === 'at' && tokens[i + 2]?.lower !== 'least' && tokens[i + 2]?.lower !== 'most';
  // "a project estimated to cost $38 million": an estimate "to" is passive with or without "be" ("The council estimated
  // to cost" is no English).
  const to = tokens[i]?.lower === 'estimated' && tokens[i + 1]?.lower === 'to';
  if (!(be && BE.has(be.lower)) && !at && !to) return false;
  // "a crowd that police estimated at 5,000": the verb of a relative clause's subject, active.
  if (!(be && BE.has(be.lower)) && be?.kind === 'word' && RELATIVES.has(tokens[j - 1]?.lower ?? '') && !FUNCTION.has(be.lower))
    return false;
  for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'by') return false;
    if (t.kind === 'punct') break;
  }
  return true;
}

/**
 * Verbs in the present tense whose subject speaks for themselves: "40 per cent of owners say" is a poll's answer
 * given as a standing fact, with no poll named. In the past tense ("38% said") it reports one poll's answers, which
 * the story has named (a survey in the sentence or the paragraph before), so it is left to the scopes.
 */
const SPEAKING = set('say says saying believe believes think thinks expect expects');
/** Participles that are sources only with an object after them: "computing the cost", not "cloud computing". */
const OBJECT_PARTICIPLES = set('computing calculating forecasting projecting predicting');
/** Determiners before a participle that make it an adjective: "no approved vaccine", "the proposed route". */
const DETERMINERS = set('a an the no any its their his her our this that these those every each');
/** Words of a share: "40 per cent", "40%", "a third", "one in five". */
const SHARE_WORDS = set('percent cent % half third thirds quarter quarters fifth fifths tenth tenths majority');
/** Words that open a clause of their own: a subject is not looked for past them. */
const CLAUSE_OPENERS = set('that and but which as while because when if whereas although though so');
/** How far back from a verb its subject's share may stand: "nearly two-thirds of residents in towns like X say". */
const SUBJECT_REACH = 12;

/**
 * The subject of a speaking verb when it is a share of people ("around 40 per cent of owners say", "one in five
 * drivers say"): the span from the share to the verb, or undefined. Such a sentence reports what a poll found
 * without naming the poll; the speakers are the figure, not its source.
 */
function shareAsSubject(tokens: readonly Token[], i: number): Span | undefined {
  for (let k = i - 1; k >= 0 && k >= i - SUBJECT_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' && t.text !== '%' && t.text !== '-') return undefined;
    if (CLAUSE_OPENERS.has(t.lower)) return undefined;
    const share =
      (SHARE_WORDS.has(t.lower) && tokens[k + 1]?.lower === 'of') ||
      (t.text === '%' && tokens[k - 1]?.kind === 'number') ||
      (t.lower === 'in' &&
        tokens[k - 1]?.kind !== 'punct' &&
        NUMBER_WORD.test(tokens[k - 1]?.lower ?? '') &&
        NUMBER_WORD.test(tokens[k + 1]?.lower ?? ''));
    if (!share) continue;
    // Back to the share's number ("40 per cent", "two-thirds", "one in five").
    let a = k;
    while (
      a > 0 &&
      a > k - 4 &&
      (tokens[a - 1]?.kind === 'number' ||
        NUMBER_WORD.test(tokens[a - 1]?.lower ?? '') ||
        tokens[a - 1]?.text === '-' ||
        tokens[a - 1]?.lower === 'per')
    )
      a--;
    return { start: (tokens[a] as Token).start, end: (tokens[i] as Token).start };
  }
  return undefined;
}
const NUMBER_WORD = /^(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|a|an)$/;

/**
 * A decision's participle with its agent a few words on, and no figure between: "requested the week before by
 * President Kennedy" (passive: what it decided came before). "approved $4m by the end of May" is active.
 */
function agentAfter(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + AGENT_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' || t.kind === 'number') return false;
    if (t.lower === 'by') {
      const agent = tokens[k + 1];
      return agent !== undefined && (agent.lower === 'the' || isCapitalized(agent));
    }
  }
  return false;
}

/**
 * A decision that a figure before it is measured against: "$754 million more than the President had asked for",
 * "20 per cent less than the council budgeted". The figure is the difference from what was decided.
 */
function comparedTo(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - COMPARED_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (t.lower === 'than') return true;
  }
  return false;
}
/** Words between "than" and the decision: "than the President had asked for" is 4. */
const COMPARED_REACH = 5;

/**
 * "admitted" of a patient, not of a confession: after "be" or "those" ("to be admitted", "those admitted"), or
 * before "to" or "into" a hospital or a ward.
 */
function admittedAsPatient(tokens: readonly Token[], i: number): boolean {
  const prev = tokens[i - 1]?.lower ?? '';
  if (BE.has(prev) || prev === 'those' || prev === 'patients') return true;
  const next = tokens[i + 1]?.lower;
  if (next !== 'to' && next !== 'into') return false;
  for (let k = i + 2; k < tokens.length && k <= i + 4; k++) if (WARDS.has((tokens[k] as Token).lower)) return true;
  return false;
}
const WARDS = set('hospital hospitals ward wards care icu unit clinic hospice');

/**
 * The span after "told" that names whom the speaker told: up to "that", a comma, a colon or a quotation, or up to
 * the subject of the clause told ("told Pacific Line the fund now had 20,400 borrowers", "told 300 staff the plant
 * would close"): a word that opens a clause after a word that is no function word ("told reporters at the scene"
 * goes on).
 */
function addressee(tokens: readonly Token[], i: number, end: number): Span | undefined {
  const first = tokens[i + 1];
  if (!first) return undefined;
  for (let k = i + 1; k < tokens.length && k <= i + 14; k++) {
    const t = tokens[k] as Token;
    if (t.lower === 'that' || t.kind === 'punct') return { start: first.start, end: t.start };
    const before = tokens[k - 1] as Token;
    if (k > i + 1 && TOLD_CLAUSE_STARTS.has(t.lower) && before.kind !== 'punct' && !FUNCTION.has(before.lower))
      return { start: first.start, end: t.start };
  }
  return { start: first.start, end };
}
/** Words that open the clause told, after its addressee: "told the committee the cost had doubled". */
const TOLD_CLAUSE_STARTS = set('the a an its their his her this these those there it they he she we i');

/** Capitalized name words in a range of tokens (not a sentence's first word, not a function word). */
/** Words before a report's noun at a sentence's opening: "The report", "A new survey", "The online survey". */
const REPORT_OPENING_WORDS = 4;
/**
 * The sentence opens with a report as its subject: a determiner, at most two words, a report's noun ("The report, …",
 * "The online survey of 1,512 adults, …").
 */
function reportOpens(tokens: readonly Token[], from = 0): boolean {
  if (!DETERMINERS.has(tokens[from]?.lower ?? '')) return false;
  for (let k = from + 1; k < from + REPORT_OPENING_WORDS && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'word') return false;
    if (REPORT_NOUNS.has(t.lower)) return true;
  }
  return false;
}

/** Words after a speaker's verb read for the modal of a call: "said the province should stop". */
const CALL_REACH = 5;
/** Modals of a call for action: what a speaker wants done, not what they report. */
const CALL_MODALS = set('should must ought');
/**
 * The speaker's clause is a call for action ("Gill said the province should stop counting trees", "Ms Ní Bhriain said
 * the Government should publish data"): an opinion, which lends the figure beside it no source.
 */
function callsFor(tokens: readonly Token[], i: number): boolean {
  const w = (tokens[i] as Token).lower;
  if (w !== 'said' && w !== 'says' && w !== 'say') return false;
  for (let k = i + 1; k < tokens.length && k <= i + CALL_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct' || t.kind === 'number') return false;
    if (CALL_MODALS.has(t.lower)) return true;
  }
  return false;
}

/** Verbs by which a crowd speaks its mind: "Critics say", "employers warned", "residents complain". */
const CROWD_VERBS = set('say said warn warned argue argued claim claimed insist insisted complain complained');
/** Plurals that are a source's office, not a crowd: "Officials say", "Police said". */
const OFFICES = set('officials police authorities prosecutors investigators organisers organizers');
/** Loose counts before a crowd: "many fund managers", "some economists". */
const LOOSE_COUNTS = set('many most some several other');
/** Words that may open a sentence before its subject: "But critics say". */
const OPENERS = set('but and yet still now');

/**
 * The verb at `i` has a crowd for its subject: a bare plural (no determiner, no name) of at most two words that opens
 * the sentence, perhaps after a conjunction ("But critics say", "Family doctors say", "Development campaigners say").
 */
function crowdAt(tokens: readonly Token[], i: number): number {
  const verb = tokens[i] as Token;
  if (!CROWD_VERBS.has(verb.lower)) return NO_CROWD;
  const head = tokens[i - 1];
  if (!head || head.kind !== 'word' || !/[a-z]s$/.test(head.lower) || /ss$/.test(head.lower)) return NO_CROWD;
  if (OFFICES.has(head.lower) || SOURCE_NOUNS.has(head.lower) || SUBJECTS.has(head.lower)) return NO_CROWD;
  let start = i - 1;
  // One word before the plural, of the subject: "Family doctors", "Development campaigners".
  const before = tokens[i - 2];
  if (
    before &&
    before.kind === 'word' &&
    !OPENERS.has(before.lower) &&
    !DETERMINERS.has(before.lower) &&
    !FUNCTION.has(before.lower)
  )
    start = i - 2;
  const opener = tokens[start - 1];
  // "many fund managers say", "some economists warn": a crowd counted loosely, anywhere in the sentence.
  if (opener && LOOSE_COUNTS.has(opener.lower)) return isCapitalized(tokens[i - 1]) ? NO_CROWD : CROWD;
  // "a practice that critics say has turned extensions into the norm": a crowd in a relative clause.
  const relative = opener !== undefined && RELATIVES.has(opener.lower);
  if (opener && !(start - 1 === 0 && OPENERS.has(opener.lower)) && !relative) return NO_CROWD;
  // Capitalised past the sentence's first word is a name ("Ryanair Holdings said").
  for (let k = start; k < i; k++)
    if (k > 0 && isCapitalized(tokens[k]) && !(k === 1 && OPENERS.has(tokens[0]?.lower ?? ''))) return NO_CROWD;
  return relative ? start - 1 : CROWD;
}
/** `crowdAt`: no crowd speaks at the verb; a crowd speaks, not in a relative clause (else the relative's index). */
const NO_CROWD = -2;
const CROWD = -1;

function namesIn(tokens: readonly Token[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (k === 0 || !isCapitalized(t) || FUNCTION.has(t.lower) || t.text.length < 3) continue;
    out.push(t.text.replace(POSSESSIVE_S, ''));
  }
  return out;
}

/**
 * The cues of a sentence's text. A text with none of the words a cue is made at (`mayHaveCues`) and no user cues to
 * look for is not tokenized: it has no cue, no names, carries nothing and introduces no document, and it is a lead-in
 * only by ending on a colon (its first word is not "according").
 */
export function findCues(text: string, matcher?: CueMatcher, pool?: TokenPool): SentenceCues {
  if (!matcher && !mayHaveCues(text))
    return { cues: [], leadIn: COLON_END.test(text), names: [], carries: false, document: false };
  return readCues(text, matcher, false, pool);
}

/**
 * `findCues` reading every token, with no test of the sentence's words first. A word outside `CUE_WORDS` is passed
 * over at once; `everyWord` puts it through every test instead (the reference the tests compare with).
 */
export function readCues(text: string, matcher?: CueMatcher, everyWord = false, pool?: TokenPool): SentenceCues {
  const tokens = tokenize(text, 0, text.length, pool);
  const cues: Cue[] = [];
  const names: string[] = [];
  const cue = (kind: CueKind, a: number, b: number, extra?: Partial<Cue>): void => {
    const first = tokens[a] as Token;
    const last = tokens[b] as Token;
    const found: Cue = { kind, start: first.start, end: last.end, text: text.slice(first.start, last.end) };
    // No spread when there is nothing to add (most cues): a spread after other fields takes V8's slow path.
    cues.push(extra ? { ...found, ...extra } : found);
  };
  let carries = false;
  let document = false;
  let cites = false;
  let unnamed = false;
  // A sentence that opens with a quotation: its speaker ("..., said a spokesperson") sources the quotation only.
  const quoted = quotationEnd(tokens);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // "council-approved", "oft-cited": an adjective, not a verb with an actor.
    if (t.kind === 'word' && tokens[i - 1]?.text === '-' && tokens[i - 1]?.end === t.start) continue;
    if (t.kind !== 'word') {
      if (t.text === '[' && text.startsWith(SOURCE_PLACEHOLDER, t.start)) {
        cues.push({ kind: 'placeholder', start: t.start, end: t.start + SOURCE_PLACEHOLDER.length, text: SOURCE_PLACEHOLDER });
      }
      continue;
    }
    const w = t.lower;
    if (!everyWord && !CUE_WORDS.has(w)) continue;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    if (w === 'according' && next?.lower === 'to') {
      if (text.startsWith(SOURCE_PLACEHOLDER, tokens[i + 2]?.start ?? -1)) continue; // the placeholder is reported on its own
      cue('according-to', i, i + 1);
      carries = true;
      if (documentPhrase(tokens, i + 2)) names.push(...namesIn(tokens, i + 2, i + 2 + DOCUMENT_PHRASE_WORDS));
      // "according to new research published today by …", "according to trial results presented at …": a report that
      // a story's next paragraphs may go on presenting, when its lede cites it.
      if (reportPhrase(tokens, i + 2)) cites = true;
      continue;
    }
    // "per the agency", "per Eurostat": but not "per cent" or "per hour".
    if (w === 'per' && next && (next.lower === 'the' || next.lower === 'a' || (isCapitalized(next) && next.lower !== 'cent'))) {
      cue('according-to', i, i + 1);
      carries = true;
      continue;
    }
    if (SPOKESPEOPLE.has(w)) {
      cue('source', i, i);
      if (i < quoted) carries = true;
      continue;
    }
    // "people familiar with the matter", "sources close to the talks"
    if (
      (w === 'familiar' && next?.lower === 'with') ||
      ((w === 'source' || w === 'sources') && (next?.lower === 'close' || next?.lower === 'said'))
    ) {
      cue('source', i, i);
      continue;
    }
    // "the court heard", "an inquest was told", "The jury was told that": a court reporter's source is the hearing.
    if (
      (w === 'heard' && HEARINGS.has(prev?.lower ?? '')) ||
      (w === 'told' && BE.has(prev?.lower ?? '') && HEARINGS.has(tokens[i - 2]?.lower ?? ''))
    ) {
      cue('source', i - (w === 'told' ? 2 : 1), i);
      if (closesSentence(tokens, i) && i < quoted) carries = true;
      continue;
    }
    if (w === 'added') {
      // "Okafor added," / "he added": but not "the economy added 150,000 jobs".
      if ((next && next.kind === 'punct') || PERSONAL_PRONOUN.test(prev?.lower ?? '')) cue('reporting', i, i);
      continue;
    }
    if (
      w === 'statement' &&
      (prev?.lower === 'a' || prev?.lower === 'the' || prev?.lower === 'its') &&
      tokens[i - 2]?.lower === 'in'
    ) {
      cue('source', i - 2, i);
      continue;
    }
    if (REPORTING.has(w) || AMBIGUOUS.has(w)) {
      // "an estimated 10,000", "has a reported leak": an article makes the form an adjective.
      if (tokens[i - 1]?.lower === 'an' || tokens[i - 1]?.lower === 'the' || tokens[i - 1]?.lower === 'a') continue;
      if (tokens[i - 1]?.lower === 'worth') continue; // "It's worth saying": the writer's aside
      if (bareVagueSource(tokens, i - 1)) continue; // "Studies show that …", "research suggests": nobody named
      if (attributive(tokens, i)) continue; // "with reported losses up 31 percent", "Reported thefts rose"
      if (PASSIVE_REPORTING.has(w) && agentlessPassive(tokens, i)) {
        // "is estimated at", "was reported"
        if (UNNAMED_ESTIMATES.has(w)) unnamed = true;
        continue;
      }
      // "raised his profit forecast to £59.5m": a person's own estimate, by their pronoun, a word between at most.
      if (RECKONINGS.has(w) && (PERSONAL.has(prev?.lower ?? '') || PERSONAL.has(tokens[i - 2]?.lower ?? ''))) {
        cue('source', i, i);
        continue;
      }
      if (w === 'admitted' && admittedAsPatient(tokens, i)) continue; // "to be admitted", "those admitted to hospital"
      // "Rival Kopano Mobile, which reports next week, …": a company's results still to come source nothing yet.
      if (w.startsWith('report') && FUTURE_AFTER.has(next?.lower ?? '')) continue;
      // "The Automobile Association, computing the cost …": a verb with its object; not "cloud computing revenue".
      if (OBJECT_PARTICIPLES.has(w) && !DETERMINERS.has(next?.lower ?? '')) continue;
      if (AMBIGUOUS.has(w) && !REPORTING.has(w)) {
        // "values" sources only as a reckoning with its "at" ("values them at more than $900 million"): "Tully values
        // the land highly" puts no figure on anything.
        if (w === 'values' && !reckonedAt(tokens, i)) continue;
        // A verb only after a subject: "data shows", "it says", "Reuters reports that"; not "TV shows".
        const p = prev?.lower ?? '';
        const subject =
          SUBJECTS.has(p) ||
          SOURCE_NOUNS.has(p) ||
          // "The team estimates that": a noun followed by "that" is a verb's subject.
          (prev?.kind === 'word' && next?.lower === 'that' && !FUNCTION.has(p)) ||
          // "Business Week (Aug. 9, 1961) reports that": a parenthesis after the subject.
          (p === ')' && next?.lower === 'that') ||
          // ", says Ilse Brandt", ", reports the agency": an inverted attribution.
          p === ',' ||
          (isCapitalized(prev) &&
            !FUNCTION.has(tokens[i - 2]?.lower ?? '') &&
            (next === undefined || AFTER_INVERTED.test(next.lower))) ||
          // "and Keane says they make up a third": a name, a verb with no sense as a noun, and a clause's subject.
          (isCapitalized(prev) && (w === 'says' || w === 'tells') && CLAUSE_SUBJECT.test(next?.lower ?? '')) ||
          // "The health department has opened clinics and says it has given 1,100 doses": a second verb of the same
          // subject, then a clause's subject.
          (p === 'and' && CLAUSE_SUBJECT.test(next?.lower ?? '') && next?.lower !== 'there') ||
          // "The trust expects to help 3,250 children", "…, the national statistics office says.": a verb that is no
          // noun, after a noun with its determiner ("Not everyone expects" has none).
          (VERB_ONLY.has(w) && prev?.kind === 'word' && !FUNCTION.has(p) && determinedNoun(tokens, i - 1)) ||
          // "The Agricultural Societies Council of NSW says", "Ferrandis expects to make …", "FWOAI expects …": a
          // name that opens the sentence as its subject, with "The" before it perhaps.
          (VERB_ONLY.has(w) && namedSubject(tokens, i)) ||
          // "…, the team reports in the paper.": a closing attribution, a determined noun after the comma.
          (CLOSING_VERBS.has(w) && closingAfterComma(tokens, i)) ||
          // "The Apiarists' Federation of Aotearoa estimates the crop at …": a name's estimate, when what it estimates
          // follows ("Informed estimates look for …" is the noun).
          (ESTIMATING.has(w) && ESTIMATE_OBJECT.has(next?.lower ?? '') && namedSubject(tokens, i)) ||
          // "The institute estimates the three measures would cost …": a body's estimate, with its clause.
          (ESTIMATING.has(w) && findingBody(tokens, i)) ||
          // "Vandermeer puts electricity, consumables and servicing at about $9,000": a name's reckoning.
          // "a crowd that organisers put at well over 2,000": a relative clause's subject, reckoning.
          ((w === 'put' || w === 'puts' || w === 'pegs' || w === 'values') &&
            RELATIVES.has(tokens[i - 2]?.lower ?? '') &&
            prev?.kind === 'word' &&
            !FUNCTION.has(p) &&
            tokens[i + 1]?.lower === 'at') ||
          ((w === 'puts' || w === 'pegs' || w === 'values') &&
            // "which Tully values at around $14 million": a name after a relative pronoun too.
            ((isCapitalized(prev) && (!FUNCTION.has(tokens[i - 2]?.lower ?? '') || RELATIVES.has(tokens[i - 2]?.lower ?? ''))) ||
              // "the county tax office values them at more than $900 million": a body with its determiner.
              (prev?.kind === 'word' && !FUNCTION.has(p) && determinedNoun(tokens, i - 1))) &&
            reckonedAt(tokens, i));
        if (!subject) continue;
      }
      // "showed" only after a source's noun, before "that" or before a colon ("records showed", "showed that", "The
      // total showed:"); not "a strike that … showed no sign of ending". "as shown in Table 2" still sources.
      if (
        w === 'showed' &&
        !(
          SOURCE_NOUNS.has(prev?.lower ?? '') ||
          SUBJECTS.has(prev?.lower ?? '') ||
          next?.lower === 'that' ||
          next?.text === ':' ||
          reportSubjectBefore(tokens, i) ||
          findingBody(tokens, i)
        )
      )
        continue;
      if (
        (w === 'found' || w === 'discovered') &&
        !(
          SOURCE_NOUNS.has(prev?.lower ?? '') ||
          SUBJECTS.has(prev?.lower ?? '') ||
          next?.lower === 'that' ||
          reportSubjectBefore(tokens, i) ||
          findingBody(tokens, i)
        )
      )
        continue;
      // Made only when there is something to add (most cues have nothing: no object, no spread).
      let extra: Partial<Cue> | undefined;
      if (w === 'told' || w === 'tell' || w === 'tells' || w === 'telling') {
        const excluded = addressee(tokens, i, text.length);
        if (excluded) (extra ??= {}).excludes = excluded;
      }
      // "confirmed on Monday that ...": the verb sources its complement.
      for (let k = i + 1; k < tokens.length && k <= i + 4; k++) {
        const n = tokens[k] as Token;
        if (n.lower === 'that') (extra ??= {}).complement = true;
        if (n.kind === 'punct' || n.lower === 'that') break;
      }
      // "shopkeepers say they feel abandoned": a subject, the verb, and a clause of its own after it.
      const after2 = tokens[i + 2];
      if (prev?.kind === 'word' && next?.kind === 'word' && after2?.kind === 'word') (extra ??= {}).speaks = true;
      const crowd = crowdAt(tokens, i);
      if (crowd !== NO_CROWD || callsFor(tokens, i)) (extra ??= {}).crowd = true;
      // "…, a practice that critics say has turned extensions into the norm": an opinion within its relative clause.
      if (crowd >= 0) (extra ??= {}).from = (tokens[crowd] as Token).start;
      // "around 40 per cent of owners say they ...": the share is the speakers, a poll's result with no poll named.
      if (!extra?.excludes && SPEAKING.has(w)) {
        const respondents = shareAsSubject(tokens, i);
        // "with two-thirds of British adults saying they plan to": no poll named, so no source for the sentence beside.
        if (respondents) extra = { ...extra, excludes: respondents, crowd: true };
      }
      cue('reporting', i, i, extra);
      if (closesSentence(tokens, i) && i < quoted) {
        carries = true;
        // "Orders came to $52,610,000, up 8 per cent, the Builders Index reported.": a data source that the
        // next paragraphs may go on presenting ("said" closes quotes and remarks as often, so it does not).
        if (w === 'reported' && /\d/.test(text)) document = true;
      }
      // "48 grocers polled by the Retail Council": a poll or a survey the next paragraphs may present.
      if (POLLED.has(w) && next?.lower === 'by') document = true;
      // "We surveyed 4,012 members in August": the writer's own poll, which the next paragraphs go on presenting.
      if (POLLED.has(w) && prev?.lower === 'we') document = true;
      // "The report, Counting the Cost: …, finds that": a report named as the subject, past its title.
      if (prev?.text === ',' && reportOpens(tokens)) document = true;
      if (SOURCE_NOUNS.has(prev?.lower ?? '')) names.push(...namesIn(tokens, i - 5, i));
      continue;
    }
    // "with the launch itself provided free of charge by Southern Arc": a thing provided, not information.
    if (w === 'provided' && !providedInformation(tokens, i) && byAhead(tokens, i)) continue;
    if (AGENT_PARTICIPLES.has(w) && next?.lower === 'by') {
      cue('reporting', i, i + 1, figurePhraseBefore(tokens, i));
      carries = true;
      // "The online survey of 1,512 adults, conducted by Northlight Research": a poll the next paragraphs may present.
      if (POLLED.has(w) && reportOpens(tokens)) document = true;
      continue;
    }
    // "leave in large numbers", "turned out in numbers": how many, not whose figures.
    if (w === 'numbers' && (prev?.lower === 'in' || (tokens[i - 2]?.lower === 'in' && !FUNCTION.has(prev?.lower ?? ''))))
      continue;
    // "sitting in traditional savings accounts": an account held at a bank is no company's accounts.
    if (w === 'accounts' && ACCOUNT_KINDS.has(prev?.lower ?? '')) continue;
    if (SOURCE_NOUNS.has(w) && !bareVagueSource(tokens, i)) {
      // "The survey also found": an adverb may stand between the noun and its verb.
      const after = (ADVERBS.has(next?.lower ?? '') ? tokens[i + 2]?.lower : next?.lower) ?? '';
      // The three words before, looked up one by one (no list of them).
      const before =
        SOURCE_NOUN_BEFORE.has(tokens[i - 1]?.lower ?? '') ||
        SOURCE_NOUN_BEFORE.has(tokens[i - 2]?.lower ?? '') ||
        SOURCE_NOUN_BEFORE.has(tokens[i - 3]?.lower ?? '');
      // "It upheld 58% of mobile complaints in its last annual report": an owner's pronoun and two words of
      // description between; a source for its own sentence only.
      const owned =
        !before && SOURCE_NOUN_BEFORE.has(tokens[i - 4]?.lower ?? '') && REPORT_OWNERS.has(tokens[i - 3]?.lower ?? '');
      // A source for its own sentence only, carried no further: "a town of 7,412 people at the last census" (a
      // census's count), "1,212 people filled in the council's online survey" (an owner's possessive, one word of
      // description between).
      if (
        !SOURCE_NOUN_AFTER.has(after) &&
        !before &&
        !possessive(prev) &&
        ((w === 'census' && (tokens[i - 2]?.lower === 'at' || tokens[i - 3]?.lower === 'at')) ||
          (prev?.kind === 'word' && !FUNCTION.has(prev.lower) && possessive(tokens[i - 2])) ||
          owned)
      ) {
        cue('source', i, i);
        continue;
      }
      if (SOURCE_NOUN_AFTER.has(after) || before || possessive(prev)) {
        cue('source', i, i);
        carries = true;
        // "a survey by Harlow & Sons", "the report shows": a document the following paragraphs may go on from.
        const agent = tokens[i + 2];
        if ((after === 'by' || after === 'from') && agent && (agent.lower === 'the' || isCapitalized(agent))) document = true;
        else if (after !== 'by' && after !== 'from' && REPORT_NOUNS.has(w)) document = true;
        // "Figures obtained by the Courier under freedom of information laws show", "Data released by the bureau
        // shows": a body's data as the sentence's subject, named with its agent, which the next paragraphs may go on
        // presenting (not "…, according to police figures obtained by the Gazette", a source for its own sentence).
        else if (i <= DATA_OPENING && DATA_NOUNS.has(w) && DATA_GIVEN.has(after) && tokens[i + 2]?.lower === 'by')
          document = true;
        names.push(...namesIn(tokens, i - 4, i), ...namesIn(tokens, i + 1, i + 6));
        continue;
      }
    }
    if (
      (POSSESSED_SOURCES.has(w) && possessive(prev)) ||
      (SOURCE_NOUNS.has(w) && [prev, tokens[i - 2], tokens[i - 3]].some((b) => PUBLISHING.has(b?.lower ?? '')))
    ) {
      cue('source', i, i);
      // "The state agency gave both figures in a post": the figures of the paragraph before are its.
      if (SOURCE_NOUNS.has(w) && BACK_TO_FIGURES.has(prev?.lower ?? '') && i < quoted) carries = true;
      continue;
    }
    // "there is no approved vaccine": a decision's participle as an adjective names no actor.
    if (DECISIONS.has(w) && DETERMINERS.has(prev?.lower ?? '') && next?.kind === 'word' && !FUNCTION.has(next.lower)) continue;
    // "was paid for with £4.1 million from the government's Town Deal fund": a funder's sum, as "funded with" is.
    const paidFor = w === 'paid' && next?.lower === 'for' && tokens[i + 2]?.lower === 'with';
    if (
      DEMANDS.has(w) ||
      ((FUNDING.has(w) || paidFor) && !ECONOMY.test(text) && MONEY_AHEAD.test(text.slice(t.end, t.end + 40)))
    ) {
      // Past "for with" after "paid".
      const from = paidFor ? i + 2 : i;
      for (let k = from + 1; k < tokens.length && k <= from + DEMAND_REACH; k++)
        if ((tokens[k] as Token).kind === 'number') {
          cue('decision', i, i, { after: true });
          break;
        }
      continue;
    }
    // "Research shows fixed cameras cut casualty crashes": "fixed" before a plural noun is its adjective.
    if (w === 'fixed' && next?.kind === 'word' && !FUNCTION.has(next.lower) && PLURAL_S.test(next.lower)) continue;
    if (DECISIONS.has(w) && !(prev && BE.has(prev.lower) && agentlessPassive(tokens, i))) {
      // Active, the actor chose what follows ("approved $4.5 million"); passive ("was approved by", "a grant
      // authorized by"), what came before.
      const passive = (prev && BE.has(prev.lower)) || agentAfter(tokens, i) || comparedTo(tokens, i);
      cue('decision', i, i, passive ? {} : { after: true });
      continue;
    }
    // "the plan would", "the mayor's plan alone would": a document as the subject of the figure.
    if (DOCUMENTS.has(w) && (DOCUMENT_VERBS.has(next?.lower ?? '') || DOCUMENT_VERBS.has(tokens[i + 2]?.lower ?? ''))) {
      cue('document', i, i);
      continue;
    }
    // "In the $18,000,000 budget", "under the plan": a document that holds the figure.
    if (DOCUMENTS.has(w) && inDocument(tokens, i)) {
      cue('document', i, i);
      continue;
    }
    // "The trustees now plan to spend £2.3m", "aims to raise": an actor's intention is its decision.
    if (
      INTENDS.has(w) &&
      next?.lower === 'to' &&
      prev?.kind === 'word' &&
      !FUNCTION.has(prev.lower) &&
      !DETERMINERS.has(prev.lower)
    ) {
      cue('decision', i, i, { after: true });
      continue;
    }
    // "called for", "asked for": a request by a named actor.
    // "is calling on the Government to guarantee that at least half …": the demand it names.
    if (CALL_OR_ASK.test(w) && (next?.lower === 'for' || (next?.lower === 'on' && calledOnTo(tokens, i + 2)))) {
      cue('decision', i, i + 1, comparedTo(tokens, i) ? {} : { after: true });
      continue;
    }
    // "a value placed on the orchard by the county assessor": a figure given by a named agent, a few words on.
    if (AGENT_PARTICIPLES.has(w) || GIVEN.has(w)) {
      for (let k = i + 1; k < tokens.length && k <= i + AGENT_REACH; k++) {
        const t2 = tokens[k] as Token;
        // "conducted Sept. 22-26 by Harbor Research": a date's full stop or dash is no clause's end.
        if (t2.kind === 'punct' && !inDate(tokens, k)) break;
        if (t2.lower === 'by') {
          const agent = tokens[k + 1];
          if (agent && (agent.lower === 'the' || isCapitalized(agent))) {
            cue('reporting', i, k, figurePhraseBefore(tokens, i));
            // "The survey of 612 likely voters, conducted Sept. 22-26 by Harbor Research Group, found": a poll the
            // next paragraphs may present.
            if (POLLED.has(w) && reportOpens(tokens)) document = true;
          }
          break;
        }
      }
      if (cues[cues.length - 1]?.start === t.start) continue;
    }
  }
  if (matcher)
    for (const s of matchUserCues(matcher, tokens)) cues.push({ kind: 'user', ...s, text: text.slice(s.start, s.end) });
  cues.sort((a, b) => a.start - b.start);
  const lead = leadIn(tokens, text);
  // "The index reported this breakdown:": a lead-in that names its source introduces data.
  if (lead && COLON_END.test(text) && cues.some((c) => c.kind === 'reporting')) document = true;
  const read: SentenceCues = { cues, leadIn: lead, names, carries: carries || cues.some((c) => c.kind === 'user'), document };
  if (cites) read.cites = true;
  if (unnamed) read.unnamed = true;
  return read;
}

/** The index of the mark that closes a quotation opening the sentence, or the token count when there is none. */
function quotationEnd(tokens: readonly Token[]): number {
  const open = tokens[0]?.text;
  if (open !== '“' && open !== '"') return tokens.length;
  const close = open === '“' ? '”' : '"';
  for (let k = 1; k < tokens.length; k++) if (tokens[k]?.text === close) return k;
  return tokens.length;
}

/** A reporting verb that ends its sentence, after a comma but not a closing quotation mark: "..., officials said." */
function closesSentence(tokens: readonly Token[], i: number): boolean {
  // "on Tuesday", "in a statement": a few words may follow.
  let words = 0;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'word' || t.kind === 'number') {
      if (++words > 3) return false;
    } else if (t.text !== '.' && t.text !== ',') return false;
  }
  for (let k = i - 1; k >= 0 && k >= i - 8; k--) {
    const t = tokens[k] as Token;
    if (t.text === ',') return !QUOTE_MARK.test(tokens[k - 1]?.text ?? '') && !QUOTE_MARK.test(tokens[k + 1]?.text ?? '');
    if (t.text === '”' || t.text === '"') return false;
  }
  return false;
}

/** The words after "according to" name a document or data: "the Stayline Monthly survey", "census data". */
function documentPhrase(tokens: readonly Token[], from: number): boolean {
  return nounInPhrase(tokens, from, DOCUMENT_PHRASE_WORDS, (w) => SOURCE_NOUNS.has(w));
}
/** Words after "according to" read for a document's noun: "according to the Stayline Monthly survey from …". */
const DOCUMENT_PHRASE_WORDS = 10;
/** Whether a word that `isNoun` takes stands within `reach` tokens from `from`, before any punctuation. */
function nounInPhrase(tokens: readonly Token[], from: number, reach: number, isNoun: (w: string) => boolean): boolean {
  for (let k = from; k < tokens.length && k < from + reach; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (isNoun(t.lower)) return true;
  }
  return false;
}

/** Nouns of a study's findings after "according to": "new research", "trial results", "the survey". */
const FINDINGS = set('research trial results findings count tally census');
/** The words after "according to" name a report or a study (not a body's data: "according to police figures"). */
function reportPhrase(tokens: readonly Token[], from: number): boolean {
  return nounInPhrase(tokens, from, REPORT_OPENING_WORDS, (w) => REPORT_NOUNS.has(w) || FINDINGS.has(w));
}

/** "According to the report, ..." or "The survey found:" opening a paragraph: it covers what follows. */
function leadIn(tokens: readonly Token[], text: string): boolean {
  const first = tokens[0];
  if (!first) return false;
  if (first.lower === 'according' && tokens[1]?.lower === 'to') {
    for (let k = 2; k < tokens.length && k < 14; k++) if (tokens[k]?.text === ',') return true;
  }
  return COLON_END.test(text);
}

/** Whether a cue covers a figure at `offset` of the same sentence. */
function coversInSentence(c: Cue, offset: number, relative: Span | undefined, clause: Span | undefined): boolean {
  if (c.excludes && offset >= c.excludes.start && offset < c.excludes.end) return false;
  // "One in four shops has shut, and the trade body has called for help": an actor's decision covers the figure
  // it chose, in its own clause, not a claim in the clause beside it.
  if (clause && c.kind === 'decision' && (c.start < clause.start || c.start >= clause.end)) return false;
  if (c.after && offset < c.start) return false;
  if (c.from !== undefined && offset < c.from) return false;
  // "The bank, which is set to shed thousands of jobs, confirmed that ...": the verb sources its complement.
  if (relative && c.complement && c.kind === 'reporting' && (c.start < relative.start || c.start >= relative.end)) return false;
  return true;
}

/** Nouns of information that a body provides: "figures provided by the council", "details were provided by". */
const PROVIDED_INFORMATION = set('information details detail breakdown');
/** Words back from "provided" read for what was provided: "Data were not provided by" is 3. */
const PROVIDED_REACH = 3;
/** Whether what is "provided" before `i` is information: a source's noun or a word of information. */
function providedInformation(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - PROVIDED_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (SOURCE_NOUNS.has(t.lower) || PROVIDED_INFORMATION.has(t.lower)) return true;
  }
  return false;
}
/** Whether "by" follows the participle at `i` in its clause, within AGENT_REACH words. */
function byAhead(tokens: readonly Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + AGENT_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (t.lower === 'by') return true;
  }
  return false;
}
/** An agentless estimate right before a figure: "estimated at", "thought to be", hedged perhaps. */
const UNNAMED_BEFORE =
  /\b(?:estimated|reckoned|pegged|thought|believed)\s+(?:at|to\s+(?:be|cost|total|number))\s+(?:(?:about|around|roughly|some|nearly|almost|more than|over|up to|at least)\s+)?$/i;
/** A figure right after a participle's "by", hedged perhaps: "signed by more than 4,300", "backed by 61". */
const AGENT_FIGURE = /\b([a-z]+ed) by (?:more than |over |nearly |almost |about |around |some |at least |fewer than )?$/i;
/** Characters read back from a figure for its participle and "by": "signed by more than " is 20. */
const AGENT_FIGURE_CHARS = 40;
/** What follows a clause that another joins: ", and", ", but", ";". */
const JOINED_CLAUSE = /^\s*(?:,\s*(?:and|but)\b|;)/i;

/** More cues than this in one sentence (a pasted list of sources) cover all its figures without a closer look. */
const MAX_CUES_CHECKED = 50;

function coveredInSentence(
  cues: readonly Cue[],
  offset: number,
  relative: Span | undefined,
  clause: Span | undefined,
  joined = false,
): boolean {
  if (cues.length > MAX_CUES_CHECKED) return true;
  return cues.some(
    (c) =>
      !(joined && clause && c.speaks && c.start >= clause.end) &&
      // "…has risen by more than 40% since 2022, although many fund managers say the easy gains are behind them": a
      // crowd's opinion in a clause after the figure's.
      !(clause && c.crowd && c.start >= clause.end) &&
      coversInSentence(c, offset, relative, clause),
  );
}

// ---------------------------------------------------------------------------
// Scopes over an article

export interface AttributionOptions {
  matcher?: CueMatcher;
  /** A key for the cache that changes with the user's cues. */
  cueKey?: string;
  cache?: LintCache;
}

export interface ArticleAttribution {
  /** A sentence's cues (sentence-relative offsets), read on first use. */
  cuesOf(index: number): SentenceCues;
  /**
   * How the figure at `offset` (absolute) of sentence `index` is covered, or undefined when no source
   * reaches it. `relative` is the figure's relative clause (absolute), when it sits in one; `clause` the clause it
   * sits in (absolute), which bounds what an actor's decision covers.
   */
  coverage(index: number, offset: number, relative?: Span, clause?: Span): Scope | undefined;
  /**
   * Whether a figure of sentence `index` may be covered in its own sentence ('sentence'), by a lead-in ('lead-in') or
   * by a credited post ('credit'): false only when `coverage` gives none of these at any offset of the sentence. A
   * test of words and of the paragraphs' ends, with no sentence read for cues: for a caller that wants only those
   * scopes and would otherwise read the sentence first (the sourced restatements of `unattributed-number`).
   */
  maySource(index: number): boolean;
}

/** A credit line under an embedded post: "— Name (@handle) November 1, 2019". */
const CREDIT_LINE = /^\s*[—–-]\s*\S.*\(@\w+\)/;
/** Words of a source in a sentence that ends with a colon: what it introduces is that source's. */
const SOURCE_WORD =
  /\b(?:estimates?|figures|data|statistics|report|survey|study|breakdown|numbers|count|tally|projections?|forecasts?)\b/i;
/** What a lead-in paragraph opens or ends with, checked before its first sentence is read for cues. */
const LEAD_IN_HINT = /^\s*according\s+to\b|:\s*$/i;

/**
 * The lede: its first sentences, where a story names the source it is built on. The story scope rests on one
 * development page (four findings there without it, none elsewhere); the shape is general, the counts are not measured.
 */
const LEDE_SENTENCES = 3;
/** How many later paragraphs must name the lede's source again for the story to be built on it. */
const STORY_MENTIONS = 2;

const NO_CUES: SentenceCues = { cues: [], leadIn: false, names: [], carries: false, document: false };
/** Paragraphs a lead-in reaches through ("It also found...", list items), counted back from a figure. */
const MAX_CONTINUED = 20;
/**
 * Paragraphs after one that introduces a report that may still present its figures, when they name no
 * other source: a story built on a report goes through it for a dozen paragraphs, and a paragraph with a source
 * of its own ends the reach sooner. Fitted to one story: 12 is the least value that covers the Brown Corpus's
 * toll-road survey (0, 3, 6 and 12 give 42, 39, 37 and 33 findings on the press reportage, the same score on the
 * development pages). The reach does not know its topic: an unrelated figure a few paragraphs on is covered too.
 */
const REPORT_REACH = 12;
/** The shortest word `sharesTopic` reads as a word of a paragraph's subject: shorter ones are mostly function words. */
const TOPIC_WORD = 5;
/** A report's paragraph with fewer words of its subject than this is taken to be on any subject. */
const MIN_TOPIC_WORDS = 4;
/** Words of five letters or more that every paragraph with figures may hold: no subject of their own. */
const TOPIC_STOP = new Set(
  `about above after again against along among around before being below between could during every first
  their there these those three under until where which while would should other since still years month months
  million millions billion billions thousand thousands hundred hundreds percent nearly almost roughly least
  according report reports reported survey surveys study studies figures numbers total average people
  further later earlier another today yesterday tuesday monday wednesday thursday friday saturday sunday`.split(/\s+/),
);
/** Who answered a poll, or how they were asked: "38% of respondents", "those surveyed", "Asked to name …,". */
const RESPONDENTS =
  /\b(?:respondents|those (?:polled|surveyed|questioned)|(?:^|[.!?]\s+)asked (?:to|whether|if|about|which|what|how))\b/i;
/** A poll or a survey. */
const POLL = /\b(?:polls?|polled|surveys?|surveyed|questionnaires?)\b/i;
/** Words of a document source, searched over the whole text before any sentence is read for cues. */
const REPORT_HINT =
  /\b(?:reports?|reported|surveys?|surveyed|study|studies|analysis|data|figures|statistics|census|polls?|polled|audit|compiled|conducted|commissioned|papers|documents|records|research|trial|results|findings|count|tally)\b/i;

/**
 * The attribution of an article, computed lazily: a sentence is read for cues only when a figure
 * near it asks (its own sentence, its neighbours, the first sentence of the next paragraph), so the
 * cost follows the figures, not the text.
 */
export function articleAttribution(article: Article, options: AttributionOptions = {}): ArticleAttribution {
  const { sentences, paragraphs, text } = article;
  const key = `figures:cues:${options.cueKey ?? ''}`;
  const memo: (SentenceCues | undefined)[] = new Array<SentenceCues | undefined>(sentences.length);
  // The cue reader's token objects, written over from sentence to sentence (a sentence's cues keep none of them).
  const pool = new TokenPool();
  // A cache kept from run to run keeps each sentence's facts as they are found (see SentenceFacts).
  const cache = options.cache;
  const facts =
    cache !== undefined && cache.keepsSpans
      ? cache.perSpan<SentenceFacts | undefined, Sentence>(
          `figures:sentence-facts:${options.cueKey ?? ''}`,
          text,
          sentences,
          noFacts,
        )
      : undefined;
  const factsOf = (i: number): SentenceFacts | undefined => {
    if (!facts || !sentences[i]) return undefined;
    let known = facts[i];
    if (!known) {
      known = { cues: undefined, bits: 0 };
      facts[i] = known;
    }
    return known;
  };
  /** `test` of sentence `i`'s text (false when there is none), kept in the sentence's facts under `bit`. */
  const textTest = (i: number, bit: number, test: (sentence: string) => boolean): boolean => {
    const s = sentences[i];
    if (!s) return false;
    const f = factsOf(i);
    if (!f) return test(s.text);
    if ((f.bits & bit) !== 0) return (f.bits & (bit << 1)) !== 0;
    const yes = test(s.text);
    f.bits |= yes ? bit | (bit << 1) : bit;
    return yes;
  };
  const cuesOf = (i: number): SentenceCues => {
    const known = memo[i];
    if (known) return known;
    const s = sentences[i];
    const f = factsOf(i);
    let value: SentenceCues;
    if (f) value = f.cues ??= findCues((s as Sentence).text, options.matcher, pool);
    else {
      const read = (): SentenceCues => (s ? findCues(s.text, options.matcher, pool) : NO_CUES);
      value = s && cache ? cache.get(key, s.text, read) : read();
    }
    memo[i] = value;
    return value;
  };
  // Whether a sentence has cues: one with no word a cue is made at has none, and is not read for them. The answer is
  // kept per sentence (1 yes, -1 no): the paragraph scopes ask it of the same sentences again and again (each
  // paragraph's own source, for every figure up to a dozen paragraphs on), and a sentence with no cue word leaves
  // nothing in `memo` to answer from.
  let hasMemo: Int8Array | undefined;
  const has = (i: number): boolean => {
    hasMemo ??= new Int8Array(sentences.length);
    const answered = hasMemo[i] ?? 0;
    if (answered !== 0) return answered === 1;
    const known = memo[i];
    const s = sentences[i];
    const read = known ?? factsOf(i)?.cues;
    const yes = read
      ? read.cues.length > 0
      : s !== undefined &&
        (options.matcher !== undefined || textTest(i, MAY_HAVE_CUES, mayHaveCues)) &&
        cuesOf(i).cues.length > 0;
    hasMemo[i] = yes ? 1 : -1;
    return yes;
  };

  // Whether sentence `i` names a source for the sentences beside it: an actor's decision ("The budget sets aside
  // $22 million") or a document as the subject ("Federal rules require …") covers what it chose or holds, in its own
  // sentence, and says nothing of who counted the figure next to it ("Roughly 41,000 homes still have lead pipes").
  let sourcesMemo: Int8Array | undefined;
  const sources = (i: number): boolean => {
    if (!has(i)) return false;
    sourcesMemo ??= new Int8Array(sentences.length);
    const answered = sourcesMemo[i] ?? 0;
    if (answered !== 0) return answered === 1;
    // An unfilled placeholder sources only the figure it was added for: the fix touches only what it reports.
    const yes = cuesOf(i).cues.some(
      (c) => c.kind !== 'decision' && c.kind !== 'document' && c.kind !== 'placeholder' && !c.crowd,
    );
    sourcesMemo[i] = yes ? 1 : -1;
    return yes;
  };

  // Paragraph-level scopes (lead-ins and their continuations, credited posts, reports), worked out
  // for a paragraph when a figure in it asks, from the few paragraphs around it.
  let firstSentence: number[] | undefined;
  const firstOf = (pi: number): number => {
    if (!firstSentence) {
      const first = new Array<number>(paragraphs.length).fill(-1);
      sentences.forEach((s, i) => {
        if (first[s.paragraph] === -1) first[s.paragraph] = i;
      });
      firstSentence = first;
    }
    return firstSentence[pi] ?? -1;
  };
  /** The last character of a paragraph's text, past trailing spaces ('' for none). */
  const lastChar = (pi: number): string => {
    const p = paragraphs[pi];
    if (!p) return '';
    let e = p.end;
    while (e > p.start && /\s/.test(text.charAt(e - 1))) e--;
    return text.charAt(e - 1);
  };
  // A list item: Markdown's, or a plain-text line that opens with a bullet ("- £5.3 million more for …"), which the
  // plain-text reader leaves a paragraph of prose.
  const listItem = memoPerParagraph(paragraphs.length, (pi) => {
    const p = paragraphs[pi];
    if (p === undefined) return false;
    if (p.kind === 'list-item' || BULLET.test(text.slice(p.start, p.start + 4))) return true;
    // "HSO is calling on donors to:" then "Ensure that …;", "Ring-fence at least 5% of every grant …;", "Publicly
    // report attacks … .": paragraphs that end on a semicolon after a colon or another such paragraph, and the one
    // that closes their run, are a list's items with no bullet.
    const end = lastChar(pi);
    const before = lastChar(pi - 1);
    if (end === ';' && (before === ':' || before === ';')) return true;
    if (end === '.' && before === ';' && (lastChar(pi - 2) === ':' || lastChar(pi - 2) === ';')) return true;
    // "Key findings of the report:" then "23 countries amended their laws …", "Nearly one in three … is a child.":
    // one short sentence a paragraph, under a lead-in of one short sentence, are a list's items with no bullet.
    if (!shortItem(pi)) return false;
    for (let k = pi - 1; k >= 0 && k >= pi - MAX_CONTINUED; k--) {
      if (lastChar(k) === ':') return words(k) <= LIST_TITLE_WORDS && sentenceCount(k) === 1 && listTitle(k);
      if (!shortItem(k)) return false;
    }
    return false;
  });
  const listTitle = (pi: number): boolean => {
    const p = paragraphs[pi];
    return p !== undefined && LIST_TITLE.test(text.slice(p.start, p.end));
  };
  /** The sentences of paragraph `pi`. */
  const sentenceCount = (pi: number): number => {
    const fi = firstOf(pi);
    if (fi === -1) return 0;
    let n = 0;
    while (sentences[fi + n]?.paragraph === pi) n++;
    return n;
  };
  const words = (pi: number): number => {
    const p = paragraphs[pi];
    return p === undefined ? 0 : text.slice(p.start, p.end).split(/\s+/).filter(Boolean).length;
  };
  /**
   * A paragraph of one sentence of at most LIST_ITEM_WORDS words that opens with no quotation mark. Kept per paragraph:
   * each paragraph's `listItem` reads back over up to MAX_CONTINUED of them.
   */
  const shortItem = memoPerParagraph(paragraphs.length, (pi) => {
    const p = paragraphs[pi];
    if (p === undefined || p.kind === 'heading' || sentenceCount(pi) !== 1 || words(pi) > LIST_ITEM_WORDS) return false;
    return !/^\s*["“‘']/.test(text.slice(p.start, p.start + 4));
  });
  const prose = (pi: number): boolean => paragraphs[pi] !== undefined && paragraphs[pi]?.kind !== 'heading' && firstOf(pi) !== -1;
  /** "According to the report, ..." or "... the utility said:" opening the paragraph. */
  const opensLead = (pi: number): boolean => {
    const fi = firstOf(pi);
    const opener = sentences[fi];
    if (!opener || !prose(pi)) return false;
    if (!textTest(fi, LEAD_IN_HINTED, leadInHinted)) return false;
    return cuesOf(fi).leadIn && has(fi);
  };
  /**
   * The paragraph before ends on a lead-in that names a source: "… the engineer put her estimate of the repairs this
   * way:"; the paragraph is what it introduces.
   */
  const followsLead = (pi: number): boolean => {
    const li = firstOf(pi) - 1;
    const last = sentences[li];
    if (!last || last.paragraph !== pi - 1 || !prose(pi - 1) || !textTest(li, COLON_ENDED, colonEnded)) return false;
    return has(li) || SOURCE_WORD.test(last.text);
  };
  /** The paragraph carries on from the one before: a list item, or "It also found...". */
  const continuesFrom = (pi: number): boolean => {
    const fi = firstOf(pi);
    const opener = sentences[fi];
    return !!opener && prose(pi) && (listItem(pi) || textTest(fi, CONTINUES, continues));
  };
  /** The paragraph names a source of its own in any sentence (asked again for each figure up to a dozen paragraphs on). */
  const ownSource = memoPerParagraph(paragraphs.length, (pi) => {
    for (let k = firstOf(pi); k >= 0 && k < sentences.length && sentences[k]?.paragraph === pi; k++) if (has(k)) return true;
    return false;
  });
  /** The paragraph introduces a report ("A new report ... shows", "a survey by Harlow & Sons"). */
  const reportMemo = new Map<number, boolean>();
  const introducesReport = (pi: number): boolean => {
    const known = reportMemo.get(pi);
    if (known !== undefined) return known;
    let found = false;
    for (let k = firstOf(pi); k >= 0 && k < sentences.length && sentences[k]?.paragraph === pi; k++) {
      const s = sentences[k];
      if (s && textTest(k, REPORT_HINTED, reportHinted)) {
        const read = cuesOf(k);
        found = read.document || (read.cites === true && citingLede(pi));
      }
      if (found) break;
    }
    if (!found) found = announcedLede(pi);
    reportMemo.set(pi, found);
    return found;
  };
  // The lede, or the paragraph after a teaser lede of a few words and no figure ("Britain's favourite garden visitor
  // is disappearing before our eyes."): where a story names the study it is built on.
  const citingLede = (pi: number): boolean => {
    const lede = ledeParagraph();
    if (pi === lede) return true;
    const p = paragraphs[lede];
    if (pi !== lede + 1 || p === undefined) return false;
    const teaser = text.slice(p.start, p.end);
    return !DIGIT.test(teaser) && teaser.split(/\s+/).length <= TEASER_WORDS;
  };
  /** `pi` is the lede, and its subject announces in it. */
  // "Aerwest … said on Monday that profit after tax rose 31pc": a lede in which its subject announces; the next
  // paragraphs go on with the announcement ("Revenue climbed 12pc to €1.62bn.") until one names a source of its own.
  const announcedLede = (pi: number): boolean => pi === ledeParagraph() && issuer()?.announcedIn === pi;
  const isCredit = (pi: number): boolean => {
    const p = paragraphs[pi];
    if (!p) return false;
    let k = p.start;
    while (k < p.end && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    const c = text.charAt(k);
    return (c === '—' || c === '–' || c === '-') && CREDIT_LINE.test(text.slice(p.start, Math.min(p.end, p.start + 300)));
  };
  // Whether two paragraphs share a word of their subject (a word of five letters or more, not one of a figure's
  // or a source's own words): a report's figures go on about its subject; "Linwood's population has grown by nearly
  // 60,000" two paragraphs after a budget office's analysis of property taxes is another claim.
  // Each paragraph's words read once: a figure's paragraph asks about up to REPORT_REACH paragraphs before it.
  const topicMemo = new Map<number, Set<string>>();
  const topicWords = (pi: number): Set<string> => {
    const known = topicMemo.get(pi);
    if (known) return known;
    const p = paragraphs[pi];
    const words = new Set<string>();
    topicMemo.set(pi, words);
    if (!p) return words;
    for (const t of tokenize(text, p.start, p.end)) {
      if (t.kind === 'word' && t.lower.length >= TOPIC_WORD && !TOPIC_STOP.has(t.lower))
        words.add(t.lower.replace(/(?:'s|’s|s)$/u, ''));
    }
    return words;
  };
  // The report's subject: its paragraph's words and those of the paragraph before, which a report introduced
  // mid-story ("A new report shows what is happening.") takes up.
  // Each paragraph's text tested once for each expression, whichever paragraph asks.
  const paragraphTest = (re: RegExp): ((pi: number) => boolean) =>
    memoPerParagraph(paragraphs.length, (pi) => {
      const p = paragraphs[pi];
      return !!p && re.test(text.slice(p.start, p.end));
    });
  const answersPoll = paragraphTest(RESPONDENTS);
  const namesPoll = paragraphTest(POLL);
  const sharesTopic = (report: number, pi: number): boolean => {
    // "Asked to name the most important issue, 38% of respondents chose housing": a poll's answers, on whatever
    // subject, go on from the poll.
    if (answersPoll(pi) && namesPoll(report)) return true;
    const own = topicWords(report);
    // "Dodge reported the following breakdown:": too short to say what it is about.
    if (own.size < MIN_TOPIC_WORDS) return true;
    const before = report > 0 ? topicWords(report - 1) : own;
    for (const w of topicWords(pi)) if (own.has(w) || before.has(w)) return true;
    return false;
  };
  // A paragraph that opens by widening the story's ground ("Nationally, …", "Across Europe, …"): the figures after
  // are of that wider ground, not of the report the story presents.
  const widens = (pi: number): boolean => {
    const fi = firstOf(pi);
    return fi !== -1 && WIDENING.test((sentences[fi] as Sentence).text);
  };
  // "Carers Lantern was founded in 1998 and now supports more than 9,000 carers", "2. The PCWU represents more than
  // 240,000 workers": a text's closing note on a body it named near its top, in the body's own words of itself.
  const selfDescribed = (index: number): boolean => {
    const s = sentences[index] as Sentence;
    if (!tail().has(s.paragraph)) return false;
    const m = SELF_DESCRIBED.exec(s.text);
    if (!m) return false;
    const name = (m[1] as string).trim();
    // Named at the top, before the note itself: its first TOP_CHARS characters, read once per name.
    const lede = ledeParagraph();
    const top = paragraphs[Math.min(lede + TOP_READ - 1, s.paragraph - 1)];
    const p = paragraphs[lede];
    if (p === undefined || top === undefined || name.length < 3) return false;
    const key = `${s.paragraph}\u0000${name}`;
    let named = namedAtTop.get(key);
    if (named === undefined) {
      named = text.slice(p.start, Math.min(top.end, p.start + TOP_CHARS)).includes(name);
      namedAtTop.set(key, named);
    }
    return named;
  };
  const namedAtTop = new Map<string, boolean>();
  let tailMemo: Set<number> | undefined;
  /** The last ISSUER_TAIL paragraphs of prose. */
  const tail = (): Set<number> => {
    if (tailMemo) return tailMemo;
    tailMemo = new Set();
    for (let pi = paragraphs.length - 1; pi >= 0 && tailMemo.size < ISSUER_TAIL; pi--) if (prose(pi)) tailMemo.add(pi);
    return tailMemo;
  };
  const scopeMemo = new Map<number, Scope | null>();
  const paragraphScope = (pi: number): Scope | undefined => {
    const known = scopeMemo.get(pi);
    if (known !== undefined) return known ?? undefined;
    let scope: Scope | undefined;
    if (opensLead(pi) || followsLead(pi)) scope = 'lead-in';
    else {
      // Back over the paragraphs that continue one another, to a lead-in.
      for (let k = pi; k > 0 && k > pi - MAX_CONTINUED && continuesFrom(k); k--) {
        if (opensLead(k - 1) || followsLead(k - 1)) {
          scope = 'lead-in';
          break;
        }
      }
    }
    if (!scope && isCredit(pi + 1)) scope = 'credit';
    if (!scope && !ownSource(pi) && !widens(pi)) {
      // Back to a paragraph that introduced a report, past paragraphs that name no source of their own.
      for (let k = pi - 1; k >= 0 && k >= pi - REPORT_REACH; k--) {
        if (!prose(k)) break;
        // The paragraph right after a lede that announces goes on with it, whatever its words.
        if (introducesReport(k) && (sharesTopic(k, pi) || (k === pi - 1 && announcedLede(k)))) {
          scope = 'report';
          break;
        }
        if (ownSource(k)) break;
      }
    }
    scopeMemo.set(pi, scope ?? null);
    return scope;
  };

  // A later sentence names the lede's source as its own source: the name next to one of its cues ("according to
  // InfoNation", "InfoNation President Dan McDowell said", "NHS Glenmoor said"). A name the story is about ("Brewline
  // plans to train ...", "Smoking rates in Glenmoor") is not the story going back to its source.
  const namedAsSource = (sentence: string, name: string, i: number): boolean => {
    for (let at = sentence.indexOf(name); at !== -1; at = sentence.indexOf(name, at + 1)) {
      const end = at + name.length;
      const { cues } = cuesOf(i);
      for (let k = 0; k < cues.length; k++) {
        const c = cues[k] as Cue;
        if (c.kind === 'decision' || c.kind === 'document') continue;
        const ahead = c.start >= end && c.start - end <= NAME_TO_CUE && !sentence.slice(end, c.start).includes(',');
        const behind = c.kind !== 'reporting' && at >= c.end && at - c.end <= NAME_TO_CUE;
        if (ahead || behind) return true;
      }
    }
    return false;
  };
  /** The first sentence of the paragraph after `pi`, if that paragraph is prose, or -1. */
  const nextParagraphOpener = (pi: number): number => (prose(pi + 1) ? firstOf(pi + 1) : -1);
  let ledeMemo: number | undefined;
  const ledeParagraph = (): number => {
    if (ledeMemo === undefined) {
      // The first paragraph of prose: a sentence of LEDE_WORDS words or more that ends as a sentence does (not a headline).
      const lede = sentences.find(
        (x) => paragraphs[x.paragraph]?.kind !== 'heading' && SENTENCE_END.test(x.text) && x.text.split(' ').length >= LEDE_WORDS,
      );
      ledeMemo = lede ? lede.paragraph : -1;
    }
    return ledeMemo;
  };
  // The story's own source: a document named in the lede, named again in later paragraphs; it
  // reaches as far as the story keeps naming it.
  let storyEnd: number | undefined;
  const story = (): number => {
    if (storyEnd !== undefined) return storyEnd;
    storyEnd = -1;
    const ledeEnd = Math.min(sentences.length, LEDE_SENTENCES);
    const names = new Set<string>();
    for (let i = 0; i < ledeEnd; i++) for (const n of cuesOf(i).names) names.add(n);
    if (names.size === 0) return storyEnd;
    // The names as a list, read by index: this runs once per lint, mostly unoptimised, where a `for...of` over the set
    // made an iterator and a result per name and sentence.
    const list = [...names];
    const mentioned: number[] = [];
    for (let i = ledeEnd; i < sentences.length; i++) {
      const s = sentences[i];
      if (!s || mentioned[mentioned.length - 1] === s.paragraph) continue;
      for (let k = 0; k < list.length; k++) {
        if (namedAsSource(s.text, list[k] as string, i)) {
          mentioned.push(s.paragraph);
          break;
        }
      }
    }
    if (mentioned.length >= STORY_MENTIONS) {
      const last = paragraphs[(mentioned[mentioned.length - 1] ?? 0) + STORY_REACH] ?? paragraphs[paragraphs.length - 1];
      storyEnd = last?.end ?? -1;
    }
    return storyEnd;
  };

  // "…, Harvest Alliance International warned today.": a body that closes the lede as its speaker. What the story then
  // says opening with its name ("Harvest Alliance has worked in Marenga since 2008 and supports 42 health facilities")
  // or as "the organisation" is its account of itself.
  const closingIssuer = (ledeText: string, ledeIndex: number): Issuer | null => {
    const speaker = closingSpeaker(ledeText, cuesOf(ledeIndex).cues);
    if (!speaker) return null;
    const [first = '', second] = speaker.split(/\s+/);
    const own = [
      `${escapeRegExp(first)}['’]s\\b`,
      `${escapeRegExp(first)}${second ? `\\s+${escapeRegExp(second)}` : ''}(?![\\p{L}\\p{N}])`,
    ];
    const mentions = [...own, `the (?:${ORGANISATION_NOUNS.map(escapeRegExp).join('|')})\\b`].join('|');
    return {
      mention: new RegExp(`^\\s*(?:(?:but|and|yet|meanwhile,?|however,?)\\s+)?(?:${mentions})`, 'iu'),
      release: false,
      own: new Set([first, second ?? ''].filter(Boolean).map((w) => w.toLowerCase())),
    };
  };
  // The issuer of a release or a newsletter: a text that ends on how to reach whoever wrote it ("For trade enquiries,
  // call 01896 …", "contact the council on 029 …", "About Glenbrack: …") and whose lede's subject that ending names.
  // What the issuer says of itself is its own account, as if it were quoted: "Glenbrack's turnover rose 31%", "will
  // add £27 million to the council's costs". What it says of the world ("around 1,800 independent breweries") still
  // needs a source.
  let issuerMemo: Issuer | null | undefined;
  const issuer = (): Issuer | null => {
    if (issuerMemo !== undefined) return issuerMemo;
    issuerMemo = null;
    const last: string[] = [];
    for (let pi = paragraphs.length - 1; pi >= 0 && last.length < ISSUER_TAIL; pi--)
      if (prose(pi)) {
        const p = paragraphs[pi];
        if (p) last.push(text.slice(p.start, p.end));
      }
    const ledeIndex = sentences.findIndex(
      (x) => paragraphs[x.paragraph]?.kind !== 'heading' && x.text.split(' ').length >= LEDE_WORDS,
    );
    const lede = sentences[ledeIndex];
    const name = lede && ledeSubject(lede.text);
    if (!name) return (issuerMemo = lede ? closingIssuer(lede.text, ledeIndex) : null);
    // "Glenbrack's", "Glenbrack Brewing", "the council": the first name with a possessive or the name's next word,
    // or "the" and the name's last word.
    const names = [`${escapeRegExp(name.first)}['’]s\\b`];
    // The name's second word whole: "New Zealand" is not "New Zealanders".
    if (name.second) names.push(`${escapeRegExp(name.first)}\\s+${escapeRegExp(name.second)}(?![\\p{L}\\p{N}])`);
    if (name.head) names.push(`the ${name.head}\\b`);
    if (name.alias) names.push(`${escapeRegExp(name.alias)}\\b`);
    const ending = last.join('\n').toLowerCase();
    // By its own name: "the county health hotline" at the end of a story about "Murangiri County" names no issuer.
    const named =
      ending.includes(name.first.toLowerCase()) || (name.alias !== undefined && ending.includes(name.alias.toLowerCase()));
    if (last.some((p) => CONTACT.test(p) || ABOUT.test(p)) && named) {
      // "We opened two stores", "Our new-format stores are delivering …": a release's own voice names its issuer.
      issuerMemo = {
        mention: new RegExp(`\\b(?:${names.join('|')})|^\\s*(?:we|our)\\b`, 'iu'),
        release: true,
        own: ownNames(name),
        lede: lede.text.toLowerCase(),
      };
      return issuerMemo;
    }
    // A story built on the lede's subject's own announcement: the subject, by its name or as "the company", "the
    // group" or the lede's word for it ("Swiss lift operator Hochfirn": "the operator"), is a cue's subject in the
    // lede or the sentences after it ("Hochfirn today announces", "the retailer said in a trading update").
    const anaphors = [...ORGANISATION_NOUNS, ...(name.kind ? [name.kind] : [])].map(escapeRegExp).join('|');
    // "the Johannesburg-based group said": one word may stand between "the" and its noun.
    const subject = `\\b${escapeRegExp(name.first)}(?:\\s+${escapeRegExp(name.second ?? '')})?\\b|\\bthe (?:[\\w-]+\\s+)?(?:${anaphors})\\b`;
    // The cue's subject: the name or the noun, then at most NAME_TO_CUE characters of the same clause.
    const announcer = new RegExp(`(?:${subject})[^,.;:"“”]{0,${NAME_TO_CUE}}$`, 'iu');
    const lastParagraph = lede.paragraph + ANNOUNCER_PARAGRAPHS;
    for (let i = ledeIndex; i < sentences.length && (sentences[i] as Sentence).paragraph <= lastParagraph; i++) {
      const x = sentences[i] as Sentence;
      for (const c of cuesOf(i).cues) {
        if (c.kind !== 'reporting') continue;
        // "Calderwood Homes, the Brackendale-based housebuilder, today announces": past the appositive.
        if (!announcer.test(x.text.slice(Math.max(0, c.start - ANNOUNCER_READS), c.start).replace(APPOSITIVE, ' '))) continue;
        // Only as the subject that opens a sentence ("Calderwood's land bank stands at …", "The group now expects
        // …"): a story about a body's own announcement still reports the world around it in sentences that name it
        // ("Callers to the department's helpline waited an average of 47 minutes").
        // "Calderwood Homes today announces": the issuer's own release, in the present, where "we" is the issuer too.
        const release = PRESENT_ANNOUNCING.has(c.text.toLowerCase());
        // "Umoya added 412,000 prepaid customers": the name's first word alone, as the subject of a verb.
        // Only of a name of two words or more: a lede's one capitalised word may be a place or its first word.
        // "Corvan, which is headquartered in the United States, employs …": the same, past a relative clause.
        const bare = name.second ? [`${escapeRegExp(name.first)}(?=\\s+[a-z]|,\\s+which\\s)`] : [];
        const mentions = [...names, ...bare, `the (?:${anaphors})\\b`, ...(release ? ['we\\b', 'our\\b'] : [])].join('|');
        issuerMemo = {
          mention: new RegExp(`^\\s*(?:(?:but|and|yet|meanwhile,?|however,?)\\s+)?(?:${mentions})`, 'iu'),
          release,
          own: ownNames(name),
          announcedIn: x.paragraph,
          ...(release ? { lede: lede.text.toLowerCase() } : {}),
        };
        return issuerMemo;
      }
    }
    issuerMemo = closingIssuer(lede.text, ledeIndex);
    return issuerMemo;
  };
  const issuerOwns = (i: number): boolean => {
    const found = issuer();
    const s = sentences[i];
    if (found === null || s === undefined) return false;
    const plain = s.text.replace(QUOTED_SPAN, '');
    if (found.mention.test(plain)) return true;
    if (found.release && ownBusiness(plain, found.own)) return true;
    // "The project employed 186 Cambodian deminers" in a release whose lede completes "a four-year project", "The
    // Millbridge Line carried 11.2 million trips" in one whose lede switches on "the Millbridge Line": the issuer's
    // undertaking or its own thing, named again.
    const undertaking = (UNDERTAKING.exec(plain) ?? NAMED_OPENING.exec(plain))?.[1]?.toLowerCase();
    if (found.lede !== undefined && undertaking !== undefined && wholeIn(found.lede, undertaking)) return true;
    // "The Museum of the Atlantic Coast opened in 2005. Its collection of more than 60,000 objects …": a sentence that
    // opens on the issuer's possessive pronoun, after one of the same paragraph that opens on the issuer's name.
    const prev = sentences[i - 1];
    return (
      prev !== undefined &&
      prev.paragraph === s.paragraph &&
      ISSUER_POSSESSIVE.test(plain) &&
      (found.mention.test(prev.text.replace(QUOTED_SPAN, '')) || selfDescribed(i - 1))
    );
  };

  // What `maySource` asks of a paragraph: whether it may open or follow a lead-in (the tests `opensLead` and
  // `followsLead` make before they read any cues), and whether a lead-in or a credit may reach it.
  const mayLead = memoPerParagraph(paragraphs.length, (pi) => {
    const fi = firstOf(pi);
    const opens = textTest(fi, LEAD_IN_HINTED, leadInHinted);
    return opens || textTest(fi - 1, COLON_ENDED, colonEnded);
  });
  /** `continuesFrom`, with `continues` answered by the opener's first word alone (`CONTINUATION_START`). */
  const mayContinue = memoPerParagraph(paragraphs.length, (pi) => {
    const fi = firstOf(pi);
    const opener = sentences[fi];
    return !!opener && prose(pi) && (listItem(pi) || textTest(fi, CONTINUATION_STARTS, continuationStarts));
  });
  const mayReach = memoPerParagraph(paragraphs.length, (pi) => {
    // `paragraphScope`: a lead-in opening or introducing this paragraph, or one that the paragraphs continuing one
    // another before it go back to, or a credit line after it.
    let reach = mayLead(pi);
    for (let k = pi; !reach && k > 0 && k > pi - MAX_CONTINUED && mayContinue(k); k--) reach = mayLead(k - 1);
    return reach || isCredit(pi + 1);
  });

  return {
    cuesOf,
    maySource(index) {
      const s = sentences[index];
      if (!s) return false;
      if (options.matcher) return true;
      const known = memo[index];
      if (known ? known.cues.length > 0 : textTest(index, MAY_HAVE_CUES, mayHaveCues)) return true;
      return mayReach(s.paragraph);
    },
    coverage(index, offset, relative, clause) {
      const s = sentences[index];
      if (!s) return undefined;
      const rel = relative && { start: relative.start - s.start, end: relative.end - s.start };
      const own = clause && { start: clause.start - s.start, end: clause.end - s.start };
      // "Crime has risen 25 percent, and shopkeepers say they feel abandoned": a speaker in the clause joined after
      // the figure's speaks to their own clause.
      const joined = own !== undefined && JOINED_CLAUSE.test(s.text.slice(own.end, own.end + 8));
      // "under plans approved by the cabinet, despite a petition against the cuts signed by more than 4,300 people": the
      // figure is the agent of its clause's verb, the people who did it, and an actor's decision before it did not
      // choose it. A speaker still gives it ("said her office had been contacted by dozens of people").
      const before = s.text.slice(Math.max(0, offset - s.start - AGENT_FIGURE_CHARS), offset - s.start);
      const agentMatch = AGENT_FIGURE.exec(before);
      // Not a decision's own agent: "when so voted by 51 per cent of the prisoners" is the decision's term.
      const participle = (agentMatch?.[1] ?? '').toLowerCase();
      const agent = agentMatch !== null && !DECISIONS.has(participle);
      // "have called for more money to tackle the backlog, estimated at $2.6 billion": an estimate by nobody named is
      // no figure the actor chose.
      const unnamedEstimate = cuesOf(index).unnamed === true && UNNAMED_BEFORE.test(before);
      const cues = agent || unnamedEstimate ? cuesOf(index).cues.filter((c) => c.kind !== 'decision') : cuesOf(index).cues;
      // "recommended that firms be barred for up to five years, and that the Auditor-General be given an extra $6
      // million a year": a clause joined as the verb's second complement is the decision's as much as its first.
      const complement = own !== undefined && SECOND_COMPLEMENT.test(s.text.slice(own.start, own.start + 12));
      if (coveredInSentence(cues, offset - s.start, rel, complement ? { start: 0, end: own.end } : own, joined))
        return 'sentence';
      const prev = sentences[index - 1];
      const next = sentences[index + 1];
      // "Damage is estimated at £250,000.": the sentence says its estimate has no named source; none beside it is taken.
      if (cuesOf(index).unnamed) return paragraphScope(s.paragraph);
      // "Nationally, only about 1 in 5 gunfire incidents results in a 911 call.", "Programs like it have cut shootings
      // by as much as 30% in other cities.": a claim about wider ground than the speaker before it spoke of is not
      // theirs. A source after it may still give it ("Nationally, dealers sold nearly 17.3 million new vehicles …
      // Edmunds expects 16.6 million …"): news names its source second.
      if (
        prev &&
        prev.paragraph === s.paragraph &&
        sources(index - 1) &&
        !WIDER_GROUND.test(s.text.slice(0, own ? own.end : s.text.length))
      )
        return 'neighbour';
      if (next && next.paragraph === s.paragraph && sources(index + 1)) return 'neighbour';
      // A lede's exact share or sum ("like-for-like sales rose 6.8%"): the next paragraph's speaker sources it, figures
      // of their own or not; a lede's exact count, when the speaker brings none. Read only in the lede's paragraph.
      const ledeFigure = s.paragraph === ledeParagraph() ? ledeClaim(s.text, offset - s.start) : undefined;
      // The paragraph's last sentence, and a source in the first sentence of the next paragraph.
      if (
        next &&
        next.paragraph === s.paragraph + 1 &&
        paragraphs[next.paragraph]?.kind !== 'heading' &&
        // A lede's share or sum, sourced by the next paragraph's speaker (news puts the attribution second).
        (cuesOf(index + 1).carries || (ledeFigure && cuesOf(index + 1).cues.some(named))) &&
        // A source that brings figures of its own ("…, killing 62 people, according to a government inquiry") is
        // theirs; the paragraph before is another claim (a figure it restates is sourced as a restatement).
        // "That figure came from Mr Negi, who told reporters: "We have 60 machines …"": a source that points back.
        !(
          DIGIT.test(next.text) &&
          !POINTS_BACK.test(next.text) &&
          // The second paragraph's own figures go on from the lede's claim: "Total sales reached £412m, up 8.1%, the
          // retailer said" after "like-for-like sales rose 6.8%".
          ledeFigure !== 'sum' &&
          claimsOwnFigures(next.text, vagueAt(s.text, offset - s.start))
        )
      ) {
        return 'next-paragraph';
      }
      // "Those figures were provided by a police spokesperson": a paragraph that points back at the figures before it
      // sources all of them, not only the last sentence's.
      const after = nextParagraphOpener(s.paragraph);
      if (after !== -1 && POINTS_BACK.test((sentences[after] as Sentence).text) && cuesOf(after).carries) return 'next-paragraph';
      const scope = paragraphScope(s.paragraph);
      // "The pressure is not unique to Shireford. Across England, more than 150,000 children …": a sentence on wider
      // ground than the report the story presents is not the report's, wherever in its paragraph it stands.
      const wider =
        scope === 'report' && (WIDENING.test(s.text) || WIDER_GROUND.test(s.text.slice(0, own ? own.end : s.text.length)));
      if (scope && !wider) return scope;
      if (s.end <= story() && !widens(s.paragraph)) return 'story';
      if (issuerOwns(index)) return 'issuer';
      if (selfDescribed(index)) return 'issuer';
      return undefined;
    },
  };
}

/** A release's issuer, as its sentences mention it. */
interface Issuer {
  mention: RegExp;
  /** The text is the issuer's own release (it ends on how to reach the issuer, or its lede announces in the present). */
  release: boolean;
  /** The issuer's own names, lower-cased: words a sentence about its business may hold. */
  own: ReadonlySet<string>;
  /** The paragraph where the lede's subject announces (a story built on its announcement), if it does. */
  announcedIn?: number;
  /** The lede's text, lower-cased, in a release: where its undertaking is named ("completing a four-year project"). */
  lede?: string;
}
/**
 * In a release, a sentence about the issuer's business that does not name it: no word of the world around it
 * ("nationally", "the industry", "across the country") and no capitalised word past its first but the issuer's own
 * names, months, days and period codes ("Completions rose 14% to 486 homes (H1 2024: 426)").
 */
function ownBusiness(sentence: string, own: ReadonlySet<string>): boolean {
  if (WORLD_WORDS.test(sentence)) return false;
  const words = sentence.split(/\s+/);
  for (let k = 1; k < words.length; k++) {
    // "- Net cash of £41.2 million at the period end": the word after a list item's bullet is its first.
    if (BULLET_MARK.test(words[k - 1] as string)) continue;
    const w = (words[k] as string).replace(/^[("“‘'[]+|[)"”’'\],.;:!?]+$/gu, '');
    if (!/^\p{Lu}/u.test(w)) continue;
    const lower = w.toLowerCase().replace(/['’]s$/u, '');
    if (own.has(lower) || OWN_CAPITALS.has(lower) || /^(?:h[12]|q[1-4]|fy\d*)$/.test(lower)) continue;
    if (/^[A-Z]{3,6}$/.test(w)) continue;
    return false;
  }
  return true;
}
/** Words of the world around a release's issuer: a sentence with one speaks of more than the issuer's business. */
const WORLD_WORDS =
  /\b(?:nation(?:al(?:ly)?|wide)?|country(?:wide)?|industry|sector|market|worldwide|global(?:ly)?|average|typical(?:ly)?|households?|consumers?|everyone|people|ever)\b/i;
/**
 * Capitalised words a sentence about a release's own business may hold past its first: months and days, and the
 * words a release capitalises for itself ("the Group", "the Board", "Chief Executive").
 */
const CALENDAR = `january february march april may june july august september october november december jan feb mar
  apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday`;
const OWN_CAPITALS = set(`${CALENDAR} group company board chief executive`);
/** Months and days: a lede's dateline ("At 10:15 a.m. Thursday,"), never its subject's name. */
const CALENDAR_WORDS = set(CALENDAR);
/**
 * A body describing itself: its name (a run of up to five capitalised words, after a note's number or "The"), then a
 * verb of what it is or does ("was founded", "represents", "supports", "is used by").
 */
const SELF_DESCRIBED =
  /^\s*(?:\d{1,2}\.\s+)?(?:About [^:\n]{1,60}:\s+)?(?:Founded [^,\n]{1,40},\s+)?(?:The\s+)?((?:[A-Z][\w&'’-]*\s+){0,4}[A-Z][\w&'’-]*)\s+(?:was (?:founded|established|set up|formed)|(?:now\s+)?(?:represents|supports|serves|employs|operates|provides|runs|manages|develops|manufactures|makes|designs|produces|builds|sells|offers)|is (?:the|a|an)|is used by)\b/;
/** Paragraphs from the lede in which a closing note's body must be named: its top, where a story names its source. */
const TOP_READ = 3;
/**
 * Characters of that top read for the name: three news paragraphs run to well under this, and a pasted page with a
 * paragraph of a megabyte is read this far only, once per name.
 */
const TOP_CHARS = 4000;
/**
 * Words a list's title has at most ("Key findings of the report:" is 5, "The report's main recommendations were:" 6):
 * a lead-in that long or shorter is a list's title, where a paragraph of prose that ends on a colon ("Her daughter
 * told the court what happened next:") introduces prose. Twelve leaves room for a title's source and its date.
 */
const LIST_TITLE_WORDS = 12;
/**
 * A list's title names its items: "Key findings of the report:", "The main recommendations:". "A breakdown of the
 * total showed:" introduces one run-in list, and the short paragraphs of news after it are prose.
 */
const LIST_TITLE = /\b(?:findings|recommendations|highlights|conclusions|key|main)\b/i;
/**
 * Words an item of a list with no bullets has at most: a finding or a recommendation of one sentence runs to twenty
 * words or so; thirty leaves a margin and still stops at a paragraph of news prose.
 */
const LIST_ITEM_WORDS = 30;
/** Paragraphs at a text's end read for how to reach its issuer. */
const ISSUER_TAIL = 2;
/** A sentence's end: a full stop, a question or an exclamation mark, perhaps inside a closing quotation mark. */
const SENTENCE_END = /[.!?]["”’)]?\s*$/;
/**
 * Words a teaser lede has at most: a line that sets a story up ("Britain's favourite garden visitor is disappearing
 * before our eyes.", ten words) before the paragraph that says what was found. A news lede runs to twenty words or
 * more, and says the news itself.
 */
const TEASER_WORDS = 12;
/** Words a lede has at least: a headline or a dateline alone is none. */
const LEDE_WORDS = 8;
/**
 * How to reach the writer: a verb of contact, then a telephone number, an e-mail or a web address. The number and the
 * address are bounded (a telephone number has at most 22 characters, a web address's label 63) so that a long run of
 * digits or letters after "call" is read once, not once per place the search may start.
 */
const CONTACT =
  /\b(?:call(?:ing)?|phon(?:e|ing)|ring(?:ing)?|contact(?:ing)?|e-?mail(?:ing)?|visit(?:ing)?|enquiries)\b[^.]{0,80}?(?:\d[\d ()-]{7,20}\d|@|\b[\w-]{1,63}\.(?:gov|org|com|net|co|ac|edu|ie|uk|nz|au|ca|wales|scot)\b)/i;
/** A release's closing note on its issuer: "About Glenbrack: …", "About the Trust". */
const ABOUT = /^About (?:the )?[A-Z][^\n]{0,60}(?::|\n|$)/;
/** A clause that opens as a verb's second complement: ", and that …". */
const SECOND_COMPLEMENT = /^[\s,;]*(?:and|or)\s+that\b/i;
/** A sentence that opens on an undertaking with "The": "The project employed …", "The scheme has paid …". */
const UNDERTAKING = /^\s*The (project|programme|program|scheme|campaign|trial|pilot|appeal|initiative)\b/;
/** Words of the news day right after a lede's subject: "TransLakes today switched on …". */
const NEWS_DAYS = set('today yesterday tonight');
/** A sentence that opens on "The" and a name: "The Millbridge Line carried …". */
const NAMED_OPENING = /^\s*The ((?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)(?=\s+[a-z])/u;
/** Whether `words` stand in `text` as whole words. */
function wholeIn(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = text.charAt(at - 1);
    const after = text.charAt(at + words.length);
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
/** The issuer's possessive pronoun opening a sentence: "Its collection of …". */
const ISSUER_POSSESSIVE = /^\s*its\b/i;
/** A quotation, left out when a sentence is read for its issuer. */
const QUOTED_SPAN = /["“][^"”]*["”]/g;
/** Abbreviations that open a body's name: "St Brigid's Hospice", "Mt Albert Grammar School". */
const NAME_ABBREVIATIONS = set('st mt ft');
/**
 * Prepositions before a run of capitals that follows a lede's subject's name: a place or an object, not the subject
 * ("St Brigid's Hospice in Kilmoran", "Flexible workspace operators leased a record 9.4 million sq ft across India's
 * top eight cities").
 */
const PLACE_BEFORE = set('in at near across from to for with by on');
/** Words that end a lede's subject: the verb after it. */
const SUBJECT_ENDS = set(
  'has have had is are was were will would said says announced announces reports unveiled unveils opened agreed',
);
/** A lower-case word in "-s" but not "-ss", "-us" or "-is" ("welcomes", "confirms"): a verb in the present after a name. */
const PRESENT_VERB = /^[a-z]{2,}[^sui]s$/;
const escapeRegExp = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The name a lede opens with, as its subject: the last run of capitalised words before its verb ("Independent
 * Scottish brewer Glenbrack Brewing Co. has opened" → Glenbrack, Brewing; "Glanhafren County Borough Council has
 * agreed" → Glanhafren, County, and the head "council").
 */
function ledeSubject(
  sentence: string,
): { first: string; second: string | undefined; head: string | undefined; kind: string | undefined; alias?: string } | undefined {
  const words = withoutDateline(sentence).split(/\s+/);
  let run: string[] = [];
  let best: string[] = [];
  let runStart = 0;
  let bestStart = 0;
  let appositive: string | undefined;
  // A run of capitals ends: it is the subject so far, unless it is a place after the name ("St Brigid's Hospice in
  // Kilmoran faces").
  // "The Museum of the Atlantic Coast today announced": a run after "of" (or "of the") right after the name is the
  // rest of it; the name's head is its first word ("the museum").
  let ofHead = false;
  const takeRun = (): void => {
    if (run.length === 0) return;
    const gap = words.slice(bestStart + best.length, runStart).map((w) => w.toLowerCase());
    if (best.length > 0 && gap[0] === 'of' && (gap.length === 1 || (gap.length === 2 && gap[1] === 'the'))) {
      ofHead = true;
      return;
    }
    if (!(best.length > 0 && PLACE_BEFORE.has((words[runStart - 1] ?? '').toLowerCase()))) {
      best = run;
      bestStart = runStart;
      ofHead = false;
    }
  };
  for (let k = 0; k < words.length && k < SUBJECT_WORDS; k++) {
    const w = words[k] as string;
    if (SUBJECT_ENDS.has(w.toLowerCase())) break;
    if ((/^[A-Z][\w&.'’-]*$/u.test(w) && !(run.length === 0 && ARTICLES.has(w.toLowerCase()))) || (w === '&' && run.length > 0)) {
      if (run.length === 0) runStart = k;
      run.push(w);
    } else {
      // "Calderwood Homes, the Brackendale-based housebuilder, …": the name's last word before its comma, and the
      // appositive's last word, what the story may call it ("the housebuilder").
      const named = /^[A-Z][\w&.'’-]*,$/u.test(w);
      if (named) {
        if (run.length === 0) runStart = k;
        run.push(w.slice(0, -1));
      }
      // "Drug Free Sport Aotearoa (DFSA) welcomes the decision of the Sports Disputes Panel": a verb in the present
      // right after the name (and its letters) ends the subject; a later run of capitals is its object.
      const afterName =
        run.length > 0 || (best.length > 0 && bestStart + best.length === k - 1 && ACRONYM.test(words[k - 1] ?? ''));
      takeRun();
      run = [];
      if (afterName && !named && PRESENT_VERB.test(w)) break;
      // "TransLakes today switched on overhead power along … the Millbridge Line": "today" right after the name ends
      // the subject, whatever the verb's tense; a later run of capitals is its object.
      if (afterName && !named && NEWS_DAYS.has(w.toLowerCase())) break;
      if (named && words[k + 1]?.toLowerCase() === 'the') {
        for (let j = k + 2; j < words.length && j < k + 2 + APPOSITIVE_WORDS; j++) {
          const a = words[j] as string;
          if (/^[a-z]+,$/.test(a)) appositive = a.slice(0, -1);
          if (/[,;:]$/.test(a)) break;
        }
      }
      if (/[,;:]$/.test(w)) break;
    }
  }
  takeRun();
  // "St Brigid's Hospice", "Mt Albert Grammar": a saint's or a mountain's abbreviation before the name is no word of
  // it to match alone. Not a person's title: "Ms Byrne said" names a speaker, no body.
  if (best.length > 1 && NAME_ABBREVIATIONS.has((best[0] ?? '').replace(/\.$/, '').toLowerCase())) {
    best = best.slice(1);
    bestStart++;
  }
  const first = best[0]?.replace(/[.,]$/, '').replace(/['’]s$/u, '');
  if (!first || first.length < 3 || CALENDAR_WORDS.has(first.toLowerCase())) return undefined;
  const lastWord = (best[best.length - 1] ?? '').toLowerCase();
  // "Swiss lift operator Hochfirn": the word before the name, what the story may call it ("the operator").
  const before = bestStart > 0 ? (words[bestStart - 1] as string) : '';
  const kind = appositive ?? (/^[a-z]{4,}$/.test(before) && !FUNCTION.has(before) ? before : undefined);
  // "The New Zealand Donor Blood Service (NZDBS)": the letters the story goes on to call it by.
  const alias = ACRONYM.exec(words[bestStart + best.length] ?? '')?.[1];
  return {
    first,
    second: best[1]?.replace(/[.,]$/, ''),
    head: ofHead
      ? /^[a-z]{4,}$/.test(first.toLowerCase()) && best.length === 1
        ? first.toLowerCase()
        : undefined
      : best.length > 1 && /^[a-z]{4,}$/.test(lastWord)
        ? lastWord
        : undefined,
    kind,
    ...(alias ? { alias } : {}),
  };
}
/**
 * A release's or a wire story's dateline before its lede: "Dublin, 3 March 2026 – ", "BATTAMBANG, Cambodia, 12
 * November – ", "MUMBAI: ". At most forty characters, every word capitalised or a number, with a date's number or
 * a place in capitals, then a dash or a colon. A dateline is a place and a date; forty characters hold "KILMORAN, 14 May 2025" twice over, and a subject
 * ("Brightwater Software plc (…), the cloud accounting platform, today announces") is never all capitals and figures
 * so far without a lower-case word.
 */
const DATELINE = /^([^\n]{1,40}?)(?:\s+[–—]|\s+--?|:)\s+/u;
/** A dateline's word: capitalised, a number, or an agency's name in brackets ("LONDON (Reuters) –"). */
const DATELINE_WORD = /^\(?[\p{Lu}\d]/u;
function withoutDateline(sentence: string): string {
  const m = DATELINE.exec(sentence);
  if (!m) return sentence;
  const words = (m[1] as string).split(/[\s,]+/).filter(Boolean);
  // A date's number or a place in capitals: "Glenbrack Brewing – the Borders brewer – has opened" is a name and its
  // aside, no dateline.
  const dated = /\d/.test(m[1] as string) || /^[\p{Lu}]{3,}\b/u.test(words[0] ?? '');
  return dated && words.every((w) => DATELINE_WORD.test(w)) ? sentence.slice(m[0].length) : sentence;
}
/** A capitalised name of up to five words before a lede's closing verb: ", Harvest Alliance International warned". */
const CLOSING_NAME = /,\s+(?:the\s+)?((?:[A-Z][\w&'’.-]*\s+){0,4}[A-Z][\w&'’.-]*)\s*$/;
/** What may follow a lede's closing verb: "today", "on Tuesday", "in a statement". */
const CLOSING_TAIL = /^[^,;:"“”]{0,30}$/;
/**
 * The body that closes a lede as its speaker ("…, Harvest Alliance International warned today."), when the lede's
 * last cue is a reporting verb after a comma and a capitalised name.
 */
function closingSpeaker(sentence: string, cues: readonly Cue[]): string | undefined {
  const c = cues[cues.length - 1];
  if (!c || c.kind !== 'reporting' || !CLOSING_TAIL.test(sentence.slice(c.end))) return undefined;
  const name = CLOSING_NAME.exec(sentence.slice(Math.max(0, c.start - ANNOUNCER_READS), c.start))?.[1];
  if (!name || CALENDAR_WORDS.has(name.split(/\s+/)[0]?.toLowerCase() ?? '')) return undefined;
  return name;
}
/** A name's letters in brackets after it: "(NZDBS)". */
const ACRONYM = /^\(([A-Z][A-Z&]{1,7})\)[,;:]?$/;
/** A lede's verb in the present by which an issuer announces its own news: "Calderwood Homes today announces". */
const PRESENT_ANNOUNCING = set('announces reports publishes unveils confirms');
/** The words of the lede subject's name, lower-cased. */
function ownNames(name: { first: string; second: string | undefined; head: string | undefined }): ReadonlySet<string> {
  return new Set([name.first, name.second ?? '', name.head ?? ''].filter(Boolean).map((w) => w.toLowerCase()));
}
/** Articles before a name, not part of it: "The Harbour Trust" is "Harbour Trust". */
const ARTICLES = set('the a an');
/** Words of a lede's appositive read for what it calls its subject (", the Brackendale-based housebuilder,"). */
const APPOSITIVE_WORDS = 5;
/** An appositive after a name: ", the Brackendale-based housebuilder,". */
const APPOSITIVE = /,\s+(?:the|a|an)\s[^,]{1,60},/g;
/** Paragraphs after the lede's read for its subject as a source. */
const ANNOUNCER_PARAGRAPHS = 2;
/** Characters before a cue read for the lede's subject (with an appositive between them). */
const ANNOUNCER_READS = 120;
/** What a story calls a company or a body it has named: "the retailer said", "the group expects". */
const ORGANISATION_NOUNS = `company group firm business retailer chain operator bank lender insurer airline carrier miner
  developer manufacturer maker supplier brand club charity council trust agency department ministry authority
  university school board union association alliance organisation organization society institute service utility
  studio publisher`.split(/\s+/);
/** Words of a lede read for its subject. */
const SUBJECT_WORDS = 14;

/**
 * What a cache kept from run to run keeps of a sentence (`articleAttribution`; one per sentence of the document, by
 * `LintCache.perSpan`, made when the sentence is first asked about): its cues once read, and its text's answers to the
 * tests the paragraph scopes ask of it, two bits each (asked, yes). Each depends on the sentence's text alone (and
 * the user's cues, which name the namespace). A warm edit asked them again of the same sentences every run: the
 * cue-word expression, a hash of each sentence's text to find its cues, the report hint, the continuation reader.
 */
interface SentenceFacts {
  cues: SentenceCues | undefined;
  bits: number;
}

/** A sentence's facts before it is asked about. */
function noFacts(): SentenceFacts | undefined {
  return undefined;
}

/** The tests a sentence's facts keep: the bit that says it was asked; the next bit up says yes. */
const MAY_HAVE_CUES = 1 << 0;
const LEAD_IN_HINTED = 1 << 2;
const COLON_ENDED = 1 << 4;
/** A plain-text line's bullet: a hyphen, an asterisk or a bullet, then a space. */
const BULLET = /^[-*•][ \t]/;
/** A list item's bullet, as a word of its own. */
const BULLET_MARK = /^[-*•]$/;
const CONTINUES = 1 << 6;
const REPORT_HINTED = 1 << 8;
const CONTINUATION_STARTS = 1 << 10;

/** The tests, each of a sentence's text. */
function leadInHinted(sentence: string): boolean {
  return LEAD_IN_HINT.test(sentence.length > 200 ? sentence.slice(0, 40) : sentence);
}
function colonEnded(sentence: string): boolean {
  return COLON_END.test(sentence);
}
function reportHinted(sentence: string): boolean {
  return REPORT_HINT.test(sentence);
}
function continuationStarts(sentence: string): boolean {
  return CONTINUATION_START.test(sentence.slice(0, CONTINUES_READS));
}

const DIGIT = /\d/;
/** Units of claims a source sentence may bring of its own: not measures, times or ordinals ("winds gusting to 55 mph"). */
const CLAIM_UNITS: ReadonlySet<string> = new Set(['count', 'percent', 'points', 'money', 'fraction', 'ratio', 'rate']);
/**
 * Whether a sentence with digits states figures of its own ("the four deaths" it restates is none). A count that
 * makes a vague one exact is no figure of its own: "Hundreds of workers have been told …" and then "Dunmore Foods
 * says 340 jobs will go" (`vague` is the vague amount's base: 100 for hundreds, up to ten times it).
 */
function claimsOwnFigures(text: string, vague?: number): boolean {
  // Figures inside a quotation are its speaker's words, not a claim the sentence makes beside its source.
  for (const q of readQuantities(text.replace(QUOTED, blank)).quantities) {
    if (!CLAIM_UNITS.has(q.unit) || !DIGIT.test(q.text)) continue;
    if (vague !== undefined && q.unit === 'count' && q.value >= vague && q.value < vague * 10) continue;
    return true;
  }
  return false;
}
/** A quotation in a sentence, closed or running to its end. */
const QUOTED = /["“][^"”]*(?:["”]|$)/g;
const blank = (m: string): string => ' '.repeat(m.length);
/** A sentence that opens by pointing back at figures: "That figure came from …", "Those numbers were supplied by …". */
const POINTS_BACK = /^\s*(?:That|Those|These|This|The)\s+(?:figures?|numbers?|estimates?|counts?|tally|totals?|data)\b/;
/** Openers that widen a story's ground to a land or the world. */
const WIDENING =
  /^\s*(?:Nationally|Nationwide|Globally|Worldwide|Internationally|Elsewhere|Across (?:the (?:country|nation|world|region|state|continent|UK|US|EU)|[A-Z][\w-]+(?: [A-Z][\w-]+)?)|Around the (?:country|world))\b/;
/**
 * A figure's clause on wider ground than the story's: an opener that widens, or "nationwide", "across the country",
 * "elsewhere", "in other cities" before the clause ends. Not "the statewide rate" (a benchmark the story compares
 * with) nor "in supervision, engineering or elsewhere" (a place in a list).
 */
const WIDER_GROUND =
  /^\s*(?:Nationally|Nationwide|Globally|Worldwide|Internationally|Elsewhere)\b|\b(?:nationally|(?<!\b(?:the|a) )(?:nationwide|statewide|countrywide)|across the (?:country|nation|world|state|region)|(?<!\b(?:or|and) )elsewhere|in other (?:cities|countries|towns|areas|places|states|regions))\b/;
/** A cue that names a source: not a placeholder still to fill, not an actor's decision or a document as subject. */
const named = (c: Cue): boolean => c.kind !== 'placeholder' && c.kind !== 'decision' && c.kind !== 'document';
/**
 * A lede's claim that the next paragraph's speaker may source: an exact share or sum ("like-for-like sales rose
 * 6.8%", then "…, the retailer said in a trading update"), or an exact count. A hedged crowd or a vague amount in a
 * lede ("More than 20,000 teachers marched") is the reporter's own estimate unless a source is named for it.
 */
function ledeClaim(text: string, at: number): 'sum' | 'count' | undefined {
  for (const q of readQuantities(text).quantities) {
    if (q.start !== at || q.vague) continue;
    if (q.unit === 'percent' || q.unit === 'money' || q.unit === 'points') return 'sum';
    // "Measles has now infected 84 children", then "County health director Dr Ana Ruiz said …": an exact count, sourced
    // by the next paragraph's speaker unless that paragraph brings figures of its own.
    if (q.unit === 'count' && q.approx === 'exact') return 'count';
  }
  return undefined;
}
/** The base of the vague count at `at` in a sentence ("hundreds of workers": 100), if the figure there is one. */
function vagueAt(text: string, at: number): number | undefined {
  for (const q of readQuantities(text).quantities) if (q.start === at) return q.vague && q.unit === 'count' ? q.value : undefined;
  return undefined;
}
/**
 * Characters between a story source's name and a cue that make it the cue's source: a title and a name may stand
 * between ("InfoNation President Dan McDowell said" is 30).
 */
const NAME_TO_CUE = 40;
/** Paragraphs past the last that names the story's source that it still covers. */
const STORY_REACH = 2;

/** The characters of a paragraph's opener that `continues` reads. */
const CONTINUES_READS = 60;

function continues(sentence: string): boolean {
  const tokens = tokenize(sentence, 0, Math.min(sentence.length, CONTINUES_READS));
  const a = tokens[0]?.lower ?? '';
  const b = tokens[1]?.lower ?? '';
  if (CONTINUATION.has(a)) return true;
  return (a === 'the' || a === 'this') && CONTINUATION_NOUNS.has(b);
}

/** Whether a text names or points to a source (any cue): a convenience for tests and simple callers. */
export function hasAttribution(sentence: string, matcher?: CueMatcher): boolean {
  return findCues(sentence, matcher).cues.length > 0;
}

/** A yes-or-no question about a paragraph, answered once per paragraph (the table made on the first question). */
function memoPerParagraph(count: number, answer: (pi: number) => boolean): (pi: number) => boolean {
  let memo: Int8Array | undefined;
  return (pi) => {
    memo ??= new Int8Array(count);
    const known = memo[pi] ?? 0;
    if (known !== 0) return known === 1;
    const yes = answer(pi);
    memo[pi] = yes ? 1 : -1;
    return yes;
  };
}

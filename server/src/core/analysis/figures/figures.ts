/**
 * Figures: what each quantity of a sentence is. A statistic (money, a
 * percentage, a rate, a count of people or of casualties, a total) is a
 * claim someone made; a price, a score, a measurement, an identifier, a
 * legal or contractual term, a date, a time, an age, a duration, an ordinal,
 * the writer's own arithmetic and an incidental count are not. For a
 * statistic, `confidence` says how sure the model is that a reader asks "says
 * who?": `sure` (a casualty count, a crowd, a change in a rate), `likely`
 * (another statistic), `possible` (background: "the city's 9 million
 * residents", a hypothetical, history).
 *
 * Reads one sentence's tokens and quantities (quantities.ts); whole-document
 * shapes (tables, price lists, recipes) are found in documents.ts and applied
 * by `articleFigures`. Linear: a bounded look-around per quantity.
 */
import type { Article, Sentence } from '../../article';
import type { LintCache } from '../../cache';
import { isRegexSpaceCode, WordSet, type Token, type TokenPool } from '../../tokens';
import type { Span } from '../../types';
import { documentShape, firstPersonPiece, type DocumentShape, type RegionKind } from './documents';
import {
  CHANGE_MULTIPLES,
  endsApostropheS,
  endsIngOrEd,
  findQuantities,
  FOLD_WORDS,
  lemma,
  PLURAL_S,
  readQuantities,
  type Quantity,
  type SentenceQuantities,
} from './quantities';

/**
 * Regular expressions of the per-word readers, made once: a literal inside a function makes a new RegExp object each
 * time it runs (about 56 bytes), and these run for every number, noun and word near a figure.
 */
const ED_END = /ed$/;
const DEMONYM = /^\p{Lu}\p{Ll}+(?:ans|ese|is|ons|ers)$/u;
const OBJECT_PRONOUN = /^(?:him|her|them|us|it|me)$/;
const AUCTION = /^auction(?:s|ed)?$/;
const FOUR_DIGITS = /^\d{4}$/;
const THREE_DIGITS = /^\d{3}$/;
const FINAL_POINT = /\.$/;
const APOSTROPHE_END = /['’]s?$/;
const ESTIMATED = /\bestimated\b/i;
const COST_VERB = /^cost(?:s|ing)?$/;
const POSSESSIVE = /['’]s$/;
const CENTS = /\.\d\d$/;
const NOT_DIGIT_OR_POINT = /[^\d.]/g;
const RATE_NOUN = /^(?:rate|level|average|number|amount|share|size|risk|chance|odds|likely)s?$/;
const CROWD_PRONOUN = /^(?:them|us|those|people)$/;

export type FigureKind =
  | 'statistic'
  | 'price'
  | 'score'
  | 'measurement'
  | 'identifier'
  /** A legal or contractual term stated as fact: a fine, bail, a tariff rate, a deal's terms. */
  | 'term'
  | 'date'
  | 'time'
  | 'age'
  | 'duration'
  | 'ordinal'
  /** A cell of a table or a data list, a line of a box score or a market wrap (documents.ts). */
  | 'table-cell'
  /** The writer's own arithmetic or a conversion: "that's less than 3% of income", "($64,120)". */
  | 'arithmetic'
  /** An incidental count: "the eight finalists", "two men", "one of them". */
  | 'count';

export type StatisticKind = 'money' | 'percent' | 'rate' | 'ratio' | 'fraction' | 'multiple' | 'casualties' | 'people' | 'total';

/** How sure the model is that a statistic needs a source. */
export type Confidence = 'sure' | 'likely' | 'possible';

export interface Figure extends Span {
  quantity: Quantity;
  kind: FigureKind;
  /** For statistics: what kind. */
  statistic: StatisticKind | undefined;
  /** For statistics: how sure the model is that it needs a source; `possible` for everything else. */
  confidence: Confidence;
  /** Why the model chose the kind, in a few words ("price: for $3.4 million", "casualties"). */
  reason: string;
}

/** A figure placed in an article: offsets absolute, `sentence` indexes `article.sentences`. */
export interface ArticleFigure extends Figure {
  sentence: number;
}

// ---------------------------------------------------------------------------
// Vocabulary

const set = (s: string): ReadonlySet<string> => new WordSet(s.split(/\s+/).filter(Boolean));

const MONTHS = set(
  'january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec',
);
const TIME_UNITS = set(`
  second minute hour day week month year decade century millennium night morning evening weekend season semester
  term generation lifetime quarter`);
const TIME_OF_DAY = set("a.m am p.m pm o'clock gmt utc bst cet est edt cst cdt pst pdt hrs");
/** Words before a number that make it a name or an identifier: "Route 66", "No. 5", "Chapter 11". */
const IDENTIFIER_BEFORE = set(`
  no nos number route highway interstate room suite flight chapter section article title page pages p pp vol volume
  apt apartment box bill resolution proposition prop game week day phase stage level grade class category division
  district precinct ward unit station channel gate platform pier track exit model type series version act hole lot
  block row seat zone figure table line item step code form ext floor building mission part lane court
  verse psalm exhibit amendment rule squad company battalion regiment brigade fleet army corps episode season
  issue edition generation gen number`);
/** Identifier words that also come before a count in lowercase ("every day 3,000 people"). */
const IDENTIFIER_RISKY = set(
  'day week game line lot block part type class act level grade stage phase table figure number company season generation issue',
);
const STREET = set('street st avenue ave road rd boulevard blvd lane ln drive way place pl court ct highway parkway pkwy');
/** Function words: when capitalized before a number they only start the sentence. */
const FUNCTION = set(`
  the a an and or but nor to in on at for with by from into onto over under than that which who whom whose
  was were is are be been being has have had will would could should may might can did do does as if it its
  their his her our my your this these those then there when where while after before since until about per
  each every more less fewer some only just least most up around approximately roughly nearly almost
  estimated barely exactly precisely another additional extra all among between of off out within without
  both either neither so also even still yet not no nearly`);
/** Adjectives after a counted noun that make the count a size: "212,000 words long". */
const DIMENSIONS = set('long wide tall high deep thick heavy across');
/** A dimension word after a figure's noun; "across" only at the clause's end ("300 feet across."), not "900 mill workers across the province". */
function dimensionAfter(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || !DIMENSIONS.has(t.lower)) return false;
  return t.lower !== 'across' || tokens[i + 1] === undefined || tokens[i + 1]?.kind === 'punct';
}
const EACH = set('each every per');
/** Nouns before "of N" that make N an attendance: "a crowd of 41,276". */
const GATE = set('crowd crowds attendance audience gate');
/**
 * Gates that a vague amount or a share of is still an attendance ("an audience of a couple of thousand", "half the
 * audience"); a vague crowd ("a crowd of several thousand protesters") is a claim about a protest and stays one.
 */
const AUDIENCES = set('attendance audience audiences gate');
/** Verbs before money that make it a prize or a result: "won a record $61,450". */
const WON = set('won win wins winning earned');
/** Verbs of betting: only right before the sum ("punters bet $516,240"; not "made a bold bet, spending"). */
const BET = set('bet wagered');

/** "won the Cup, the Shield and a record $61,450": a verb of winning a few words back, lists allowed. */
function wonBefore(tokens: readonly Token[], lead: number, hedged: boolean): boolean {
  if (BET.has(tokens[lead - 1]?.lower ?? '')) return true;
  for (let j = lead - 1; j >= 0 && j >= lead - 14; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && t.text !== ',' && t.text !== '-') return false;
    // "Beaudry earned $128,000": a prize paid is exact; "Container lines earned more than US$60 billion" is a
    // takings somebody totted up.
    if (WON.has(t.lower)) return !(hedged && t.lower === 'earned');
  }
  return false;
}
/** A sum named as prize money after it: "$60,000 in prize money", "£2,000 in winnings". */
const PRIZE_AFTER = /^\s+in\s+(?:prize\s+money|winnings|prizes)\b/i;
/** "stock" of a shop, not of a market: "pounds of stock", "in stock", "out of stock". */
const INVENTORY_NOT = '(?<!\\b(?:of|in)\\s)';
/** "bills" of a household, not a treasury's: "heating bills", "energy bills", "phone bills". */
const HOUSEHOLD_BILLS = set('heating energy power electricity gas water phone household utility fuel medical grocery food');
const HOUSEHOLD_NOT = `(?<!\\b(?:${[...HOUSEHOLD_BILLS].join('|')})\\s)`;
/** Words of a market wrap's price line: the things whose prices and moves it lists. */
const MARKET_WORDS = set(`
  shares stock stocks issues volume index indexes indices average averages dow nasdaq ftse nikkei dax yield yields
  bonds bills treasuries futures crude brent gold silver copper bitcoin debentures points traded`);
/**
 * MARKET_WORDS as one test over a sentence's text; "average" only as an index named before it ("the Dow Jones
 * industrial average", "the Nikkei average"), not "a national average of around 80 per cent".
 */
const MARKET_RE = new RegExp(
  `\\b(?:${[...MARKET_WORDS].filter((w) => !w.startsWith('average') && w !== 'stock' && w !== 'bills').join('|')}|${INVENTORY_NOT}stock|${HOUSEHOLD_NOT}bills)\\b`,
  'i',
);
/**
 * An index's average: "the Dow Jones industrial average", "the Nikkei average". Not a land's benchmark: a people's
 * adjective ("the European average", "the Scottish average") or an acronym ("the OECD average", "the UK average").
 */
const INDEX_AVERAGE = /\b(?!The\b|An?\b|[A-Z][a-z]*(?:an|ese|ish)\b|[A-Z]{2,5}\b)(?:industrial|[A-Z][\w&.]*)\s+averages?\b/;
/** Results and scores: public record, not statistics that need a source. */
const RESULT_NOUNS = set(`
  vote ballot point goal run stroke game win loss victory inning lap hit touchdown rebound assist yard sack
  tackle interception save set round shot snap pass catch reception carry strikeout homer homerun birdie bogey
  eagle par medal title match`);
/** Possessives of one person: a share of what they own or are ("90 per cent of her body") is not a group's. */
const PERSONAL_POSSESSIVE = set('his her my your');
/** What a share of is a result: "took 27 per cent of the vote", "had 64 percent of possession". */
const RESULT_SHARES = set('vote ballot possession');
const SCORE_VERBS = set('won lost beat defeated trailed led scored finished tied edged routed drew');
const PEOPLE = set(`
  person people citizen resident voter worker employee staff staffer child kid baby infant adult student pupil
  teacher patient woman man girl boy civilian soldier troop serviceman servicemember officer policeman police
  protester protestor demonstrator marcher refugee migrant immigrant emigrant family household member respondent
  user customer subscriber passenger visitor tourist inhabitant prisoner inmate detainee hostage fighter militant
  rebel farmer doctor nurse veteran homeless unemployed jobless applicant participant attendee volunteer survivor
  pilgrim evacuee individual job retiree pensioner taxpayer consumer shopper commuter driver pedestrian senior
  teenager youth delegate case infection american resident educator lawyer investigator supporter fan spectator
  viewer reader listener follower trader depositor investor saver borrower homeowner tenant renter buyer caller
  client guest parent graduate motorist cyclist traveller traveler holidaymaker donor shareholder miner
  muslim christian jew hindu buddhist sikh catholic protestant brit scot kiwi aussie yank villager relative newcomer
  neighbour neighbor mourner worshipper onlooker bystander householder landlord owner rider diner learner trainee
  apprentice player athlete runner fisherman fishermen peacekeeper diplomat activist`);
const CASUALTIES = set('death dead killed casualty fatality injured wounded injury victim body life missing');
/** After a count (and its noun): "were killed", "died", "had been arrested". */
const INCIDENT_AFTER = set(`
  killed died dead injured wounded hurt slain drowned missing arrested detained displaced evacuated
  hospitalized hospitalised infected rescued executed abducted kidnapped perished fled murdered diagnosed
  sickened poisoned trapped stranded affected quarantined deported attacked damaged destroyed sunk wrecked
  flooded gutted razed collapsed`);
const AUXILIARY = set('were was are is have has had been being reportedly also all later since there');
/** Before a count: "killing 12", "injured at least 40", "arresting 185 people". */
const INCIDENT_BEFORE = set(`
  killed killing kills kill injured injuring injures wounded wounding wounds claimed claiming arrested
  arresting detained detaining evacuated evacuating displaced displacing rescued rescuing affected affecting
  infected infecting sickened trapping trapped stranding stranded`);
/** Verbs before a measured amount that make it a count of what was taken: "seizing 2.4 metric tons". */
/** What falls from the sky: "eight inches of rain" is a measurement, whatever verb comes before it. */
const PRECIPITATION = set('rain rainfall snow snowfall hail sleet precipitation water');
const SEIZURE_BEFORE = set(`
  seized seizing confiscated confiscating spilled spilling smuggled smuggling recovered recovering dumped
  intercepted intercepting`);
/** How a toll is hedged: at least, more than, about ("less than a hundred shares is executed" is a rule). */
const TOLL_HEDGES: ReadonlySet<string> = new Set(['at-least', 'more-than', 'about']);
/** Nouns before a figure that make it a rate or a total: "the death toll rose to 12". */
const MEASURE_BEFORE = set('rate rates toll tally population turnout unemployment inflation');
/** Money nouns and terms that make a figure a term of a deal, a penalty or a rule, not a statistic. */
const TERM_NOUNS = set(`
  bail bond fine penalty tariff tax duty levy fee fare salary wage limit cap ceiling threshold contract deal
  agreement settlement rescue bailout package loan grant award prize reward purse bounty allowance
  stipend subsidy credit deposit payout buyout offer bid judgment judgement verdict damages ransom
  scholarship pension premium quota goal target appropriation authorization authorisation allotment trigger
  contribution charge surcharge commission disbursement tranche discount rebate`);
/** Verbs by which a term noun's relative clause gives its figure: "a tax credit, which covers 35 per cent of …". */
const TERM_RELATIVE_VERBS = set('covers covered pays paid gives offers refunds reimburses matches carries');
/** How far back (in words, within the clause) a term noun reaches: "Tariffs on imported timber were raised from 8%". */
const MAX_TERM_DISTANCE = 10;
/** Words before a figure that make it a limit: "a population above 90,000,000". */
const THRESHOLD_BEFORE = set('above below exceeding over under');
const MODALS = set('would must shall should may can cannot will');
/**
 * The modal of statutes and contracts: a figure in a clause with "shall" ("Each lender shall withhold ... 3 per
 * centum", "no county shall receive a grant less than 12-1/2%") is a term the text itself sets. News and essays
 * rarely say "shall" outside a quotation (none of the press findings judged in bench/judgements/ had one).
 */
const LEGAL_MODALS = set('shall');
/** Nouns before "of" that make a sum or a share a limit: "a minimum of $8.2 million". */
const LIMITS = set('minimum maximum');

/** Whether the figure's clause sets a rule: a modal verb near it ("would get", "must publish"). */
function modalClause(ctx: Ctx, q: Quantity, modals: ReadonlySet<string> = MODALS): boolean {
  const { tokens } = ctx;
  const from = Math.max(tokenAt(tokens, q.clause.start), q.first - CLAUSE_WINDOW);
  for (let j = from; j < tokens.length && j <= q.last + CLAUSE_WINDOW; j++) {
    const t = tokens[j] as Token;
    if (t.start >= q.clause.end) break;
    if (modals.has(t.lower)) return true;
  }
  return false;
}

/** Words before "the first" that make a sum the base of a rate: "on the first $4,800 of pay", "above the first $10,000". */
const BASE_BEFORE = set('on above over beyond after');
/**
 * Words before "$N a year" that make it a rate someone pays or is paid ("earns $310,000 a year", "a grant of $5,000 a
 * year", "rent of £900 a month"); without one, "the market is worth $140 billion a year" and "growers contribute
 * £400 million a year to the economy" are statistics.
 */
const PAID_WORDS = set(`
  earn earns earned earning earnings salary salaries wage wages pay pays paid paying payment payments fee fees rent
  rents rental cost costs costing charge charges charged charging contract deal grant grants stipend allowance pension
  subscription lease tuition premium premiums scholarship award awarded offered offer receive receives received
  receiving get gets got make makes made making budget budgeted tax taxes levy subsidy bursary royalty royalties save
  saves saving start starts starting`);
/**
 * How far back PAID_WORDS are looked for, in tokens, across commas ("scholarships, based on need, of up to $2,000 a
 * year") but not past a semicolon, a colon or a dash.
 */
const PAID_REACH = 8;
const SENTENCE_PARTS = set('; : . — – ( )');
/**
 * Whether one of `words` stands in the PAID_REACH tokens before the figure, across commas but not past a semicolon,
 * a colon, a dash or a parenthesis (its lemma too, with `lemmas`).
 */
function wordInPhraseBefore(tokens: readonly Token[], lead: number, words: ReadonlySet<string>, lemmas: boolean): boolean {
  for (let j = lead - 1; j >= 0 && j >= lead - PAID_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct' && SENTENCE_PARTS.has(t.text)) return false;
    if (t.kind === 'word' && (words.has(t.lower) || (lemmas && words.has(lemma(t.lower))))) return true;
  }
  return false;
}
/**
 * Somebody's estimate, the somebody unnamed, just before the figure: "thought to be worth about £310 million", "is
 * believed to have been about $40,000", "a pension deficit estimated at about £45m". Such a sum is a claim, though
 * a worth is a price and a payout or a pension a term.
 */
const RECKONED = set('thought said believed estimated reckoned understood reported rumoured rumored');
const RECKONED_AT = set('estimated put pegged calculated reckoned');
/** Pay stays a term even when reckoned: "a salary thought to be between $42,000 and $48,000 a year". */
const WAGES = set('salary salaries wage wages pay earnings stipend fee fees');
/** Tokens back from the figure that `reckoned` reads. */
const RECKONED_REACH = 6;
function reckoned(tokens: readonly Token[], lead: number): boolean {
  for (let j = lead - 1; j >= 1 && j >= lead - RECKONED_REACH; j--) {
    const w = tokens[j]?.lower ?? '';
    if (tokens[j]?.kind === 'punct') return false;
    // "estimated at about £45m"
    if (w === 'at' && RECKONED_AT.has(tokens[j - 1]?.lower ?? '')) return true;
    // "to be worth", "to have been"
    if (w === 'to' && RECKONED.has(tokens[j - 1]?.lower ?? '')) {
      const n1 = tokens[j + 1]?.lower ?? '';
      const n2 = tokens[j + 2]?.lower ?? '';
      return n1 === 'be' || (n1 === 'have' && n2 === 'been');
    }
  }
  return false;
}
/** Nouns of a whole market or economy: what they are "worth" is their size, a statistic. */
const AGGREGATES = set('market markets industry industries sector sectors economy economies trade');
/** Periods after money that make it a rate of pay or a grant: "$5,000 a year". */
const PERIODS = set('year month week day hour annum night');
/** Words passed over when looking back for the noun a figure is said of: verbs of being and change, adverbs, prepositions. */
const SUBJECT_SKIP = set(`
  is are was were be been being will would could should may might can has have had do does did now still already
  actually currently then also to from at of by up down rise rises rose risen raised increased increase cut cuts
  lowered reduced set sets stand stands stood remain remains remained go goes went going scheduled expected
  slated believed hiked doubled fall fell falls ranging range ranged between about around nearly almost roughly
  some only just over under more less than least most well which that who this last next year month week today
  yesterday annual annually statewide alone`);
const PREPOSITIONS = set('from of on by for in with at against about');

/**
 * The noun a figure is said of, looking back within the clause: "tax" in "the hotel tax is now
 * 7 per cent"; a noun inside a prepositional phrase ("from the tariffs") is passed over for the head
 * before it ("Receipts"). Returns its lemma, or undefined.
 */
function subjectBefore(tokens: readonly Token[], lead: number): string | undefined {
  for (let j = lead - 1; j >= 0 && j >= lead - MAX_TERM_DISTANCE; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') {
      if (CLAUSE_PUNCT.has(t.text)) return undefined;
      continue;
    }
    if (t.kind === 'number' || SUBJECT_SKIP.has(t.lower) || endsIngOrEd(t.lower) || t.lower.endsWith('ly')) continue;
    // "its annual prize of 3,000 francs": the term noun the figure is "of", whatever phrase the noun sits in.
    if (tokens[j + 1]?.lower === 'of' && j + 2 === lead && TERM_NOUNS.has(lemma(t.lower))) return lemma(t.lower);
    // A noun: inside a prepositional phrase when a preposition stands a few words before it.
    let inPhrase = false;
    for (let k = j - 1; k >= 0 && k >= j - 5; k--) {
      const w = tokens[k] as Token;
      if (w.kind === 'punct' && w.text !== '-') break;
      if (PREPOSITIONS.has(w.lower)) {
        inPhrase = true;
        j = k;
        break;
      }
    }
    if (inPhrase) {
      // "a fine of $500": the phrase is the figure's own; its noun is the head.
      if (TERM_NOUNS.has(lemma(t.lower)) && lead - j <= 3) return lemma(t.lower);
      continue;
    }
    const lem = lemma(t.lower);
    // "a bond issue": a compound whose first noun is the term.
    const mod = tokens[j - 1];
    if (mod?.kind === 'word' && TERM_NOUNS.has(lemma(mod.lower))) return lemma(mod.lower);
    return lem;
  }
  return undefined;
}
const CLAUSE_PUNCT = set(', ; : . ( ) " “ ” — –');
/** Verbs just before a percentage that make it a rate a product pays or charges: "pays 4.9%", "charging 19.9%". */
const RATE_PAID = set('pays paying paid offers offering charges charging yields yielding');
/** Verbs just before a figure that make it a term: "fined $175,000", "ordered to pay $5 million". */
const TERM_BEFORE = set('fined fining fines charge charged charging owe owes owed awarded awarding');
/** Words just before money that make it a price: "for $3.4 million", "costs $25", "start at $38,500". */
const PRICE_BEFORE = set(`
  for cost costs costing priced price prices pay pays paid paying sell sells sold selling buy buys bought
  buying retail retails retailing fetch fetched fetches worth apiece msrp`);
/** Words that make "at" a price: "start at $38,500", "priced at", "valued at", "listed at". */
const PRICE_AT = set('start starts starting started priced valued listed available begins begin beginning sells retails');
/** Nouns after an attributive figure that make it a statistic: "a $2.3 million loss", "an 18 per cent rise". */
const CHANGE_NOUNS = set(`
  rise increase drop decline fall jump gain growth loss decrease surge slump plunge deficit surplus shortfall
  profit debt gap overrun rate share cut reduction hike boost spike dip`);
/** Verbs of change near a percentage: "rose 10 percent", "plunged 10 percent". */
const CHANGE_VERBS = set(`
  rose rise rises rising fell fall falls falling grew grow grows growing jumped jump jumps jumping dropped drop
  drops dropping declined decline declines declining increased increase increases increasing decreased decrease
  plunged plunge plunges soared soar surged surge climbed climb slipped slip slid tumbled gained gain lost
  shrank shrink boomed doubled tripled halved up down spiked sank contracted expanded fallen risen grown shrunk sunk`);
/** Totals that "half of" and "a third of" divide: "a third of the budget", "half the output". */
const TOTAL_NOUNS = set(`
  budget revenue spending fund money income economy market output pollution emission vote share district school
  county state country city nation`);
/**
 * Collective nouns for a body of people: a share of one is a share of people ("two-thirds of the county's
 * electorate", "a quarter of the workforce"), as sure as "a third of voters".
 */
const BODIES_OF_PEOPLE = set(`
  electorate population workforce public membership congregation citizenry audience readership viewership
  staff faculty enrolment enrollment roster`);
/** Nouns that a vague plural counts besides people: "hundreds of homes". */
const STAT_NOUNS = set(`
  home house building business company firm school hospital arrest complaint claim application barrel vehicle
  car animal cattle species tree flight acre job case store shop property dwelling position vacancy loan mortgage`);
/** Verbs of damage before a count of things: "damaged 186 homes", "destroying 40 businesses". */
const DAMAGE_BEFORE = set(`
  damaged damaging destroyed destroying flooded flooding razed gutted wrecked demolished burned burnt levelled leveled`);
/** Verbs by which a measured amount reaches a level: "Evictions reached 3,600". */
const LEVEL_VERBS = set('reached reach reaches totalled totaled totals topped tops hit exceeded surpassed');
/** Number words that end a mixed number before "and a half". */
const NUMBER_WORDS = set('one two three four five six seven eight nine ten eleven twelve a an');
/**
 * Objects of "cost" that make the sum a damage estimate, not a price: "cost the sector £1.5 billion", "costing
 * the city's economy £20 million a day".
 */
const DAMAGE_OBJECTS = set(`
  economy economies sector industry country nation city state region taxpayer taxpayers business businesses
  employer employers insurer insurers society retailer retailers household households farmer farmers`);
/** Words before a small count that make it a back-reference ("the two victims"), not a statistic. */
const DEFINITE = set('the these those both all his her their its our my your whose');
const DEMONSTRATIVE = set('that this these those other remaining');
/** Verbs whose "that" opens a clause ("noticed that 30 percent ..."), not a demonstrative ("that $19 million"). */
const THAT_VERBS = set(`
  say says show shows mean means suggest suggests believe believes think thinks know knows expect expects hope
  hopes fear fears estimate estimates claim claims argue argues find finds warn warns note notes`);

/** "that" at index i opens a clause: after a verb of saying, thinking or showing, or an "-ed" verb. */
function complementizer(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const p = tokens[i - 1];
  return t?.lower === 'that' && p?.kind === 'word' && (THAT_VERBS.has(p.lower) || ED_END.test(p.lower));
}
const ARTICLES = set('a an the its their his her our each every');
/** Words that open a clause of the writer's own arithmetic: "That's less than 3% of income." */
const ARITHMETIC_OPENERS: readonly (readonly string[])[] = [
  ["that's"],
  ['that', 'is'],
  ['that', 'would', 'be'],
  ['that', 'amounts', 'to'],
  ['that', 'works', 'out', 'to'],
  ['this', 'is'],
  ['this', 'amounts', 'to'],
  ["it's"],
  ['it', 'is'],
  ['it', 'amounts', 'to'],
  ['it', 'works', 'out', 'to'],
  ['in', 'other', 'words'],
  ['that', 'means'],
  ['this', 'means'],
  ['which', 'means'],
];
/**
 * What may stand between such an opener and the figure: words of comparison and approximation ("that's less than
 * 3%", "that is roughly a third"); a verb there makes "it" a subject of its own ("It is estimated that fewer than one
 * in ten homeowners …" names an estimate, not the writer's sum).
 */
const ARITHMETIC_GAP_WORDS = set(
  'less more fewer than about roughly nearly almost around over under just only some a an well the equivalent equal of to',
);
function onlyComparisons(tokens: readonly Token[], from: number, to: number): boolean {
  for (let j = from; j < to; j++) {
    // "That amounts to a reduction of 2,300 jobs": a noun of change is the sum's own.
    const w = tokens[j]?.lower ?? '';
    if (!ARITHMETIC_GAP_WORDS.has(w) && !CHANGE_NOUNS.has(w)) return false;
  }
  return true;
}
/** "bringing the total programme cost to", "taking the total for the year to", "pushing its domestic total to". */
const RUNNING_TOTAL =
  /\b(?:bringing|brings|taking|takes|pushing|pushes|lifting|lifts)\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,3}?(?:total|sum|cost|bill)\s+(?:[\w-]+\s+){0,3}?to\s+(?:about\s+|around\s+|more than\s+|nearly\s+|almost\s+|over\s+|some\s+)?$/i;
/** Characters read back from a figure for a running total's words: "bringing the total programme cost to " is 37. */
const RUNNING_TOTAL_CHARS = 80;
/** Words after an opening "So" that make it no conclusion: "So far", "So many people", "So that …". */
const SO_NOT = set('far many much few little long often that too called');
/** What opens an inference with "means": "That means …", "This means …", ", which means …". */
const INFERENCE_SUBJECTS = set('that this which');
/** Words passed over before such an opener: "And that is…", "Actually it amounts to…". */
const CLAUSE_FILLERS = set('and but so actually altogether overall combined');
/** Tokens that may stand between such an opener and the figure: "that's less than 3%", "that is roughly a third". */
const MAX_ARITHMETIC_GAP = 3;
/**
 * Openers that frame a comparison ("For context,", "By comparison,", "To put that in perspective,"): passed over
 * like "And", so "For context, that is 3% of income" is the writer's arithmetic by its "that is", and "For
 * context, the average household spends $1,200" is still a statistic.
 */
const FRAMING_OPENERS: readonly (readonly string[])[] = [
  ['for', 'context'],
  ['for', 'comparison'],
  ['by', 'comparison'],
  ['in', 'comparison'],
  ['for', 'perspective'],
  ['to', 'put', 'that', 'in', 'perspective'],
  ['to', 'put', 'this', 'in', 'perspective'],
  ['to', 'put', 'it', 'in', 'perspective'],
];
/** Words of a hypothetical or of the reader: "Imagine you had tens of thousands of readers". */
const HYPOTHETICAL = set('if wish imagine suppose you your');
/** The writer speaking of themselves: a first-hand account, not a sourced claim ("I paid $1,800 for it"). */
const FIRST_PERSON = set("i me my i'm i've i'd i'll");
/**
 * Modals that, with "have", make a clause counterfactual: "could have dragged on with many thousands killed",
 * "would have cost $2 million". What did not happen was counted by nobody.
 */
const COUNTERFACTUAL_MODALS = set('could would might');
/** Verbs before a count of people that make it a firm's or a body's size: "employs 300 people". */
const HEADCOUNT_VERBS = set('employs employ employing employed');

/** A clause of background: "the 9 million residents of the port city", history ("in the 14th century"). */
const BACKGROUND_DETERMINERS = set('the its their his her our whose');

/** Figure kinds that need a source when nothing names one. */
export function isStatistic(f: Pick<Figure, 'kind'>): boolean {
  return f.kind === 'statistic';
}

// ---------------------------------------------------------------------------
// Classifying one quantity

interface Ctx {
  text: string;
  tokens: readonly Token[];
  quantities: readonly Quantity[];
  index: number;
  /** Whether the sentence is a market line, once known. */
  market?: boolean;
  /** Whether the sentence is a data list, once known. */
  dataList?: boolean;
}

function glued(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return !!a && !!b && a.end === b.start;
}

/** The index of the first token of the quantity's qualifier, or of the quantity. */
function leadIndex(tokens: readonly Token[], q: Quantity): number {
  let i = q.first;
  if (q.qualifier) while (i > 0 && (tokens[i - 1]?.start ?? -1) >= q.qualifier.start) i--;
  return i;
}

function isCapitalized(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

function nounIsPeople(lemmaWord: string, t: Token | undefined): boolean {
  if (PEOPLE.has(lemmaWord)) return true;
  // Demonyms: "Americans", "Hungarians", "Israelis", "Britons".
  return !!t && isCapitalized(t) && DEMONYM.test(t.text);
}

/**
 * The words just before token i, nearest first, read one at a time: the index of the word before token `j` (start
 * with `j = i`), or -1 where the walk stops. It passes over a hyphen or an apostrophe and stops at any other
 * punctuation. The readers below take the first few words of this walk without making a list of them (the figure
 * model runs mostly unoptimised in a cold lint, and a list per quantity was most of what it allocated here).
 */
export function wordIndexBefore(tokens: readonly Token[], j: number): number {
  for (j--; j >= 0; j--) {
    const t = tokens[j];
    if (!t) return -1;
    if (t.kind !== 'punct') return j;
    if (t.text !== '-' && t.text !== '’' && t.text !== "'") return -1;
  }
  return -1;
}

/** The word `k` places back (0: the nearest) in the walk of `wordIndexBefore` from token i, if the walk gets there. */
export function wordBefore(tokens: readonly Token[], i: number, k: number): Token | undefined {
  let j = wordIndexBefore(tokens, i);
  for (; j >= 0 && k > 0; k--) j = wordIndexBefore(tokens, j);
  return j >= 0 ? tokens[j] : undefined;
}

/** The first of the `n` words before token i (nearest first) whose lower-case form is in `words`, if any. */
export function listedWordBefore(tokens: readonly Token[], i: number, n: number, words: ReadonlySet<string>): string | undefined {
  for (let j = wordIndexBefore(tokens, i), k = 0; j >= 0 && k < n; j = wordIndexBefore(tokens, j), k++) {
    const lower = (tokens[j] as Token).lower;
    if (words.has(lower)) return lower;
  }
  return undefined;
}

/** Whether one of the `n` words before token i is in `words`. */
function wordBeforeIn(tokens: readonly Token[], i: number, n: number, words: ReadonlySet<string>): boolean {
  return listedWordBefore(tokens, i, n, words) !== undefined;
}

function incidentAfter(tokens: readonly Token[], from: number): boolean {
  // "More than 400 homes and businesses were flooded": past a second noun joined to the first.
  if (JOINS.has(tokens[from]?.lower ?? '') && tokens[from + 1]?.kind === 'word' && !FUNCTION.has(tokens[from + 1]?.lower ?? ''))
    from += 2;
  for (let j = from; j < tokens.length && j < from + 4; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct') return false;
    if (INCIDENT_AFTER.has(t.lower)) return true;
    if (!AUXILIARY.has(t.lower)) return false;
  }
  return false;
}

/** Words that join a second noun to a count's first: "homes and businesses". */
const JOINS = set('and or');

function startsWith(tokens: readonly Token[], from: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (tokens[from + k]?.lower !== words[k]) return false;
  return true;
}

/** Whether the quantity's clause opens with the writer's own arithmetic ("That's less than 3% of..."). */
function arithmeticClause(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  let k = tokenAt(tokens, q.clause.start);
  // Skip an opening "And" / "Actually" / "For context,".
  for (let guard = 0; guard < 4; guard++) {
    const t = tokens[k];
    if (!t) return false;
    if (CLAUSE_FILLERS.has(t.lower) || t.text === ',' || t.text === '“' || t.text === '"') {
      k++;
      continue;
    }
    // Loops, not `find` and `some` with a closure (one made per call, for every figure).
    let framing = 0;
    for (let o = 0; o < FRAMING_OPENERS.length && framing === 0; o++) {
      const w = FRAMING_OPENERS[o] as readonly string[];
      if (startsWith(tokens, k, w)) framing = w.length;
    }
    if (framing === 0) break;
    k += framing;
  }
  const lead = leadIndex(tokens, q);
  // "So the line is running about 19% ahead of forecast", "So roughly 3,100 of the line's daily riders are people who
  // used to ride the 12": a sentence that opens with "So" draws the writer's conclusion from the figures before it.
  // Not "So far", "So-called", "So many …" (no conclusion).
  const first = tokens[0];
  if (first?.text === 'So' && k <= 1 && !SO_NOT.has(tokens[1]?.lower ?? '') && tokens[1]?.text !== '-') return true;
  // "That means taxpayers have forked out around £4,500 more than the going rate": what "means" opens is the
  // writer's inference from the figures before, a clause of any length.
  if (tokens[k + 1]?.lower === 'means' && INFERENCE_SUBJECTS.has(tokens[k]?.lower ?? '') && lead > k + 1) return true;
  for (let o = 0; o < ARITHMETIC_OPENERS.length; o++) {
    const w = ARITHMETIC_OPENERS[o] as readonly string[];
    if (startsWith(tokens, k, w) && lead - (k + w.length) <= MAX_ARITHMETIC_GAP && onlyComparisons(tokens, k + w.length, lead))
      return true;
  }
  return false;
}

/**
 * Points of a percentage its figures may miss it by and still be its arithmetic: the writer rounds "39.9" to "40".
 * Half a point is rounding to the whole number; the relative margin lets a large change round to its tens ("up 150%").
 */
const COMPUTED_POINTS = 0.6;
const COMPUTED_SHARE = 0.015;
/**
 * The least each figure of such a pair is: small numbers make any share by chance ("NC 60 … an average pore size of
 * 30" is "50%"), while a writer's arithmetic works on counts and sums of tens and more.
 */
const COMPUTED_MIN = 10;
/**
 * A percentage that two other figures of the sentence make, as a change from one to the other or as one's share of
 * the other: "rose from 43,900 to 61,400, an increase of 40 per cent", "230 of its 1,850 staff, or 12 per cent". The
 * writer worked it out; whoever gave the two figures is the source, and they are read on their own.
 */
function computedShare(ctx: Ctx, q: Quantity): boolean {
  // A bare count under a hundred, with no noun, may be a name's number ("NC 60") or a reading; a sum or a count of
  // things is an operand.
  const operand = (x: Quantity): boolean =>
    !x.yearLike &&
    x.value >= COMPUTED_MIN &&
    (x.unit === 'money' || x.unit === 'measure' || (x.unit === 'count' && (x.noun !== undefined || x.value >= 100)));
  if (q.unit !== 'percent' || q.range) return false;
  const v = q.value;
  const margin = Math.max(COMPUTED_POINTS, v * COMPUTED_SHARE);
  const qs = ctx.quantities;
  for (let i = 0; i < qs.length; i++) {
    const a = qs[i] as Quantity;
    if (a === q || !operand(a)) continue;
    for (let j = 0; j < qs.length; j++) {
      const b = qs[j] as Quantity;
      if (j === i || b === q || b.unit !== a.unit || b.measure !== a.measure || !operand(b)) continue;
      const change = (Math.abs(b.value - a.value) / a.value) * 100;
      const share = (b.value / a.value) * 100;
      if (Math.abs(change - v) <= margin || (b.value < a.value && Math.abs(share - v) <= margin)) return true;
    }
  }
  return false;
}

/** A figure right after another, after ", or" or in parentheses: "$2 million, or 3% of the budget", "58,900 euro ($64,120)". */
function conversion(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  const lead = leadIndex(tokens, q);
  const prevQ = ctx.quantities[ctx.index - 1];
  if (!prevQ) return false;
  const p = tokens[lead - 1];
  if (p?.text === '(' && prevQ.last >= lead - 3) return true;
  // "6 per cent -- 3 per cent on each worker and employer --", "$40 million — $10 million a year —": an aside
  // opened by a dash right after a figure breaks that figure down or restates it.
  if ((p?.text === '—' || p?.text === '–' || (p?.text === '-' && tokens[lead - 2]?.text === '-')) && prevQ.last >= lead - 3)
    return true;
  // "2,300 jobs, or just over 5% of the workforce": hedges may stand between "or" and the figure.
  let o = lead - 1;
  while (o > 0 && ARITHMETIC_GAP_WORDS.has(tokens[o]?.lower ?? '') && tokens[o]?.lower !== 'of') o--;
  if (tokens[o]?.lower === 'or' && tokens[o - 1]?.text === ',' && prevQ.last >= o - 4) return true;
  // "$418,260,000, a 6 per cent increase": an appositive that restates the figure before it.
  if ((p?.lower === 'a' || p?.lower === 'an') && tokens[lead - 2]?.text === ',' && prevQ.last === lead - 3) return true;
  return false;
}

/** Money in a transaction ("for $3.4 million", "start at $38,500", "paid $120 million"). */
function priceContext(ctx: Ctx, q: Quantity): string | undefined {
  const { tokens } = ctx;
  const lead = leadIndex(tokens, q);
  const b0 = wordBefore(tokens, lead, 0);
  const b1 = wordBefore(tokens, lead, 1);
  const w1 = b0?.lower ?? '';
  const w2 = b1?.lower ?? '';
  // "The home furnishings market is worth about $140 billion a year": the size of a market, not a thing's price;
  // "She was thought to be worth about £310 million": a fortune someone estimated, unnamed.
  // "Pollinators are worth more than $3 billion a year to farming": a yearly worth is a flow of value, not a price.
  if (
    (w1 === 'worth' || w2 === 'worth') &&
    (wordInPhraseBefore(tokens, lead, AGGREGATES, false) || reckoned(tokens, lead) || yearly(tokens, q.last))
  )
    return undefined;
  // "The structure cost £17.8 million", "a bridge costing £2.7 million", "rebuilt at a cost of ₹380 crore": what a
  // project or a thing done cost is somebody's account of it; a price asked is "costs" or "for".
  if (w1 === 'cost' || w1 === 'costing' || (w1 === 'of' && w2 === 'cost')) return undefined;
  if (PRICE_BEFORE.has(w1)) return w1;
  if (w1 === 'at' && PRICE_AT.has(w2)) return `${w2} at`;
  // "Verdict: at $1,299 it is easy to recommend": "at" opening a clause names a price ("stood at" is a level).
  if (w1 === 'at' && b1 === undefined && (lead < 2 || tokens[lead - 2]?.kind === 'punct')) return 'at';
  if (PRICE_BEFORE.has(w2) && w2 !== 'for' && (isCapitalized(b0) || OBJECT_PRONOUN.test(w1))) return w2;
  // "costs in the region of $90,000": a price verb in the present, a few words back.
  const costs = listedWordBefore(tokens, lead, 5, PRICE_VERBS);
  if (costs !== undefined && costs !== 'cost') return costs;
  // "sold the company the right ... for": the price word may follow an object, but "for" stands right before.
  const next = tokens[q.last + 1]?.lower ?? '';
  if (next === 'apiece' || next === 'each') return next;
  // "fetched $1,750,000 at auction": a sale's price.
  for (let j = q.last + 1; j <= q.last + AUCTION_REACH; j++) if (AUCTION.test(tokens[j]?.lower ?? '')) return 'auction';
  return undefined;
}
/** "a year", "per year", "annually" right after a sum. */
function yearly(tokens: readonly Token[], last: number): boolean {
  const a1 = tokens[last + 1]?.lower ?? '';
  return a1 === 'annually' || ((a1 === 'a' || a1 === 'per' || a1 === 'each') && tokens[last + 2]?.lower === 'year');
}
/** Words after a sum within which "at auction" makes it a sale's price ("fetched $1.4 million at auction"). */
const AUCTION_REACH = 3;
/** Price verbs in the present a few words before a sum: "costs in the region of $90,000". */
const PRICE_VERBS = set('costs cost priced charges charge');

/** A hedged sum a period at least this large is a flow reckoned, not a term: a million (no wage or fee runs that high). */
const RECKONED_FLOW = 1e6;
/** A legal or contractual term: "$175,000 fines", "bail of $60,000", "tariffs were raised from 8% to 20%". */
function termContext(ctx: Ctx, q: Quantity): string | undefined {
  const { tokens } = ctx;
  const noun = q.noun;
  // "Average rents have risen by €340 a month", "the average salary": a statistic of many terms.
  if (wordInPhraseBefore(tokens, leadIndex(tokens, q), TYPICAL, false)) return undefined;
  // "a $500 fine", "the 40-year contract"; but "880,000 fixed loans" counts loans, a statistic.
  if (
    noun &&
    noun.via === 'direct' &&
    TERM_NOUNS.has(noun.lemma) &&
    !(q.unit === 'count' && PLURAL_S.test(tokens[noun.index]?.lower ?? ''))
  )
    return noun.lemma;
  const lead = leadIndex(tokens, q);
  const b0 = wordBefore(tokens, lead, 0);
  const b1 = wordBefore(tokens, lead, 1);
  const w1 = b0?.lower ?? '';
  if (TERM_BEFORE.has(w1)) return w1;
  // "Castleford Bank is currently paying 4.65% on its easy-access account": a rate a product pays or charges.
  if ((q.unit === 'percent' || q.unit === 'points') && RATE_PAID.has(w1)) return `a rate (${w1})`;
  // "Employees will pay 6%": a rate a rule sets (not "will pay 40% more").
  if (q.unit === 'percent' && w1 === 'pay' && MODALS.has(b1?.lower ?? '') && !COMPARATIVES.has(tokens[q.last + 1]?.lower ?? ''))
    return 'a rate (pay)';
  const prevWord = tokens[lead - 1]?.lower ?? '';
  if (w1 === 'pay' && (b1?.lower === 'to' || b1?.lower === 'agreed')) return 'pay';
  // "the federal journalism labour tax credit, which covers 35 per cent of eligible newsroom salaries": what a term
  // noun covers or pays, told in its relative clause.
  if (TERM_RELATIVE_VERBS.has(w1) && (b1?.lower === 'which' || b1?.lower === 'that')) {
    const at = wordIndexBefore(tokens, wordIndexBefore(tokens, lead));
    const antecedent = tokens[at - 1]?.text === ',' ? tokens[at - 2] : tokens[at - 1];
    if (antecedent?.kind === 'word' && TERM_NOUNS.has(lemma(antecedent.lower))) return lemma(antecedent.lower);
  }
  // "charge Orbis $6 million": the verb may have its object between.
  const w2 = b1?.lower ?? '';
  if (TERM_BEFORE.has(w2) && (isCapitalized(b0) || OBJECT_PRONOUN.test(w1))) return w2;
  // "$5,000 a year", "$10,000-per-year": a wage, a fee or a grant's rate.
  const a1 = tokens[q.last + 1]?.lower ?? '';
  const a2 = tokens[q.last + 2]?.lower ?? '';
  const a3 = tokens[q.last + 3]?.lower ?? '';
  if (
    q.unit === 'money' &&
    (a1 === 'a' || a1 === 'per' || a1 === 'an') &&
    PERIODS.has(a2) &&
    wordInPhraseBefore(tokens, lead, PAID_WORDS, true) &&
    // "take in around $6 million a year", "costs the NHS around £10 billion a year": a hedged sum in the millions
    // a period is somebody's reckoning of a flow, not a wage or a fee someone set.
    !(q.approx !== 'exact' && q.value >= RECKONED_FLOW)
  )
    return `${a1} ${a2}`;
  const a4 = tokens[q.last + 4]?.lower ?? '';
  if (q.unit === 'money' && a1 === '-' && a2 === 'per' && (PERIODS.has(a3) || (a3 === '-' && PERIODS.has(a4))))
    return 'per period';
  // "up to 90,000,000 people", "250,000 or more" in a clause that sets a rule ("would get", "must"): a threshold.
  if ((q.approx === 'at-most' || q.approx === 'at-least' || THRESHOLD_BEFORE.has(prevWord)) && modalClause(ctx, q))
    return 'a threshold';
  if (modalClause(ctx, q, LEGAL_MODALS)) return 'shall';
  // "with a service charge of 0.75 per cent a year", "a fine of $500": what a term noun is "of".
  // "a catering bill of almost $1,400": one bill's sum (a bill is no term noun elsewhere: "Gas bills have risen 30%").
  const termOf = lemma(tokens[lead - 2]?.lower ?? '');
  if (prevWord === 'of' && (TERM_NOUNS.has(termOf) || termOf === 'bill')) return termOf;
  // "Parliament raised the cap to 6 per cent in 2020 and to 8 per cent in 2022": a limit set, each level it is set to.
  if (prevWord === 'to' && LIMIT_SET.test(ctx.text.slice(Math.max(0, q.start - LIMIT_SET_CHARS), q.start))) return 'a limit set';
  // "a $7.5 billion, 30-month loan program", "a $2 million bridging loan": one loan's size.
  if (q.unit === 'money' && ONE_LOAN.test(ctx.text.slice(q.end, q.end + ONE_LOAN_CHARS))) return 'a loan';
  // "will pay the town a minimum of $8.2 million", "a maximum of 5 per cent": a limit a deal or a rule sets.
  // "sets a minimum survival rate of 70 per cent": the limit's noun may stand between, two words at most.
  if (
    (q.unit === 'money' || q.unit === 'percent') &&
    prevWord === 'of' &&
    (LIMITS.has(tokens[lead - 2]?.lower ?? '') ||
      LIMITS.has(tokens[lead - 3]?.lower ?? '') ||
      LIMITS.has(tokens[lead - 4]?.lower ?? ''))
  )
    return 'a limit';
  // "6 per cent on the first $4,800 of pay": the base a rate is charged on.
  if (
    q.unit === 'money' &&
    prevWord === 'first' &&
    tokens[lead - 2]?.lower === 'the' &&
    BASE_BEFORE.has(tokens[lead - 3]?.lower ?? '')
  )
    return 'a base';
  // "any IT project costing more than €10 million", "every firm employing over 250 staff": a rule's class.
  if (
    q.approx !== 'exact' &&
    q.approx !== 'about' &&
    CLASS_PARTICIPLES.has(prevWord) &&
    wordBeforeIn(tokens, lead - 1, ANY_REACH, ANY)
  )
    return 'a threshold';
  // "a saver with more than $12,000 of interest", "firms with under 50 staff": a class, not a count.
  // ("…, with up to a dozen children treated" is a count: no noun before "with").
  const holder = tokens[lead - 2];
  if (
    q.approx !== 'exact' &&
    q.approx !== 'about' &&
    tokens[lead - 1]?.lower === 'with' &&
    holder?.kind === 'word' &&
    !FUNCTION.has(holder.lower)
  ) {
    return 'a threshold';
  }
  // The noun the figure is said of: "the hotel tax is now 7 per cent", "a fine of $500",
  // "Tariffs on imported timber were raised from 8% to 20%"; not "Receipts from the tariffs came to".
  const head = subjectBefore(tokens, lead);
  // Not "Fares have climbed by about a third": a change over time in them (an average of them returned above).
  if (head && TERM_NOUNS.has(head) && !(q.unit === 'fraction' && changedBy(tokens, lead))) return head;
  return undefined;
}
/** A limit raised, lowered or set, then the "to" of its level, in the same clause. */
const LIMIT_SET =
  /\b(?:raised|raises|raising|lowered|lowers|lowering|cut|cuts|set|sets|increased|reduced|lifted|lifts|moved)\s+(?:the|its|their|a)\s+(?:[\w-]+\s+)?(?:cap|limit|ceiling|threshold)s?\b[^.;:!?]{0,60}\bto\s+$/i;
/** Characters read back from a figure for a limit set: "raised the withdrawal cap to 6 per cent in 2020 and to " is 55. */
const LIMIT_SET_CHARS = 90;
/** A single loan right after a sum, a comma and a word or two between at most: "$7.5 billion, 30-month loan". */
const ONE_LOAN = /^(?:\s*,)?\s+(?:[\w-]+\s+){0,2}loan\b(?!s)/i;
/** Characters read after a sum for its loan. */
const ONE_LOAN_CHARS = 40;
/** "ranged from $500 to $50,000": the top of a range, read from the "to" before it. */
function ranged(tokens: readonly Token[], lead: number): boolean {
  if (tokens[lead - 1]?.lower !== 'to') return false;
  for (let j = lead - 2; j >= 0 && j >= lead - RANGE_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.lower === 'from') return true;
    if (t.kind === 'punct' && t.text !== '$' && t.text !== '£' && t.text !== '€' && t.text !== ',') return false;
  }
  return false;
}
/** Tokens back from a range's "to" within which its "from" is read: "from $1.50 to" is 4. */
const RANGE_REACH = 5;
/** Participles that set a class by a figure: "costing more than", "employing over". */
const CLASS_PARTICIPLES = set('costing worth earning employing valued weighing exceeding');
/** Words before a class's noun: "any project", "every firm", "each scheme". */
const ANY = set('any every each');
/** Words back from a class's participle within which "any" is read: "any IT project costing" is 3. */
const ANY_REACH = 5;
/** Words that make a term's figure a statistic of many terms: "the average loan", "the typical fare". */
const TYPICAL = set('average typical median typically usually routinely normally generally often');

/** A score: "won 3-1", "21-14", "a 2-1 win". */
function scoreContext(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  const dash = tokens[q.last + 1];
  const other = tokens[q.last + 2];
  if (dash && (dash.text === '-' || dash.text === '–') && glued(tokens, q.last + 1) && glued(tokens, q.last + 2)) {
    if (other?.kind === 'number') return true;
  }
  const p = tokens[q.first - 1];
  const pp = tokens[q.first - 2];
  if (p && (p.text === '-' || p.text === '–') && glued(tokens, q.first) && pp?.kind === 'number' && glued(tokens, q.first - 1)) {
    return true;
  }
  if (q.unit === 'count' && !q.noun && wordBeforeIn(tokens, leadIndex(tokens, q), 2, SCORE_VERBS)) return true;
  return false;
}

/** A date: "March 3", "Oct. 23", "14 June", a year. */
function dateContext(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  if (q.unit !== 'count' || q.vague || q.spelled) return false;
  const p = tokens[q.first - 1];
  const pp = tokens[q.first - 2];
  if (p && MONTHS.has(p.lower) && isCapitalized(p)) return true;
  if (p?.text === '.' && pp && MONTHS.has(pp.lower) && isCapitalized(pp)) return true;
  const n = tokens[q.last + 1];
  if (n && MONTHS.has(n.lower) && isCapitalized(n) && q.value <= 31) return true;
  // "November 1, 2019"
  if (q.yearLike) return true;
  return false;
}

/** Prepositions before a year: "in 1822 people fled" is a year, not 1,822 people. */
const YEAR_PREPOSITIONS = set('in since until during by');

/** A four-digit year right after a preposition of time. */
function yearAfterPreposition(ctx: Ctx, q: Quantity): boolean {
  return q.yearLike && YEAR_PREPOSITIONS.has(ctx.tokens[q.first - 1]?.lower ?? '');
}

function ageContext(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  if (q.unit === 'measure' && q.measure === 'year') {
    const n1 = tokens[q.last + 1]?.lower ?? '';
    if (n1 === 'old' || tokens[q.last]?.lower === 'old') return true;
    if (n1 === 'of' && tokens[q.last + 2]?.lower === 'age') return true;
  }
  if (q.unit !== 'count' || q.spelled || q.value > 120) return false;
  const p = tokens[q.first - 1];
  const pp = tokens[q.first - 2];
  // "Varga, 68, was"
  if (p?.text === ',' && tokens[q.last + 1]?.text === ',' && isCapitalized(pp)) return true;
  const w = p?.lower ?? '';
  return w === 'aged' || w === 'age' || w === 'ages';
}

function identifierContext(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  if (q.attached) return true;
  if (q.unit !== 'count' || q.vague || q.spelled) return false;
  const p = tokens[q.first - 1];
  if (p && p.text === '#') return true;
  // Phone numbers: "555-0134", "(212) 555-0199".
  const dash = tokens[q.last + 1];
  const tail = tokens[q.last + 2];
  if (dash?.text === '-' && glued(tokens, q.last + 1) && tail?.kind === 'number' && FOUR_DIGITS.test(tail.text)) return true;
  if (p?.text === '(' && tokens[q.last + 1]?.text === ')' && THREE_DIGITS.test(tokens[q.first]?.text ?? '')) return true;
  if (p && p.kind === 'word' && !glued(tokens, q.first)) {
    const word = p.lower.replace(FINAL_POINT, '');
    if (IDENTIFIER_BEFORE.has(word) && (isCapitalized(p) || !IDENTIFIER_RISKY.has(word))) return true;
    if (isCapitalized(p) && !FUNCTION.has(p.lower) && !APOSTROPHE_END.test(p.text) && !MONTHS.has(p.lower)) return true;
  }
  if (p?.text === '.' && tokens[q.first - 2]?.lower === 'no') return true;
  // An address: "221 Baker Street"; a name: "30 Minute Meals".
  const n1 = tokens[q.last + 1];
  // "212 MPs", "40 GPs": letters made plural are things counted, not a name.
  if (n1 && isCapitalized(n1) && !q.grouped && !(q.noun && nounIsPeople(q.noun.lemma, n1)) && !PLURAL_LETTERS.test(n1.text)) {
    for (let k = q.last + 1; k < q.last + 4; k++) {
      const t = tokens[k];
      if (!t || !isCapitalized(t)) break;
      if (STREET.has(t.lower.replace(FINAL_POINT, ''))) return true;
    }
    // "arrested 300 Kurds": after a verb of harm or arrest the capitalised word is a group of people, not a name.
    if (wordBeforeIn(tokens, q.first, 2, INCIDENT_BEFORE)) return false;
    if (!q.noun || q.noun.index === q.last + 1) return !nounIsPeople(q.noun?.lemma ?? '', n1);
  }
  return false;
}

/** Capital letters made plural: "MPs", "GPs", "SUVs". */
const PLURAL_LETTERS = /^[A-Z]{2,5}s$/;

/** A figure used as an adjective counts only before a noun of change: "an 18 per cent rise", "a $2 million loss". */
function attributiveNonStatistic(ctx: Ctx, q: Quantity): boolean {
  const { tokens } = ctx;
  const before = tokens[leadIndex(tokens, q) - 1];
  if (!before || !ARTICLES.has(before.lower)) return false;
  const noun = q.noun;
  if (!noun || noun.via !== 'direct' || noun.index !== q.last + 1) {
    // "a 7.2% unemployment rate": the noun may be two words on.
    const t1 = tokens[q.last + 1];
    if (!t1 || t1.kind !== 'word' || FUNCTION.has(t1.lower)) return false;
  }
  for (let j = q.last + 1; j < q.last + 4 && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    if (CHANGE_NOUNS.has(lemma(t.lower)) || COMPARATIVES.has(t.lower) || GAP_NOUNS.has(lemma(t.lower))) return false;
    if (FUNCTION.has(t.lower)) break;
  }
  return true;
}
/** The word before a measure that says somebody estimated it: "an estimated 30,000 hectares". */
const ESTIMATE_WORD = set('estimated');
/**
 * What a budget lacks is an account somebody drew up, not a price: "a £9million black hole", "a £2m overspend" (a
 * gap, a shortfall and a deficit are CHANGE_NOUNS already).
 */
const GAP_NOUNS = set('hole overspend');
/** Words after a percentage that make it a product's own figure: a drink's strength, a loan's or an account's rate. */
const PRODUCT_PERCENTS = set('abv apr aer apy');
/** After a percentage, a comparison makes it a difference someone measured: "a 45% higher risk of heart disease". */
const COMPARATIVES = set('higher lower greater bigger larger smaller more less fewer');

/**
 * A market wrap's price line: the sentence names what markets price (shares, an index, yields,
 * bonds) and gives at least two figures or a move ("Volume slipped to 4.12 million shares from 4.65
 * million", "the average yield was 1.840%"). Market data is public record, not a claim to source.
 */
function marketLine(ctx: Ctx): boolean {
  if (ctx.market !== undefined) return ctx.market;
  // The figures counted first (no list of them), the words looked for only when there are two.
  let moves = 0;
  for (let k = 0; k < ctx.quantities.length && moves < 2; k++) {
    const unit = (ctx.quantities[k] as Quantity).unit;
    if (unit === 'percent' || unit === 'money' || unit === 'count') moves++;
  }
  ctx.market = moves >= 2 && (MARKET_RE.test(ctx.text) || INDEX_AVERAGE.test(ctx.text));
  return ctx.market;
}

/** A verb of change just before the figure, "by" allowed: "has fallen by two-thirds", "grew fivefold". */
function changedBy(tokens: readonly Token[], lead: number): boolean {
  const w0 = wordBefore(tokens, lead, 0);
  const verb = w0?.lower === 'by' ? wordBefore(tokens, lead, 1) : w0;
  return verb !== undefined && CHANGE_VERBS.has(verb.lower);
}

/**
 * A verb of change right before a measure with "by" between ("warmed by", "risen by"), a measure's own verb of change
 * with "to" or "from" ("stretched to"), or "up from" / "down from".
 */
function measuredChange(tokens: readonly Token[], lead: number): boolean {
  const w0 = tokens[lead - 1]?.lower ?? '';
  const w1 = tokens[lead - 2]?.lower ?? '';
  if (w0 === 'from' && (w1 === 'up' || w1 === 'down')) return true;
  // "climbed to 10,000 feet" is a plane's height: a level reached by a verb of counts is no change measured.
  if (w0 === 'by') return CHANGE_VERBS.has(w1) || MEASURE_CHANGES.has(w1);
  return (w0 === 'to' || w0 === 'from') && MEASURE_CHANGES.has(w1);
}
/** Subjects whose change by a multiple is a market's move: "The stock has more than doubled this year". */
const MARKET_SUBJECTS = set('stock stocks share shares');
/** "The stock has more than doubled", "Shares in Calder have tripled"; not "The share of the market has tripled". */
function stockMoved(ctx: Ctx, q: Quantity): boolean {
  const head = subjectBefore(ctx.tokens, leadIndex(ctx.tokens, q));
  if (head === undefined || !MARKET_SUBJECTS.has(head)) return false;
  const before = ctx.text.slice(0, q.start);
  return !SHARE_OF.test(before) && (head.startsWith('stock') || SHARES_WORD.test(before));
}
const SHARE_OF = /\bshare of\b/i;
const SHARES_WORD = /\bshares\b/i;
/** Verbs of a measure's or a span's change that are no verbs of a count's: "warmed by 2C", "stretched to 9.6 years". */
const MEASURE_CHANGES = set('warmed cooled stretched lengthened shortened widened narrowed');
/** "an average of", "a median of", "on average" just before the figure. */
function averaged(tokens: readonly Token[], lead: number): boolean {
  return wordBeforeIn(tokens, lead, 3, AVERAGE_WORDS);
}
const AVERAGE_WORDS = set('average median averaging averaged');
/** Words after a sum within which "on average" is read: "costs well over €3,000 a night on average" is 4. */
const ON_AVERAGE_REACH = 4;
/** "on average" after the figure, in its clause (no punctuation between). */
function onAverageAfter(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + ON_AVERAGE_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (t.lower === 'on' && tokens[k + 1]?.lower === 'average') return true;
  }
  return false;
}

/** The figure's subject is a market word: "Shares in the company fell 9%". */
function marketSubject(tokens: readonly Token[], lead: number): boolean {
  const head = subjectBefore(tokens, lead);
  // Not "bills": as a subject, a household's ("Heating bills have risen by about 40%"), seldom a treasury's.
  return (
    head !== undefined &&
    (MARKET_WORDS.has(head) || MARKET_WORDS.has(`${head}s`)) &&
    !AVERAGE.has(head) &&
    head !== 'bill' &&
    head !== 'bills'
  );
}

/** A sum hedged as an estimate: "an estimated £1.5 billion". */
function estimated(ctx: Ctx, q: Quantity): boolean {
  const h = q.qualifier;
  return h !== undefined && ESTIMATED.test(ctx.text.slice(h.start, h.end));
}

/** "cost the sector", "costing the city's economy": a verb of cost whose object is an economy, a sector, taxpayers. */
function costToEconomy(tokens: readonly Token[], lead: number): boolean {
  // The six words before the figure, nearest first: a verb of cost with an economy, a sector... between it and the figure.
  let damage = false;
  for (let j = wordIndexBefore(tokens, lead), k = 0; j >= 0 && k < 6; j = wordIndexBefore(tokens, j), k++) {
    const lower = (tokens[j] as Token).lower;
    if (COST_VERB.test(lower)) return k > 0 && damage;
    if (!damage && DAMAGE_OBJECTS.has(lower.replace(POSSESSIVE, ''))) damage = true;
  }
  return false;
}

/** Words after a figure read for a currency it moved against: "14 per cent of its value against the dollar". */
const AGAINST_REACH = 6;
/** What a currency moves against: another currency, or a basket of them. */
const CURRENCIES = set(`
  dollar dollars euro euros pound pounds sterling yen yuan renminbi franc francs rupee rupees rand peso pesos real
  rouble ruble lira krona krone won ringgit baht greenback shekel dirham naira shilling basket`);
/** "… against the dollar", "… against the US dollar", "… versus the euro": a currency's move. */
function againstCurrency(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + AGAINST_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (t.lower !== 'against' && t.lower !== 'versus') continue;
    // "against the dollar", "against the US dollar", "against a basket of currencies".
    for (let m = k + 1; m < tokens.length && m <= k + 3; m++) if (CURRENCIES.has((tokens[m] as Token).lower)) return true;
    return false;
  }
  return false;
}
/** "per dollar", "to the dollar", "per US dollar" right after a figure. */
function perCurrency(tokens: readonly Token[], last: number): boolean {
  let k = last + 1;
  const w = tokens[k]?.lower;
  if (w === 'to' && tokens[k + 1]?.lower === 'the') k += 2;
  else if (w === 'per') k += 1;
  else return false;
  if (tokens[k]?.lower === 'us') k++;
  return CURRENCIES.has(tokens[k]?.lower ?? '');
}
/** Words before "rate" that make it a rate a central bank sets: "the cash rate", "the base rate". */
const POLICY_RATES = set('cash base policy bank repo overnight refinancing discount');
/** Words before a figure read for its rate: "The official cash rate currently sits at 4.75 percent". */
const RATE_REACH = 6;
/** A central bank's rate as the figure's subject, a few words before it in the same clause. */
function policyRateBefore(tokens: readonly Token[], lead: number): boolean {
  for (let j = lead - 1; j >= 0 && j >= lead - RATE_REACH; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return false;
    if ((t.lower === 'rate' || t.lower === 'rates') && POLICY_RATES.has(tokens[j - 1]?.lower ?? '')) return true;
  }
  return false;
}

/** "a yield of 4 per cent", "shares fell 3%": a market word just before the figure. */
function marketWordBefore(tokens: readonly Token[], lead: number): boolean {
  for (let j = lead - 1; j >= 0 && j >= lead - 4; j--) {
    const t = tokens[j] as Token;
    if (t.kind === 'punct') return false;
    // "a market value of about $11 billion", "a market capitalisation of": what the market prices a company at.
    if (MARKET_VALUE.has(t.lower) && tokens[j - 1]?.lower === 'market') return true;
    // "the industrial average", "the Nasdaq average"; not "the average household".
    if (
      MARKET_WORDS.has(t.lower) &&
      !(t.lower === 'bills' && HOUSEHOLD_BILLS.has(tokens[j - 1]?.lower ?? '')) &&
      (!AVERAGE.has(t.lower) ||
        (isCapitalized(tokens[j - 1]) && !ARTICLE_WORDS.has(tokens[j - 1]?.lower ?? '')) ||
        tokens[j - 1]?.lower === 'industrial')
    )
      return true;
  }
  return false;
}
const AVERAGE = set('average averages');
/**
 * After a share, the deal it is a term of: at most two words ("two-year", "across-the-board"), then pay, a wage or a
 * salary and what is agreed of it ("15 per cent pay rise", "11.5% two-year pay offer").
 */
const PAY_DEAL =
  /^\s+(?:[\w-]+\s+){0,2}(?:pay|wage|salary)\s+(?:rise|rises|increase|increases|offer|deal|award|claim|settlement|cut|freeze)\b/i;
/** Characters after a share read for its pay deal: two words, "pay" and "settlement" fit in well under this. */
const PAY_DEAL_CHARS = 60;
/** After "market": the price a market puts on a company. */
const MARKET_VALUE = set('value capitalisation capitalization cap');
const ARTICLE_WORDS = set('the a an');

/**
 * A data list written as a sentence: "Schools at $12,306,000, down 17 per cent; clinics
 * at $31,890,000, up 64 per cent; and ...": items separated by semicolons, each with its figures.
 */
function dataList(ctx: Ctx): boolean {
  if (ctx.dataList !== undefined) return ctx.dataList;
  // Too few figures for a list: no need to count the semicolons (in an indexed loop: this runs once per sentence
  // and seldom optimised, where `for...of` made an iterator result per token).
  let semicolons = 0;
  const { tokens } = ctx;
  if (ctx.quantities.length >= 2 * MIN_LIST_ITEMS - 2)
    for (let j = 0; j < tokens.length; j++) if ((tokens[j] as Token).text === ';') semicolons++;
  ctx.dataList = semicolons >= MIN_LIST_ITEMS - 1 && ctx.quantities.length >= 2 * MIN_LIST_ITEMS - 2;
  return ctx.dataList;
}
/** Items a sentence-long data list needs: two semicolons and four figures make a list, not a long sentence. */
const MIN_LIST_ITEMS = 3;

/**
 * The least value of a vague amount that is a commonplace, not a count: "millions of Americans", "several million
 * francs", "billions on gambling" state an order of magnitude nobody counted. Of the findings judged on Brown text
 * (bench/judgements/), every vague "millions"/"billions" was debatable or wrong (eight), while vague crowds in the
 * thousands and hundreds of thousands ("hundreds of thousands of pilgrims will gather") were right, as on the
 * development pages. "tens of millions", "hundreds of millions" are counted on and stay statistics.
 */
const VAGUE_COMMONPLACE = 1e6;
const VAGUE_MULTIPLIERS = set('tens hundreds dozens scores');

function commonplace(tokens: readonly Token[], q: Quantity): boolean {
  return q.value >= VAGUE_COMMONPLACE && !VAGUE_MULTIPLIERS.has(tokens[q.first]?.lower ?? '');
}

/**
 * The top of a price range that starts at a small sum: "from $150 to $1,000", "sell from $120 to $3,000" are what
 * things cost, not a claim. A range that climbs from under a thousand to more than ten thousand is a spread of a
 * statistic ("losses of $500 to $50,000"), not a price list.
 */
const PRICE_RANGE_TOP = 10_000;
/** Words between the two ends of a range. */
const RANGE_JOINERS = set('to - – and through');

function priceRange(ctx: Ctx, q: Quantity): boolean {
  if (q.high >= PRICE_RANGE_TOP) return false;
  if (q.value < 1000) return true;
  // "$120 to $3,000" read as two amounts: the one before, joined by "to".
  const low = ctx.quantities[ctx.index - 1];
  if (!low || low.unit !== 'money' || low.value >= 1000 || low.last + 2 !== q.first) return false;
  return RANGE_JOINERS.has(ctx.tokens[low.last + 1]?.lower ?? '');
}

/**
 * Whether the count is the object of a verb right before it ("trapping 700 shoppers", "Soldiers held 550 workers"),
 * past an approximation ("evacuated some 400 residents"), or the subject of a passive ("300 officers were
 * deployed"): people acted on. Of the counts of 100 to 999 people judged on Brown text (bench/judgements/), none
 * was right, and none was acted on: a subject that gathered, worked or travelled ("More than 180 volunteers and their
 * families gathered"), a speaker's audience ("told some 420 people"), a request ("for two hundred soldiers"). The one such
 * count on the development pages that needs a source is people acted on.
 */
function actedOn(tokens: readonly Token[], lead: number, nounAt: number): boolean {
  const verb = tokens[lead - 1];
  if (verb !== undefined && verb.kind === 'word' && !FUNCTION.has(verb.lower) && !AUDIENCE_VERBS.has(verb.lower)) return true;
  // The passive: "Some 150 crews of firefighters were called", "400 residents have been evacuated".
  for (let j = nounAt + 1; j <= nounAt + PASSIVE_REACH; j++) {
    const t = tokens[j];
    if (!t || t.kind === 'punct') return false;
    if (PASSIVE_AUX.has(t.lower) && ED_END.test(tokens[j + 1]?.lower ?? '')) return true;
  }
  return false;
}
/** Words after the counted noun within which its passive verb is looked for ("150 crews of firefighters were"). */
const PASSIVE_REACH = 4;
const PASSIVE_AUX = set('was were been being');
/** Verbs whose object is an audience, counted by whoever was there: "She told some 420 people that ...". */
const AUDIENCE_VERBS = set('told tell tells telling addressed addresses addressing greeted greets entertained entertains');

/** Every word `weakClause` tests a clause's words for. */
/** An unnamed somebody, who with "could" or "would" makes a worked example: "Someone with £1m would see …". */
const ANYBODY = set('someone somebody anyone anybody');
/** Words before a generic "one" that make a supposed case: "when one is faced with". */
const CONDITIONS = set('when if unless once whenever');
const WEAK_CLAUSE_WORDS = new WordSet([
  'one',
  ...HYPOTHETICAL,
  ...FIRST_PERSON,
  ...COUNTERFACTUAL_MODALS,
  ...ANYBODY,
  'century',
  'centuries',
]);

/** Whether the clause reads as background or a hypothetical, not a claim made now. */
function weakClause(ctx: Ctx, q: Quantity): string | undefined {
  const { tokens } = ctx;
  const lead = leadIndex(tokens, q);
  const p = tokens[lead - 1];
  // "the 9 million residents of the port city", "the mill's 8,400 employees", "its 212 parishes".
  if (p && (BACKGROUND_DETERMINERS.has(p.lower) || (endsApostropheS(p.text) && p.kind === 'word'))) return 'background';
  // "The bakery employs 300-450 people": a firm's size, not news.
  // But "The industry employs some 300,000 people" is a statistic of a whole trade (`AGGREGATES`).
  if (p && HEADCOUNT_VERBS.has(p.lower) && !AGGREGATES.has(subjectBefore(tokens, lead - 1) ?? '')) return 'background';
  // The clause around the figure, within a window: a long clause is read near the figure only.
  const from = Math.max(tokenAt(tokens, q.clause.start), lead - CLAUSE_WINDOW);
  for (let j = from; j < tokens.length && j <= q.last + CLAUSE_WINDOW; j++) {
    const t = tokens[j];
    if (!t || t.start >= q.clause.end) break;
    // One lookup passes over a word none of the tests below takes (nearly every word).
    if (!WEAK_CLAUSE_WORDS.has(t.lower)) continue;
    if (HYPOTHETICAL.has(t.lower)) return 'hypothetical';
    // Not the "I" of a road's name ("I-47").
    if (FIRST_PERSON.has(t.lower) && !(t.lower === 'i' && tokens[j + 1]?.text === '-')) return 'first-hand';
    // "could have lost 40,000 jobs": a figure the counterfactual is about; not "a third of the people … could have
    // been treated elsewhere", real people the clause says something counterfactual of.
    if (COUNTERFACTUAL_MODALS.has(t.lower) && tokens[j + 1]?.lower === 'have' && j < lead) return 'hypothetical';
    // "when one is faced with a thousand guests": the generic "one" of a supposed case.
    if (t.lower === 'one' && CONDITIONS.has(tokens[j - 1]?.lower ?? '') && tokens[j + 1]?.kind === 'word') return 'hypothetical';
    // "Someone with £500,000 saved could take £125,000": an example, not a count (a modal within a few words).
    if (ANYBODY.has(t.lower)) {
      for (let k = j + 1; k < tokens.length && k <= j + EXAMPLE_REACH; k++) {
        if (COUNTERFACTUAL_MODALS.has(tokens[k]?.lower ?? '')) return 'hypothetical';
      }
    }
    if (t.lower === 'century' || t.lower === 'centuries') return 'history';
  }
  return undefined;
}

/** Tokens after "someone" within which "could" or "would" makes the clause an example. */
const EXAMPLE_REACH = 8;
/** Tokens on each side of a figure that its clause is read over for background, hypotheticals and history. */
const CLAUSE_WINDOW = 25;

/** How many of the sorted spans have their `edge` at or before `offset` (a binary search). */
function countUpTo(spans: readonly Span[], offset: number, edge: 'start' | 'end'): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.[edge] ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first token that ends after `offset`. */
function tokenAt(tokens: readonly Token[], offset: number): number {
  return countUpTo(tokens, offset, 'end');
}

function figure(q: Quantity, kind: FigureKind, reason: string, end = q.end): Figure {
  return { start: q.start, end, quantity: q, kind, statistic: undefined, confidence: 'possible', reason };
}

function statistic(q: Quantity, stat: StatisticKind, confidence: Confidence, reason: string, end = q.end): Figure {
  return { start: q.start, end, quantity: q, kind: 'statistic', statistic: stat, confidence, reason };
}

const LOWER: Record<Confidence, Confidence> = { sure: 'likely', likely: 'possible', possible: 'possible' };

function classify(ctx: Ctx): Figure {
  const q = ctx.quantities[ctx.index];
  if (!q) throw new Error('no quantity');
  const f = classifyKind(ctx, q);
  if (f.kind !== 'statistic') return f;
  const weak = weakClause(ctx, q);
  if (weak) return reweighed(f, LOWER[LOWER[f.confidence]], weak);
  // "fewer than 10,000 are thought to remain", "dozens of bridges are thought to have been damaged": the sentence says
  // that somebody it does not name reckoned the figure, so it is a claim, whatever its size.
  if (f.confidence === 'possible' && reckonedInClause(ctx.tokens, q)) return reweighed(f, 'likely', 'reckoned by nobody named');
  return f;
}

/** The statistic with another confidence and a note on why. */
function reweighed(f: Figure, confidence: Confidence, note: string): Figure {
  // Written out, not spread (V8's slow path, see `placeFigure`): the fields of `Figure`.
  return {
    start: f.start,
    end: f.end,
    quantity: f.quantity,
    kind: f.kind,
    statistic: f.statistic,
    confidence,
    reason: `${f.reason}; ${note}`,
  };
}

/** Participles of an unnamed estimate after "be": "are thought to", "is believed to", "were feared". */
const RECKONED_BY_NOBODY = set('thought believed estimated reckoned feared understood');

/** Whether the figure's clause, after the figure, says "are thought to …" with no "by" naming who thought it. */
function reckonedInClause(tokens: readonly Token[], q: Quantity): boolean {
  for (let k = q.last + 1; k < tokens.length && k <= q.last + RECKONED_AFTER; k++) {
    const t = tokens[k] as Token;
    if (t.start >= q.clause.end || t.kind === 'punct') return false;
    if (BE_FORMS.has(t.lower) && RECKONED_BY_NOBODY.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.lower !== 'by') return true;
  }
  return false;
}
/** Words after a figure within which "are thought to" is read: "dozens of bridges on county roads are thought" is 6. */
const RECKONED_AFTER = 8;
const BE_FORMS = set('is are was were be been');

function classifyKind(ctx: Ctx, q: Quantity): Figure {
  const { tokens } = ctx;
  if (q.unit === 'clock') return figure(q, 'time', 'time of day');
  if (q.unit === 'ordinal') return figure(q, 'ordinal', 'ordinal');
  const next = tokens[q.last + 1];
  if (next && TIME_OF_DAY.has(next.lower)) return figure(q, 'time', 'time of day');
  if (ageContext(ctx, q)) return figure(q, 'age', 'age');
  if (q.unit === 'measure') {
    const m = q.measure ?? '';
    if (m === 'decade') return figure(q, 'date', 'decade');
    if (m === 'time') return figure(q, 'count', 'number of times');
    // "wait an average of 41 weeks", "a median of 12 miles": an average is someone's computation.
    if (!q.compound && averaged(tokens, leadIndex(tokens, q))) return statistic(q, 'total', 'likely', 'an average');
    // "has warmed by more than 2C", "has stretched to 9.6 years, up from about seven years", "rose by about 140
    // tonnes": a measure or a span that changed over time is somebody's record of the change.
    if (!q.compound && measuredChange(tokens, leadIndex(tokens, q))) return statistic(q, 'total', 'likely', 'a measured change');
    if (TIME_UNITS.has(m)) return figure(q, 'duration', 'duration');
    const seized = wordBeforeIn(tokens, leadIndex(tokens, q), 2, SEIZURE_BEFORE);
    // "dumped eight inches of rain": weather is measured, not seized.
    const weather = tokens[q.last + 1]?.lower === 'of' && PRECIPITATION.has(tokens[q.last + 2]?.lower ?? '');
    if (seized && !q.compound && !weather) return statistic(q, 'total', 'likely', 'amount seized');
    // "Louisiana has lost more than 2,000 square miles of land since the 1930s", "an estimated 5,000 tonnes of
    // marine litter every year": a hedged measure in the thousands, kept over a season or longer or across a land, is
    // somebody's record, as a hedged count is.
    if (!q.compound && q.approx !== 'exact' && q.value >= RECORD_MEASURE && tallied(tokens, q, RECORD_SPANS))
      return statistic(q, 'total', 'likely', 'a hedged measure kept over a time or a country');
    // "an estimated 30,000 hectares of grazing land remains under water": a measure somebody estimated.
    if (!q.compound && q.value >= RECORD_MEASURE && listedWordBefore(tokens, q.first + 1, 3, ESTIMATE_WORD) !== undefined)
      return statistic(q, 'total', 'likely', 'an estimated measure');
    return figure(q, 'measurement', `measurement (${m})`);
  }
  if (identifierContext(ctx, q)) return figure(q, 'identifier', 'identifier or name');
  if (dateContext(ctx, q) && (!(q.noun && nounIsPeople(q.noun.lemma, tokens[q.noun.index])) || yearAfterPreposition(ctx, q)))
    return figure(q, 'date', 'date');
  if (conversion(ctx, q)) return figure(q, 'arithmetic', 'a conversion of the figure before it');
  if (computedShare(ctx, q)) return figure(q, 'arithmetic', 'a share or a change worked out from the figures beside it');
  if (arithmeticClause(ctx, q)) return figure(q, 'arithmetic', "the writer's own arithmetic");
  // "…, and a grant of US$12 million, bringing the total programme cost to US$218.4 million": a running total of the
  // sums before it in the sentence. Not a toll ("bringing the death toll to 45" is a count somebody keeps).
  if (ctx.index > 0 && RUNNING_TOTAL.test(ctx.text.slice(Math.max(0, q.start - RUNNING_TOTAL_CHARS), q.start)))
    return figure(q, 'arithmetic', 'a running total of the figures before it');
  if (scoreContext(ctx, q)) return figure(q, 'score', 'score');
  if (q.unit === 'count' && q.noun && q.noun.via === 'direct' && RESULT_NOUNS.has(q.noun.lemma)) {
    return figure(q, 'score', `result (${q.noun.lemma})`);
  }
  // "212,000 words long", "300 feet tall": a size.
  if (q.unit !== 'percent' && q.noun && dimensionAfter(tokens, q.noun.index + 1)) return figure(q, 'measurement', 'a size');
  const lead = leadIndex(tokens, q);
  const before = tokens[lead - 1];
  if (before && DEMONSTRATIVE.has(before.lower) && q.unit !== 'fraction' && !complementizer(tokens, lead - 1)) {
    return figure(q, 'count', 'a figure already given');
  }
  const w1 = before?.lower ?? '';
  // "one delegate for each 4,000,000 people": a unit in a formula.
  const w2 = tokens[lead - 2]?.lower ?? '';
  if ((EACH.has(w1) || (EACH.has(w2) && w1 === 'additional')) && q.unit !== 'money')
    return figure(q, 'count', 'a unit in a formula');
  // "spoke before 100 persons", "a crowd of 41,276": an audience or a gate, public record.
  const gate = tokens[lead - 2]?.lower ?? '';
  if (w1 === 'before' || ((w1 === 'of' || w1 === 'to') && GATE.has(gate) && (!q.vague || AUDIENCES.has(gate)))) {
    return figure(q, 'score', 'attendance');
  }
  // "won a record $61,450", "less than $60,000 in prize money": a prize or a result.
  if (
    q.unit === 'money' &&
    (wonBefore(tokens, lead, q.approx !== 'exact') || PRIZE_AFTER.test(ctx.text.slice(q.end, q.end + 20)))
  )
    return figure(q, 'score', 'prize money won or bet');
  // "the party, which won 36 per cent": an election's result, public record.
  if ((q.unit === 'percent' || q.unit === 'points') && wordBeforeIn(tokens, lead, 2, WON))
    return figure(q, 'score', 'a result won');
  // "The group, which pumps about 40% of the world's crude, has struggled to keep prices above $80": a share of a
  // whole is no price's move, in a market's sentence or not.
  const share = q.unit === 'percent' && tokens[q.last + 1]?.lower === 'of';
  // "The UK 30-year yield is up about 70 basis points": a move in points is a market's as a share is.
  const moved = q.unit === 'percent' || q.unit === 'money' || q.unit === 'points';
  if ((marketLine(ctx) && !share) || (moved && marketWordBefore(tokens, lead))) {
    return figure(q, 'price', 'market data');
  }
  // "Shares in the company fell 9%": the market word is the figure's subject, further back.
  if (moved && marketSubject(tokens, lead)) return figure(q, 'price', 'market data');
  // "The dalan lost 14 per cent of its value against the dollar": a currency's move, market data.
  if (q.unit === 'percent' && againstCurrency(tokens, q.last)) return figure(q, 'price', 'market data');
  // "The Meridian peso closed Friday at 912.40 per dollar", "at 83.2 to the dollar": an exchange rate, market data.
  if (q.unit !== 'percent' && (perCurrency(tokens, q.last) || (q.unit === 'rate' && CURRENCIES.has(q.measure ?? ''))))
    return figure(q, 'price', 'market data (an exchange rate)');
  // "a government-funded 15 per cent pay rise", "accept 11.5% two-year pay offer": a pay deal's term.
  if (q.unit === 'percent' && PAY_DEAL.test(ctx.text.slice(q.end, q.end + PAY_DEAL_CHARS)))
    return figure(q, 'term', 'term (a pay deal)');
  // "New businesses get 50% off rent", "knock 15 per cent off the price": a discount is a price's term.
  // Not a change's "off the back of": "Sales fell 50% off the back of the strike".
  if (q.unit === 'percent' && tokens[q.last + 1]?.lower === 'off' && !changedBy(tokens, lead))
    return figure(q, 'price', 'a discount');
  // "The official cash rate currently sits at 4.75 percent": a rate a central bank sets, public record.
  if ((q.unit === 'percent' || q.unit === 'points') && policyRateBefore(tokens, lead))
    return figure(q, 'term', 'term (a policy rate)');
  if (dataList(ctx)) return figure(q, 'table-cell', 'a data list');
  // "cost the sector an estimated £1.5 billion", "costing the city's economy £20 million a day": a damage
  // estimate, neither a price nor a term.
  const damage =
    q.unit === 'money' &&
    (estimated(ctx, q) ||
      costToEconomy(tokens, lead) ||
      (reckoned(tokens, lead) && !listedWordBefore(tokens, lead, RECKONED_REACH, WAGES)));
  const term = damage ? undefined : termContext(ctx, q);
  if (term) return figure(q, 'term', `term (${term})`);
  const nounEnd = q.noun ? Math.max(q.end, q.noun.end) : q.end;

  switch (q.unit) {
    case 'money': {
      // "average auction prices were hovering around ₹1,750 a kg": a sale's price per unit at auction, market data.
      if (AUCTION_SENTENCE.test(ctx.text) && UNIT_PRICE.test(ctx.text.slice(q.end, q.end + UNIT_PRICE_CHARS)))
        return figure(q, 'price', 'market data (an auction price)');
      // "the average visitor spends £310", "the average pot is worth about £61,000": a statistic of many sums.
      if (wordInPhraseBefore(tokens, lead, TYPICAL, false)) return statistic(q, 'money', 'likely', 'an average sum');
      // "A day in a hospital in the United States now costs well over €3,000 on average": an average after the sum.
      if (onAverageAfter(tokens, q.last)) return statistic(q, 'money', 'likely', 'an average sum');
      if (q.value < 1000 && q.high < 1000) return figure(q, 'price', 'price (a small sum)');
      if (priceRange(ctx, q)) return figure(q, 'price', 'price (a range from a small sum)');
      if (CENTS.test(q.text.replace(NOT_DIGIT_OR_POINT, '')) && q.value < 1e5) return figure(q, 'price', 'price (cents)');
      const price = damage ? undefined : priceContext(ctx, q);
      if (price) return figure(q, 'price', `price (${price})`);
      // "the $19 million": a sum already named, unless "the $2 million loss".
      if (before?.lower === 'the' && !(q.noun && CHANGE_NOUNS.has(q.noun.lemma)))
        return figure(q, 'count', 'a sum already named');
      if (attributiveNonStatistic(ctx, q)) return figure(q, 'price', 'price tag ("a $5,000 reward")');
      const scaled = q.value >= 1e6;
      if (q.vague && commonplace(tokens, q)) return statistic(q, 'money', 'possible', 'a vague million or more');
      // Under a million, a sum stated exactly or as a cap ("up to £1,000", "ordered to repay £150,000", "raised
      // £2,000") is mostly a payment, a term or a price; one hedged as an estimate ("about $40,000", "more than
      // £45,000") is somebody's reckoning. Of the sums under a million reported on sets 3 to 49, 9 were labelled
      // flag and 18 otherwise; most of the flagged ones were hedged so, most of the others not.
      // An unnamed estimate of damage ("Damage is estimated at £250,000") and the top of a range ("Losses ranged
      // from $500 to $50,000 per farm") are reckonings too.
      const reckoning = TOLL_HEDGES.has(q.approx) || damage || ranged(tokens, lead);
      if (!scaled) return statistic(q, 'money', reckoning ? 'likely' : 'possible', 'money');
      return statistic(q, 'money', 'sure', 'money');
    }
    case 'percent':
    case 'points': {
      // "100 percent sure": an idiom.
      if ((q.value === 100 || q.value === 110) && q.noun?.via !== 'of') return figure(q, 'count', 'idiom');
      if (attributiveNonStatistic(ctx, q)) return figure(q, 'term', 'a rate named as a thing ("a 2% sales tax")');
      // "The Greens (9 per cent of the vote)": an election's result, public record like "won 36 per cent".
      if (q.noun?.via === 'of' && RESULT_SHARES.has(q.noun.lemma)) return figure(q, 'score', 'an election result');
      // "… with 44.6 per cent of the vote against 29.1 per cent for the Alliance": the other shares of the same result.
      if (q.noun?.via !== 'of' && ctx.quantities.some((o) => o !== q && o.noun?.via === 'of' && RESULT_SHARES.has(o.noun.lemma)))
        return figure(q, 'score', 'an election result');
      // "(4.2% ABV)", "1,270 per cent APR", "4.5% AER": a drink's strength or a product's rate, as its maker states it.
      if (PRODUCT_PERCENTS.has(next?.lower ?? '')) return figure(q, 'price', 'a product’s strength or rate');
      // "burns over 90 per cent of her body": a share of one person's own, measured, not counted over a group.
      if (q.noun?.via === 'of' && PERSONAL_POSSESSIVE.has(tokens[q.noun.index - 1]?.lower ?? ''))
        return figure(q, 'measurement', "a share of one person's");
      const change = wordBeforeIn(tokens, lead, 3, CHANGE_VERBS) || CHANGE_VERBS.has(next?.lower ?? '');
      // "where she won more than 70 percent …, where he took close to 60 percent": a share beside one won (not a
      // change beside it: "and turnout has fallen 8 percent since").
      if (
        !change &&
        q.noun?.via !== 'of' &&
        ctx.quantities.some(
          (o) => o !== q && (o.unit === 'percent' || o.unit === 'points') && wordBeforeIn(tokens, leadIndex(tokens, o), 2, WON),
        )
      )
        return figure(q, 'score', 'an election result');
      // "Turnout was 61 per cent" (but "Turnout fell by five percent" is a change someone measured).
      if (!change && subjectBefore(tokens, lead) === 'turnout') return figure(q, 'score', 'an election result');
      // "94% of members who voted backed strikes on a turnout of 73%", "A further 97% voted for action": a ballot's
      // result, counted by whoever ran it, and public record like an election's.
      if (!change && ballot(tokens, q)) return figure(q, 'score', 'a ballot result');
      return statistic(q, 'percent', change || q.noun?.via === 'of' ? 'sure' : 'likely', 'percentage', nounEnd);
    }
    case 'rate':
      return statistic(q, 'rate', 'sure', 'rate');
    case 'ratio':
      return statistic(q, 'ratio', 'sure', 'ratio', nounEnd);
    case 'multiple': {
      const after = tokens[q.last + 1]?.lower ?? '';
      const rateNoun =
        after !== 'that' && after !== 'this' && tokens.slice(q.last + 1, q.last + 5).some((t) => RATE_NOUN.test(t.lower));
      if (rateNoun) return statistic(q, 'multiple', 'likely', 'multiple of a rate');
      // "Demand has grown fivefold": a change by a multiple.
      if (changedBy(tokens, leadIndex(tokens, q))) return statistic(q, 'multiple', 'likely', 'a change by a multiple');
      // "Prices have roughly doubled since 2021": the verb is the change, and what changed is its subject, measured
      // over a time as surely as "fell by roughly half".
      if (CHANGE_MULTIPLES.has(tokens[q.last]?.lower ?? '')) {
        // "The stock has more than doubled this year": a price's move, market data.
        if (stockMoved(ctx, q)) return figure(q, 'price', 'market data');
        return statistic(q, 'multiple', 'sure', 'a change by a multiple');
      }
      return figure(q, 'count', 'comparison');
    }
    case 'fraction':
      return fraction(ctx, q, nounEnd);
    case 'count':
      return count(ctx, q, nounEnd);
    default:
      return figure(q, 'count', 'count');
  }
}

/**
 * A share of a ballot: "voted" within BALLOT_REACH words after the share (past "of members who"), or "a turnout of"
 * right before it. ("backed" alone is no ballot: "a plan backed by 60% of councils" is a count of supporters.)
 */
function ballot(tokens: readonly Token[], q: Quantity): boolean {
  const lead = leadIndex(tokens, q);
  if (tokens[lead - 1]?.lower === 'of' && tokens[lead - 2]?.lower === 'turnout') return true;
  for (let k = q.last + 1; k < tokens.length && k <= q.last + BALLOT_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (BALLOT_VERBS.has(t.lower)) return true;
  }
  return false;
}
/** Words after a share within which its vote is read: "94% of members who voted" is 4. */
const BALLOT_REACH = 4;
/** The verb of a ballot's share. */
const BALLOT_VERBS = set('voted');
/** "of all" between a share and its noun: "half of all ambulance hours". */
function ofAll(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from + 1; k < to; k++) if (tokens[k]?.lower === 'all') return true;
  return false;
}

/**
 * A loose few promised, not counted: "Scores of Cranston children will be remembered" (a charity's promise). "will"
 * within a few words after the figure.
 */
function promise(tokens: readonly Token[], last: number): boolean {
  for (let k = last + 1; k < tokens.length && k <= last + PROMISE_REACH; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (t.lower === 'will') return true;
  }
  return false;
}
/** Words after a vague count within which "will" makes it a promise: "Scores of Cranston children will" is 3. */
const PROMISE_REACH = 4;

/**
 * Whether the clause of a vague amount of things sets it over a span of time or a whole country: "records hundreds
 * of small tremors a year", "Hundreds of small-town routes have been cut since the pandemic", "recalled in the past
 * three years", "Across the country, hundreds of community arts groups have given up". Someone kept that tally, so
 * it is a claim a reader asks the source of; "thousands of buffalo" with no span is a picture, not a count. Of the
 * vague amounts of things the fresh-article labellers flagged (sets 3 to 21), most carry such a span. With `named`,
 * a named land after the figure counts too ("across Victoria", "in 39 states"): asked only for hedged counts, since a
 * measure or a share of one thing in a named place ("30,000 acres in Troup") is no record.
 */
function tallied(tokens: readonly Token[], q: Quantity, spans: ReadonlySet<string> = TALLY_SPANS, named = false): boolean {
  const { start, end } = q.clause;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    // Tokens run in order: before the clause, skip; past it, stop.
    if (t.start < start) continue;
    if (t.end > end) break;
    const w = t.lower;
    const next = tokens[k + 1]?.lower ?? '';
    if (w === 'annually' || w === 'nationwide' || w === 'nationally' || w === 'worldwide' || w === 'globally') return true;
    // "since August", "since the pandemic": counted from a date on.
    if (w === 'since' && k > q.last) return true;
    if (TALLY_EVERY.has(w) && spans.has(next)) return true;
    // "in the past three years", "over the last decade", "last season".
    if (w === 'past' || w === 'last') {
      const after = /^\d+$|^(?:two|three|four|five|six|seven|eight|nine|ten|few|several)$/.test(next)
        ? (tokens[k + 2]?.lower ?? '')
        : next;
      if (spans.has(after) || spans.has(after.replace(/s$/, ''))) return true;
    }
    // "across the country", "around the nation".
    if ((w === 'across' || w === 'around') && next === 'the' && TALLY_LANDS.has(tokens[k + 2]?.lower ?? '')) return true;
    // "more than 30 councils across Victoria", "around Britain's coast", "in 39 states": a named land after the figure.
    if (named && k > q.last && PLACE_BEFORE.has(w) && landAfter(tokens, k + 1)) return true;
  }
  return false;
}
/**
 * A hedged count of a dozen things or more, kept over a season or longer or across a land, named or not: somebody's
 * record ("more than 30 councils across Victoria", "Nearly 300 have closed since 2019").
 */
function hedgedRecord(tokens: readonly Token[], q: Quantity): boolean {
  return q.approx !== 'exact' && q.value >= HEDGED_COUNT && tallied(tokens, q, RECORD_SPANS, true);
}
/** Prepositions that set a count of things across a land: "across Victoria", "throughout Wales". */
const PLACE_BEFORE = set('across around throughout in');
/** Whether a named land or a count of lands starts at `k`: "Victoria", "Britain's coast", "39 states". */
function landAfter(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t) return false;
  if (t.kind === 'number') return TALLY_LANDS.has((tokens[k + 1]?.lower ?? '').replace(/s$/, ''));
  return t.kind === 'word' && isCapitalized(t) && !MONTHS.has(t.lower) && !FUNCTION.has(t.lower);
}
/** Words that make a period a rate: "a year", "every winter", "each season". */
const TALLY_EVERY = set('a every each per');
/** Periods a tally is kept over. */
const TALLY_SPANS = set('year month week day night winter summer season decade');
/** Periods a record is kept over: a month or longer (a day's or a week's tally is a place's own workload). */
const RECORD_SPANS = set('year month winter summer season decade');
/** A hedged count of things at least this large may be a record: "more than a dozen mass strandings since the 1990s". */
const HEDGED_COUNT = 12;
/**
 * A hedged measure at least this large may be a record: a thousand tonnes, hectares or miles is a region's or an
 * industry's, where a farm's acres or a route's miles run to hundreds (of the hedged measures in the hundreds on the
 * development sets, most were a place's own size or a spec).
 */
const RECORD_MEASURE = 1000;
/** Whole lands a tally is kept across. */
const TALLY_LANDS = set('country nation state region world continent');

/** "half of a millidegree", "a third of a cup": a share of one thing, a measure. */
const PART_OF_A = set('a an one');
/** "a third of the way", "half the distance": how far along, not a share counted. */
const PATHS = set('way distance journey route trip');

/**
 * The whole belongs to one body that is not a land: "about two thirds of the station's crew" is that station's
 * business; "around a quarter of the country's remaining native vegetation" is a land's.
 */
function ownedWhole(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to && k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (POSSESSIVE.test(t.lower)) return !TALLY_LANDS.has(t.lower.replace(POSSESSIVE, ''));
  }
  return false;
}

function fraction(ctx: Ctx, q: Quantity, nounEnd: number): Figure {
  const noun = q.noun;
  // "Fish numbers have fallen by two-thirds": a change by a share.
  if (!noun && changedBy(ctx.tokens, leadIndex(ctx.tokens, q))) return statistic(q, 'fraction', 'sure', 'a change by a share');
  if (!noun) return figure(q, 'count', 'a fraction of nothing named');
  const nounTok = ctx.tokens[noun.index];
  // "half of the game", "a third of the year"; but "half of all ambulance hours" is a share of a group of them.
  if ((RESULT_NOUNS.has(noun.lemma) || TIME_UNITS.has(noun.lemma)) && !ofAll(ctx.tokens, q.last, noun.index))
    return figure(q, 'count', 'a fraction of time or a game');
  const { tokens } = ctx;
  const lead = leadIndex(tokens, q);
  const p1 = tokens[lead - 1];
  const p2 = tokens[lead - 2];
  // "an hour and a half", "three and one-half chapters": the end of a mixed number.
  if (p1?.lower === 'and' && p2 && (p2.kind === 'number' || NUMBER_WORDS.has(p2.lower) || TIME_UNITS.has(lemma(p2.lower))))
    return figure(q, 'count', 'a mixed number');
  // "the southern half of the country", "the top third of the table": a part named by its place.
  if (p1?.kind === 'word' && !FUNCTION.has(p1.lower) && p2 && BACKGROUND_DETERMINERS.has(p2.lower))
    return figure(q, 'count', 'a part named by its place');
  // "half of its four chances": a share of a few things the sentence counts itself.
  const small = ctx.quantities[ctx.index + 1];
  if (small && small.start < noun.start && small.unit === 'count' && small.value < 100)
    return figure(q, 'count', 'a share of a few');
  // "More than half the audience slipped away": an audience is counted by whoever was there, like a gate.
  if (AUDIENCES.has(noun.lemma)) return figure(q, 'score', 'a share of an audience');
  if (nounIsPeople(noun.lemma, nounTok) || BODIES_OF_PEOPLE.has(noun.lemma))
    return statistic(q, 'fraction', 'sure', 'a share of people', nounEnd);
  if (TOTAL_NOUNS.has(noun.lemma)) return statistic(q, 'fraction', 'sure', `a share of the ${noun.lemma}`, nounEnd);
  // A plural: "-s", but not "-ss", "-us" or "-is" ("serious", "glass", "analysis").
  if (nounTok && PLURAL_S.test(nounTok.lower)) return statistic(q, 'fraction', 'likely', 'a share of a group', nounEnd);
  // "about half of all luggage that goes astray": a share of all of something is a share of a whole, counted.
  if (ofAll(ctx.tokens, q.last, noun.index)) return statistic(q, 'fraction', 'likely', 'a share of all of it', nounEnd);
  // "Nationally, retained firefighters make up about two thirds of the fire service", "glaciers have lost around a
  // third of their ice since the turn of the century": a share of a whole, kept over a land or a span of time.
  if (tallied(tokens, q)) return statistic(q, 'fraction', 'likely', 'a share of a whole kept over a time or a country', nounEnd);
  // "supplying about a quarter of global mined output", "around a third of the housing stock": a hedged share of a
  // whole is somebody's measure of it; "half the time", "a third of the orderbook" are the writer's own sense of it.
  if (
    q.approx !== 'exact' &&
    noun.via === 'of' &&
    !PART_OF_A.has(tokens[q.last + 2]?.lower ?? '') &&
    !PATHS.has(noun.lemma) &&
    !ownedWhole(tokens, q.last + 2, noun.index)
  )
    return statistic(q, 'fraction', 'likely', 'a hedged share of a whole', nounEnd);
  return figure(q, 'count', 'a fraction of a thing');
}

/** Nouns of a survey whose "of" names the people it asked: "a survey of 1,200 residents". */
const SAMPLED = set('survey surveys poll polls questionnaire sample study studies census');

function count(ctx: Ctx, q: Quantity, nounEnd: number): Figure {
  const { tokens } = ctx;
  const noun = q.noun;
  const nounTok = noun ? tokens[noun.index] : undefined;
  const lead = leadIndex(tokens, q);
  const prev = tokens[lead - 1];
  const incidentBefore = wordBeforeIn(tokens, lead, 2, INCIDENT_BEFORE);
  const incident = incidentBefore || incidentAfter(tokens, (noun?.index ?? q.last) + 1);
  const small = q.value < 100 && !q.vague;
  if (small && prev && DEFINITE.has(prev.lower)) return figure(q, 'count', 'a back-reference ("the two victims")');
  // "A survey of 1,200 residents, carried out for the council by …", "a poll of more than 2,000 adults": the people
  // asked are the survey's sample, part of naming it; what they answered is the claim.
  if (prev?.lower === 'of' && SAMPLED.has(tokens[lead - 2]?.lower ?? '')) return figure(q, 'count', "a survey's sample");
  const lemmaWord = noun?.lemma ?? '';
  const people =
    noun !== undefined &&
    (nounIsPeople(lemmaWord, nounTok) || (q.ofNoun !== undefined && nounIsPeople(q.ofNoun.lemma, tokens[q.ofNoun.index])));
  // "acting as one body": one body is a casualty only beside harm ("one body was pulled from the river").
  const casualties = noun !== undefined && CASUALTIES.has(lemmaWord) && (lemmaWord !== 'body' || incident || q.value >= 2);
  const end = q.ofNoun && people ? Math.max(nounEnd, q.ofNoun.end) : nounEnd;
  // "arrested 300 Kurds", "killed 40 Taliban": beside a verb of harm or arrest, a capitalised noun names a group
  // of people, whatever its ending (the demonym shape in nounIsPeople needs one of a few endings).
  const group = incident && isCapitalized(nounTok) && noun?.index === q.last + 1;
  if (casualties || ((people || group || !noun) && incident && q.value >= 2)) {
    return statistic(q, 'casualties', 'sure', 'a count of casualties or arrests', end);
  }
  // "At least 11 dogs have died", "More than 100 merchant ships were attacked": a toll, hedged as a toll is, of
  // whatever was harmed; somebody kept it.
  if (incident && TOLL_HEDGES.has(q.approx) && q.value >= 2 && !q.vague)
    return statistic(q, 'casualties', 'likely', 'a hedged toll', end);
  if (q.vague) {
    if (commonplace(tokens, q)) return statistic(q, people ? 'people' : 'total', 'possible', 'a vague million or more', end);
    // "hundreds of them": a crowd, counted by someone.
    const pronoun = tokens[q.last + 1]?.lower === 'of' && CROWD_PRONOUN.test(tokens[q.last + 2]?.lower ?? '');
    // "Scores of children", "dozens of families": under a hundred, a vague count is a loose few, not a crowd.
    if (people || pronoun)
      return statistic(
        q,
        'people',
        q.value >= 100 ? 'sure' : promise(tokens, q.last) ? 'possible' : 'likely',
        'a vague count of people',
        pronoun ? (tokens[q.last + 2]?.end ?? end) : end,
      );
    if (noun && STAT_NOUNS.has(lemmaWord)) return statistic(q, 'total', 'likely', 'a vague total', end);
    if (noun && noun.via === 'of') {
      if (tallied(tokens, q)) return statistic(q, 'total', 'likely', 'a vague tally over a time or a country', end);
      return statistic(q, 'total', 'possible', 'a vague amount', end);
    }
    if (!noun && tokens[q.last + 1]?.lower !== 'of') return statistic(q, 'total', 'likely', 'a vague count', end);
    return figure(q, 'count', 'a vague amount of something');
  }
  if (people) {
    if (q.value >= 1000) return statistic(q, 'people', 'sure', 'a count of people', end);
    // A few hundred people acted on ("trapping 700 shoppers inside", "evacuated 400 residents") are a claim; a few
    // hundred who gathered, listened, worked or travelled are an attendance or a size, counted by whoever was there.
    if (q.value >= 100 || q.scaled)
      return statistic(
        q,
        'people',
        actedOn(tokens, lead, Math.max(noun?.index ?? q.last, q.ofNoun?.index ?? 0)) ? 'likely' : 'possible',
        'a count of people',
        end,
      );
    return figure(q, 'count', 'a small count of people');
  }
  if (q.yearLike) return figure(q, 'date', 'year');
  if (noun) {
    // "damaged 186 homes and 41 businesses": a toll of things, counted by somebody.
    if (q.value >= 2 && STAT_NOUNS.has(lemmaWord) && wordBeforeIn(tokens, lead, 2, DAMAGE_BEFORE))
      return statistic(q, 'total', 'likely', 'a toll of damage', end);
    if (q.value >= 1000 && (STAT_NOUNS.has(lemmaWord) || q.value >= 1e6))
      return statistic(q, 'total', 'likely', `a total (${lemmaWord})`, end);
    // "About 40 tigers are killed by poachers on Sumatra every year", "around 180 public libraries have closed in
    // England since 2016": a hedged count of a dozen things or more, kept over a season or longer or across a land,
    // is somebody's record, not a count the writer made on the spot ("about 120 bottles on the shelf"; "about 100
    // requests every day", a place's own workload).
    if (hedgedRecord(tokens, q))
      return statistic(q, 'total', 'likely', `a hedged count of ${lemmaWord} kept over a time or a country`, end);
    if (q.value >= 1000) return statistic(q, 'total', hedgedConfidence(q), `a count of ${lemmaWord}`, end);
    return figure(q, 'count', `a count of ${lemmaWord}`);
  }
  // No noun: "the toll rose to 40", "rose to 11,000", "two million".
  // "Evictions reached 3,600", "claims rose to 14,000": a plural subject that reaches a level is measured too.
  const w1 = prev?.lower ?? '';
  let verbAt = LEVEL_VERBS.has(w1) ? lead - 1 : w1 === 'to' && CHANGE_VERBS.has(tokens[lead - 2]?.lower ?? '') ? lead - 2 : -1;
  // "the number of dairies has fallen from 61 to 38": both ends of a change's "from … to".
  if (verbAt < 0 && w1 === 'from' && CHANGE_VERBS.has(tokens[lead - 2]?.lower ?? '')) verbAt = lead - 2;
  if (
    verbAt < 0 &&
    w1 === 'to' &&
    tokens[lead - 2]?.kind === 'number' &&
    tokens[lead - 3]?.lower === 'from' &&
    CHANGE_VERBS.has(tokens[lead - 4]?.lower ?? '')
  )
    verbAt = lead - 4;
  // The subject, past a prepositional phrase: "Noise complaints from villages rose to 1,140".
  const subject = verbAt > 0 ? subjectBefore(tokens, verbAt) : undefined;
  let subjectTok: Token | undefined;
  if (subject)
    for (let j = wordIndexBefore(tokens, verbAt), k = 0; j >= 0 && k < 8; j = wordIndexBefore(tokens, j), k++) {
      const t = tokens[j] as Token;
      if (lemma(t.lower) === subject) {
        subjectTok = t;
        break;
      }
    }
  const levelled =
    (subjectTok !== undefined && !FUNCTION.has(subjectTok.lower) && PLURAL_S.test(subjectTok.lower)) ||
    // "the number of professional tracks has dropped from 33 to 21": a count of things, changed.
    (subject !== undefined && (COUNT_SUBJECTS.has(subject) || BODIES_OF_PEOPLE.has(subject)));
  const measured = levelled || wordBeforeIn(tokens, lead, 5, MEASURE_BEFORE);
  if (measured && (!q.spelled || q.value >= 1000))
    return statistic(q, q.value >= 1000 ? 'total' : 'rate', 'likely', 'a measured total');
  // "Nearly 300 have closed since 2019", "around 20 of them across the country": a hedged count of things named
  // before it, kept over a time or a land, as with a noun.
  if (hedgedRecord(tokens, q)) return statistic(q, 'total', 'likely', 'a hedged count kept over a time or a country');
  if (q.value >= 10000 || (q.grouped && q.value >= 1000)) return statistic(q, 'total', hedgedConfidence(q), 'a large number');
  return figure(q, 'count', 'a number');
}
/** Subjects that are themselves a count: "the number of dairies", "the total", "the tally". */
const COUNT_SUBJECTS = set('number total tally count');
/**
 * A count in the thousands that the writer hedges ("Around 130,000 posts are vacant", "nearly 30,000 were lost") is an
 * estimate somebody made, not a number the writer read off a page; an exact one ("4,312 tickets") is often the
 * story's own record. In sets 3 to 41, of the hedged counts of a thousand or more that no source reaches, 27 were
 * flagged and 9 labelled otherwise; of the exact ones, most were not.
 */
function hedgedConfidence(q: Quantity): Confidence {
  return q.approx !== 'exact' && !q.vague ? 'likely' : 'possible';
}

// ---------------------------------------------------------------------------
// Public

/** The figures of one sentence's quantities, in order. */
export function classifyFigures(text: string, sq: SentenceQuantities): Figure[] {
  const out: Figure[] = [];
  const ctx: Ctx = { text, tokens: sq.tokens, quantities: sq.quantities, index: 0, market: undefined, dataList: undefined };
  for (let index = 0; index < sq.quantities.length; index++) {
    ctx.index = index;
    const found = classify(ctx);
    const before = out[index - 1];
    out.push(
      before && (pairedSum(text, before, found) || priceMove(text, before, found) || termLevel(text, before, found))
        ? figure(found.quantity, before.kind, `${before.reason}, paired`)
        : found,
    );
  }
  return out;
}

/** Words that join a sum to the one before it: "£1,650 … and £1,200", "£9,940 a term, up from £8,720". */
const PAIR_LINKS = set('and or from with versus vs against');
/** Words at most between two sums read as a pair: "for a full Saturday and". */
const PAIR_GAP_WORDS = 5;
/**
 * A sum joined to a price or a term just before it takes that kind: "charges £1,650 for a full Saturday and £1,200
 * midweek", "Day pupils will pay £9,940 a term, up from £8,720", "worth $1.5 million, with $825,000 to the winner".
 * Not across a verb of its own: "sold for £400,000 and the council spent £2m" is two claims.
 */
function pairedSum(text: string, before: Figure, found: Figure): boolean {
  if (found.kind !== 'statistic') return false;
  // "Employees will pay 6%, up from 5%": a rate joined to a term's rate is the term's, as a sum to a price is.
  const rates = found.quantity.unit === 'percent' && before.quantity.unit === 'percent' && before.kind === 'term';
  if (!rates && (found.quantity.unit !== 'money' || before.quantity.unit !== 'money')) return false;
  if (before.kind !== 'price' && before.kind !== 'term') return false;
  const gap = text.slice(before.quantity.end, found.quantity.start);
  if (/[.;:!?]/.test(gap)) return false;
  const words = gap.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length > PAIR_GAP_WORDS) return false;
  // The link is the gap's last word, or all but one ("and £1,200", "up from £8,720", "and just £900"): words after it
  // are a clause of their own ("and the council then spent £2 million").
  let link = words.length;
  for (let k = words.length - 1; k >= 0 && link === words.length; k--) if (PAIR_LINKS.has(words[k] as string)) link = k;
  return link < words.length && words.length - 1 - link <= 1;
}

/**
 * A price's move, told just after it: "settled at 29.8 cents a pound on Wednesday, up 41% since the start of August",
 * "closed at $812.40 a tonne, down 3%". The share is the price's, of the price's kind (a price, or a contract's price
 * per unit); a share with a verb of its own ("and output rose 4%") is not.
 */
function priceMove(text: string, before: Figure, found: Figure): boolean {
  if (found.kind !== 'statistic' || found.quantity.unit !== 'percent' || before.quantity.unit !== 'money') return false;
  const gap = text.slice(before.quantity.end, found.quantity.start);
  // A contract's price is a price too when it is a unit's: "the March contract settled at 29.8 cents a pound".
  if (before.kind !== 'price' && !(before.kind === 'term' && UNIT_PRICE.test(gap))) return false;
  return PRICE_MOVE.test(gap);
}
/**
 * The level a term's change reaches, told after it in the same clause: "The statutory minimum wage rose 6% in July to
 * 4.96 million dong a month". The sum is the term's new level, of the term's kind.
 */
function termLevel(text: string, before: Figure, found: Figure): boolean {
  if (found.kind !== 'statistic' || found.quantity.unit !== 'money' || before.kind !== 'term') return false;
  if (before.quantity.unit !== 'percent') return false;
  return TERM_LEVEL_GAP.test(text.slice(before.quantity.end, found.quantity.start));
}
/** What stands between a term's change and the level it reaches: the rest of its clause, then "to". */
const TERM_LEVEL_GAP = /^[^.;:!?,]{0,40}\bto\s+$/i;
/** A sentence about an auction: its prices are the sale's record. */
const AUCTION_SENTENCE = /\bauctions?\b/i;
/** Characters after a sum read for its unit: " a kg", " per tonne". */
const UNIT_PRICE_CHARS = 16;
/** A price per unit: "a pound", "a tonne", "per barrel". */
const UNIT_PRICE = /^\s+(?:a|an|per)\s+[a-z]+\b/i;
/** What stands between a price and its move: the rest of its clause, then ", up" or ", down". */
const PRICE_MOVE = /^[^.;:!?,]{0,60},\s+(?:up|down)\s+(?:by\s+)?(?:about\s+|around\s+|some\s+|nearly\s+|almost\s+)?$/i;

/** The figures of a text read on its own (one sentence, usually). */
export function findFigures(text: string): Figure[] {
  return classifyFigures(text, findQuantities(text));
}

/**
 * One sentence's figures, cached by its text when a cache is given. A caller that reads many sentences may lend a
 * `TokenPool`: the figures keep no token, so the next sentence's tokens are written over this one's.
 */
export function sentenceFigures(text: string, cache?: LintCache, pool?: TokenPool): Figure[] {
  const compute = (): Figure[] => classifyFigures(text, readQuantities(text, pool));
  return cache ? cache.get('figures:figures', text, compute) : compute();
}

/** The kind a document region gives every figure in it. */
const REGION_KIND: Record<RegionKind, FigureKind> = {
  table: 'table-cell',
  recipe: 'measurement',
  product: 'price',
};

/**
 * What the whole document says about its figures: regions of tables, recipes and product copy; a first-person voice;
 * the latest year it names (its "now", for telling history from news).
 */
export interface DocumentContext {
  shape: DocumentShape;
  firstPerson: boolean;
  /** The latest year the document names as a date. */
  now: number | undefined;
  /** The year named last before an offset in its paragraph, if any (a binary search over the document's years). */
  datedAt(at: number): YearMatch | undefined;
  /** Whether a sentence before the offset, in its paragraph, opens a worked example ("Say you borrowed $600,000 …"). */
  exampleBefore(at: number): boolean;
  /** Whether a paragraph (by index) speaks in the writer's own voice, or is not in a Latin script (not read for it). */
  ownVoice(paragraph: number): boolean;
}

/**
 * With a cache, the per-line and per-paragraph scans are kept across runs (see `firstPersonPiece`): an edit reads the
 * years of its own paragraph only. `shape`, when given, is the article's `documentShape` made with the same cache.
 */
export function documentContext(article: Article, cache?: LintCache, shape?: DocumentShape): DocumentContext {
  const { text, paragraphs } = article;
  // The paragraphs with a year's digits, found by one search of the text on a cold cache: `yearDigitsAt` is where the
  // next year's digits at or after the paragraph last asked about begin (the spans come in order; a year never spans
  // two paragraphs). A paragraph without any is not sliced, and shares one empty list. After an edit, the few
  // paragraphs read again are each tested on their own, as the test inside `yearMatches` does.
  const cold = !cache || cache.spansCold('figures:years');
  let yearDigitsAt = -1;
  const scan = (p: Span): YearMatch[] => {
    if (cold) {
      if (yearDigitsAt < p.start) {
        YEAR_DIGITS_ON.lastIndex = p.start;
        yearDigitsAt = YEAR_DIGITS_ON.test(text) ? YEAR_DIGITS_ON.lastIndex - 4 : text.length;
      }
      if (yearDigitsAt + 4 > p.end) return NO_YEARS;
      return yearMatches(text.slice(p.start, p.end), false);
    }
    return yearMatches(text.slice(p.start, p.end));
  };
  // Offsets relative to each paragraph's start; a year never spans two paragraphs.
  const perParagraph = cache ? cache.perSpan('figures:years', text, paragraphs, scan) : paragraphs.map(scan);
  let now: number | undefined;
  // Indexed loops: this runs once per lint, unoptimised, where `for...of` made an iterator and a result per step.
  for (let p = 0; p < perParagraph.length; p++) {
    const list = perParagraph[p] as YearMatch[];
    for (let k = 0; k < list.length; k++) {
      const m = list[k] as YearMatch;
      if (now === undefined || m.year > now) now = m.year;
    }
  }
  const datedAt = (at: number): YearMatch | undefined => {
    const index = paragraphIndexAt(paragraphs, at);
    const p = paragraphs[index];
    if (!p || at >= p.end) return undefined;
    let dated: YearMatch | undefined;
    const list = perParagraph[index] ?? [];
    for (let k = 0; k < list.length; k++) {
      const m = list[k] as YearMatch;
      if (p.start + m.at < at) dated = m;
    }
    return dated;
  };
  // Where each paragraph's worked example opens (-1: none), found when a figure of the paragraph first asks.
  const examples = new Map<number, number>();
  const exampleBefore = (at: number): boolean => {
    const p = paragraphIndexAt(paragraphs, at);
    const para = paragraphs[p];
    if (!para || at >= para.end) return false;
    let opens = examples.get(p);
    if (opens === undefined) {
      const m = WORKED_EXAMPLE.exec(text.slice(para.start, para.end));
      opens = m ? para.start + m.index : -1;
      examples.set(p, opens);
    }
    return opens !== -1 && opens < at;
  };
  // Whether a paragraph has a word of the writer's own voice, per paragraph, asked only in a first-person piece.
  const voiced = new Map<number, boolean>();
  const ownVoice = (p: number): boolean => {
    let yes = voiced.get(p);
    if (yes === undefined) {
      const para = paragraphs[p];
      yes = para !== undefined && ownVoiceIn(text.slice(para.start, para.end));
      voiced.set(p, yes);
    }
    return yes;
  };
  return {
    shape: shape ?? documentShape(article, cache),
    firstPerson: firstPersonPiece(article, cache),
    now,
    datedAt,
    exampleBefore,
    ownVoice,
  };
}

/**
 * A sentence that opens a worked example: "Say you borrowed $600,000 …", "Suppose a family earns …", "Take a
 * household on …", "For a typical herd producing …", "Run the numbers on a $10,000 emergency fund". The figures after
 * it in its paragraph are the example's, not claims about the world.
 */
const WORKED_EXAMPLE =
  /(?:^|[.!?]["”’]?\s+)(?:(?:Say|Suppose|Imagine|Take|Consider|Picture)\s+(?:you|a|an|someone|somebody|[A-Z]\w+,)|(?:A|One) worked example\b|(?:Run|Crunch) the numbers\b|Do the maths?\b|For (?:example|instance), (?:if )?(?:you|a|an|someone)\b|For (?:a|an) (?:typical|average)\b)/;

/** The index of the paragraph an offset falls in, or the one before it. */
function paragraphIndexAt(paragraphs: readonly Span[], at: number): number {
  return countUpTo(paragraphs, at, 'start') - 1;
}

/**
 * A year named as a date: after a preposition of time, a season or a month ("in 1913", "spring of 1913", "May 3,
 * 1961"), not a count ("a crowd of 1500 people": after "of", a year is followed by an article, a name or
 * punctuation, not by a common noun). Group 1 is the cue word, group 2 the year, group 3 the next word.
 */
const YEAR_RE =
  /\b(in|since|during|until|of|spring|summer|fall|autumn|winter|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2},)?)\s+((?:1[5-9]|20)\d\d)\b(?![,.]\d|%)(?:\s+([A-Za-z]+))?/gi;
/** Words after "of 1913" that keep it a year ("the spring of 1913 a crowd ..."). */
const AFTER_YEAR = set('a an the and to when there it he she they we some more about nearly only');

/** A year named as a date: where its cue starts, the year, and whether it opens a span to the present ("since"). */
export interface YearMatch {
  at: number;
  year: number;
  since: boolean;
}

/**
 * The year `YEAR_RE` needs (its group 2), alone: a paragraph without one has no year named as a date, and this test
 * (a digit to start from, no alternation of cue words tried at every word) rules most paragraphs out.
 */
const YEAR_DIGITS = /(?:1[5-9]|20)\d\d/;
/** `YEAR_DIGITS` searched on from a place in the whole text (its matches are four characters long). */
const YEAR_DIGITS_ON = /(?:1[5-9]|20)\d\d/g;
/** The years of a paragraph that names none: one shared list, never changed. */
const NO_YEARS: YearMatch[] = [];

/** The years named as dates in a text; `pretest: false` (for the tests) runs `YEAR_RE` without `YEAR_DIGITS` first. */
export function yearMatches(text: string, pretest = true): YearMatch[] {
  const out: YearMatch[] = [];
  if (pretest && !YEAR_DIGITS.test(text)) return out;
  YEAR_RE.lastIndex = 0;
  for (let m = YEAR_RE.exec(text); m; m = YEAR_RE.exec(text)) {
    const cue = (m[1] ?? '').toLowerCase();
    const next = m[3];
    if (cue === 'of' && next !== undefined && next === next.toLowerCase() && !AFTER_YEAR.has(next)) continue;
    out.push({ at: m.index, year: Number(m[2]), since: cue === 'since' });
  }
  // "in the mid-1890's", "during the 1920s": a decade names its first year.
  DECADE_RE.lastIndex = 0;
  const years = out.length;
  for (let m = DECADE_RE.exec(text); m; m = DECADE_RE.exec(text)) {
    out.push({ at: m.index, year: Number(m[2]), since: (m[1] ?? '').toLowerCase() === 'since' });
  }
  if (out.length > years && years > 0) out.sort((a, b) => a.at - b.at);
  return out;
}
/** A decade named as a date: "in the mid-1890's", "during the 1920s", "since the late 1950s". */
const DECADE_RE = /\b(in|since|during|until|by)\s+the\s+(?:(?:early|mid|late)[\s-]*)?((?:1[5-9]|20)\d0)['’]?s\b/gi;

/**
 * Years between a year a sentence names before its figure and the latest year the document names, from which the
 * figure is history ("In 1896 a tsunami killed 27,000 people" in a story of 1961): a desk does not ask a source for
 * a generation-old figure. The Brown findings judged in bench/judgements/ put history 48 to 140 years back and the
 * figures that needed a source 0 to 7 years back ("since 1954" in 1961); a generation sits between.
 */
const HISTORY_GAP = 25;
/** Words that bring a sentence back to the present after a dated one: "The mill opened in 1921. Today it employs ...". */
const PRESENT_TIME = /\b(?:today|now|currently|nowadays|this year|last year)\b/i;
/** A rate by the year anywhere in the sentence is a claim about now: "puts an estimated 120,000 in hospital every year". */
const YEARLY = /\b(?:every|each|per) year\b|\bannually\b/i;

/**
 * Whether the paragraph dates its figure (at `at`) to a generation before the document's now: the year named last
 * before the figure in its paragraph ("In 1904 Hallam bought the paper ... barely 3,000 readers. Then Hallam sank
 * over $2 million into it").
 */
function historical(doc: DocumentContext, at: number): boolean {
  if (doc.now === undefined) return false;
  const dated = doc.datedAt(at);
  return dated !== undefined && !dated.since && doc.now - dated.year >= HISTORY_GAP;
}

const OWN_VOICE = /\b(?:I(?:['’](?:m|ve|d|ll))?|[Mm]e|[Mm]y|[Mm]yself|[Ww]e|[Oo]ur|[Uu]s)\b/;
/**
 * Words that set a claim over a whole land, all of something or a span of years: "in this country", "worldwide",
 * "across Australia", "half of all new cars", "the average car", "a year", "in a decade", "last year"; a land's
 * people in the plural, past a sentence's first word and not a team ("the Rangers"): "About 1.7 million
 * Australians", "than other Canadians", "New Zealanders".
 */
const WORLD_SCOPE =
  /\b(?:(?:in|across|throughout) (?:this|the|our) (?:country|nation|world|state)|the country['’]s|nation(?:al(?:ly)?|wide)|worldwide|globally|across [A-Z]\w+|in the (?:US|U\.S\.|UK|EU)|of all|the average|(?:a|per|every|each) year|in (?:a|the past|the last) (?:decade|year)|last year|since (?:19|20)\d\d)\b|(?<=[\w,] )(?<!\b[Tt]he )(?:New |South |North )?[A-Z][a-z]+(?:ians|ans|anders|ers|ons)\b/;
/** A letter of another script than the Latin one (Greek onwards), asked only of characters past U+036F. */
const OTHER_SCRIPT = /\p{L}/u;
/**
 * Whether a text speaks in the writer's own voice ("I", "my", "we", "our"), or is in another script than the Latin
 * one (not read for its voice, so left as the first-person piece's).
 */
function ownVoiceIn(text: string): boolean {
  // Counted in one pass, with no list of matches (a paragraph may be a megabyte long).
  let latin = 0;
  let other = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) latin++;
    else if (c > 0x36f && (c < 0x2000 || c > 0x2bff) && OTHER_SCRIPT.test(text.charAt(i))) other++;
  }
  return other >= latin || OWN_VOICE.test(text);
}
/** Statistics that share out a group: "Something like 40 per cent of small craft shops", "one in four adults". */
const SHARES: ReadonlySet<StatisticKind> = new Set<StatisticKind>(['percent', 'ratio', 'fraction']);
/**
 * A sentence out of the writer's voice in a first-person piece that shares out a group or sets its claim over a land
 * or years: "Something like 40 per cent of small craft shops don't make it to their third year". The writer's own
 * shares speak in their voice ("I spend about a third of my pay on rent").
 */
function worldShare(sentence: string, figure: Figure): boolean {
  if (ownVoiceIn(sentence)) return false;
  if (WORLD_SCOPE.test(sentence)) return true;
  // "Online orders were 38 per cent of that, up from 29 per cent": a share of a figure the writer has given is the
  // writer's too, and so is the share it is compared with.
  return figure.statistic !== undefined && SHARES.has(figure.statistic) && !OF_GIVEN.test(sentence);
}
/** A share of something already given: "38 per cent of that", "half of it". */
const OF_GIVEN = /(?:cent|%|half|third|thirds|quarter|quarters)\s+of (?:that|this|it|them|those|these)\b/;
/** A sentence's figure placed in the article, with what the document's shape makes of it. */
/** Statistics about people, and ratios ("one in five"), which product copy does not make ordinary. */
const PEOPLE_STATISTICS: ReadonlySet<StatisticKind> = new Set<StatisticKind>(['people', 'casualties', 'ratio']);

/**
 * A statistic in product copy that is a claim about the world, as anywhere else: a count of people or a ratio
 * ("Nine in ten university courses now expect …"), a share of people ("About a quarter of New Zealanders order …"), or
 * a claim set over a land or years ("An estimated 22 million returned items end up in landfill across Europe each
 * year"). A product's prices, specs, discounts and sales are none of these.
 */
function worldClaim(placed: ArticleFigure, sentence: string): boolean {
  const stat = placed.statistic;
  if (stat === undefined) return false;
  return PEOPLE_STATISTICS.has(stat) || placed.reason === 'a share of people' || WORLD_SCOPE.test(sentence);
}

export function placeFigure(f: Figure, sentence: Sentence, index: number, doc: DocumentContext): ArticleFigure {
  const start = sentence.start + f.start;
  // Every field written out: a spread of the cached figures took V8's slow path (about 0.6 µs a figure, 60 times
  // this). A field added to `Figure` must be added here too (`figure-fast-paths.test.ts` checks that none is lost).
  const placed: ArticleFigure = {
    start,
    end: sentence.start + f.end,
    quantity: f.quantity,
    kind: f.kind,
    statistic: f.statistic,
    confidence: f.confidence,
    reason: f.reason,
    sentence: index,
  };
  const region = doc.shape.regionAt(start);
  // Product copy gives prices, specs, discounts and sales; a count of people or a ratio in it ("Nine in ten
  // university courses now expect …") is a claim about the world, as anywhere else.
  if (region && !(region.kind === 'product' && placed.statistic !== undefined && worldClaim(placed, sentence.text))) {
    placed.kind = REGION_KIND[region.kind];
    placed.statistic = undefined;
    placed.confidence = 'possible';
    placed.reason = `in ${region.kind === 'table' ? 'a table or data list' : `a ${region.kind}`}`;
  } else if (placed.kind === 'statistic' && doc.exampleBefore(start)) {
    placed.kind = 'arithmetic';
    placed.statistic = undefined;
    placed.confidence = 'possible';
    placed.reason = 'a worked example';
  } else if (
    doc.firstPerson &&
    placed.kind === 'statistic' &&
    (doc.ownVoice(sentence.paragraph) || !WORLD_SCOPE.test(sentence.text)) &&
    !worldShare(sentence.text, f)
  ) {
    // A first-person piece's figures are the writer's own, but for a paragraph out of the writer's voice that sets its
    // claim over a land or years ("Something like half of all tornado deaths in this country happen in them").

    placed.confidence = LOWER[LOWER[placed.confidence]];
    placed.reason = `${placed.reason}; a first-person piece`;
  } else if (
    placed.kind === 'statistic' &&
    historical(doc, start) &&
    !PRESENT_TIME.test(sentence.text.slice(0, f.start)) &&
    !YEARLY.test(sentence.text)
  ) {
    placed.confidence = LOWER[LOWER[placed.confidence]];
    placed.reason = `${placed.reason}; history`;
  }
  return placed;
}

/**
 * Where a statistic may be: a number (group 1), a number word ("one" only in "one in five", "one
 * third", "one driver in seven") or a verb of change by a multiple ("doubled", "halving", "fivefold"). Run once over
 * the whole text: one scan is far cheaper than a test per sentence.
 */
export const STATISTIC_HINT = new RegExp(
  String.raw`(\d+(?:[,.:]\d+)*)|\b(?:t(?:wo|hree|en|welve|hirteen|wenty|hirty|housands?|hirds?|ens|wice|hrice|enths?|rillions?)|f(?:our(?:teen|ths?)?|orty|i(?:ve|fteen|fty|fths?))|s(?:ix(?:teen|ty)?|even(?:teen|ty)?|cores)|e(?:ight(?:een|y|hs?)?|leven)|nine(?:teen|ty)?|h(?:undreds?|al(?:f|ves|v(?:ed|ing)))|d(?:oubl(?:ed|ing|es?)|ozens?)|tr(?:ipl(?:ed|ing|es?)|ebled)|quadrupl(?:ed|ing|es?)|(?:${FOLD_WORDS})fold|millions?|billions?|lakhs?|crores?|quarters?|one(?=[\s-]+(?:in|out|third|quarter|fifth|tenth|half|hundred|thousand|million|billion)\b|\s+[a-z]+\s+in\s+(?:\d|t(?:wo|hree|en|wenty)|f(?:our|ive)|s(?:ix|even)|eight|nine|a\s+(?:hundred|thousand)\b)))\b`,
  'gi',
);
/** Small number words: a statistic only with a scale, a unit of share after them, or a casualty in the sentence. */
const SMALL_WORDS = new Set(
  'two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety'.split(
    ' ',
  ),
);
const SCALE_AFTER =
  /[\s-]+(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen|percent|per\s+cent|pct|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|halves|times|in|out)\b/iy;
/**
 * What makes a sentence's small numbers worth reading: a casualty ("killed", "missing", "victims") or an average
 * ("wait an average of 41 weeks"). One expression, so a sentence with neither is read once.
 */
const INCIDENT_OR_AVERAGE =
  /\b(?:killed|killing|kills|dead|died|deaths?|injured|injuring|wounded|hurt|slain|drowned|missing|arrested|arresting|detained|displaced|evacuated|hospitali[sz]ed|infected|rescued|executed|abducted|kidnapped|perished|fled|murdered|diagnosed|sickened|poisoned|trapped|stranded|affected|quarantined|deported|attacked|damaged|destroyed|sunk|wrecked|flooded|gutted|razed|collapsed|casualt(?:y|ies)|fatalit(?:y|ies)|victims?|bodies|lives|claimed|average|median|averag(?:ed|ing))\b/i;
const ORDINAL_AFTER = /(?:st|nd|rd|th)\b/y;
/** After a number under 100: what makes it a percentage, money, a rate, a ratio, a scale or a range. */
const SMALL_NUMBER_AFTER =
  /(?:[.,]\d|\s*%|\s*-\s*\d|[\s-]+(?:hundred|thousand|million|billion|trillion|lakhs?|crores?|dozen|percent|per|pct|in|out|to|or|and|times|bn|m|k)\b|[mkb]n?\b|pc\b)/iy;
const CURRENCY_BEFORE = /[$£€¥₹₵₦₱₩₺₽฿]/;
/**
 * A hedge before a number under 100 ("more than 30 councils", "at least 14 states"): a hedged count of a dozen things
 * or more may be somebody's record (`HEDGED_COUNT`), so its sentence is read. Read within the sentence only, at most
 * `HEDGE_CHARS` back (the longest hedge, "approximately ", and a margin).
 */
const HEDGE_BEFORE =
  /\b(?:about|around|roughly|nearly|almost|approximately|more\s+than|fewer\s+than|less\s+than|at\s+least|some|over|close\s+to|as\s+many\s+as|upwards\s+of)\s+$/i;
const HEDGE_CHARS = 16;
const WORD_AFTER = /\s+[a-z]/y;
const MONTH_BEFORE = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$/i;

/**
 * A number that cannot be a statistic, read from the characters around it: a year before no
 * lower-case word ("in 1958,"), a clock time, an ordinal, a day after a month ("Nov. 5").
 */
export function trivialNumber(text: string, at: number, end: number): boolean {
  // Read from the number's characters (a run of digits with single separators between digit groups), not a string
  // of them: a clock time, then an ordinal after it, then a year alone, then a day after a month.
  const n = end - at;
  const d1 = text.charCodeAt(at + 1);
  if (n >= 4 && d1 === 58 && isAsciiDigit(text.charCodeAt(at + 2)) && isAsciiDigit(text.charCodeAt(at + 3))) return true;
  if (
    n >= 5 &&
    isAsciiDigit(d1) &&
    text.charCodeAt(at + 2) === 58 &&
    isAsciiDigit(text.charCodeAt(at + 3)) &&
    isAsciiDigit(text.charCodeAt(at + 4))
  )
    return true;
  ORDINAL_AFTER.lastIndex = end;
  if (ORDINAL_AFTER.test(text)) return true;
  if (n === 4 && yearDigits(text, at)) {
    WORD_AFTER.lastIndex = end;
    return !WORD_AFTER.test(text);
  }
  return n <= 2 && MONTH_BEFORE.test(text.slice(Math.max(0, at - 12), at));
}

/** Whether the four characters at `at` are a year's digits, 1500 to 2099 (`/^(?:1[5-9]|20)\d\d$/`). */
function yearDigits(text: string, at: number): boolean {
  const c0 = text.charCodeAt(at);
  const c1 = text.charCodeAt(at + 1);
  return (
    ((c0 === 49 && c1 >= 53 && c1 <= 57) || (c0 === 50 && c1 === 48)) &&
    isAsciiDigit(text.charCodeAt(at + 2)) &&
    isAsciiDigit(text.charCodeAt(at + 3))
  );
}

/**
 * Characters before a sentence that `statisticSentences` may read (the month before a day, `MONTH_BEFORE`,
 * reads 12; `\b` and a currency sign read 1).
 */
const HINT_BEFORE = 12;
/**
 * The look-aheads after a number read past a sentence's end through a run of spaces and hyphens, then at most a
 * word of ten letters and the `\b` after it ("thousand", "trillion"), or "per", spaces and "cent": a sentence's
 * span of text is taken that far, plus this margin.
 */
const HINT_AFTER = 16;
/** Letters of the word after a sentence that the look-aheads may read (the longest word they match, and one). */
const HINT_WORD = 12;
/**
 * Runs of spaces and hyphens after a sentence are followed this far; a longer one (a pasted rule of hyphens, a
 * wall of spaces) sends the whole text through the one scan instead, which is exact whatever it holds.
 */
const HINT_RUN = 64;

/**
 * The end of the span of text whose characters decide whether sentence `s` may hold a statistic (it starts
 * `HINT_BEFORE` before the sentence), or -1 when a run after it is too long to follow, or when the sentence was cut off inside a word (a run of 2,000 characters with
 * no space, `MAX_SENTENCE_LENGTH`): a number or a word may then run on into the next sentence, and only the scan
 * of the whole text reads it as it is. Every other sentence ends before white space or the end of the text.
 */
function hintEnd(text: string, s: Span): number {
  const n = text.length;
  if (s.end < n && !isRegexSpaceCode(text.charCodeAt(s.end))) return -1;
  let e = s.end;
  const runFrom = e;
  for (let c = text.charCodeAt(e); e < n && (c === 45 || isRegexSpaceCode(c)); c = text.charCodeAt(e)) {
    if (++e - runFrom > HINT_RUN) return -1;
  }
  const wordFrom = e;
  for (
    let c = text.charCodeAt(e);
    e < n && e - wordFrom <= HINT_WORD && (c | 32) >= 97 && (c | 32) <= 122;
    c = text.charCodeAt(e)
  )
    e++;
  if (e - wordFrom <= HINT_WORD) {
    const spaceFrom = e;
    while (e < n && isRegexSpaceCode(text.charCodeAt(e))) {
      if (++e - spaceFrom > HINT_RUN) return -1;
    }
  }
  return Math.min(n, e + HINT_AFTER);
}

/**
 * Sentences scanned one by one in a run before the rest are answered by one scan of the whole text (a cold run, or
 * an edit that moved everything): a scan per sentence costs about twice the one scan's share of it.
 */
const SCANNED_ALONE = 64;
const STATISTIC_NAMESPACE = 'figures:statistic-sentences';

/**
 * The indexes of the sentences that may hold a statistic, in order. With a cache, each sentence's answer is kept
 * across runs under the span of text it reads (`hintEnd`: the sentence and the few characters around it that the
 * look-arounds read), so after an edit only the sentences near it are scanned again, each within that span alone.
 * Scanning a sentence within its span gives what the scan of the whole text gives for it (the test
 * `statistic-sentences` checks it).
 */
export function statisticSentences(article: Article, cache?: LintCache): number[] {
  const { sentences, text } = article;
  const all = (): number[] => scanStatisticSentences(text, sentences, 0, sentences.length);
  // A cache that keeps nothing for a next run (a lint without one): the one scan answers at once, with no span listed
  // per sentence (what that cache's perSpan would give: every sentence is computed from that scan).
  if (!cache || !cache.keepsSpans) return all();
  let scanned = 0;
  // Nothing to reuse (a lint without a cache): the one scan answers every sentence at once.
  let whole: Set<number> | undefined = cache.spansCold(STATISTIC_NAMESPACE) ? new Set(all()) : undefined;
  const wholeHas = (i: number): boolean => (whole ??= new Set(all())).has(i);
  // Kept per sentence, reused while the text from HINT_BEFORE before it to HINT_REACH after it is unchanged (its span
  // of text, `hintEnd`, lies within): the sentences are the spans, with no span made per sentence and no `hintEnd`
  // read for a sentence an edit did not reach.
  const worth = cache.perSpan(
    STATISTIC_NAMESPACE,
    text,
    sentences,
    (s, i): number => {
      const end = hintEnd(text, s);
      // A run too long to follow: only the whole scan reads it, and its answer is asked again each run (UNSURE).
      if (end === -1) return UNSURE;
      if (whole || ++scanned > SCANNED_ALONE) return wholeHas(i) ? 1 : 0;
      const start = Math.max(0, s.start - HINT_BEFORE);
      const own = { ...s, start: s.start - start, end: s.end - start };
      return scanStatisticSentences(text.slice(start, end), [own], 0, 1).length > 0 ? 1 : 0;
    },
    HINT_WINDOW,
  );
  const out: number[] = [];
  for (let i = 0; i < worth.length; i++) {
    const v = worth[i];
    if (v === 1 || (v === UNSURE && wholeHas(i))) out.push(i);
  }
  return out;
}

/** A sentence's kept answer when `hintEnd` found no span of text for it: the whole scan answers it, every run. */
const UNSURE = 2;

/**
 * The farthest `hintEnd` reads after a sentence when it finds a span (a run of spaces and hyphens, a word, spaces,
 * then HINT_AFTER more), and a character to spare.
 */
const HINT_REACH = HINT_RUN + 1 + HINT_WORD + 1 + HINT_RUN + 1 + HINT_AFTER + 1;
/** What a sentence's kept answer reads around it (`LintCache.perSpan`'s reach). */
const HINT_WINDOW = { before: HINT_BEFORE, after: HINT_REACH };

function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Where the match of `STATISTIC_HINT` that a search from `from` found, ending at `end`, begins: read back from its
 * end, over a number's digits and single separators between digit groups (`digits`), or over a number word's ASCII
 * letters. It is the match's own start: the search found no match before it, so a digit just before it (or a digit
 * and a separator) lies before `from`, and a number word starts after a `\b`.
 */
export function hintStart(text: string, from: number, end: number, digits: boolean): number {
  let s = end - 1;
  if (digits) {
    while (s > from) {
      const c = text.charCodeAt(s - 1);
      if (isAsciiDigit(c)) s--;
      else if ((c === 44 || c === 46 || c === 58) && s - 2 >= from && isAsciiDigit(text.charCodeAt(s - 2))) s -= 2;
      else break;
    }
    return s;
  }
  while (s > from && (text.charCodeAt(s - 1) | 32) >= 97 && (text.charCodeAt(s - 1) | 32) <= 122) s--;
  return s;
}

/** The sentences from `from` to `to` (exclusive) that may hold a statistic: one scan of their text. */
function scanStatisticSentences(text: string, sentences: readonly Sentence[], from: number, to: number): number[] {
  const out: number[] = [];
  let i = from;
  // A sentence whose only number words are small ones is kept when it names a casualty.
  let pending = -1;
  const settle = (): void => {
    const s = sentences[pending];
    if (s && INCIDENT_OR_AVERAGE.test(s.text)) out.push(pending);
    pending = -1;
  };
  // The end of the last run of digits matched. A search that starts again inside it (at the next sentence, when a
  // run of digits and separators was cut into sentences) finds the rest of that run, from its next digit to the same
  // end: the greedy number pattern stops where it stopped, and a separator starts no match. That match is made here
  // without reading the run again, which keeps a megabyte of "1,1,1,…" linear.
  let runEnd = -1;
  // The match found by `next`: from `at` to `end`, a number's digits (group 1 of `STATISTIC_HINT`) or a number word.
  // Found with `test`, and its start read back from its end (`hintStart`): no match array, no strings.
  let at = -1;
  let end = -1;
  let digits = false;
  const next = (): boolean => {
    const p = STATISTIC_HINT.lastIndex;
    if (p < runEnd) {
      let q = p;
      while (q < runEnd && !isAsciiDigit(text.charCodeAt(q))) q++;
      if (q < runEnd) {
        at = q;
        end = runEnd;
        digits = true;
        STATISTIC_HINT.lastIndex = runEnd;
        return true;
      }
    }
    if (!STATISTIC_HINT.test(text)) return false;
    end = STATISTIC_HINT.lastIndex;
    digits = isAsciiDigit(text.charCodeAt(end - 1));
    at = hintStart(text, p, end, digits);
    if (digits) runEnd = end;
    return true;
  };
  STATISTIC_HINT.lastIndex = sentences[from]?.start ?? text.length;
  for (let found = next(); found && i < to; found = next()) {
    while (i < to && (sentences[i]?.end ?? 0) <= at) i++;
    if (i >= to) break;
    const s = sentences[i];
    if (!s) break;
    if (pending !== -1 && pending !== i) settle();
    if (at < s.start) {
      STATISTIC_HINT.lastIndex = s.start;
      continue;
    }
    let worth: boolean;
    if (digits) {
      worth = !trivialNumber(text, at, end);
      // A number under 100 is a statistic only as money, a share, a scale or a casualty count.
      if (worth && end - at <= 2 && !CURRENCY_BEFORE.test(text.charAt(at - 1))) {
        SMALL_NUMBER_AFTER.lastIndex = end;
        worth = SMALL_NUMBER_AFTER.test(text) || HEDGE_BEFORE.test(text.slice(Math.max(s.start, at - HEDGE_CHARS), at));
        if (!worth) pending = i;
      }
    } else if (SMALL_WORDS.has(text.slice(at, end).toLowerCase())) {
      SCALE_AFTER.lastIndex = end;
      worth = SCALE_AFTER.test(text);
      if (!worth) pending = i;
    } else {
      worth = true;
    }
    if (!worth) continue;
    pending = -1;
    out.push(i);
    STATISTIC_HINT.lastIndex = s.end;
    i++;
  }
  if (pending !== -1) settle();
  return out;
}

/** Whether one text may hold a statistic (a cheap test before reading its figures). */
export function mayHoldStatistic(text: string): boolean {
  STATISTIC_HINT.lastIndex = 0;
  const found = STATISTIC_HINT.test(text);
  STATISTIC_HINT.lastIndex = 0;
  return found;
}

/**
 * Every figure of the article's sentences, placed, with the kinds that the document's shape gives
 * (a table's cells, a recipe's amounts, a shopping list's prices).
 */
export function articleFigures(article: Article, cache?: LintCache): ArticleFigure[] {
  const doc = documentContext(article);
  const out: ArticleFigure[] = [];
  article.sentences.forEach((s, index) => {
    for (const f of sentenceFigures(s.text, cache)) out.push(placeFigure(f, s, index, doc));
  });
  return out;
}

/**
 * Quantities: every number a sentence states, read from the shared tokens
 * (core/tokens.ts), with a normalised value and unit, the words that hedge it
 * ("more than", "about"), what it counts (the head noun) and the clause it
 * sits in. Digits and words alike: "14,000", "three", "2.5 million", "$2.5m",
 * "10%", "ten per cent", "40 to 80 percent", "tens of thousands", "a third
 * of", "twice", "one in five", "12 per 100,000", "50 lakh". "10 percent" and
 * "10%", "three" and "3", "$2.5m" and "$2.5 million" get the same
 * `quantityKey`, so rules that compare figures (a rewrite against its source)
 * can match them.
 *
 * This module only reads: whether a quantity is a statistic, a price, a date
 * or a score is decided in figures.ts. Offsets are relative to the text
 * given; `articleQuantities` places them in the article. One pass over the
 * tokens with a bounded look-around per token: linear in the text.
 */
import type { Article } from '../../article';
import type { LintCache } from '../../cache';
import { mayBeListed, tokenize, wordShapes, WordSet, type Token, type TokenPool } from '../../tokens';
import type { Span } from '../../types';

/**
 * Regular expressions of the per-word readers, made once: a literal inside a function makes a new RegExp object each
 * time it runs (about 56 bytes), and these run for every number, noun and word near a figure.
 */
const DIGITS = /^\d+$/;
const GROUPED_BY_COMMAS = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const COMMAS = /,/g;
const DECIMAL_POINT = /^\d+\.\d+$/;
const GROUPED_BY_POINTS = /^\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;
const POINTS = /\./g;
const DECIMAL_COMMA = /^\d+,\d{1,2}$/;
const FOUR_DIGITS = /^\d{4}$/;
const ORDINAL_SUFFIX = /^(?:st|nd|rd|th)$/;
const DECADE_DIGITS = /^\d+0$/;
const TWO_DIGITS = /^\d\d$/;
const ER_END = /er$/;
const DIGIT_END = /\d$/;

/** What a quantity measures. `count` is a bare number or a count of things ("three", "14,000 people"). */
export type QuantityUnit =
  | 'count'
  | 'percent'
  /** Percentage points ("0.5 percentage points"; "25 basis points" is 0.25). */
  | 'points'
  | 'money'
  /** A share written as a fraction: "a third of", "half the", "two-thirds". `value` is 1/3, 0.5, 2/3. */
  | 'fraction'
  /** "twice", "three times the rate", "10x". */
  | 'multiple'
  /** "one in five", "3 out of 4": `value` is the share (0.2, 0.75). */
  | 'ratio'
  /** "12 per 100,000 residents", "3 per game": `per` holds the denominator, `measure` what it counts. */
  | 'rate'
  /** A number with a unit of measure or time: "5 miles", "2.4 metric tons", "6,000mAh", "five-hour", "43-year-old". */
  | 'measure'
  /** A time of day written h:mm ("4:30"). */
  | 'clock'
  /** "3rd", "21st". */
  | 'ordinal';

/** How a quantity is hedged: "more than 10 million" is `more-than`, "some 212,000" is `about`. */
export type Approximation = 'exact' | 'about' | 'at-least' | 'at-most' | 'more-than' | 'less-than';

/** A noun a quantity counts, with its offsets. */
export interface NounRef extends Span {
  text: string;
  /** Lower case, singular: "employees" → "employee", "people" → "person". */
  lemma: string;
  /** `direct`: "8,400 employees"; `of`: "a third of the employees", "30 percent of the city's noise". */
  via: 'direct' | 'of';
  /** Index of the noun's token in `SentenceQuantities.tokens`. */
  index: number;
}

export interface Quantity extends Span {
  /** The quantity as written, from `start` to `end`: currency sign, number, scale and unit words ("$2.5 million", "40 to 80 percent"). */
  text: string;
  /** The normalised value: 2500000 for "$2.5m", 10 for "10%", 1/3 for "a third", 1000 for "thousands" (the least it can mean). */
  value: number;
  /** The upper end of a range ("40 to 80 percent" → 80); equal to `value` otherwise. */
  high: number;
  unit: QuantityUnit;
  /** ISO-like code for money: USD, GBP, EUR, JPY, INR, or the sign as written when unknown. */
  currency: string | undefined;
  /** For `measure` and `rate`: the unit word's lemma ("mile", "year", "ton", "mah"; "resident" in "per 100,000 residents"). */
  measure: string | undefined;
  /** For `rate`: the denominator (100000 in "12 per 100,000"; 1 in "per capita"). */
  per: number | undefined;
  approx: Approximation;
  /** The hedging words as written ("more than", "an estimated", "or more"), when any. */
  qualifier: Span | undefined;
  /** "thousands", "dozens of", "several thousand", "a few hundred": a vague amount. */
  vague: boolean;
  /** Written in words ("three", "two million", "a third"). */
  spelled: boolean;
  range: boolean;
  /** Four digits from 1000 to 2099 with no separator and no scale: probably a year. */
  yearLike: boolean;
  /** Written with thousands separators ("14,000"). */
  grouped: boolean;
  /** Written with a scale word or letter: "2.5 million", "$3bn", "620K", "tens of thousands". */
  scaled: boolean;
  /** Written against a word on its left, as in "PM2.5", "COVID-19", "F-35": part of a name. */
  attached: boolean;
  /** An adjective compound: "five-hour", "43-year-old", "40-seat". */
  compound: boolean;
  /** What it counts: the head noun after it ("8,400 employees") or after "of" ("a third of voters"). */
  noun: NounRef | undefined;
  /** For a collective noun followed by "of": "150 squads of riot police" → "police". */
  ofNoun: NounRef | undefined;
  /** The clause the quantity sits in (split at ; : dashes, parentheses, and ", which" / ", but"...). */
  clause: Span;
  /** Token indexes (into `SentenceQuantities.tokens`) of the quantity's first and last token, qualifier excluded. */
  first: number;
  last: number;
}

/** One text's tokens and quantities, offsets relative to the text. */
export interface SentenceQuantities {
  tokens: Token[];
  quantities: Quantity[];
}

/** A quantity placed in an article: offsets are absolute, `sentence` indexes `article.sentences`. */
export interface ArticleQuantity extends Quantity {
  sentence: number;
}

// ---------------------------------------------------------------------------
// Vocabulary

/**
 * A lookup table: a `Map`, so that "constructor" or "toString" is no number, and because the words looked up are
 * tokens' fresh strings: an object keyed by one makes V8 intern it first, about four times the cost of a `Map`
 * lookup (measured over the Brown press words).
 */
function table(entries: Record<string, number>): ReadonlyMap<string, number> {
  return new Map(Object.entries(entries));
}
const set = (s: string): ReadonlySet<string> => new WordSet(s.split(/\s+/).filter(Boolean));

const ONES = table({
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
});
const TENS = table({ twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 });
const SCALES = table({
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  lakh: 1e5,
  lakhs: 1e5,
  crore: 1e7,
  crores: 1e7,
});
/** Letters written against digits that scale them: "$2.5m", "£2bn", "620K". `m`/`b` only with a currency sign. */
const SUFFIX_SCALES = table({ k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, b: 1e9, bn: 1e9, tn: 1e12, trn: 1e12 });
const CURRENCY_ONLY_SUFFIX = set('m b');
/** Scale words written in full, which a tabloid may print against the digits of any number: "1.6million Brits". */
const FULL_SCALES = set('thousand million billion trillion');
/** Vague plurals and the least each can mean: "hundreds of", "tens of thousands". */
const VAGUE = table({
  hundreds: 100,
  thousands: 1e3,
  millions: 1e6,
  billions: 1e9,
  trillions: 1e12,
  tens: 10,
  dozens: 24,
  scores: 40,
});
/** Vague words that count only before "of": "dozens of protesters", not "test scores" or "the tens". */
const WEAK_VAGUE = set('tens dozens scores');
/** Vague words before a scale: "several thousand", "a few hundred". The value is the least they can mean. */
const VAGUE_BEFORE_SCALE = table({ several: 3, few: 2, many: 2, some: 1 });
const FRACTION_WORDS = table({
  half: 2,
  halves: 2,
  third: 3,
  thirds: 3,
  quarter: 4,
  quarters: 4,
  fourth: 4,
  fourths: 4,
  fifth: 5,
  fifths: 5,
  sixth: 6,
  sixths: 6,
  seventh: 7,
  sevenths: 7,
  eighth: 8,
  eighths: 8,
  ninth: 9,
  ninths: 9,
  tenth: 10,
  tenths: 10,
});
const CURRENCY_SIGNS: Readonly<Record<string, string | undefined>> = Object.assign(
  Object.create(null) as Record<string, string>,
  {
    $: 'USD',
    '£': 'GBP',
    '€': 'EUR',
    '¥': 'JPY',
    '₹': 'INR',
    '₵': 'GHS',
    '₦': 'NGN',
    '₱': 'PHP',
    '₩': 'KRW',
    '₺': 'TRY',
    '₽': 'RUB',
    '฿': 'THB',
  },
);
/** Letters written before a dollar sign: "US$", "A$", "C$", "HK$". The value stays comparable as dollars of that country. */
const DOLLAR_PREFIX = set('us a c nz hk s r');
/** Capitals written before a currency sign other than the dollar: "GH₵". */
const SIGN_LETTERS = /^[A-Z]{1,3}$/;
const CURRENCY_CODES = table({ usd: 1, eur: 1, gbp: 1, jpy: 1, inr: 1, cny: 1, rs: 1, rmb: 1, chf: 1, cad: 1, aud: 1 });
const CODE_NAMES: Readonly<Record<string, string>> = { rs: 'INR', rmb: 'CNY' };
/** Money nouns after a number: "5 million dollars". "pounds" is money only with a scale or "sterling" (else weight). */
const MONEY_NOUNS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    dollar: 'USD',
    dollars: 'USD',
    euro: 'EUR',
    euros: 'EUR',
    sterling: 'GBP',
    yen: 'JPY',
    yuan: 'CNY',
    renminbi: 'CNY',
    rupee: 'INR',
    rupees: 'INR',
    peso: 'MXN',
    pesos: 'MXN',
    franc: 'CHF',
    francs: 'CHF',
    rouble: 'RUB',
    roubles: 'RUB',
    ruble: 'RUB',
    rubles: 'RUB',
    naira: 'NGN',
    rand: 'ZAR',
    lira: 'TRY',
    shilling: 'KES',
    shillings: 'KES',
    dong: 'VND',
    baht: 'THB',
    rupiah: 'IDR',
    riel: 'KHR',
    kwacha: 'ZMW',
    cedi: 'GHS',
    cedis: 'GHS',
    ringgit: 'MYR',
    taka: 'BDT',
    kyat: 'MMK',
    dirham: 'AED',
    dirhams: 'AED',
    dinar: 'DZD',
    dinars: 'DZD',
    riyal: 'SAR',
    riyals: 'SAR',
    zloty: 'PLN',
    zlotys: 'PLN',
    forint: 'HUF',
    koruna: 'CZK',
    krona: 'SEK',
    kronor: 'SEK',
    krone: 'NOK',
    kroner: 'NOK',
    reais: 'BRL',
    soles: 'PEN',
  }),
);
/**
 * Units of measure and time after a number (singular forms; plurals are read by `lemma`). A
 * measured quantity is still a quantity: figures.ts decides whether it is a spec, a duration or a
 * statistic.
 */
const MEASURES = set(`
  second minute hour day week month year decade century millennium night weekend season semester
  mile foot feet ft inch in yard meter metre km kilometer kilometre centimeter centimetre cm mm millimeter millimetre
  m ounce oz lb lbs pound ton tonne kg kilogram gram g mg gallon liter litre ml cup tablespoon tbsp teaspoon tsp
  clove pinch stick slice can package acre hectare degree mph kph km/h knot watt kw kilowatt mw megawatt gw gigawatt
  kwh volt mah hz ghz mhz gb tb mb kb gbps mbps pixel hp horsepower calorie kcal psi bar lumen nit
  microns micron story storey lap`);
/** A recipe's measures that are things too: "a can of tomatoes", but "40,000 cans" are cans. */
const KITCHEN_MEASURES = set('cup clove pinch stick slice can package');
/** Words between a number and its unit: "2.4 metric tons", "2,000 square feet". */
const MEASURE_ADJECTIVES = set('metric square cubic light nautical fluid');
/** After "per": what makes a rate's denominator a unit rather than a noun phrase. */
const RATE_UNITS = set(`
  capita head person resident household student child adult inhabitant citizen member patient birth visit
  thousand hundred million cent annum year month week day hour game match share`);
/** Words before a number that hedge it, read backwards from the number. */
const QUALIFIERS: readonly { words: readonly string[]; approx: Approximation }[] = [
  { words: ['as', 'many', 'as'], approx: 'at-most' },
  { words: ['as', 'much', 'as'], approx: 'at-most' },
  { words: ['as', 'few', 'as'], approx: 'at-least' },
  { words: ['in', 'excess', 'of'], approx: 'more-than' },
  { words: ['more', 'than'], approx: 'more-than' },
  { words: ['greater', 'than'], approx: 'more-than' },
  { words: ['less', 'than'], approx: 'less-than' },
  { words: ['fewer', 'than'], approx: 'less-than' },
  { words: ['at', 'least'], approx: 'at-least' },
  { words: ['at', 'most'], approx: 'at-most' },
  { words: ['up', 'to'], approx: 'at-most' },
  { words: ['upwards', 'of'], approx: 'at-least' },
  { words: ['close', 'to'], approx: 'about' },
  { words: ['an', 'estimated'], approx: 'about' },
  { words: ['just', 'over'], approx: 'more-than' },
  { words: ['well', 'over'], approx: 'more-than' },
  { words: ['just', 'under'], approx: 'less-than' },
  { words: ['over'], approx: 'more-than' },
  { words: ['under'], approx: 'less-than' },
  { words: ['about'], approx: 'about' },
  { words: ['around'], approx: 'about' },
  { words: ['roughly'], approx: 'about' },
  { words: ['approximately'], approx: 'about' },
  { words: ['approx'], approx: 'about' },
  { words: ['nearly'], approx: 'about' },
  { words: ['almost'], approx: 'about' },
  { words: ['some'], approx: 'about' },
  { words: ['circa'], approx: 'about' },
];
/** The last word of each qualifier: the word right before a quantity that any of them needs. */
const QUALIFIER_ENDS: ReadonlySet<string> = new Set(QUALIFIERS.map((q) => q.words[q.words.length - 1] ?? ''));
/** Function words: they end a noun phrase. */
const FUNCTION = set(`
  the a an and or but nor to in on at for with by from into onto over under than that which who whom whose
  was were is are be been being has have had will would could should may might can did do does as if it its
  their his her our my your this these those then there when where while after before since until about per
  each every more less fewer some only just least most up around approximately roughly nearly almost so also
  even still yet not no all among between of off out within without both either neither last next ago
  here what how why whether through during against toward towards across along behind beyond despite amid
  i you he she we they me him us them like via versus vs`);
const DETERMINERS = set('the a an its their his her our my your all those these this that whose every each such');
/** Words that may stand between a count and its noun: "5,000 more troops", "10 other publications". */
const BETWEEN = set('more additional extra fewer other new such further');
/** Collective nouns that count what follows "of": "150 squads of police", "three busloads of pupils". */
const COLLECTIVE = set(`
  team group busload truckload boatload crowd delegation unit squad family household batch wave contingent
  band party cohort class`);
/**
 * Irregular plurals and words that stay as they are. A `Map`: a token's word is a fresh string, and an object
 * keyed by it makes V8 intern each one first (about four times the cost of a `Map` lookup, measured over the
 * Brown press words); and no prototype, so "constructor" is no irregular plural.
 */
export const IRREGULAR: ReadonlyMap<string, string> = new Map<string, string>([
  ['people', 'person'],
  ['persons', 'person'],
  ['men', 'man'],
  ['women', 'woman'],
  ['children', 'child'],
  ['feet', 'foot'],
  ['teeth', 'tooth'],
  ['mice', 'mouse'],
  ['geese', 'goose'],
  ['police', 'police'],
  ['data', 'data'],
  ['media', 'media'],
  ['series', 'series'],
  ['species', 'species'],
  ['news', 'news'],
  ['lbs', 'lb'],
  ['mph', 'mph'],
  ['kph', 'kph'],
  ['hrs', 'hour'],
  ['mins', 'minute'],
  ['yrs', 'year'],
  ['centuries', 'century'],
  ['millennia', 'millennium'],
]);
/** The irregular plurals' shapes (`wordShapes`: their first letter, last letter and length). */
const IRREGULAR_SHAPES = wordShapes(IRREGULAR.keys());
/** Words before "times" that make it a frequency ("three times a day"), not a multiple. */
const FREQUENCY_AFTER = set('a an per each every in this last since before during over');
/** Words after "N times" that make it a multiple: "three times the rate", "twice as many". */
const MULTIPLE_AFTER = set('the as that what its their his her our more less higher lower greater larger bigger smaller');

/**
 * The numbers a multiple written "-fold" in one word starts with ("fivefold", "tenfold"): one list for the reader
 * (`FOLD`) and the prefilters that admit its sentence (`QUICK_WORD`, `STATISTIC_HINT`).
 */
export const FOLD_WORDS = 'two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred|thousand';
/** Sentences worth tokenizing: a digit, a currency sign or a number word. */
const QUICK_SIGN = /[\d$£€¥₹]/;
const QUICK_WORD = new RegExp(
  `\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|lakhs?|crores?|dozens?|half|halves|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?|tens|scores|twice|thrice|doubled|doubling|doubles|double|tripled|tripling|triples|triple|trebled|quadrupled|quadrupling|quadruples|quadruple|halved|halving|(?:${FOLD_WORDS})fold)\\b`,
  'i',
);

/** Whether a text may hold a quantity: a cheap test before tokenizing it. */
export function mayHoldQuantity(text: string): boolean {
  return QUICK_SIGN.test(text) || QUICK_WORD.test(text);
}

// ---------------------------------------------------------------------------
// Helpers

/** Singular lower-case form of a word: "employees" → "employee", "cities" → "city", "people" → "person". */
export function lemma(word: string): string {
  let w = hasUpper(word) ? word.toLowerCase() : word;
  const last = w.charCodeAt(w.length - 1);
  if (last === 39 || last === 0x2019) w = w.slice(0, -1);
  else if (last === 115 && (w.charCodeAt(w.length - 2) === 39 || w.charCodeAt(w.length - 2) === 0x2019)) w = w.slice(0, -2);
  // Most words asked about ("the", "and", "of", "years") are ruled out of the irregular plurals by their shape,
  // before the map hashes them.
  if (mayBeListed(IRREGULAR_SHAPES, w)) {
    const irregular = IRREGULAR.get(w);
    if (irregular !== undefined) return irregular;
  }
  const n = w.length;
  // Every ending below ends in "s" ("-ies", a sibilant plural, a plain "-s"): a word that does not is its own lemma.
  if (w.charCodeAt(n - 1) !== 115) return w;
  if (n > 4 && w.charCodeAt(n - 2) === 101 && w.charCodeAt(n - 3) === 105) return `${w.slice(0, -3)}y`;
  if (n > 4 && endsSibilantPlural(w)) return w.slice(0, -2);
  if (n > 3 && !endsSsUsIs(w)) return w.slice(0, -1);
  return w;
}

// Word endings read from character codes, in place of the expressions they stand for (a call of an expression per
// word, in the readers that run for every word near a figure): each says which.

/** A plural's "-s", but not "-ss", "-us" or "-is" ("cameras"; not "glass", "bonus", "analysis"). */
export const PLURAL_S = /(?<![siu])s$/;
/** `/['’]s$/`: an apostrophe (straight or curly) and "s" at the end. */
export function endsApostropheS(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const a = w.charCodeAt(n - 2);
  return a === 39 || a === 0x2019;
}

/** `/['’]$/`: an apostrophe at the end. */
export function endsApostrophe(w: string): boolean {
  const a = w.charCodeAt(w.length - 1);
  return a === 39 || a === 0x2019;
}

/** `/(?:ss|us|is|ous)$/`: "s" after "s", "u" or "i". */
export function endsSsUsIs(w: string): boolean {
  const n = w.length;
  if (n < 2 || w.charCodeAt(n - 1) !== 115) return false;
  const a = w.charCodeAt(n - 2);
  return a === 115 || a === 117 || a === 105;
}

/** `/(?:ches|shes|sses|xes|zes)$/`. */
export function endsSibilantPlural(w: string): boolean {
  return w.endsWith('xes') || w.endsWith('zes') || w.endsWith('ches') || w.endsWith('shes') || w.endsWith('sses');
}

/** `/(?:ing|ed)$/`. */
export function endsIngOrEd(w: string): boolean {
  return w.endsWith('ed') || w.endsWith('ing');
}

/** Whether `toLowerCase` may change a word: an ASCII capital or any character outside ASCII (callers mostly pass a lower-case form). */
function hasUpper(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return true;
  }
  return false;
}

/** Token i touches token i-1 (no space between them). */
function glued(tokens: readonly Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  return !!a && !!b && a.end === b.start;
}

/** The value of a number token as written: "14,000" → 14000, "2.5" → 2.5, "1.234,5" → 1234.5; NaN for "1,1,1". */
export function numberValue(text: string): number {
  if (DIGITS.test(text)) return Number(text);
  if (GROUPED_BY_COMMAS.test(text)) return Number(text.replace(COMMAS, ''));
  if (DECIMAL_POINT.test(text)) return Number(text);
  if (GROUPED_BY_POINTS.test(text)) return Number(text.replace(POINTS, '').replace(',', '.'));
  if (DECIMAL_COMMA.test(text)) return Number(text.replace(',', '.'));
  return NaN;
}

function isNumberToken(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'number';
}

/** A number word's value: "three" → 3, "forty" → 40. */
function wordValue(lower: string): number | undefined {
  return ONES.get(lower) ?? TENS.get(lower);
}

// ---------------------------------------------------------------------------
// Reading one quantity

/** The core of a quantity: the number itself, before units, ranges and qualifiers. */
interface Core {
  first: number;
  last: number;
  value: number;
  unit: QuantityUnit;
  currency: string | undefined;
  measure: string | undefined;
  vague: boolean;
  spelled: boolean;
  scaled: boolean;
  yearLike: boolean;
  grouped: boolean;
  /** A vague plural or fraction that needs "of" before its noun: the "of" is not part of the quantity. */
  needsOf: boolean;
  /** Read as an adjective compound ("five-hour"). */
  compound: boolean;
}

function core(first: number, value: number, extra?: Partial<Core>): Core {
  const c: Core = {
    first,
    last: first,
    value,
    unit: 'count',
    currency: undefined,
    measure: undefined,
    vague: false,
    spelled: false,
    scaled: false,
    yearLike: false,
    grouped: false,
    needsOf: false,
    compound: false,
  };
  // The extra fields copied one by one: a spread after other fields takes V8's slow path (a core is made per
  // quantity). Every caller gives defined values; a field added to `Core` must be added here too.
  if (extra) {
    if (extra.first !== undefined) c.first = extra.first;
    if (extra.last !== undefined) c.last = extra.last;
    if (extra.value !== undefined) c.value = extra.value;
    if (extra.unit !== undefined) c.unit = extra.unit;
    if (extra.currency !== undefined) c.currency = extra.currency;
    if (extra.measure !== undefined) c.measure = extra.measure;
    if (extra.vague !== undefined) c.vague = extra.vague;
    if (extra.spelled !== undefined) c.spelled = extra.spelled;
    if (extra.scaled !== undefined) c.scaled = extra.scaled;
    if (extra.yearLike !== undefined) c.yearLike = extra.yearLike;
    if (extra.grouped !== undefined) c.grouped = extra.grouped;
    if (extra.needsOf !== undefined) c.needsOf = extra.needsOf;
    if (extra.compound !== undefined) c.compound = extra.compound;
  }
  return c;
}

/** Scale words after a number: "2.5 million", "three hundred thousand", "two dozen", "50 lakh". */
function readScales(tokens: readonly Token[], c: Core): void {
  for (let guard = 0; guard < 4; guard++) {
    // "$7-billion", as Canadian papers print a sum: the hyphen joins the scale to the sum.
    if (c.unit === 'money' && tokens[c.last + 1]?.text === '-' && glued(tokens, c.last + 1) && glued(tokens, c.last + 2)) {
      const hyphenated = SCALES.get(tokens[c.last + 2]?.lower ?? '');
      if (hyphenated !== undefined && hyphenated >= 1e6) {
        c.value *= hyphenated;
        c.scaled = true;
        c.yearLike = false;
        c.last += 2;
        continue;
      }
    }
    const next = tokens[c.last + 1];
    if (!next || next.kind !== 'word' || glued(tokens, c.last + 1)) return;
    const scale = SCALES.get(next.lower) ?? (next.lower === 'dozen' ? 12 : undefined);
    if (scale === undefined) return;
    c.value *= scale;
    if (scale >= 1e3) c.scaled = true;
    c.yearLike = false;
    c.last++;
  }
}

/** Number words from token i: "twenty-five", "one hundred and five", "three". */
function readWords(tokens: readonly Token[], i: number): Core | undefined {
  let total = 0;
  let current = 0;
  let j = i;
  let last = -1;
  for (let guard = 0; guard < 12 && j < tokens.length; guard++) {
    const t = tokens[j];
    if (!t || t.kind !== 'word') break;
    if (last !== -1 && glued(tokens, j)) break;
    const v = wordValue(t.lower);
    if (v !== undefined) {
      // "twenty-five": tens, a hyphen, ones.
      const dash = tokens[j + 1];
      const ones = tokens[j + 2];
      if (v >= 20 && v % 10 === 0 && dash?.text === '-' && glued(tokens, j + 1) && glued(tokens, j + 2) && ones) {
        const o = ONES.get(ones.lower);
        if (o !== undefined && o > 0 && o < 10) {
          current += v + o;
          last = j + 2;
          j += 3;
          continue;
        }
      }
      if (last !== -1 && current % 100 !== 0 && current !== 0) break; // "two three" is no number
      current += v;
      last = j;
      j++;
      continue;
    }
    if (last === -1) break;
    if (t.lower === 'hundred') {
      current = (current || 1) * 100;
      last = j;
      j++;
      continue;
    }
    const scale = SCALES.get(t.lower);
    if (scale !== undefined && scale >= 1e3) {
      total += (current || 1) * scale;
      current = 0;
      last = j;
      j++;
      continue;
    }
    // "one hundred and five"
    if (t.lower === 'and' && current % 100 === 0 && current > 0 && wordValue(tokens[j + 1]?.lower ?? '') !== undefined) {
      j++;
      continue;
    }
    break;
  }
  if (last === -1) return undefined;
  const c = core(i, total + current);
  c.spelled = true;
  c.last = last;
  c.scaled = total > 0 || (current >= 100 && hundredIn(tokens, i, last));
  // "two dozen"
  const next = tokens[last + 1];
  if (next?.lower === 'dozen' && !glued(tokens, last + 1)) {
    c.value *= 12;
    c.last = last + 1;
  }
  return c;
}

/** Whether a token from `from` to `to` (inclusive) is "hundred". */
function hundredIn(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k <= to && k < tokens.length; k++) if ((tokens[k] as Token).lower === 'hundred') return true;
  return false;
}

/**
 * A decimal point written before the digits of token i with no leading zero: "$.07", "a .5 percent rise". The
 * point is glued to the digits and stands after a space, a currency sign or the start; not "Rs. 500", not a
 * sentence's full stop run into a number ("end.5").
 */
function leadingPoint(tokens: readonly Token[], i: number): boolean {
  const point = tokens[i - 1];
  if (point?.text !== '.' || !glued(tokens, i) || !DIGITS.test(tokens[i]?.text ?? '')) return false;
  const before = tokens[i - 2];
  return !before || !glued(tokens, i - 1) || CURRENCY_SIGNS[before.text] !== undefined;
}

/** A currency written before token i: "$", "US$", "£", "Rs", "USD". Returns the currency and the first token. */
function currencyBefore(tokens: readonly Token[], i: number): { currency: string; first: number } | undefined {
  const prev = tokens[i - 1];
  if (!prev) return undefined;
  const sign = CURRENCY_SIGNS[prev.text];
  if (sign !== undefined && glued(tokens, i)) {
    const letters = tokens[i - 2];
    if (prev.text === '$' && letters?.kind === 'word' && glued(tokens, i - 1) && DOLLAR_PREFIX.has(letters.lower)) {
      return { currency: letters.lower === 'us' ? 'USD' : `${letters.text.toUpperCase()}$`, first: i - 2 };
    }
    // "GH₵4 million": the country's letters before another sign are part of it.
    if (prev.text !== '$' && letters?.kind === 'word' && glued(tokens, i - 1) && SIGN_LETTERS.test(letters.text))
      return { currency: sign, first: i - 2 };
    return { currency: sign, first: i - 1 };
  }
  // "Rs 500", "Rs. 500", "USD 20"
  let k = i - 1;
  if (prev.text === '.' && glued(tokens, i - 1)) k = i - 2;
  const code = tokens[k];
  if (code?.kind === 'word' && CURRENCY_CODES.get(code.lower) !== undefined && code.text !== code.lower) {
    return { currency: CODE_NAMES[code.lower] ?? code.text.toUpperCase(), first: k };
  }
  return undefined;
}

/**
 * Currencies written in letters against the digits, as South African, Kenyan and Malaysian papers print them: the
 * rand ("R30 million"), the shilling ("Sh18 million", "KSh2,000"), the ringgit ("RM40"). Only with a scale after it
 * or a group of thousands ("R5,480"): "the R445" is a road and "R2" a code.
 */
const LETTER_MONEY = /^(r|sh|ksh|rm|a|nz|us|c|hk|s)(\d+(?:\.\d+)?)$/;
const LETTER_CURRENCIES: Readonly<Record<string, string>> = { r: 'ZAR', sh: 'KES', ksh: 'KES', rm: 'MYR' };
/** Letters that name whose dollar a sum is, written after the sign: "$A3.4 billion", "$NZ40 million", "$US2,000". */
const DOLLAR_AFTER = set('a nz us c hk s');

function endsInDigit(lower: string): boolean {
  const c = lower.charCodeAt(lower.length - 1);
  return c >= 48 && c <= 57;
}

function letterMoney(tokens: readonly Token[], i: number): Core | undefined {
  const t = tokens[i] as Token;
  const m = LETTER_MONEY.exec(t.lower);
  if (!m) return undefined;
  const letters = m[1] as string;
  const dollar = tokens[i - 1]?.text === '$' && glued(tokens, i) && DOLLAR_AFTER.has(letters);
  if (!dollar && LETTER_CURRENCIES[letters] === undefined) return undefined;
  let digits = m[2] as string;
  let last = i;
  // "$A3.4 billion": the tokenizer leaves the decimal part after the letters' word.
  if (
    !digits.includes('.') &&
    tokens[i + 1]?.text === '.' &&
    glued(tokens, i + 1) &&
    glued(tokens, i + 2) &&
    tokens[i + 2]?.kind === 'number' &&
    /^\d+$/.test(tokens[i + 2]?.text ?? '')
  ) {
    digits += `.${tokens[i + 2]?.text ?? ''}`;
    last = i + 2;
  }
  // ",480", ",480,000": groups of thousands the tokenizer left as a comma and a number.
  while (
    tokens[last + 1]?.text === ',' &&
    glued(tokens, last + 1) &&
    glued(tokens, last + 2) &&
    tokens[last + 2]?.kind === 'number' &&
    THREE_DIGITS.test(tokens[last + 2]?.text ?? '') &&
    !digits.includes('.')
  ) {
    digits += (tokens[last + 2]?.text ?? '').replaceAll(',', '');
    last += 2;
  }
  const grouped = last > i && !digits.includes('.');
  if (!dollar && !grouped && SCALES.get(tokens[last + 1]?.lower ?? '') === undefined) return undefined;
  const c = core(dollar ? i - 1 : i, Number(digits));
  c.last = last;
  c.unit = 'money';
  c.currency = dollar ? (letters === 'us' ? 'USD' : `${letters.toUpperCase()}$`) : LETTER_CURRENCIES[letters];
  c.grouped = grouped;
  readScales(tokens, c);
  return c;
}
const THREE_DIGITS = /^\d{3}(?:,\d{3})*$/;

/** Reads the core of a quantity at token i, or undefined. */
function readCore(tokens: readonly Token[], i: number): Core | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  if (t.kind === 'number') {
    // "$.07", " .5 percent": a decimal point the tokenizer left before the digits.
    const point = leadingPoint(tokens, i);
    const value = point ? numberValue(`0.${t.text}`) : numberValue(t.text);
    if (Number.isNaN(value)) return undefined;
    // The two fields set on the core (no object of extras per number).
    const c = core(i, value);
    c.grouped = t.text.includes(',');
    c.yearLike = !point && FOUR_DIGITS.test(t.text) && value >= 1000 && value < 2100;
    if (point) c.first = i - 1;
    const money = currencyBefore(tokens, point ? i - 1 : i);
    if (money) {
      c.unit = 'money';
      c.currency = money.currency;
      c.first = money.first;
      c.yearLike = false;
    }
    // Letters glued to the digits: a scale ("$2.5m", "620K"), an ordinal ("3rd"), a decade ("1960s"), a unit ("6,000mAh").
    const next = tokens[i + 1];
    if (next?.kind === 'word' && glued(tokens, i + 1)) {
      const suffix = next.lower;
      // "£28million": a scale word written against a sum, as some papers print it.
      // "1.6million Brits": a scale written out in full is a scale against any number, not a unit.
      const scale = SUFFIX_SCALES.get(suffix) ?? (money || FULL_SCALES.has(suffix) ? SCALES.get(suffix) : undefined);
      if (suffix === 'k' && !money && value < 100 && next.text === 'K') {
        // "4K video", "a 5K race": a named size, not four thousand.
        c.unit = 'measure';
        c.measure = 'k';
        c.last = i + 1;
        c.yearLike = false;
        return c;
      } else if (scale !== undefined && (money || !CURRENCY_ONLY_SUFFIX.has(suffix))) {
        c.value *= scale;
        c.scaled = true;
        c.last = i + 1;
        c.yearLike = false;
      } else if (ORDINAL_SUFFIX.test(suffix)) {
        c.unit = 'ordinal';
        c.last = i + 1;
        c.yearLike = false;
        return c;
      } else if (suffix === 's' && DECADE_DIGITS.test(t.text)) {
        c.unit = 'measure';
        c.measure = 'decade';
        c.last = i + 1;
        return c;
      } else if (suffix === 'x') {
        c.unit = 'multiple';
        c.last = i + 1;
        return c;
      } else if (suffix === 'pc' && !money) {
        // "rose 12pc": Irish and British newspapers' per cent, written against the number.
        c.unit = 'percent';
        c.last = i + 1;
        c.yearLike = false;
        return c;
      } else if (!money) {
        c.unit = 'measure';
        c.measure = lemma(suffix);
        c.last = i + 1;
        c.yearLike = false;
        return c;
      }
    }
    // A time of day: "4:30".
    const colon = tokens[i + 1];
    const minutes = tokens[i + 2];
    if (
      !money &&
      colon?.text === ':' &&
      glued(tokens, i + 1) &&
      glued(tokens, i + 2) &&
      isNumberToken(minutes) &&
      TWO_DIGITS.test(minutes.text) &&
      value < 25
    ) {
      c.unit = 'clock';
      c.value = value + Number(minutes.text) / 60;
      c.last = i + 2;
      return c;
    }
    readScales(tokens, c);
    return c;
  }
  if (t.kind !== 'word') return undefined;
  const lower = t.lower;
  // A currency written in letters against its digits: "R30 million", "R5,480", "KSh18 billion".
  if (endsInDigit(lower)) return letterMoney(tokens, i);
  // Vague plurals: "hundreds", "tens of thousands", "hundreds of millions".
  const vague = VAGUE.get(lower);
  if (vague !== undefined) {
    let value = vague;
    let j = i;
    for (let guard = 0; guard < 3; guard++) {
      const of = tokens[j + 1];
      const more = tokens[j + 2];
      const v = VAGUE.get(more?.lower ?? '');
      if (of?.lower !== 'of' || v === undefined || WEAK_VAGUE.has(more?.lower ?? '')) break;
      value *= v;
      j += 2;
    }
    const weak = WEAK_VAGUE.has(lower) && j === i;
    if (weak && tokens[j + 1]?.lower !== 'of') return undefined; // "test scores", "the tens"
    return core(i, value, { last: j, vague: true, spelled: true, scaled: value >= 1e3, needsOf: true });
  }
  // "several thousand", "a few hundred", "many thousands" is read as a vague plural above.
  const fuzzy = VAGUE_BEFORE_SCALE.get(lower);
  if (fuzzy !== undefined || (lower === 'a' && tokens[i + 1]?.lower === 'few')) {
    const k = lower === 'a' ? i + 2 : i + 1;
    const scale = SCALES.get(tokens[k]?.lower ?? '') ?? (tokens[k]?.lower === 'dozen' ? 12 : undefined);
    if (scale === undefined || (lower === 'some' && scale < 1e3)) return undefined;
    const c = core(i, (fuzzy ?? 2) * scale, { last: k, vague: true, spelled: true, scaled: scale >= 1e3 });
    readScales(tokens, c);
    return c;
  }
  // "a million", "a hundred", "a dozen", "half a million"
  if (lower === 'a' || lower === 'an') {
    const next = tokens[i + 1];
    const scale = SCALES.get(next?.lower ?? '') ?? (next?.lower === 'dozen' ? 12 : undefined);
    if (scale === undefined) return readFraction(tokens, i);
    const c = core(i, 1, { spelled: true });
    readScales(tokens, c);
    return c;
  }
  if (lower === 'half' && (tokens[i + 1]?.lower === 'a' || tokens[i + 1]?.lower === 'an')) {
    const scale = SCALES.get(tokens[i + 2]?.lower ?? '');
    if (scale !== undefined && scale >= 1e3) {
      const c = core(i, 0.5, { spelled: true, last: i + 1 });
      readScales(tokens, c);
      return c;
    }
  }
  if (lower === 'twice' || lower === 'thrice') {
    return core(i, lower === 'twice' ? 2 : 3, { unit: 'multiple', spelled: true });
  }
  // "grown fivefold": a multiple in one word.
  const fold = FOLD.exec(lower);
  if (fold) {
    const w = fold[1] as string;
    return core(i, ONES.get(w) ?? TENS.get(w) ?? SCALES.get(w) ?? 2, { unit: 'multiple', spelled: true });
  }
  // "Prices have roughly doubled since 2021": a change by a multiple, told by its verb alone.
  const changed = CHANGE_MULTIPLES.get(lower);
  if (changed !== undefined && BARE_CHANGES.has(lower) && !bareVerb(tokens, i)) return undefined;
  // "two doubles and a triple", "Three were doubles": the nouns of a batter's hits.
  if (changed !== undefined && lower.endsWith('s') && nounBefore(tokens[i - 1])) return undefined;
  if (changed !== undefined)
    return changeWithoutObject(tokens, i) ? core(i, changed, { unit: 'multiple', spelled: true }) : undefined;
  const fraction = readFraction(tokens, i);
  if (fraction) return fraction;
  return readWords(tokens, i);
}

/** Verbs of a change by a multiple, and the multiple: "doubled", "halving". */
export const CHANGE_MULTIPLES: ReadonlyMap<string, number> = new Map([
  ['doubled', 2],
  ['doubling', 2],
  ['tripled', 3],
  ['tripling', 3],
  ['trebled', 3],
  ['quadrupled', 4],
  ['quadrupling', 4],
  ['halved', 0.5],
  ['halving', 0.5],
  ['doubles', 2],
  ['triples', 3],
  ['quadruples', 4],
  ['double', 2],
  ['triple', 3],
  ['quadruple', 4],
]);
/** The bare forms, verbs only after "to" or a modal: "is expected to roughly double by 2027", "will triple". */
const BARE_CHANGES = set('double triple quadruple');
/** Words within BARE_REACH before a bare form that make it a verb. */
const BARE_VERB_BEFORE = set('to will would could may might should can');
/** Tokens back from a bare form read for its "to" or modal: "expected to more than double" is 3. */
const BARE_REACH = 3;
/** Multiples written "-fold" in one word: "grown fivefold", "a tenfold rise". */
const FOLD = new RegExp(`^(${FOLD_WORDS})fold$`);

/**
 * Words after such a verb that leave it without an object, so that it tells what changed by itself ("has doubled
 * since 2019", "roughly doubled in size", "more than tripled between 1995 and 2020"). With an object it is an actor's
 * act or a plan ("doubled the prize money", "a target of doubling the number"); "doubled as", "doubled up" are no change.
 */
const CHANGE_AFTER = set('since in between during within across last this compared after and or but while');
/**
 * "from" and "to" take an amount after such a verb ("doubled to 40", "tripled from about 200"); a word there is a place
 * ("doubled to right center", a batter's hit).
 */
const CHANGE_TO = set('from to');
const AMOUNT_HEDGES = set('about around nearly almost more less over some roughly just an a');
/** Words after "over" that make it a time ("doubled over the past decade"), not the verb's particle ("doubled over in pain"). */
const OVER_TIME = set('the a an past last recent');
/** Words before "doubles" that make it a noun: a number, a determiner or "be". */
const NOUN_BEFORE = set('a an the two three four five six seven eight nine ten were are was is be his her their its');
function nounBefore(t: Token | undefined): boolean {
  return t !== undefined && (t.kind === 'number' || NOUN_BEFORE.has(t.lower));
}
function bareVerb(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - BARE_REACH; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'punct') return false;
    if (BARE_VERB_BEFORE.has(t.lower)) return true;
  }
  return false;
}
function changeWithoutObject(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  if (next === undefined || next.kind === 'punct') return true;
  const after = tokens[i + 2];
  if (next.lower === 'over') return after !== undefined && (OVER_TIME.has(after.lower) || after.kind === 'number');
  // "to roughly double by 2027": "by" and a year; not "was doubled by the council".
  if (next.lower === 'by') return after?.kind === 'number';
  if (CHANGE_TO.has(next.lower))
    return after !== undefined && (after.kind !== 'word' || AMOUNT_HEDGES.has(after.lower) || STARTERS.has(after.lower));
  // "doubled or tripled their missionary efforts": the second verb's object is the first's too.
  if ((next.lower === 'or' || next.lower === 'and') && CHANGE_MULTIPLES.has(after?.lower ?? ''))
    return changeWithoutObject(tokens, i + 2);
  return CHANGE_AFTER.has(next.lower);
}

/** Hedges that may stand between "by" and a share: "shrunk by more than half", "cut by nearly a third". */
const BY_HEDGES = new Set([
  'more',
  'less',
  'than',
  'nearly',
  'almost',
  'about',
  'roughly',
  'around',
  'over',
  'just',
  'some',
  'well',
]);
/** Whether "by" comes before token `i`, over hedges only: a change by a share ("fell by a third"). */
function afterBy(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const w = tokens[j]?.lower ?? '';
    if (w === 'by') return true;
    if (!BY_HEDGES.has(w)) return false;
  }
  return false;
}

/**
 * Fractions: "a third", "one third", "two thirds", "two-thirds", "one-half", "half". Needs "of"
 * after it ("a third of voters"), "half" also takes a determiner ("half the budget"); a hyphenated
 * fraction may stand before its noun ("a two-thirds majority").
 */
function readFraction(tokens: readonly Token[], i: number): Core | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let numerator: number | undefined;
  let denomAt = i;
  let hyphen = false;
  if (t.lower === 'half' || t.lower === 'halves') {
    const prev = tokens[i - 1]?.lower ?? '';
    if (prev === 'first' || prev === 'second' || prev === 'the' || prev === 'last' || prev === 'other') return undefined;
    numerator = 1;
  } else {
    numerator = t.lower === 'a' || t.lower === 'an' ? 1 : wordValue(t.lower);
    if (numerator === undefined || numerator === 0 || numerator > 10) return undefined;
    denomAt = i + 1;
    const dash = tokens[i + 1];
    if (dash?.text === '-' && glued(tokens, i + 1) && glued(tokens, i + 2)) {
      hyphen = true;
      denomAt = i + 2;
    } else if (glued(tokens, i + 1)) {
      return undefined;
    }
  }
  const word = tokens[denomAt];
  const denominator = FRACTION_WORDS.get(word?.lower ?? '');
  if (!word || denominator === undefined) return undefined;
  const plural = word.lower.endsWith('s') && word.lower !== 'halves';
  // "one third", "two thirds", "a third": but "the third" or "one fifth-grader" are not fractions.
  if (denomAt !== i && numerator === 1 && plural) return undefined;
  if (denomAt !== i && numerator > 1 && !plural) return undefined;
  if (glued(tokens, denomAt + 1) && tokens[denomAt + 1]?.text === '-') return undefined; // "third-quarter"
  const after = tokens[denomAt + 1]?.lower ?? '';
  const halfTakesDeterminer = denominator === 2 && (DETERMINERS.has(after) || endsApostropheS(after));
  if (after !== 'of' && !halfTakesDeterminer && !hyphen && !afterBy(tokens, i)) return undefined;
  return core(i, numerator / denominator, {
    last: denomAt,
    unit: 'fraction',
    spelled: true,
    needsOf: after === 'of',
  });
}

/** Hedging words before the quantity's first token. */
function qualifierBefore(tokens: readonly Token[], first: number): { approx: Approximation; start: number } | undefined {
  // Most quantities follow no hedging word: one set lookup rules them out before the phrases are compared.
  if (!QUALIFIER_ENDS.has(tokens[first - 1]?.lower ?? '')) return undefined;
  for (let e = 0; e < QUALIFIERS.length; e++) {
    const q = QUALIFIERS[e] as (typeof QUALIFIERS)[number];
    const n = q.words.length;
    if (first - n < 0) continue;
    let ok = true;
    for (let k = 0; k < n; k++) {
      if (tokens[first - n + k]?.lower !== q.words[k]) {
        ok = false;
        break;
      }
    }
    if (ok) return { approx: q.approx, start: tokens[first - n]?.start ?? 0 };
  }
  return undefined;
}

/** Reads the unit after a core: percent, percentage points, money nouns, measures, rates. Updates `c.last`. */
function readUnit(tokens: readonly Token[], c: Core): void {
  const next = tokens[c.last + 1];
  if (!next) return;
  const n = next.lower;
  const after = tokens[c.last + 2];
  if (next.text === '%' || n === 'percent' || n === 'pct' || (n === 'per' && after?.lower === 'cent')) {
    c.unit = 'percent';
    c.last += n === 'per' ? 2 : 1;
    c.yearLike = false;
    if (tokens[c.last + 1]?.lower === 'points' || tokens[c.last + 1]?.lower === 'point') {
      c.unit = 'points'; // "5% points"
      c.last++;
    }
    return;
  }
  if ((n === 'percentage' || n === 'basis') && (after?.lower === 'points' || after?.lower === 'point')) {
    c.unit = 'points';
    if (n === 'basis') c.value /= 100;
    c.last += 2;
    c.yearLike = false;
    return;
  }
  if (c.unit === 'money') {
    // "$5 million dollars" is still money; nothing more to read.
    if (MONEY_NOUNS.get(n) !== undefined && !glued(tokens, c.last + 1)) c.last++;
    return;
  }
  if (c.unit !== 'count') return;
  const money = MONEY_NOUNS.get(n);
  if (money !== undefined && !glued(tokens, c.last + 1)) {
    c.unit = 'money';
    c.currency = money;
    c.last++;
    c.yearLike = false;
    return;
  }
  if ((n === 'pounds' || n === 'pound') && (c.scaled || after?.lower === 'sterling')) {
    c.unit = 'money';
    c.currency = 'GBP';
    c.last += after?.lower === 'sterling' ? 2 : 1;
    return;
  }
  if (n === 'cents' && !c.scaled) {
    c.unit = 'money';
    c.currency = 'USD';
    c.value /= 100;
    c.last++;
    return;
  }
  // An adjective compound: "five-hour", "43-year-old", "40-seat", "two-stroke".
  if (next.text === '-' && glued(tokens, c.last + 1) && after?.kind === 'word' && glued(tokens, c.last + 2)) {
    c.unit = 'measure';
    c.measure = lemma(after.lower);
    c.compound = true;
    c.last += 2;
    c.yearLike = false;
    // "-old" in "43-year-old"
    if (tokens[c.last + 1]?.text === '-' && tokens[c.last + 2]?.lower === 'old' && glued(tokens, c.last + 2)) c.last += 2;
    return;
  }
  // A unit of measure or time: "5 miles", "2.4 metric tons", "2,000 square feet".
  let k = c.last + 1;
  if (MEASURE_ADJECTIVES.has(n)) k++;
  const unit = tokens[k];
  if (
    unit?.kind === 'word' &&
    MEASURES.has(lemma(unit.lower)) &&
    !(unit.lower === 'in' || unit.lower === 'm' || unit.lower === 'g') &&
    // "6.5 million packages", "40,000 cans": a recipe's measure in the thousands is a count of things.
    !(KITCHEN_MEASURES.has(lemma(unit.lower)) && c.value >= 1000)
  ) {
    c.unit = 'measure';
    c.measure = lemma(unit.lower);
    c.last = k;
    c.yearLike = false;
    // "miles per hour"
    if (tokens[k + 1]?.lower === 'per' && MEASURES.has(lemma(tokens[k + 2]?.lower ?? ''))) {
      c.measure = `${c.measure}/${lemma(tokens[k + 2]?.lower ?? '')}`;
      c.last = k + 2;
    }
  }
}

/** "per 100,000 residents", "per capita", "per game": makes a count a rate. */
function readRate(tokens: readonly Token[], c: Core): { per: number; measure: string | undefined } | undefined {
  if (c.unit !== 'count' || tokens[c.last + 1]?.lower !== 'per') return undefined;
  const unit = tokens[c.last + 2];
  if (!unit) return undefined;
  if (unit.kind === 'number') {
    const d = readCore(tokens, c.last + 2);
    if (!d) return undefined;
    c.last = d.last;
    const noun = tokens[d.last + 1];
    let measure: string | undefined;
    if (noun?.kind === 'word' && !FUNCTION.has(noun.lower)) {
      measure = lemma(noun.lower);
      c.last = d.last + 1;
    }
    return { per: d.value, measure };
  }
  if (unit.kind !== 'word' || unit.lower === 'cent') return undefined;
  if (!RATE_UNITS.has(lemma(unit.lower)) && FUNCTION.has(unit.lower)) return undefined;
  c.last += 2;
  const lem = lemma(unit.lower);
  return { per: lem === 'capita' || lem === 'head' ? 1 : (SCALES.get(lem) ?? 1), measure: lem };
}

/** A second quantity after "to", "or", "and" (after "between"), or a dash: a range. */
function readRange(tokens: readonly Token[], c: Core, between: boolean, from: boolean): Core | undefined {
  const sep = tokens[c.last + 1];
  if (!sep || c.yearLike || c.unit === 'clock' || c.unit === 'ordinal') return undefined;
  const s = sep.lower;
  let k = c.last + 2;
  if (s === '-' || s === '–' || s === '—') {
    if (!glued(tokens, c.last + 1) || !glued(tokens, c.last + 2)) return undefined;
  } else if (s === 'to') {
    if (from) return undefined; // "from 10 to 12 percent" is a change, not a range
  } else if (s === 'or') {
    // "two or three"; not "two or more"
  } else if (s === 'and') {
    if (!between) return undefined;
  } else {
    return undefined;
  }
  // "$20,000 to $25,000": the second may carry its own currency sign.
  const sign = tokens[k];
  if (sign && CURRENCY_SIGNS[sign.text] !== undefined && glued(tokens, k + 1)) k++;
  const t = tokens[k];
  if (!t || (t.kind !== 'number' && wordValue(t.lower) === undefined)) return undefined;
  const other = readCore(tokens, k);
  if (!other || other.yearLike !== c.yearLike || other.unit === 'fraction' || other.unit === 'ordinal') return undefined;
  return other;
}

/** The head noun a quantity counts, from token `from`: "8,400 employees", "of the county's Republican electorate". */
function headNoun(tokens: readonly Token[], from: number, allowOf: boolean, skipDeterminers = false): NounRef | undefined {
  let j = from;
  let via: NounRef['via'] = 'direct';
  if (skipDeterminers) while (DETERMINERS.has(tokens[j]?.lower ?? '') || endsApostropheS(tokens[j]?.text ?? '')) j++;
  if (tokens[j]?.lower === 'of') {
    if (!allowOf) return undefined;
    via = 'of';
    j++;
    // Determiners, possessives and numbers: "of the mill's 8,400 employees", "of the city's".
    for (let guard = 0; guard < 6 && j < tokens.length; guard++) {
      const t = tokens[j];
      if (!t) break;
      if (DETERMINERS.has(t.lower) || (t.kind === 'word' && (endsApostropheS(t.text) || endsApostrophe(t.text)))) {
        j++;
        continue;
      }
      if (t.kind === 'number' || (t.kind === 'punct' && CURRENCY_SIGNS[t.text] !== undefined)) {
        j++;
        continue;
      }
      if (t.kind === 'word' && (SCALES.get(t.lower) !== undefined || t.lower === 'total')) {
        j++;
        continue;
      }
      break;
    }
  }
  let head = -1;
  let words = 0;
  for (; j < tokens.length && words < 4; j++) {
    const t = tokens[j];
    if (!t) break;
    // An initialism before the noun: "40% of U.S. streaming customers", "U.K. households".
    const skip = initialism(tokens, j);
    if (skip > j) {
      j = skip;
      continue;
    }
    if (t.kind === 'punct') {
      // Hyphenated compounds stay in the phrase: "office-space company".
      if (t.text === '-' && glued(tokens, j) && glued(tokens, j + 1) && head !== -1) continue;
      break;
    }
    if (t.kind === 'number') break;
    if (FUNCTION.has(t.lower) && !(BETWEEN.has(t.lower) && head === -1)) break;
    if (NOT_NOUNS.has(t.lower) || (t.lower.length > 4 && t.lower.endsWith('ly') && !LY_MODIFIERS.has(t.lower))) break;
    if (BETWEEN.has(t.lower)) continue;
    // "-ing" and "-ed" words after a noun start a clause: "nurses wearing green", "people diagnosed";
    // one before a noun is its adjective ("20 injured people"); an "-ed" word alone is a verb ("5,000 reserved").
    if (t.lower.length > 4 && endsIngOrEd(t.lower) && !tokens[j - 1]?.text.includes('-')) {
      if (head !== -1) break;
      const n = tokens[j + 1];
      if (t.lower.endsWith('ed') && (!n || n.kind !== 'word' || FUNCTION.has(n.lower))) break;
    }
    if (endsApostropheS(t.text) && head === -1) {
      // A possessive before the head: "the county's electorate" is read from "electorate".
      words++;
      continue;
    }
    head = j;
    words++;
    // A plural noun is usually the head: "five adults smokes", "7,000 people came".
    if (looksPlural(t.lower) && !PLURAL_MODIFIERS.has(t.lower)) break;
  }
  const h = tokens[head];
  if (!h) return undefined;
  return { start: h.start, end: h.end, text: h.text, lemma: lemma(h.lower), via, index: head };
}

/**
 * The last token of an initialism that starts at token j ("U.S.", "U.K.", "E.U."): single capitals, each with its
 * full stop, two or more of them; j when there is none.
 */
function initialism(tokens: readonly Token[], j: number): number {
  let k = j;
  let letters = 0;
  for (;;) {
    const t = tokens[k];
    const dot = tokens[k + 1];
    if (!t || t.kind !== 'word' || t.text.length !== 1 || t.text < 'A' || t.text > 'Z') break;
    if (dot?.text !== '.' || !glued(tokens, k + 1)) break;
    letters++;
    k += 2;
    if (!glued(tokens, k)) break;
  }
  return letters >= 2 ? k - 1 : j;
}

/** Adverbs and particles that end a noun phrase: "$27 million later", "20 lakh doses today". */
const NOT_NOUNS = set(`
  today yesterday tomorrow tonight later earlier ago down apiece annually alone overall together instead
  each respectively combined altogether now then away back already
  went came sat made took got gave saw ran fell rose grew won lost met paid sold bought held kept told said says
  knew thought felt found stood began became brought built spent sent fled died arrived remain remained`);
/**
 * Words in "-ly" that are no adverbs but adjectives or nouns before a noun: "36,000 early deaths", "300 elderly
 * residents", "40 family doctors", "30 daily flights", "1,000 supply teachers", "200 likely voters".
 */
const LY_MODIFIERS = set(`
  early elderly daily weekly monthly quarterly yearly nightly hourly family deadly costly lonely friendly likely
  unlikely supply assembly orderly timely`);
/** Plural words that usually modify a following noun: "sales tax", "sports cars". */
const PLURAL_MODIFIERS = set('sales sports arms savings goods earnings customs means news series species');

function looksPlural(lower: string): boolean {
  const irregular = IRREGULAR.get(lower);
  if (irregular !== undefined && irregular !== lower) return true;
  return lower.length > 3 && lower.endsWith('s') && !endsSsUsIs(lower);
}

/** Clause spans of a tokenized text: split at ; : dashes, parentheses, and a comma before a conjunction or relative word. */
export function clauseSpans(tokens: readonly Token[], length: number): Span[] {
  const spans: Span[] = [];
  let start = 0;
  // A relative clause opened by ", which" or ", who" closes at the next comma.
  let relative = false;
  const cut = (at: number, next: number): void => {
    if (at > start) spans.push({ start, end: at });
    start = next;
    relative = false;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || t.kind !== 'punct') continue;
    const c = t.text;
    const spacedBoth = !glued(tokens, i) && !glued(tokens, i + 1);
    if (c === ';' || c === '(' || c === ')' || c === '—' || c === '[' || c === ']') cut(t.start, t.end);
    else if (c === ':' && !glued(tokens, i + 1)) cut(t.start, t.end);
    else if ((c === '–' || c === '-') && spacedBoth) cut(t.start, t.end);
    else if (c === ',' && CLAUSE_OPENERS.has(tokens[i + 1]?.lower ?? '')) {
      cut(t.start, t.end);
      relative = RELATIVE.has(tokens[i + 1]?.lower ?? '');
    } else if (c === ',' && relative) cut(t.start, t.end);
  }
  cut(length, length);
  return spans;
}
const RELATIVE = set('which who whom whose where');
const CLAUSE_OPENERS = set(
  'which who whom whose where while whereas although though but and or so because since as when if after before',
);

/** The clause holding `offset` (binary search over the sorted spans). */
function clauseAt(spans: readonly Span[], offset: number): Span {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid]?.end ?? 0) <= offset) lo = mid + 1;
    else hi = mid;
  }
  return spans[lo] ?? { start: 0, end: 0 };
}

// ---------------------------------------------------------------------------
// The public reader

/** Every quantity in a text (one sentence, usually), in order, with the tokens they index. */
export function findQuantities(text: string): SentenceQuantities {
  if (!mayHoldQuantity(text)) return { tokens: [], quantities: [] };
  return readQuantities(text);
}

/**
 * `findQuantities` without the cheap first test, for callers that already made one. With a `TokenPool`, the tokens
 * are the pool's objects, written over by its next call: the quantities keep none of them, the caller must not keep
 * the tokens past that call.
 */
export function readQuantities(text: string, pool?: TokenPool): SentenceQuantities {
  const tokens = tokenize(text, 0, text.length, pool);
  const quantities: Quantity[] = [];
  let clauses: Span[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (t.kind === 'punct') continue;
    if (t.kind === 'word' && !mayStart(t.lower)) continue;
    const c = readCore(tokens, i);
    if (!c) continue;
    const q = finish(text, tokens, c);
    clauses ??= clauseSpans(tokens, text.length);
    q.clause = clauseAt(clauses, q.start);
    quantities.push(q);
    i = Math.max(i, q.last);
  }
  return { tokens, quantities };
}

/** The words a quantity may start with (besides a number token). */
export const STARTERS: ReadonlySet<string> = new WordSet([
  'a',
  'an',
  'half',
  'halves',
  'twice',
  'thrice',
  ...CHANGE_MULTIPLES.keys(),
  'several',
  'few',
  'many',
  'some',
  ...ONES.keys(),
  ...TENS.keys(),
  ...VAGUE.keys(),
]);

/**
 * Whether a word (its lower-case form) may start a quantity: `STARTERS.has(lower)`, a `WordSet`, which rules out
 * nearly every other word by its first letter, last letter and length before hashing it ("the" shares its first
 * letter with "two" and "three", not its last letter and length).
 */
export function mayStart(lower: string): boolean {
  return STARTERS.has(lower) || (endsInDigit(lower) && LETTER_MONEY.test(lower)) || (lower.endsWith('fold') && FOLD.test(lower));
}

const NO_CLAUSE: Span = Object.freeze({ start: 0, end: 0 });

/** Units, ranges, rates, ratios, qualifiers and the noun around a core. */
function finish(text: string, tokens: readonly Token[], c: Core): Quantity {
  const prevWord = tokens[c.first - 1]?.lower ?? '';
  const between = prevWord === 'between';
  const from = prevWord === 'from';
  let high = c.value;
  let range = false;
  let ratio = false;
  if (c.unit === 'count' || c.unit === 'money') {
    const other = readRange(tokens, c, between, from);
    // "40 to 80 percent", "410–440 million": the second number's scale and unit are the range's.
    if (other && other.value > c.value * (other.scaled && !c.scaled ? 0 : 1)) {
      if (other.scaled && !c.scaled) {
        const factor = scaleOf(tokens, other);
        c.value *= factor;
      }
      readUnit(tokens, other);
      high = other.value;
      range = true;
      c.last = other.last;
      if (other.unit !== 'count') {
        c.unit = other.unit;
        c.currency = other.currency ?? c.currency;
        c.measure = other.measure;
        if (other.unit === 'points' && c.value !== other.value) c.value = c.value * (other.value / high);
      }
      c.yearLike = false;
    }
  }
  if (!range) {
    readUnit(tokens, c);
    high = c.value;
  }
  const rate = readRate(tokens, c);
  if (rate) c.unit = 'rate';
  // Ratios: "one in five Americans", "one in every six rand", "3 out of 4 voters", and "one driver in seven" with
  // its noun between.
  let middleAt: number | undefined;
  if (c.unit === 'count' && !c.vague && !range && c.value < 100 && !c.grouped) {
    let k = -1;
    const a1 = tokens[c.last + 1];
    if (a1?.lower === 'in') k = tokens[c.last + 2]?.lower === 'every' ? c.last + 3 : c.last + 2;
    else if (a1?.lower === 'out' && tokens[c.last + 2]?.lower === 'of') k = c.last + 3;
    else if (
      c.value === 1 &&
      a1?.kind === 'word' &&
      !FUNCTION.has(a1.lower) &&
      tokens[c.last + 2]?.lower === 'in' &&
      (tokens[c.last + 3]?.kind === 'number' || wordValue(tokens[c.last + 3]?.lower ?? '') !== undefined)
    ) {
      middleAt = c.last + 1;
      k = c.last + 3;
    }
    const d = tokens[k];
    if (d && (d.kind === 'number' || wordValue(d.lower) !== undefined) && !FOUR_DIGITS.test(d.text)) {
      const den = readCore(tokens, k);
      if (den && den.value > c.value && den.unit === 'count') {
        c.value = c.value / den.value;
        high = c.value;
        c.unit = 'ratio';
        c.last = den.last;
        ratio = true;
      } else middleAt = undefined;
    } else middleAt = undefined;
  }
  // "three times the rate": a multiple; "three times a day" stays a count of times.
  if (c.unit === 'count' && tokens[c.last + 1]?.lower === 'times' && !ratio) {
    const after = tokens[c.last + 2]?.lower ?? '';
    if (MULTIPLE_AFTER.has(after) || (ER_END.test(after) && !FREQUENCY_AFTER.has(after))) {
      c.unit = 'multiple';
      c.last++;
    } else {
      c.unit = 'measure';
      c.measure = 'time';
      c.last++;
    }
  }
  // Hedges before and after.
  let approx: Approximation = 'exact';
  let qualifier: Span | undefined;
  const before = qualifierBefore(tokens, c.first);
  const firstTok = tokens[c.first];
  const lastTok = tokens[c.last];
  if (before && firstTok) {
    approx = before.approx;
    qualifier = { start: before.start, end: firstTok.start };
  }
  const a1 = tokens[c.last + 1]?.lower ?? '';
  const a2 = tokens[c.last + 2]?.lower ?? '';
  if (
    (a1 === 'or' && (a2 === 'more' || a2 === 'so' || a2 === 'over')) ||
    a1 === 'plus' ||
    (a1 === '+' && glued(tokens, c.last + 1))
  ) {
    approx = a1 === 'or' && a2 === 'so' ? 'about' : 'at-least';
    const endTok = a1 === 'or' ? tokens[c.last + 2] : tokens[c.last + 1];
    if (endTok && lastTok) qualifier = { start: qualifier?.start ?? lastTok.end, end: endTok.end };
  } else if (a1 === 'or' && (a2 === 'less' || a2 === 'fewer')) {
    approx = 'at-most';
    const endTok = tokens[c.last + 2];
    if (endTok && lastTok) qualifier = { start: qualifier?.start ?? lastTok.end, end: endTok.end };
  }
  // The noun: after the unit for counts and measures, after "of" for fractions, percentages and vague plurals.
  let nounFrom = c.last + 1;
  if (tokens[nounFrom]?.lower === 'or' && (a2 === 'more' || a2 === 'so' || a2 === 'fewer' || a2 === 'less')) nounFrom += 2;
  const allowOf = c.unit !== 'measure' || c.measure !== undefined;
  let noun =
    c.unit === 'clock' || c.unit === 'ordinal' || rate
      ? undefined
      : headNoun(
          tokens,
          nounFrom,
          allowOf || c.needsOf || c.unit === 'percent' || c.unit === 'fraction',
          c.unit === 'fraction' && !c.needsOf,
        );
  if (noun && noun.via === 'direct' && (c.unit === 'percent' || c.unit === 'points' || c.unit === 'multiple')) {
    // "10 percent last month": a percentage names its noun after "of"; as an adjective ("a 2% tax") only after an article.
    const art = tokens[c.first - 1]?.lower ?? '';
    if (art !== 'a' && art !== 'an' && art !== 'the') noun = undefined;
  }
  if (noun && c.needsOf && noun.via !== 'of' && c.unit !== 'fraction') noun = undefined;
  const middle = middleAt !== undefined ? tokens[middleAt] : undefined;
  if (middle)
    noun = {
      start: middle.start,
      end: middle.end,
      text: middle.text,
      lemma: lemma(middle.lower),
      via: 'direct',
      index: middleAt as number,
    };
  let ofNoun: NounRef | undefined;
  if (noun && COLLECTIVE.has(noun.lemma) && tokens[noun.index + 1]?.lower === 'of')
    ofNoun = headNoun(tokens, noun.index + 1, true);
  const start = firstTok?.start ?? 0;
  const end = lastTok?.end ?? start;
  return {
    start,
    end,
    text: text.slice(start, end),
    value: c.value,
    high: range ? high : c.value,
    unit: c.unit,
    currency: c.currency,
    measure: rate ? rate.measure : c.measure,
    per: rate?.per,
    approx,
    qualifier,
    vague: c.vague,
    spelled: c.spelled,
    range,
    yearLike: c.yearLike,
    grouped: c.grouped,
    scaled: c.scaled,
    attached: firstTok !== undefined && attachedLeft(tokens, c.first),
    compound: c.compound,
    noun,
    ofNoun,
    // Set by `readQuantities` from the sentence's clauses (a shared placeholder until then, not an object each).
    clause: NO_CLAUSE,
    first: c.first,
    last: c.last,
  };
}

/** The scale a core's scale words give ("million" → 1e6), for "410–440 million". */
function scaleOf(tokens: readonly Token[], c: Core): number {
  let factor = 1;
  for (let k = c.first; k <= c.last; k++) {
    const t = tokens[k];
    if (!t) continue;
    const s =
      SCALES.get(t.lower) ?? (k > c.first && t.kind === 'word' && glued(tokens, k) ? SUFFIX_SCALES.get(t.lower) : undefined);
    if (s !== undefined) factor *= s;
  }
  return factor;
}

/** A number written against a word on its left: "PM2.5", "COVID-19", "F-35", "G7". */
function attachedLeft(tokens: readonly Token[], first: number): boolean {
  const t = tokens[first];
  if (!t || t.kind !== 'number') return false;
  const prev = tokens[first - 1];
  if (!prev || !glued(tokens, first)) return false;
  if (prev.kind === 'word') return true;
  // "PM2.5": the tokenizer keeps "PM2" as a word and reads ".5" apart.
  if (prev.text === '.' && glued(tokens, first - 1) && DIGIT_END.test(tokens[first - 2]?.text ?? '')) return true;
  if ((prev.text === '-' || prev.text === '#') && tokens[first - 2]?.kind === 'word' && glued(tokens, first - 1)) {
    return prev.text === '#' || (tokens[first - 2]?.text ?? '').charAt(0) !== (tokens[first - 2]?.lower ?? '').charAt(0);
  }
  return prev.text === '#';
}

// ---------------------------------------------------------------------------
// Comparing

/** Below this, an integer has at most six significant digits: `toPrecision(6)` gives it back unchanged. */
const EXACT_INTEGER = 1e6;

function round(n: number): string {
  // Most values are small whole numbers, whose rounded form is their own (no string through `toPrecision` and back).
  if (Number.isInteger(n) && n < EXACT_INTEGER && n > -EXACT_INTEGER) return String(n);
  if (!Number.isFinite(n)) return String(n);
  return Number(n.toPrecision(6)).toString();
}

/**
 * A key that equal quantities share: "10 percent" and "10%" → `percent:10`, "three" and "3" →
 * `count:3`, "$2.5m" and "$2.5 million" → `money:USD:2500000`. The hedge ("more than") and the
 * noun are not part of it; compare `approx` and `noun.lemma` for those.
 */
export function quantityKey(q: Pick<Quantity, 'unit' | 'value' | 'high' | 'currency' | 'measure' | 'per'>): string {
  // The parts joined by ':' as they are met (no list of them).
  let key: string = q.unit;
  if (q.currency !== undefined) key += `:${q.currency}`;
  if (q.measure !== undefined) key += `:${q.measure}`;
  if (q.per !== undefined) key += `:per ${round(q.per)}`;
  return q.high !== q.value ? `${key}:${round(q.value)}-${round(q.high)}` : `${key}:${round(q.value)}`;
}

/** Whether two quantities state the same amount in the same unit (however written). */
export function sameQuantity(
  a: Pick<Quantity, 'unit' | 'value' | 'high' | 'currency' | 'measure' | 'per'>,
  b: Pick<Quantity, 'unit' | 'value' | 'high' | 'currency' | 'measure' | 'per'>,
): boolean {
  return quantityKey(a) === quantityKey(b);
}

// ---------------------------------------------------------------------------
// Over an article

/** The quantities of one sentence's text, cached by the text when a cache is given. */
export function sentenceQuantities(text: string, cache?: LintCache): SentenceQuantities {
  return cache ? cache.get('figures:quantities', text, () => findQuantities(text)) : findQuantities(text);
}

/**
 * Every quantity in the article's sentences (headings included), in order, with absolute offsets.
 * Each sentence is read once per text and cached across runs when a cache is given.
 */
export function articleQuantities(article: Article, cache?: LintCache): ArticleQuantity[] {
  const out: ArticleQuantity[] = [];
  article.sentences.forEach((s, index) => {
    for (const q of sentenceQuantities(s.text, cache).quantities) out.push(placeQuantity(q, s.start, index));
  });
  return out;
}

/** A sentence-relative quantity moved to its place in the article. */
export function placeQuantity(q: Quantity, offset: number, sentence: number): ArticleQuantity {
  const shift = <T extends Span>(s: T): T => ({ ...s, start: s.start + offset, end: s.end + offset });
  return {
    ...q,
    start: q.start + offset,
    end: q.end + offset,
    qualifier: q.qualifier && shift(q.qualifier),
    noun: q.noun && shift(q.noun),
    ofNoun: q.ofNoun && shift(q.ofNoun),
    clause: shift(q.clause),
    sentence,
  };
}

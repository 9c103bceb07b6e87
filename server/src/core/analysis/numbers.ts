/**
 * Finding statistics in a sentence: money, percentages, rates, totals, counts
 * of people and casualties, fractions of a group, written in digits or in
 * words. Dates, years, times, ages, durations, ordinals, identifiers, scores,
 * addresses, measurements and prices are not statistics and are never
 * returned. Everything works on one sentence's text with one tokenizing pass,
 * so the cost is linear in the text.
 */

export type FigureKind = 'money' | 'percent' | 'rate' | 'ratio' | 'fraction' | 'casualties' | 'people' | 'total';

/** A statistic, with offsets relative to the text given to `findFigures`. */
export interface Figure {
  start: number;
  end: number;
  kind: FigureKind;
}

interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const TOKEN = /[$£€¥₹]|%|[\p{L}\p{N}]+(?:['’.,:\-/][\p{L}\p{N}]+)*/gu;
const DIGITS = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$/;
const DIGITS_SUFFIX = /^(\d+(?:\.\d+)?)(bn|b|mn|m|k)$/i;
const DIGITS_HYPHEN_SCALE = /^(\d+(?:\.\d+)?)-(million|billion|trillion)$/i;
const CURRENCY = new Set(['$', '£', '€', '¥', '₹']);
/** Sentences worth tokenizing: a digit, a currency sign or a number word. */
const QUICK_SIGN = /[\d$£€¥₹]/;
const QUICK_WORD =
  /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|half|thirds?|quarters?|fourths?|fifths?|tenths?|hundreds|thousands|millions|billions|tens|dozens|scores)\b/i;

/** A lookup table with no prototype, so that "constructor" or "toString" is no number. */
function table(entries: Record<string, number>): Readonly<Record<string, number | undefined>> {
  return Object.assign(Object.create(null) as Record<string, number>, entries);
}
const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

const ONES = table({
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
const TENS = table({
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
});
const SCALES = table({ hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 });
const SUFFIX_SCALES = table({ k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 });
/** Vague quantities: "hundreds of", "tens of thousands of". The value is the least it can mean. */
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
/** Vague words that need "of" and a person noun to count ("dozens of protesters", not "test scores"). */
const WEAK_VAGUE = new Set(['tens', 'dozens', 'scores']);
const FRACTIONS = new Set([
  'half',
  'halves',
  'third',
  'thirds',
  'quarter',
  'quarters',
  'fourth',
  'fourths',
  'fifth',
  'fifths',
  'sixth',
  'sixths',
  'seventh',
  'sevenths',
  'eighth',
  'eighths',
  'ninth',
  'ninths',
  'tenth',
  'tenths',
]);
const FRACTION_COMPOUND =
  /^(?:one|two|three|four|five|six|seven|eight|nine|a)-(?:half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)$/;

const MONTHS = words(
  'January February March April May June July August September October November December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec',
);
/** Words before a number that make it a name or an identifier: "Route 66", "No. 5", "Chapter 11". */
const IDENTIFIER_BEFORE = words(`
  no nos number route highway interstate room suite flight chapter section article title page pages p pp vol volume
  apt apartment box bill resolution proposition prop game week day phase stage level grade class category division
  district precinct ward unit station channel gate platform pier track exit model type series version act hole lot
  block row seat zone figure table line item step code form ext floor building mission part lane court
  verse psalm exhibit amendment rule squad company battalion regiment brigade fleet army corps`);
/** Words after a number that make it a time of day. */
const TIME_OF_DAY = words("a.m am p.m pm o'clock o’clock gmt utc bst cet est edt cst cdt pst pdt hrs");
/** Function words and approximators: when capitalized before a number they only start the sentence. */
const FUNCTION = words(`
  the a an and or but nor to in on at for with by from into onto over under than that which who whom whose
  was were is are be been being has have had will would could should may might can did do does as if it its
  their his her our my your this these those then there when where while after before since until about per
  each every more less fewer some only just least most up around approximately roughly nearly almost
  estimated barely exactly precisely another additional extra all among between of off out within without
  both either neither so also even still yet not no`);
const APPROXIMATORS = words(`
  about around approximately roughly nearly almost some over under more less fewer than at least most up to
  an estimated only just barely exactly precisely another additional extra all another`);
const MONEY_NOUNS = words(
  'dollars dollar euros euro pounds sterling yen yuan renminbi rupees rupee francs marks pesos rubles roubles naira shillings rand lira',
);
const TIME_UNITS = words(`
  second seconds minute minutes hour hours day days week weeks month months year years decade decades century
  centuries millennia night nights morning mornings evening evenings weekend weekends season seasons semester
  semesters term terms times generation generations lifetimes`);
const MEASURE_UNITS = words(`
  foot feet ft inch inches mile miles yard yards meter meters metre metres km kilometer kilometers kilometre
  kilometres centimeter centimeters centimetres cm mm millimeters millimetres ounce ounces oz lb lbs pound pounds
  ton tons tonne tonnes gallon gallons liter liters litre litres acre acres hectare hectares degree degrees mph
  kph knots watts volts megawatts kilowatts calories bytes megabytes gigabytes pixels words pages characters
  square cubic light-years`);
/** Results and scores: public record, not statistics that need a source. */
const RESULT_NOUNS = words(`
  votes vote ballots seats points point goals runs strokes games wins losses victories innings laps hits
  touchdowns rebounds assists rushing passing receiving saves sets rounds shots`);
const PEOPLE = words(`
  people persons person residents citizens voters workers employees staff staffers children kids babies infants
  adults students pupils teachers patients women men girls boys civilians soldiers troops servicemen
  servicemembers officers policemen police protesters protestors demonstrators marchers refugees migrants
  immigrants emigrants families households members respondents users customers subscribers passengers
  visitors tourists inhabitants prisoners inmates detainees hostages fighters militants rebels
  farmers doctors nurses veterans homeless unemployed jobless applicants participants attendees volunteers
  survivors pilgrims evacuees individuals jobs retirees pensioners taxpayers consumers shoppers commuters
  drivers pedestrians seniors teenagers youths delegates cases infections`);
const CASUALTIES = words('deaths dead killed casualties fatalities injured wounded injuries victims bodies lives missing');
/** After a count (and a noun): "were killed", "died", "had been arrested". */
const INCIDENT_AFTER = words(`
  killed died dead injured wounded hurt slain drowned missing arrested detained displaced evacuated
  hospitalized hospitalised infected rescued executed abducted kidnapped perished fled murdered`);
const AUXILIARY = words('were was are is have has had been being reportedly also all later have since');
/** Before a count: "killing 12", "injured at least 40". */
const INCIDENT_BEFORE = words(`
  killed killing kills kill injured injuring injures wounded wounding wounds claimed claiming arrested
  arresting detained detaining evacuated evacuating displaced displacing rescued rescuing`);
/** Nouns before a figure that make it a rate or a total: "the death toll rose to 12". */
const MEASURE_BEFORE = words('rate rates toll tally population turnout unemployment inflation');
/**
 * Words just before a figure that make it a crowd, a result, a target or the
 * terms of a deal ("a crowd of 32,589", "bail of $100,000", "a goal of
 * 100,000 volumes"): public record or a price, not a statistic that needs a source.
 */
const RESULT_BEFORE = words(`
  crowd crowds attendance gallery score scored scoring par goal goals target targets quota limit cap maximum
  minimum ceiling prize prizes purse reward bail bond fine salary fee fees fare fares price prices volume`);
/** Words after a figure that make it a threshold in a rule: "300,000 or more". */
const THRESHOLD_AFTER = /^(?:or|and)\s+(?:more|less|fewer|over|older|younger|above|below|up)$/;
/**
 * After an attributive figure ("a $2.3 million loss", "an 18 per cent rise"):
 * nouns that make it a statistic. Others name a thing by its price or terms
 * ("a $5,000 reward", "a 2% sales tax").
 */
const CHANGE_NOUNS = words(`
  rise rises increase increases drop drops decline declines fall falls jump jumps gain gains growth loss losses
  decrease decreases surge slump plunge deficit deficits surplus shortfall profit profits debt debts gap
  overrun overruns rate share`);
/** Nouns that "hundreds of" and "thousands of" count besides people. */
const STAT_NOUNS = words(`
  homes houses buildings businesses companies firms schools hospitals arrests complaints claims applications
  barrels vehicles cars animals cattle species trees flights`);
const DEMONSTRATIVE = words('that this these those other remaining');
/** Before an attributive figure: "a $5,000 reward", "the $300 million project". */
const ARTICLES = words('a an the its their his her our each every');

/** Nouns that make "half of" a statistic: "half of the budget". */
const HALF_OF = words('budget revenue revenues spending funds money income population electorate workforce');
const RATE_UNITS = words(
  'capita head person resident household student child adult inhabitant thousand hundred million cent annum',
);

const enum NounClass {
  None,
  People,
  Casualty,
  Other,
  Excluded,
  Money,
}

interface Quantity {
  /** Token index of the first and last token of the quantity. */
  first: number;
  last: number;
  value: number;
  scaled: boolean;
  vague: boolean;
  weak: boolean;
  spelled: boolean;
  /** Four digits, no comma, 1000..2099: probably a year. */
  yearLike: boolean;
  /** Written with thousands separators. */
  grouped: boolean;
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    out.push({ text: m[0], lower: m[0].toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** True when only spaces separate tokens i-1 and i. */
function spaced(text: string, tokens: Token[], i: number): boolean {
  const a = tokens[i - 1];
  const b = tokens[i];
  if (!a || !b) return false;
  for (let k = a.end; k < b.start; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 9 && c !== 0xa0 && c !== 10 && c !== 13) return false;
  }
  return true;
}

function isCapitalized(t: Token): boolean {
  const c = t.text.charAt(0);
  return c !== c.toLowerCase();
}

function spelledValue(lower: string): number | undefined {
  const one = ONES[lower] ?? TENS[lower];
  if (one !== undefined) return one;
  const dash = lower.indexOf('-');
  if (dash > 0) {
    const tens = TENS[lower.slice(0, dash)];
    const ones = ONES[lower.slice(dash + 1)];
    if (tens !== undefined && ones !== undefined && ones < 10) return tens + ones;
  }
  return undefined;
}

/** Reads a quantity starting at token i, or undefined. */
function readQuantity(text: string, tokens: Token[], i: number): Quantity | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  const q: Quantity = {
    first: i,
    last: i,
    value: 0,
    scaled: false,
    vague: false,
    weak: false,
    spelled: false,
    yearLike: false,
    grouped: false,
  };
  const vague = VAGUE[t.lower];
  if (vague !== undefined) {
    let value = vague;
    let j = i;
    while (tokens[j + 1]?.lower === 'of' && VAGUE[tokens[j + 2]?.lower ?? ''] !== undefined && spaced(text, tokens, j + 2)) {
      value *= VAGUE[tokens[j + 2]?.lower ?? ''] ?? 1;
      j += 2;
    }
    const weak = WEAK_VAGUE.has(t.lower) && j === i;
    if (tokens[j + 1]?.lower === 'of' && spaced(text, tokens, j + 1)) j++;
    else if (weak) return undefined; // "test scores", "the tens"
    return { ...q, last: j, value, vague: true, weak, scaled: value >= 1e3 };
  }
  if (DIGITS.test(t.text)) {
    q.value = Number(t.text.replace(/,/g, ''));
    q.grouped = t.text.includes(',');
    q.yearLike = /^\d{4}$/.test(t.text) && q.value >= 1000 && q.value < 2100;
  } else {
    const hyphen = DIGITS_HYPHEN_SCALE.exec(t.text);
    const suffix = DIGITS_SUFFIX.exec(t.text);
    if (hyphen && hyphen[1] !== undefined && hyphen[2] !== undefined) {
      q.value = Number(hyphen[1]) * (SCALES[hyphen[2].toLowerCase()] ?? 1);
      q.scaled = true;
    } else if (suffix && suffix[1] !== undefined && suffix[2] !== undefined && CURRENCY.has(tokens[i - 1]?.text ?? '')) {
      q.value = Number(suffix[1]) * (SUFFIX_SCALES[suffix[2].toLowerCase()] ?? 1);
      q.scaled = true;
    } else {
      let value = spelledValue(t.lower);
      if (value === undefined && (t.lower === 'a' || t.lower === 'an')) {
        const next = tokens[i + 1]?.lower ?? '';
        if (SCALES[next] !== undefined || next === 'dozen') value = 1;
      }
      if (value === undefined) return undefined;
      q.value = value;
      q.spelled = true;
    }
  }
  // Scale words: "2.3 million", "three hundred thousand", "two dozen".
  let j = i;
  for (;;) {
    const next = tokens[j + 1];
    if (!next || !spaced(text, tokens, j + 1)) break;
    const scale = SCALES[next.lower] ?? (next.lower === 'dozen' ? 12 : undefined);
    if (scale === undefined) break;
    q.value *= scale;
    if (scale >= 1e3) q.scaled = true;
    q.yearLike = false;
    j++;
  }
  q.last = j;
  return q;
}

function nounClass(t: Token): NounClass {
  const w = t.lower.replace(/['’]s?$/, '');
  if (TIME_UNITS.has(w) || MEASURE_UNITS.has(w) || RESULT_NOUNS.has(w)) return NounClass.Excluded;
  if (MONEY_NOUNS.has(w)) return NounClass.Money;
  if (CASUALTIES.has(w)) return NounClass.Casualty;
  if (PEOPLE.has(w)) return NounClass.People;
  // Demonyms: "Americans", "Ukrainians", "Israelis", "Britons".
  if (isCapitalized(t) && /^\p{Lu}\p{Ll}+(?:ans|ese|is|ons)$/u.test(t.text)) return NounClass.People;
  if (/^[a-z]{3,}s$/.test(w) && !/(?:ss|us|is|ous)$/.test(w)) return NounClass.Other;
  return NounClass.None;
}

const DETERMINERS = words('the a an its their his her our all those these this that whose');
/** Words that may come between a count and its noun: "5,000 more troops". */
const BETWEEN = words('more additional extra fewer other new such');

/**
 * The noun a quantity counts: up to three words after it, stopping at
 * punctuation, function words and other numbers. "of the" may come between.
 */
function findNoun(text: string, tokens: Token[], from: number): { index: number; cls: NounClass } | undefined {
  let content = 0;
  let sawOf = false;
  for (let j = from; j < tokens.length && content < 3; j++) {
    const t = tokens[j];
    if (!t || !spaced(text, tokens, j)) return undefined;
    if (t.lower === 'of' && !sawOf) {
      sawOf = true;
      continue;
    }
    if (sawOf && (DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower))) continue;
    if ((FUNCTION.has(t.lower) && !BETWEEN.has(t.lower)) || /\d/.test(t.text) || CURRENCY.has(t.text)) return undefined;
    const cls = nounClass(t);
    if (cls !== NounClass.None) return { index: j, cls };
    content++;
  }
  return undefined;
}

function incidentAfter(text: string, tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j < from + 4; j++) {
    const t = tokens[j];
    if (!t || !spaced(text, tokens, j)) return false;
    if (INCIDENT_AFTER.has(t.lower)) return true;
    if (!AUXILIARY.has(t.lower)) return false;
  }
  return false;
}

/** The nearest word before token i that is no approximator ("killed at least 12"). */
function wordBefore(tokens: Token[], i: number): Token | undefined {
  for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
    const t = tokens[j];
    if (!t) return undefined;
    if (!APPROXIMATORS.has(t.lower)) return t;
  }
  return undefined;
}

function measureBefore(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0 && j >= i - 5; j--) {
    const t = tokens[j];
    if (t && MEASURE_BEFORE.has(t.lower)) return true;
  }
  return false;
}

function isNumberToken(t: Token | undefined): boolean {
  if (!t) return false;
  return DIGITS.test(t.text) || spelledValue(t.lower) !== undefined;
}

/** Words that can start a figure; everything else is skipped before any closer look. */
const STARTERS = new Set(['a', 'an', 'half', ...Object.keys(ONES), ...Object.keys(TENS), ...Object.keys(VAGUE)]);

function mayStartFigure(t: Token, next: Token | undefined): boolean {
  const c = t.text.charCodeAt(0);
  if (c >= 48 && c <= 57) return true; // a digit
  if (t.lower === 'a' || t.lower === 'an') {
    const n = next?.lower ?? '';
    return SCALES[n] !== undefined || n === 'dozen' || FRACTIONS.has(n);
  }
  if (STARTERS.has(t.lower)) return true;
  const dash = t.lower.indexOf('-');
  return dash > 0 && STARTERS.has(t.lower.slice(0, dash));
}

/** The statistics in one sentence, in order. */
export function findFigures(text: string): Figure[] {
  if (!QUICK_SIGN.test(text) && !QUICK_WORD.test(text)) return [];
  const tokens = tokenize(text);
  const figures: Figure[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !mayStartFigure(t, tokens[i + 1])) continue;
    const found = figureAt(text, tokens, i);
    if (found) {
      if (found.figure) figures.push(found.figure);
      i = Math.max(i, found.last);
    }
  }
  return figures;
}

/** Words before a small count that make it a back-reference ("the two victims"), not a statistic. */
const DEFINITE = words('the these those both all his her their its our my your');
/** Identifier words that also come before a count in lowercase ("every day 3,000 people"). */
const IDENTIFIER_RISKY = words(
  'day week game line lot block part type class act level grade stage phase table figure number company',
);

function figureAt(text: string, tokens: Token[], i: number): { figure?: Figure; last: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  // Fractions: "a third of voters", "two-thirds of", "half of the budget".
  const fraction = readFraction(text, tokens, i);
  if (fraction) return fraction;
  const q = readQuantity(text, tokens, i);
  if (!q) return undefined;
  const prev = tokens[i - 1];
  const currency = prev !== undefined && CURRENCY.has(prev.text) && prev.end === t.start;
  const start = currency && prev ? prev.start : t.start;
  const before = tokens[currency ? i - 2 : i - 1];
  const done = (kind: FigureKind, lastIndex: number): { figure: Figure; last: number } => ({
    figure: { start, end: tokens[lastIndex]?.end ?? t.end, kind },
    last: lastIndex,
  });

  if (!q.vague && !q.spelled && prev && !currency) {
    const gap = text.slice(prev.end, t.start);
    // Dates: "March 3", "Oct. 23".
    if ((gap === ' ' || gap === '. ') && MONTHS.has(prev.text)) return undefined;
    // Names and identifiers: "Route 66", "No. 5", "Apollo 11", "#4".
    if (spaced(text, tokens, i)) {
      const word = prev.lower.replace(/\.$/, '');
      if (IDENTIFIER_BEFORE.has(word) && (isCapitalized(prev) || !IDENTIFIER_RISKY.has(word))) return undefined;
      if (isCapitalized(prev) && !FUNCTION.has(prev.lower) && !/['’]s$/.test(prev.text)) return undefined;
    }
    if (gap.includes('#')) return undefined;
  }
  if (q.vague && prev?.lower === 'the') return undefined; // "in the thousands"
  let last = q.last;
  if (!q.vague) {
    const next = tokens[last + 1];
    if (next && (MONTHS.has(next.text) || TIME_OF_DAY.has(next.lower))) return undefined;
    // Ranges: "5,000 to 7,000 people", "between 40 and 50 percent".
    if (
      next &&
      !q.yearLike &&
      (next.lower === 'to' || next.lower === 'or' || next.lower === 'and') &&
      spaced(text, tokens, last + 1) &&
      spaced(text, tokens, last + 2)
    ) {
      // "$20,000 and $25,000": the second figure may carry its own currency sign.
      const sign = tokens[last + 2];
      const k = currency && sign && CURRENCY.has(sign.text) && tokens[last + 3]?.start === sign.end ? last + 3 : last + 2;
      const other = readQuantity(text, tokens, k);
      if (other && !other.vague && !other.yearLike) {
        q.value = Math.max(q.value, other.value);
        q.scaled = q.scaled || other.scaled;
        q.grouped = q.grouped || other.grouped;
        last = other.last;
      }
    }
  }
  // Context that rules out the whole figure, a range included: skip past it.
  const skip = { last };
  // "that 4 per cent yield", "those 300 workers": a figure already given.
  if (before && DEMONSTRATIVE.has(before.lower)) return skip;
  for (let j = q.first - 1; j >= 0 && j >= q.first - 6; j--) {
    if (RESULT_BEFORE.has(tokens[j]?.lower ?? '')) return skip;
  }
  // "one post for each 10,000,000 people": a unit in a formula.
  if (prev && (prev.lower === 'each' || prev.lower === 'every') && !currency) return skip;
  // "spoke before 100 persons": an audience.
  if (wordBefore(tokens, currency ? q.first - 1 : q.first)?.lower === 'before') return skip;
  // "counties of 300,000 or more": a threshold in a rule.
  const tail = tokens[last + 2];
  if (tail && THRESHOLD_AFTER.test(`${tokens[last + 1]?.lower ?? ''} ${tail.lower}`)) return skip;

  const after = tokens[last + 1];
  const afterSpaced = after !== undefined && spaced(text, tokens, last + 1);
  const idiom = (q.value === 100 || q.value === 110) && !q.scaled;
  // Percentages: "7.2%", "40 percent", "five per cent", "0.5 percentage points".
  let percentEnd = -1;
  if (after && (after.text === '%' || (afterSpaced && (after.lower === 'percent' || after.lower === 'pct')))) {
    percentEnd = last + 1;
  } else if (after && afterSpaced && after.lower === 'percentage' && /^points?$/.test(tokens[last + 2]?.lower ?? '')) {
    percentEnd = last + 2;
  } else if (after && afterSpaced && after.lower === 'per' && tokens[last + 2]?.lower === 'cent') {
    percentEnd = last + 2;
  }
  if (percentEnd !== -1) {
    if (idiom && tokens[percentEnd + 1]?.lower !== 'of') return undefined; // "100 percent sure"
    if (!attributiveStatistic(text, tokens, percentEnd + 1, before)) return undefined; // "a 2% sales tax"
    return done('percent', percentEnd);
  }
  if (after && afterSpaced && after.lower === 'per') {
    const unit = tokens[last + 2];
    if (unit && (DIGITS.test(unit.text) || RATE_UNITS.has(unit.lower))) {
      let k = last + 2;
      while (SCALES[tokens[k + 1]?.lower ?? ''] !== undefined) k++;
      return done('rate', k);
    }
    return undefined; // "3 per game"
  }
  // Ratios: "one in five Americans", "3 out of 4 voters".
  if (after && afterSpaced && q.value < 100 && !q.grouped) {
    let k = -1;
    if (after.lower === 'in') k = last + 2;
    else if (after.lower === 'out' && tokens[last + 2]?.lower === 'of') k = last + 3;
    const denominator = tokens[k];
    if (denominator && isNumberToken(denominator) && !/^\d{4}$/.test(denominator.text)) {
      const noun = findNoun(text, tokens, k + 1);
      if (noun?.cls === NounClass.Excluded) return undefined;
      return done('ratio', noun && noun.cls !== NounClass.Money ? noun.index : k);
    }
  }

  // Money: "$2.3 million", "£2bn", "5 million dollars". Amounts under 1,000 are prices and fees.
  const moneyNoun =
    after !== undefined && afterSpaced && MONEY_NOUNS.has(after.lower) && (q.scaled || !after.lower.startsWith('pound'));
  if (currency || moneyNoun) {
    if (q.value < 1000 && !q.scaled) return undefined;
    const moneyEnd = moneyNoun ? last + 1 : last;
    // "the $28 million": a sum already named; "a $5,000 reward": a price tag, unless "a $2 million loss".
    if (before?.lower === 'the' && !attributiveNoun(text, tokens, moneyEnd + 1)) return undefined;
    if (!attributiveStatistic(text, tokens, moneyEnd + 1, before)) return undefined;
    return done('money', moneyEnd);
  }

  const noun = findNoun(text, tokens, last + 1);
  if (noun?.cls === NounClass.Excluded) return undefined;
  if (q.vague) {
    const people = noun?.cls === NounClass.People || noun?.cls === NounClass.Casualty;
    if (q.weak && !people) return undefined;
    if (noun?.cls === NounClass.Money) return done('money', noun.index);
    if (people && noun) return done(noun.cls === NounClass.Casualty ? 'casualties' : 'people', noun.index);
    if (noun) return STAT_NOUNS.has(tokens[noun.index]?.lower ?? '') ? done('total', noun.index) : undefined;
    // "Thousands fled": a vague count with no noun; "thousands of them" says too little.
    if (tokens[last]?.lower === 'of') return undefined;
    return done(incidentAfter(text, tokens, last + 1) ? 'casualties' : 'total', last);
  }
  const small = q.value < 100 && !q.scaled;
  // "the two victims", "their three children": a back-reference, not a count.
  if (small && prev && DEFINITE.has(prev.lower)) return undefined;
  const word = wordBefore(tokens, q.first);
  const casualtyBefore = word !== undefined && INCIDENT_BEFORE.has(word.lower);
  if (noun && (noun.cls === NounClass.Casualty || noun.cls === NounClass.People)) {
    const incident = noun.cls === NounClass.Casualty || casualtyBefore || incidentAfter(text, tokens, noun.index + 1);
    if (incident && q.value >= 2) return done('casualties', noun.index);
    if (q.value >= 100 || q.scaled) return done('people', noun.index);
    return undefined;
  }
  if (q.yearLike) return undefined;
  if (noun?.cls === NounClass.Other) return q.value >= 1000 || q.scaled ? done('total', noun.index) : undefined;
  if (noun?.cls === NounClass.Money) return undefined;
  // No noun: "killing 12", "12 died", "the toll rose to 40", "rose to 14,000", "two million".
  if (q.value >= 2 && (casualtyBefore || incidentAfter(text, tokens, last + 1))) return done('casualties', last);
  // "34220 Viceroy", "2269 Serra": a street number.
  if (after && afterSpaced && isCapitalized(after)) return undefined;
  if (measureBefore(tokens, q.first) && (!q.spelled || q.scaled)) return done(q.value >= 1000 ? 'total' : 'rate', last);
  if (q.scaled || q.grouped || q.value >= 10000) return done('total', last);
  return undefined;
}

/** Whether a word follows the figure directly, as in "a $5,000 reward". */
function attributiveNoun(text: string, tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && spaced(text, tokens, k) && !FUNCTION.has(t.lower) && !/\d/.test(t.text) && t.lower !== 'worth';
}

/**
 * A figure used as an adjective counts only before a noun of change or
 * balance: "an 18 per cent rise", "a $2 million loss", "a 7.2% unemployment rate".
 */
function attributiveStatistic(text: string, tokens: Token[], k: number, before: Token | undefined): boolean {
  if (!before || !ARTICLES.has(before.lower) || !attributiveNoun(text, tokens, k)) return true;
  for (let j = k; j < k + 3 && j < tokens.length; j++) {
    const t = tokens[j];
    if (!t || (j > k && !spaced(text, tokens, j))) break;
    if (CHANGE_NOUNS.has(t.lower)) return true;
    if (FUNCTION.has(t.lower)) break;
  }
  return false;
}

function readFraction(text: string, tokens: Token[], i: number): { figure: Figure; last: number } | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let j: number;
  let half = false;
  if (FRACTION_COMPOUND.test(t.lower)) {
    j = i;
    half = t.lower.endsWith('half');
  } else if (t.lower === 'half') {
    const prev = tokens[i - 1]?.lower ?? '';
    if (prev === 'first' || prev === 'second' || prev === 'the' || prev === 'last') return undefined;
    j = i;
    half = true;
  } else if (
    (t.lower === 'a' || t.lower === 'one' || spelledValue(t.lower) !== undefined) &&
    FRACTIONS.has(tokens[i + 1]?.lower ?? '')
  ) {
    if (!spaced(text, tokens, i + 1)) return undefined;
    const word = tokens[i + 1]?.lower ?? '';
    const plural = word.endsWith('s') && word !== 'halves';
    // "one third", "two thirds", "a third": but "the third" is an ordinal.
    if ((t.lower === 'a' || t.lower === 'one') === plural) return undefined;
    j = i + 1;
    half = word.startsWith('hal');
  } else {
    return undefined;
  }
  if (tokens[j + 1]?.lower !== 'of' || !spaced(text, tokens, j + 1)) return undefined;
  const noun = findNoun(text, tokens, j + 1) ?? headAfterOf(text, tokens, j + 2);
  const nounTok = noun ? tokens[noun.index] : undefined;
  // "half of them", "a third of all": no noun, no statistic.
  if (!noun || !nounTok || noun.cls === NounClass.Excluded) return undefined;
  const people = noun.cls === NounClass.People || noun.cls === NounClass.Casualty;
  // "half of the voters", "a third of the budget", "a fourth of the nation's trucks"; not "two thirds of the race".
  if (!people && !HALF_OF.has(nounTok.lower) && (half || noun.cls !== NounClass.Other)) return undefined;
  return { figure: { start: t.start, end: nounTok.end, kind: 'fraction' }, last: noun.index };
}

/** The first word after "of the" when findNoun found no counted noun: "a third of the city". */
function headAfterOf(text: string, tokens: Token[], from: number): { index: number; cls: NounClass } | undefined {
  for (let j = from; j < tokens.length && j < from + 3; j++) {
    const t = tokens[j];
    if (!t || !spaced(text, tokens, j)) return undefined;
    if (DETERMINERS.has(t.lower) || /['’]s$/.test(t.lower)) continue;
    if (FUNCTION.has(t.lower) || /\d/.test(t.text)) return undefined;
    return { index: j, cls: nounClass(t) };
  }
  return undefined;
}

/**
 * Words that name or point to a source: reporting verbs, "according to", and
 * the nouns of sourced figures ("data", "survey", "census"). "an estimated"
 * is no source: it hides who estimated. "claimed" in "claimed 40 lives" is
 * the figure's own verb, not a source.
 */
const ATTRIBUTION = new RegExp(
  [
    String.raw`\baccording\s+to\b`,
    String.raw`\b(?:said|says|say|saying|told|tells?|telling|stated|testified|testimony)\b`,
    String.raw`\b(?:reported|reports?|reporting|announced|announces|announcement|cited|cites|citing|quoted)\b`,
    String.raw`(?<!\b(?:an|the)\s+)\bestimated\b|\bestimat(?:es?|ing|ion)\b`,
    String.raw`\b(?:data|figures|statistics|surveys?|surveyed|census|polls?|polled|study|studies|records)\b`,
    String.raw`\b(?:documentation|documents|documented|confirm|confirms|confirmed|confirming|showed|shows)\b`,
    String.raw`\bclaim(?:s|ed)?\b(?!\s+(?:the\s+lives|\S+\s+lives|lives))`,
    String.raw`\b(?:acknowledged|disclosed|revealed|published|noted|wrote|writes|predicted|predicts|projected|projections?)\b`,
    String.raw`\b(?:forecasts?|calculated|calculates|counted|tallied|spokes(?:man|woman|person)|sources?)\b`,
    String.raw`\b(?:indicated|indicates|insisted|asserted|declared|warned|admitted|explained)\b`,
    // "Hemphill added," / "he added": but not "the economy added 200,000 jobs".
    String.raw`\badded\s*[,.;:"”]|\b(?:he|she|they|we|I)\s+added\b`,
    // Official acts name their actor: "the council approved $4.5 million", "Kennedy proposed".
    String.raw`\b(?:proposed|proposes|proposal|recommended|recommends|requested|approved|voted|budgeted|authorized|appropriated|allocated|awarded|offered|submitted|filed)\b`,
    String.raw`\b(?:called|calls|asked|asks)\s+for\b|\b(?:expressed|suggested|suggests|expects|credited|accused|alleged|alleges)\b`,
    // An agent that is an expert or an institution: "placed on it by the state's expert".
    String.raw`\bby\s+(?:the\s+|a\s+|an\s+)?(?:[\w'’-]+\s+){0,3}?(?:experts?|analysts?|economists?|officials?|police|authorities|agency|ministry|department|bureau|office|commission|committee|institute|researchers?|scientists?|auditors?|assessors?|appraisers?)\b`,
    // A document as the subject: "the plan would", "the law requires", "the bill provides".
    String.raw`\b(?:plan|proposal|bill|measure|legislation|law|budget|program|programme|agreement|contract|treaty|deal|resolution|ordinance|amendment|regulation)s?\s+(?:\w+\s+)?(?:would|will|calls\s+for|provides?|requires?|allows?|sets?|authorizes?|entails?)\b`,
  ].join('|'),
  'i',
);
/**
 * Case matters here. "per the agency", "per Eurostat": but not "per cent" or "per hour".
 * A named agent: "was presented ... by Governor Notte", "were counted by the Red Cross";
 * but not "were killed by the storm".
 */
const CASED_SOURCE =
  /\b[Pp]er\s+(?:the\s|an?\s|\p{Lu})|\b(?:was|were|is|are|been)\s+(?:\p{L}+\s+)?\p{L}+ed\s+by\s+(?:the\s+)?\p{Lu}/u;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A matcher for the user's extra cues: each one literal and case-insensitive,
 * bounded by non-word characters where it starts or ends with a letter or digit.
 */
export function cueMatcher(cues: readonly string[]): RegExp | undefined {
  const parts = cues
    .map((c) => c.trim())
    .filter((c) => c.length > 0)
    .map((c) => {
      const body = escapeRegExp(c).replace(/\s+/g, '\\s+');
      const head = /^[\p{L}\p{N}]/u.test(c) ? '(?<![\\p{L}\\p{N}])' : '';
      const tail = /[\p{L}\p{N}]$/u.test(c) ? '(?![\\p{L}\\p{N}])' : '';
      return head + body + tail;
    });
  return parts.length ? new RegExp(parts.join('|'), 'iu') : undefined;
}

/** Whether a sentence names or points to a source. */
export function hasAttribution(sentence: string, extra?: RegExp): boolean {
  return ATTRIBUTION.test(sentence) || CASED_SOURCE.test(sentence) || (extra !== undefined && extra.test(sentence));
}

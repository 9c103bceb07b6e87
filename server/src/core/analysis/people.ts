/**
 * People and their titles: "Russian President Vladimir Putin", "then-US
 * President Trump", "Gov. Price Daniel", "Mr. Smith". One pass over the prose
 * paragraphs (headings are skipped: title case makes every word look like a
 * name), then mentions are grouped into people by name.
 */
import type { LintCache } from '../cache';
import type { Article, Line, Paragraph } from '../article';
import type { Span } from '../types';
import { detach } from '../text';

/** An office as compared: `head` is the canonical office, `prefixes` (deputy, vice...) make a different office. */
export interface Office {
  head: string;
  prefixes: string;
  /** Portfolio or branch: "foreign" in "Foreign Minister", "state" in "Secretary of State". Empty when none. */
  spec: string;
  courtesy: boolean;
  /**
   * A customary honorific: a title people keep using after they leave the post, or use as a form of
   * address ("Judge Smith" for a chairman who was once a judge, "Coach Lee", "Professor Ray").
   */
  honorific: boolean;
  /** Set by titles such as Queen, Mrs. or Congressman; empty otherwise. */
  gender: Gender | '';
}

export type Gender = 'f' | 'm';

export type ModifierKind = 'former' | 'then' | 'late' | 'acting' | 'outgoing' | 'incoming' | 'retired' | 'elect' | 'designate';

export interface Modifier extends Span {
  kind: ModifierKind;
  /** `word`: "former President"; `prefix`: "then-US"; `suffix`: "President-elect". */
  form: 'word' | 'prefix' | 'suffix';
  /** The modifier as written, without the hyphen or the following space ("the late" keeps its article). */
  text: string;
}

export interface Mention extends Span {
  /** The person's name as written (possessive ending removed). */
  name: Span & { text: string };
  /** Lowercase last name (the last name word that is not a suffix or an initial). */
  surname: string;
  /** Lowercase "first last [suffix]" when the mention gives at least two names. */
  fullKey: string | undefined;
  title: (Span & { text: string; office: Office }) | undefined;
  modifiers: Modifier[];
  /** Where qualifiers or modifiers start ("Russian", "then-"), or the title's start. */
  prefixStart: number;
  quoted: boolean;
}

export interface Person {
  /** Display name: the first full name given, else the surname as written. */
  name: string;
  fullKey: string | undefined;
  surname: string;
  mentions: Mention[];
}

export interface PeopleAnalysis {
  mentions: Mention[];
  people: Person[];
}

// ---------------------------------------------------------------------------
// Vocabulary

interface TitleEntry {
  head: string;
  prefixes?: string;
  courtesy?: boolean;
  honorific?: boolean;
  gender?: Gender;
}

const TITLES = new Map<string, TitleEntry>();
function titles(head: string, forms: string, extra: Omit<TitleEntry, 'head'> = {}): void {
  for (const form of forms.split(',')) TITLES.set(form.trim(), { head, ...extra });
}
// Keys: lowercase words without their final period, joined by one space.
titles('president', 'president,pres');
titles('president', 'vice president,vice-president,vice pres', { prefixes: 'vice' });
titles('prime minister', 'prime minister,premier');
titles('chancellor', 'chancellor');
titles('secretary', 'secretary,sec,secy');
titles('secretary-general', 'secretary-general,secretary general');
titles('senator', 'senator,sen');
titles('representative', 'representative,rep,congressmember');
titles('representative', 'congressman', { gender: 'm' });
titles('representative', 'congresswoman', { gender: 'f' });
titles('governor', 'governor,gov');
titles('governor', 'lieutenant governor,lt gov,lt governor,lieut gov', { prefixes: 'lieutenant' });
titles('governor-general', 'governor-general,governor general,gov gen');
titles('mayor', 'mayor');
titles('judge', 'judge', { honorific: true });
titles('justice', 'justice');
titles('chief justice', 'chief justice');
titles('chief judge', 'chief judge');
titles('magistrate', 'magistrate');
titles('general', 'general,gen');
titles('general', 'lieutenant general,lt gen', { prefixes: 'lieutenant' });
titles('general', 'major general,maj gen', { prefixes: 'major' });
titles('general', 'brigadier general,brig gen', { prefixes: 'brigadier' });
titles('colonel', 'colonel,col');
titles('colonel', 'lieutenant colonel,lt col', { prefixes: 'lieutenant' });
titles('major', 'maj');
titles('captain', 'captain,capt');
titles('lieutenant', 'lieutenant,lt,lieut');
titles('sergeant', 'sergeant,sgt');
titles('corporal', 'corporal,cpl');
titles('private', 'pvt');
titles('admiral', 'admiral,adm');
titles('admiral', 'rear admiral,rear adm', { prefixes: 'rear' });
titles('commander', 'commander,cmdr,cmdr');
titles('marshal', 'marshal');
titles('minister', 'minister');
titles('king', 'king', { gender: 'm' });
titles('queen', 'queen', { gender: 'f' });
titles('prince', 'prince,crown prince', { gender: 'm' });
titles('princess', 'princess,crown princess', { gender: 'f' });
titles('emperor', 'emperor', { gender: 'm' });
titles('empress', 'empress', { gender: 'f' });
titles('pope', 'pope');
titles('cardinal', 'cardinal');
titles('archbishop', 'archbishop,abp');
titles('bishop', 'bishop,bp');
titles('rabbi', 'rabbi', { honorific: true });
titles('imam', 'imam', { honorific: true });
titles('reverend', 'reverend,rev', { honorific: true });
titles('monsignor', 'monsignor,msgr', { honorific: true });
titles('chair', 'chairperson,chair');
titles('chair', 'chairman', { gender: 'm' });
titles('chair', 'chairwoman', { gender: 'f' });
titles('ceo', 'ceo,chief executive,chief executive officer');
titles('ambassador', 'ambassador,amb', { honorific: true });
titles('envoy', 'envoy');
titles('speaker', 'speaker');
titles('attorney general', 'attorney general,attorney-general,atty gen');
titles('solicitor general', 'solicitor general');
titles('surgeon general', 'surgeon general');
titles('inspector general', 'inspector general');
titles('postmaster general', 'postmaster general');
titles('district attorney', 'district attorney,dist atty');
titles('commissioner', 'commissioner,comr,commr');
titles('sheriff', 'sheriff');
titles('chief', 'chief');
titles('superintendent', 'superintendent,supt');
titles('inspector', 'inspector,insp');
titles('detective', 'detective,det');
titles('director', 'director');
titles('leader', 'leader');
titles('professor', 'professor,prof', { honorific: true });
titles('treasurer', 'treasurer');
titles('comptroller', 'comptroller,controller');
titles('alderman', 'alderman');
titles('council member', 'councilor,councillor,council member,councilmember');
titles('council member', 'councilman', { gender: 'm' });
titles('council member', 'councilwoman', { gender: 'f' });
titles('assembly member', 'assembly member');
titles('assembly member', 'assemblyman', { gender: 'm' });
titles('assembly member', 'assemblywoman', { gender: 'f' });
titles('coach', 'coach', { honorific: true });
titles('first lady', 'first lady', { gender: 'f' });
titles('first gentleman', 'first gentleman', { gender: 'm' });
titles('patrolman', 'patrolman', { gender: 'm' });
// Courtesy titles and honorifics: never a conflict.
titles('mr', 'mr,mister', { courtesy: true, gender: 'm' });
titles('mrs', 'mrs', { courtesy: true, gender: 'f' });
titles('ms', 'ms,miss', { courtesy: true, gender: 'f' });
titles('mx', 'mx', { courtesy: true });
titles('dr', 'dr,doctor', { courtesy: true });
titles('sir', 'sir,lord,herr', { courtesy: true, gender: 'm' });
titles('dame', 'dame,lady,mme,mlle,frau', { courtesy: true, gender: 'f' });
titles('sheikh', 'sheikh,messrs', { courtesy: true });
const MAX_TITLE_WORDS = 4;
/** Every title and every leading part of one ("prime", "prime minister"), for early exits. */
const TITLE_PREFIXES = new Set<string>();
for (const key of TITLES.keys()) {
  const words = key.split(' ');
  for (let n = 1; n <= words.length; n++) TITLE_PREFIXES.add(words.slice(0, n).join(' '));
}

/** Words that make a different office when they precede a title: "Deputy Prime Minister". */
const OFFICE_PREFIXES = new Set(['deputy', 'vice', 'assistant', 'associate', 'under', 'executive', 'senior', 'principal']);
/** Heads that take a portfolio: "Foreign Minister", "Secretary of State". */
const SPEC_HEADS = new Set(['minister', 'secretary', 'director', 'chief', 'leader', 'commissioner', 'chancellor', 'chair']);
const SPEC_WORDS = new Set(
  (
    'foreign defence defense finance interior health home trade energy education economy economic justice labor labour ' +
    'commerce treasury state press transport transportation agriculture environment culture housing immigration war navy ' +
    'army majority minority opposition floor police fire industry development digital security veterans homeland cabinet ' +
    'communications information sports tourism budget planning exchequer affairs human services urban the and air force'
  ).split(' '),
);
const SPEC_DROP = new Set(['the', 'and', 'affairs']);
const SPEC_ALIASES: Record<string, string> = { defence: 'defense', labour: 'labor', transport: 'transportation' };

const MODIFIERS: Record<string, ModifierKind> = {
  former: 'former',
  ex: 'former',
  then: 'then',
  late: 'late',
  acting: 'acting',
  interim: 'acting',
  outgoing: 'outgoing',
  incoming: 'incoming',
  retired: 'retired',
  elect: 'elect',
  nominate: 'elect',
  designate: 'designate',
};
/**
 * `MODIFIERS` as a map, for the modifier words before a title: an object read by a computed key made V8 drop the
 * optimised token maker the first time a new key came (a -designate after a -elect), and compile it again.
 */
const MODIFIER_KINDS = new Map(Object.entries(MODIFIERS));
/** Modifiers written as a separate word before the title. */
const WORD_MODIFIERS = new Set(['former', 'late', 'acting', 'interim', 'outgoing', 'incoming', 'retired']);

/** Abbreviations whose period belongs to the word. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr sen rep gov gen col lt capt sgt maj adm cmdr rev hon pres supt insp atty dist prof jr sr st mt ft ' +
    'sec secy amb brig cpl pvt det comr commr messrs mme mlle msgr lieut bp abp'
  ).split(' '),
);
const NAME_SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);
const PARTICLES = new Set('de da di del della van von der den le la du bin ibn al el dos das ter y'.split(' '));

/** Capitalised words that are not names (sentence openers, time words). They end qualifiers and names. */
const COMMON = new Set(
  (
    'the a an and but or nor if when while after before since as at in on of for with by from to into onto then than ' +
    'yesterday today tonight tomorrow this that these those his her its their our my your we he she it they i you there ' +
    'here however meanwhile also both even still so yet now last next during under among according although though ' +
    'because whether where which who whom whose what why how all some many most each every no not only just later earlier ' +
    'once again instead despite amid amidst over through until unless upon without within between against toward towards ' +
    'about above below across along around behind beyond like unlike near off out up down is was are were be been will ' +
    'would could should may might must can did do does had has have said says asked told added noted meanwhile ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march july september october november ' +
    'december jan feb mar apr jun jul aug sep sept oct nov dec'
  ).split(' '),
);
/** Words that end a name: "President Kennedy Administration" is not a person named "Kennedy Administration". */
const NOT_NAME = new Set(
  (
    'administration administrations cabinet committee commission department office government court council party ' +
    'plan doctrine era library center centre airport foundation institute bridge avenue boulevard building memorial ' +
    'hospital school university college motors electric dynamics mills assembly corp corporation company co inc ltd ' +
    'bank fund act amendment award prize trophy cup league conference convention summit agreement treaty accord program ' +
    'programme project county city province district cathedral palace senate congress parliament ministry army navy ' +
    'corps agency bureau authority board union association society club team group tower towers hotel museum theater ' +
    'theatre river island islands highway expressway freeway canal stadium station square boulevard administration’s ' +
    'government’s doctrine’s day week month year years lounge restaurant cafe inn'
  ).split(' '),
);

// ---------------------------------------------------------------------------
// Tokens

/**
 * A paragraph's tokens as parallel arrays (the scan's form): token `i` is [start[i], end[i]) of `text`, with its
 * word-list bits and its state (`IS_CAPITAL`, `IS_POSSESSIVE`, `IS_JOINED`, `HAS_PERIOD`, a then-/ex- prefix, an -elect
 * suffix) in `flags[i]`. Core's
 * tokenizer (`core/tokens.ts`) reads other words: "Gov." and "J." keep their period here, "then-" and "-elect" are
 * cut off as modifiers, a possessive ending is dropped, and only the runs of joined words that can hold a mention
 * are read. One object per word was most of what the people analysis allocated; here a token is three numbers, and
 * its lowercase key (`keyOf`) and its modifiers (`prefixOf`, `suffixOf`) are a string and objects only where asked for.
 */
export class Tokens {
  length = 0;
  start: Int32Array;
  end: Int32Array;
  flags: Int32Array;
  /** The lowercase key, when made: for a word in some word list, or when asked for (`keyOf`). */
  keys: (string | undefined)[];

  text: string;
  /**
   * The part of `text` the scan reads: a paragraph read in place in the document's text ([floor, limit), a line break
   * or nothing on either side), or the whole of a text of its own.
   */
  floor = 0;
  limit: number;
  /**
   * The next capital anchor and the next hyphen at or after a position, as last searched in `text` (`searchedFrom`,
   * `capitalAt` / `hyphenFrom`, `hyphenAt`; -1: none up to the text's end): the search for a paragraph's first one
   * runs on past its end into the paragraphs after it, and what it found there serves them, so that the document is
   * searched once however many paragraphs have none.
   */
  capitalFrom = 0;
  capitalAt = -2;
  hyphenFrom = 0;
  hyphenAt = -2;

  constructor(text: string, capacity = 16) {
    this.text = text;
    this.limit = text.length;
    this.start = new Int32Array(capacity);
    this.end = new Int32Array(capacity);
    this.flags = new Int32Array(capacity);
    this.keys = new Array<string | undefined>(capacity).fill(undefined);
  }

  /** Reads `text`, all of it, from now on (what the searches found in another text is forgotten). */
  setText(text: string): void {
    this.text = text;
    this.floor = 0;
    this.limit = text.length;
    this.capitalAt = -2;
    this.hyphenAt = -2;
  }

  /** Room for token `n`. */
  reserve(n: number): void {
    if (n >= this.start.length) this.grow();
  }

  /** Twice the room (kept apart from `reserve`: a closure there made V8 allocate a context at every call). */
  private grow(): void {
    const size = Math.max(16, this.start.length * 2);
    this.start = widened(this.start, size);
    this.end = widened(this.end, size);
    this.flags = widened(this.flags, size);
    for (let k = this.keys.length; k < size; k++) this.keys.push(undefined);
  }
}

function widened(a: Int32Array, size: number): Int32Array {
  const b = new Int32Array(size);
  b.set(a);
  return b;
}

/** A token as an object: the tests' view of `Tokens` (`tokenList`). */
export interface Token extends Span {
  /** The word without a possessive ending and without a then-/ex- prefix or -elect suffix. */
  text: string;
  /** Lowercase, final period removed. */
  key: string;
  /** Which of the word lists `key` is in (`IN_TITLE_PREFIXES`...), `IS_INITIAL` and `NAME_LIKE`. */
  flags: number;
  capital: boolean;
  possessive: boolean;
  prefix: Modifier | undefined;
  suffix: Modifier | undefined;
  /** Only spaces (and, in wrapped prose, a line break) separate this token from the previous one. */
  joined: boolean;
  /** Every character of the word before its possessive ending (its modifiers included) is ASCII. */
  ascii: boolean;
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’.-][\p{L}\p{M}\p{N}]+)*/gu;

/** Bits of a token's flags: which word lists its key is in. */
const IN_TITLE_PREFIXES = 1;
const IN_OFFICE_PREFIXES = 2;
const IN_SPEC_WORDS = 4;
const IN_COMMON = 8;
const IN_NOT_NAME = 16;
/** The word is an initial: "J." */
const IS_INITIAL = 32;
/** Capitalised, the word would be a name word: not common, not an institution, not a number, not "R-Texas". */
const NAME_LIKE = 64;
const IN_NAME_SUFFIXES = 128;
const IN_PARTICLES = 256;
const IN_WORD_MODIFIERS = 512;
const IN_ABBREVIATIONS = 1024;
/** A word after the first of a title of several ("minister", "officer", "member"). */
const IN_TITLE_TAILS = 2048;
/** The bits of the word lists and of what the word is, as `Token.flags` gives them. */
const WORD_BITS = 4095;
/** Bits of a token's state. */
const IS_CAPITAL = 4096;
const IS_POSSESSIVE = 8192;
const IS_JOINED = 16384;
/** The period after the word was taken into it ("Gov.", "J."): the key ends before `end - 1`. */
const HAS_PERIOD = 32768;
/** A letter and a period ("J.", "é."). */
const IS_LETTER_INITIAL = 65536;
/** A then- or ex- prefix before the word (`prefixOf`). */
const PREFIX_THEN = 1 << 17;
const PREFIX_EX = 1 << 18;
const HAS_PREFIX = PREFIX_THEN | PREFIX_EX;
/** An -elect, -nominate or -designate suffix after the word (`suffixOf`). */
const SUFFIX_ELECT = 1 << 19;
const SUFFIX_NOMINATE = 1 << 20;
const SUFFIX_DESIGNATE = 1 << 21;
const HAS_SUFFIX = SUFFIX_ELECT | SUFFIX_NOMINATE | SUFFIX_DESIGNATE;
/** Every character of the word is ASCII: its normalised name is its key (`nameKeyOf`). */
const IS_ASCII = 1 << 22;

const TITLE_TAILS = new Set<string>();
for (const key of TITLES.keys()) {
  const words = key.split(' ');
  for (let n = 1; n < words.length; n++) TITLE_TAILS.add(words[n] as string);
}
const WORD_LISTS = new Map<string, number>();
for (const [set, bit] of [
  [TITLE_PREFIXES, IN_TITLE_PREFIXES],
  [OFFICE_PREFIXES, IN_OFFICE_PREFIXES],
  [SPEC_WORDS, IN_SPEC_WORDS],
  [COMMON, IN_COMMON],
  [NOT_NAME, IN_NOT_NAME],
  [NAME_SUFFIXES, IN_NAME_SUFFIXES],
  [PARTICLES, IN_PARTICLES],
  [WORD_MODIFIERS, IN_WORD_MODIFIERS],
  [ABBREVIATIONS, IN_ABBREVIATIONS],
  [TITLE_TAILS, IN_TITLE_TAILS],
] as const) {
  for (const key of set) WORD_LISTS.set(key, (WORD_LISTS.get(key) ?? 0) | bit);
}
/**
 * The keys of `WORD_LISTS` as a trie read along an ASCII word in the text, its capitals as lowercase: a word is
 * looked up without being cut out, lowercased or hashed (that was the people scan's most expensive line), most words
 * leave it at their first or second letter, and a word found takes the key's own string. `KEY_COLUMNS` numbers the
 * characters the keys use (-1: none does); a state's row is `KEY_COLUMN_COUNT` wide, 0 is "no key goes on so", the
 * root is state 1.
 */
const KEY_COLUMNS = new Int8Array(128).fill(-1);
let KEY_COLUMN_COUNT = 0;
/** The keys a token can have: one word (the titles of several words are also keys, for `lookupTitle`). */
const WORD_KEYS = [...WORD_LISTS.keys()].filter((key) => !key.includes(' '));
for (const key of WORD_KEYS) {
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c < 128 && KEY_COLUMNS[c] === -1) KEY_COLUMNS[c] = KEY_COLUMN_COUNT++;
  }
}
for (let c = 65; c <= 90; c++) KEY_COLUMNS[c] = KEY_COLUMNS[c + 32] as number;
const KEY_TRIE = buildKeyTrie();

interface KeyTrie {
  /** Under 65,536 states (about 1,500). */
  next: Uint16Array;
  /** The key that ends at a state, else undefined. */
  keys: (string | undefined)[];
  /** Its `WORD_LISTS` bits. */
  flags: Int32Array;
}

function buildKeyTrie(): KeyTrie {
  const next: number[] = new Array<number>(2 * KEY_COLUMN_COUNT).fill(0);
  const keys: (string | undefined)[] = [undefined, undefined];
  for (const key of WORD_KEYS) {
    let state = 1;
    let i = 0;
    for (; i < key.length; i++) {
      const c = key.charCodeAt(i);
      // A key with a character outside ASCII (a curly apostrophe) is found through the slow path only.
      if (c >= 128) break;
      const at = state * KEY_COLUMN_COUNT + (KEY_COLUMNS[c] as number);
      if (!next[at]) {
        next[at] = keys.length;
        keys.push(undefined);
        for (let k = 0; k < KEY_COLUMN_COUNT; k++) next.push(0);
      }
      state = next[at];
    }
    if (i === key.length) keys[state] = key;
  }
  const flags = new Int32Array(keys.length);
  for (let s = 0; s < keys.length; s++) {
    const key = keys[s];
    if (key !== undefined) flags[s] = WORD_LISTS.get(key) ?? 0;
  }
  if (keys.length > 0xffff) throw new Error('people: too many word-list states');
  return { next: Uint16Array.from(next), keys, flags };
}

/** The state `KEY_TRIE` reaches along [from, to) of `text` (ASCII), capitals read as lowercase; 0 when no key goes so. */
function keyState(text: string, from: number, to: number): number {
  let state = 1;
  for (let i = from; i < to && state !== 0; i++) {
    const column = KEY_COLUMNS[text.charCodeAt(i)] as number;
    state = column < 0 ? 0 : (KEY_TRIE.next[state * KEY_COLUMN_COUNT + column] as number);
  }
  return state;
}

/** The `WORD_LISTS` bits of `key` (0: in no list). Exported for the tests' reference token maker. */
export function wordListFlags(key: string): number {
  return WORD_LISTS.get(key) ?? 0;
}

/**
 * Whether `word` (lowercase ASCII) is written at `at` of `text` in any case, as an expression with the flags `iu`
 * reads it: a capital, or the long s (U+017F) for "s" (the Kelvin sign, the one other character that folds to an
 * ASCII letter, is for "k", which no modifier has).
 */
function startsWithFolded(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = text.charCodeAt(at + i);
    if ((c >= 65 && c <= 90 ? c + 32 : c === 0x17f ? 115 : c) !== word.charCodeAt(i)) return false;
  }
  return true;
}

/**
 * The length of a then-/ex- prefix that starts the word [from, to) ("then-", "ex-", in any case, a letter after
 * it), or 0: `/^(then|ex)-(?=\p{L})/iu` on the word (no character folds to these letters but their capitals).
 */
function modifierPrefixLength(text: string, from: number, to: number): number {
  const n =
    to - from > 5 && startsWithFolded(text, from, 'then-') ? 5 : to - from > 3 && startsWithFolded(text, from, 'ex-') ? 3 : 0;
  return n > 0 && categoriesAt(text, from + n) & C_LETTER ? n : 0;
}

/** The suffixes of `modifierSuffixLength`, with their hyphen. */
const MODIFIER_SUFFIXES = ['-elect', '-designate', '-nominate'];

/**
 * The length of an -elect, -designate or -nominate suffix that ends the word [from, to) (in any case, a letter before
 * it), or 0: `/(?<=\p{L})-(elect|designate|nominate)$/iu` on the word.
 */
function modifierSuffixLength(text: string, from: number, to: number): number {
  for (let k = 0; k < MODIFIER_SUFFIXES.length; k++) {
    const suffix = MODIFIER_SUFFIXES[k] as string;
    const at = to - suffix.length;
    if (at > from && startsWithFolded(text, at, suffix) && categoriesBefore(text, at) & C_LETTER) return suffix.length;
  }
  return 0;
}

/** Whether [from, to) of `text` is one letter (a surrogate pair is one character). */
function isSingleLetter(text: string, from: number, to: number): boolean {
  const n = to - from;
  return (n === 1 || (n === 2 && isPairAt(text, from))) && (categoriesAt(text, from) & C_LETTER) !== 0;
}

/**
 * Writes token `n` of `tk` for the word matched at [start, matchEnd) of its text (a period at `matchEnd`, before
 * `to`, joins an abbreviation or an initial); `IS_JOINED` is set by the caller. No string is made for a word of
 * ASCII characters whose length, first and last letter no listed key has (most of them). `run`: the `RUN_` bits of
 * the word as the scan read it (`anchorRunEnd`), or -1 (read here).
 */
function putToken(tk: Tokens, n: number, start: number, matchEnd: number, to: number, run: number): void {
  const text = tk.text;
  let wordStart = start;
  let wordEnd = matchEnd;
  let state = 0;
  if (
    matchEnd - start > 2 &&
    (text.charCodeAt(matchEnd - 1) | 32) === 115 &&
    (text.charCodeAt(matchEnd - 2) === 39 || text.charCodeAt(matchEnd - 2) === 0x2019)
  ) {
    state |= IS_POSSESSIVE;
    wordEnd -= 2;
    run = -1;
  }
  let hyphen = false;
  let period = false;
  let ascii = true;
  let found = 1;
  if (run >= 0) {
    // What the run holds was read along with it: the trie is walked only as far as some key goes.
    hyphen = (run & RUN_HYPHEN) !== 0;
    period = (run & RUN_PERIOD) !== 0;
    ascii = (run & RUN_NON_ASCII) === 0;
    for (let i = wordStart; i < wordEnd && found !== 0; i++) {
      const c = text.charCodeAt(i);
      const column = c < 128 ? (KEY_COLUMNS[c] as number) : -1;
      found = column < 0 ? 0 : (KEY_TRIE.next[found * KEY_COLUMN_COUNT + column] as number);
    }
  } else {
    // The word-list trie is walked in the same loop (`keyState`: most words leave it at their first letters).
    for (let i = wordStart; i < wordEnd; i++) {
      const c = text.charCodeAt(i);
      if (c === 45) hyphen = true;
      else if (c === 46) period = true;
      else if (c >= 128) ascii = false;
      if (found !== 0) {
        const column = c < 128 ? (KEY_COLUMNS[c] as number) : -1;
        found = column < 0 ? 0 : (KEY_TRIE.next[found * KEY_COLUMN_COUNT + column] as number);
      }
    }
  }
  if (hyphen) {
    // Lengths and bits, read from the text, not a match array and a modifier object: an index into a match, or any
    // step met first in optimised code (the text's first "then-"), made V8 drop the token maker.
    const prefixLength = modifierPrefixLength(text, wordStart, wordEnd);
    wordStart += prefixLength;
    const suffixLength = modifierSuffixLength(text, wordStart, wordEnd);
    wordEnd -= suffixLength;
    state |=
      (prefixLength === 5 ? PREFIX_THEN : prefixLength === 3 ? PREFIX_EX : 0) |
      (suffixLength === 6 ? SUFFIX_ELECT : suffixLength === 9 ? SUFFIX_NOMINATE : suffixLength === 10 ? SUFFIX_DESIGNATE : 0);
    if (prefixLength !== 0 || suffixLength !== 0) found = keyState(text, wordStart, wordEnd);
  }
  let key: string | undefined;
  let flags = 0;
  if (ascii) {
    // The same as looking up the lowercase word: an ASCII word's lowercase is its capitals made small.
    key = KEY_TRIE.keys[found];
    if (key !== undefined) flags = KEY_TRIE.flags[found] as number;
  } else {
    key = text.slice(wordStart, wordEnd).toLowerCase();
    flags = WORD_LISTS.get(key) ?? 0;
  }
  if (
    !(state & (IS_POSSESSIVE | HAS_SUFFIX)) &&
    wordEnd < to &&
    text.charCodeAt(wordEnd) === 46 &&
    (flags & IN_ABBREVIATIONS || isSingleLetter(text, wordStart, wordEnd) || period)
  ) {
    if (isSingleLetter(text, wordStart, wordEnd)) {
      state |= IS_LETTER_INITIAL;
      if (categoriesAt(text, wordStart) & C_UPPER) flags |= IS_INITIAL;
    }
    state |= HAS_PERIOD;
    wordEnd += 1;
  }
  const c0 = text.charCodeAt(wordStart);
  const kind = categoriesAt(text, wordStart);
  if (!(flags & (IN_COMMON | IN_NOT_NAME)) && !(kind & C_NUMBER) && !(hyphen && PARTY.test(text.slice(wordStart, wordEnd)))) {
    flags |= NAME_LIKE;
  }
  if (c0 < 128 ? c0 >= 65 && c0 <= 90 : (kind & C_UPPER) !== 0) state |= IS_CAPITAL;
  if (ascii) state |= IS_ASCII;
  tk.reserve(n);
  tk.start[n] = wordStart;
  tk.end[n] = wordEnd;
  tk.flags[n] = flags | state;
  tk.keys[n] = key;
}

function hasPrefix(tk: Tokens, i: number): boolean {
  return ((tk.flags[i] as number) & HAS_PREFIX) !== 0;
}

function hasSuffix(tk: Tokens, i: number): boolean {
  return ((tk.flags[i] as number) & HAS_SUFFIX) !== 0;
}

/** Token `i`'s then-/ex- prefix as a modifier (a new one at each call), or undefined. */
function prefixOf(tk: Tokens, i: number): Modifier | undefined {
  const f = tk.flags[i] as number;
  if (!(f & HAS_PREFIX)) return undefined;
  const length = f & PREFIX_THEN ? 5 : 3;
  const start = (tk.start[i] as number) - length;
  const text = tk.text.slice(start, start + length - 1);
  return { kind: MODIFIER_KINDS.get(text.toLowerCase()) ?? 'former', form: 'prefix', start, end: start + length, text };
}

/** Token `i`'s -elect, -nominate or -designate suffix as a modifier (a new one at each call), or undefined. */
function suffixOf(tk: Tokens, i: number): Modifier | undefined {
  const f = tk.flags[i] as number;
  if (!(f & HAS_SUFFIX)) return undefined;
  const length = f & SUFFIX_ELECT ? 6 : f & SUFFIX_NOMINATE ? 9 : 10;
  const start = tk.end[i] as number;
  const text = tk.text.slice(start + 1, start + length);
  // A long s makes no key ("-deſignate"): the kind is then "elect", as it always was.
  return { kind: MODIFIER_KINDS.get(text.toLowerCase()) ?? 'elect', form: 'suffix', start, end: start + length, text };
}

/** Token `i`'s lowercase key (the word without a period taken into it), made when first asked for. */
function keyOf(tk: Tokens, i: number): string {
  let key = tk.keys[i];
  if (key === undefined) {
    const end = (tk.end[i] as number) - ((tk.flags[i] as number) & HAS_PERIOD ? 1 : 0);
    key = tk.text.slice(tk.start[i], end).toLowerCase();
    tk.keys[i] = key;
  }
  return key;
}

/** Token `i`'s word as written (a period taken into it included). */
function wordOf(tk: Tokens, i: number): string {
  return tk.text.slice(tk.start[i], tk.end[i]);
}

/** The tokens of `tk` as objects. */
export function tokenList(tk: Tokens): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tk.length; i++) {
    const f = tk.flags[i] as number;
    out.push({
      start: tk.start[i] as number,
      end: tk.end[i] as number,
      text: wordOf(tk, i),
      key: keyOf(tk, i),
      flags: f & WORD_BITS,
      capital: (f & IS_CAPITAL) !== 0,
      possessive: (f & IS_POSSESSIVE) !== 0,
      prefix: prefixOf(tk, i),
      suffix: suffixOf(tk, i),
      joined: (f & IS_JOINED) !== 0,
      ascii: (f & IS_ASCII) !== 0,
    });
  }
  return out;
}

/** Whether only spaces (and, unless `breakLines`, line breaks) lie in [from, to) of `text`. */
function onlySpaces(text: string, from: number, to: number, breakLines: boolean): boolean {
  for (let i = from; i < to; i++) {
    if (!isJoiningSpace(text.charCodeAt(i), breakLines)) return false;
  }
  return true;
}

function isJoiningSpace(c: number, breakLines: boolean): boolean {
  return c === 32 || c === 0xa0 || c === 9 || ((c === 10 || c === 13) && !breakLines);
}

/**
 * Every match of the global expression `re` in `text` as a token (a period taken into an abbreviation is
 * skipped before the next match). The words of a title or a name from the options are read so, with `WORD`.
 */
export function tokensByExpression(text: string, re: RegExp, breakLines: boolean): Tokens {
  const tk = new Tokens(text);
  let prevEnd = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const matchEnd = m.index + m[0].length;
    const n = tk.length;
    putToken(tk, n, m.index, matchEnd, tk.limit, -1);
    if (prevEnd >= 0 && onlySpaces(text, prevEnd, m.index, breakLines)) tk.flags[n] = (tk.flags[n] as number) | IS_JOINED;
    prevEnd = Math.max(matchEnd, tk.end[n] as number);
    tk.length = n + 1;
    re.lastIndex = prevEnd;
  }
  return tk;
}

/**
 * The words a mention is built from start with a capital or a then-/ex- prefix ("anchors"); lowercase words of a
 * title or a name ("of", "the", "former", "van") count only beside them ("Secretary of State", "the late Pope",
 * "de la Cruz"). An anchor is not preceded by a word character or a hyphen, and runs on over an apostrophe, a period
 * or a hyphen with a word character after it. `CAPITAL` finds those that start with a capital; the few with a
 * then-/ex- prefix are found from the hyphens (an expression that also tried every "t" and "e" took three times as
 * long).
 */
const CAPITAL = /(?<![\p{L}\p{M}\p{N}-])\p{Lu}/gu;

/**
 * The start of the next anchor that starts with a capital, from `CAPITAL.lastIndex`, or -1. Read with `test`, which
 * makes no match array (one per capital was a quarter of what the people analysis allocated); the anchor runs on
 * from its capital as `anchorRunEnd` reads it.
 */
function nextCapital(text: string): number {
  if (!CAPITAL.test(text)) return -1;
  const after = CAPITAL.lastIndex;
  const c = text.charCodeAt(after - 1);
  return c >= 0xdc00 && c <= 0xdfff ? after - 2 : after - 1;
}

// Around an anchor the scan reads characters by their general categories, from a table filled as they are met.
const C_LETTER = 1;
const C_MARK = 2;
const C_NUMBER = 4;
const C_UPPER = 8;
const C_KNOWN = 16;
/** Letters, marks and numbers: the characters of a word. */
const C_WORD = C_LETTER | C_MARK | C_NUMBER;

function categories(ch: string): number {
  return (
    (/\p{L}/u.test(ch) ? C_LETTER : 0) |
    (/\p{M}/u.test(ch) ? C_MARK : 0) |
    (/\p{N}/u.test(ch) ? C_NUMBER : 0) |
    (/\p{Lu}/u.test(ch) ? C_UPPER : 0) |
    C_KNOWN
  );
}

/** The categories of each UTF-16 code unit outside the surrogates (0: not yet met; ASCII at once). */
const UNIT_CATEGORIES = new Uint8Array(0x10000);
for (let c = 0; c < 128; c++) UNIT_CATEGORIES[c] = categories(String.fromCharCode(c));
/** The categories of characters outside the Basic Multilingual Plane, by code point, as met. */
const ASTRAL_CATEGORIES = new Map<number, number>();

function unitCategories(c: number): number {
  let k = UNIT_CATEGORIES[c] as number;
  if (k === 0) {
    k = categories(String.fromCharCode(c));
    UNIT_CATEGORIES[c] = k;
  }
  return k;
}

function codePointCategories(code: number): number {
  let k = ASTRAL_CATEGORIES.get(code);
  if (k === undefined) {
    k = categories(String.fromCodePoint(code));
    ASTRAL_CATEGORIES.set(code, k);
  }
  return k;
}

/** The categories of the character at `i` (a surrogate pair is one character; a lone surrogate is none). */
function categoriesAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 0xd800 || c > 0xdfff) return unitCategories(c);
  const d = text.charCodeAt(i + 1);
  return c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? codePointCategories(text.codePointAt(i) as number) : C_KNOWN;
}

/** The categories of the character that ends at `i` (a surrogate pair is one character). */
function categoriesBefore(text: string, i: number): number {
  const c = text.charCodeAt(i - 1);
  if (c < 0xd800 || c > 0xdfff) return unitCategories(c);
  const h = i >= 2 ? text.charCodeAt(i - 2) : 0;
  return c >= 0xdc00 && h >= 0xd800 && h <= 0xdbff ? codePointCategories(text.codePointAt(i - 2) as number) : C_KNOWN;
}

/**
 * The lowercase words of a title or a name ("of", "the", "former", "van") as two tries over the letters a-z, one
 * read forwards and one backwards (from a word's end), so that a word is looked up without cutting it out of the
 * text, and most words are turned away at their first or second letter.
 */
const LOWERCASE_PARTS = ['of', 'for', 'the', 'and', ...WORD_MODIFIERS, ...PARTICLES];

interface Trie {
  /** `next[state * 26 + letter]`: the state after a letter, 0 when no word goes on so. The root is state 1. */
  next: Int32Array;
  /** Whether a word ends at a state. */
  ends: Uint8Array;
}

function buildTrie(words: readonly string[]): Trie {
  const next: number[] = new Array<number>(52).fill(0);
  const ends: number[] = [0, 0];
  for (const w of words) {
    let state = 1;
    for (let i = 0; i < w.length; i++) {
      const at = state * 26 + (w.charCodeAt(i) - 97);
      if (!next[at]) {
        next[at] = ends.length;
        ends.push(0);
        for (let k = 0; k < 26; k++) next.push(0);
      }
      state = next[at];
    }
    ends[state] = 1;
  }
  return { next: Int32Array.from(next), ends: Uint8Array.from(ends) };
}

const FORWARD = buildTrie(LOWERCASE_PARTS);
const BACKWARD = buildTrie(LOWERCASE_PARTS.map((w) => [...w].reverse().join('')));

function isAsciiLower(c: number): boolean {
  return c >= 97 && c <= 122;
}

/**
 * The end of a lowercase title or name word at `i` that no word character, apostrophe or hyphen follows before
 * `limit`, or -1.
 */
function lowercasePartEnd(text: string, i: number, limit: number): number {
  let state = 1;
  let r = i;
  for (; r < limit; r++) {
    const c = text.charCodeAt(r);
    if (!isAsciiLower(c)) break;
    state = FORWARD.next[state * 26 + c - 97] as number;
    if (state === 0) return -1;
  }
  if (!FORWARD.ends[state]) return -1;
  if (r < limit) {
    const c = text.charCodeAt(r);
    if (c === 39 || c === 0x2019 || c === 45 || categoriesAt(text, r) & C_WORD) return -1;
  }
  return r;
}

/**
 * The start of a lowercase title or name word that ends at `q` (the run of letters a-z that ends there, not before
 * `floor`), or -1.
 */
function lowercasePartStart(text: string, q: number, floor: number): number {
  let state = 1;
  let w = q;
  for (; w > floor; w--) {
    const c = text.charCodeAt(w - 1);
    if (!isAsciiLower(c)) break;
    state = BACKWARD.next[state * 26 + c - 97] as number;
    if (state === 0) return -1;
  }
  return BACKWARD.ends[state] ? w : -1;
}

/** Whether "then-" or "ex-" starts at `i`. */
function modifierPrefixAt(text: string, i: number): boolean {
  return text.startsWith('then-', i) || text.startsWith('ex-', i);
}

function isPairAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Only a high surrogate reads on: a read past the end (a word that ends the text) makes V8 drop optimised code.
  if (c < 0xd800 || c > 0xdbff) return false;
  const d = text.charCodeAt(i + 1);
  return d >= 0xdc00 && d <= 0xdfff;
}

/**
 * The end of the anchor with a then-/ex- prefix whose hyphen is at `hyphen`, or -1: "then"/"ex" not preceded by a
 * word character or a hyphen, a letter after the hyphen, and the word running on as `anchorRunEnd` reads it.
 */
function prefixedAnchorEnd(text: string, hyphen: number, floor: number, limit: number): number {
  const start =
    hyphen - 4 >= floor && text.startsWith('then', hyphen - 4)
      ? hyphen - 4
      : hyphen - 2 >= floor && text.startsWith('ex', hyphen - 2)
        ? hyphen - 2
        : -1;
  if (start < 0 || hyphen + 1 >= limit || !(categoriesAt(text, hyphen + 1) & C_LETTER)) return -1;
  if (start > floor && (text.charCodeAt(start - 1) === 45 || categoriesBefore(text, start) & C_WORD)) return -1;
  return anchorRunEnd(text, hyphen + 1, limit);
}

/** What `anchorRunEnd` met in a run: a hyphen, a period, a character outside ASCII (`putToken` reads them). */
const RUN_HYPHEN = 1;
const RUN_PERIOD = 2;
const RUN_NON_ASCII = 4;
/** The `RUN_` bits of the run the last `anchorRunEnd` read. */
let runBits = 0;

/**
 * The end of an anchor whose word characters run from `e` (before `limit`): on over an apostrophe, a period or a
 * hyphen with a word character after it. What it met is left in `runBits`.
 */
function anchorRunEnd(text: string, e: number, limit: number): number {
  let bits = 0;
  for (;;) {
    while (e < limit) {
      const c = text.charCodeAt(e);
      if (c < 128) {
        // ASCII (most characters) from the table at once: no surrogate to test for.
        if (!((UNIT_CATEGORIES[c] as number) & C_WORD)) break;
        e++;
      } else {
        if (!(categoriesAt(text, e) & C_WORD)) break;
        bits |= RUN_NON_ASCII;
        e += isPairAt(text, e) ? 2 : 1;
      }
    }
    if (e >= limit) break;
    const c = text.charCodeAt(e);
    if (!(c === 39 || c === 0x2019 || c === 46 || c === 45) || e + 1 >= limit || !(categoriesAt(text, e + 1) & C_WORD)) break;
    bits |= c === 45 ? RUN_HYPHEN : c === 46 ? RUN_PERIOD : c === 39 ? 0 : RUN_NON_ASCII;
    e++;
  }
  runBits = bits;
  return e;
}

/** The white space allowed between a lowercase title or name word and the word it goes with. */
function isLookaheadSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 13 || c === 10;
}

/**
 * Whether a lowercase title or name word ending at `r` goes with the word after it: white space, then a capital,
 * a then-/ex- prefix or another such lowercase word.
 */
function goesWithNext(text: string, r: number, limit: number): boolean {
  let q = r;
  while (q < limit && isLookaheadSpace(text.charCodeAt(q))) q++;
  if (q === r || q >= limit) return false;
  return (categoriesAt(text, q) & C_UPPER) !== 0 || modifierPrefixAt(text, q) || lowercasePartEnd(text, q, limit) >= 0;
}

/**
 * The tokens a mention can be built from in `text` (a paragraph): every run of joined tokens that holds an anchor
 * and more than one token. A token joined to neither neighbour cannot start or continue a mention (every step from
 * a token to the next asks whether the next is joined), nor can a run of lowercase words with no capital in it, so
 * neither is made. Anchors are found by `ANCHOR`; lowercase title and name words only beside an anchor's run.
 * `breakLines`: lines over 100 characters are not wrapped prose, and a line break keeps words apart there.
 */
export function paragraphTokens(text: string, breakLines: boolean): Tokens {
  return scanTokens(new Tokens(text), breakLines);
}

/**
 * `paragraphTokens` of the paragraph [start, end) of `text`, read in place (as a lint reads it when a line break or
 * nothing lies on either side), with offsets into `text`. For the tests.
 */
export function paragraphTokensAt(text: string, start: number, end: number, breakLines: boolean): Tokens {
  const tk = new Tokens(text);
  tk.floor = start;
  tk.limit = end;
  return scanTokens(tk, breakLines);
}

/**
 * The token the scan met last, held until it is known whether the next one is joined to it, and where the last token
 * met ends: one object for every paragraph (a closure over them was an allocation per paragraph).
 */
const held = { start: -1, end: 0, joined: false, made: false, lastEnd: -1, run: -1 };

/** The scan meets the word at [start, matchEnd) of `tk`'s text: the held token is kept if either is joined to it. */
function meet(tk: Tokens, start: number, matchEnd: number, breakLines: boolean, run: number): void {
  meetJoined(tk, start, matchEnd, held.lastEnd >= 0 && onlySpaces(tk.text, held.lastEnd, start, breakLines), run);
}

/** `meet`, told whether the word is joined to the last token met; `run` as `putToken` takes it. */
function meetJoined(tk: Tokens, start: number, matchEnd: number, joined: boolean, run: number): void {
  const text = tk.text;
  const limit = tk.limit;
  if (held.start >= 0 && (held.joined || joined)) {
    const n = tk.length;
    if (!held.made) putToken(tk, n, held.start, held.end, limit, held.run);
    if (held.joined) tk.flags[n] = (tk.flags[n] as number) | IS_JOINED;
    tk.length = n + 1;
  }
  // A period after the word may belong to it ("Gov.", "J."): then the token is needed to know. It is written in the
  // slot after the last token kept.
  held.made = matchEnd < limit && text.charCodeAt(matchEnd) === 46;
  if (held.made) putToken(tk, tk.length, start, matchEnd, limit, run);
  held.start = start;
  held.end = matchEnd;
  held.run = run;
  held.joined = joined;
  held.lastEnd = held.made ? Math.max(matchEnd, tk.end[tk.length] as number) : matchEnd;
}

/**
 * The first hyphen at or after `from` in `tk`'s text and before its limit, or -1. A search that finds none in the
 * paragraph runs on to the next hyphen after it, which the searches of the paragraphs before that one then take.
 */
function hyphenFrom(tk: Tokens, from: number): number {
  if (tk.hyphenAt === -2 || from < tk.hyphenFrom || (tk.hyphenAt >= 0 && from > tk.hyphenAt)) {
    tk.hyphenAt = tk.text.indexOf('-', from);
    tk.hyphenFrom = from;
  }
  const at = tk.hyphenAt;
  return at < tk.limit ? at : -1;
}

/** The first capital anchor at or after `from` in `tk`'s text and before its limit, or -1 (searched as `hyphenFrom`). */
function capitalFrom(tk: Tokens, from: number): number {
  if (tk.capitalAt === -2 || from < tk.capitalFrom || (tk.capitalAt >= 0 && from > tk.capitalAt)) {
    CAPITAL.lastIndex = from;
    tk.capitalAt = nextCapital(tk.text);
    tk.capitalFrom = from;
  }
  const at = tk.capitalAt;
  return at < tk.limit ? at : -1;
}

function scanTokens(tk: Tokens, breakLines: boolean): Tokens {
  const text = tk.text;
  const floor = tk.floor;
  const limit = tk.limit;
  tk.length = 0;
  held.start = -1;
  held.end = 0;
  held.joined = false;
  held.made = false;
  held.lastEnd = -1;
  held.run = -1;
  /** The next hyphen at or after the last token's end, for then-/ex- anchors (-1: none left). */
  let hyphen = hyphenFrom(tk, floor);
  let capital = capitalFrom(tk, floor);
  // The joining spaces after the last token met, [gapStart, gapEnd), as the look for lowercase words after it read
  // them (gapEnd: the first other character, or the limit): the next anchor's look back over them, whether it is
  // joined and whether it starts with a capital are then known without reading them again.
  let gapStart = -2;
  let gapEnd = -2;
  for (;;) {
    // The next anchor: a capitalised word or a word with a then-/ex- prefix, whichever comes first.
    let start = -1;
    let end = -1;
    let run = -1;
    while (hyphen >= 0) {
      const prefixed = prefixedAnchorEnd(text, hyphen, floor, limit);
      const from = hyphen > floor && text.charCodeAt(hyphen - 1) === 120 ? hyphen - 2 : hyphen - 4;
      if (prefixed >= 0 && from >= held.lastEnd) {
        start = from;
        end = prefixed;
        // "then-", "ex-" and what the run after it holds.
        run = runBits | RUN_HYPHEN;
        break;
      }
      hyphen = hyphenFrom(tk, hyphen + 1);
    }
    if (capital >= 0 && (start < 0 || capital < start)) {
      start = capital;
      end = anchorRunEnd(text, capital + (isPairAt(text, capital) ? 2 : 1), limit);
      run = runBits | (text.charCodeAt(capital) >= 128 ? RUN_NON_ASCII : 0);
    } else if (start < 0) {
      break;
    }
    if (held.lastEnd === gapStart && start === gapEnd) {
      // Only joining spaces since the last token: no lowercase word between, and the anchor is joined to it.
      meetJoined(tk, start, end, true, run);
    } else {
      meetAnchor(tk, start, end, breakLines, gapStart, run);
    }
    // Lowercase title and name words joined after it.
    for (;;) {
      let q = held.lastEnd;
      while (q < limit && isJoiningSpace(text.charCodeAt(q), breakLines)) q++;
      gapStart = held.lastEnd;
      gapEnd = q;
      if (q === held.lastEnd || q >= limit) break;
      const r = lowercasePartEnd(text, q, limit);
      if (r < 0 || !goesWithNext(text, r, limit)) break;
      // A lowercase word: letters a-z, nothing in it for the token maker to look for.
      meetJoined(tk, q, r, true, 0);
    }
    if (hyphen >= 0 && hyphen < held.lastEnd) hyphen = hyphenFrom(tk, held.lastEnd);
    if (capital >= 0 && capital < held.lastEnd) {
      // A capital A-Z after the spaces is the next anchor (a space before it, no capital between): a word joined to
      // the one before (every word of a name or a title after the first) is found without the capital expression.
      const c = gapEnd > gapStart && gapEnd < limit ? text.charCodeAt(gapEnd) : 0;
      if (c >= 65 && c <= 90) {
        tk.capitalFrom = gapStart;
        tk.capitalAt = gapEnd;
        capital = gapEnd;
      } else {
        capital = capitalFrom(tk, held.lastEnd);
      }
    }
  }
  if (held.start >= 0 && held.joined) {
    const n = tk.length;
    if (!held.made) putToken(tk, n, held.start, held.end, limit, held.run);
    tk.flags[n] = (tk.flags[n] as number) | IS_JOINED;
    tk.length = n + 1;
  }
  return tk;
}

/**
 * Meets the anchor [start, end) after the lowercase title and name words joined to it, back to the last token met.
 * `gapStart`: where the joining spaces after the last token start (see `scanTokens`), when it is the token's end, the
 * anchor being after the first other character.
 */
function meetAnchor(tk: Tokens, start: number, end: number, breakLines: boolean, gapStart: number, run: number): void {
  const text = tk.text;
  const floor = tk.floor;
  let before = 0;
  {
    let b = start;
    for (;;) {
      let q = b;
      while (q > floor && q > held.lastEnd && isJoiningSpace(text.charCodeAt(q - 1), breakLines)) q--;
      // A word that ends where the last token met ends would start before it.
      if (q === b || q <= held.lastEnd) break;
      const w = lowercasePartStart(text, q, floor);
      if (w < 0 || w < held.lastEnd) break;
      if (w > floor && (text.charCodeAt(w - 1) === 45 || categoriesBefore(text, w) & C_WORD)) break;
      if (before + 2 > BEFORE.length) BEFORE = widened(BEFORE, BEFORE.length * 2);
      BEFORE[before++] = w;
      BEFORE[before++] = q;
      b = w;
    }
  }
  if (before === 0 && held.lastEnd === gapStart) {
    // Something other than a joining space lies between the last token and the anchor: not joined.
    meetJoined(tk, start, end, false, run);
    return;
  }
  while (before > 0) {
    before -= 2;
    meet(tk, BEFORE[before] as number, BEFORE[before + 1] as number, breakLines, 0);
  }
  meet(tk, start, end, breakLines, run);
}

/**
 * The lowercase words met before an anchor, as start and end pairs (reused: only its first entries are current).
 * Made with room for 32, and widened before a store would pass its end: a store past the end of a plain array made
 * V8 drop the optimised scan the first time a longer run came.
 */
let BEFORE: Int32Array = new Int32Array(64);

// ---------------------------------------------------------------------------
// Titles and names

interface TitleMatch {
  /** Index after the title's last token. */
  next: number;
  office: Office;
  end: number;
}

/** Whether token `k` exists and is joined to the one before it. */
function joinedAt(tk: Tokens, k: number): boolean {
  return k < tk.length && ((tk.flags[k] as number) & IS_JOINED) !== 0;
}

/** The entry of the title the last `lookupTitle` found. */
let foundEntry: TitleEntry | undefined;

/**
 * The index after the longest title of `TITLES` that starts at token `i`, or -1; its entry is left in `foundEntry`
 * (a number and a variable, not an object per lookup).
 */
function lookupTitle(tk: Tokens, i: number): number {
  let next = -1;
  let entry: TitleEntry | undefined;
  let key = '';
  for (let k = i; k < tk.length && k < i + MAX_TITLE_WORDS; k++) {
    const f = tk.flags[k] as number;
    if (k === i) {
      if (!(f & IN_TITLE_PREFIXES)) break;
      key = keyOf(tk, k);
    } else {
      // A word no title has after its first is not looked up with the words before it.
      if (!(f & IS_JOINED) || hasPrefix(tk, k) || !(f & IN_TITLE_TAILS)) break;
      key = `${key} ${keyOf(tk, k)}`;
      if (!TITLE_PREFIXES.has(key)) break;
    }
    const e = TITLES.get(key);
    if (e) {
      entry = e;
      next = k + 1;
    }
    if (f & IS_POSSESSIVE || hasSuffix(tk, k)) break;
  }
  foundEntry = entry;
  return next;
}

/** What the last `titleEnd` that found a title found: its entry, its end offset, its office prefixes and portfolio. */
let titleEntry: TitleEntry = { head: '' };
let titleEndOffset = 0;
let titlePrefixes: string[] | undefined;
let titleSpec = '';

/**
 * The index after a title starting at token `i` ([prefixes] [portfolio] head [of/for Department]), or -1; what it
 * found is left in `titleEntry`, `titleEndOffset`, `titlePrefixes` and `titleSpec` (`matchTitle` makes the office of
 * it; most callers only ask whether a title is there).
 */
function titleEnd(tk: Tokens, i: number): number {
  if (i >= tk.length) return -1;
  const first = tk.flags[i] as number;
  if (!(first & IS_CAPITAL) || first & IS_POSSESSIVE) return -1;
  if (!(first & (IN_TITLE_PREFIXES | IN_OFFICE_PREFIXES | IN_SPEC_WORDS))) return -1;
  let prefixes: string[] | undefined;
  let spec = '';
  let j = i;
  for (let guard = 0; guard < 3; guard++) {
    if (j >= tk.length) return -1;
    const f = tk.flags[j] as number;
    if (!(f & IS_CAPITAL) || f & IS_POSSESSIVE || (j > i && (!(f & IS_JOINED) || hasPrefix(tk, j)))) return -1;
    if (lookupTitle(tk, j) >= 0) break;
    if (f & IN_OFFICE_PREFIXES) (prefixes ??= []).push(keyOf(tk, j));
    else if (f & IN_SPEC_WORDS && !SPEC_DROP.has(keyOf(tk, j))) spec = spec ? `${spec} ${keyOf(tk, j)}` : keyOf(tk, j);
    else return -1;
    j++;
  }
  const found = lookupTitle(tk, j);
  const entry = foundEntry;
  if (found < 0 || !entry) return -1;
  const head = found - 1;
  const headFlags = tk.flags[head] as number;
  if (!(headFlags & IS_CAPITAL)) return -1;
  if (spec && !SPEC_HEADS.has(entry.head)) return -1;
  let next = found;
  let end = tk.end[head] as number;
  // A key is made for every word in a list: a token with none is not "of", "for", "the" or "and".
  if (!(headFlags & IS_POSSESSIVE) && !hasSuffix(tk, head) && SPEC_HEADS.has(entry.head)) {
    if (joinedAt(tk, next) && (tk.keys[next] === 'of' || tk.keys[next] === 'for')) {
      let k = next + 1;
      const words: string[] = [];
      while (k < tk.length) {
        const f = tk.flags[k] as number;
        if (!(f & IS_JOINED) || !(f & IN_SPEC_WORDS) || hasPrefix(tk, k)) break;
        const key = keyOf(tk, k);
        // Every step takes the same operations (the first "the" in "Minister of the Interior" met in optimised code
        // made V8 drop it).
        const possessive = (f & IS_POSSESSIVE) !== 0;
        const skipped = (key === 'the' || key === 'and') && !possessive;
        if (!skipped && !(f & IS_CAPITAL)) break;
        if (!skipped) words.push(key);
        k++;
        if (!skipped && (possessive || hasSuffix(tk, k - 1))) break;
      }
      // Step back over a trailing "the"/"and".
      while (k > next + 1 && (tk.keys[k - 1] === 'the' || tk.keys[k - 1] === 'and')) k--;
      if (words.length) {
        spec = words.filter((w) => !SPEC_DROP.has(w)).join(' ');
        next = k;
        end = tk.end[k - 1] as number;
      }
    }
  }
  if (entry.courtesy && (prefixes || spec)) return -1;
  titleEntry = entry;
  titleEndOffset = end;
  titlePrefixes = prefixes;
  titleSpec = spec;
  return next;
}

/** A title starting at token `i`, with its office. */
function matchTitle(tk: Tokens, i: number): TitleMatch | undefined {
  const next = titleEnd(tk, i);
  if (next < 0) return undefined;
  const entry = titleEntry;
  const prefixes = titlePrefixes;
  const office: Office = {
    head: entry.head,
    prefixes: !prefixes ? (entry.prefixes ?? '') : [...prefixes, ...(entry.prefixes ? [entry.prefixes] : [])].sort().join(' '),
    spec: titleSpec === '' ? '' : normalizeSpec(titleSpec),
    courtesy: !!entry.courtesy,
    honorific: !!entry.honorific,
    gender: entry.gender ?? '',
  };
  return { next, office, end: titleEndOffset };
}

function normalizeSpec(spec: string): string {
  return spec
    .split(' ')
    .filter((w) => w && !SPEC_DROP.has(w))
    .map((w) => SPEC_ALIASES[w] ?? w)
    .join(' ');
}

/** "R-Warren", "D-Texas": a party and a state after a name. */
const PARTY = /^\p{Lu}-\p{Lu}/u;

function isNameWord(tk: Tokens, k: number): boolean {
  const f = tk.flags[k] as number;
  return (f & IS_INITIAL) !== 0 || ((f & IS_CAPITAL) !== 0 && (f & NAME_LIKE) !== 0);
}

/** A title at token `k` followed by a name word: "Rusk" in "Dean Rusk" is not, "President Putin" is. */
function startsTitledName(tk: Tokens, k: number): boolean {
  const after = titleEnd(tk, k);
  if (after < 0) return false;
  return joinedAt(tk, after) && !hasPrefix(tk, after) && isNameWord(tk, after);
}

/** Where the last `nameEnd` that found a name has its surname, and its given name (-1: not a full name). */
let nameSurnameAt = -1;
let nameGivenAt = -1;

/** Whether token `x` of a name that starts at token `i` is a core word: all but the name suffixes after the first word ("Jr.", "III"). */
function isCoreWord(tk: Tokens, i: number, x: number): boolean {
  return x === i || !((tk.flags[x] as number) & IN_NAME_SUFFIXES);
}

/**
 * The index after a personal name starting at token `i`, or -1; stops before a title that has a name after it. The
 * tokens of its surname and given name are left in `nameSurnameAt` and `nameGivenAt`; nothing is allocated (the
 * strings of a name are made by `nameMatch`, for a name that makes a mention).
 */
function nameEnd(tk: Tokens, i: number): number {
  if (i >= tk.length || !isNameWord(tk, i) || hasPrefix(tk, i)) return -1;
  const flags = tk.flags;
  let k = i;
  while (k < tk.length && k - i < 6) {
    const f = flags[k] as number;
    if (k > i && (!(f & IS_JOINED) || hasPrefix(tk, k))) break;
    if (k > i && startsTitledName(tk, k)) break;
    if (k > i && (flags[k - 1] as number) & IS_POSSESSIVE) break;
    if (f & IN_NAME_SUFFIXES && k > i && (f & IS_CAPITAL || tk.keys[k] === 'jr' || tk.keys[k] === 'sr')) {
      k++;
      continue;
    }
    if (f & IN_PARTICLES && !(f & IS_CAPITAL)) {
      if (k > i && joinedAt(tk, k + 1) && isNameWord(tk, k + 1)) {
        k++;
        continue;
      }
      break;
    }
    if (!(f & IS_CAPITAL)) break;
    if (!isNameWord(tk, k)) {
      // "President Kennedy Administration", "the Joseph P. Kennedy School": an institution, not a person.
      if (f & IN_NOT_NAME) return -1;
      break;
    }
    k++;
  }
  if (k === i) return -1;
  // The surname: the last core word that is not an initial (else the last core word).
  let surnameAt = -1;
  let lastCore = -1;
  for (let x = k - 1; x >= i; x--) {
    if (!isCoreWord(tk, i, x)) continue;
    if (lastCore < 0) lastCore = x;
    if (!((flags[x] as number) & (IS_LETTER_INITIAL | IN_PARTICLES))) {
      surnameAt = x;
      break;
    }
  }
  if (surnameAt < 0) surnameAt = lastCore;
  if (surnameAt < 0) return -1;
  let givenAt = -1;
  for (let x = i; x < k; x++) {
    if (isCoreWord(tk, i, x) && x !== surnameAt && !((flags[x] as number) & IN_PARTICLES)) {
      givenAt = x;
      break;
    }
  }
  nameSurnameAt = surnameAt;
  nameGivenAt = givenAt < surnameAt ? givenAt : -1;
  return k;
}

/** The surname and the full key the last `nameMatch` made. */
let matchedSurname = '';
let matchedFullKey: string | undefined;

/**
 * The name of tokens [i, next) whose surname is token `surnameAt` and given name token `givenAt` (-1: none), as the
 * span a mention keeps (`Mention.name`); its surname and full key are left in `matchedSurname` and `matchedFullKey`.
 */
function nameMatch(
  tk: Tokens,
  i: number,
  next: number,
  surnameAt: number,
  givenAt: number,
  text: string,
): Span & { text: string } {
  const start = tk.start[i] as number;
  const end = tk.end[next - 1] as number;
  if (next - i === 2 && givenAt === i && surnameAt === i + 1 && isPlainPair(tk, i)) {
    // "John Smith": two ASCII words and one space, its full key the name in lowercase, the surname the end of that
    // (what the keys joined would be, with no string made per word).
    const nameText = text.slice(start, end);
    const fullKey = nameText.toLowerCase();
    matchedFullKey = fullKey;
    matchedSurname = fullKey.slice((tk.start[i + 1] as number) - start);
    return { start, end, text: nameText };
  }
  if (next - i === 1 && ((tk.flags[i] as number) & (IS_ASCII | HAS_PERIOD)) === IS_ASCII) {
    // "President Kennedy": one ASCII word with no period taken into it, its key the name in lowercase.
    const nameText = text.slice(start, end);
    matchedSurname = nameText.toLowerCase();
    matchedFullKey = undefined;
    return { start, end, text: nameText };
  }
  const surname = nameKeyOf(tk, surnameAt);
  let fullKey: string | undefined;
  if (givenAt >= 0) {
    fullKey = `${nameKeyOf(tk, givenAt)} ${surname}`;
    for (let x = i + 1; x < next; x++) if (!isCoreWord(tk, i, x)) fullKey += ` ${keyOf(tk, x)}`;
  }
  matchedSurname = surname;
  matchedFullKey = fullKey;
  return { start, end, text: text.slice(start, end) };
}

/**
 * Whether tokens `i` and `i + 1` are words of ASCII characters with no period taken into them, one plain space
 * apart: their keys are then their words in lowercase (`nameKeyOf`).
 */
function isPlainPair(tk: Tokens, i: number): boolean {
  const a = tk.flags[i] as number;
  const b = tk.flags[i + 1] as number;
  const gap = tk.end[i] as number;
  return (
    (a & b & IS_ASCII) !== 0 &&
    !((a | b) & HAS_PERIOD) &&
    gap + 1 === (tk.start[i + 1] as number) &&
    tk.text.charCodeAt(gap) === 32
  );
}

/**
 * `normalizeName` of token `i`'s word. An ASCII word needs no normalising: its lowercase without a period taken into
 * it is its key (a word of a list has the list's own string; no expression tests it for other characters).
 */
function nameKeyOf(tk: Tokens, i: number): string {
  return (tk.flags[i] as number) & IS_ASCII ? keyOf(tk, i) : normalizeName(wordOf(tk, i));
}

const NON_ASCII = /[^ -~]/;

export function normalizeName(word: string): string {
  let key = (NON_ASCII.test(word) ? word.normalize('NFC').replace(/’/g, "'") : word).toLowerCase();
  if (key.endsWith('.')) key = key.slice(0, -1);
  return key;
}

// ---------------------------------------------------------------------------
// Mentions

/**
 * The modifiers of the many mentions that have none, one frozen list for all (an empty list each was a tenth of what
 * a paragraph's mentions kept): nothing adds to a mention's modifiers once it is made.
 */
const NO_MODIFIERS = Object.freeze([]) as unknown as Modifier[];
/** The mentions of a paragraph with none, one frozen list for all. */
const NO_MENTIONS = Object.freeze([]) as unknown as Mention[];
/** What a paragraph with no mentions keeps, wherever it is (moving no mentions changes nothing). */
const NOTHING_PLACED: PlacedMentions = Object.freeze({ at: 0, placed: NO_MENTIONS });

function titledMention(tk: Tokens, t: number, match: TitleMatch, floor: number, text: string): Mention | undefined {
  // "Rev. Mr. Brandt": the courtesy title is not part of the name.
  const inner = titleEnd(tk, match.next);
  const nameAt = inner >= 0 && titleEntry.courtesy && joinedAt(tk, match.next) && joinedAt(tk, inner) ? inner : match.next;
  // "President Judge William Smith": the second title starts its own mention.
  if (nameAt === match.next && startsTitledName(tk, match.next)) return undefined;
  const nameNext = nameEnd(tk, nameAt);
  const titleLast = match.next - 1;
  if (nameNext < 0 || !joinedAt(tk, nameAt)) return undefined;
  if ((tk.flags[titleLast] as number) & IS_POSSESSIVE) return undefined;
  const name = nameMatch(tk, nameAt, nameNext, nameSurnameAt, nameGivenAt, text);
  const surname = matchedSurname;
  const fullKey = matchedFullKey;
  let modifiers: Modifier[] | undefined;
  const titleStart = tk.start[t] as number;
  let prefixStart = titleStart;
  const titlePrefix = prefixOf(tk, t);
  if (titlePrefix) {
    (modifiers ??= []).push(titlePrefix);
    prefixStart = titlePrefix.start;
  }
  const titleSuffix = suffixOf(tk, titleLast);
  if (titleSuffix) (modifiers ??= []).push(titleSuffix);
  // Walk back over qualifiers ("Russian", "then-US", "Fulton County") and modifiers ("former", "the late").
  let k = t;
  for (let guard = 0; guard < 5; guard++) {
    if (k < 1 || !joinedAt(tk, k) || hasPrefix(tk, k) || k - 1 < floor) break;
    const f = tk.flags[k - 1] as number;
    if (f & IN_WORD_MODIFIERS && !(f & IS_POSSESSIVE)) {
      const kind = MODIFIER_KINDS.get(keyOf(tk, k - 1)) ?? 'former';
      let first = k - 1;
      if (kind === 'late' && k >= 2 && f & IS_JOINED && k - 2 >= floor && tk.keys[k - 2] === 'the' && !hasPrefix(tk, k - 2)) {
        first = k - 2;
      }
      const start = tk.start[first] as number;
      const end = tk.end[k - 1] as number;
      (modifiers ??= []).unshift({ kind, form: 'word', start, end, text: text.slice(start, end) });
      prefixStart = start;
      k = first;
      continue;
    }
    if (f & IS_CAPITAL && !(f & IN_COMMON) && !hasSuffix(tk, k - 1) && titleEnd(tk, k - 1) < 0) {
      prefixStart = tk.start[k - 1] as number;
      const prefix = prefixOf(tk, k - 1);
      if (prefix) {
        (modifiers ??= []).unshift(prefix);
        prefixStart = prefix.start;
      }
      k--;
      continue;
    }
    break;
  }
  return {
    start: prefixStart,
    end: name.end,
    name,
    surname,
    fullKey,
    title: { start: titleStart, end: match.end, text: text.slice(titleStart, match.end), office: match.office },
    modifiers: modifiers ?? NO_MODIFIERS,
    prefixStart,
    quoted: false,
  };
}

/** Writes the mentions of a paragraph's tokens into `out` from slot `base` on; returns how many. */
function scanParagraph(text: string, tk: Tokens, out: Mention[], base: number): number {
  let count = 0;
  let floor = 0;
  let i = 0;
  while (i < tk.length) {
    const title = matchTitle(tk, i);
    if (title) {
      const mention = titledMention(tk, i, title, floor, text);
      if (mention) {
        out[base + count++] = mention;
        while (i < tk.length && (tk.end[i] as number) <= mention.end) i++;
        floor = i;
        continue;
      }
      i = title.next;
      continue;
    }
    // A lone capitalised word (most of them) is neither a full name nor a qualifier.
    if (joinedAt(tk, i + 1) && !hasPrefix(tk, i + 1) && isNameWord(tk, i) && !hasPrefix(tk, i)) {
      const next = nameEnd(tk, i);
      if (next >= 0) {
        const surnameAt = nameSurnameAt;
        const givenAt = nameGivenAt;
        const qualifies = joinedAt(tk, next) && !hasPrefix(tk, next) && startsTitledName(tk, next);
        // A name with no given name makes no mention here (it has no full key).
        // (`wantedRun` asked first, on every path: a call first met in optimised code made V8 drop it.)
        if (!qualifies && givenAt >= 0 && (wantedRun(tk, surnameAt) || !officeFilter.on)) {
          const name = nameMatch(tk, i, next, surnameAt, givenAt, text);
          out[base + count++] = {
            start: name.start,
            end: name.end,
            name,
            surname: matchedSurname,
            fullKey: matchedFullKey,
            title: undefined,
            modifiers: NO_MODIFIERS,
            prefixStart: name.start,
            quoted: false,
          };
        }
        i = qualifies ? next : Math.max(next, i + 1);
        if (!qualifies) floor = i;
        continue;
      }
    }
    i++;
  }
  return count;
}

/**
 * While `officeMentions` scans the paragraphs it put off (`on`), the hashes of the letters its titled surnames start
 * with (`leadingRunHash`): a mention with no title whose surname starts otherwise is not one it groups, and is not made.
 */
const officeFilter = { on: false, runs: new Set<number>() };

/** Whether token `i`'s key, if it is ASCII, starts with letters whose hash is in `officeFilter.runs` (true if not ASCII). */
function wantedRun(tk: Tokens, i: number): boolean {
  if (!((tk.flags[i] as number) & IS_ASCII)) return true;
  const text = tk.text;
  const end = tk.end[i] as number;
  let hash = 0;
  for (let e = tk.start[i] as number; e < end; e++) {
    const code = text.charCodeAt(e);
    if (!(code >= 65 && code <= 90) && !(code >= 97 && code <= 122)) break;
    hash = (Math.imul(hash, 31) + (code | 32)) | 0;
  }
  return officeFilter.runs.has(hash);
}

/** Whether two offices are the same: abbreviations agree, a portfolio may be left out. */
export function sameOffice(a: Office, b: Office): boolean {
  return a.head === b.head && a.prefixes === b.prefixes && (a.spec === '' || b.spec === '' || a.spec === b.spec);
}

export function modifierSet(mods: readonly Modifier[]): string {
  return [...new Set(mods.map((m) => m.kind))].sort().join(',');
}

/** Whether two mentions give the same title (qualifiers such as "Russian" or "US" aside). */
export function sameTitle(a: Pick<Mention, 'title' | 'modifiers'>, b: Pick<Mention, 'title' | 'modifiers'>): boolean {
  if (!a.title || !b.title) return true;
  return sameOffice(a.title.office, b.title.office) && modifierSet(a.modifiers) === modifierSet(b.modifiers);
}

function isRealTitle(m: Mention): boolean {
  return !!m.title && !m.title.office.courtesy;
}

/** Titles a spouse holds by marriage: the spouse with the same surname holds another office. */
const SPOUSAL = new Set(['first lady', 'first gentleman']);

function genderOf(p: Person): Gender | '' {
  for (const m of p.mentions) if (m.title?.office.gender) return m.title.office.gender;
  return '';
}

/** Whether a mention can refer to person `p`: not "Mrs." for a man, not "President" for the First Lady. */
function attachable(p: Person, m: Mention): boolean {
  const g = m.title?.office.gender;
  const pg = genderOf(p);
  if (g && pg && g !== pg) return false;
  const ref = p.mentions.find(isRealTitle);
  if (ref?.title && m.title && !m.title.office.courtesy && ref.title.office.head !== m.title.office.head) {
    if (SPOUSAL.has(ref.title.office.head) || SPOUSAL.has(m.title.office.head)) return false;
  }
  return true;
}

interface SurnameEntry {
  /** The person a surname alone refers to: the latest one introduced. */
  person: Person;
  /** Two people with this surname were introduced by full name: a surname alone could be either. */
  ambiguous: boolean;
  /** Others with the surname that a mention could not belong to the main person ("President Kennedy" beside "First Lady Jacqueline Kennedy"). */
  others: Person[];
}

function groupPeople(mentions: Mention[]): Person[] {
  const people: Person[] = [];
  const byFull = new Map<string, Person>();
  const bySurname = new Map<string, SurnameEntry>();
  const newPerson = (m: Mention): Person => {
    const person: Person = { name: m.name.text, fullKey: m.fullKey, surname: m.surname, mentions: [] };
    people.push(person);
    return person;
  };
  for (const m of mentions) {
    if (m.quoted) continue;
    const entry = bySurname.get(m.surname);
    if (m.fullKey) {
      let person = byFull.get(m.fullKey);
      if (!person) {
        // A surname-only person introduced earlier ("President Trump", then "Donald Trump") takes the full name
        // when the titles agree.
        const candidates = entry && !entry.ambiguous ? [entry.person, ...entry.others] : [];
        person = candidates.find((p) => {
          if (p.fullKey !== undefined || !attachable(p, m)) return false;
          const ref = p.mentions.find(isRealTitle);
          return !ref || !isRealTitle(m) || sameTitle(ref, m);
        });
        if (person) {
          person.fullKey = m.fullKey;
          person.name = m.name.text;
          if (entry) entry.others = entry.others.filter((p) => p !== person);
        } else {
          person = newPerson(m);
        }
        byFull.set(m.fullKey, person);
      }
      const ambiguous = !!entry && (entry.ambiguous || entry.person !== person);
      if (entry) {
        entry.person = person;
        entry.ambiguous = ambiguous;
      } else {
        bySurname.set(m.surname, { person, ambiguous, others: [] });
      }
      person.mentions.push(m);
      continue;
    }
    if (!entry) {
      const person = newPerson(m);
      person.mentions.push(m);
      bySurname.set(m.surname, { person, ambiguous: false, others: [] });
      continue;
    }
    if (entry.ambiguous) continue;
    let target = attachable(entry.person, m) ? entry.person : entry.others.find((p) => attachable(p, m));
    if (!target) {
      target = newPerson(m);
      entry.others.push(target);
    }
    target.mentions.push(m);
  }
  return people;
}

/**
 * Mentions of people in the prose, grouped into people. Quoted mentions are marked and left out of the groups.
 * Each paragraph is scanned on its own, so its mentions can be reused after an edit elsewhere: with `spans` (a
 * `LintCache.perSpan` namespace, for the document a run lints) a paragraph an edit left alone is found without
 * reading its text; without it, paragraphs are cached by their text (`LintCache.get`).
 */
export function analyzePeople(article: Article, cache?: LintCache, spans?: string): PeopleAnalysis {
  const mentions = proseMentions(article, cache, spans);
  return { mentions, people: groupPeople(mentions) };
}

/**
 * The people of `analyzePeople` whose surname an unquoted mention gives with an office (a title other than a
 * courtesy title): every person who has one, and the namesakes grouped beside them; the same people, in the same
 * order, with the same mentions. People are grouped by surname alone (a full name holds its surname), so only the
 * mentions with those surnames are grouped, a sixth of them in press text.
 */
export function peopleWithOffices(article: Article, cache?: LintCache, spans?: string): Person[] {
  // Nothing kept for a next run (a lint without a cache, the CLI's): only the paragraphs that can hold such a mention
  // are scanned (`officeMentions`).
  const cold = !cache || (spans !== undefined && !cache.keepsSpans);
  return groupOffices(cold ? officeMentions(article) : proseMentions(article, cache, spans));
}

/** `peopleWithOffices` of a list of mentions in order, with `quoted` set, that holds every mention it groups. */
function groupOffices(mentions: Mention[]): Person[] {
  const surnames = new Set<string>();
  // Indexed loops in this once-per-lint code: a for…of over an array makes an iterator result per step.
  for (let k = 0; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    if (!m.quoted && m.title && !m.title.office.courtesy) surnames.add(m.surname);
  }
  if (surnames.size === 0) return [];
  return groupPeople(mentions.filter((m) => surnames.has(m.surname)));
}

/**
 * The mentions `peopleWithOffices` groups, in order, with `quoted` set, with no kept cache: every mention of the
 * paragraphs that may hold a title, and of those whose capitalised words may give a surname that a title is given to;
 * the others, three paragraphs in four in press text, are read once for their capitals and not scanned.
 *
 * A title's head is a capitalised word whose word-list key is the first word of a title (`IN_TITLE_PREFIXES`; `then-`
 * and `ex-` words are read from the hyphens), and a surname is a capitalised word, whose key starts with the ASCII
 * letters that start the word, lowercased (a word that starts with another character, or whose first letters run into
 * one outside ASCII, which a key may normalise, is read as if it could be either). So a paragraph is scanned at once
 * when one of its capitals starts a run of letters that is such a first word; otherwise the runs' hashes are kept,
 * and once the titles of all the scanned paragraphs are known, the paragraph is scanned if one of them is the hash of
 * the letters a titled surname starts with (a hash shared by chance only scans a paragraph for nothing).
 */
function officeMentions(article: Article): Mention[] {
  const { text, lines, paragraphs, quotes } = article;
  const tk = inPlace;
  tk.setText(text);
  const mentions: Mention[] = [];
  let deferred = 0;
  let hashes = 0;
  for (let k = 0; k < paragraphs.length; k++) {
    const p = paragraphs[k] as Paragraph;
    if (p.kind === 'heading') continue;
    const end = capitalRunHashes(tk, p, hashes);
    if (end < 0) {
      scanParagraphAt(tk, p, breaks(p, lines), mentions, mentions.length);
    } else if (end > hashes) {
      // A paragraph with no capital has no mention.
      if (2 * deferred + 2 > DEFERRED.length) DEFERRED = widened(DEFERRED, DEFERRED.length * 2);
      DEFERRED[2 * deferred] = k;
      DEFERRED[2 * deferred + 1] = end;
      deferred++;
      hashes = end;
    }
  }
  markQuoted(mentions, quotes, 0);
  const wanted = officeFilter.runs;
  wanted.clear();
  const early = mentions.length;
  for (let k = 0; k < early; k++) {
    const m = mentions[k] as Mention;
    if (!m.quoted && m.title && !m.title.office.courtesy) wanted.add(leadingRunHash(m.surname));
  }
  let all = mentions;
  if (wanted.size > 0 && deferred > 0) {
    // The paragraphs scanned now write after the others (one list: a second one, of another elements kind when
    // first met, made V8 drop the optimised `scanParagraph`), then the two runs are merged.
    let h = 0;
    officeFilter.on = true;
    try {
      for (let d = 0; d < deferred; d++) {
        const end = DEFERRED[2 * d + 1] as number;
        for (; h < end; h++) if (wanted.has(HASHES[h] as number)) break;
        if (h < end) {
          const p = paragraphs[DEFERRED[2 * d] as number] as Paragraph;
          scanParagraphAt(tk, p, breaks(p, lines), mentions, mentions.length);
        }
        h = end;
      }
    } finally {
      // Other scans make every mention.
      officeFilter.on = false;
    }
    if (mentions.length > early) {
      markQuoted(mentions, quotes, early);
      all = mergedByStart(mentions, early);
    }
  }
  wanted.clear();
  // The document's text is not kept alive by the module.
  tk.setText('');
  if (tk.start.length > SCRATCH_TOKENS) inPlace = new Tokens('');
  if (HASHES.length > SCRATCH_HASHES) HASHES = new Int32Array(INITIAL_HASHES);
  return all;
}

/**
 * The room `HASHES` is made with (128 KB): 1 MB of press text has about 18,600 capitals outside the paragraphs with a
 * title, so a press lint never widens it (a widening first met in optimised code made V8 drop the loop).
 */
const INITIAL_HASHES = 1 << 15;
/**
 * The most hashes kept between lints (4 bytes each): twice what 1 MB of press text needs; a document with many more
 * gets an array of its own, let go after it.
 */
const SCRATCH_HASHES = 1 << 16;
/**
 * The hashes of the capitalised words of the paragraphs `officeMentions` has not scanned yet (`capitalRunHashes`),
 * and where each such paragraph's end among them (pairs: its index in the article, the end of its hashes). Reused.
 */
let HASHES: Int32Array = new Int32Array(INITIAL_HASHES);
let DEFERRED: Int32Array = new Int32Array(256);

/**
 * Writes into `HASHES` from `at` on the hash of each capitalised word of paragraph `p` (`leadingRunHash` of its first
 * ASCII letters) and returns where they end; or -1 when the paragraph is to be scanned now: it may hold a title (a
 * capital that starts a first word of a title, a then-/ex- word), a capitalised word that starts outside ASCII or
 * whose first letters run into a letter or mark outside it, or it is not read in place (`scanParagraphAt`).
 */
function capitalRunHashes(tk: Tokens, p: Paragraph, at: number): number {
  const text = tk.text;
  const floor = p.start;
  const limit = p.end;
  if (!isLineBreakAt(text, floor - 1) || !isLineBreakAt(text, limit)) return -1;
  tk.floor = floor;
  tk.limit = limit;
  for (let hyphen = hyphenFrom(tk, floor); hyphen >= 0; hyphen = hyphenFrom(tk, hyphen + 1)) {
    if (prefixedAnchorEnd(text, hyphen, floor, limit) >= 0) return -1;
  }
  // Room for every capital the paragraph can have (one in two characters at most, a non-word character before
  // each but the first), made before the loop: a store past the end met first in optimised code made V8 drop it.
  const room = at + ((limit - floor + 1) >> 1);
  if (room > HASHES.length) HASHES = widened(HASHES, room + HASHES.length);
  let n = at;
  let c = capitalFrom(tk, floor);
  while (c >= 0) {
    let state = 1;
    let hash = 0;
    let e = c;
    for (; e < limit; e++) {
      const code = text.charCodeAt(e);
      const lower = code | 32;
      if (!(code >= 65 && code <= 90) && !(code >= 97 && code <= 122)) break;
      hash = (Math.imul(hash, 31) + lower) | 0;
      if (state !== 0) {
        const column = KEY_COLUMNS[code] as number;
        state = column < 0 ? 0 : (KEY_TRIE.next[state * KEY_COLUMN_COUNT + column] as number);
      }
    }
    // A capital outside ASCII stops the run at once (a letter).
    if (e < limit && text.charCodeAt(e) >= 128 && categoriesAt(text, e) & (C_LETTER | C_MARK)) return -1;
    if ((KEY_TRIE.flags[state] as number) & IN_TITLE_PREFIXES && mayGoOnTitle(text, c, limit)) return -1;
    // A paragraph with no title has only mentions of full names, whose surname follows another word of the name
    // and white space; a capital after anything else gives none.
    if (mayFollowNameWord(text, c, floor)) HASHES[n++] = hash;
    // A capital A-Z after a space is the next one, without the expression (a name's words after the first).
    let q = e;
    while (q < limit && text.charCodeAt(q) === 32) q++;
    const next = q > e && q < limit ? text.charCodeAt(q) : 0;
    if (next >= 65 && next <= 90) {
      tk.capitalFrom = e;
      tk.capitalAt = q;
      c = q;
    } else {
      c = capitalFrom(tk, e);
    }
  }
  return n;
}

/**
 * `capitalRunHashes` takes a capital that starts a title's first word by the letters a-z that start the word: the
 * first word of a title with other characters ("vice-president") starts with one of the first words.
 */
for (const [key, bits] of WORD_LISTS) {
  if (!(bits & IN_TITLE_PREFIXES) || key.includes(' ')) continue;
  const run = /^[a-z]*/.exec(key)?.[0] ?? '';
  if (!((KEY_TRIE.flags[keyState(run, 0, run.length)] as number) & IN_TITLE_PREFIXES)) {
    throw new Error(`people: no title word starts "${key}"`);
  }
}

/**
 * Whether the capitalised word at `c` (ASCII) can start a title that a mention gives: the words of a title and the
 * name after it are tokens joined by white space, and the one after its first word starts with a capital, or is "of" or
 * "for" ("Secretary of State"): so white space follows the word (a period taken into it aside), then a capital, a
 * character outside ASCII, or an "o" or "f".
 */
function mayGoOnTitle(text: string, c: number, limit: number): boolean {
  let e = anchorRunEnd(text, c + 1, limit);
  if (e < limit && text.charCodeAt(e) === 46) e++;
  let q = e;
  while (q < limit && isLookaheadSpace(text.charCodeAt(q))) q++;
  if (q === e || q >= limit) return false;
  const next = text.charCodeAt(q);
  return (next >= 65 && next <= 90) || next >= 128 || next === 111 || next === 102;
}

/**
 * Whether the word at `c` may be joined to a word of a name before it: white space before it, and before that a word
 * character, a period ("J. Smith") or a character outside ASCII.
 */
function mayFollowNameWord(text: string, c: number, floor: number): boolean {
  let q = c;
  while (q > floor && isLookaheadSpace(text.charCodeAt(q - 1))) q--;
  if (q === c || q === floor) return false;
  const before = text.charCodeAt(q - 1);
  return before >= 128 || before === 46 || ((UNIT_CATEGORIES[before] as number) & C_WORD) !== 0;
}

/** The hash `capitalRunHashes` gives a word that starts with the letters a-z that start `key` (lowercase). */
function leadingRunHash(key: string): number {
  let hash = 0;
  for (let i = 0; i < key.length; i++) {
    const code = key.charCodeAt(i);
    if (code < 97 || code > 122) break;
    hash = (Math.imul(hash, 31) + code) | 0;
  }
  return hash;
}

/** The mentions of `list` before `split` and those from it on, two runs in order from different paragraphs, as one. */
function mergedByStart(list: Mention[], split: number): Mention[] {
  const out: Mention[] = [];
  let i = 0;
  let j = split;
  while (i < split && j < list.length) {
    if ((list[i] as Mention).start < (list[j] as Mention).start) out.push(list[i++] as Mention);
    else out.push(list[j++] as Mention);
  }
  while (i < split) out.push(list[i++] as Mention);
  while (j < list.length) out.push(list[j++] as Mention);
  return out;
}

/** Every mention in the prose paragraphs, in order, placed in the article, with `quoted` set. */
function proseMentions(article: Article, cache: LintCache | undefined, spans: string | undefined): Mention[] {
  const mentions: Mention[] = [];
  const { text, lines } = article;
  const tk = inPlace;
  tk.setText(text);
  if (!cache || (spans !== undefined && !cache.keepsSpans)) {
    // Nothing kept for a next run (a lint without a cache, the CLI's): each paragraph's mentions go straight from the
    // scan into the list (no list or placed object per paragraph).
    const paragraphs = article.paragraphs;
    for (let k = 0; k < paragraphs.length; k++) {
      const p = paragraphs[k] as Paragraph;
      if (p.kind !== 'heading') scanParagraphAt(tk, p, breaks(p, lines), mentions, mentions.length);
    }
  } else if (spans !== undefined) {
    // The value depends only on the paragraph's text (its line lengths included). It also keeps its mentions as
    // last placed: a paragraph that has not moved (the edit was after it) takes them again as they are, one that
    // has moves them in place (nothing else holds them; a cache fork that lints through them moves them too, and
    // `at` with them).
    const prose = article.paragraphs.filter((p) => p.kind !== 'heading');
    const kept = cache.perSpan(spans, text, prose, (p): PlacedMentions => {
      const count = scanParagraphAt(tk, p, breaks(p, lines), found, 0);
      if (count === 0) return NOTHING_PLACED;
      // A list of the mentions' own length, not one grown by pushing (17 slots for one mention).
      const placed = found.slice(0, count);
      for (let i = 0; i < count; i++) detachMention(placed[i] as Mention);
      found.fill(undefined as unknown as Mention, 0, count);
      if (found.length > SCRATCH_TOKENS) found.length = 0;
      return { at: p.start, placed };
    });
    for (let k = 0; k < prose.length; k++) {
      const own = kept[k] as PlacedMentions;
      const at = (prose[k] as Paragraph).start;
      const placed = own.placed;
      if (own.at !== at && placed.length > 0) {
        for (let i = 0; i < placed.length; i++) moveMention(placed[i] as Mention, at - own.at);
        own.at = at;
      }
      for (let i = 0; i < placed.length; i++) mentions.push(placed[i] as Mention);
    }
  } else {
    const prose = article.paragraphs.filter((p) => p.kind !== 'heading');
    for (const p of prose) {
      const own = text.slice(p.start, p.end);
      const breakLines = breaks(p, lines);
      const local = cache.get(breakLines ? 'people:unwrapped' : 'people', own, () => scanRegion(own, breakLines));
      for (const m of local) mentions.push(shiftMention(m, p.start));
    }
  }
  // The document's text is not kept alive by the module.
  tk.setText('');
  if (tk.start.length > SCRATCH_TOKENS) inPlace = new Tokens('');
  markQuoted(mentions, article.quotes, 0);
  return mentions;
}

/** Whether a line of paragraph `p` is over 100 characters: not wrapped prose, so a line break keeps words apart. */
function breaks(p: Paragraph, lines: readonly Line[]): boolean {
  // A paragraph of one line is that line (the parse makes paragraphs of whole lines): its line is not read.
  if (p.firstLine === p.lastLine) return p.end - p.start > 100;
  // A line's length from its extent (its text is that slice): no read of the string.
  for (let l = p.firstLine; l <= p.lastLine; l++) {
    const line = lines[l];
    if (line && line.end - line.start > 100) return true;
  }
  return false;
}

/**
 * Marks the mentions from `from` on that start or end inside a quotation. Both lists are in order and the quotations do not
 * overlap (as `inSpans` has them), so one walk along the quotations serves: a mention's start, and its last
 * character, only grow.
 */
function markQuoted(mentions: Mention[], quotes: readonly Span[], from: number): void {
  let a = 0;
  let b = 0;
  for (let k = from; k < mentions.length; k++) {
    const m = mentions[k] as Mention;
    while (a < quotes.length && (quotes[a] as Span).end <= m.start) a++;
    while (b < quotes.length && (quotes[b] as Span).end <= m.end - 1) b++;
    const qa = quotes[a];
    const qb = quotes[b];
    m.quoted = (!!qa && qa.start <= m.start) || (!!qb && qb.start <= m.end - 1);
  }
}

/** A paragraph's mentions, placed as if the paragraph started at offset `at` of the article. */
interface PlacedMentions {
  at: number;
  placed: Mention[];
}

/** The mentions that tokens of `text` (from `paragraphTokens` or `tokensByExpression`) give. */
export function mentionsFromTokens(text: string, tk: Tokens): Mention[] {
  const out: Mention[] = [];
  scanParagraph(text, tk, out, 0);
  return out;
}

/** The scan's tokens, reused paragraph after paragraph: a paragraph's mentions keep nothing of them. */
let scratch = new Tokens('');
/**
 * The most tokens the reused arrays keep between paragraphs (about 40 bytes a token): a paragraph of press text has
 * a few dozen; one pasted list of names that needed more gets arrays of its own, let go after it.
 */
const SCRATCH_TOKENS = 4096;

/** The mentions in one paragraph's text, with offsets relative to it. */
function scanRegion(own: string, breakLines: boolean): Mention[] {
  const tk = scratch;
  tk.setText(own);
  scanTokens(tk, breakLines);
  if (tk.length < 2) {
    tk.setText('');
    return NO_MENTIONS;
  }
  const count = scanParagraph(own, tk, found, 0);
  // The text is a slice of the document's: not kept alive by the module, nor are the mentions (their names are
  // slices of it too).
  tk.setText('');
  if (tk.start.length > SCRATCH_TOKENS) scratch = new Tokens('');
  // A list of the mentions' own length, not one grown by pushing (17 slots for one mention).
  const mentions = count === 0 ? NO_MENTIONS : found.slice(0, count);
  found.fill(undefined as unknown as Mention, 0, count);
  if (found.length > SCRATCH_TOKENS) found.length = 0;
  return mentions;
}

/**
 * Writes the mentions of paragraph `p` of `tk`'s text (the document's) into `out` from slot `base` on, at their places
 * in the document; returns how many. The paragraph is read in place, with no slice of its own (a slice's characters
 * are read through it, about an eighth slower), when a line break or nothing lies on either side of it: then nothing
 * outside it changes what is read in it (the capital expression's look-behind at its first character included).
 */
function scanParagraphAt(tk: Tokens, p: Paragraph, breakLines: boolean, out: Mention[], base: number): number {
  const text = tk.text;
  if (isLineBreakAt(text, p.start - 1) && isLineBreakAt(text, p.end)) {
    tk.floor = p.start;
    tk.limit = p.end;
    scanTokens(tk, breakLines);
    return tk.length < 2 ? 0 : scanParagraph(text, tk, out, base);
  }
  const own = text.slice(p.start, p.end);
  const local = scratch;
  local.setText(own);
  scanTokens(local, breakLines);
  const count = local.length < 2 ? 0 : scanParagraph(own, local, out, base);
  for (let k = base; k < base + count; k++) moveMention(out[k] as Mention, p.start);
  local.setText('');
  if (local.start.length > SCRATCH_TOKENS) scratch = new Tokens('');
  return count;
}

/** Whether `i` is outside `text` or a line break (CR, LF) is there. */
function isLineBreakAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  const c = text.charCodeAt(i);
  return c === 10 || c === 13;
}

/** The tokens of the paragraphs read in place, reused paragraph after paragraph and document after document. */
let inPlace = new Tokens('');

/**
 * The mentions `scanRegion` finds in a paragraph, reused (its length is never set back to 0: V8 then lets go of the
 * list's room, and the next paragraph's mentions grew a new one).
 */
const found: Mention[] = [];

/** Moves a mention that nothing else holds by `by` characters, in place (its modifiers too). */
function moveMention(m: Mention, by: number): void {
  m.start += by;
  m.end += by;
  m.prefixStart += by;
  m.name.start += by;
  m.name.end += by;
  if (m.title) {
    m.title.start += by;
    m.title.end += by;
  }
  // Indexed: a for…of makes an iterator per mention.
  for (let k = 0; k < m.modifiers.length; k++) {
    const x = m.modifiers[k] as Modifier;
    x.start += by;
    x.end += by;
  }
}

/**
 * A mention made to be kept from run to run: its strings no longer views of the document (`detach`), which the
 * cache would otherwise keep alive, one version per edit, for as long as the paragraph is not edited again.
 */
function detachMention(m: Mention): void {
  m.name.text = detach(m.name.text);
  m.surname = detach(m.surname);
  if (m.fullKey !== undefined) m.fullKey = detach(m.fullKey);
  if (m.title) m.title.text = detach(m.title.text);
  for (let k = 0; k < m.modifiers.length; k++) {
    const x = m.modifiers[k] as Modifier;
    x.text = detach(x.text);
  }
}

/** A copy of a mention, moved by `by` characters (from a paragraph's start to its place in the article, or along with it). */
function shiftMention(m: Mention, by: number): Mention {
  return {
    ...m,
    start: m.start + by,
    end: m.end + by,
    prefixStart: m.prefixStart + by,
    name: { ...m.name, start: m.name.start + by, end: m.name.end + by },
    title: m.title && { ...m.title, start: m.title.start + by, end: m.title.end + by },
    modifiers: m.modifiers.map((x) => ({ ...x, start: x.start + by, end: x.end + by })),
  };
}

/** A title as an editor writes it in options ("Senator", "former Prime Minister"), or undefined when it is not one the rule knows. */
export function parseTitle(title: string): { office: Office; modifiers: Modifier[]; text: string } | undefined {
  const tk = tokensByExpression(title, WORD, false);
  const modifiers: Modifier[] = [];
  let i = 0;
  for (; i < tk.length; i++) {
    const key = keyOf(tk, i);
    if (key === 'the' && i + 1 < tk.length && keyOf(tk, i + 1) === 'late') continue;
    if (WORD_MODIFIERS.has(key)) {
      const end = tk.end[i] as number;
      const start = i > 0 && keyOf(tk, i - 1) === 'the' ? (tk.start[i - 1] as number) : (tk.start[i] as number);
      modifiers.push({ kind: MODIFIER_KINDS.get(key) ?? 'former', form: 'word', start, end, text: title.slice(start, end) });
      continue;
    }
    break;
  }
  if (i >= tk.length) return undefined;
  const headPrefix = prefixOf(tk, i);
  if (headPrefix) modifiers.push(headPrefix);
  // Titles in options may be written in lowercase.
  for (let k = 0; k < tk.length; k++) tk.flags[k] = (tk.flags[k] as number) | IS_CAPITAL;
  const match = matchTitle(tk, i);
  if (!match || match.next !== tk.length) return undefined;
  const lastSuffix = suffixOf(tk, match.next - 1);
  if (lastSuffix) modifiers.push(lastSuffix);
  return { office: match.office, modifiers, text: title.slice(tk.start[i], match.end) };
}

/** The lowercase "first last [suffix]" key of a name as written in options, or its surname alone. */
export function nameKey(name: string): { fullKey: string | undefined; surname: string } | undefined {
  const tk = tokensByExpression(name, WORD, false);
  for (let k = 0; k < tk.length; k++) if (!PARTICLES.has(keyOf(tk, k))) tk.flags[k] = (tk.flags[k] as number) | IS_CAPITAL;
  const next = nameEnd(tk, 0);
  if (next < 0) return undefined;
  nameMatch(tk, 0, next, nameSurnameAt, nameGivenAt, name);
  return { fullKey: matchedFullKey, surname: matchedSurname };
}

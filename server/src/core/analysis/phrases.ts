/**
 * write-good's nine checks in one pass over a paragraph's words.
 *
 * write-good runs nine regular expressions over a text, one after another;
 * its cliché expression alone is an alternation of some 700 phrases that V8
 * tries at every word, which is nearly all of its time. Here the word lists
 * are write-good's own (generated into phrases-data.ts from its packages by
 * tools/generate.ts) compiled into one character trie, and the text's words
 * (`regexWordRuns`, the words as those expressions see them) are walked once:
 * from each word's start, the trie follows the text for as long as some phrase
 * of some list still matches, so every list is matched at once.
 *
 * The result is exactly what each of write-good's functions returns on the
 * same text (test/rules/style-parity.test.ts compares them on the Brown press
 * texts and an edge-case table), because the walk keeps each expression's
 * rules:
 * - `\b` is JavaScript's: between an ASCII letter, digit or `_` and anything
 *   else, so a phrase can start after "é" and never after "_";
 * - letters compare without regard to ASCII case, and only ASCII letters do;
 * - a space in a cliché or wordy phrase is `[\b\s\u200C]*`: any run of white
 *   space, ZWNJ or backspace, or none at all ("afar cry" is "a far cry"); a
 *   space in a weasel phrase is one space; E-Prime reads ‘ and ’ as `'`;
 *   too-wordy skips a phrase right after a hyphen (`(?<!-)`);
 * - of the phrases that match at one place, the one listed first wins (an
 *   alternation tries its branches in order), and where one phrase can end in
 *   two places (a trailing space, the optional last letter of "cease?") the
 *   longer end that still meets `\b` wins (a greedy quantifier);
 * - after a match, a check looks for the next one from the match's end, never
 *   inside it; "many" and "few" right after "too " are matched but not
 *   reported, as is the participle "indeed";
 * - the sentence checks ("So", "There is") read the runs that end at `.`, `;`,
 *   `!` or `?`, as write-good's `([^\n.;!?]+)([.;!?]+)` does, but in one pass:
 *   write-good's expression starts again at each character of a run that no
 *   punctuation ends, which is quadratic on a long unpunctuated line.
 *
 * Offsets are UTF-16, relative to the start of the scanned range, so a
 * paragraph's hits do not depend on where the paragraph sits (style.ts keeps
 * them between runs).
 */
import {
  ADVERB_FILLERS,
  ADVERB_STEMS,
  BE_VERBS,
  CLICHES,
  IRREGULAR_PARTICIPLES,
  PASSIVE_EXCEPTIONS,
  TO_BE,
  TOO_WORDY,
  WEASEL_EXCEPTIONS,
  WEASELS,
} from './phrases-data';
import { TRIE_DENSE, TRIE_RECORDS, TRIE_SYMBOLS, TRIE_TERM_ALT, TRIE_TERM_LIST, TRIE_TERM_NEXT } from './phrases-trie-data';
import { isRegexSpaceCode, isRegexWordCode } from '../tokens';
import type { Span } from '../types';

/** write-good's checks, by the name of the package or file that holds each. */
export const STYLE_CHECKS = [
  'adverb-where',
  'e-prime',
  'lexical-illusions',
  'no-cliches',
  'passive-voice',
  'starts-with-so',
  'there-is',
  'too-wordy',
  'weasel-words',
] as const;
export type StyleCheck = (typeof STYLE_CHECKS)[number];

const ADVERB = 0;
const E_PRIME = 1;
const ILLUSION = 2;
const CLICHE = 3;
const PASSIVE = 4;
const SO = 5;
const THERE_IS = 6;
const WORDY = 7;
const WEASEL = 8;
const CHECK_COUNT = 9;
/** Lists in the trie that are no check of their own: passive-voice reads them word by word. */
const BE = 9;
const PARTICIPLE = 10;
const LIST_COUNT = 11;

/** The index of a check in `STYLE_CHECKS`, the first number of each hit triple. */
export function checkIndex(name: StyleCheck): number {
  return STYLE_CHECKS.indexOf(name);
}

// ---------------------------------------------------------------- the trie

/** `[\b\s\u200C]`: what a space in a cliché or wordy phrase stands for, any number of times. */
function isSeparator(c: number): boolean {
  return c === 8 || c === 0x200c || isRegexSpaceCode(c);
}

/** What a space or an apostrophe of a phrase stands for, besides a literal character of the text. */
const SEPARATORS = -1; // a run of [\b\s\u200C], or none
const ONE_SPACE = -2; // exactly " "
const APOSTROPHE = -3; // ', ‘ or ’ (E-Prime)

/** Node flags. */
const LOOPS = 1; // reached through SEPARATORS: stays itself on a further separator
const SPECIAL = 2; // has a ONE_SPACE or APOSTROPHE child
const TERMINAL = 4; // some phrase ends here

export interface Trie {
  /**
   * The symbol of each ASCII character of the text (0: no phrase has it). The
   * letters fold case; the alphabet is the characters the lists use (27 of
   * them today: letters, `'`, `,`, `-`), then the three classes.
   */
  textSymbol: Uint8Array;
  /** What a walk's step needs of each ASCII character, in one number (`CH_*`): its symbol and its classes. */
  charBits: Uint16Array;
  /** Symbols per node: the row width of `dense`. */
  width: number;
  separators: number;
  oneSpace: number;
  apostrophe: number;
  /**
   * The nodes, each a record of a few numbers, one after another in depth-first order, a node known by its record's
   * offset (0 is the root, never a child): first what a step needs of it in one number, its info (`INFO_*`: its flags,
   * whether it has a separator child, how many edges it has and where they start, or where its dense row is), then
   * its child through SEPARATORS if it has one (a space of the phrase read as no character yet), its first terminal
   * entry if some phrase ends at it (entries chain through `termNext`), then its children as edges sorted by symbol,
   * each `child << 8 | symbol`. A step reads one record, mostly in one cache line, and a node's first child is the
   * record right after it: separate tables of infos, edges, separator children, flags and terminal entries (about
   * 220 KB) took a read of a line of each at most steps.
   */
  records: Int32Array;
  /**
   * The nodes with many children (the root, the first letters), which every word visits, read a row of `dense`
   * instead of searching their edges: the row's offset is in their info (`dense[offset + symbol]` the child, or 0).
   */
  dense: Uint16Array | Int32Array;
  termList: Int32Array;
  termAlt: Int32Array;
  termNext: Int32Array;
  /** Alternative indexes of weasel-words' exceptions ("many", "few"). */
  weaselExceptions: Set<number>;
}

let trie: Trie | undefined;

/**
 * A node with more children than this gets a dense row (`dense[offset + symbol]`, the child or 0: one read, no
 * branch on the symbol): a search of its sorted edges takes a branch per edge, which the processor mispredicts as
 * often as not, a word's letters being what they are. 236 nodes have more than two (the root, the first letters and
 * the common beginnings: rows of 33 symbols, 16 KB in all); on the 1 MB press text a scan took 6% less time than
 * with rows for the 16 nodes with more than eight, and rows down to nodes of two children took no less again
 * (medians of 30, alternating in one process).
 */
const DENSE_CHILDREN = 2;

/** The parts of a node's info: the low bits hold where its edges start in its record (or its dense row's offset). */
const INFO_BASE = 0xfffff;
const INFO_COUNT_SHIFT = 20; // 4 bits: the number of edges (at most DENSE_CHILDREN)
const INFO_FLAGS_SHIFT = 24; // 3 bits: LOOPS, SPECIAL, TERMINAL
const INFO_DENSE = 1 << 27;
const INFO_SEPARATOR = 1 << 28;
const INFO_TERMINAL = TERMINAL << INFO_FLAGS_SHIFT;
const SPECIAL_INFO = SPECIAL << INFO_FLAGS_SHIFT;
const LOOPS_INFO = LOOPS << INFO_FLAGS_SHIFT;
/** A node a step of one state cannot take in place: it loops on separators, has a class child or a separator child. */
const INFO_GENERAL = ((LOOPS | SPECIAL) << INFO_FLAGS_SHIFT) | INFO_SEPARATOR;

/** The child of `node`, given its `info`, through `symbol`, or 0. */
function childByInfo(t: Trie, node: number, info: number, symbol: number): number {
  const base = info & INFO_BASE;
  if (info & INFO_DENSE) return t.dense[base + symbol] as number;
  const records = t.records;
  for (let e = node + base, end = e + ((info >>> INFO_COUNT_SHIFT) & 15); e < end; e++) {
    const v = records[e] as number;
    const s = v & 255;
    if (s === symbol) return v >>> 8;
    if (s > symbol) break;
  }
  return 0;
}

/** The child of `node` through `symbol`, or 0. */
function childOf(t: Trie, node: number, symbol: number): number {
  return childByInfo(t, node, t.records[node] as number, symbol);
}

/** The separator child of `node`, given its `info`, or 0. */
function separatorOf(records: Int32Array, node: number, info: number): number {
  return (info & INFO_SEPARATOR) !== 0 ? (records[node + 1] as number) : 0;
}

interface Phrases {
  list: number;
  phrases: readonly string[];
  /** What a space of a phrase stands for. */
  space: number;
  /** Whether an apostrophe stands for the APOSTROPHE class (E-Prime) or for itself. */
  curly: boolean;
}

/** The word lists a trie is built from: phrases-data.ts's, or the generator's as it writes them. */
export interface TrieLists {
  ADVERB_STEMS: readonly string[];
  ADVERB_FILLERS: readonly string[];
  TO_BE: readonly string[];
  CLICHES: readonly string[];
  TOO_WORDY: readonly string[];
  WEASELS: readonly string[];
  WEASEL_EXCEPTIONS: readonly string[];
  BE_VERBS: readonly string[];
  IRREGULAR_PARTICIPLES: readonly string[];
}

const DATA_LISTS: TrieLists = {
  ADVERB_STEMS,
  ADVERB_FILLERS,
  TO_BE,
  CLICHES,
  TOO_WORDY,
  WEASELS,
  WEASEL_EXCEPTIONS,
  BE_VERBS,
  IRREGULAR_PARTICIPLES,
};

/**
 * The trie of the lists, built from their phrases. A process does not run this: `tools/generate.ts` does, and writes
 * the result into phrases-trie-data.ts, which `decodeTrie` reads (a test compares the two field by field, so lists or
 * a builder changed without `npm run generate` fail it).
 */
export function buildTrie(data: TrieLists = DATA_LISTS): Trie {
  const lists: Phrases[] = [
    {
      list: ADVERB,
      phrases: [...data.ADVERB_STEMS.map((s) => `${s}y`), ...data.ADVERB_FILLERS],
      space: SEPARATORS,
      curly: false,
    },
    { list: E_PRIME, phrases: data.TO_BE, space: SEPARATORS, curly: true },
    { list: CLICHE, phrases: data.CLICHES, space: SEPARATORS, curly: false },
    { list: WORDY, phrases: data.TOO_WORDY, space: SEPARATORS, curly: false },
    { list: WEASEL, phrases: data.WEASELS, space: ONE_SPACE, curly: false },
    { list: BE, phrases: data.BE_VERBS, space: SEPARATORS, curly: false },
    { list: PARTICIPLE, phrases: data.IRREGULAR_PARTICIPLES, space: SEPARATORS, curly: false },
  ];
  // The alphabet: the 26 letters, then every other character a phrase spells out.
  const textSymbol = new Uint8Array(128);
  for (let c = 0; c < 26; c++) {
    textSymbol[65 + c] = 1 + c;
    textSymbol[97 + c] = 1 + c;
  }
  let width = 27;
  for (const { phrases, curly } of lists) {
    for (const phrase of phrases) {
      for (let i = 0; i < phrase.length; i++) {
        const ch = phrase.charCodeAt(i);
        if (ch === 32 || (ch === 39 && curly) || (ch === 63 && i === phrase.length - 1)) continue;
        if (ch >= 128 || (ch >= 65 && ch <= 90)) throw new Error(`phrases: cannot read ${JSON.stringify(phrase)}`);
        if (textSymbol[ch] === 0) textSymbol[ch] = width++;
      }
    }
  }
  const classBase = width;
  /** The symbol of a class: SEPARATORS, ONE_SPACE, APOSTROPHE after the characters. */
  const classOf = (k: number): number => classBase - 1 - k;
  width += 3;

  // The trie in the order phrases add nodes, each node's children as a list sorted by symbol (first child, next
  // sibling, symbol), then numbered depth first into the final tables. Built once per process: lists, not a
  // table of a row per node, so that building it costs little memory (a lint of one file is its whole run).
  // Typed arrays sized from the lists (a node per character at most, two ends per phrase at most): made at once,
  // outside the collected heap, rather than grown one node at a time.
  let characters = 1;
  let phraseCount = 0;
  for (const { phrases } of lists) {
    phraseCount += phrases.length;
    for (const phrase of phrases) characters += phrase.length;
  }
  let count = 1;
  const firstChild = new Int32Array(characters);
  const sibling = new Int32Array(characters);
  const symbolOf = new Int32Array(characters);
  // Each phrase's ends: the node, the list and the phrase's place in it.
  let terms = 0;
  const termNode = new Int32Array(2 * phraseCount);
  const termOfList = new Int32Array(2 * phraseCount);
  const termOfAlt = new Int32Array(2 * phraseCount);
  const addTerm = (node: number, list: number, alt: number): void => {
    termNode[terms] = node;
    termOfList[terms] = list;
    termOfAlt[terms++] = alt;
  };
  for (const { list, phrases, space, curly } of lists) {
    phrases.forEach((phrase, alt) => {
      // A final "?" makes the last letter optional: the phrase ends both with and without it.
      const optional = phrase.endsWith('?');
      const body = optional ? phrase.slice(0, -1) : phrase;
      let node = 0;
      for (let i = 0; i < body.length; i++) {
        if (optional && i === body.length - 1) addTerm(node, list, alt);
        const ch = body.charCodeAt(i);
        const symbol = ch === 32 ? classOf(space) : ch === 39 && curly ? classOf(APOSTROPHE) : (textSymbol[ch] ?? 0);
        if (!symbol || (i === 0 && symbol >= classOf(SEPARATORS)))
          throw new Error(`phrases: cannot read ${JSON.stringify(body[i])} in ${JSON.stringify(phrase)}`);
        // The child through `symbol`, or the sibling it goes after.
        let before = 0;
        let child = firstChild[node] ?? 0;
        while (child !== 0 && (symbolOf[child] ?? 0) < symbol) {
          before = child;
          child = sibling[child] ?? 0;
        }
        if (child === 0 || symbolOf[child] !== symbol) {
          const added = count++;
          sibling[added] = child;
          if (before === 0) firstChild[node] = added;
          else sibling[before] = added;
          firstChild[added] = 0;
          symbolOf[added] = symbol;
          child = added;
        }
        node = child;
      }
      addTerm(node, list, alt);
    });
  }
  const nodes = count;
  // Numbered depth first (a stack, not recursion), children in symbol order.
  const order = new Int32Array(nodes);
  const number = new Int32Array(nodes);
  let ordered = 0;
  const stack = [0];
  while (stack.length > 0) {
    const old = stack.pop() ?? 0;
    number[old] = ordered;
    order[ordered++] = old;
    const from = stack.length;
    for (let child = firstChild[old] ?? 0; child !== 0; child = sibling[child] ?? 0) stack.push(child);
    // The first child is to be numbered next: it goes on top.
    for (let lo = from, hi = stack.length - 1; lo < hi; lo++, hi--) {
      const swap = stack[lo] ?? 0;
      stack[lo] = stack[hi] ?? 0;
      stack[hi] = swap;
    }
  }
  const Table = nodes < 0x10000 ? Uint16Array : Int32Array;
  const edgeSymbol = new Uint8Array(nodes);
  const edgeChild = new Table(nodes);
  const separatorChild = new Table(nodes);
  const flags = new Uint8Array(nodes);
  // Each node's terminal entries: the phrases that end at it, chained.
  const termHead = new Int32Array(nodes).fill(-1);
  const termList = termOfList.slice(0, terms);
  const termAlt = termOfAlt.slice(0, terms);
  const termNext = new Int32Array(terms);
  for (let i = 0; i < terms; i++) {
    const node = number[termNode[i] as number] as number;
    termNext[i] = termHead[node] as number;
    termHead[node] = i;
    flags[node] = (flags[node] as number) | TERMINAL;
  }
  // Each node's record, in depth-first order: its info, its separator child if it has one, its first terminal entry
  // if some phrase ends there, then its edges (none for a dense node: its row holds its children). A node is known by
  // its record's offset. One pass in that order lists each node's edges and flags (a child's LOOPS comes from its
  // parent, numbered before it) and places its record (`at`); a second writes the records and rows, every child's
  // offset known by then. The trie is built once per process, before its first scan, in code not yet optimised:
  // plain loops over typed arrays, no array per row.
  const edgeStart = new Int32Array(nodes + 1);
  const denseAt = new Int32Array(nodes).fill(-1);
  const at = new Int32Array(nodes + 1);
  const separatorSymbol = classOf(SEPARATORS);
  const oneSpaceSymbol = classOf(ONE_SPACE);
  const apostropheSymbol = classOf(APOSTROPHE);
  let rows = 0;
  let edges = 0;
  for (let node = 0; node < nodes; node++) {
    const old = order[node] as number;
    edgeStart[node] = edges;
    for (let kid = firstChild[old] as number; kid !== 0; kid = sibling[kid] as number) {
      const symbol = symbolOf[kid] as number;
      const child = number[kid] as number;
      edgeSymbol[edges] = symbol;
      edgeChild[edges++] = child;
      if (symbol === separatorSymbol) {
        // Two spaces in a row: the walk's one-state steps take a separator child to have none of its own.
        if ((flags[node] as number) & LOOPS) throw new Error('phrases: a phrase has two spaces in a row');
        separatorChild[node] = child;
        flags[child] = (flags[child] as number) | LOOPS;
      } else if (symbol === oneSpaceSymbol || symbol === apostropheSymbol) {
        flags[node] = (flags[node] as number) | SPECIAL;
      }
    }
    const children = edges - (edgeStart[node] as number);
    if (children > DENSE_CHILDREN) denseAt[node] = rows++ * width;
    const header = 1 + (separatorChild[node] !== 0 ? 1 : 0) + ((flags[node] as number) & TERMINAL ? 1 : 0);
    at[node + 1] = (at[node] as number) + header + (children > DENSE_CHILDREN ? 0 : children);
  }
  edgeStart[nodes] = edges;
  // The scan takes a word's first step through the root's dense row without looking at its info.
  if (denseAt[0] !== 0) throw new Error('phrases: the root has no dense row');
  const size = at[nodes] as number;
  if (size > 0x7fffff || DENSE_CHILDREN > 15 || width > 255) throw new Error('phrases: the trie outgrew its packing');
  const records = new Int32Array(size);
  const dense = size < 0x10000 ? new Uint16Array(rows * width) : new Int32Array(rows * width);
  for (let node = 0; node < nodes; node++) {
    const offset = at[node] as number;
    const f = flags[node] as number;
    const separator = separatorChild[node] as number;
    let h = offset + 1;
    if (separator !== 0) records[h++] = at[separator] as number;
    if (f & TERMINAL) records[h++] = termHead[node] as number;
    let info = (f << INFO_FLAGS_SHIFT) | (separator !== 0 ? INFO_SEPARATOR : 0);
    const first = edgeStart[node] as number;
    const last = edgeStart[node + 1] as number;
    const row = denseAt[node] as number;
    if (row >= 0) {
      info |= row | INFO_DENSE;
      for (let e = first; e < last; e++) dense[row + (edgeSymbol[e] as number)] = at[edgeChild[e] as number] as number;
    } else {
      info |= (h - offset) | ((last - first) << INFO_COUNT_SHIFT);
      for (let e = first; e < last; e++) records[h++] = ((at[edgeChild[e] as number] as number) << 8) | (edgeSymbol[e] as number);
    }
    records[offset] = info;
  }
  const weaselExceptions = weaselExceptionsOf(data.WEASELS, data.WEASEL_EXCEPTIONS);
  if (width > CH_SYMBOL + 1) throw new Error('phrases: the trie outgrew its packing');
  return {
    textSymbol,
    charBits: charBitsOf(textSymbol),
    width,
    separators: classOf(SEPARATORS),
    oneSpace: classOf(ONE_SPACE),
    apostrophe: classOf(APOSTROPHE),
    dense,
    records,
    termList,
    termAlt,
    termNext,
    weaselExceptions,
  };
}

/** Alternative indexes of weasel-words' exceptions in its list. */
function weaselExceptionsOf(weasels: readonly string[], exceptions: readonly string[]): Set<number> {
  return new Set(exceptions.map((w) => weasels.indexOf(w)).filter((i) => i >= 0));
}

/** A walk's table of each ASCII character's bits, given the characters' symbols. */
function charBitsOf(textSymbol: Uint8Array): Uint16Array {
  const charBits = new Uint16Array(128);
  for (let c = 0; c < 128; c++) charBits[c] = (textSymbol[c] ?? 0) | highCharBits(c);
  return charBits;
}

// ---------------------------------------------------------------- the trie as generated text

/**
 * Building the trie from the lists took 15-19 ms of CPU in a fresh process (code not yet optimised, run once), a
 * tenth of a one-file CLI run, paid again by every language-server start; so `tools/generate.ts` builds it and
 * writes its arrays into phrases-trie-data.ts, and a process only reads them at first use. Each array is a JSON text
 * of its numbers, read by `JSON.parse` and copied into a typed array by the typed array's constructor: both native,
 * no loop of ours over the numbers (about 1 ms for the records' 29,000). Five base-64 digits a number were a third
 * smaller (166 KB against 260 KB of source) but took 2-3 times as long, in a loop over the numbers that V8 has not
 * optimised by its end. The text is ASCII (the built sources stay one byte a character). Numbers, not bytes: no
 * typed array is read through another's buffer, so the machine's byte order does not matter.
 */
export interface EncodedTrie {
  /** The characters of the alphabet after the 26 letters (symbols 1 to 26), in symbol order. */
  symbols: string;
  records: string;
  dense: string;
  termList: string;
  termAlt: string;
  termNext: string;
}

export function encodeTrie(t: Trie): EncodedTrie {
  let symbols = '';
  for (let symbol = 27; ; symbol++) {
    const c = t.textSymbol.indexOf(symbol);
    if (c < 0) break;
    symbols += String.fromCharCode(c);
  }
  const json = (a: ArrayLike<number>): string => JSON.stringify(Array.from(a));
  return {
    symbols,
    records: json(t.records),
    dense: json(t.dense),
    termList: json(t.termList),
    termAlt: json(t.termAlt),
    termNext: json(t.termNext),
  };
}

/**
 * The trie of phrases-trie-data.ts (`encodeTrie`'s text of `buildTrie`'s trie). It reads no other list than the
 * weasel words, so a bundle, which has no `buildTrie` to keep, leaves the others out.
 */
export function decodeTrie(): Trie {
  const records = new Int32Array(JSON.parse(TRIE_RECORDS) as number[]);
  const denseNumbers = JSON.parse(TRIE_DENSE) as number[];
  // The row table's type as `buildTrie` chooses it.
  const dense = records.length < 0x10000 ? new Uint16Array(denseNumbers) : new Int32Array(denseNumbers);
  const textSymbol = new Uint8Array(128);
  for (let c = 0; c < 26; c++) {
    textSymbol[65 + c] = 1 + c;
    textSymbol[97 + c] = 1 + c;
  }
  for (let i = 0; i < TRIE_SYMBOLS.length; i++) textSymbol[TRIE_SYMBOLS.charCodeAt(i)] = 27 + i;
  // The classes' symbols follow the characters', as `buildTrie` numbers them.
  const classBase = 27 + TRIE_SYMBOLS.length;
  return {
    textSymbol,
    charBits: charBitsOf(textSymbol),
    width: classBase + 3,
    separators: classBase - 1 - SEPARATORS,
    oneSpace: classBase - 1 - ONE_SPACE,
    apostrophe: classBase - 1 - APOSTROPHE,
    dense,
    records,
    termList: new Int32Array(JSON.parse(TRIE_TERM_LIST) as number[]),
    termAlt: new Int32Array(JSON.parse(TRIE_TERM_ALT) as number[]),
    termNext: new Int32Array(JSON.parse(TRIE_TERM_NEXT) as number[]),
    weaselExceptions: weaselExceptionsOf(WEASELS, WEASEL_EXCEPTIONS),
  };
}

// ---------------------------------------------------------------- scanning

/** Character classes of the one pass, for ASCII. */
const WORD = 1; // \w
const SPACE = 2; // \s
const SENTENCE_END = 4; // . ; ! ?
const NEWLINE = 8; // \n
const CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  CLASS[c] =
    (isRegexWordCode(c) ? WORD : 0) |
    (isRegexSpaceCode(c) ? SPACE : 0) |
    (c === 46 || c === 59 || c === 33 || c === 63 ? SENTENCE_END : 0) |
    (c === 10 ? NEWLINE : 0);
}

/** A walk's bits of a character: its symbol in the low bits, then what it is besides. */
const CH_SYMBOL = 63;
const CH_WORD = 64; // \w
const CH_SEPARATOR = 128; // [\b\s\u200C]: SEPARATORS
const CH_SPACE = 256; // " ": ONE_SPACE
const CH_APOSTROPHE = 512; // ', ‘ or ’: APOSTROPHE
const CH_END = 1024; // the end of the scanned range

/** A character's bits besides its symbol (the symbol of an ASCII character is the trie's own). */
function highCharBits(c: number): number {
  return (
    (c < 128 && isRegexWordCode(c) ? CH_WORD : 0) |
    (isSeparator(c) ? CH_SEPARATOR : 0) |
    (c === 32 ? CH_SPACE : 0) |
    (c === 39 || c === 0x2018 || c === 0x2019 ? CH_APOSTROPHE : 0)
  );
}

/** Room for the hits of a long paragraph; a bigger buffer, grown for a huge one, is let go after its scan. */
const FOUND_SIZE = 3 * 1024;
/**
 * Hits as they are found, as (check, start, end) triples relative to the scan's start; reused by every scan.
 * The buffer starts with room for a few hits, so that the first scan of a process grows it in its first paragraphs,
 * before `hit` is optimised: growing it first in optimised code (the 1,024th hit, 90 KB into the press text) dropped
 * the scan, and compiling it again took tens of milliseconds. It grows as far as a scan needs.
 */
let found = new Int32Array(3 * 4);
let foundLength = 0;
/** The start of the range being scanned (the look-behinds stop there), and what the hits' offsets are relative to. */
let foundFrom = 0;
let foundBase = 0;

function hit(check: number, start: number, end: number): void {
  found[foundLength] = check;
  found[foundLength + 1] = start - foundBase;
  found[foundLength + 2] = end - foundBase;
  foundLength += 3;
  // Room for the next triple is kept at all times, so that `hitWhen` need not look.
  if (foundLength + 3 > found.length) grow();
}

/**
 * `hit` when `keep`: the triple is written either way (there is room, see `hit`), and kept only when `keep`. A rare hit
 * (lexical-illusions, a dozen a MB) is tested at a call made often, since a call first met in optimised code drops it
 * (V8 has no feedback for it), which had the first scan of a fresh process compile `scanHits` once more (tens of
 * milliseconds of compiling). Small enough to be inlined: calling `hit` itself at every run's end cost 5% of the scan.
 */
function hitWhen(keep: boolean, check: number, start: number, end: number): void {
  found[foundLength] = check;
  found[foundLength + 1] = start - foundBase;
  found[foundLength + 2] = end - foundBase;
  foundLength += keep ? 3 : 0;
  // Full only after a kept hit that filled it: about never, so this call may be first met in optimised code.
  if (foundLength + 3 > found.length) grow();
}

/** Doubles the hits buffer. */
function grow(): void {
  const bigger = new Int32Array(found.length * 2);
  bigger.set(found);
  found = bigger;
}

/** The triples ordered by check, each check's in the order found (which is by start). */
const counts = new Int32Array(CHECK_COUNT + 1);

/** A scan with no hit returns this one list (never changed). */
const NO_HITS: readonly number[] = Object.freeze([]);

/**
 * The triples in a small array: a scan's result is kept per paragraph (in the cache between runs), and a plain
 * array of small integers costs far less to make and to keep than a typed array, most paragraphs holding a few hits.
 */
function sortedHits(): readonly number[] {
  if (foundLength === 0) return NO_HITS;
  counts.fill(0);
  for (let i = 0; i < foundLength; i += 3) {
    const k = (found[i] ?? 0) + 1;
    counts[k] = (counts[k] ?? 0) + 1;
  }
  for (let k = 1; k <= CHECK_COUNT; k++) counts[k] = (counts[k] ?? 0) + (counts[k - 1] ?? 0);
  const out = new Array<number>(foundLength).fill(0);
  for (let i = 0; i < foundLength; i += 3) {
    const k = found[i] ?? 0;
    const at = (counts[k] ?? 0) * 3;
    counts[k] = (counts[k] ?? 0) + 1;
    out[at] = k;
    out[at + 1] = found[i + 1] ?? 0;
    out[at + 2] = found[i + 2] ?? 0;
  }
  return out;
}

/** Where each check's next match may start: an expression resumes after its last match. */
const resume = new Int32Array(CHECK_COUNT);

/**
 * Every check's hits in `text` from `from` to `to`, as if each of write-good's
 * functions ran on `text.slice(from, to)`: an array of
 * `[check, start, end]` triples (check an index into `STYLE_CHECKS`, offsets
 * relative to `from`), ordered by check, then by start.
 *
 * One loop over the characters finds write-good's words (runs of `\w`), its
 * runs of non-space (lexical-illusions compares each with the one before) and
 * its sentences; at each word's start the trie is walked.
 */
export function scanStyle(text: string, from = 0, to = text.length): readonly number[] {
  foundLength = 0;
  scanHits(text, from, to, from);
  const sorted = sortedHits();
  if (found.length > FOUND_SIZE) found = new Int32Array(FOUND_SIZE);
  return sorted;
}

/**
 * `scanStyle` over each of the sorted, non-overlapping `spans` of `text`, for a caller that keeps no per-span result:
 * one list of `[check, start, end]` triples for them all, offsets into `text`, span after span, each span's triples
 * in the order the scan found them (each check's by start, as `scanStyle` keeps them within a check). A typed array
 * outside the collected heap, not an array per span.
 */
export function scanStyleSpans(text: string, spans: readonly Span[]): Int32Array {
  // Every span's hits go on in the one buffer, with offsets into the text: no copy per span.
  foundLength = 0;
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i] as Span;
    scanHits(text, span.start, span.end, 0);
  }
  const out = found.slice(0, foundLength);
  foundLength = 0;
  if (found.length > FOUND_SIZE) found = new Int32Array(FOUND_SIZE);
  return out;
}

/** The scan itself: adds the hits to `found` (`foundLength` numbers), offsets relative to `base`. */
function scanHits(text: string, from: number, to: number, base: number): void {
  const t = (trie ??= decodeTrie());
  const { records, charBits, dense } = t;
  const rootRow = (records[0] as number) & INFO_BASE;
  foundFrom = from;
  foundBase = base;
  for (let r = 0; r < CHECK_COUNT; r++) resume[r] = from;
  // passive-voice: the previous word, when it is a form of "to be" that may start a match, and whether only
  // white space has followed it.
  let beStart = -1;
  let gapSpace = false;
  // lexical-illusions: the current and previous runs of non-space.
  let chunkStart = -1;
  let chunkWord = false;
  let chunkAscii = true;
  let prevStart = -1;
  let prevEnd = -1;
  let prevAscii = true;
  // starts-with-so, there-is: where the current sentence run starts.
  let runStart = from;

  let i = from;
  while (i <= to) {
    const c = i < to ? text.charCodeAt(i) : 10;
    const k = c < 128 ? (CLASS[c] ?? 0) : isRegexSpaceCode(c) ? SPACE : 0;

    if (k & WORD) {
      // A word: walk the trie from its start, then go to its end in one step (a word character is neither
      // space nor a sentence end, so only the run of non-space needs to know).
      const wordStart = i;
      // The word's first characters, while one state of the trie follows them with no separator or class to
      // try: no word boundary is met, so no phrase ends, and most words end their walk here. Else `walk` goes on
      // from where this stopped. The first step is the root's, always a dense row (a word character here is ASCII,
      // and one with no symbol reads the row's empty slot 0): no branch on the kind of node for it.
      let node = dense[rootRow + ((charBits[c] as number) & CH_SYMBOL)] as number;
      let p = i + 1;
      let on = false;
      if (node !== 0) {
        let info = records[node] as number;
        if ((info & INFO_GENERAL) !== 0) on = true;
        else
          for (;;) {
            const d = p < to ? text.charCodeAt(p) : 128;
            const x = d < 128 ? (charBits[d] as number) : 0;
            if ((x & CH_WORD) === 0) {
              // The word ends on a node with no separator or class child: a walk would end a phrase here only if
              // the node is terminal, and go on only through the character's symbol (",", "-", "'"); else it
              // would do nothing (8,000 of its 111,000 calls on the 1 MB press text, each a call and its set-up).
              on = (info & INFO_TERMINAL) !== 0 || (x & CH_SYMBOL) !== 0;
              break;
            }
            // Symbol 0 (a digit, "_") finds no child: a dense row's slot 0 is empty, an edge's symbol is above it.
            const child = childByInfo(t, node, info, x & CH_SYMBOL);
            p++;
            // No phrase goes on: the word's characters are known up to here.
            if (child === 0) break;
            node = child;
            info = records[child] as number;
            if ((info & INFO_GENERAL) !== 0) {
              on = true;
              break;
            }
          }
      }
      let beEnd = -1;
      let participleEnd = -1;
      if (on) {
        i = walk(t, text, wordStart, p, node, to);
        beEnd = bestEnd[BE] as number;
        participleEnd = bestEnd[PARTICIPLE] as number;
      } else {
        i = p;
      }
      if (chunkStart < 0) {
        chunkStart = wordStart;
        chunkAscii = true;
      }
      chunkWord = true;
      while (i < to) {
        const d = text.charCodeAt(i);
        if (d >= 128 || ((CLASS[d] ?? 0) & WORD) === 0) break;
        i++;
      }
      passive(text, wordStart, i, beStart, gapSpace, participleEnd === i);
      beStart = beEnd === i && wordStart >= (resume[PASSIVE] ?? 0) ? wordStart : -1;
      gapSpace = true;
      // A plain space after a word (most words' end), taken here as the loop below takes it: it ends the run of
      // non-space the word is in, and is no sentence end. One pass through the loop's classing of a character fewer
      // per word: about 2% of the scan on 1 MB of press text. A run the same as the one before it (a dozen a MB) is
      // left to the loop below, whose call of `hit` is then the only one for lexical-illusions: a call first met in
      // optimised code drops it (V8 has no feedback for it), and a second such call had the first scan of a fresh
      // process compile `scanHits` three times.
      if (
        i < to &&
        text.charCodeAt(i) === 32 &&
        !(prevStart >= 0 && sameLowerCase(text, prevStart, prevEnd, chunkStart, i, chunkAscii && prevAscii))
      ) {
        prevStart = chunkStart;
        prevEnd = i;
        prevAscii = chunkAscii;
        chunkStart = -1;
        i++;
      }
      continue;
    }
    if (!(k & SPACE)) gapSpace = false;

    if (k & SPACE || i === to) {
      if (chunkStart >= 0) {
        // Two runs of ASCII the same only if as long (sameLowerCase's own first test): only then is the test made,
        // and its answer written (hitWhen's writes at every run's end were about 2% of the scan).
        const ascii = chunkAscii && prevAscii;
        if (chunkWord && prevStart >= 0 && (!ascii || i - chunkStart === prevEnd - prevStart)) {
          hitWhen(sameLowerCase(text, prevStart, prevEnd, chunkStart, i, ascii), ILLUSION, chunkStart, i);
        }
        prevStart = chunkStart;
        prevEnd = i;
        prevAscii = chunkAscii;
        chunkStart = -1;
      }
    } else if (chunkStart < 0) {
      chunkStart = i;
      chunkWord = false;
      chunkAscii = c < 128;
    } else if (c >= 128) {
      chunkAscii = false;
    }

    if (k & (SENTENCE_END | NEWLINE)) {
      if (k & SENTENCE_END && i > runStart) sentenceStart(text, runStart, i);
      runStart = i + 1;
    }
    i++;
  }
}

/** Per walk: the best alternative and end found for each list, and which lists it touched. */
const bestAlt = new Int32Array(LIST_COUNT).fill(-1);
const bestEnd = new Int32Array(LIST_COUNT).fill(-1);
const touched = new Int32Array(LIST_COUNT);
/** The walk's current and next sets of trie nodes: a handful at most. */
let states: number[] = [];
let nextStates: number[] = [];

/**
 * Follows the trie from `start` (a word's start) along the text, finding for
 * each list the first-listed phrase that ends at a word boundary (and, for
 * that phrase, its longest such end), then reports each check's match. Leaves
 * `bestEnd` of BE and PARTICIPLE for passive-voice (-1: none). Returns the end
 * of the word's characters it read (the word may run on beyond).
 */
function walk(t: Trie, text: string, start: number, p: number, node: number, to: number): number {
  // Every field a step may read, read here: a read first met in a rare path dropped the optimised walk.
  const { charBits, records, termList, termAlt, termNext, oneSpace, apostrophe } = t;
  bestEnd[BE] = -1;
  bestEnd[PARTICIPLE] = -1;
  /** How far the word's characters are known to run: the walk read them. */
  let wordKnown = p;
  let cur = states;
  let nxt = nextStates;
  let touchedCount = 0;
  let count = 1;
  cur[0] = node;
  const info0 = records[node] as number;
  // Whether some state is terminal (INFO_TERMINAL, or 0): set with the states, so that a word boundary where no
  // phrase can end (most of them: 167,000 boundaries, 11,900 terminal states on the 1 MB press text) reads none.
  let term = info0 & INFO_TERMINAL;
  if ((info0 & INFO_SEPARATOR) !== 0) {
    const sep0 = records[node + 1] as number;
    cur[1] = sep0;
    count = 2;
    term |= (records[sep0] as number) & INFO_TERMINAL;
  }
  let previousWord = true;
  for (; ; p++) {
    let x = CH_END;
    if (p < to) {
      const c = text.charCodeAt(p);
      x = c < 128 ? (charBits[c] as number) : highCharBits(c);
    }
    const word = (x & CH_WORD) !== 0;
    if (word && previousWord && p === wordKnown) wordKnown = p + 1;
    // Phrases ending here, if here is a word boundary.
    if (term !== 0 && previousWord !== word && p > start) {
      for (let s = 0; s < count; s++) {
        const node = cur[s] as number;
        const info = records[node] as number;
        if ((info & INFO_TERMINAL) === 0) continue;
        for (let e = records[node + 1 + ((info & INFO_SEPARATOR) !== 0 ? 1 : 0)] as number; e >= 0; e = termNext[e] ?? -1) {
          const list = termList[e] ?? 0;
          const alt = termAlt[e] ?? 0;
          const best = bestAlt[list] ?? -1;
          const end = bestEnd[list] ?? 0;
          if (best === -1) touched[touchedCount++] = list;
          // The first-listed phrase, and its longest end: every comparison made at every entry (-1, none yet, is
          // above every alternative as unsigned), none first met in optimised code, which dropped the walk in the
          // first scan of a fresh process (an entry of a list the walk had already touched, a rare case).
          const better = (best >>> 0 > alt ? 1 : 0) | ((alt === best ? 1 : 0) & (p > end ? 1 : 0));
          if (better !== 0) {
            bestAlt[list] = alt;
            bestEnd[list] = p;
          }
        }
      }
    }
    if (x === CH_END) break;
    // Step every state over the character. A child through a text symbol has one parent, so it is new; a
    // node that stays on a separator, or a separator child, may already be there.
    const symbol = x & CH_SYMBOL;
    if (count === 1) {
      // The common case, one state with no class child, and no separator loop or a character it does not loop
      // on: step it in place.
      const at = cur[0] as number;
      const info = records[at] as number;
      if ((info & SPECIAL_INFO) === 0 && ((info & LOOPS_INFO) === 0 || (x & CH_SEPARATOR) === 0)) {
        const child = childByInfo(t, at, info, symbol);
        if (child === 0) break;
        cur[0] = child;
        const childInfo = records[child] as number;
        term = childInfo & INFO_TERMINAL;
        if ((childInfo & INFO_SEPARATOR) !== 0) {
          const sep = records[child + 1] as number;
          cur[1] = sep;
          count = 2;
          term |= (records[sep] as number) & INFO_TERMINAL;
        }
        previousWord = word;
        continue;
      }
    } else if (count === 2) {
      const at = cur[0] as number;
      const sep = cur[1] as number;
      const info = records[at] as number;
      const sepInfo = records[sep] as number;
      if ((x & CH_SEPARATOR) !== 0) {
        // The next most common: a node and its separator child, on a separator. The node has no child through it
        // (a separator has no symbol) and, with no class child and no loop, is dropped; its separator child, with no
        // class child and no separator child of its own, stays on it alone (it loops).
        if (
          symbol === 0 &&
          (info & (SPECIAL_INFO | LOOPS_INFO)) === 0 &&
          (sepInfo & (SPECIAL_INFO | INFO_SEPARATOR)) === 0 &&
          separatorOf(records, at, info) === sep
        ) {
          cur[0] = sep;
          count = 1;
          term = sepInfo & INFO_TERMINAL;
          previousWord = word;
          continue;
        }
      } else if (((info | sepInfo) & SPECIAL_INFO) === 0) {
        // Two states on a character that is no separator (66,000 of the walk's 288,000 steps on the 1 MB press text:
        // mostly a word that runs on past a node with a separator child, "the" in "their"), neither with a class
        // child: a loop needs a separator, so each state steps through the symbol alone, to a child that has one
        // parent and so is new, as is its separator child (a separator child has none of its own, see buildTrie):
        // no duplicates to look for. A child of the second state with a separator child of its own (a phrase's
        // one-letter word read with no space before it, "ina nutshell": a few a MB) takes the general step below:
        // its step here, first met in optimised code, dropped the walk.
        const a = symbol === 0 ? 0 : childByInfo(t, at, info, symbol);
        const b = symbol === 0 ? 0 : childByInfo(t, sep, sepInfo, symbol);
        const aInfo = a === 0 ? 0 : (records[a] as number);
        const bInfo = b === 0 ? 0 : (records[b] as number);
        if ((bInfo & INFO_SEPARATOR) === 0) {
          let n = 0;
          term = (aInfo | bInfo) & INFO_TERMINAL;
          if (a !== 0) {
            nxt[n++] = a;
            if ((aInfo & INFO_SEPARATOR) !== 0) {
              const aSep = records[a + 1] as number;
              nxt[n++] = aSep;
              term |= (records[aSep] as number) & INFO_TERMINAL;
            }
          }
          if (b !== 0) nxt[n++] = b;
          if (n === 0) break;
          const swap = cur;
          cur = nxt;
          nxt = swap;
          count = n;
          previousWord = word;
          continue;
        }
      }
    }
    let n = 0;
    for (let s = 0; s < count; s++) {
      const node = cur[s] as number;
      const info = records[node] as number;
      if (symbol !== 0) {
        const child = childByInfo(t, node, info, symbol);
        if (child !== 0) nxt[n++] = child;
      }
      if ((info & (SPECIAL_INFO | LOOPS_INFO)) !== 0) {
        if (info & SPECIAL_INFO) {
          const special = (x & CH_SPACE) !== 0 ? oneSpace : (x & CH_APOSTROPHE) !== 0 ? apostrophe : 0;
          const child = special === 0 ? 0 : childOf(t, node, special);
          if (child !== 0) nxt[n++] = child;
        }
        if (info & LOOPS_INFO && (x & CH_SEPARATOR) !== 0) n = addState(nxt, n, node);
      }
    }
    // Each new state also stands at its separator child (a space of the phrase that has read no character yet).
    term = 0;
    for (let s = 0; s < n; s++) {
      const state = nxt[s] as number;
      const info = records[state] as number;
      term |= info & INFO_TERMINAL;
      const sep = separatorOf(records, state, info);
      if (sep !== 0) n = addState(nxt, n, sep);
    }
    if (n === 0) break;
    const swap = cur;
    cur = nxt;
    nxt = swap;
    count = n;
    previousWord = word;
  }
  states = cur;
  nextStates = nxt;
  for (let i = 0; i < touchedCount; i++) {
    const list = touched[i] ?? 0;
    const alt = bestAlt[list] ?? -1;
    bestAlt[list] = -1;
    if (list < CHECK_COUNT) report(t, text, list, alt, start, bestEnd[list] ?? 0);
  }
  return wordKnown;
}

/** Adds a node to the first `n` of `set` unless it is there already; returns the new count. */
function addState(set: number[], n: number, node: number): number {
  for (let i = 0; i < n; i++) if (set[i] === node) return n;
  set[n] = node;
  return n + 1;
}

/** A list's match at `start`, kept as its expression keeps it. */
function report(t: Trie, text: string, list: number, alt: number, start: number, end: number): void {
  if (start < (resume[list] ?? 0)) return;
  // too-wordy: (?<!-): no match right after a hyphen.
  if (list === WORDY && start > foundFrom && text.charCodeAt(start - 1) === 45) return;
  resume[list] = end;
  // weasel-words: "many" and "few" right after "too " are matched, and not reported.
  if (list === WEASEL && t.weaselExceptions.has(alt) && start - foundFrom >= 4 && text.startsWith('too ', start - 4)) return;
  hit(list, start, end);
}

/**
 * passive-voice, at the end of each word: `\b(be)\b\s*([\w]+ed|participle)\b`
 * matches when the word before was a form of "to be" (`beStart`), only white
 * space came between, and this word ends in "ed" or is a listed participle.
 */
function passive(text: string, start: number, end: number, beStart: number, gapSpace: boolean, listed: boolean): void {
  if (beStart < 0 || !gapSpace) return;
  const ed = end - start >= 3 && (text.charCodeAt(end - 2) | 32) === 101 && (text.charCodeAt(end - 1) | 32) === 100;
  if (!ed && !listed) return;
  resume[PASSIVE] = end;
  if (!PASSIVE_EXCEPTIONS.includes(text.slice(start, end).toLowerCase())) hit(PASSIVE, beStart, end);
}

/**
 * Whether two runs of non-space are the same in lower case, as write-good compares them (`toLowerCase`). Runs of ASCII
 * compare character by character. Other runs are lower-cased whole (a character may lower-case to two, "İ", or to
 * ASCII, the Kelvin sign), but first their first and their last characters are compared where both are ASCII: such a
 * character lower-cases to one character at the same end of the lower-cased run, so a difference there is a
 * difference of the runs, found without making them (runs next to one another nearly always differ at an end; on
 * news pages, whose quotation marks and apostrophes are curly, a tenth of their characters not ASCII, lower-casing
 * every pair with one took 13% of the scan).
 */
function sameLowerCase(text: string, a: number, aEnd: number, b: number, bEnd: number, ascii: boolean): boolean {
  if (!ascii) {
    if (asciiEndsDiffer(text.charCodeAt(a), text.charCodeAt(b))) return false;
    if (asciiEndsDiffer(text.charCodeAt(aEnd - 1), text.charCodeAt(bEnd - 1))) return false;
    return text.slice(a, aEnd).toLowerCase() === text.slice(b, bEnd).toLowerCase();
  }
  if (aEnd - a !== bEnd - b) return false;
  for (let i = 0; i < aEnd - a; i++) {
    const x = text.charCodeAt(a + i);
    const y = text.charCodeAt(b + i);
    if (x === y) continue;
    const lower = x | 32;
    if (lower !== (y | 32) || lower < 97 || lower > 122) return false;
  }
  return true;
}

/** Whether two characters are both ASCII and differ in lower case. */
function asciiEndsDiffer(x: number, y: number): boolean {
  if (x === y || x >= 128 || y >= 128) return false;
  return (x >= 65 && x <= 90 ? x | 32 : x) !== (y >= 65 && y <= 90 ? y | 32 : y);
}

/**
 * starts-with-so and there-is, on a run of characters that are neither a line
 * break nor `.;!?` and that one of `.;!?` ends: a leading "So"
 * (`^(\s)*so\b[\s\S]`) and "There is/are" (`^(\s)*there\b\s(is|are)\b`).
 * write-good's range starts one character in when the run starts with white
 * space (its group captures the last space only); that is kept here, and
 * corrected by the rules.
 */
function sentenceStart(text: string, a: number, b: number): void {
  let q = a;
  while (q < b && isRegexSpaceCode(text.charCodeAt(q))) q++;
  const shift = q > a ? 1 : 0;
  // so\b[\s\S]: "so", a boundary, and one more character of the run.
  if (b - q >= 3 && lowerAt(text, q, b) === 115 && lowerAt(text, q + 1, b) === 111 && !isRegexWordCode(text.charCodeAt(q + 2))) {
    hit(SO, a + shift, a + shift + 2);
  }
  // there\b\s(is|are)\b
  if (b - q < 8 || !startsWithLower(text, q, 'there') || !isRegexSpaceCode(text.charCodeAt(q + 5))) return;
  let verb = 0;
  if (startsWithLower(text, q + 6, 'is') && (q + 8 === b || !isRegexWordCode(text.charCodeAt(q + 8)))) verb = 2;
  else if (q + 9 <= b && startsWithLower(text, q + 6, 'are') && (q + 9 === b || !isRegexWordCode(text.charCodeAt(q + 9))))
    verb = 3;
  if (verb > 0) hit(THERE_IS, a + shift, q + 6 + verb);
}

/** The character at `i` with ASCII letters lower-cased (and other characters changed too, harmlessly), or -1 at `end`. */
function lowerAt(text: string, i: number, end: number): number {
  return i < end ? text.charCodeAt(i) | 32 : -1;
}

/** Whether `text` has the lower-case ASCII `word` at `at`, in any case. */
function startsWithLower(text: string, at: number, word: string): boolean {
  for (let i = 0; i < word.length; i++) if ((text.charCodeAt(at + i) | 32) !== word.charCodeAt(i)) return false;
  return true;
}

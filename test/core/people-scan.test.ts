/**
 * The people analysis reads a paragraph's words with `paragraphTokens`: capitalised words found by one expression,
 * words with a then-/ex- prefix found from the hyphens, and the lowercase words of a title or a name ("of", "the",
 * "late", "van") only beside them, and only the runs of joined words that can hold a mention. It used to read every
 * such word with one expression; that expression stays here as the oracle. Its tokens, cut down to the runs of joined
 * tokens that hold a capitalised or prefixed word and more than one token, must be the scan's, and the mentions they
 * give must be those every token gives: on an edge-case table and on generated text.
 *
 * `peopleWithOffices` (what inconsistent-title reads) groups only the surnames an office is given to, and moves a
 * kept paragraph's mentions in place after an edit: its people must be those of `analyzePeople` with such a surname,
 * cold and after edits.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { LintCache, parseArticle } from '../../server/src/core';
import {
  analyzePeople,
  mentionsFromTokens,
  normalizeName,
  paragraphTokens,
  paragraphTokensAt,
  peopleWithOffices,
  tokenList,
  tokensByExpression,
  wordListFlags,
  type Mention,
  type Modifier,
  type PeopleAnalysis,
  type Person,
  type Token,
} from '../../server/src/core/analysis/people';
import { brownFiles, brownText } from '../../bench/corpus';

const LOWERCASE_PARTS =
  'of|for|the|and|former|late|acting|interim|outgoing|incoming|retired|de|da|di|del|della|van|von|der|den|le|la|du|bin|ibn|al|el|dos|das|ter|y';
const INTERESTING = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}\\-])(?:\\p{Lu}|(?:then|ex)-(?=\\p{L})|(?:${LOWERCASE_PARTS})(?![\\p{L}\\p{M}\\p{N}'’\\-])(?=[ \\t\\u00A0\\r\\n]+(?:\\p{Lu}|(?:then|ex)-|(?:${LOWERCASE_PARTS})(?![\\p{L}\\p{M}\\p{N}'’\\-]))))[\\p{L}\\p{M}\\p{N}]*(?:['’.\\-][\\p{L}\\p{M}\\p{N}]+)*`,
  'gu',
);

/** The oracle's tokens in runs of joined tokens with a capitalised or prefixed word and more than one token. */
function expected(text: string, breakLines: boolean): Token[] {
  const all = tokenList(tokensByExpression(text, INTERESTING, breakLines));
  const out: Token[] = [];
  for (let i = 0; i < all.length;) {
    let j = i + 1;
    while (j < all.length && (all[j] as Token).joined) j++;
    const run = all.slice(i, j);
    if (run.length > 1 && run.some((t) => t.capital || t.prefix)) out.push(...run);
    i = j;
  }
  return out;
}

/**
 * The token maker as it was, one object per word with its text and lowercase key cut out of the text: the scan now
 * writes parallel arrays and makes a key only for a word that may be in a list, and must give the same tokens.
 */
const MODIFIER_KINDS = new Map<string, Modifier['kind']>([
  ['then', 'then'],
  ['ex', 'former'],
  ['elect', 'elect'],
  ['nominate', 'elect'],
  ['designate', 'designate'],
]);
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms mx dr sen rep gov gen col lt capt sgt maj adm cmdr rev hon pres supt insp atty dist prof jr sr st mt ft ' +
    'sec secy amb brig cpl pvt det comr commr messrs mme mlle msgr lieut bp abp'
  ).split(' '),
);
/** `Token.flags` bits the reference sets itself. */
const IN_COMMON = 8;
const IN_NOT_NAME = 16;
const IS_INITIAL = 32;
const NAME_LIKE = 64;

function referenceToken(text: string, start: number, matchEnd: number): Token {
  let word = text.slice(start, matchEnd);
  let wordStart = start;
  let wordEnd = matchEnd;
  let possessive = false;
  if (/^.{1,}['’][sS]$/su.test(word)) {
    possessive = true;
    word = word.slice(0, -2);
    wordEnd -= 2;
  }
  let prefix: Modifier | undefined;
  let suffix: Modifier | undefined;
  const ascii = [...word].every((ch) => ch.charCodeAt(0) < 128);
  const hyphen = word.includes('-');
  const pre = /^(then|ex)-(?=\p{L})/iu.exec(word);
  if (pre && pre[1] !== undefined) {
    const kind = MODIFIER_KINDS.get(pre[1].toLowerCase()) ?? 'former';
    prefix = { kind, form: 'prefix', start: wordStart, end: wordStart + pre[0].length, text: pre[1] };
    word = word.slice(pre[0].length);
    wordStart += pre[0].length;
  }
  const suf = /(?<=\p{L})-(elect|designate|nominate)$/iu.exec(word);
  if (suf && suf[1] !== undefined) {
    const kind = MODIFIER_KINDS.get(suf[1].toLowerCase()) ?? 'elect';
    suffix = { kind, form: 'suffix', start: wordEnd - suf[0].length, end: wordEnd, text: suf[1] };
    word = word.slice(0, -suf[0].length);
    wordEnd -= suf[0].length;
  }
  const key = word.toLowerCase();
  if (
    !possessive &&
    !suffix &&
    text.charAt(wordEnd) === '.' &&
    (ABBREVIATIONS.has(key) || /^\p{L}$/u.test(word) || word.includes('.'))
  ) {
    word += '.';
    wordEnd += 1;
  }
  let flags = wordListFlags(key);
  if (/^\p{Lu}\.$/u.test(word)) flags |= IS_INITIAL;
  if (!(flags & (IN_COMMON | IN_NOT_NAME)) && !/^\p{N}/u.test(word) && !(hyphen && /^\p{Lu}-\p{Lu}/u.test(word))) {
    flags |= NAME_LIKE;
  }
  const capital = /^\p{Lu}/u.test(word);
  return { start: wordStart, end: wordEnd, text: word, key, flags, capital, possessive, prefix, suffix, joined: false, ascii };
}

/** Every match of `INTERESTING` as a token of the reference maker. */
function referenceTokens(text: string, breakLines: boolean): Token[] {
  const tokens: Token[] = [];
  let prevEnd = -1;
  const re = new RegExp(INTERESTING.source, 'gu');
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const token = referenceToken(text, m.index, m.index + m[0].length);
    const between = prevEnd >= 0 ? text.slice(prevEnd, m.index) : 'x';
    token.joined = (breakLines ? /^[ \u00a0\t]*$/u : /^[ \u00a0\t\r\n]*$/u).test(between);
    prevEnd = Math.max(m.index + m[0].length, token.end);
    tokens.push(token);
    re.lastIndex = prevEnd;
  }
  return tokens;
}

function check(text: string): void {
  for (const breakLines of [false, true]) {
    const tokens = paragraphTokens(text, breakLines);
    const context = `${JSON.stringify(text)} breakLines=${breakLines}`;
    assert.deepEqual(tokenList(tokens), expected(text, breakLines), context);
    // A name word of ASCII characters takes its key as its normalised name.
    for (const t of tokenList(tokens)) if (t.ascii) assert.equal(t.key, normalizeName(t.text), context);
    assert.deepEqual(tokenList(tokensByExpression(text, INTERESTING, breakLines)), referenceTokens(text, breakLines), context);
    const mentions = mentionsFromTokens(text, tokens);
    assert.deepEqual(mentions, mentionsFromTokens(text, tokensByExpression(text, INTERESTING, breakLines)), context);
    for (const m of mentions) assert.deepEqual(nameKeys(m, tokenList(tokens)), [m.surname, m.fullKey], context);
  }
}

/** `Token.flags` bits of the name lists. */
const IN_NAME_SUFFIXES = 128;
const IN_PARTICLES = 256;

/**
 * A mention's surname and full key as the name's words give them, each normalised on its own and joined (the scan
 * takes a plain two-word name's keys from the name in lowercase): the surname is the last word, not a name suffix
 * after the first, that is not an initial or a particle (else the last such word); the given name the first other
 * one before it that is not a particle; the suffixes follow.
 */
function nameKeys(m: Mention, tokens: Token[]): [string, string | undefined] {
  const words = tokens.filter((t) => t.start >= m.name.start && t.end <= m.name.end);
  const core = (x: number): boolean => x === 0 || !((words[x] as Token).flags & IN_NAME_SUFFIXES);
  let surnameAt = -1;
  let lastCore = -1;
  for (let x = words.length - 1; x >= 0; x--) {
    if (!core(x)) continue;
    if (lastCore < 0) lastCore = x;
    const w = words[x] as Token;
    if (!/^\p{L}\.$/u.test(w.text) && !(w.flags & IN_PARTICLES)) {
      surnameAt = x;
      break;
    }
  }
  if (surnameAt < 0) surnameAt = lastCore;
  const surname = normalizeName((words[surnameAt] as Token).text);
  const givenAt = words.findIndex((w, x) => core(x) && x !== surnameAt && !(w.flags & IN_PARTICLES));
  if (givenAt < 0 || givenAt > surnameAt) return [surname, undefined];
  const suffixes = words.filter((_, x) => !core(x)).map((w) => ` ${w.key}`);
  return [surname, `${normalizeName((words[givenAt] as Token).text)} ${surname}${suffixes.join('')}`];
}

const EDGES = [
  '',
  'Smith',
  'President Smith said so.',
  'the late Pope John Paul II met former Secretary of State John Kerry and then-President Trump.',
  'Sen. J. R. Smith Jr. of the Senate, ex-Gov. Jones and President-elect Lee.',
  'Juan de la Cruz and Ludwig van Beethoven, y Gasset.',
  'X.the President; etc.the President; Xthe President; _the President',
  'of the of the President',
  'the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the the President Smith',
  'Minister of the and the Defense Smith',
  'then-president Smith; ex-senator Jones; then-1990; ex- Smith; Then-President Smith; x-then-President Smith',
  'Smith-then-President Jones; Smith then-President Jones; U.then-Senator Smith',
  'said the\nPresident Smith\r\nof\tthe\u00a0State',
  'Mr.\u00a0Smith and Mrs.\u2028Jones',
  "Émile Zola met Ángela Merkel’s aide; O’Brien’s and O'Brien's Gov.",
  'Senator Ann O’Neil met Jean d’Arc Lee, O’Brien Smith, Gov.’s Lee and Ann Lee-O’Hara',
  'John Smith, JOHN SMITH, John  Smith, John\u00a0Smith, J. Smith, John Smith Jr., John Q. Smith, Éva Smith, Ann de Smith',
  'Senator J. and President Smith. Mr. Smith’s aide, Gov. Éva, Dr. SMITH and Mayor O’Hara',
  '𝐀lpha Beta and 𝐚lpha Beta; \ud835 Smith Jones; Smith \udc00 Jones',
  'e\u0301mile Smith Jones; ²Smith Jones; ½ Smith Jones',
  'President Kennedy Administration; the Joseph P. Kennedy School',
  'R-Texas Smith Jones, D-Calif.',
  'late-night Smith Jones; the-late Smith',
  'A. B. C. D. E. F. G.',
  'President   Smith\n\nPresident Smith',
  'Smith the of x; President of the the said; Smith and y; Smith de\tla x; Smith of\tthe',
  // Words of the lists in capitals, with hyphens, as abbreviations, and words a letter away from them.
  'VICE-PRESIDENT Lee, Secretary-General Guterres, Chief Executive Officer Ann Bo, Council Member Jo Ray and First Gentleman Al Ray',
  'Lt. Gov. Smith, LT GOV Smith, Atty. Gen. Jones, Brig. Gen. Lee, Sgt. Maj. Ray, St. Paul, Mt. Hood and Ft. Worth',
  'Presidents Smith, Presiden Smith, Presidentx Smith, Xpresident Smith, President1 Smith, Minister-Designate Lee',
  'The Administration’s Smith Jones, the Government\u2019s Ann Lee, Sen.’s aide, Ministerʼs Lee, Kelvin \u212Aing Lee',
  'Chairman Mao Zedong, Chairwoman Ann Lee, Councilman Bo Ray, Frau Merkel, Herr Schmidt, Mme. Curie, Messrs. Smith Jones',
  // Modifiers in any case, as an expression with the flags iu reads them (the long s is an s), and near misses.
  'THEN-President Lee, Ex-Gov. Smith, eX-Senator Ray, then-1990 Smith, ex- Smith, exx-Senator Bo, then-\u00c9mile Zola',
  'President-ELECT Lee, Senator-Deſignate Ray, Governor-Nominate Bo, 1-elect Lee, -elect Lee, President-elects Lee',
  'President-electe Lee, Minister-designate’s Lee, then-President-elect Smith Jones, ex-Minister-Designate Bo Ray',
];

describe('people: the paragraph scan', () => {
  it('gives the tokens and mentions the single expression gave, on edge cases', () => {
    for (const text of EDGES) check(text);
  });

  it('gives them on press text', () => {
    for (const file of brownFiles('ca').slice(0, 6)) {
      for (const paragraph of brownText([file]).split(/\n\s*\n/)) check(paragraph);
    }
  });

  it('gives them on generated text', () => {
    // Words and what joins them: mostly a space, so that runs of joined words are common.
    const words = [
      'President',
      'Smith',
      'John',
      'State',
      'Secretary',
      'Gov.',
      'J.',
      'U.S.',
      'The',
      'the',
      'late',
      'former',
      'of',
      'for',
      'and',
      'de',
      'la',
      'y',
      'van',
      'said',
      'then-',
      'ex-',
      '-elect',
      'Jr.',
      "'s",
      '’s',
      'É',
      'é',
      '\u0301',
      '𝐀',
      '𝐚',
      '\ud835',
      '²',
      '5',
      '-',
      '.',
      "'",
      '’',
      '_',
      'x',
    ];
    const joins = [' ', ' ', ' ', ' ', ' ', '', '', '\n', '\r\n', '\t', '\u00a0', '\u2028', ', ', '  '];
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...joins)), { maxLength: 24 }), (parts) =>
        check(parts.map(([w, j]) => w + j).join('')),
      ),
      { numRuns: 4000 },
    );
  });
});

/** The people of the full analysis that `peopleWithOffices` must give: those with a surname given an office. */
function withOffices({ mentions, people }: PeopleAnalysis): Person[] {
  const surnames = new Set(mentions.filter((m) => !m.quoted && m.title && !m.title.office.courtesy).map((m) => m.surname));
  return people.filter((p) => surnames.has(p.surname));
}

const STORY = [
  'WASHINGTON (AP) — President John Smith met Senator Jane Doe on Monday.',
  '"Smith is wrong," said former President Smith, quoting Gov. Ann Lee.',
  'Later, Mr. Smith and Secretary of State Bob Kerry spoke; Kerry’s aide, then-Senator Doe, agreed.',
  'First Lady Mary Smith and Sen. Doe left. Vice President Kerry stayed with Judge Lee and Dr. Lee.',
  'Tom Brown and Paul Kerry watched.',
].join('\n\n');

describe('people: only the people with an office', () => {
  it('are those of the full analysis, on press text and a story', () => {
    const texts = [
      STORY,
      ...brownFiles('ca')
        .slice(0, 12)
        .map((f) => brownText([f])),
    ];
    for (const text of texts) {
      const article = parseArticle(text, 'text');
      const expectedPeople = withOffices(analyzePeople(article));
      if (text === STORY) {
        // Tom Brown has no office and no namesake with one: he is left out; Paul Kerry, beside Bob Kerry, is not.
        const names = (people: Person[]): string[] => people.map((p) => p.name);
        assert.ok(names(analyzePeople(article).people).includes('Tom Brown'));
        assert.deepEqual(names(expectedPeople), ['John Smith', 'Jane Doe', 'Ann Lee', 'Bob Kerry', 'Mary Smith', 'Paul Kerry']);
      }
      assert.deepEqual(peopleWithOffices(article), expectedPeople);
      assert.deepEqual(peopleWithOffices(article, new LintCache(), 'people:test'), expectedPeople);
    }
  });

  it('are those of a cold analysis after edits that move, change, join and split paragraphs', () => {
    const cache = new LintCache();
    let text = [STORY, brownText(brownFiles('ca').slice(0, 3))].join('\n\n');
    const edits: ((t: string) => string)[] = [
      (t) => `Mayor Tom Smith spoke.\n\n${t}`,
      (t) => t.replace('President John Smith', 'Senator John Smith'),
      (t) => t.replace('on Monday.\n\n', 'on Monday. '),
      (t) => t.replace('Later, Mr. Smith', 'Later,\n\nMr. Smith'),
      (t) => `${t.slice(0, 200)}x${t.slice(200)}`,
      (t) => t.replace('"Smith is wrong,"', 'Smith is wrong,'),
      (t) => t.slice(30),
    ];
    peopleWithOffices(parseArticle(text, 'text'), cache, 'people:test');
    cache.endRun();
    for (const edit of edits) {
      text = edit(text);
      const article = parseArticle(text, 'text');
      assert.deepEqual(peopleWithOffices(article, cache, 'people:test'), withOffices(analyzePeople(article)));
      cache.endRun();
    }
  });
});

/**
 * A lint reads each paragraph in place in the document's text (no slice of its own), its capital and hyphen searches
 * running on past a paragraph with none into the ones after it; a cache keyed by strings still reads a slice per
 * paragraph, as every paragraph did before. The two must find the same mentions, wherever the paragraphs lie: at the
 * text's start and end, after a byte order mark (read from a slice), between CRLF line breaks, with a capital, a
 * then-/ex- prefix, a lowercase title word or half of a surrogate pair at either edge.
 */
describe('people: paragraphs read in place', () => {
  const moved = (m: Modifier | undefined, by: number): Modifier | undefined =>
    m && { ...m, start: m.start + by, end: m.end + by };
  const agree = (text: string): void => {
    for (const format of ['text', 'markdown'] as const) {
      const article = parseArticle(text, format);
      const context = `${JSON.stringify(text.slice(0, 200))} (${format})`;
      for (const p of article.paragraphs) {
        if (!/^[\r\n]?$/.test(text.charAt(p.start - 1)) || !/^[\r\n]?$/.test(text.charAt(p.end))) continue;
        for (const breakLines of [false, true]) {
          const own = tokenList(paragraphTokens(text.slice(p.start, p.end), breakLines)).map((t) => ({
            ...t,
            start: t.start + p.start,
            end: t.end + p.start,
            prefix: moved(t.prefix, p.start),
            suffix: moved(t.suffix, p.start),
          }));
          assert.deepEqual(tokenList(paragraphTokensAt(text, p.start, p.end, breakLines)), own, context);
        }
      }
      const sliced = analyzePeople(article, new LintCache());
      assert.deepEqual(analyzePeople(article), sliced, context);
      assert.deepEqual(analyzePeople(article, new LintCache(false), 'people:test'), sliced, context);
      assert.deepEqual(analyzePeople(article, new LintCache(), 'people:test'), sliced, context);
      assert.deepEqual(peopleWithOffices(article, new LintCache(false), 'people:test'), withOffices(sliced), context);
    }
  };

  it('finds what slices find, on edge cases, press text and a story', () => {
    const edges = [
      'Sen. Jones met the late\n\nPresident Smith Jones',
      'President Ann Smith of\n\nthe State Department',
      'Senator Ann Smith\n\nde la Cruz and Smith de\n\nla Cruz',
      'Gov.\n\nSmith Jones met Gov.\r\n\r\nSmith Jones',
      'then-\n\nPresident Smith, ex\n\n-Senator Bo Lee, Smith-\n\nJones Smith, -\n\nSmith Jones',
      'x\n\nthen-President Smith Jones\n\nex-Gov. Jones',
      '\ud835\n\n\udc00lpha Smith; 𝐀lpha Beta\n\n𝐀lpha Beta\ud835\n\n\udc00',
      '\ufeffPresident Smith Jones\n\nthe late Pope John Paul',
      'a\r\n\r\nPresident Smith\r\nJones\r\n',
      `${'no capitals here\n\n'.repeat(50)}President Smith Jones`,
      `Senator Ann Lee\n\n${'no hyphen\n\n'.repeat(20)}ex-Senator Ann Lee-\n\n-elect Lee`,
      `${'x'.repeat(120)}\nPresident Smith\nJones of\nthe State\n\nPresident Smith\nJones`,
    ];
    for (const text of edges) agree(text);
    agree(STORY);
    agree(STORY.replace(/\n/g, '\r\n'));
    agree(`\ufeff${STORY}`);
    for (const file of brownFiles('ca').slice(0, 12)) agree(brownText([file]));
  });

  it('finds it on generated documents', () => {
    const words = [
      'President',
      'Smith',
      'Jones',
      'Gov.',
      'J.',
      'the',
      'late',
      'of',
      'de',
      'then-',
      'ex-',
      'Senator',
      'said',
      '𝐀',
      '\ud835',
      '\udc00',
      '-',
      '.',
      '"',
      '# ',
    ];
    const joins = [' ', ' ', ' ', '', '\n', '\r\n', '\n\n', '\r\n\r\n', '\n \n', ', '];
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...joins)), { maxLength: 30 }),
        (bom, parts) => agree((bom ? '\ufeff' : '') + parts.map(([w, j]) => w + j).join('')),
      ),
      { numRuns: 1500 },
    );
  });
});

/**
 * With no kept cache, `peopleWithOffices` scans a paragraph only when it may hold a title, or when one of its
 * capitalised words starts with the letters a titled surname starts with (`officeMentions`); it must find the people
 * that scanning every paragraph finds: with surnames that start or go on outside ASCII (precomposed or with a
 * combining mark, a Kelvin sign that lowercases to "k"), curly apostrophes, possessives, -elect and then-/ex- words,
 * initials, particles, hyphenated titles, quotations, and paragraphs after a byte order mark or between CRLF breaks.
 */
describe('people: only the paragraphs that can hold a person with an office are scanned', () => {
  const check = (text: string): void => {
    const article = parseArticle(text, 'text');
    const expectedPeople = withOffices(analyzePeople(article, new LintCache()));
    assert.deepEqual(peopleWithOffices(article), expectedPeople, JSON.stringify(text.slice(0, 300)));
    assert.deepEqual(peopleWithOffices(article, new LintCache(false), 'people:test'), expectedPeople);
  };

  it('finds the people of a story whose surnames recur in paragraphs with no title', () => {
    check(
      [
        'President Ann Müller spoke.',
        'Ann Müller left.',
        'Bo Mu\u0308ller stayed.',
        'Vice-President Tom O’Brien met Lt. Gov. Jo Smith-Jones.',
        "Tom O’Brien’s aide, Tom O'Brien, and Jo Smith-Jones agreed; Jo Smith met Jo Smith-elect.",
        '\u212Aing Ola Berg spoke; then Ola Berg and Ed Berg left.',
        'Ed \u212Aarlsson left.',
        'Queen Ed Karlsson spoke.',
        'Ludwig van Beethoven and Ed de la Cruz met Judge Beethoven and Mayor Cruz.',
        '"Tom Reed is here," said Tom Reed, a friend of Senator Reed.',
        'J. R. Ewing met ex-Gov. Ewing and then-Senator Al Ewing2.',
        'Aides met Secretary of State Al Ross.',
        'Lt.\nGov. Ida Wells spoke.',
        'Al Ross and Ida Wells left; the President, Ed Wells, stayed.',
        'Ann J. Ross and Ida de Wells left.\n(Ross) Wells',
        'No one else.',
      ].join('\n\n'),
    );
  });

  it('finds them on generated documents', () => {
    const words = [
      'President',
      'Senator',
      'Gov.',
      'Vice-President',
      '\u212Aing',
      'Mr.',
      'then-Mayor',
      'ex-Judge',
      'Ann',
      'Tom',
      'J.',
      'van',
      'de',
      'Smith',
      'of',
      'State',
      'Smith’s',
      "Smith's",
      'Smith-elect',
      'Smithers',
      'Müller',
      'Mu\u0308ller',
      'Mueller',
      'Ølsen',
      'O’Brien',
      'OBrien',
      '\u212Aarl',
      'Karl',
      'the',
      'said',
      '"',
      '.',
    ];
    const joins = [' ', ' ', ' ', ' ', '\n', '\r\n', '\n\n', '\n\n', '\r\n\r\n', ', '];
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.array(fc.tuple(fc.constantFrom(...words), fc.constantFrom(...joins)), { maxLength: 40 }),
        (bom, parts) => check((bom ? '\ufeff' : '') + parts.map(([w, j]) => w + j).join('')),
      ),
      { numRuns: 3000 },
    );
  });

  it('finds them on press text', () => {
    for (const file of brownFiles('ca').slice(12, 40)) check(brownText([file]));
  });
});

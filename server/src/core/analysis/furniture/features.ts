/**
 * Per-line signals of page furniture: what one line's own text says, with no
 * look at its neighbours. Everything here depends only on the line's text, so
 * a caller may cache it by that text (the language server does, across runs).
 * A short line costs one pass over its first hundred characters (counts, and
 * the characters that decide whether a pattern can match at all), one pass
 * that cuts them into tokens as the shared tokenizer does (into arrays reused
 * line to line; tokenize itself for a line beyond ASCII) and the few patterns
 * that can match;
 * a paragraph (a long line that ends like a sentence) is read for its shape
 * only, by native searches, and paragraphs of the same shape share one
 * object. Linear in the line, and bounded for very long lines, which are
 * prose or noise and never furniture. Every shortcut gives what the plain
 * reading gives: test/furniture/features-reference.test.ts compares them with
 * the code before them, kept in test/furniture/reference-features.ts.
 *
 * The signals are the ones jusText and boilerpipe read from HTML blocks,
 * adapted to a line of pasted text: length and word count, the share of stop
 * words, capitalisation, how the line ends, digits and counters, link-like
 * shapes, list markers, words glued together by a lost layout
 * ("FacebookTwitterEmail"), and a small vocabulary of furniture words in the
 * major languages (vocabulary.ts).
 */
import { isRegexSpaceCode, tokenize, type Token } from '../../tokens';
import { NETWORKS, PHRASES, SHARE_WORDS, STOP_WORDS_MULTI, VOCABULARY_KINDS, type VocabularyKind } from './vocabulary';

/**
 * Lines longer than this are read no further: no template line is this long
 * (the longest furniture lines on the development pages, legal footers, run
 * to about 600 characters), and it bounds the work on a pasted table or a
 * line of base64.
 */
const MAX_READ = 1200;

/**
 * Word-level signals read a line's first this many characters: enough for any
 * heading, button row, credit or teaser, and it keeps a long paragraph's cost
 * to a prefix (a paragraph is prose whatever its 400th word is).
 */
const READ = 100;

/**
 * A line this long that ends like a sentence is a paragraph: the model reads
 * its shape and its opening characters only, which keeps the cost of long
 * text low. (On the development pages the coverage is the same with 100 or
 * 160; no heading, button or menu entry is that long and ends like a sentence.)
 */
const PARAGRAPH_CHARS = 100;
const PARAGRAPH_READ = 100;

/** Word counts saturate here: past it a line is a paragraph, however long. */
const MAX_WORDS = 60;

/** Whitespace-separated tokens with a letter or digit, counted up to `cap`: a cheap word count for long lines. */
function countTokens(text: string, cap: number): number {
  // Separated by plain spaces only (most lines): the runs are counted from space to space with native searches.
  if (text.indexOf('\t') === -1 && text.indexOf('\u00a0') === -1) {
    let count = text.length > 0 && text.charCodeAt(0) !== 32 ? 1 : 0;
    for (let i = text.indexOf(' '); i !== -1 && count < cap; i = text.indexOf(' ', i + 1)) {
      if (i + 1 < text.length && text.charCodeAt(i + 1) !== 32) count++;
    }
    return Math.min(count, cap);
  }
  let count = 0;
  let inToken = false;
  for (let i = 0; i < text.length && count < cap; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 9 || c === 0xa0;
    if (space) inToken = false;
    else if (!inToken) {
      inToken = true;
      count++;
    }
  }
  return count;
}

/**
 * A line with at least this many words and a sentence end, or twice as many
 * words with any ending, reads as prose (jusText's "good" paragraphs start
 * around 10 to 15 words in several languages).
 */
const PROSE_WORDS = 12;

/**
 * A short phrase opening a line makes a heading or prompt when the rest of
 * the line is no longer than this many words ("More from the Los Angeles
 * Times" is "more from" and four words).
 */
const ANCHOR_SLACK = 4;

/** Anchors are short: a longer line is a sentence or an item, whatever its first words. */
const ANCHOR_MAX_WORDS = 12;

/** The own-line features, in the order of the weight file's first columns. */
export const LINE_FEATURES = [
  'bias',
  'words_log',
  'one_word',
  'few_words',
  'long_line',
  'paragraph',
  'prose',
  'ends_period',
  'ends_bang_question',
  'ends_colon',
  'ends_ellipsis',
  'ends_other',
  'stop_share',
  'cap_share',
  'all_caps',
  'starts_lower',
  'digit_share',
  'counter',
  'date_time',
  'date_only',
  'relative_time',
  'byline',
  'sentences',
  'separator',
  'glued',
  'url_like',
  'bracketed',
  'list_marker',
  'second_person',
  'quote_mark',
  'share_row',
  'copyright',
  'comment_chrome',
  'credit_line',
  'bio_line',
  ...VOCABULARY_KINDS.map((k) => `word_${k}`),
  ...VOCABULARY_KINDS.map((k) => `anchor_${k}`),
] as const;

/** The column of each feature. */
const INDEX: Readonly<Record<string, number>> = Object.fromEntries(LINE_FEATURES.map((name, i) => [name, i]));
function column(name: string): number {
  const i = INDEX[name];
  if (i === undefined) throw new Error(`no line feature ${name}`);
  return i;
}
const F_ALL_CAPS = column('all_caps');
const F_BIAS = column('bias');
const F_BIO_LINE = column('bio_line');
const F_BRACKETED = column('bracketed');
const F_CAP_SHARE = column('cap_share');
const F_COMMENT_CHROME = column('comment_chrome');
const F_COPYRIGHT = column('copyright');
const F_COUNTER = column('counter');
const F_CREDIT_LINE = column('credit_line');
const F_DATE_ONLY = column('date_only');
const F_DATE_TIME = column('date_time');
const F_DIGIT_SHARE = column('digit_share');
const F_ENDS_BANG_QUESTION = column('ends_bang_question');
const F_ENDS_COLON = column('ends_colon');
const F_ENDS_ELLIPSIS = column('ends_ellipsis');
const F_ENDS_OTHER = column('ends_other');
const F_ENDS_PERIOD = column('ends_period');
const F_FEW_WORDS = column('few_words');
const F_GLUED = column('glued');
const F_LIST_MARKER = column('list_marker');
const F_LONG_LINE = column('long_line');
const F_PARAGRAPH = column('paragraph');
const F_ONE_WORD = column('one_word');
const F_PROSE = column('prose');
const F_QUOTE_MARK = column('quote_mark');
const F_RELATIVE_TIME = column('relative_time');
const F_BYLINE = column('byline');
const F_SECOND_PERSON = column('second_person');
const F_SENTENCES = column('sentences');
const F_SEPARATOR = column('separator');
const F_SHARE_ROW = column('share_row');
const F_STARTS_LOWER = column('starts_lower');
const F_STOP_SHARE = column('stop_share');
const F_URL_LIKE = column('url_like');
const F_WORDS_LOG = column('words_log');
const WORD_COLUMNS = VOCABULARY_KINDS.map((kind) => INDEX[`word_${kind}`] ?? 0);
const ANCHOR_COLUMNS = VOCABULARY_KINDS.map((kind) => INDEX[`anchor_${kind}`] ?? 0);

export interface LineFeatures {
  /** Values in `LINE_FEATURES` order. */
  values: Float64Array;
  /** Words (a run of Chinese or Japanese characters counts one word per two characters). */
  words: number;
  /** Reads as a sentence of article prose. */
  prose: boolean;
  /** The furniture kind the line's own words name, when it is a heading, prompt or button row of that kind. */
  anchor: VocabularyKind | undefined;
  /**
   * The anchor rests on a common word that names furniture only alone, here followed by others ("Trending
   * Concerts", but also a subhead such as "Legal considerations"): good after the article, not between its paragraphs.
   */
  looseAnchor: boolean;
  /** Furniture words present, by kind (a count per kind). */
  hits: Partial<Record<VocabularyKind, number>>;
  /** Some furniture word is present. */
  worded: boolean;
  /** The first stage's probability, filled in by the model with its shipped weights (it depends only on the text). */
  first?: number;
  /** The second stage's own-line log-odds, likewise. */
  second?: number;
  /** The line folded for comparison (lower case, single spaces), when short enough to repeat as furniture does. */
  folded: string | undefined;
  /**
   * The line's shape: a run of words as "w", a number as "0", punctuation as itself ("June 9 -- Hall, Town, ST"
   * is "w0--w,w,w"); undefined when it holds fewer than two numbers and marks, since then every headline would share it.
   */
  skeleton: string | undefined;
  /** Ends with a colon: introduces what follows. */
  colon: boolean;
  /** Ends inside or at the close of a quotation ("… "Well..."): a quotation that trails off, not a teaser. */
  quoteEnd: boolean;
  /**
   * Cut off with an ellipsis outside a quotation (its `ends_ellipsis` value is 1 and it has no quoteEnd): a teaser. A
   * field of its own, so the model's pass over every line reads it from the object it holds, not from the values.
   */
  teaser: boolean;
  /** The line is a comment's byline or counter ("jsmith says:", "12 comments"), not just the word "Comments". */
  commentChrome: boolean;
  /** Reads as a sentence: ends with a full stop, "!" or "?" after at least a few words. */
  sentence: boolean;
}

interface Phrase {
  words: readonly string[];
  kind: VocabularyKind;
  /** The kind's place in VOCABULARY_KINDS. */
  kindIndex: number;
  /** Counts only when it opens the line (a word too common elsewhere). */
  leadOnly: boolean;
}

/** Han and kana: scripts written without spaces, matched by substring. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const UNSPACED_ALL = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

const byFirstWord = new Map<string, Phrase[]>();
const unspaced: Phrase[] = [];
for (let kindIndex = 0; kindIndex < VOCABULARY_KINDS.length; kindIndex++) {
  const kind = VOCABULARY_KINDS[kindIndex] as VocabularyKind;
  for (const raw of PHRASES[kind]) {
    const leadOnly = raw.startsWith('^');
    const text = leadOnly ? raw.slice(1) : raw;
    if (UNSPACED.test(text)) {
      unspaced.push({ words: [text], kind, kindIndex, leadOnly });
      continue;
    }
    const words = tokenize(text)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.lower);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first);
    const phrase = { words, kind, kindIndex, leadOnly };
    if (list) list.push(phrase);
    else byFirstWord.set(first, [phrase]);
  }
}

const SENTENCE_END = /[.!?。！？]["'”’»)\]*_]*$/u;
/** What may close a line after its last word: quotes, brackets, emphasis. */
/**
 * Whether a character code is one of the closers, what may close a line after its last word: quotes, brackets,
 * emphasis (`"'”’»)]*_`; read as codes: a one-character string and a search per test cost more).
 */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 41 || c === 42 || c === 93 || c === 95 || c === 0x201d || c === 0x2019 || c === 0xbb;
}
/** Whether a character code is a sentence mark (`.!?。！？`). */
function isSentenceMark(c: number): boolean {
  return c === 46 || c === 33 || c === 63 || c === 0x3002 || c === 0xff01 || c === 0xff1f;
}
/** Whether a character code closes a quotation (see LineFeatures.quoteEnd). */
function isQuoteEnd(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 0xbb;
}
const OTHER_ENDS = ',;–—|»›>/\\-';
/** A separator between items (tested only when lineFeatures's pass over the characters met one of |, •, ·, /, ›, », >). */
const SEPARATOR = /\s[|•·/]\s|\s[|•·]|[|•·]\s|\s›\s|\s»\s|\s>\s/u;
const URL_LIKE = /https?:\/\/|www\.|\.(?:com|org|net|co\.uk|de|fr|ru|html?)\b|@[A-Za-z_]\w+|\b[\w.+-]+@[\w-]+\.\w/u;
const BRACKETED = /^[[(【「].*[\])】」]$/u;
const LIST_MARKER = /^[ \t\u00A0]*(?:[-*+•·▪►»›]|\d{1,3}[.)])[ \t\u00A0]+\S/u;
const DATE_TIME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d+\s?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|[mhd])\s+ago\b/iu;
/** "By Jane Doe", "by Reuters", "Posted by …", "Von …", "Par …": a byline (at the top the writer's, in a list an item's). */
const BYLINE = /^(?:(?:posted |written |words |text |story )?by|von|par|por|di|автор|текст)\s*:?\s+\S/iu;
/** A byline is short: a name, perhaps a title or an outlet. */
const BYLINE_WORDS = 8;
/** "2 days ago", "32M ago": the time stamps of lists and comments. */
const RELATIVE_TIME =
  /\b\d+\s?(?:s|sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|[mhd])\s+ago\b|\bjust now\b/iu;
/** A sentence end inside a line: a full stop, "!" or "?" then a space and a capital. */
const INNER_SENTENCE_END = /[.!?]["'”’)]?\s+(?=["'“‘(]?\p{Lu})/gu;
/** A line of at most this many words with a date in it is a date line (a stamp), not a sentence that mentions a date. */
const DATE_LINE_WORDS = 8;
/** A line that ends like a sentence reads as one from this many words ("He declined to comment." has four). */
const SENTENCE_WORDS = 4;
/** A row of share buttons has at most this many words ("Share this with Facebook Twitter Email …"). */
const SHARE_ROW_WORDS = 12;
/** A line's shape is read this far (a list item's pattern shows in its first few tokens). */
const SKELETON_LENGTH = 24;
/** Only digits and the separators of counters, scores and page numbers ("858", "1 / 23", "14h261", "44,976"). */
const COUNTER = /^[#(]?\d[\d,.\s/|:–-]*(?:[a-z]{1,2}\d+)?[)%]?$|^\d+\s?of\s?\d+$/iu;
/** A copyright that names a photo or image is a photo credit ("installation views, photos © Studio"). */
const PHOTO_WORD = /\b(?:photos?|images?|pictures?|picture|foto|fotos|фото)\b/u;
/** Cheap tests that must pass before the full patterns run. */
const COPYRIGHT_HINT = /[©ⓒ]|\(c\)|copyright|rights? reserved/u;
/** bioHint reads a line's first this many characters: BIO_LINE's "… is a …" follows a name of at most three words. */
const BIO_READ = 80;
/** The phrases bioHint looks for, each starting with a space. */
const BIO_PHRASES = [' is a', ' was a', ' is the', ' has been'];
/** A cheap test before BIO_LINE: "… is a …" early in the line, or a contact phrase opening it. */
function bioHint(line: string): boolean {
  const limit = line.length > BIO_READ ? BIO_READ : line.length;
  for (let i = line.indexOf(' '); i !== -1 && i < limit;) {
    const next = line.indexOf(' ', i + 1);
    // Each phrase's second word has two or three letters ("is", "was", "has"): only a space the next one follows
    // three or four characters on is looked at.
    if ((next === i + 3 || next === i + 4) && bioPhraseAt(line, i, limit)) return true;
    i = next;
  }
  return contactLead(line);
}
/** Whether one of BIO_PHRASES starts at `i` (a space) and ends by `limit`. */
function bioPhraseAt(line: string, i: number, limit: number): boolean {
  // The shortest phrase is five characters: past that, none fits (and no character past the line's end is read,
  // which made V8 drop the function's optimised code).
  if (i + 5 > limit) return false;
  // The phrases' next two letters: "is", "wa" and "ha" (the first is common, the two rarer).
  const c = line.charCodeAt(i + 1);
  const d = line.charCodeAt(i + 2);
  if (!(c === 105 ? d === 115 : (c === 119 || c === 104) && d === 97)) return false;
  // An indexed loop: a for…of made an iterator result per step until this is optimised (it runs at many spaces).
  for (let k = 0; k < BIO_PHRASES.length; k++) {
    const phrase = BIO_PHRASES[k] as string;
    if (i + phrase.length <= limit && line.startsWith(phrase, i)) return true;
  }
  return false;
}
/** A contact phrase opens the line. */
function contactLead(line: string): boolean {
  return contactFirst(line.charCodeAt(0)) && CONTACT_LEAD.test(line.length > BIO_READ ? line.slice(0, BIO_READ) : line);
}
/** A contact phrase opening a line. */
const CONTACT_LEAD = /^(?:follow|reach|contact|email|have a tip|got a tip)\b/iu;
/**
 * Whether a character code is one of the letters `CONTACT_LEAD` can open with ("frcehg"), lower-cased by `| 32`: a
 * cheap test before it (no other character folds to one of them under the expression's Unicode case folding).
 */
function contactFirst(c: number): boolean {
  const lower = c | 32;
  return lower === 102 || lower === 114 || lower === 99 || lower === 101 || lower === 104 || lower === 103;
}
const URL_HINT = /[@:]|www\.|\.[a-z]{2,4}\b/u;
const COPYRIGHT = /©|ⓒ|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights? reserved\b/iu;
/** "jsmith says:", "12 comments", "Rating: 36 Votes", "Reply", "[ 40 comments ]". */
const COMMENT_CHROME =
  /^\S+ says:$|^\d+\s+(?:comments?|responses?|replies|votes?)\b|^(?:rating|score|votes?|likes?|points?):?\s*[+-]?\d+|^(?:reply|report|flag|like|upvote|downvote)$|^\[\s*\d+\s+comments?\s*\]$/iu;
/** "Ann on May 2, 2019 at 4:47 pm said:": a commenter's name with a date and a time (a letter to the editor has no time). */
const CLOCK = /\b\d{1,2}:\d{2}\b|\bago\b/iu;
const COMMENT_SIGNATURE = /\b(?:says|said|wrote|commented):$/iu;
/** "Jane Doe/Getty Images", "(Image: GETTY)", "Photo: Jane Doe", "Image copyright EPA". */
const CREDIT_LINE =
  /^(?:photo|photos|image|picture|pictured|credit|foto|bild|фото|写真|사진)s?(?: credit| copyright| source| by)?\s*[:©]|\((?:image|photo|picture|credit|foto|фото)s?:[^)]*\)$|(?:^|[/|©]\s*|\b(?:photo|image|picture|credit)s?\b:?\s*)(?:getty(?: images)?|shutterstock|istock(?:photo)?|alamy|ap(?: photo)?|afp|reuters|epa)\s*\)?$/iu;
/** Names joined by slashes ("Jane Doe/City Times/Getty Images"): a credit when an agency or photo word is among them. */
const SLASHED_NAMES = /^[\p{Lu}][\p{L}.'’ -]{1,40}(?:\s?\/\s?[\p{L}.'’ &-]{2,40}){1,3}$/u;
/** "Image caption …", "Media caption …": a caption labelled as one. */
const CAPTION_LEAD = /^(?:image|media|photo|video) ?caption\b/iu;
/**
 * A label and a colon (or an arrow) opening a line: "Read more: …", "SEE MORE: …", "Related: …", "Watch »".
 * With a furniture phrase as the label, the line is a promo or link whatever follows.
 */
const LABELLED = /^[\p{L}'’ ]{2,30}\s?(?::|»|›|>>|\|)/u;
/** Words that make a long sentence worth reading word by word: it may be a prompt. */
const PROMPT_HINT = /newsletter|inbox|subscri|cookie/iu;
/** A newsletter prompt is at most this long (a sentence or two addressed to the reader). */
const PROMPT_MAX_WORDS = 30;
/** The words that make a prompt a newsletter's: a line asking to sign up for a bundle or an account is not one. */
const NEWSLETTER_WORD = /newsletter|inbox|subscri|e-?mail alerts|lettre d'information|boletín|рассылк|メルマガ|구독/u;
/**
 * A case-insensitive pattern without its u flag. Under /iu only two characters case-fold into ASCII letters, "ſ"
 * (U+017F, to s) and the Kelvin sign (U+212A, to k), so on a text without them a pattern of ASCII letters, `\b`,
 * `\d`, `\s`, ASCII classes and literals matches exactly the same strings without the flag; and V8 runs it up to
 * 40 times faster without it when it holds a `\b` (under /iu each `\b` is a case-folding test). (Checked for
 * every code point against the patterns' letters and classes; features-reference.test.ts compares the results.)
 */
function withoutUnicode(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags.replace('u', ''));
}
const DATE_TIME_ASCII = withoutUnicode(DATE_TIME);
const RELATIVE_TIME_ASCII = withoutUnicode(RELATIVE_TIME);
const COPYRIGHT_ASCII = withoutUnicode(COPYRIGHT);
const CLOCK_ASCII = withoutUnicode(CLOCK);
const COMMENT_SIGNATURE_ASCII = withoutUnicode(COMMENT_SIGNATURE);
const CREDIT_LINE_ASCII = withoutUnicode(CREDIT_LINE);

/** A labelled line is at most this long (a headline after the label). */
const LABELLED_MAX_WORDS = 30;
/** Whether the line's first `words` words are followed by a label's colon or arrow ("READ MORE: …", not "More From Less: …"). */
function labelAfter(line: string, words: number): boolean {
  const m = LABELLED.exec(line.slice(0, 40));
  if (!m) return false;
  return countTokens(m[0].replace(/[:»›>|]+$/u, ''), words + 1) === words;
}
/** Reported speech: a sentence about sign-ups or subscriptions, not a prompt. */
const REPORTED = /\b(?:said|says|according to|reported|rose|fell|percent|per cent)\b/u;
/** What follows the label is a sentence of the writer's ("Read more: the report found that …."), not a headline. */
function labelledSentence(line: string): boolean {
  const rest = line.replace(LABELLED, '').trim();
  return /^[\p{Ll}]/u.test(rest) || (SENTENCE_END.test(rest) && rest.split(/\s+/u).length >= 8);
}
/** An author's note: "Jane Doe is a reporter for…", "Reach Jane at…", "Follow her on Twitter". */
const BIO_LINE =
  /^(?:[\p{Lu}][\p{L}.'’-]+\s){1,3}(?:is|was|has been)\s(?:a|an|the)\s.{0,80}\b(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|curator|producer|author|native|critic|photographer)\b|^(?:follow|reach|contact|email)\s(?:him|her|them|me|the (?:author|reporter|writer))\b|^(?:have a tip|got a tip)\b/iu;

/**
 * A reporter's beat: "Greta Lowe covers local government and schools for the Sentinel." A name of one to three
 * capitalised words, a verb of a beat, and the publication after "for" (capitalised: "Medicare covers most costs for
 * the elderly" is no bio). Case-sensitive, unlike BIO_LINE.
 */
const BEAT_BIO =
  /^(?:\p{Lu}[\p{L}'’.-]*\s){1,3}(?:covers|reports on|writes about|writes on)\s[^.!?]{1,80}?\bfor\s(?:the\s)?\p{Lu}/u;

function splitGlued(word: string): string[] {
  return word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
}

/**
 * The case of each UTF-16 code unit read as a one-character string, as the features ask it (`ch.toLowerCase()` and
 * `ch.toUpperCase()` of a single code unit do not depend on anything around it), kept in a table filled as units
 * are met: a curly quote or an accented letter costs two string conversions once, not at every occurrence.
 */
const UNIT_CASE = new Uint8Array(0x10000);
const CASE_KNOWN = 1;
/** `ch !== ch.toLowerCase()`: a capital. */
const CASE_UPPER = 2;
/** `ch !== ch.toUpperCase()`: a lower-case letter. */
const CASE_LOWER = 4;
/** `ch.toLowerCase() !== ch.toUpperCase()`: a letter. */
const CASE_LETTER = 8;
function caseOf(c: number): number {
  let k = UNIT_CASE[c] as number;
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const lo = ch.toLowerCase();
    const up = ch.toUpperCase();
    k = CASE_KNOWN | (ch !== lo ? CASE_UPPER : 0) | (ch !== up ? CASE_LOWER : 0) | (lo !== up ? CASE_LETTER : 0);
    UNIT_CASE[c] = k;
  }
  return k;
}
// The table filled at load for Latin-1, the Latin extensions and the general punctuation (quote marks, dashes):
// the units most text has beyond ASCII. Filled later, inside a line reader V8 had optimised, the first such unit
// met (a curly quote opening a paragraph) compared strings of a kind the comparisons had not seen, and V8 dropped
// the reader's optimised code. (About 700 units, a fraction of a millisecond.)
for (let c = 0; c < 0x250; c++) caseOf(c);
for (let c = 0x2000; c < 0x2070; c++) caseOf(c);

/** Places where a lower-case letter runs into a capital inside a word ("FacebookTwitter" has one), `from` to `to`. */
function gluedJoints(word: string, from: number, to: number): number {
  let joints = 0;
  let prevLower = false;
  for (let i = from; i < to; i++) {
    const c = word.charCodeAt(i);
    let lower: boolean;
    let upper: boolean;
    if (c < 128) {
      lower = c >= 97 && c <= 122;
      upper = c >= 65 && c <= 90;
    } else {
      const k = caseOf(c);
      lower = (k & CASE_LOWER) !== 0;
      upper = (k & CASE_UPPER) !== 0;
    }
    if (upper && prevLower) joints++;
    prevLower = lower;
  }
  return joints;
}

const SECOND_PERSON_WORDS = new Set(['you', 'your', "you're", 'yours', 'sie', 'vous', 'votre', 'usted', 'вы', 'ваш']);

/** What a word is to the features, in one lookup: a stop word, a second-person word, the first word of phrases. */
interface WordInfo {
  stop: boolean;
  secondPerson: boolean;
  phrases: Phrase[] | undefined;
}
const WORD_INFO = new Map<string, WordInfo>();
/**
 * A cheap test before the lookup: a word is in WORD_INFO only if some key has its length, first and last code unit,
 * whose bucket (wordBucket) is marked here. On the Brown press text's short lines about half the words are in no
 * bucket and skip the lookup (a hash of the word and a probe of the map).
 */
const WORD_BUCKETS = new Uint8Array(4096);
function wordBucket(word: string): number {
  const n = word.length;
  return (n * 977 + word.charCodeAt(0) * 31 + word.charCodeAt(n - 1)) & 4095;
}
for (const word of [...STOP_WORDS_MULTI, ...SECOND_PERSON_WORDS, ...byFirstWord.keys()]) {
  WORD_INFO.set(word, {
    stop: STOP_WORDS_MULTI.has(word),
    secondPerson: SECOND_PERSON_WORDS.has(word),
    phrases: byFirstWord.get(word),
  });
  WORD_BUCKETS[wordBucket(word)] = 1;
}

/**
 * The tokens of the line being read (its first READ characters at most, so at most READ tokens), as the shared
 * tokenizer cuts them, kept in arrays reused line to line: a kind, the offsets into the line and, for a word or a
 * number, its lower form once asked for (LOWER_UNREAD until then). A line of ASCII characters only (nearly every
 * line) is cut by readAsciiTokens, which makes no token object and no string (tokenize made an object, its text and
 * its lower form per token: a third of a short line's features); the lower form is made only for a word the features
 * look up. Any other line is cut by tokenize and copied in.
 */
const TOKEN_ROOM = Math.max(READ, PARAGRAPH_READ);
const TK_WORD = 0;
const TK_NUMBER = 1;
const TK_PUNCT = 2;
const TOKEN_KIND = new Uint8Array(TOKEN_ROOM);
const TOKEN_START = new Int32Array(TOKEN_ROOM);
const TOKEN_END = new Int32Array(TOKEN_ROOM);
/** A lower form not made yet (no word or number is empty). */
const LOWER_UNREAD = '';
const TOKEN_LOWER: string[] = new Array<string>(TOKEN_ROOM).fill(LOWER_UNREAD);
/** How many tokens the line has, and the line they index. */
let tokenCount = 0;
let tokenLine = '';
/** Whether the line's tokens came from readAsciiTokens (its lower forms are made when asked for). */
let tokensAscii = true;

/** Whether an ASCII code is a letter. */
function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
/** Whether an ASCII code is a digit. */
function isAsciiDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/**
 * Cuts a line of ASCII characters (at most TOKEN_ROOM of them) into the token arrays exactly as tokenize cuts it:
 * white space (space, tab, line feed, vertical tab, form feed, carriage return) separates; a number is a run of
 * digits with single `,` or `.` between digit groups; a word is a letter, then letters and digits, with an
 * apostrophe inside it when a letter follows; anything else is one mark per character.
 * (test/furniture/tokens.test.ts compares the two on generated lines.)
 */
function readAsciiTokens(line: string): void {
  const n = line.length;
  let count = 0;
  let i = 0;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const start = i;
    let kind: number;
    if (isAsciiDigit(c)) {
      i++;
      while (i < n && isAsciiDigit(line.charCodeAt(i))) i++;
      // Digit groups joined by single separators: 14,000 / 2.5 / 1.234,5
      for (;;) {
        const d = i + 1 < n ? line.charCodeAt(i) : 0;
        if (!((d === 44 || d === 46) && isAsciiDigit(line.charCodeAt(i + 1)))) break;
        i += 2;
        while (i < n && isAsciiDigit(line.charCodeAt(i))) i++;
      }
      kind = TK_NUMBER;
    } else if (isAsciiLetter(c)) {
      i++;
      for (;;) {
        while (i < n && (isAsciiLetter(line.charCodeAt(i)) || isAsciiDigit(line.charCodeAt(i)))) i++;
        // An apostrophe with a letter on both sides stays inside the word.
        if (i + 1 < n && line.charCodeAt(i) === 39 && isAsciiLetter(line.charCodeAt(i + 1))) {
          i++;
          continue;
        }
        break;
      }
      kind = TK_WORD;
    } else {
      i++;
      kind = TK_PUNCT;
    }
    TOKEN_KIND[count] = kind;
    TOKEN_START[count] = start;
    TOKEN_END[count] = i;
    TOKEN_LOWER[count] = LOWER_UNREAD;
    count++;
  }
  tokenCount = count;
  tokenLine = line;
  tokensAscii = true;
}

/**
 * The line's words that open furniture phrases (their places among its words) and their phrases, the line's first
 * entries (at most one per token): arrays reused line to line, not two lists made per line.
 */
const PHRASE_STARTS = new Int32Array(TOKEN_ROOM);
const PHRASE_LISTS: Phrase[][] = new Array<Phrase[]>(TOKEN_ROOM).fill([]);

/** Reads a line's tokens into the token arrays: its own reader for ASCII, else tokenize's. */
function readTokens(line: string, ascii: boolean): void {
  if (ascii) {
    readAsciiTokens(line);
    return;
  }
  const tokens = tokenize(line);
  // (A line of at most TOKEN_ROOM characters has at most that many tokens.)
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    TOKEN_KIND[k] = t.kind === 'word' ? TK_WORD : t.kind === 'number' ? TK_NUMBER : TK_PUNCT;
    TOKEN_START[k] = t.start;
    TOKEN_END[k] = t.end;
    TOKEN_LOWER[k] = t.kind === 'punct' ? LOWER_UNREAD : t.lower;
  }
  tokenCount = tokens.length;
  tokenLine = line;
  tokensAscii = false;
}

/** The lower form of token `k` (a word or a number), as tokenize gives it: made the first time it is asked for. */
function lowerAt(k: number): string {
  let lower = TOKEN_LOWER[k] as string;
  if (lower === LOWER_UNREAD) {
    const start = TOKEN_START[k] as number;
    const end = TOKEN_END[k] as number;
    // (Only an ASCII line's lower forms are left unread: an ASCII capital is all toLowerCase changes there.)
    let capital = false;
    for (let i = start; i < end && !capital; i++) {
      const c = tokenLine.charCodeAt(i);
      capital = c >= 65 && c <= 90;
    }
    const text = tokenLine.slice(start, end);
    lower = capital ? text.toLowerCase() : text;
    TOKEN_LOWER[k] = lower;
  }
  return lower;
}

/**
 * wordBucket of token `k`'s lower form, read from the line's codes on an ASCII line (the lower form has the word's
 * length, and its first and last codes are the word's with an ASCII capital lower-cased): no string is made for a
 * word no key shares a bucket with.
 */
function tokenBucket(k: number): number {
  if (!tokensAscii) return wordBucket(lowerAt(k));
  const start = TOKEN_START[k] as number;
  const end = TOKEN_END[k] as number;
  const first = tokenLine.charCodeAt(start);
  const last = tokenLine.charCodeAt(end - 1);
  return (
    ((end - start) * 977 +
      (first >= 65 && first <= 90 ? first | 32 : first) * 31 +
      (last >= 65 && last <= 90 ? last | 32 : last)) &
    4095
  );
}

/** For tests: the line's tokens as the features read them (kind, offsets, lower form of a word or a number). */
export function lineTokens(line: string): { kind: 'word' | 'number' | 'punct'; start: number; end: number; lower?: string }[] {
  if (line.length > TOKEN_ROOM) throw new Error(`lineTokens reads at most ${TOKEN_ROOM} characters`);
  let ascii = true;
  for (let i = 0; i < line.length && ascii; i++) ascii = line.charCodeAt(i) < 128;
  readTokens(line, ascii);
  const out: { kind: 'word' | 'number' | 'punct'; start: number; end: number; lower?: string }[] = [];
  for (let k = 0; k < tokenCount; k++) {
    const kind = TOKEN_KIND[k] === TK_WORD ? 'word' : TOKEN_KIND[k] === TK_NUMBER ? 'number' : 'punct';
    const start = TOKEN_START[k] as number;
    const end = TOKEN_END[k] as number;
    out.push(kind === 'punct' ? { kind, start, end } : { kind, start, end, lower: lowerAt(k) });
  }
  return out;
}

/**
 * The line's words (its tokens other than marks), what phrases are matched against: each one's token, and how many
 * (written by lineFeatures's pass over the tokens).
 */
const WORD_TOKEN = new Int32Array(TOKEN_ROOM);
let wordsRead = 0;

/**
 * Whether the line's `w`-th word's lower form is `expected`. On an ASCII line a word's lower form is as long as the
 * word, so a word of another length is told apart without its lower form made (most of a phrase's words are compared
 * with a word they are not; a list of every word's lower form was made for each line a phrase could start in).
 */
function wordIs(w: number, expected: string): boolean {
  const k = WORD_TOKEN[w] as number;
  if (tokensAscii && (TOKEN_END[k] as number) - (TOKEN_START[k] as number) !== expected.length) return false;
  return lowerAt(k) === expected;
}

/**
 * Sentence ends inside a line, counted up to 2 (the sentences feature saturates at three sentences with the line's
 * own end): the pattern is tested from match to match (no array of matches).
 */
function innerSentenceEnds(line: string): number {
  INNER_SENTENCE_END.lastIndex = 0;
  let count = 0;
  while (count < 2 && INNER_SENTENCE_END.test(line)) count++;
  INNER_SENTENCE_END.lastIndex = 0;
  return count;
}

/** A line that opens with a letter, a quote or a bracket has no list marker. (A module constant: a regular expression literal in a function makes a RegExp object each time it is evaluated.) */
const WORD_LEAD = /[\p{L}"“'‘(]/u;
/** WORD_LEAD's test of a line's first character: an ASCII one by its code (most lines), any other by the expression. */
function wordLead(c: number, text: string): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 34 || c === 39 || c === 40;
  return WORD_LEAD.test(text.charAt(0));
}

/**
 * The patterns a line other than a paragraph is tested with (counters, dates, bylines, relative times, inner
 * sentence ends, brackets, list markers), written into its values. Out of lineFeatures, as kindOf and skeletonOf
 * are: the optimising compiler's working memory for a function (a part of a process's peak) grows with the function,
 * and lineFeatures with all three in it took 6.6 MB to compile on the 1 MB press text, 3.3 MB without them
 * (`node --turbo-stats --turbo-filter=lineFeatures`). This one and kindOf are too large to be inlined back (over
 * 460 bytes of bytecode); each is compiled on its own when it is hot. The cost: in a fresh process they run
 * unoptimised longer (the furniture analysis's first run on 1 MB about 5% more CPU time).
 */
function shapeFeatures(
  values: Float64Array,
  text: string,
  trimmed: string,
  lower: string,
  cut: boolean,
  wordCount: number,
  digits: number,
  visible: number,
  sentenceEnd: boolean,
  foldsToAscii: boolean,
): void {
  values[F_COUNTER] = visible > 0 && digits > 0 && !cut && COUNTER.test(trimmed) ? 1 : 0;
  const dated = digits > 0 && (foldsToAscii ? DATE_TIME : DATE_TIME_ASCII).test(trimmed);
  values[F_DATE_TIME] = dated && wordCount > DATE_LINE_WORDS ? 1 : 0;
  values[F_DATE_ONLY] = dated && wordCount <= DATE_LINE_WORDS ? 1 : 0;
  values[F_BYLINE] = !cut && wordCount <= BYLINE_WORDS && BYLINE.test(trimmed) ? 1 : 0;
  values[F_RELATIVE_TIME] =
    (lower.includes(' ago') || lower.includes('just now')) && (foldsToAscii ? RELATIVE_TIME : RELATIVE_TIME_ASCII).test(trimmed)
      ? 1
      : 0;
  const inner = sentenceEnd && !cut ? innerSentenceEnds(trimmed) : cut ? 2 : 0;
  values[F_SENTENCES] = Math.min(3, inner + (sentenceEnd ? 1 : 0)) / 3;
  values[F_BRACKETED] = '[(【「'.includes(trimmed.charAt(0)) && BRACKETED.test(trimmed) ? 1 : 0;
  values[F_LIST_MARKER] = !wordLead(text.charCodeAt(0), text) && LIST_MARKER.test(text) ? 1 : 0;
}
/**
 * Whether COMMENT_CHROME can match: each of its alternatives needs one of these (a "says:" ends with a colon; a
 * count, a rating or "[ 40 comments ]" needs a digit, the last also its bracket; a lone "Reply" or "Downvote" is at
 * most eight characters). A cheap test before the pattern, which most lines fail.
 */
function commentGate(trimmed: string, digits: number): boolean {
  return digits > 0 || trimmed.length <= 8 || trimmed.charCodeAt(trimmed.length - 1) === 58;
}

/**
 * Whether CREDIT_LINE can match a line with neither a colon nor a ©: only its agency alternative, which ends the line
 * with an agency's name ("Getty Images", "Shutterstock", "iStockphoto", "Alamy", "AP Photo", "AFP", "Reuters", "EPA")
 * and perhaps a ")": so the line's last character is ")" or one that case-folds to the last letter of one of those
 * ("s" also from "ſ", "k" also from the Kelvin sign). A cheap test before the pattern.
 */
function creditEnd(trimmed: string): boolean {
  const c = trimmed.charCodeAt(trimmed.length - 1);
  if (c < 128) {
    const lower = c | 32;
    return c === 41 || ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? CREDIT_LAST.has(lower) : false);
  }
  return c === 0x17f || c === 0x212a;
}
/** The last letters of CREDIT_LINE's agencies (getty/alamy, images/reuters, shutterstock/istock, istockphoto/ap photo, ap/afp, epa). */
const CREDIT_LAST = new Set([...'yskopa'].map((ch) => ch.charCodeAt(0)));

/** What kindOf found beside the kind it returns (one object, reused: nothing is made per line). */
const KIND_OF = { worded: false, looseAnchor: false, commentChrome: false };

/**
 * The furniture words of the line being read, counted by kind (in VOCABULARY_KINDS order): one array for every line,
 * set to zeros again after each (an object per line, read and written by a computed key, cost a dictionary lookup
 * per kind and per hit). A line's `hits` object is made from it only when it holds some furniture word.
 */
const HITS = new Int32Array(VOCABULARY_KINDS.length);
const K_CREDIT = VOCABULARY_KINDS.indexOf('credit');
const K_NEWSLETTER = VOCABULARY_KINDS.indexOf('newsletter');
const K_COOKIE = VOCABULARY_KINDS.indexOf('cookie');
/** The hits of a line with no furniture word (most lines; nobody writes to it). */
const NO_HITS: Partial<Record<VocabularyKind, number>> = Object.freeze({});

/** HITS as an object with a key per kind met, in VOCABULARY_KINDS order; HITS is left zeroed. */
function takeHits(): Partial<Record<VocabularyKind, number>> {
  const hits: Partial<Record<VocabularyKind, number>> = {};
  for (let k = 0; k < HITS.length; k++) {
    const n = HITS[k] as number;
    if (n > 0) {
      hits[VOCABULARY_KINDS[k] as VocabularyKind] = n;
      HITS[k] = 0;
    }
  }
  return hits;
}

/**
 * The furniture words of a line other than a paragraph (counted into `hits`) and the shapes that name a kind (a
 * share row, a copyright, comment chrome, a credit, a bio), written into its values; the kind its own words name
 * (its anchor), with what else was found in KIND_OF.
 */
function kindOf(
  values: Float64Array,
  phraseCount: number,
  full: string,
  trimmed: string,
  lower: string,
  long: boolean,
  cut: boolean,
  unspacedChars: number,
  foldsToAscii: boolean,
  sentenceEnd: boolean,
  prose: boolean,
  sentence: boolean,
  wordCount: number,
  secondPerson: boolean,
  numbers: number,
  digits: number,
  copyrightGate: boolean,
  creditMark: boolean,
): VocabularyKind | undefined {
  // Whether any furniture word was met (what hits has keys for; no list of its keys is made).
  let worded = false;
  let leadKind: VocabularyKind | undefined;
  // A common word that names furniture only alone ("Legal", "Credit", "Advertising"): with other words it is a subhead.
  let leadGeneric = false;
  let leadLength = 0;
  if (!long) {
    for (let s = 0; s < phraseCount; s++) {
      const i = PHRASE_STARTS[s] as number;
      const list = PHRASE_LISTS[s] as Phrase[];
      for (let q = 0; q < list.length; q++) {
        const p = list[q] as Phrase;
        if (p.leadOnly && i !== 0) continue;
        if (p.words.length > wordsRead - i) continue;
        let match = true;
        for (let k = 1; k < p.words.length; k++) {
          if (!wordIs(i + k, p.words[k] as string)) {
            match = false;
            break;
          }
        }
        if (!match) continue;
        HITS[p.kindIndex] = (HITS[p.kindIndex] as number) + 1;
        worded = true;
        if (i === 0 && p.words.length > leadLength) {
          leadLength = p.words.length;
          leadKind = p.kind;
          leadGeneric = p.leadOnly && p.words.length === 1;
        }
      }
    }
    if (unspacedChars > 0) {
      for (const p of unspaced) {
        const at = lower.indexOf(p.words[0] ?? '');
        if (at === -1) continue;
        HITS[p.kindIndex] = (HITS[p.kindIndex] as number) + 1;
        worded = true;
        if (at === 0 && leadLength === 0) {
          leadKind = p.kind;
          leadLength = 1;
        }
      }
    }
  }

  // Shapes that name a kind whatever the words.
  const shareRow = !cut && isShareRow();
  const copyright =
    !long &&
    copyrightGate &&
    full.length <= 600 &&
    COPYRIGHT_HINT.test(lower) &&
    (foldsToAscii ? COPYRIGHT : COPYRIGHT_ASCII).test(trimmed);
  const commentChrome =
    !cut &&
    trimmed.length <= 120 &&
    ((commentGate(trimmed, digits) && COMMENT_CHROME.test(trimmed)) ||
      (trimmed.charCodeAt(trimmed.length - 1) === 58 &&
        (foldsToAscii ? COMMENT_SIGNATURE : COMMENT_SIGNATURE_ASCII).test(trimmed) &&
        (foldsToAscii ? CLOCK : CLOCK_ASCII).test(trimmed)));
  const creditLine =
    !long &&
    trimmed.length <= 200 &&
    !sentenceEnd &&
    !cut &&
    (((creditMark || creditEnd(trimmed)) && (foldsToAscii ? CREDIT_LINE : CREDIT_LINE_ASCII).test(trimmed)) ||
      ((HITS[K_CREDIT] as number) > 0 && SLASHED_NAMES.test(trimmed)));
  const bioLine = !long && full.length <= 600 && ((bioHint(full) && BIO_LINE.test(full)) || BEAT_BIO.test(full));
  values[F_SHARE_ROW] = shareRow ? 1 : 0;
  values[F_COPYRIGHT] = copyright ? 1 : 0;
  values[F_COMMENT_CHROME] = commentChrome ? 1 : 0;
  values[F_CREDIT_LINE] = creditLine ? 1 : 0;
  values[F_BIO_LINE] = bioLine ? 1 : 0;

  let anchor: VocabularyKind | undefined;
  let loose = false;
  if (shareRow) anchor = 'share';
  else if (copyright && !prose) anchor = (HITS[K_CREDIT] as number) > 0 || PHOTO_WORD.test(lower) ? 'credit' : 'footer';
  else if (commentChrome) anchor = 'comments';
  else if (creditLine || (!prose && CAPTION_LEAD.test(trimmed))) anchor = 'credit';
  else if (
    !prose &&
    !sentence &&
    wordCount <= LABELLED_MAX_WORDS &&
    leadKind !== undefined &&
    labelAfter(trimmed, leadLength) &&
    !labelledSentence(trimmed)
  )
    anchor = leadKind === 'related' ? 'promo' : leadKind;
  else if (
    wordCount <= PROMPT_MAX_WORDS &&
    !cut &&
    (HITS[K_NEWSLETTER] as number) >= 1 &&
    (secondPerson || (leadKind === 'newsletter' && wordCount <= ANCHOR_SLACK * 2)) &&
    NEWSLETTER_WORD.test(lower) &&
    !REPORTED.test(lower)
  )
    // "Sign up for our newsletter to get …", "Get the day's stories in your inbox.": a prompt, sentence or not.
    anchor = 'newsletter';
  else if (
    wordCount <= PROMPT_MAX_WORDS * 2 &&
    !long &&
    (HITS[K_COOKIE] as number) >= 1 &&
    (secondPerson || !sentence) &&
    !REPORTED.test(lower)
  )
    // "We use cookies to give you the best experience …", "Accept all cookies": a cookie banner.
    anchor = 'cookie';
  else if (!prose && wordCount <= ANCHOR_MAX_WORDS) {
    // A sentence opening with a furniture phrase ("Share this information, please?") is the writer's
    // unless the phrase is nearly all of it ("Thanks for signing up!").
    if (leadKind !== undefined && wordCount <= leadLength + (sentence ? 1 : ANCHOR_SLACK)) {
      anchor = leadKind;
      loose = leadGeneric && wordCount > leadLength + numbers;
    } else if (!sentence) {
      let best = 0;
      // An indexed loop: a for…of made an iterator result per kind until this is optimised.
      for (let k = 0; k < VOCABULARY_KINDS.length; k++) {
        const n = HITS[k] as number;
        if (n >= 2 && n > best) {
          best = n;
          anchor = VOCABULARY_KINDS[k];
        }
      }
    }
  }
  KIND_OF.worded = worded;
  KIND_OF.looseAnchor = loose;
  KIND_OF.commentChrome = commentChrome;
  return anchor;
}

/**
 * A line's shape as a word, number and mark skeleton ("w 0, w"), when it has two marks or more (see
 * LineFeatures.skeleton).
 */
function skeletonOf(cut: boolean, long: boolean): string | undefined {
  // The skeleton's length and marks are counted first, and its text is made only when it is kept (two marks or
  // more): most lines have fewer. A word adds "w" unless the skeleton ends with one; a number adds "0", a mark its
  // text (never "w": a letter is a word).
  let skeletonLength = 0;
  let endsWord = false;
  let marks = 0;
  let scanned = 0;
  for (; !cut && scanned < tokenCount && skeletonLength < SKELETON_LENGTH; scanned++) {
    const kind = TOKEN_KIND[scanned] as number;
    if (kind === TK_WORD) {
      if (!endsWord) skeletonLength++;
      endsWord = true;
    } else {
      skeletonLength += kind === TK_NUMBER ? 1 : (TOKEN_END[scanned] as number) - (TOKEN_START[scanned] as number);
      endsWord = false;
      marks++;
    }
  }
  let skeleton: string | undefined;
  if (!long && marks >= 2) {
    skeleton = '';
    for (let k = 0; k < scanned; k++) {
      const kind = TOKEN_KIND[k] as number;
      if (kind === TK_WORD) {
        if (!skeleton.endsWith('w')) skeleton += 'w';
      } else skeleton += kind === TK_NUMBER ? '0' : tokenLine.slice(TOKEN_START[k], TOKEN_END[k]);
    }
  }
  return skeleton;
}

/** The line's furniture signals. Linear in the line's length; word-level signals read its first READ characters. */
export function lineFeatures(text: string): LineFeatures {
  const full = text.length > MAX_READ ? text.slice(0, MAX_READ).trim() : text.trim();
  const long = text.length > MAX_READ;
  // A paragraph (long, and ending like a sentence) is read only as far as its opening words.
  let endAt = full.length;
  while (endAt > 0 && isCloser(full.charCodeAt(endAt - 1))) endAt--;
  // (A prompt to subscribe or to accept cookies is read in full, however long. A line of closers alone ends with
  // the empty string, which the sentence marks' string included when they were tested by includes.)
  const paragraph =
    full.length >= PARAGRAPH_CHARS && (endAt === 0 || isSentenceMark(full.charCodeAt(endAt - 1))) && !PROMPT_HINT.test(full);
  if (paragraph && !long) return paragraphFeatures(full, endAt);
  const values = newValues();
  values[F_BIAS] = 1;
  const read = paragraph ? PARAGRAPH_READ : READ;
  const cut = full.length > read;
  const trimmed = cut ? full.slice(0, read) : full;
  let wideChars = 0;
  // A code unit beyond ASCII: the line's tokens are cut by tokenize (see readTokens).
  let ascii = true;
  // White space other than single spaces, what folding the line to single spaces changes (two spaces in a row, a tab,
  // a no-break space, any other \s; most lines have none): read here on the line as written, since lower-casing
  // makes and removes no white space (a regular expression on the lower-cased line did it before).
  let oddSpace = false;
  // Letters, case, digits, visible characters, Han or kana, and the characters QUOTE_MARK, SEPARATOR_HINT and
  // URL_HINT look for, in one pass.
  let letters = 0;
  let lowers = 0;
  let uppers = 0;
  let digits = 0;
  let visible = 0;
  let quoteMark = false;
  let separatorHint = false;
  // URL_HINT (read on the line lower-cased, where only these characters can make it match): "@", ":", a "." after
  // "w" or before a letter.
  let urlGate = false;
  // "ſ" or the Kelvin sign: the /iu patterns must run as written (see withoutUnicode).
  let foldsToAscii = false;
  // What COPYRIGHT_HINT needs (read on the line lower-cased): a ©, a ⓒ or the Ⓒ that lower-cases to it, a "(", or
  // the letter pairs "py" of copyright or "rv" of reserved (only ASCII letters lower-case to these letters).
  let copyrightGate = false;
  // A colon or a ©: what CREDIT_LINE's labels ("Photo:", "(Image: …)", "Photo ©") need.
  let creditMark = false;
  let previous = 0;
  for (let i = 0; i < trimmed.length; i++) {
    const c = trimmed.charCodeAt(i);
    const before = previous;
    previous = c;
    if (c === 32) {
      if (before === 32) oddSpace = true;
      continue;
    }
    if (c === 9 || c === 0xa0) {
      oddSpace = true;
      if (c === 0xa0) ascii = false;
      continue;
    }
    visible++;
    if (c >= 48 && c <= 57) digits++;
    else if (c >= 97 && c <= 122) {
      letters++;
      lowers++;
      if (before === 46) urlGate = true;
      else if ((c === 121 && (before | 32) === 112) || (c === 118 && (before | 32) === 114)) copyrightGate = true;
    } else if (c >= 65 && c <= 90) {
      letters++;
      uppers++;
      if (before === 46) urlGate = true;
      else if ((c === 89 && (before | 32) === 112) || (c === 86 && (before | 32) === 114)) copyrightGate = true;
    } else if (c < 128) {
      if (c === 34) quoteMark = true;
      else if (c === 124 || c === 47 || c === 62) separatorHint = true;
      else if (c === 64 || (c === 46 && (before === 119 || before === 87))) urlGate = true;
      else if (c === 58) urlGate = creditMark = true;
      else if (c === 40) copyrightGate = true;
      else if (c >= 10 && c <= 13) oddSpace = true;
    } else {
      ascii = false;
      if (isRegexSpaceCode(c)) oddSpace = true;
      if (before === 46) urlGate = true;
      if (c === 0x17f || c === 0x212a) foldsToAscii = true;
      if (c === 0x201c || c === 0x201d || c === 0xab || c === 0x201e) quoteMark = true;
      else if (c === 0xbb) quoteMark = separatorHint = true;
      else if (c === 0x2022 || c === 0xb7 || c === 0x203a) separatorHint = true;
      else if (c === 0xa9) copyrightGate = creditMark = true;
      else if (c === 0x24d2 || c === 0x24b8) copyrightGate = true;
      if (c >= 0x3040) wideChars++;
      const k = caseOf(c);
      if ((k & CASE_LETTER) !== 0) {
        letters++;
        if ((k & CASE_UPPER) === 0) lowers++;
        else uppers++;
      }
    }
  }
  // A paragraph's words are not read at all: it is prose, and its shape (length, ending, digits,
  // a copyright or a bio pattern) is all the model needs from it.
  if (paragraph) tokenCount = 0;
  else readTokens(trimmed, ascii);
  // Words and numbers (tokens other than marks), counted; their lower-cased texts are listed below only when a
  // phrase may start among them (most lines have no such word).
  let wordTotal = 0;
  // The words that open furniture phrases (their places among the words), and their phrases.
  // (Listed in PHRASE_STARTS and PHRASE_LISTS, this line's first phraseCount entries.)
  let phraseCount = 0;
  let letterWords = 0;
  let capitals = 0;
  let stops = 0;
  let lowerFirst = false;
  let seenFirst = false;
  let secondPerson = false;
  let glued = 0;
  let numbers = 0;
  // Indexed loops here and below: a for…of over an array makes an iterator result per step until the function is
  // optimised, and this runs once per line (a tenth of what the furniture model allocated on 1 MB).
  for (let k = 0; k < tokenCount; k++) {
    const kind = TOKEN_KIND[k] as number;
    if (kind === TK_NUMBER) numbers++;
    if (kind === TK_PUNCT) continue;
    const info = WORD_BUCKETS[tokenBucket(k)] === 1 ? WORD_INFO.get(lowerAt(k)) : undefined;
    if (info?.phrases !== undefined) {
      PHRASE_STARTS[phraseCount] = wordTotal;
      PHRASE_LISTS[phraseCount++] = info.phrases;
    }
    WORD_TOKEN[wordTotal] = k;
    wordTotal++;
    if (kind === TK_WORD) {
      letterWords++;
      const start = TOKEN_START[k] as number;
      const end = TOKEN_END[k] as number;
      const code = trimmed.charCodeAt(start);
      let upper: boolean;
      let lowerCase: boolean;
      if (code < 128) {
        upper = code >= 65 && code <= 90;
        lowerCase = code >= 97 && code <= 122;
      } else {
        const k = caseOf(code);
        upper = (k & CASE_UPPER) !== 0;
        lowerCase = (k & CASE_LOWER) !== 0;
      }
      if (upper) capitals++;
      if (!seenFirst) lowerFirst = lowerCase;
      if (info?.stop === true) stops++;
      if (info?.secondPerson === true) secondPerson = true;
      if (end - start >= 6) glued += gluedJoints(trimmed, start, end);
    }
    seenFirst = true;
  }
  wordsRead = wordTotal;
  const unspacedChars = wideChars > 0 && UNSPACED.test(trimmed) ? (trimmed.match(UNSPACED_ALL)?.length ?? 0) : 0;
  const wordCount = long
    ? 2 * MAX_WORDS
    : (cut || paragraph ? countTokens(full, MAX_WORDS) : wordTotal) + Math.floor(unspacedChars / 2);
  // How the line ends, read backwards over closing quotes, brackets and emphasis (as above).
  const e = endAt;
  const lastChar = e > 0 ? full.charAt(e - 1) : '';
  // (Read only within the line: a read before its start made V8 drop lineFeatures's optimised code.)
  const ellipsis = lastChar === '…' || (lastChar === '.' && e >= 3 && full.charAt(e - 2) === '.' && full.charAt(e - 3) === '.');
  const sentenceEnd = !ellipsis && e > 0 && isSentenceMark(full.charCodeAt(e - 1));
  const prose = long || (wordCount >= PROSE_WORDS && sentenceEnd) || wordCount >= 2 * PROSE_WORDS;

  values[F_WORDS_LOG] = Math.min(1, Math.log1p(wordCount) / Math.log1p(MAX_WORDS));
  values[F_ONE_WORD] = wordCount === 1 ? 1 : 0;
  values[F_FEW_WORDS] = wordCount >= 2 && wordCount <= 4 ? 1 : 0;
  values[F_PARAGRAPH] = paragraph ? 1 : 0;
  values[F_LONG_LINE] = full.length > 200 ? 1 : 0;
  values[F_PROSE] = prose ? 1 : 0;
  const finalChar = full.charAt(full.length - 1);
  values[F_ENDS_PERIOD] = sentenceEnd && (lastChar === '.' || lastChar === '。') ? 1 : 0;
  values[F_ENDS_BANG_QUESTION] = sentenceEnd && lastChar !== '.' && lastChar !== '。' ? 1 : 0;
  values[F_ENDS_COLON] = finalChar === ':' || finalChar === '：' ? 1 : 0;
  values[F_ENDS_ELLIPSIS] = ellipsis ? 1 : 0;
  values[F_ENDS_OTHER] = OTHER_ENDS.includes(finalChar) && finalChar !== '' ? 1 : 0;
  values[F_STOP_SHARE] = letterWords > 0 ? stops / letterWords : 0;
  values[F_CAP_SHARE] = letterWords > 0 ? capitals / letterWords : 0;
  values[F_ALL_CAPS] = letters >= 3 && uppers > 0 && lowers === 0 ? 1 : 0;
  if (paragraph) {
    const first = /\p{L}/u.exec(trimmed.slice(0, 12))?.[0] ?? '';
    lowerFirst = first !== '' && first === first.toLowerCase() && first !== first.toUpperCase();
  }
  values[F_STARTS_LOWER] = lowerFirst ? 1 : 0;
  values[F_DIGIT_SHARE] = visible > 0 ? digits / visible : 0;
  const lower = trimmed.toLowerCase();
  // A paragraph's shape is all that is read: none of these patterns marks one.
  if (!paragraph) {
    shapeFeatures(values, text, trimmed, lower, cut, wordCount, digits, visible, sentenceEnd, foldsToAscii);
    values[F_SEPARATOR] = separatorHint && SEPARATOR.test(trimmed) ? 1 : 0;
    values[F_URL_LIKE] = urlGate && URL_HINT.test(lower) && URL_LIKE.test(trimmed) ? 1 : 0;
    values[F_QUOTE_MARK] = quoteMark ? 1 : 0;
  } else {
    values[F_SENTENCES] = 1;
  }
  values[F_GLUED] = glued >= 2 ? 1 : 0;
  values[F_SECOND_PERSON] = secondPerson ? 1 : 0;

  const sentence = sentenceEnd && wordCount >= SENTENCE_WORDS;
  // Furniture words, and whether the line is a heading or prompt made of them.
  const anchor = kindOf(
    values,
    phraseCount,
    full,
    trimmed,
    lower,
    long,
    cut,
    unspacedChars,
    foldsToAscii,
    sentenceEnd,
    prose,
    sentence,
    wordCount,
    secondPerson,
    numbers,
    digits,
    copyrightGate,
    creditMark,
  );
  const { worded, looseAnchor: loose, commentChrome } = KIND_OF;
  // An indexed loop, not a callback: a closure per line.
  // (HITS is all zeros on a line with no furniture word.)
  if (worded) {
    for (let k = 0; k < VOCABULARY_KINDS.length; k++) {
      const n = HITS[k] as number;
      if (n > 0) values[WORD_COLUMNS[k] ?? 0] = Math.min(2, n) / 2;
    }
  }
  const anchorKind = anchor === undefined ? -1 : VOCABULARY_KINDS.indexOf(anchor);
  if (anchorKind >= 0) values[ANCHOR_COLUMNS[anchorKind] ?? 0] = 1;
  const hits = worded ? takeHits() : NO_HITS;

  const folded = wordCount > 0 && wordCount <= 15 ? (oddSpace ? lower.replace(/\s+/gu, ' ') : lower) : undefined;
  const skeleton = skeletonOf(cut, long);
  const colon = finalChar === ':' || finalChar === '：';
  const quoteEnd = isQuoteEnd(full.charCodeAt(full.length - 1));
  return {
    values,
    words: wordCount,
    prose,
    anchor,
    looseAnchor: loose,
    hits,
    worded,
    folded,
    skeleton,
    colon,
    quoteEnd,
    teaser: ellipsis && !quoteEnd,
    commentChrome,
    sentence,
    first: undefined,
    second: undefined,
  };
}

/**
 * Lines' feature values are carved from shared buffers of this many rows: a
 * typed array of its own per line costs an allocation outside the heap and a
 * finalizer for the collector (a third of a line's cost on the Brown press
 * text), a view into a shared buffer costs neither. A buffer is kept alive
 * while a line cached by the server still uses one of its rows, so it is
 * small: 64 rows are 32 KB.
 */
const ROWS_PER_BUFFER = 64;
const ROW_BYTES = LINE_FEATURES.length * Float64Array.BYTES_PER_ELEMENT;
let rowBuffer = new ArrayBuffer(0);
let rowsUsed = ROWS_PER_BUFFER;

/** A zeroed row of feature values. */
function newValues(): Float64Array {
  if (rowsUsed === ROWS_PER_BUFFER) {
    rowBuffer = new ArrayBuffer(ROWS_PER_BUFFER * ROW_BYTES);
    rowsUsed = 0;
  }
  return new Float64Array(rowBuffer, ROW_BYTES * rowsUsed++, LINE_FEATURES.length);
}

/**
 * A paragraph's features depend on a few small numbers only (its word count,
 * saturated at MAX_WORDS; its ending; its digits and visible characters among
 * the first PARAGRAPH_READ; a handful of flags), so paragraphs with the same
 * numbers share one frozen-in-practice object, whose first- and second-stage
 * scores the model then computes once. The Brown press text's 3,400
 * paragraphs make a few hundred such objects; the table keeps at most this
 * many (past it, a paragraph gets an object of its own, with the same values).
 */
const SHARED_PARAGRAPHS = 4096;
const sharedParagraphs = new Map<number, LineFeatures>();

/** Ways a paragraph ends (after its closing quotes and brackets). */
const END_PERIOD = 0;
const END_BANG_QUESTION = 1;
const END_ELLIPSIS = 2;

/**
 * Some character of a paragraph's head needs a look: a digit, a "(", ©, ⓒ or Ⓒ (which lower-cases to ⓒ), Han or
 * kana, or "py"/"rv" (see paragraphFeatures). A pair is matched at its second letter, looking behind for the first
 * (V8 runs this form about a third faster than the two pairs as alternatives); so a match is one character long.
 */
const HEAD_GATE = /[0-9(\u00a9\u24b8\u24d2\u3040-\uffff]|[yYvV](?<=[pP][yY]|[rR][vV])/g;

/**
 * A paragraph's features: its shape only (length, ending, digits, the case of
 * its first letter, a copyright or a bio pattern). Nothing of it is a heading,
 * a button or a menu entry, so nothing more is read: a long text costs a
 * short pass per line. One pass over the characters gives the counts, the
 * word count and the cheap tests that must pass before the copyright and bio
 * patterns run.
 */
function paragraphFeatures(full: string, endAt: number): LineFeatures {
  const length = full.length;
  const headLength = length > PARAGRAPH_READ ? PARAGRAPH_READ : length;
  const bioLength = length > BIO_READ ? BIO_READ : length;
  // Words (runs of characters other than spaces, tabs and no-break spaces, up to MAX_WORDS), the head's visible
  // characters, and whether a bio phrase starts at one of the first spaces. The line is trimmed: it starts and ends
  // with a visible character.
  let words = 1;
  let visible = headLength;
  let bioGate = false;
  if (full.indexOf('\t') === -1 && full.indexOf('\u00a0') === -1) {
    // Only plain spaces (nearly every line): they are found by native searches. A space starts a word unless the
    // next space follows it at once (the line ends with a visible character): no character is read.
    let i = full.indexOf(' ');
    while (i !== -1 && i < headLength) {
      visible--;
      const next = full.indexOf(' ', i + 1);
      // Each bio phrase has a word of two or three letters after its first space ("is", "was", "has"): only such a
      // space is looked at.
      if (!bioGate && i < bioLength && (next === i + 3 || next === i + 4)) bioGate = bioPhraseAt(full, i, bioLength);
      if (words < MAX_WORDS && next !== i + 1) words++;
      i = next;
    }
    while (i !== -1 && words < MAX_WORDS) {
      const next = full.indexOf(' ', i + 1);
      if (next !== i + 1) words++;
      i = next;
    }
  } else {
    let inWord = true;
    for (let i = 1; i < length && (words < MAX_WORDS || i < headLength); i++) {
      const c = full.charCodeAt(i);
      if (c === 32 || c === 9 || c === 0xa0) {
        if (i < headLength) {
          visible--;
          if (c === 32 && !bioGate && i < bioLength) bioGate = bioPhraseAt(full, i, bioLength);
        }
        inWord = false;
      } else if (!inWord) {
        inWord = true;
        if (words < MAX_WORDS) words++;
      }
    }
  }
  // The first letter (nearly always the first character), by the case table for every character: a test of its own
  // for ASCII left the other tests without feedback until a paragraph opened with a quote mark, and V8 dropped the
  // optimised code then.
  let firstLetter = -1;
  for (let i = 0; i < headLength && firstLetter < 0; i++) if (isLetterAt(full, i)) firstLetter = i;
  // Digits, Han or kana, and what COPYRIGHT_HINT needs (read on the head lower-cased: a ©, a ⓒ or the Ⓒ that
  // lower-cases to it, a "(", or the letter pairs "py" of copyright or "rv" of reserved; only ASCII letters
  // lower-case to these letters). Most paragraphs' heads have none of these, which one native search tells; the
  // others are read from where its first match starts (nothing before it counts), one character before it.
  const head = length > PARAGRAPH_READ ? full.slice(0, PARAGRAPH_READ) : full;
  let digits = 0;
  let wide = 0;
  let copyrightGate = false;
  HEAD_GATE.lastIndex = 0;
  if (HEAD_GATE.test(head)) {
    // The match is one character (a pair's second letter) and ends at lastIndex: read from the character before it.
    const from = HEAD_GATE.lastIndex > 2 ? HEAD_GATE.lastIndex - 2 : 0;
    HEAD_GATE.lastIndex = 0;
    // A pair is looked for only at a "y" or a "v" (either case), by the character before it (an ASCII letter's
    // code | 32 is its lower case; no other code | 32 is that of "p" or "r"): no previous character carried along.
    for (let i = from; i < headLength; i++) {
      const c = full.charCodeAt(i);
      if (c < 128) {
        if (c >= 48 && c <= 57) digits++;
        else if (c === 40) copyrightGate = true;
        else if (i > 0) {
          const lower = c | 32;
          if (lower === 121 || lower === 118) {
            const before = full.charCodeAt(i - 1) | 32;
            if (lower === 121 ? before === 112 : before === 114) copyrightGate = true;
          }
        }
      } else {
        if (c >= 0x3040) wide++;
        if (c === 0xa9 || c === 0x24d2 || c === 0x24b8) copyrightGate = true;
      }
    }
  }
  const lastChar = endAt > 0 ? full.charCodeAt(endAt - 1) : -1;
  const ellipsis =
    lastChar === 0x2026 ||
    (lastChar === 46 && endAt >= 3 && full.charCodeAt(endAt - 2) === 46 && full.charCodeAt(endAt - 3) === 46);
  const ending = ellipsis ? END_ELLIPSIS : lastChar === 46 || lastChar === 0x3002 ? END_PERIOD : END_BANG_QUESTION;
  const lowerFirst = firstLetter >= 0 && isLowerLetterAt(full, firstLetter);
  const copyright = copyrightGate && length <= 600 && COPYRIGHT_HINT.test(head.toLowerCase()) && COPYRIGHT.test(head);
  const bio = length <= 600 && (((bioGate || contactLead(full)) && BIO_LINE.test(full)) || BEAT_BIO.test(full));
  const quoteEnd = isQuoteEnd(full.charCodeAt(length - 1));
  // Han and kana count a word per two characters, over the whole line: such a paragraph is read on its own.
  if (wide > 0) {
    const unspaced = full.match(UNSPACED_ALL)?.length ?? 0;
    return paragraphOf(
      newValues(),
      words + Math.floor(unspaced / 2),
      length > 200,
      ending,
      digits,
      visible,
      lowerFirst,
      copyright,
      bio,
      quoteEnd,
    );
  }
  const key =
    ((((digits > 0 ? digits * (PARAGRAPH_READ + 1) + visible : 0) * (MAX_WORDS + 1) + words) * 2 + (length > 200 ? 1 : 0)) * 3 +
      ending) *
      16 +
    (lowerFirst ? 8 : 0) +
    (copyright ? 4 : 0) +
    (bio ? 2 : 0) +
    (quoteEnd ? 1 : 0);
  let shared = sharedParagraphs.get(key);
  if (shared === undefined) {
    shared = paragraphOf(newValues(), words, length > 200, ending, digits, visible, lowerFirst, copyright, bio, quoteEnd);
    if (sharedParagraphs.size < SHARED_PARAGRAPHS) sharedParagraphs.set(key, shared);
  }
  return shared;
}

/** Whether the character at `i` is a letter as the paragraph reader sees it: its lower and upper case differ. */
function isLetterAt(text: string, i: number): boolean {
  return (caseOf(text.charCodeAt(i)) & CASE_LETTER) !== 0;
}

/** A paragraph's features from its numbers (see paragraphFeatures). */
function paragraphOf(
  values: Float64Array,
  words: number,
  longLine: boolean,
  ending: number,
  digits: number,
  visible: number,
  lowerFirst: boolean,
  copyright: boolean,
  bio: boolean,
  quoteEnd: boolean,
): LineFeatures {
  values[F_BIAS] = 1;
  const sentenceEnd = ending !== END_ELLIPSIS;
  const prose = (words >= PROSE_WORDS && sentenceEnd) || words >= 2 * PROSE_WORDS;
  values[F_WORDS_LOG] = Math.min(1, Math.log1p(words) / Math.log1p(MAX_WORDS));
  values[F_ONE_WORD] = words === 1 ? 1 : 0;
  values[F_FEW_WORDS] = words >= 2 && words <= 4 ? 1 : 0;
  values[F_LONG_LINE] = longLine ? 1 : 0;
  values[F_PARAGRAPH] = 1;
  values[F_PROSE] = prose ? 1 : 0;
  values[F_ENDS_PERIOD] = ending === END_PERIOD ? 1 : 0;
  values[F_ENDS_BANG_QUESTION] = ending === END_BANG_QUESTION ? 1 : 0;
  values[F_ENDS_ELLIPSIS] = ending === END_ELLIPSIS ? 1 : 0;
  values[F_SENTENCES] = 1;
  values[F_DIGIT_SHARE] = visible > 0 ? digits / visible : 0;
  values[F_STARTS_LOWER] = lowerFirst ? 1 : 0;
  values[F_COPYRIGHT] = copyright ? 1 : 0;
  values[F_BIO_LINE] = bio ? 1 : 0;
  return {
    values,
    words,
    prose,
    anchor: copyright && !prose ? 'footer' : undefined,
    looseAnchor: false,
    hits: NO_HITS,
    worded: false,
    folded: undefined,
    skeleton: undefined,
    colon: false,
    quoteEnd,
    teaser: ending === END_ELLIPSIS && !quoteEnd,
    commentChrome: false,
    sentence: sentenceEnd && words >= SENTENCE_WORDS,
    first: undefined,
    second: undefined,
  };
}

/** Whether the letter at `i` (a letter: its lower and upper case differ) is lower case. */
function isLowerLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c < 128 ? c >= 97 : (caseOf(c) & CASE_UPPER) === 0;
}

/** A row of share or follow buttons: only share words, at least one of them a network or "share"/"tweet". */
/** A word that names a network or a share button. */
function isNetworkWord(w: string): boolean {
  return NETWORKS.has(w) || w === 'share' || w === 'shares' || w === 'tweet';
}

/** Whether the line's tokens (in the token arrays) make a share row. */
function isShareRow(): boolean {
  if (tokenCount > 2 * SHARE_ROW_WORDS) return false;
  let words = 0;
  let networks = 0;
  // An indexed loop, and a word that is not glued read as it is (no list of one part): most lines stop at their
  // first word.
  for (let k = 0; k < tokenCount; k++) {
    if (TOKEN_KIND[k] !== TK_WORD) continue;
    const start = TOKEN_START[k] as number;
    const end = TOKEN_END[k] as number;
    if (gluedJoints(tokenLine, start, end) > 0) {
      for (const part of splitGlued(tokenLine.slice(start, end))) {
        const w = part.toLowerCase();
        if (!SHARE_WORDS.has(w)) return false;
        words++;
        if (isNetworkWord(w)) networks++;
      }
    } else {
      const lower = lowerAt(k);
      if (!SHARE_WORDS.has(lower)) return false;
      words++;
      if (isNetworkWord(lower)) networks++;
    }
  }
  return words >= 1 && networks >= 1 && words <= SHARE_ROW_WORDS && words - networks <= networks + 2;
}

/**
 * Per-line signals of page furniture: what one line's own text says, with no
 * look at its neighbours. Everything here depends only on the line's text, so
 * a caller may cache it by that text (the language server does, across runs),
 * and it costs one pass of the shared tokenizer plus a few anchored patterns:
 * linear in the line, and bounded for very long lines, which are prose or
 * noise and never furniture.
 *
 * The signals are the ones jusText and boilerpipe read from HTML blocks,
 * adapted to a line of pasted text: length and word count, the share of stop
 * words, capitalisation, how the line ends, digits and counters, link-like
 * shapes, list markers, words glued together by a lost layout
 * ("FacebookTwitterEmail"), and a small vocabulary of furniture words in the
 * major languages (vocabulary.ts).
 */
import { tokenize } from '../../tokens';
import { NETWORKS, PHRASES, SHARE_WORDS, STOP_WORDS_MULTI, VOCABULARY_KINDS, type VocabularyKind } from './vocabulary';

/**
 * Lines longer than this are read no further: no template line is this long
 * (the longest furniture lines on the development pages, legal footers, run
 * to about 600 characters), and it bounds the work on a pasted table or a
 * line of base64.
 */
const MAX_READ = 1200;

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

const LINE_FEATURE_INDEX = new Map<string, number>(LINE_FEATURES.map((name, i) => [name, i]));

/** The column of a feature (throws on a misspelt name, so a typo cannot pass silently). */
function column(name: string): number {
  const i = LINE_FEATURE_INDEX.get(name);
  if (i === undefined) throw new Error(`no line feature ${name}`);
  return i;
}

export interface LineFeatures {
  /** Values in `LINE_FEATURES` order. */
  values: Float64Array;
  /** Words (a run of Chinese or Japanese characters counts one word per two characters). */
  words: number;
  /** Reads as a sentence of article prose. */
  prose: boolean;
  /** The furniture kind the line's own words name, when it is a heading, prompt or button row of that kind. */
  anchor: VocabularyKind | undefined;
  /** Furniture words present, by kind (a count per kind). */
  hits: Partial<Record<VocabularyKind, number>>;
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
  /** The line is a comment's byline or counter ("jsmith says:", "12 comments"), not just the word "Comments". */
  commentChrome: boolean;
  /** Reads as a sentence: ends with a full stop, "!" or "?" after at least a few words. */
  sentence: boolean;
}

interface Phrase {
  words: readonly string[];
  kind: VocabularyKind;
  /** Counts only when it opens the line (a word too common elsewhere). */
  leadOnly: boolean;
}

/** Han and kana: scripts written without spaces, matched by substring. */
const UNSPACED = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/u;
const UNSPACED_ALL = /[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff]/gu;

const byFirstWord = new Map<string, Phrase[]>();
const unspaced: Phrase[] = [];
for (const kind of VOCABULARY_KINDS) {
  for (const raw of PHRASES[kind]) {
    const leadOnly = raw.startsWith('^');
    const text = leadOnly ? raw.slice(1) : raw;
    if (UNSPACED.test(text)) {
      unspaced.push({ words: [text], kind, leadOnly });
      continue;
    }
    const words = tokenize(text)
      .filter((t) => t.kind !== 'punct')
      .map((t) => t.lower);
    const first = words[0];
    if (first === undefined) continue;
    const list = byFirstWord.get(first);
    const phrase = { words, kind, leadOnly };
    if (list) list.push(phrase);
    else byFirstWord.set(first, [phrase]);
  }
}

const SENTENCE_END = /[.!?。！？]["'”’»)\]*_]*$/u;
const ELLIPSIS_END = /(?:\.\.\.|…)["'”’)\]*_]*$/u;
const OTHER_END = /[,;–—|»›>/\\-]$/u;
const SEPARATOR = /\s[|•·/]\s|\s[|•·]|[|•·]\s|\s›\s|\s»\s|\s>\s/u;
const URL_LIKE = /https?:\/\/|www\.|\.(?:com|org|net|co\.uk|de|fr|ru|html?)\b|@[A-Za-z_]\w+|\b[\w.+-]+@[\w-]+\.\w/u;
const BRACKETED = /^[[(【「].*[\])】」]$/u;
const LIST_MARKER = /^[ \t\u00A0]*(?:[-*+•·▪►»›]|\d{1,3}[.)])[ \t\u00A0]+\S/u;
const DATE_TIME =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d{1,2}\b|\b\d{1,2}(?:st|nd|rd|th)? (?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\b\d{1,2}:\d{2}\b|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\b\d+\s?(?:min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|[mhd])\s+ago\b/iu;
/** "2 days ago", "32M ago": the time stamps of lists and comments. */
const RELATIVE_TIME =
  /\b\d+\s?(?:s|sec|secs|seconds?|min|mins|minutes?|hours?|hrs?|days?|weeks?|months?|years?|[mhd])\s+ago\b|\bjust now\b/iu;
/** A sentence end inside a line: a full stop, "!" or "?" then a space and a capital. */
const INNER_SENTENCE_END = /[.!?]["'”’)]?\s+(?=["'“‘(]?\p{Lu})/gu;
/** A line of at most this many words with a date in it is a date line (a stamp), not a sentence that mentions a date. */
const DATE_LINE_WORDS = 8;
/** A line that ends like a sentence reads as one from this many words ("He declined to comment." has four). */
const SENTENCE_WORDS = 4;
/** A line's shape is read this far (a list item's pattern shows in its first few tokens). */
const SKELETON_LENGTH = 24;
/** Only digits and the separators of counters, scores and page numbers ("858", "1 / 23", "14h261", "44,976"). */
const COUNTER = /^[#(]?\d[\d,.\s/|:–-]*(?:[a-z]{1,2}\d+)?[)%]?$|^\d+\s?of\s?\d+$/iu;
const SECOND_PERSON = /\b(?:you|your|you're|yours|sie|vous|votre|usted|tu|vi|вы|ваш)\b/iu;
const QUOTE_MARK = /["“”«»„]/u;
const COPYRIGHT = /©|ⓒ|\(c\)\s*\d{4}|^copyright\b|\bcopyright\s+(?:©\s*)?\d{4}|\ball rights? reserved\b/iu;
/** "jsmith says:", "12 comments", "Rating: 36 Votes", "Reply", "[ 40 comments ]". */
const COMMENT_CHROME =
  /^\S+ says:$|^\d+\s+(?:comments?|responses?|replies|votes?)\b|^(?:rating|score|votes?|likes?|points?):?\s*[+-]?\d+|^(?:reply|report|flag|like|upvote|downvote)$|^\[\s*\d+\s+comments?\s*\]$/iu;
/** "Ann on May 2, 2019 at 4:47 pm said:": a commenter's name with a date. */
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
/** A labelled line is at most this long (a headline after the label). */
const LABELLED_MAX_WORDS = 30;
/** What follows the label is a sentence of the writer's ("Read more: the report found that …."), not a headline. */
function labelledSentence(line: string): boolean {
  const rest = line.replace(LABELLED, '').trim();
  return /^[\p{Ll}]/u.test(rest) || (SENTENCE_END.test(rest) && rest.split(/\s+/u).length >= 8);
}
/** An author's note: "Jane Doe is a reporter for…", "Reach Jane at…", "Follow her on Twitter". */
const BIO_LINE =
  /^(?:[\p{Lu}][\p{L}.'’-]+\s){1,3}(?:is|was|has been)\s(?:a|an|the)\s.{0,80}\b(?:writer|reporter|editor|journalist|correspondent|columnist|contributor|curator|producer|author|native|critic|photographer)\b|^(?:follow|reach|contact|email)\s(?:him|her|them|me|the (?:author|reporter|writer))\b|^(?:have a tip|got a tip)\b/iu;

function splitGlued(word: string): string[] {
  return word.split(/(?<=\p{Ll})(?=\p{Lu})/u);
}

/** The line's furniture signals. Linear in the line's length (bounded by MAX_READ). */
export function lineFeatures(text: string): LineFeatures {
  const values = new Float64Array(LINE_FEATURES.length);
  const set = (name: (typeof LINE_FEATURES)[number], value: number): void => {
    values[column(name)] = value;
  };
  set('bias', 1);
  const trimmed = (text.length > MAX_READ ? text.slice(0, MAX_READ) : text).trim();
  const tokens = tokenize(trimmed);
  const words: string[] = [];
  let letterWords = 0;
  let capitals = 0;
  let stops = 0;
  let lowerFirst = false;
  let seenFirst = false;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    words.push(t.lower);
    if (t.kind === 'word') {
      letterWords++;
      const c = t.text.charAt(0);
      const upper = c !== c.toLowerCase();
      if (upper) capitals++;
      if (!seenFirst) lowerFirst = !upper && c !== c.toUpperCase();
      if (STOP_WORDS_MULTI.has(t.lower)) stops++;
    }
    seenFirst = true;
  }
  const unspacedChars = UNSPACED.test(trimmed) ? (trimmed.match(UNSPACED_ALL)?.length ?? 0) : 0;
  const wordCount = words.length + Math.floor(unspacedChars / 2);
  const long = text.length > MAX_READ;
  const sentenceEnd = SENTENCE_END.test(trimmed) && !ELLIPSIS_END.test(trimmed);
  const prose = long || (wordCount >= PROSE_WORDS && sentenceEnd) || wordCount >= 2 * PROSE_WORDS;

  set('words_log', Math.min(1, Math.log1p(wordCount) / Math.log1p(60)));
  set('one_word', wordCount === 1 ? 1 : 0);
  set('few_words', wordCount >= 2 && wordCount <= 4 ? 1 : 0);
  set('long_line', trimmed.length > 200 ? 1 : 0);
  set('prose', prose ? 1 : 0);
  const last = trimmed.replace(/["'”’»)\]*_]+$/u, '').slice(-1);
  set('ends_period', sentenceEnd && (last === '.' || last === '。') ? 1 : 0);
  set('ends_bang_question', sentenceEnd && last !== '.' && last !== '。' ? 1 : 0);
  set('ends_colon', /[:：]$/u.test(trimmed) ? 1 : 0);
  set('ends_ellipsis', ELLIPSIS_END.test(trimmed) ? 1 : 0);
  set('ends_other', OTHER_END.test(trimmed) ? 1 : 0);
  set('stop_share', letterWords > 0 ? stops / letterWords : 0);
  set('cap_share', letterWords > 0 ? capitals / letterWords : 0);
  const letters = trimmed.replace(/[^\p{L}]/gu, '');
  set('all_caps', letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? 1 : 0);
  set('starts_lower', lowerFirst ? 1 : 0);
  const visible = trimmed.replace(/\s/gu, '').length;
  const digits = trimmed.replace(/\D/gu, '').length;
  set('digit_share', visible > 0 ? digits / visible : 0);
  set('counter', visible > 0 && COUNTER.test(trimmed) ? 1 : 0);
  const dated = DATE_TIME.test(trimmed);
  set('date_time', dated && wordCount > DATE_LINE_WORDS ? 1 : 0);
  set('date_only', dated && wordCount <= DATE_LINE_WORDS ? 1 : 0);
  set('relative_time', RELATIVE_TIME.test(trimmed) ? 1 : 0);
  set('sentences', Math.min(3, (trimmed.match(INNER_SENTENCE_END)?.length ?? 0) + (sentenceEnd ? 1 : 0)) / 3);
  set('separator', SEPARATOR.test(trimmed) ? 1 : 0);
  let glued = 0;
  for (const t of tokens) if (t.kind === 'word' && t.text.length >= 6) glued += splitGlued(t.text).length - 1;
  set('glued', glued >= 2 ? 1 : 0);
  set('url_like', URL_LIKE.test(trimmed) ? 1 : 0);
  set('bracketed', BRACKETED.test(trimmed) ? 1 : 0);
  set('list_marker', LIST_MARKER.test(text) ? 1 : 0);
  set('second_person', SECOND_PERSON.test(trimmed) ? 1 : 0);
  set('quote_mark', QUOTE_MARK.test(trimmed) ? 1 : 0);

  // Furniture words, and whether the line is a heading or prompt made of them.
  const hits: Partial<Record<VocabularyKind, number>> = {};
  let leadKind: VocabularyKind | undefined;
  let leadLength = 0;
  if (!long) {
    for (let i = 0; i < words.length; i++) {
      const candidates = byFirstWord.get(words[i] ?? '');
      if (!candidates) continue;
      for (const p of candidates) {
        if (p.leadOnly && i !== 0) continue;
        if (p.words.length > words.length - i) continue;
        let match = true;
        for (let k = 1; k < p.words.length; k++) {
          if (words[i + k] !== p.words[k]) {
            match = false;
            break;
          }
        }
        if (!match) continue;
        hits[p.kind] = (hits[p.kind] ?? 0) + 1;
        if (i === 0 && p.words.length > leadLength) {
          leadLength = p.words.length;
          leadKind = p.kind;
        }
      }
    }
    if (unspacedChars > 0) {
      const lower = trimmed.toLowerCase();
      for (const p of unspaced) {
        const at = lower.indexOf(p.words[0] ?? '');
        if (at === -1) continue;
        hits[p.kind] = (hits[p.kind] ?? 0) + 1;
        if (at === 0 && leadLength === 0) {
          leadKind = p.kind;
          leadLength = 1;
        }
      }
    }
  }

  // Shapes that name a kind whatever the words.
  const shareRow = !long && isShareRow(tokens);
  const copyright = !long && trimmed.length <= 600 && COPYRIGHT.test(trimmed);
  const commentChrome =
    !long &&
    trimmed.length <= 120 &&
    (COMMENT_CHROME.test(trimmed) || (COMMENT_SIGNATURE.test(trimmed) && DATE_TIME.test(trimmed)));
  const creditLine =
    !long &&
    trimmed.length <= 200 &&
    !sentenceEnd &&
    (CREDIT_LINE.test(trimmed) || ((hits.credit ?? 0) > 0 && SLASHED_NAMES.test(trimmed)));
  const bioLine = !long && trimmed.length <= 600 && BIO_LINE.test(trimmed);
  set('share_row', shareRow ? 1 : 0);
  set('copyright', copyright ? 1 : 0);
  set('comment_chrome', commentChrome ? 1 : 0);
  set('credit_line', creditLine ? 1 : 0);
  set('bio_line', bioLine ? 1 : 0);

  let anchor: VocabularyKind | undefined;
  if (shareRow) anchor = 'share';
  else if (copyright && !prose) anchor = 'footer';
  else if (commentChrome) anchor = 'comments';
  else if (creditLine || CAPTION_LEAD.test(trimmed)) anchor = 'credit';
  else if (
    !prose &&
    wordCount <= LABELLED_MAX_WORDS &&
    leadKind !== undefined &&
    LABELLED.test(trimmed.slice(0, 40)) &&
    !labelledSentence(trimmed)
  )
    anchor = leadKind === 'related' ? 'promo' : leadKind;
  else if (!prose && wordCount <= ANCHOR_MAX_WORDS) {
    if (leadKind !== undefined && wordCount <= leadLength + ANCHOR_SLACK) anchor = leadKind;
    else {
      let best = 0;
      for (const kind of VOCABULARY_KINDS) {
        const n = hits[kind] ?? 0;
        if (n >= 2 && n > best) {
          best = n;
          anchor = kind;
        }
      }
    }
  }
  for (const kind of VOCABULARY_KINDS) {
    values[column(`word_${kind}`)] = Math.min(2, hits[kind] ?? 0) / 2;
    values[column(`anchor_${kind}`)] = anchor === kind ? 1 : 0;
  }

  const folded = wordCount > 0 && wordCount <= 15 ? trimmed.toLowerCase().replace(/\s+/gu, ' ') : undefined;
  let skeleton = '';
  let marks = 0;
  for (const t of tokens) {
    if (skeleton.length >= SKELETON_LENGTH) break;
    if (t.kind === 'word') {
      if (!skeleton.endsWith('w')) skeleton += 'w';
    } else {
      skeleton += t.kind === 'number' ? '0' : t.text;
      marks++;
    }
  }
  const colon = /[:：]$/u.test(trimmed);
  return {
    values,
    words: wordCount,
    prose,
    anchor,
    hits,
    folded,
    skeleton: !long && marks >= 2 ? skeleton : undefined,
    colon,
    quoteEnd: /["”’'»]$/u.test(trimmed),
    commentChrome,
    sentence: sentenceEnd && wordCount >= SENTENCE_WORDS,
  };
}

/** A row of share or follow buttons: only share words, at least one of them a network or "share"/"tweet". */
function isShareRow(tokens: ReturnType<typeof tokenize>): boolean {
  let words = 0;
  let networks = 0;
  for (const t of tokens) {
    if (t.kind === 'punct') continue;
    if (t.kind === 'number') continue;
    for (const part of splitGlued(t.text)) {
      const w = part.toLowerCase();
      if (!SHARE_WORDS.has(w)) return false;
      words++;
      if (NETWORKS.has(w) || w === 'share' || w === 'shares' || w === 'tweet') networks++;
    }
  }
  return words >= 1 && networks >= 1 && words <= 12 && words - networks <= networks + 2;
}

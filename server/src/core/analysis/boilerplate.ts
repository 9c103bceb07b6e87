/**
 * Boilerplate: the page furniture a scraper carries along with an article
 * (recirculation blocks, "Read more:" lines, newsletter and share prompts,
 * advertisement markers, cookie notices, copyright footers, comment
 * prompts). Shared by the `boilerplate` rule and by rules that must not
 * read page furniture as article text (truncated-teaser, unattributed-number).
 *
 * A line is judged by more than its words: a recirculation heading leads a
 * block whose items are headline-like lines, teasers ending in an ellipsis,
 * link lines and short bullets; weak headings ("Related", "Trending") need
 * items with links or teasers, several items, or a place after the
 * article's last paragraph; a run of ellipsis teasers after the article is
 * a block even without a heading. Prompts are recognised only in the short,
 * second-person or imperative form of page furniture, so an article whose
 * own sentences discuss newsletters, advertising or cookies is left alone.
 */
import type { Article, Line, Link } from '../article';
import { stringList, type RuleContext } from '../rule';
import type { Span } from '../types';
import {
  contentStart,
  countWords,
  endsSentence,
  hasListMarker,
  linkDensity,
  linksByLine,
  titleLike,
  trailingEllipsis,
} from './line-shape';

export interface BoilerplateBlock extends Span {
  /** First and last line index of the block. */
  firstLine: number;
  lastLine: number;
  /** What kind of boilerplate, for the message: "recirculation block", "newsletter prompt", ... */
  kind: string;
  /** The heading or single line that identifies the block, as written (trimmed, at most 60 characters). */
  label: string;
  /** The line of the block's heading, when it has one. */
  headingLine?: number;
}

export interface BoilerplateAnalysis {
  /** Sorted, non-overlapping. */
  blocks: BoilerplateBlock[];
  /**
   * The first line after the article's body: from here on there are only
   * boilerplate, headline-like lines, teasers, links and blank lines.
   */
  tailStart: number;
}

export const RECIRCULATION = 'recirculation block';
export const READ_MORE = '"Read more" line';
export const NEWSLETTER = 'newsletter prompt';

/** Headings that never head article text. */
const STRONG_HEADINGS = new Set(
  [
    'you may also like',
    'you might also like',
    'you may also be interested in',
    'you might also be interested in',
    'you may be interested in',
    'you might be interested in',
    'you may have missed',
    'we recommend',
    'recommended for you',
    'recommended stories',
    'recommended articles',
    'recommended reading',
    'related articles',
    'related stories',
    'related posts',
    'related news',
    'related content',
    'related coverage',
    'related reading',
    'related links',
    'more stories',
    'more news',
    'more articles',
    'more to read',
    'more like this',
    'more on this story',
    'more on this topic',
    'read more',
    'read next',
    'what to read next',
    'also read',
    'read also',
    'trending now',
    'trending stories',
    'trending articles',
    'trending news',
    'most read',
    'most viewed',
    'most shared',
    'most popular stories',
    'most popular articles',
    'popular now',
    'popular stories',
    'popular articles',
    "editor's picks",
    "editors' picks",
    "editor's choice",
    "don't miss",
    'must read',
    'around the web',
    'from around the web',
    'sponsored stories',
    'promoted stories',
    'from our partners',
    'from our sponsors',
    'in case you missed it',
    'other stories',
    'more headlines',
    'more top stories',
    'keep reading',
    'up next',
  ].map(fold),
);

/** Headings that a real article might use: they need more evidence. */
const WEAK_HEADINGS = new Set(
  [
    'related',
    'recommended',
    'trending',
    'most popular',
    'top stories',
    'latest news',
    'latest stories',
    'latest articles',
    'latest',
    'see also',
    'further reading',
    'other news',
    'explore more',
    'more',
    'popular',
  ].map(fold),
);

/** "More from Planet News", "Latest in Politics": the rest is a short name. */
const PREFIX_HEADING =
  /^(?:more|latest|more stories|more news|more articles|top stories|other stories|also|read more|more videos) (?:from|on|in|at|by) (.+)$/;

function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[‘’`´]/g, "'")
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * A line reduced to its words: Markdown markers (#, >, list markers,
 * emphasis) and surrounding punctuation removed, lower case, straight
 * apostrophes, single spaces.
 */
export function normalizeLine(text: string): string {
  let s = text.trim();
  s = s.replace(/^#{1,6}[ \t]+/, '').replace(/[ \t]+#+$/, '');
  s = s.slice(contentStart(s));
  s = s.replace(/^(?:\*\*|__|\*|_)(.*?)(?:\*\*|__|\*|_)$/, '$1');
  s = fold(s);
  s = s.replace(/^[\s»›>|–—-]+/, '').replace(/[\s.:…»›>|–—\-*_]+$/, '');
  return s;
}

export type HeadingStrength = 'strong' | 'weak';

/** Whether a (normalized) line is a recirculation heading, and how sure that is. */
export function headingStrength(norm: string): HeadingStrength | undefined {
  if (norm.length === 0 || norm.length > 60) return undefined;
  if (STRONG_HEADINGS.has(norm)) return 'strong';
  if (WEAK_HEADINGS.has(norm)) return 'weak';
  const m = PREFIX_HEADING.exec(norm);
  if (m && m[1] !== undefined && countWords(m[1]) <= 6 && !/[.,;:!?"“”()]/.test(m[1])) return 'weak';
  return undefined;
}

/** Whether a raw line is a known recirculation heading ("You may also like...", "## Related articles"). */
export function isBoilerplateHeading(text: string): boolean {
  return headingStrength(normalizeLine(text)) !== undefined;
}

const REPORTED_SPEECH = /\b(?:said|says|told|tells|according to|reported|urged|wrote|writes|asked|added)\b/;

const ADVERTISEMENT =
  /^(?:advertisements?|advert|ads?|advertising|ad feedback|report (?:this )?ad|skip (?:advertisement|ad)|sponsored(?: (?:content|post|message|links?|stories))?|paid (?:content|post|partnership|promotion)|promoted(?: (?:content|stories|links?))?|(?:the )?(?:story|article|content) continues (?:below|after)(?: (?:this |the )?(?:advertisement|ad))?|continue reading (?:below|after (?:the|this) (?:ad|advertisement))|advertisement ?[-–—:|(]? ?(?:scroll|continue|story)[a-z ]*\)?)$/;

const READ_MORE_LINE =
  /^(?:(?:read more|read also|also read|read next|see also|related(?: (?:story|stories|article|articles|coverage|content|reading|link|news))?|more on this(?: story| topic)?|recommended(?: reading| story| article)?|don't miss|must read|continue reading|keep reading)\s*(?::|»|›|>>|\||–|—|-)\s*\S|(?:read more|continue reading|keep reading|read the (?:full|whole|rest of the) (?:story|article)|read full (?:story|article)|click here to read more|read more here|full story)(?: (?:here|»|›|>>))?$)/;

const NEWSLETTER_START =
  /^(?:sign up|signup|subscribe|join|get|register|enter your e-?mail|never miss|stay (?:informed|up to date|up-to-date|updated|in the loop|connected|ahead)|want (?:more|the latest|to (?:get|receive|stay))|like (?:this|what you're reading)|enjoy(?:ed|ing)? (?:this|reading)|love (?:this|our)|receive|newsletter|already (?:a )?subscriber|already have an account|create (?:a )?free account|you have (?:\d+|one|two|three|no) free (?:articles?|stories)|this (?:article|story|content) is (?:for|available to|exclusive to) subscribers|subscribers only|unlock (?:this|full|unlimited))\b/;
const NEWSLETTER_WORD =
  /\b(?:newsletters?|inbox|subscri\w*|sign(?:\s|-)?up|e-?mails?|alerts?|digest|briefing|free (?:articles?|stories)|log ?in|sign in|account|access)\b/;
const PROMO_SIGNAL = /\b(?:our|your|you|free|today|now|here|daily|weekly|latest|best)\b|!|»/;

const SOCIAL = new Set([
  'facebook',
  'twitter',
  'x',
  'linkedin',
  'whatsapp',
  'reddit',
  'pinterest',
  'telegram',
  'messenger',
  'instagram',
  'youtube',
  'tiktok',
  'flipboard',
  'threads',
  'bluesky',
  'mastodon',
  'tumblr',
  'pocket',
]);
const SHARE_TOKENS = new Set([
  ...SOCIAL,
  'email',
  'e-mail',
  'mail',
  'print',
  'share',
  'tweet',
  'copy',
  'link',
  'sms',
  'more',
  'save',
]);
const SHARE =
  /^(?:share(?: (?:the|this) (?:article|story|post|page|link)| this| on (?:facebook|twitter|x|linkedin|whatsapp|reddit|email|pinterest|telegram|bluesky|threads)\b| via \w+| with (?:friends|your friends|a friend))?(?:\s*[:|–—-].*)?$|follow (?:us|me)\b|follow @\S+|follow .{1,40} on (?:facebook|twitter|x|instagram|linkedin|threads|bluesky|tiktok|youtube|mastodon|google news|whatsapp)\b|like us on|find us on|connect with us|click to (?:share|email|print|tweet)|tweet this|email this (?:article|story)|print this (?:article|story|page)|copy link|link copied)/;

const COOKIE =
  /\bwe use cookies\b|\b(?:this|our) (?:web ?site|site|app|service) uses cookies\b|\bby (?:continuing|using|clicking|browsing)\b.*\bcookies?\b|\b(?:accept|reject|decline|manage|allow) (?:all )?cookies\b|^cookies? (?:policy|settings|preferences|consent|notice|banner)\b|\bour cookie (?:policy|notice)\b/;

/** Words every cookie banner has: it addresses the reader or names its settings. */
const COOKIE_BANNER =
  /\b(?:you|your|experience|agree|consent|accept|policy|settings|preferences|browsing|personali[sz]e|improve)\b|^(?:accept|reject|decline|manage|allow) /;

const COPYRIGHT = /^(?:copyright\s*)?(?:©|\(c\))\s*[\p{L}\p{N}]|^copyright\s+\d{4}\b|\ball rights reserved\b/u;

const COMMENT =
  /^(?:leave a (?:comment|reply)|add (?:a|your) comment|post (?:a|your) comment|write a comment|join the (?:conversation|discussion|debate)|have your say|comments?(?: \(\d+\)| \d+)?|\d+ comments?|(?:show|view|load|see|read) (?:all )?(?:\d+ )?comments|comment on this (?:story|article|post)|be the first to comment|what do you think\??.*\bcomments?\b.*|let us know (?:what you think )?in the comments(?: below)?|tell us (?:what you think )?in the comments(?: below)?|share your (?:thoughts|views|opinion)(?: in the comments| below| with us)?|comments are (?:closed|disabled)|(?:sign|log) in to (?:comment|join the conversation)|you must be logged in to post a comment)$/;

/** The kind of a single boilerplate line, or undefined. `norm` is `normalizeLine(text)`. */
export function standaloneKind(norm: string, words: number): string | undefined {
  if (norm.length === 0 || words > 60) return undefined;
  if (words <= 8 && ADVERTISEMENT.test(norm)) return 'advertisement marker';
  if (words <= 30 && READ_MORE_LINE.test(norm)) return READ_MORE;
  if (words <= 12 && COMMENT.test(norm) && !REPORTED_SPEECH.test(norm)) return 'comment prompt';
  if (words <= 30 && COPYRIGHT.test(norm)) return 'copyright footer';
  if (norm.includes('cookie') && COOKIE.test(norm) && (words <= 8 || COOKIE_BANNER.test(norm)) && !REPORTED_SPEECH.test(norm))
    return 'cookie notice';
  if (words <= 15 && !REPORTED_SPEECH.test(norm) && (SHARE.test(norm) || shareButtons(norm))) return 'share prompt';
  if (
    words <= 40 &&
    NEWSLETTER_START.test(norm) &&
    NEWSLETTER_WORD.test(norm) &&
    (words <= 8 || PROMO_SIGNAL.test(norm)) &&
    !REPORTED_SPEECH.test(norm)
  )
    return NEWSLETTER;
  return undefined;
}

/** A line of share buttons: "Facebook Twitter LinkedIn Email". */
function shareButtons(norm: string): boolean {
  const tokens = norm.split(/[\s,|/·•]+/).filter(Boolean);
  if (tokens.length < 2) return false;
  let networks = 0;
  for (const t of tokens) {
    if (!SHARE_TOKENS.has(t)) return false;
    if (SOCIAL.has(t)) networks++;
  }
  return networks >= 1 && tokens.length - networks <= networks + 2;
}

/**
 * A cheap test before a line is normalized: short lines always pass; longer
 * ones only with the first word of a longer prompt, or a cookie, a © or
 * "rights reserved" in them.
 */
const LONG_LEAD_WORDS = new Set(
  (
    "read also see related more recommended don't must continue keep sign signup subscribe join get register enter " +
    'never stay want like enjoy enjoyed enjoying love receive newsletter already create you this subscribers unlock ' +
    'share follow find connect click tweet email print copyright c'
  ).split(' '),
);
const FIRST_WORD = /^[\s\u00A0>#*_+•·▪►»›|–—-]*(?:\d{1,3}[.)][ \t]+)?([\p{L}\p{N}][\p{L}'’]*)/u;

function mayLead(text: string, words: number): boolean {
  if (words <= 12) return true;
  const m = FIRST_WORD.exec(text);
  if (m && m[1] !== undefined && LONG_LEAD_WORDS.has(m[1].toLowerCase().replace(/’/g, "'"))) return true;
  return text.includes('ookie') || text.includes('©') || /rights reserved/i.test(text);
}

interface Lead {
  kind: string;
  strength: HeadingStrength | 'phrase' | 'line';
}

interface Items {
  last: number;
  count: number;
  /** Items with a link, an ellipsis or a list marker. */
  strong: number;
  ellipses: number;
  /** Headline-like and link items. */
  titles: number;
}

function label(line: Line): string {
  const t = line.text
    .trim()
    .replace(/^#{1,6}[ \t]+/, '')
    .replace(/^(\*\*|__)(.*)\1$/, '$2');
  return t.length > 60 ? `${t.slice(0, 57).trimEnd()}...` : t;
}

/** The article's boilerplate blocks, sorted, computed once per lint run. */
export function boilerplateBlocks(context: RuleContext): BoilerplateBlock[] {
  return boilerplateAnalysis(context).blocks;
}

/** Blocks and the line where the article's body ends, computed once per lint run. */
export function boilerplateAnalysis(context: RuleContext): BoilerplateAnalysis {
  return context.memo('boilerplate-analysis', () =>
    analyseBoilerplate(context.article, stringList(context.optionsOf('boilerplate'), 'phrases')),
  );
}

/** The analysis itself, for callers without a rule context. */
export function analyseBoilerplate(article: Article, phrases: readonly string[] = []): BoilerplateAnalysis {
  const lines = article.lines;
  const n = lines.length;
  const folded = phrases.map(fold).filter((p) => p.length > 0);
  const links = article.links.length > 0 ? linksByLine(article) : new Map<number, Link[]>();
  const headline = article.headline?.line;

  // Word counts (capped at 61), computed when first needed: -1 is "not yet".
  const counts = new Int8Array(n).fill(-1);
  const words = (i: number): number => {
    let c = counts[i] ?? 0;
    if (c === -1) {
      const text = lines[i]?.text ?? '';
      c = text.length > 400 ? 61 : countWords(text, 61);
      counts[i] = c;
    }
    return c;
  };
  const leads: (Lead | undefined)[] = new Array<Lead | undefined>(n);
  for (let i = 0; i < n; i++) {
    const line = lines[i];
    if (!line || line.blank || line.excluded) continue;
    if (line.text.length > 400) continue;
    if (folded.length === 0 && !mayLead(line.text, countWords(line.text, 13))) continue;
    if (words(i) > 60) continue;
    const norm = normalizeLine(line.text);
    if (norm.length === 0) continue;
    const phrase = folded.find((p) => norm.startsWith(p));
    if (phrase !== undefined && words(i) <= 40) {
      leads[i] = { kind: 'boilerplate', strength: 'phrase' };
      continue;
    }
    const strength = i === headline ? undefined : headingStrength(norm);
    if (strength) {
      leads[i] = { kind: RECIRCULATION, strength };
      continue;
    }
    const kind = standaloneKind(norm, words(i));
    // A headline may play on a prompt ("Subscribe Now, Pay Later"); only the unmistakable kinds count there.
    if (kind && !(i === headline && (kind === NEWSLETTER || kind === READ_MORE))) leads[i] = { kind, strength: 'line' };
  }

  const ellipsisAt = (i: number): boolean => {
    const line = lines[i];
    return !!line && trailingEllipsis(line, links.get(i) ?? []) !== undefined;
  };

  /** Whether line `j` is followed, with no blank line between, by a line that is neither an item nor boilerplate. */
  const proseFollows = (j: number): boolean => {
    const next = lines[j + 1];
    if (!next || next.blank || next.excluded || leads[j + 1]) return false;
    const t = next.text.trim();
    return !(titleLike(t) || ellipsisAt(j + 1) || linkDensity(next, links.get(j + 1)) >= 0.5);
  };

  /** The items under a heading (or starting a headingless block) from line `from`. */
  const gather = (from: number): Items => {
    const items: Items = { last: from - 1, count: 0, strong: 0, ellipses: 0, titles: 0 };
    let blankRun = 0;
    let prev = 'none' as 'none' | 'title' | 'link' | 'sentence' | 'other';
    for (let j = from; j < n; j++) {
      const line = lines[j];
      if (!line || line.excluded) break;
      if (line.blank) {
        if (++blankRun > 2) break;
        continue;
      }
      if (leads[j]) break;
      const trimmed = line.text.trim();
      const w = words(j);
      const linkItem = linkDensity(line, links.get(j)) >= 0.5;
      const ellipsisItem = ellipsisAt(j);
      const bullet = hasListMarker(line.text) && w <= 20;
      const next = lines[j + 1];
      const continues = !!next && !next.blank && !next.excluded && /^[\s\u00A0]*\p{Ll}/u.test(next.text);
      const titleItem = !continues && titleLike(trimmed);
      // A teaser sentence sits directly under its headline, and more prose does not follow it.
      const sentenceItem: boolean =
        (prev === 'title' || prev === 'link') && blankRun === 0 && w <= 50 && endsSentence(trimmed) && !proseFollows(j);
      if (!linkItem && !ellipsisItem && !bullet && !titleItem && !sentenceItem) break;
      items.count++;
      if (linkItem || ellipsisItem || bullet) items.strong++;
      if (ellipsisItem) items.ellipses++;
      if (!ellipsisItem && (linkItem || titleItem)) items.titles++;
      items.last = j;
      blankRun = 0;
      prev = linkItem ? 'link' : titleItem ? 'title' : sentenceItem ? 'sentence' : 'other';
    }
    return items;
  };

  interface Candidate {
    first: number;
    last: number;
    lead: Lead;
    items: Items;
  }
  const candidates: Candidate[] = [];
  for (let i = 0; i < n; i++) {
    const lead = leads[i];
    if (!lead) continue;
    if (lead.strength === 'line') {
      const prev = candidates[candidates.length - 1];
      if (prev && prev.lead.kind === lead.kind && prev.last === i - 1) prev.last = i;
      else candidates.push({ first: i, last: i, lead, items: { last: i, count: 0, strong: 0, ellipses: 0, titles: 0 } });
      continue;
    }
    const items = gather(i + 1);
    const last = Math.max(i, items.last);
    candidates.push({ first: i, last, lead, items });
    i = last;
  }

  // The article's body ends at the last prose line that is not boilerplate.
  const inCandidate = new Uint8Array(n);
  for (const c of candidates) for (let i = c.first; i <= c.last; i++) inCandidate[i] = 1;
  let bodyEnd = -1;
  for (let i = n - 1; i >= 0 && bodyEnd === -1; i--) {
    const line = lines[i];
    if (!line || line.blank || line.excluded || inCandidate[i]) continue;
    if (isBodyLine(lines, words, i)) bodyEnd = i;
  }
  const tailStart = bodyEnd + 1;

  const blocks: BoilerplateBlock[] = [];
  const push = (first: number, last: number, kind: string, headingLine?: number): void => {
    const a = lines[first];
    const b = lines[last];
    if (!a || !b) return;
    const block: BoilerplateBlock = {
      start: a.start + (a.text.length - a.text.trimStart().length),
      end: b.start + b.text.trimEnd().length,
      firstLine: first,
      lastLine: last,
      kind,
      label: label(a),
    };
    if (headingLine !== undefined) block.headingLine = headingLine;
    blocks.push(block);
  };
  for (const c of candidates) {
    const { lead, items } = c;
    if (lead.strength === 'weak') {
      const score = 1 + (items.strong > 0 ? 1 : 0) + (items.count >= 2 ? 1 : 0) + (c.first >= tailStart ? 1 : 0);
      if (score < 3) continue;
    }
    push(c.first, c.last, lead.kind, lead.strength === 'line' ? undefined : c.first);
  }

  // Teasers after the article's end, without a heading: two or more lines
  // ending in an ellipsis, with a headline-like line or a link among them.
  const covered = new Uint8Array(n);
  for (const b of blocks) for (let i = b.firstLine; i <= b.lastLine; i++) covered[i] = 1;
  for (let i = Math.max(tailStart, 0); i < n; i++) {
    const line = lines[i];
    if (!line || line.blank || line.excluded || covered[i] || leads[i] || !ellipsisAt(i)) continue;
    // Take in the headline-like lines just above the first teaser.
    let first = i;
    for (let p = i - 1; p >= tailStart; p--) {
      const prevLine = lines[p];
      if (!prevLine || prevLine.blank || prevLine.excluded || covered[p] || leads[p] || !titleLike(prevLine.text.trim())) break;
      first = p;
    }
    const items = gather(first);
    if (items.ellipses >= 2 && items.titles >= 1 && items.last >= i) push(first, items.last, RECIRCULATION);
    // Either way no second teaser lies before the end of this run.
    i = Math.max(i, items.last);
  }
  blocks.sort((a, b) => a.start - b.start);
  return { blocks, tailStart };
}

/**
 * A line of the article's body: it ends like a sentence and is long enough
 * to be prose, or it closes a hard-wrapped sentence, or it is long.
 */
function isBodyLine(lines: readonly Line[], words: (i: number) => number, i: number): boolean {
  const line = lines[i];
  if (!line) return false;
  const trimmed = line.text.trim();
  const w = words(i);
  if (/(?:\.\.\.|…)[*_]*$/.test(trimmed)) return false;
  if (w >= 30) return true;
  if (!endsSentence(trimmed)) return false;
  if (w >= 8) return true;
  const prev = lines[i - 1];
  return (
    !!prev &&
    !prev.blank &&
    !prev.excluded &&
    words(i - 1) >= 6 &&
    !endsSentence(prev.text.trim()) &&
    /^[\s\u00A0]*\p{Ll}/u.test(line.text)
  );
}

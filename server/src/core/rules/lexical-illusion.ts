import type { RuleContext } from '../rule';
import type { Fix, Span } from '../types';
import { acrossParagraphs, quoted, styleRule } from '../style';
import { SMALL_WORDS } from '../analysis/case';

/** Words that English sometimes doubles on purpose ("she had had enough", "what it is is ..."). */
const MAY_BE_MEANT = new Set(['had', 'that', 'is', 'was', 'do', 'does', 'did']);
const SPACE = /[\s\u00A0\uFEFF]/;
const WORD = /^[\p{L}\p{N}’']+$/u;
const LINE_BREAK = /[\r\n]/;
const LETTER = /\p{L}/u;
/** A repeat that ends in punctuation: "root, root, root", "Bong! Bong!", the initials "J. J.". */
const ENDS_IN_PUNCTUATION = /[,;:.!?]$/;
/** The gap between two table cells: a tab, or two or more spaces. */
const COLUMN_GAP = /\t|[ \u00A0]{2,}/;
const COLUMN_GAPS = /\S(?:\t|[ \u00A0]{2,})(?=\S)/g;
/**
 * A line shorter than this that ends with the word the next line starts with
 * is a label, a button or a heading ("Share to LinkedIn" / "LinkedIn",
 * "Nintendo" / "Nintendo Switch Lite"), not hard-wrapped prose: a wrapped line
 * breaks only where the next word no longer fits, so it runs close to its wrap
 * width (72 to 80 columns by habit). On the real-pages development set, every
 * repeat across a line break (20 of them) followed a line of at most 37
 * characters, and none was a slip.
 */
const SHORT_LINE = 50;

/**
 * Why a repeat write-good reports is no slip, or undefined when it may be one.
 * - No letter: a repeated figure, a score or a cell of digits ("2339  1  1  11", "6-2 6-2").
 * - Ends in punctuation: repetition for emphasis or initials. In the Brown Corpus (113 repeats in 15 genres)
 *   every one of these was meant ("Amen, amen", "down, down", "J. J. Hapgood").
 * - A table row: the words are cells apart (a tab or two spaces), on a line with another such gap.
 * - Across a line break after a short line (SHORT_LINE).
 */
function notASlip(context: RuleContext, hit: Span, gapStart: number): boolean {
  const { text, index } = context.article;
  const word = text.slice(hit.start, hit.end);
  if (!LETTER.test(word) || ENDS_IN_PUNCTUATION.test(word)) return true;
  const gap = text.slice(gapStart, hit.start);
  const line = index.lineAt(gapStart - 1);
  if (LINE_BREAK.test(gap)) return lineFacts(context, line).length < SHORT_LINE;
  return COLUMN_GAP.test(gap) && lineFacts(context, line).columnGaps >= 2;
}

/** A line's length without the white space around it, and its column gaps: once per line and lint, however many repeats it has. */
function lineFacts(context: RuleContext, line: number): { length: number; columnGaps: number } {
  const facts = context.memo('lexical-illusion:lines', () => new Map<number, { length: number; columnGaps: number }>());
  let f = facts.get(line);
  if (!f) {
    const { text, index } = context.article;
    const lineText = text.slice(index.lineStarts[line] ?? 0, index.lineEnd(line));
    f = { length: lineText.trim().length, columnGaps: lineText.match(COLUMN_GAPS)?.length ?? 0 };
    facts.set(line, f);
  }
  return f;
}

function deleteRepeat(text: string, hit: Span, gapStart: number): Fix {
  const word = text.slice(hit.start, hit.end);
  const gap = text.slice(gapStart, hit.start);
  let start = gapStart;
  let end = hit.end;
  if (LINE_BREAK.test(gap)) {
    // The repeat opens a line: keep the line break, delete the word and the spaces after it.
    let after = hit.end;
    while (after < text.length && (text.charAt(after) === ' ' || text.charAt(after) === '\t')) after++;
    if (after > hit.end && after < text.length && !LINE_BREAK.test(text.charAt(after))) {
      start = hit.start;
      end = after;
    }
  }
  const first = text.slice(gapStart - word.length, gapStart);
  // "Walla Walla", "Duran Duran": two capitalised words may be a name; "And And" in a title-case heading is not.
  const name = /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(word) && !SMALL_WORDS.has(word.toLowerCase());
  const safe = WORD.test(word) && !MAY_BE_MEANT.has(word.toLowerCase()) && !name;
  return { title: `Delete the repeated "${word}"`, safe, edits: [{ start, end, newText: '' }] };
}

export default styleRule({
  meta: {
    id: 'lexical-illusion',
    description: 'Flags a word written twice in a row ("the the"), a slip the eye tends to skip.',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'cleanup',
    rationale:
      'Readers and writers alike skip the second of two identical words, especially across a line break, so "the the" survives many read-throughs and then shows up in print. Delete the repeat. A few words double on purpose ("she had had enough"); for those, and for names such as "Walla Walla", the fix waits for a person.',
  },
  check: 'lexical-illusions',
  report(hit, context) {
    const { text } = context.article;
    let gapStart = hit.start;
    while (gapStart > 0 && SPACE.test(text.charAt(gapStart - 1))) gapStart--;
    // A heading and the paragraph under it may well share a word: that is no slip.
    if (acrossParagraphs(context, gapStart - 1, hit.start) || notASlip(context, hit, gapStart)) return undefined;
    return {
      start: hit.start,
      end: hit.end,
      message: `${quoted(text, hit)} is repeated: delete the second one`,
      fixes: [deleteRepeat(text, hit, gapStart)],
    };
  },
});

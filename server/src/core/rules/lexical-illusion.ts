import type { Fix, Span } from '../types';
import { acrossParagraphs, quoted, styleRule } from '../style';

/** Words that English sometimes doubles on purpose ("she had had enough", "what it is is ..."). */
const MAY_BE_MEANT = new Set(['had', 'that', 'is', 'was', 'do', 'does', 'did']);
const SPACE = /[\s\u00A0\uFEFF]/;
const WORD = /^[\p{L}\p{N}’']+$/u;
const LINE_BREAK = /[\r\n]/;

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
  // "Walla Walla", "Duran Duran": two capitalised words may be a name.
  const name = /^\p{Lu}/u.test(first) && /^\p{Lu}/u.test(word);
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
    if (acrossParagraphs(context, gapStart - 1, hit.start)) return undefined;
    return {
      start: hit.start,
      end: hit.end,
      message: `${quoted(text, hit)} is repeated: delete the second one`,
      fixes: [deleteRepeat(text, hit, gapStart)],
    };
  },
});

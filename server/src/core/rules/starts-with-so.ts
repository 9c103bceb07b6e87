import type { Fix, Report } from '../types';
import { atSentenceStart, capitalise, styleRule } from '../style';

const SPACE = /[\s\u00A0\uFEFF]/;
/** "So", then a comma or spaces (no line break), then the next word. */
const SO_THEN = /so(,?)([ \t\u00A0]+)(\S+)/iy;
const SO = /so\b/iy;
/** "So far", "so many", "so-called": "so" as an adverb of degree, not the filler. */
const DEGREE = /so(?:-|[ \t\u00A0]+(?:far|much|many|few|little|long|too|often)\b)/iy;
/**
 * Words after which a bare "So" (no comma) is surely the filler, so removing
 * it is safe. Before other words it may be needed ("So big was the crowd
 * that ...", "So did the mayor"), and the fix waits for a person.
 */
const SAFE_NEXT = new Set(
  (
    'i we you he she it they the this these those there here now then our my your his her their its ' +
    "if when after before let let’s let's instead once yes"
  ).split(' '),
);

function removeSo(text: string, start: number): Fix | undefined {
  SO_THEN.lastIndex = start;
  const m = SO_THEN.exec(text);
  if (!m || m[1] === undefined || m[2] === undefined || m[3] === undefined) return undefined;
  const next = m[3];
  // "So — ...", "So ... ": nothing sensible to start the sentence with.
  if (!/^["'“‘(]?[\p{L}\p{N}]/u.test(next)) return undefined;
  const nextStart = start + m[0].length - next.length;
  const word = /^[^\p{L}\p{N}]*([\p{L}’']+)/u.exec(next)?.[1]?.toLowerCase() ?? '';
  const safe = m[1] === ',' || SAFE_NEXT.has(word);
  // A capital "So" opened the sentence, so the next word takes the capital; after "; so" it stays as it is.
  const capital = text.charAt(start) === 'S' ? capitalise(next) : next;
  // One edit from "So" through the next word's capitalised letter (the whole word if its length changed).
  let end = nextStart;
  let newText = '';
  if (capital.length !== next.length) {
    end = nextStart + next.length;
    newText = capital;
  } else {
    let changed = 0;
    while (changed < next.length && capital.charAt(changed) === next.charAt(changed)) changed++;
    if (changed < next.length) {
      end = nextStart + changed + 1;
      newText = capital.slice(0, changed + 1);
    }
  }
  return { title: `Remove "${text.slice(start, start + 2)}${m[1]}"`, safe, edits: [{ start, end, newText }] };
}

export default styleRule({
  meta: {
    id: 'starts-with-so',
    description: 'Flags sentences that begin with a filler "So".',
    defaultSeverity: 'info',
    fixable: true,
    fixKind: 'rewrite',
    rationale:
      'A sentence-opening "So" is a habit of speech: in print it adds nothing and can sound as if the writer is talking down to readers. Cut it and start with what follows. "So" as an adverb of degree ("So far, 12 people ...", "So many ...") is left alone.',
  },
  check: 'starts-with-so',
  report(hit, context) {
    const { text } = context.article;
    // write-good's range is off when more than one space precedes "so": find the word itself.
    let start = hit.start;
    while (start < text.length && SPACE.test(text.charAt(start))) start++;
    SO.lastIndex = start;
    DEGREE.lastIndex = start;
    if (!SO.test(text) || DEGREE.test(text) || !atSentenceStart(context, start)) return undefined;
    const word = text.slice(start, start + 2);
    const fix = removeSo(text, start);
    const report: Report = {
      start,
      end: start + 2,
      message: `"${word}" at the start of a sentence adds no meaning: cut it and begin with what follows`,
    };
    // Written out, not spread from a conditional object (a spread takes V8's slow path).
    if (fix) report.fixes = [fix];
    return report;
  },
});

import { atSentenceStart, quoted, styleRule } from '../style';

/** "There is" / "There are" exactly where it begins. */
const THERE_IS = /there\s(?:is|are)\b/iy;
const SPACE = /[\s\u00A0\uFEFF]/;

export default styleRule({
  meta: {
    id: 'there-is',
    description: 'Flags sentences that begin with "There is" or "There are".',
    defaultSeverity: 'hint',
    fixable: false,
    rationale:
      'A sentence that opens with "There is" or "There are" puts an empty phrase where the subject should be and usually needs a "that" or "who" later on. Start with the subject and give it a real verb: "There are 40 people who work at the plant" becomes "Forty people work at the plant".',
  },
  check: 'there-is',
  report(hit, context) {
    const { text } = context.article;
    // write-good's range is off when more than one space precedes the phrase: find the phrase itself.
    let start = hit.start;
    while (start < hit.end && SPACE.test(text.charAt(start))) start++;
    THERE_IS.lastIndex = start;
    const m = THERE_IS.exec(text);
    if (!m || !atSentenceStart(context, start)) return undefined;
    const span = { start, end: start + m[0].length };
    return { ...span, message: `${quoted(text, span)} is unnecessary verbiage: start the sentence with its subject` };
  },
});

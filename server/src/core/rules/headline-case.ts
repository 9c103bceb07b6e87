import { addHeadlineCapitals, convertHeading, headingStyle, headingWords, wordEvidence, type CaseStyle } from '../analysis/case';
import type { Rule } from '../rule';

const NAMES: Record<CaseStyle, string> = { title: 'title case', sentence: 'sentence case' };
/** Headings with code, links or HTML: converting them could change more than words. */
const MARKUP = /[`<]|\]\(|https?:\/\//;

const rule: Rule = {
  meta: {
    id: 'headline-case',
    description: "Finds a heading whose capitalisation style (title case or sentence case) differs from the main headline's.",
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial'],
    rationale:
      'Headings that switch between Title Case and sentence case look careless and make the page harder to scan. Use the style of the main headline for every heading. Proper nouns, acronyms and words the story capitalises mid-sentence keep their capitals in either style.',
  },
  check(context) {
    const { article } = context;
    const headline = article.headline;
    if (!headline || article.headings.length < 2) return;
    const evidence = wordEvidence(
      article,
      article.headings.flatMap((h) => headingWords(h.text)),
    );
    const style = headingStyle(headline.text, evidence);
    if (!style) return;
    if (style === 'sentence') addHeadlineCapitals(headline.text, evidence);
    for (const h of article.headings) {
      if (h === headline || MARKUP.test(h.text)) continue;
      const own = headingStyle(h.text, evidence);
      if (!own || own === style) continue;
      const text = convertHeading(h.text, style, evidence);
      context.report({
        start: h.start,
        end: h.end,
        message: `Heading is in ${NAMES[own]}; the headline uses ${NAMES[style]}.`,
        related: [{ start: headline.start, end: headline.end, message: `Headline in ${NAMES[style]}` }],
        fixes:
          text === h.text
            ? []
            : [{ title: `Convert to ${NAMES[style]}`, edits: [{ start: h.start, end: h.end, newText: text }], safe: true }],
      });
    }
  },
};
export default rule;

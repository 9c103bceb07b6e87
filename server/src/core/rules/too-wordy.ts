import type { Fix, Report, Span } from '../types';
import { quoted, styleRule } from '../style';

/**
 * Shorter wording for the phrases where one plain replacement nearly always
 * works. Offered as a quick fix; the rule's fixes rewrite the writer's copy
 * (`fixKind: 'rewrite'`), so fix-all applies them only when the configuration's
 * `fixAll` lists too-wordy, and never across a line break (joining the lines
 * would change more than the phrase).
 */
const SHORTER: Readonly<Record<string, string>> = {
  'a number of': 'some',
  accompany: 'go with',
  'adjacent to': 'next to',
  'along the lines of': 'like',
  'already existing': 'existing',
  'as a means of': 'to',
  'as of yet': 'yet',
  ascertain: 'find out',
  assistance: 'help',
  'at the present time': 'now',
  'at this time': 'now',
  'attributable to': 'due to',
  'because of the fact that': 'because',
  belated: 'late',
  'by means of': 'by',
  'by virtue of the fact that': 'because',
  cease: 'stop',
  'close proximity': 'near',
  commence: 'begin',
  depart: 'leave',
  discontinue: 'stop',
  'due to the fact that': 'because',
  'during the course of': 'during',
  'each and every': 'each',
  expedite: 'speed up',
  expend: 'spend',
  finalize: 'finish',
  'first and foremost': 'first',
  'for the duration of': 'during',
  'have a tendency to': 'tend to',
  'honest truth': 'truth',
  'in all likelihood': 'probably',
  'in an effort to': 'to',
  'in excess of': 'more than',
  'in lieu of': 'instead of',
  'in light of the fact that': 'because',
  'in order to': 'to',
  'in regard to': 'about',
  'in the event that': 'if',
  'in the midst of': 'amid',
  'in the near future': 'soon',
  initiate: 'start',
  irregardless: 'regardless',
  'make an effort': 'try',
  methodology: 'method',
  necessitate: 'require',
  'of late': 'lately',
  'off of': 'off',
  'outside of': 'outside',
  'owing to the fact that': 'because',
  participate: 'take part',
  'pertaining to': 'about',
  'point in time': 'time',
  possess: 'have',
  'previous to': 'before',
  'prior to': 'before',
  procure: 'get',
  'provided that': 'if',
  regarding: 'about',
  relocate: 'move',
  remainder: 'rest',
  remuneration: 'pay',
  reside: 'live',
  'span across': 'span',
  sufficient: 'enough',
  'time period': 'period',
  transmit: 'send',
  transpire: 'happen',
  'until such time as': 'until',
  utilization: 'use',
  utilize: 'use',
  'various different': 'various',
  'with respect to': 'about',
  'with the exception of': 'except',
};

function shorten(text: string, hit: Span, phrase: string): Fix | undefined {
  const shorter = SHORTER[phrase.slice(1, -1).toLowerCase()];
  if (shorter === undefined) return undefined;
  const first = text.charAt(hit.start);
  const newText = first !== first.toLowerCase() ? shorter.charAt(0).toUpperCase() + shorter.slice(1) : shorter;
  const safe = !/[\r\n]/.test(text.slice(hit.start, hit.end));
  return { title: `Replace with "${newText}"`, safe, edits: [{ start: hit.start, end: hit.end, newText }] };
}

export default styleRule({
  meta: {
    id: 'too-wordy',
    description: 'Flags wordy or stiff phrases ("in order to", "utilize", "prior to") that have a shorter form.',
    defaultSeverity: 'hint',
    fixable: true,
    fixKind: 'rewrite',
    rationale:
      'Long phrases and officialese ("at the present time", "utilize", "in the event that") slow readers down and make copy sound like a press release. Use the short, plain word ("now", "use", "if"). The list also holds words that are often fine in news ("however", "aircraft", "purchase"), so this rule is a hint; where one replacement nearly always works, a quick fix offers it.',
  },
  check: 'too-wordy',
  // Its report reads only the hit's chunk (see StyleRuleSpec.local).
  local: true,
  report(hit, { article }) {
    const phrase = quoted(article.text, hit);
    const fix = shorten(article.text, hit, phrase);
    const shorter = fix?.edits[0]?.newText;
    const report: Report = {
      start: hit.start,
      end: hit.end,
      message:
        shorter !== undefined ? `${phrase} is wordy: try "${shorter}"` : `${phrase} is wordy or unneeded: say it in fewer words`,
    };
    // Written out, not spread from a conditional object (a spread takes V8's slow path).
    if (fix) report.fixes = [fix];
    return report;
  },
});

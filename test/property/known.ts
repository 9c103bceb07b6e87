/**
 * Bugs the property checks found in code other branches own, each with its owner, a precise match on the
 * violation (property, and the rules involved) and the smallest document that shows it. The fast property test
 * lets exactly these through and has a `todo` test on each counterexample; `npm run fuzz` counts them apart from
 * anything new. An entry goes once its counterexample passes.
 */
import type { DocFormat } from '../../server/src/core';
import type { Violation } from './properties';

export interface Known {
  owner: string;
  what: string;
  matches(v: Violation): boolean;
  counterexample: { text: string; format: DocFormat };
}

export const KNOWN: Known[] = [
  {
    owner: 'h/furniture',
    what:
      'furniture found only once other furniture is gone: after fix-all deletes two cut-off teasers, two prose ' +
      'paragraphs ending in "..." read as teasers, now reported, and a second fix-all deletes them (`--fix` ' +
      'stops at what the first lint reported, so only a second run or a second fix-all in the editor does); likewise a ' +
      'second "You may also like" block found only once the teasers under the first are gone, and a list item ' +
      'ending in "…" deleted as a teaser, taking the quotation mark that hid a finding',
    matches: (v) =>
      (v.property === 'second-fix-all' || v.property === 'fixed-returns') &&
      [...(v.after ?? '').split(','), ...(v.rule ?? '').split(',')].some((r) => r === 'boilerplate' || r === 'truncated-teaser'),
    counterexample: {
      text:
        'Of\n\nYou may also like\nOf\nOf and the budget that cut the ro...\nMaria Ortega\nMaria Ortega and the budget ' +
        'that cut the ro...\n\nThe council said President Maria Ortega said "budget"...\n\nThe council said ' +
        'President Maria Ortega said "budget"...\n',
      format: 'article',
    },
  },
  {
    owner: 'headline-case with lexical-illusion (both opted in to fix-all)',
    what:
      'a heading whose doubled word hides its style ("plan plan For The New Ferry" is neither title nor sentence case) ' +
      'has a clear style once fix-all deletes the repeat; the heading is then reported, and a second fix-all restyles ' +
      'it (a rewrite the writer opted into; `--fix` leaves it, as it was not reported before; no text is lost)',
    matches: (v) =>
      v.property === 'second-fix-all' &&
      (v.rule ?? '') === 'headline-case' &&
      (v.after ?? '').split(',').includes('lexical-illusion'),
    counterexample: { text: '# Ferry plan wins a vote\n\n## plan plan For The New Ferry\n', format: 'markdown' },
  },
];

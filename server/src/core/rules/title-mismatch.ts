// PLACEHOLDER: being written. Replace this whole file.
import type { Rule } from '../rule';

const rule: Rule = {
  meta: {
    id: 'title-mismatch',
    description: 'Not written yet.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['editorial'],
    rationale: 'Not written yet.',
  },
  check() {},
};
export default rule;

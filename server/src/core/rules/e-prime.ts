// PLACEHOLDER: being written. Replace this whole file.
import type { Rule } from '../rule';

const rule: Rule = {
  meta: {
    id: 'e-prime',
    description: 'Not written yet.',
    defaultSeverity: 'warning',
    fixable: false,
    tags: ['style'],
    rationale: 'Not written yet.',
  },
  check() {},
};
export default rule;

// PLACEHOLDER body: the boilerplate helper replaces it. The signature is shared:
// other rules (truncated-teaser, unattributed-number) consult the blocks.
import type { RuleContext } from '../rule';
import type { Span } from '../types';

export interface BoilerplateBlock extends Span {
  /** First and last line index of the block. */
  firstLine: number;
  lastLine: number;
  /** What kind of boilerplate, for the message: "recirculation block", "newsletter prompt", ... */
  kind: string;
}

/** The article's boilerplate blocks, sorted, computed once per lint run. */
export function boilerplateBlocks(context: RuleContext): BoilerplateBlock[] {
  return context.memo('boilerplate-blocks', () => []);
}

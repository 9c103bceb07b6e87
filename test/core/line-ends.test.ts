/**
 * The figure model's shape scan asks of every line whether it ends so that a recipe amount or a price could run on
 * over its line break. It used to ask two regular expressions anchored at the end, which try every offset of the
 * line; `recipeRunsOn` and `productRunsOn` read the line from its end instead. The expressions stay here as the
 * oracle: the answers must be theirs, on an edge-case table and on generated lines.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { productRunsOn, recipeRunsOn } from '../../server/src/core/analysis/figures/documents';

const RECIPE_RUNS_ON = /(?:\d|[½⅓⅔¼¾⅛⅜⅝⅞])[\s-]*$/;
const PRODUCT_RUNS_ON = /[$£€]\s*$|\d[\s%-]*$/;

const EDGES = [
  '',
  '2',
  '2 ',
  '2 -\t',
  'add 2\n',
  'add ½',
  'add ⅞ - ',
  'add two',
  '-',
  ' ',
  '$',
  'costs $ ',
  'costs £\u00a0',
  'costs €\u2028',
  '120 %',
  '120%-',
  '120 % x',
  '5\ufeff',
  '5\u200b',
  '\ud83d',
  'x\u3000',
  '%',
  '$%',
];

/** Characters that matter to either expression, and a few that do not. */
const PIECES = [
  '1',
  '9',
  'a',
  '-',
  '%',
  '$',
  '£',
  '€',
  ' ',
  '\n',
  '\r',
  '\t',
  '\u00a0',
  '\u2028',
  '\ufeff',
  '\u3000',
  '\u200b',
  '½',
  '⅞',
  '.',
  'x',
  '\ud83d',
];

describe('line ends that a figure may run on from', () => {
  it('answer as the expressions do on edge cases', () => {
    for (const line of EDGES) {
      assert.equal(recipeRunsOn(line), RECIPE_RUNS_ON.test(line), JSON.stringify(line));
      assert.equal(productRunsOn(line), PRODUCT_RUNS_ON.test(line), JSON.stringify(line));
    }
  });

  it('answer as the expressions do on generated lines', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }), (pieces) => {
        const line = pieces.join('');
        assert.equal(recipeRunsOn(line), RECIPE_RUNS_ON.test(line), JSON.stringify(line));
        assert.equal(productRunsOn(line), PRODUCT_RUNS_ON.test(line), JSON.stringify(line));
      }),
      { numRuns: 5000, seed: 11 },
    );
  });

  it('tells a line that can run on from one that cannot', () => {
    assert.equal(recipeRunsOn('Add 2 '), true);
    assert.equal(recipeRunsOn('Add 2 cups'), false);
    assert.equal(productRunsOn('Now only $'), true);
    assert.equal(productRunsOn('Now only $40.'), false);
  });
});

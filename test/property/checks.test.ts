/**
 * The property checks themselves (properties.ts), on rules built to break
 * each promise: were a check blind, the property run would pass vacuously.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { Fix, Report, Rule } from '../../server/src/core';
import type { RuleContext } from '../../server/src/core/rule';
import { checkDocument, splitsPair, type Violation } from './properties';

function rule(id: string, check: (context: RuleContext) => void): Rule {
  return {
    meta: {
      id,
      description: id,
      defaultSeverity: 'warning',
      fixable: true,
      fixKind: 'cleanup',
      tags: ['editorial'],
      rationale: id,
    },
    check,
  };
}

/** Reports every `word` in the text, with the fix `fix` builds. */
function flagging(
  word: string,
  fix: (start: number, end: number, text: string) => Fix | undefined,
  extra?: Partial<Report>,
): Rule {
  return rule('probe', (context) => {
    const text = context.article.text;
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + word.length)) {
      const f = fix(i, i + word.length, text);
      context.report({ start: i, end: i + word.length, message: `found ${word}`, fixes: f ? [f] : [], ...extra });
    }
  });
}

const remove = (start: number, end: number): Fix => ({ title: 'remove', safe: true, edits: [{ start, end, newText: '' }] });

const properties = (violations: Violation[]): string[] => [...new Set(violations.map((v) => v.property))].sort();

describe('the property checks', () => {
  it('pass a rule that keeps every promise', () => {
    assert.deepEqual(
      checkDocument('Title\n\nKeep this. Drop flagme here.\n\nAnd this line.\n', 'text', [flagging('flagme', remove)]),
      [],
    );
  });

  it('see a rule that throws', () => {
    const throwing = rule('probe', () => {
      throw new Error('boom');
    });
    assert.deepEqual(properties(checkDocument('Text.\n', 'text', [throwing])), ['rule-error']);
  });

  it('see a range outside the text, and one that splits a surrogate pair', () => {
    const outside = rule('probe', (c) => c.report({ start: 0, end: c.article.text.length + 1, message: 'x' }));
    assert.deepEqual(properties(checkDocument('Text.\n', 'text', [outside])), ['range']);
    const split = rule('probe', (c) => c.report({ start: 2, end: 3, message: 'x' }));
    assert.ok(splitsPair('a😀b', 2));
    assert.deepEqual(properties(checkDocument('a😀b\n', 'text', [split])), ['range']);
  });

  it('see the same finding twice', () => {
    const twice = rule('probe', (c) => {
      c.report({ start: 0, end: 4, message: 'x' });
      c.report({ start: 0, end: 4, message: 'x' });
    });
    assert.deepEqual(properties(checkDocument('Text.\n', 'text', [twice])), ['duplicate']);
  });

  it('see a fix whose edits overlap', () => {
    const overlapping = flagging('flagme', (s, e) => ({
      title: 'x',
      safe: false,
      edits: [
        { start: s, end: e - 2, newText: '' },
        { start: s + 1, end: e, newText: '' },
      ],
    }));
    assert.deepEqual(properties(checkDocument('A flagme.\n', 'text', [overlapping])), ['fix-overlap']);
  });

  it('see a fix that deletes a line no finding covers', () => {
    const greedy = flagging('flagme', (s, _e, text) => remove(s, text.length));
    const violations = checkDocument('Title\n\nA flagme.\n\nAn innocent line.\n', 'text', [greedy]);
    assert.ok(properties(violations).includes('line-lost'), JSON.stringify(violations));
  });

  it('see a fix that leaves what it fixed, so that a second fix-all does more', () => {
    const noop = flagging('flagme', (s, e) => ({ title: 'x', safe: true, edits: [{ start: s, end: e, newText: 'flagme' }] }));
    assert.deepEqual(properties(checkDocument('A flagme.\n', 'text', [noop])), ['fixed-returns', 'second-fix-all']);
  });

  it('see a cache entry that does not depend only on its key', () => {
    const stale = rule('probe', (c) => {
      const at = c.cache.get('probe', 'one key for every text', () => c.article.text.indexOf('flag'));
      if (at >= 0) c.report({ start: at, end: at + 4, message: 'x' });
    });
    const violations = checkDocument('Title\n\nflag one.\n\nSome flag two.\n', 'text', [stale]);
    assert.deepEqual(properties(violations), ['cache']);
  });
});

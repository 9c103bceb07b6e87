import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { applyEdits, fixAllEdits, fixText, lint, mergeConfigs, RULES, validateConfig, type Rule } from '../../server/src/core';

/** A rule under the engine's control: reports every word "flagme", fixes it to "ok". */
const probe: Rule = {
  meta: {
    id: 'probe',
    description: 'test',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'cleanup',
    tags: ['editorial'],
    rationale: 'test',
  },
  check(ctx) {
    for (const m of ctx.article.text.matchAll(/flagme/g)) {
      const start = m.index;
      ctx.report({
        start,
        end: start + 6,
        message: 'flagged',
        fixes: [{ title: 'fix', safe: true, edits: [{ start, end: start + 6, newText: 'ok' }] }],
      });
    }
  },
};
const other: Rule = { ...probe, meta: { ...probe.meta, id: 'other' }, check: () => undefined };

const lines = (text: string, rules: Rule[] = [probe]): number[] =>
  lint(text, { rules }).findings.map((f) => lint(text, { rules }).article.index.lineAt(f.start));

describe('suppression comments', () => {
  it('disable-next-line covers only the next line, for the named rule', () => {
    const text = 'flagme\n<!-- copydesk-disable-next-line probe -->\nflagme\nflagme';
    assert.deepEqual(lines(text), [0, 3]);
    const otherRule = 'flagme\n<!-- copydesk-disable-next-line other -->\nflagme';
    assert.deepEqual(lines(otherRule, [probe, other]), [0, 2]);
  });

  it('disable/enable covers a region; no rule named means every rule', () => {
    const text = 'flagme\n<!-- copydesk-disable -->\nflagme\nflagme\n<!-- copydesk-enable -->\nflagme';
    assert.deepEqual(lines(text), [0, 5]);
  });

  it('disable-file silences the whole file for the named rule only', () => {
    assert.deepEqual(lines('flagme\n<!-- copydesk-disable-file probe -->\nflagme'), []);
    assert.deepEqual(lines('flagme\n<!-- copydesk-disable-file other -->\nflagme'), [0, 2]);
  });

  it('works in Markdown and with CRLF', () => {
    const text = '# Head\r\n\r\n<!-- copydesk-disable-next-line probe -->\r\nflagme\r\nflagme\r\n';
    const result = lint(text, { format: 'markdown', rules: [probe] });
    assert.deepEqual(
      result.findings.map((f) => result.article.index.lineAt(f.start)),
      [4],
    );
  });
});

describe('configuration', () => {
  it('keeps valid parts and names every problem', () => {
    const { config, problems } = validateConfig(
      {
        rules: {
          boilerplate: 'error',
          'no-such-rule': 'warning',
          'truncated-teaser': 'loud',
          'unattributed-number': { nope: 1 },
        },
        ignoreWords: 'x',
        extra: true,
      },
      RULES,
    );
    assert.equal(config.rules?.boilerplate, 'error');
    assert.deepEqual(problems.sort(), [
      '"ignoreWords" must be a list of strings',
      'rule "truncated-teaser": expected one of off, hint, info, warning, error or an object',
      'rule "unattributed-number": unknown option "nope"',
      'unknown rule "no-such-rule"',
      'unknown setting "extra" (expected "rules", "ignoreWords", "fixAll", "sources" or "ignoreFindings")',
    ]);
  });

  it('rejects a non-object', () => {
    assert.deepEqual(validateConfig([1], RULES).problems, ['the configuration must be a JSON object']);
  });

  it('merges later over earlier, concatenating lists', () => {
    const merged = mergeConfigs(
      { rules: { probe: { severity: 'error', phrases: ['a'] } }, ignoreWords: ['x'] },
      { rules: { probe: { phrases: ['b'] } }, ignoreWords: ['y'] },
      { rules: { probe: 'hint' } },
    );
    assert.deepEqual(merged, { rules: { probe: { severity: 'hint', phrases: ['a', 'b'] } }, ignoreWords: ['x', 'y'] });
  });

  it('applies severities, off and ignoreWords', () => {
    assert.equal(lint('flagme', { rules: [probe], config: { rules: { probe: 'error' } } }).findings[0]?.severity, 'error');
    assert.equal(lint('flagme', { rules: [probe], config: { rules: { probe: 'off' } } }).findings.length, 0);
    assert.equal(lint('flagme', { rules: [probe], config: { ignoreWords: ['FLAGME'] } }).findings.length, 0);
  });

  it('isolates a rule that throws', () => {
    const broken: Rule = {
      ...probe,
      meta: { ...probe.meta, id: 'broken' },
      check: () => {
        throw new Error('boom');
      },
    };
    const result = lint('flagme', { rules: [broken, probe] });
    assert.deepEqual(result.ruleErrors, [{ rule: 'broken', message: 'boom' }]);
    assert.equal(result.findings.length, 1);
  });
});

describe('fixes', () => {
  it('applies edits in any order and refuses overlaps', () => {
    assert.equal(
      applyEdits('abcdef', [
        { start: 4, end: 5, newText: 'E' },
        { start: 0, end: 1, newText: 'A' },
      ]),
      'AbcdEf',
    );
    assert.throws(() =>
      applyEdits('abcdef', [
        { start: 0, end: 3, newText: '' },
        { start: 2, end: 4, newText: '' },
      ]),
    );
  });

  it('fix-all skips overlapping fixes and unsafe ones', () => {
    const mk = (start: number, end: number, safe = true) => ({
      rule: 'r',
      severity: 'warning' as const,
      message: 'm',
      start,
      end,
      related: [],
      fixes: [{ title: 't', safe, auto: safe, edits: [{ start, end, newText: '' }] }],
    });
    const { edits, fixed } = fixAllEdits([mk(0, 5), mk(3, 8), mk(10, 12, false), mk(20, 22)]);
    assert.deepEqual(
      edits.map((e) => [e.start, e.end]),
      [
        [0, 5],
        [20, 22],
      ],
    );
    assert.equal(fixed.length, 2);
  });

  it("fix-all applies a rewrite rule's safe fixes only when the configuration opts in", () => {
    const rewrite: Rule = { ...probe, meta: { ...probe.meta, id: 'rewrite', fixKind: 'rewrite' } };
    const plain = lint('flagme', { rules: [rewrite] }).findings;
    assert.equal(plain[0]?.fixes[0]?.safe, true);
    assert.equal(plain[0]?.fixes[0]?.auto, false);
    assert.equal(fixText('flagme', { rules: [rewrite] }).text, 'flagme');
    assert.equal(fixText('flagme', { rules: [rewrite], config: { fixAll: ['rewrite'] } }).text, 'ok');
    assert.equal(fixText('flagme', { rules: [probe] }).text, 'ok');
  });

  it("a report's own severity can lower the configured one, never raise it, and off drops it", () => {
    const graded: Rule = {
      ...probe,
      check(ctx) {
        ctx.report({ start: 0, end: 1, message: 'weak', severity: 'info' });
        ctx.report({ start: 1, end: 2, message: 'strong', severity: 'error' });
        ctx.report({ start: 2, end: 3, message: 'dropped', severity: 'off' });
      },
    };
    const got = lint('abc', { rules: [graded] }).findings.map((f) => `${f.message}:${f.severity}`);
    assert.deepEqual(got, ['weak:info', 'strong:warning']);
  });

  it('ignoreFindings drops a dismissed finding by rule and text, for its file or every file', () => {
    const config = { ignoreFindings: [{ rule: 'probe', text: 'flagme', file: 'a.txt' }] };
    assert.equal(lint('flagme', { rules: [probe], config, path: 'a.txt' }).findings.length, 0);
    assert.equal(lint('flagme', { rules: [probe], config, path: 'b.txt' }).findings.length, 1);
    assert.equal(
      lint('flagme', { rules: [probe], config: { ignoreFindings: [{ rule: 'probe', text: 'flagme' }] } }).findings.length,
      0,
    );
    assert.equal(
      lint('flagme', { rules: [probe], config: { ignoreFindings: [{ rule: 'other', text: 'flagme' }] } }).findings.length,
      1,
    );
  });

  it('fixText repeats until nothing is fixable', () => {
    const { text, applied } = fixText('flagme flagme\nflagme', { rules: [probe] });
    assert.equal(text, 'ok ok\nok');
    assert.equal(applied, 3);
  });

  /** A cleanup rule whose findings depend on each other, as furniture's do. */
  const cleanup = (id: string, check: Rule['check']): Rule => ({ meta: { ...probe.meta, id }, check });
  const deleting = (start: number, end: number) => [{ title: 'Delete', edits: [{ start, end, newText: '' }], safe: true }];

  it('fixText applies in later rounds the fixes it put off for an overlap', () => {
    // Every "xx" is reported, and its fix deletes the pair's first "x": in "xxx" the two findings overlap.
    const pairs = cleanup('pairs', (ctx) => {
      for (let i = ctx.article.text.indexOf('xx'); i >= 0; i = ctx.article.text.indexOf('xx', i + 1)) {
        ctx.report({ start: i, end: i + 2, message: 'pair', fixes: deleting(i, i + 1) });
      }
    });
    const { text, applied } = fixText('xxx', { rules: [pairs] });
    assert.equal(text, 'x');
    assert.equal(applied, 2);
  });

  it('fixText never fixes what the first lint did not report, though a fix uncovered it', () => {
    // "later" is reported only once no "flagme" is left, as lines below a deleted block can start to look like it.
    const uncovering = cleanup('uncovering', (ctx) => {
      const t = ctx.article.text;
      const word = t.includes('flagme') ? 'flagme' : 'later';
      const i = t.indexOf(word);
      if (i >= 0) ctx.report({ start: i, end: i + word.length, message: word, fixes: deleting(i, i + word.length) });
    });
    const { text, applied, result } = fixText('flagme later', { rules: [uncovering] });
    assert.equal(text, ' later');
    assert.equal(applied, 1);
    // The uncovered finding stays reported, for the writer to judge.
    assert.deepEqual(
      result.findings.map((f) => f.message),
      ['later'],
    );
  });
});

describe('rule registry', () => {
  const dir = join(__dirname, '../../../server/src/core/rules');
  it('lists every rule file once, in alphabetical order, with id = file name', () => {
    const files = readdirSync(dir)
      .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
      .map((f) => f.slice(0, -3))
      .sort();
    const ids = RULES.map((r) => r.meta.id);
    assert.deepEqual(ids, [...ids].sort(), 'registry is alphabetical');
    assert.deepEqual(ids, files, 'one rule per file, id = file name');
  });

  it('gives every rule complete metadata and a doc page', () => {
    for (const rule of RULES) {
      const { id, description, rationale } = rule.meta;
      assert.match(id, /^[a-z]+(-[a-z]+)*$/);
      assert.ok(description.length > 10 && !description.startsWith('Not written'), `${id}: description`);
      assert.ok(rationale.length > 20 && !rationale.startsWith('Not written'), `${id}: rationale`);
    }
  });
});

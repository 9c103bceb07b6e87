/** Config problems with a path and a suggestion, placed in the JSON text by the pure locator. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { closestName, jsonSyntaxErrorAt, locateConfigProblem, RULES, validateConfig } from '../../server/src/core';

/** The text a span covers. */
function at(text: string, path: (string | number)[]): string {
  const { start, end } = locateConfigProblem(text, path);
  return text.slice(start, end);
}

describe('locateConfigProblem', () => {
  const text = `{
  "$schema": "./copydesk.schema.json",
  "rules": {
    "adverb": "off",
    "boilerplate": { "severity": "error", "phrases": ["Sponsored", 7, { "x": [1, 2] }] }
  },
  "ignoreWords": ["very", "many"]
}`;

  it('finds an object member by its key, quotes included', () => {
    assert.equal(at(text, ['rules']), '"rules"');
    assert.equal(at(text, ['rules', 'adverb']), '"adverb"');
    assert.equal(at(text, ['rules', 'boilerplate', 'severity']), '"severity"');
  });

  it('finds an array element, whole', () => {
    assert.equal(at(text, ['ignoreWords', 1]), '"many"');
    assert.equal(at(text, ['rules', 'boilerplate', 'phrases', 1]), '7');
    assert.equal(at(text, ['rules', 'boilerplate', 'phrases', 2]), '{ "x": [1, 2] }');
    assert.equal(at(text, ['rules', 'boilerplate', 'phrases', 2, 'x', 1]), '2');
  });

  it('falls back to the deepest part of the path that is there, and to the first character for []', () => {
    assert.equal(at(text, ['rules', 'nope', 'deeper']), '"rules"');
    assert.equal(at(text, ['ignoreWords', 9]), '"ignoreWords"');
    assert.equal(at(text, []), '{');
    assert.deepEqual(locateConfigProblem('', ['rules']), { start: 0, end: 0 });
  });

  it('takes the last of duplicate keys, as JSON.parse does, and decodes escaped keys', () => {
    const dup = '{"rules": {"adverb": "off"}, "rules": {"\\u0061dverb": "error"}}';
    const { start } = locateConfigProblem(dup, ['rules', 'adverb']);
    assert.equal(start, dup.lastIndexOf('"\\u0061dverb"'));
  });

  it('does not match a key of the wrong depth or an index against a key', () => {
    const tricky = '{"a": {"rules": {"adverb": 1}}, "rules": ["adverb"], "b": "rules"}';
    // a.rules.adverb is one level too deep, the top-level "rules" is a list, the last "rules" is a value: the
    // deepest match is the top-level key.
    assert.equal(locateConfigProblem(tricky, ['rules', 'adverb']).start, tricky.indexOf('"rules": ['));
    assert.equal(at(tricky, ['rules', 0]), '"adverb"');
  });

  it('never throws, and stays linear, on text that is not JSON or nests 200,000 deep', () => {
    for (const bad of ['{"rules": {"adverb"', '}}]]', '"unterminated', '{"a" "b" : : ,,, [}', '\uFEFF{"rules":{}}']) {
      const span = locateConfigProblem(bad, ['rules', 'adverb']);
      assert.ok(span.start >= 0 && span.end <= bad.length && span.start <= span.end, bad);
    }
    const deep = `${'['.repeat(200_000)}${']'.repeat(200_000)}`;
    assert.deepEqual(locateConfigProblem(deep, [0, 0, 0]), { start: 3, end: 399_997 });
  });
});

describe('jsonSyntaxErrorAt', () => {
  it('points where the JSON breaks', () => {
    const cases: [string, number][] = [
      ['{"a": 1,}', 8],
      ['[1,,2]', 3],
      ['{"a": tru}', 9],
      ['{"a" 1}', 5],
      ['{"a": 1', 7],
      ['', 0],
      ['{} x', 3],
      ['"tab\there"', 4],
      ['{"a": "\\x"}', 7],
      ['01', 1],
    ];
    for (const [text, offset] of cases) assert.equal(jsonSyntaxErrorAt(text), offset, JSON.stringify(text));
  });

  it('agrees with JSON.parse on what is valid (generated JSON, and generated near-JSON)', () => {
    fc.assert(
      fc.property(fc.json(), (json) => jsonSyntaxErrorAt(json) === -1),
      { seed: 1011, numRuns: 300 },
    );
    const nearJson = fc
      .tuple(fc.json(), fc.nat(), fc.constantFrom('', ',', ']', '}', '"', ':', 'x', ' ', '0', '\\'))
      .map(([json, at, insert]) => {
        const i = json.length === 0 ? 0 : at % json.length;
        return json.slice(0, i) + insert + json.slice(i);
      });
    fc.assert(
      fc.property(nearJson, (text) => {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        return (jsonSyntaxErrorAt(text) === -1) === valid;
      }),
      { seed: 1011, numRuns: 1000 },
    );
  });
});

describe('validateConfig: problems with a path and a suggestion', () => {
  it('names the offending member and the closest known name', () => {
    const { details, problems } = validateConfig(
      {
        rules: { 'passive-voic': 'off', adverb: { severty: 'off', severity: 'eror' } },
        ignoreWord: [],
        ignoreWords: ['a', 3],
        fixAll: ['headline-case', 'lexical-ilusion'],
        ignoreFindings: [{ rule: 'cliche', text: 'x' }, { rule: 'clichee', text: 'y' }, 5],
      },
      RULES,
    );
    assert.deepEqual(
      details.map((d) => [d.path, d.suggestion]),
      [
        [['rules', 'passive-voic'], 'passive-voice'],
        [['rules', 'adverb', 'severty'], 'severity'],
        [['rules', 'adverb', 'severity'], 'error'],
        [['ignoreWord'], 'ignoreWords'],
        [['ignoreWords', 1], undefined],
        [['fixAll', 1], 'lexical-illusion'],
        [['ignoreFindings', 1, 'rule'], 'cliche'],
        [['ignoreFindings', 2], undefined],
      ],
    );
    assert.deepEqual(
      problems,
      details.map((d) => d.message),
    );
    assert.equal(details[0]?.message, 'unknown rule "passive-voic" (did you mean "passive-voice"?)');
  });

  it('suggests only what is close: no "did you mean" for a name far from every known one', () => {
    assert.equal(closestName('no-such-rule', ['adverb', 'cliche', 'there-is']), undefined);
    assert.equal(closestName('Adverb', ['adverb', 'cliche']), 'adverb');
    assert.equal(closestName('x'.repeat(100_000), ['adverb']), undefined);
  });
});

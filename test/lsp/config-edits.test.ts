/** The JSON edits behind the configuration quick fixes, on their own: each keeps the file's own layout. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  addToList,
  applyOffsetEdit,
  parseJson,
  pathInConfig,
  personTitle,
  ruleOff,
  type ConfigChange,
} from '../../server/src/lsp/config-edits';

function change(text: string, c: ConfigChange): string | undefined {
  const root = parseJson(text);
  assert.ok(root, `parses: ${text}`);
  const edit = c(text, root);
  return edit && applyOffsetEdit(text, edit);
}

const ignoreVery = addToList('ignoreWords', 'very', (w) => typeof w === 'string' && w.toLowerCase() === 'very');

describe('configuration edits', () => {
  it('adds a list to a multi-line file with its indentation and line endings', () => {
    const text = '{\r\n    "rules": {\r\n        "cliche": "off"\r\n    }\r\n}\r\n';
    assert.equal(
      change(text, ignoreVery),
      '{\r\n    "rules": {\r\n        "cliche": "off"\r\n    },\r\n    "ignoreWords": [\r\n        "very"\r\n    ]\r\n}\r\n',
    );
  });

  it('appends to a list, on one line or one per line, as the list is written', () => {
    assert.equal(change('{ "ignoreWords": ["just", "quite"] }', ignoreVery), '{ "ignoreWords": ["just", "quite", "very"] }');
    assert.equal(
      change('{\n  "ignoreWords": [\n    "just"\n  ]\n}\n', ignoreVery),
      '{\n  "ignoreWords": [\n    "just",\n    "very"\n  ]\n}\n',
    );
    assert.equal(change('{\n  "ignoreWords": []\n}\n', ignoreVery), '{\n  "ignoreWords": ["very"]\n}\n');
  });

  it('changes nothing when the list has the item already (ignoring case for words)', () => {
    assert.equal(change('{ "ignoreWords": ["Very"] }', ignoreVery), undefined);
  });

  it('adds an ignored finding as an object, laid out like the file', () => {
    const entry = { rule: 'truncated-teaser', text: 'Why the [market]...', file: 'desk/story.txt' };
    const add = addToList('ignoreFindings', entry, () => false);
    assert.equal(
      change('{\n  "rules": {}\n}\n', add),
      '{\n  "rules": {},\n  "ignoreFindings": [\n    {\n      "rule": "truncated-teaser",\n      "text": "Why the [market]...",\n      "file": "desk/story.txt"\n    }\n  ]\n}\n',
    );
    assert.equal(
      change('{"rules": {}}', add),
      '{"rules": {}, "ignoreFindings": [{ "rule": "truncated-teaser", "text": "Why the [market]...", "file": "desk/story.txt" }]}',
    );
  });

  it('turns a rule off, keeping its options', () => {
    assert.equal(change('{}', ruleOff('cliche')), '{ "rules": { "cliche": "off" } }');
    assert.equal(
      change('{ "rules": { "adverb": "hint" } }', ruleOff('cliche')),
      '{ "rules": { "adverb": "hint", "cliche": "off" } }',
    );
    assert.equal(change('{ "rules": { "cliche": "warning" } }', ruleOff('cliche')), '{ "rules": { "cliche": "off" } }');
    assert.equal(
      change('{ "rules": { "boilerplate": { "phrases": ["Sponsored"] } } }', ruleOff('boilerplate')),
      '{ "rules": { "boilerplate": { "phrases": ["Sponsored"], "severity": "off" } } }',
    );
    assert.equal(
      change('{ "rules": { "boilerplate": { "severity": "error", "phrases": [] } } }', ruleOff('boilerplate')),
      '{ "rules": { "boilerplate": { "severity": "off", "phrases": [] } } }',
    );
    assert.equal(change('{ "rules": { "cliche": "off" } }', ruleOff('cliche')), undefined);
  });

  it("sets a person's title, keeping the rule's severity", () => {
    const varga = personTitle('Helen Varga', 'Mayor');
    assert.equal(change('{}', varga), '{ "rules": { "inconsistent-title": { "people": { "Helen Varga": "Mayor" } } } }');
    assert.equal(
      change('{ "rules": { "inconsistent-title": "error" } }', varga),
      '{ "rules": { "inconsistent-title": { "severity": "error", "people": { "Helen Varga": "Mayor" } } } }',
    );
    assert.equal(
      change(
        '{ "rules": { "inconsistent-title": { "people": { "Helen Varga": "former Mayor", "Omar Reyes": "Councillor" } } } }',
        varga,
      ),
      '{ "rules": { "inconsistent-title": { "people": { "Helen Varga": "Mayor", "Omar Reyes": "Councillor" } } } }',
    );
    assert.equal(change('{ "rules": { "inconsistent-title": { "people": { "Helen Varga": "Mayor" } } } }', varga), undefined);
  });

  it('leaves a value of the wrong type for the writer to mend', () => {
    assert.equal(change('{ "ignoreWords": "very" }', ignoreVery), undefined);
    assert.equal(change('{ "rules": [] }', ruleOff('cliche')), undefined);
  });

  it('reads strict JSON only, and gives up on absurd nesting', () => {
    assert.equal(parseJson('{ "a": 1, }'), undefined);
    assert.equal(parseJson('{ "a": 1 } // note'), undefined);
    assert.equal(parseJson('{ "a": "line\nbreak" }'), undefined);
    assert.equal(parseJson('['.repeat(100_000) + ']'.repeat(100_000)), undefined);
    assert.ok(parseJson('\uFEFF{ "a": [1, -2.5e3, true, null, "x\\"y"] }'));
  });

  it('names the document relative to the configuration, with slashes', () => {
    assert.equal(pathInConfig('/ws/.copydesk.json', '/ws/desk/today/story.txt'), 'desk/today/story.txt');
  });
});

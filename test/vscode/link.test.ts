/**
 * The edit "Copydesk: Link to Source…" makes (client/src/link.ts), as a table: the text before, the path, the text
 * after; and each linked text is read back with the engine's own link reader, which must find the path written.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { linkEdit, relativeLink, yamlValue } from '../../client/src/link';
import { findSourceLink } from '../../server/src/core';

interface Case {
  name: string;
  format: 'text' | 'markdown';
  before: string;
  path: string;
  after: string;
}

const CASES: Case[] = [
  {
    name: 'plain text: the directive on a first line of its own',
    format: 'text',
    before: 'Storm Closes Road\n\nThe storm closed the road.\n',
    path: 'wire/storm.txt',
    after: '<!-- copydesk-source: wire/storm.txt -->\nStorm Closes Road\n\nThe storm closed the road.\n',
  },
  {
    name: 'plain text with CRLF and a BOM: the document keeps its line breaks, the BOM stays first',
    format: 'text',
    before: '\uFEFFStorm Closes Road\r\n\r\nThe storm closed the road.\r\n',
    path: '../wire/storm.txt',
    after: '\uFEFF<!-- copydesk-source: ../wire/storm.txt -->\r\nStorm Closes Road\r\n\r\nThe storm closed the road.\r\n',
  },
  {
    name: 'an existing directive gets the new path, wherever it stands',
    format: 'text',
    before: 'Storm Closes Road\n<!-- copydesk-source: old.txt -->\nThe storm closed the road.\n',
    path: 'wire/new.txt',
    after: 'Storm Closes Road\n<!-- copydesk-source: wire/new.txt -->\nThe storm closed the road.\n',
  },
  {
    name: 'an empty document',
    format: 'text',
    before: '',
    path: 'source.txt',
    after: '<!-- copydesk-source: source.txt -->\n',
  },
  {
    name: 'Markdown without front matter: a front matter block with the key',
    format: 'markdown',
    before: '# Storm Closes Road\n\nThe storm closed the road.\n',
    path: 'wire/storm.txt',
    after: '---\nsource: wire/storm.txt\n---\n\n# Storm Closes Road\n\nThe storm closed the road.\n',
  },
  {
    name: 'Markdown front matter: the key before the closing line',
    format: 'markdown',
    before: '---\ntitle: Storm Closes Road\n---\n\n# Storm Closes Road\n',
    path: 'wire/storm.txt',
    after: '---\ntitle: Storm Closes Road\nsource: wire/storm.txt\n---\n\n# Storm Closes Road\n',
  },
  {
    name: 'Markdown front matter with a source: the value replaced',
    format: 'markdown',
    before: '---\nsource: old.txt\ntitle: Storm\n---\n',
    path: 'wire/storm.txt',
    after: '---\nsource: wire/storm.txt\ntitle: Storm\n---\n',
  },
  {
    name: 'a quoted value: the quotes replaced with the new value (quoted when YAML needs it)',
    format: 'markdown',
    before: "---\nsource: 'old file.txt'\n---\n",
    path: 'wire/storm: final.txt',
    after: '---\nsource: "wire/storm: final.txt"\n---\n',
  },
  {
    name: 'an empty source key is filled in',
    format: 'markdown',
    before: '---\ntitle: Storm\nsource:\n---\n',
    path: 'storm.txt',
    after: '---\ntitle: Storm\nsource: storm.txt\n---\n',
  },
  {
    name: 'Markdown with a directive and no front matter keeps the directive',
    format: 'markdown',
    before: '# Storm\n\n<!-- copydesk-source: old.txt -->\n',
    path: 'new.txt',
    after: '# Storm\n\n<!-- copydesk-source: new.txt -->\n',
  },
];

function apply(text: string, edit: { start: number; end: number; newText: string }): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

describe('Link to Source: the edit', () => {
  for (const c of CASES) {
    it(c.name, () => {
      const after = apply(c.before, linkEdit(c.before, c.format, c.path));
      assert.equal(after, c.after);
      assert.equal(findSourceLink(after, c.format)?.path, c.path, 'the engine reads back the path written');
      // Linking again to the same path changes nothing.
      assert.equal(apply(after, linkEdit(after, c.format, c.path)), after);
    });
  }

  it('refuses a path that a directive cannot hold', () => {
    assert.throws(() => linkEdit('Text\n', 'text', 'a-->b.txt'), /-->/);
    assert.throws(() => linkEdit('Text\n', 'text', 'a\nb.txt'), /line break/);
  });

  it('writes plain YAML only where YAML reads it back as written', () => {
    assert.equal(yamlValue('wire/storm-2.txt'), 'wire/storm-2.txt');
    assert.equal(yamlValue('../wire/storm.txt'), '../wire/storm.txt');
    assert.equal(yamlValue('#storm.txt'), '"#storm.txt"');
    assert.equal(yamlValue('a: b.txt'), '"a: b.txt"');
    assert.equal(yamlValue('-storm.txt'), '"-storm.txt"');
  });
});

describe('Link to Source: the path written', () => {
  const cases: [string, string, string][] = [
    ['/ws/drafts/storm.md', '/ws/drafts/wire.txt', 'wire.txt'],
    ['/ws/drafts/storm.md', '/ws/wire/storm.txt', '../wire/storm.txt'],
    ['/ws/storm.md', '/ws/wire/2024/storm.txt', 'wire/2024/storm.txt'],
    ['/ws/a/b/c/storm.md', '/other/storm.txt', '../../../../other/storm.txt'],
    ['/c:/ws/storm.md', '/d:/wire/storm.txt', 'D:\\wire\\storm.txt'],
    ['/c:/ws/storm.md', '/C:/ws/wire/storm.txt', 'wire/storm.txt'],
  ];
  for (const [document, target, expected] of cases) {
    it(`${document} → ${target}`, () => assert.equal(relativeLink(document, target, 'D:\\wire\\storm.txt'), expected));
  }
});

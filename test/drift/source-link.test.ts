/** Finding a document's link to its source in its text, and the `source-link` rule for a source that cannot be read. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findSourceLink, lint, sourceDirective, type DocFormat } from '../../server/src/core';

function linkOf(text: string, format: DocFormat): { path: string; at: string; via: string } | undefined {
  const link = findSourceLink(text, format);
  return link && { path: link.path, at: text.slice(link.span.start, link.span.end), via: link.via };
}

describe('findSourceLink', () => {
  const cases: { name: string; text: string; format: DocFormat; want: ReturnType<typeof linkOf> }[] = [
    {
      name: 'front matter',
      text: '---\ntitle: Storm\nsource: wire/storm.txt\n---\n# Storm\n',
      format: 'markdown',
      want: { path: 'wire/storm.txt', at: 'wire/storm.txt', via: 'front-matter' },
    },
    {
      name: 'front matter, quoted, with CRLF and a BOM',
      text: '\uFEFF---\r\nsource: "wire/a storm.txt"\r\n---\r\nBody.\r\n',
      format: 'markdown',
      want: { path: 'wire/a storm.txt', at: 'wire/a storm.txt', via: 'front-matter' },
    },
    {
      name: 'front matter without its closing line is no front matter',
      text: '---\nsource: wire/storm.txt\nBody.\n',
      format: 'markdown',
      want: undefined,
    },
    {
      name: 'front matter is read in Markdown only',
      text: '---\nsource: wire/storm.txt\n---\nBody.\n',
      format: 'text',
      want: undefined,
    },
    {
      name: 'a directive in plain text',
      text: 'Storm Hits Coast\n\n<!-- copydesk-source: ../wire/storm.txt -->\nThe storm hit.\n',
      format: 'text',
      want: { path: '../wire/storm.txt', at: '../wire/storm.txt', via: 'directive' },
    },
    {
      name: 'a directive in Markdown, after "copydesk-source" in prose',
      text: 'We use copydesk-source links.\n\n<!--copydesk-source:wire.txt-->\n',
      format: 'markdown',
      want: { path: 'wire.txt', at: 'wire.txt', via: 'directive' },
    },
    {
      name: 'an empty directive names no path (the shell reports it)',
      text: '<!-- copydesk-source: -->\nText.\n',
      format: 'text',
      want: { path: '', at: '', via: 'directive' },
    },
    { name: 'no link', text: 'Plain text.\n', format: 'text', want: undefined },
  ];
  for (const c of cases) it(c.name, () => assert.deepEqual(linkOf(c.text, c.format), c.want));

  it('writes the directive a command inserts, and reads it back', () => {
    const text = `${sourceDirective('wire/storm.txt')}\nThe storm hit.\n`;
    assert.equal(findSourceLink(text, 'text')?.path, 'wire/storm.txt');
  });

  it('stays linear on a long line of near-directives', () => {
    const text = 'copydesk-source '.repeat(50_000);
    assert.equal(findSourceLink(text, 'text'), undefined);
  });
});

describe('rule source-link', () => {
  const text = 'Storm Hits Coast\n\n<!-- copydesk-source: wire/storm.txt -->\nThe the storm hit the coast on Monday.\n';

  it('reports an unreadable source once, on the link, and the other rules still run', () => {
    const { findings } = lint(text, { source: { error: 'cannot be read: no such file', name: 'wire/storm.txt' } });
    const link = findings.filter((f) => f.rule === 'source-link');
    assert.equal(link.length, 1);
    assert.equal(text.slice(link[0]?.start, link[0]?.end), 'wire/storm.txt');
    assert.match(link[0]?.message ?? '', /"wire\/storm\.txt" cannot be used \(cannot be read: no such file\)/);
    assert.ok(findings.some((f) => f.rule === 'lexical-illusion'));
    assert.ok(!findings.some((f) => f.rule.startsWith('drift-')));
  });

  it('uses the link the shell gives, else the first line', () => {
    const given = lint(text, { source: { error: 'not a regular file', link: { start: 0, end: 5 } } }).findings.find(
      (f) => f.rule === 'source-link',
    );
    assert.equal(text.slice(given?.start, given?.end), 'Storm');
    const plain = 'Storm Hits Coast\n\nThe storm hit.\n';
    const first = lint(plain, { source: { error: 'binary file' } }).findings.find((f) => f.rule === 'source-link');
    assert.equal(plain.slice(first?.start, first?.end), 'Storm Hits Coast');
  });

  it('says nothing when the source was read, or when there is none', () => {
    assert.equal(
      lint(text, { source: { text: 'The storm hit the coast.' } }).findings.filter((f) => f.rule === 'source-link').length,
      0,
    );
    assert.equal(lint(text).findings.filter((f) => f.rule === 'source-link').length, 0);
  });

  it('can be silenced like any rule', () => {
    const silenced = `<!-- copydesk-disable-file -->\n${text}`;
    const { findings } = lint(silenced, { source: { error: 'no such file' } });
    assert.equal(findings.length, 0);
  });
});

/** The shells' side: finding a document's source (option, front matter, directive, configuration) and reading it. */
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { lint, type Config } from '../../server/src/core';
import { readSource, resolveSource, sourceFromText } from '../../server/src/sources';

const root = mkdtempSync(path.join(tmpdir(), 'copydesk-sources-'));
after(() => rmSync(root, { recursive: true, force: true }));

function write(rel: string, content: string | Buffer): string {
  const file = path.join(root, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

const WIRE = 'Storm Hits Coast\n\nThe storm flooded 40 homes on Monday, officials said.\n';
write('wire/storm.txt', WIRE);
write('drafts/wire/storm.txt', WIRE);

describe('resolveSource', () => {
  it('reads front matter in Markdown, relative to the document', () => {
    const doc = path.join(root, 'drafts', 'storm.md');
    const text = '---\ntitle: Storm\nsource: ../wire/storm.txt\n---\n# Storm\n';
    const resolved = resolveSource(doc, text, undefined, undefined);
    assert.equal(resolved?.path, path.join(root, 'wire', 'storm.txt'));
    assert.equal(resolved?.via, 'front-matter');
    assert.equal(text.slice(resolved?.link?.start, resolved?.link?.end), '../wire/storm.txt');
  });

  it('reads the directive in plain text', () => {
    const doc = path.join(root, 'drafts', 'storm.txt');
    const resolved = resolveSource(doc, '<!-- copydesk-source: wire/storm.txt -->\nText.\n', undefined, undefined);
    assert.equal(resolved?.path, path.join(root, 'drafts', 'wire', 'storm.txt'));
    assert.equal(resolved?.via, 'directive');
  });

  it('maps documents by glob from the configuration, {name} being the file name without extension', () => {
    const config: Config = { sources: { 'drafts/*.md': 'wire/{name}.txt', 'other/**': 'x.txt' } };
    const doc = path.join(root, 'drafts', 'storm.md');
    const resolved = resolveSource(doc, '# Storm\n', config, root);
    assert.equal(resolved?.path, path.join(root, 'drafts', 'wire', 'storm.txt'));
    assert.equal(resolved?.via, 'config');
    assert.equal(resolved?.link, undefined);
    // Not matched: another folder, or a document outside the configuration's folder.
    assert.equal(resolveSource(path.join(root, 'notes', 'storm.md'), '# Storm\n', config, root), undefined);
    assert.equal(resolveSource(path.join(tmpdir(), 'storm.md'), '# Storm\n', config, root), undefined);
    // Without the configuration's folder the map is not used.
    assert.equal(resolveSource(doc, '# Storm\n', config, undefined), undefined);
  });

  it('puts the shell’s choice first, then the document’s own link, then the configuration', () => {
    const doc = path.join(root, 'drafts', 'storm.md');
    const config: Config = { sources: { 'drafts/*.md': 'wire/{name}.txt' } };
    const text = '---\nsource: ../wire/storm.txt\n---\n';
    assert.equal(resolveSource(doc, text, config, root)?.via, 'front-matter');
    const explicit = resolveSource(doc, text, config, root, { explicit: 'elsewhere.txt', cwd: root });
    assert.equal(explicit?.via, 'option');
    assert.equal(explicit?.path, path.join(root, 'elsewhere.txt'));
  });

  it('resolves a link in text with no file against the given folder', () => {
    const resolved = resolveSource(undefined, '<!-- copydesk-source: wire/storm.txt -->\n', undefined, undefined, { cwd: root });
    assert.equal(resolved?.path, path.join(root, 'wire', 'storm.txt'));
  });

  it('finds nothing when there is no link', () => {
    assert.equal(resolveSource(path.join(root, 'a.txt'), 'Text.\n', {}, root), undefined);
  });
});

describe('readSource', () => {
  const doc = path.join(root, 'drafts', 'storm.txt');
  const resolve = (rel: string): ReturnType<typeof resolveSource> =>
    resolveSource(doc, `<!-- copydesk-source: ${rel} -->\n`, undefined, undefined);

  it('reads a text file into what lint takes, with the link', async () => {
    const resolved = resolve('wire/storm.txt');
    assert.ok(resolved);
    const input = await readSource(resolved);
    assert.ok(!('error' in input));
    assert.equal(input.text, WIRE);
    assert.equal(input.name, 'wire/storm.txt');
    assert.deepEqual(input.link, resolved.link);
  });

  it('turns a missing file, a folder, a binary file and an oversized file into errors', async () => {
    write('drafts/bin.dat', Buffer.from([0, 1, 2, 3, 0, 5]));
    write('drafts/big.txt', 'x'.repeat(2048));
    mkdirSync(path.join(root, 'drafts', 'folder'), { recursive: true });
    const cases: [string, RegExp, number?][] = [
      ['missing.txt', /no such file/],
      ['folder', /not a regular file/],
      ['bin.dat', /binary/],
      ['big.txt', /too large/, 1024],
      ['', /no path given/],
    ];
    for (const [rel, want, max] of cases) {
      const resolved = resolve(rel);
      assert.ok(resolved, rel);
      const input = await readSource(resolved, max);
      assert.ok('error' in input, `${rel}: expected an error`);
      assert.match(input.error, want);
    }
  });

  it('hands lint an error that the source-link rule reports on the link', async () => {
    const text = 'Storm\n\n<!-- copydesk-source: missing.txt -->\nThe storm flooded 40 homes.\n';
    const resolved = resolveSource(doc, text, undefined, undefined);
    assert.ok(resolved);
    const { findings } = lint(text, { source: await readSource(resolved) });
    const link = findings.find((f) => f.rule === 'source-link');
    assert.equal(text.slice(link?.start, link?.end), 'missing.txt');
  });

  it('takes an open buffer’s text instead of the file', () => {
    const resolved = resolve('wire/storm.txt');
    assert.ok(resolved);
    const input = sourceFromText(resolved, 'Edited source.\n');
    assert.ok(!('error' in input));
    assert.equal(input.text, 'Edited source.\n');
    assert.equal(input.format, 'text');
  });
});

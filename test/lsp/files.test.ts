/** `copydesk/lintFiles` (with progress), and documents over the size limit. */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { messageOf, ofRule, TestClient } from './helpers/client';
import { fixture, tempDir } from './helpers/fixtures';

const TEXT = fixture('riverside.txt');
const LIMIT = 4000;

describe('copydesk/lintFiles', () => {
  let client: TestClient;
  const tmp = tempDir();
  const storyUri = tmp.uri('story.txt');
  const notesUri = tmp.uri('notes.md');

  before(async () => {
    writeFileSync(join(tmp.dir, 'story.txt'), TEXT);
    writeFileSync(
      join(tmp.dir, 'notes.md'),
      `---\ntitle: Park notes\n---\n\n# Park Notes\n\n${TEXT.split('\n').slice(2).join('\n')}`,
    );
    writeFileSync(join(tmp.dir, 'photo.bin'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    writeFileSync(join(tmp.dir, 'big.txt'), 'word '.repeat(LIMIT));
    writeFileSync(join(tmp.dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    mkdirSync(join(tmp.dir, 'folder'));
    client = TestClient.spawn();
    await client.initialize({ initializationOptions: { maxDocumentSize: LIMIT } });
  });
  after(() => {
    client.kill();
    tmp.cleanup();
  });

  it('lints files from disk, publishes their diagnostics, and lists what it skipped', async () => {
    const uris = [
      storyUri,
      notesUri,
      tmp.uri('photo.bin'),
      tmp.uri('big.txt'),
      tmp.uri('latin1.txt'),
      tmp.uri('folder'),
      tmp.uri('missing.txt'),
      'untitled:Untitled-1',
    ];
    const result = await client.request<{ files: number; findings: number; skipped: { uri: string; reason: string }[] }>(
      'copydesk/lintFiles',
      { uris, workDoneToken: 'lint-1' },
    );
    assert.equal(result.files, 2);
    const reasons = Object.fromEntries(result.skipped.map((s) => [s.uri.slice(s.uri.lastIndexOf('/') + 1), s.reason]));
    assert.match(reasons['photo.bin'] ?? '', /binary/);
    assert.match(reasons['big.txt'] ?? '', /too large/);
    assert.match(reasons['latin1.txt'] ?? '', /UTF-8/);
    assert.match(reasons.folder ?? '', /not a regular file/);
    assert.match(reasons['missing.txt'] ?? '', /cannot be read/);
    assert.match(reasons['untitled:Untitled-1'] ?? '', /not a file/);
    assert.equal(result.skipped.length, 6);

    const story = client.published.find((p) => p.uri === storyUri);
    const notes = client.published.find((p) => p.uri === notesUri);
    assert.ok(story && notes, 'both files published');
    assert.equal(story.version, undefined, 'no version for a file that is not open');
    assert.ok(ofRule(story.diagnostics, 'truncated-teaser').length > 0);
    assert.ok(ofRule(notes.diagnostics, 'truncated-teaser').length > 0, 'markdown files are linted as markdown');
    assert.equal(result.findings, story.diagnostics.length + notes.diagnostics.length);

    const kinds = client.progress.filter((p) => p.token === 'lint-1').map((p) => (p.value as { kind: string }).kind);
    assert.equal(kinds[0], 'begin');
    assert.ok(kinds.includes('report'));
    assert.equal(kinds[kinds.length - 1], 'end');
  });

  it('uses the editor text of an open file, and goes back to the disk text when it closes', async () => {
    const edited = TEXT.replace(/\nHow One Bakery[^]*$/, '\n');
    await client.open(storyUri, 'text', edited);
    const open = await client.diagnosticsFor(storyUri, 1);
    const onDisk = client.published.find((p) => p.uri === storyUri && p.version === undefined);
    assert.ok(onDisk);
    const result = await client.request<{ files: number; findings: number }>('copydesk/lintFiles', { uris: [storyUri] });
    assert.equal(result.findings, open.diagnostics.length);
    assert.equal(ofRule(open.diagnostics, 'truncated-teaser').length, ofRule(onDisk.diagnostics, 'truncated-teaser').length - 1);
    const count = client.published.length;
    await client.close(storyUri);
    const reread = await client.waitFor<PublishDiagnosticsParams>(
      'diagnostics',
      (p) => p.uri === storyUri && p.version === undefined && p.diagnostics.length > 0,
      'the disk diagnostics again',
      client.published.slice(count),
    );
    assert.equal(reread.diagnostics.length, onDisk.diagnostics.length);
  });

  it('does not lint an open document over the size limit, and says why', async () => {
    const uri = tmp.uri('open-big.txt');
    await client.open(uri, 'text', `${TEXT}\n${'More text. '.repeat(LIMIT / 10)}`);
    const published = await client.diagnosticsFor(uri, 1);
    assert.equal(published.diagnostics.length, 1);
    const notice = published.diagnostics[0];
    assert.equal(notice?.severity, 3);
    assert.match(notice ? messageOf(notice) : '', /did not lint this document/);
    assert.equal(notice?.code, undefined);
    assert.equal(await client.shutdown(), 0);
  });
});

/**
 * `.copydesk.json` files a repository can carry: one above the workspace
 * folder (never looked up), a FIFO and a link to /dev/zero (never hang or
 * exhaust the server: reported, defaults used), a link out of an untrusted
 * workspace (not followed), and one too large to be a configuration (8 MiB).
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { after, describe, it } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { messageOf, ofRule, TestClient } from './helpers/client';
import { fixture, tempDir } from './helpers/fixtures';

const TEXT = fixture('riverside.txt');
const TEASERS_OFF = JSON.stringify({ rules: { 'truncated-teaser': 'off' } });

/** Opens `docPath` in a fresh server with `rootPath` as the workspace; returns its diagnostics and the config's. */
async function lintIn(
  rootPath: string,
  docPath: string,
  initializationOptions: unknown = {},
): Promise<{ teasers: number; configProblems: string[] }> {
  const client = TestClient.spawn();
  try {
    await client.initialize({ rootUri: pathToFileURL(rootPath).href, initializationOptions });
    const uri = pathToFileURL(docPath).href;
    await client.open(uri, 'text', TEXT);
    const published = await client.diagnosticsFor(uri, 1);
    const onConfig = client.published
      .filter((p: PublishDiagnosticsParams) => p.uri.endsWith('/.copydesk.json'))
      .flatMap((p) => p.diagnostics.map(messageOf));
    assert.equal(await client.shutdown(), 0);
    return { teasers: ofRule(published.diagnostics, 'truncated-teaser').length, configProblems: onConfig };
  } finally {
    client.kill();
  }
}

describe('.copydesk.json a repository can carry', () => {
  const tmp = tempDir();
  after(() => tmp.cleanup());

  it('is not looked up above the workspace folder', async () => {
    const ws = join(tmp.dir, 'above', 'workspace');
    mkdirSync(join(ws, 'desk'), { recursive: true });
    writeFileSync(join(tmp.dir, 'above', '.copydesk.json'), TEASERS_OFF);
    const doc = join(ws, 'desk', 'story.txt');
    assert.ok((await lintIn(ws, doc)).teasers > 0, 'the file above the workspace is not read');
    assert.equal((await lintIn(join(tmp.dir, 'above'), doc)).teasers, 0, 'the same file inside the workspace is');
  });

  it('as a FIFO, does not hang the server: reported, and linting goes on with the defaults', async (t) => {
    const ws = join(tmp.dir, 'fifo');
    mkdirSync(ws);
    if (spawnSync('mkfifo', [join(ws, '.copydesk.json')]).status !== 0) {
      t.skip('mkfifo is not available here');
      return;
    }
    const result = await lintIn(ws, join(ws, 'story.txt'));
    assert.ok(result.teasers > 0);
    assert.ok(
      result.configProblems.some((p) => /not a regular file/.test(p)),
      result.configProblems.join(' | '),
    );
  });

  it('as a link to /dev/zero, is not read', async (t) => {
    if (!existsSync('/dev/zero')) {
      t.skip('no /dev/zero here');
      return;
    }
    const ws = join(tmp.dir, 'zero');
    mkdirSync(ws);
    symlinkSync('/dev/zero', join(ws, '.copydesk.json'));
    const result = await lintIn(ws, join(ws, 'story.txt'));
    assert.ok(result.teasers > 0);
    assert.ok(
      result.configProblems.some((p) => /not a regular file/.test(p)),
      result.configProblems.join(' | '),
    );
  });

  it('as a link out of an untrusted workspace, is not followed (and is in a trusted one)', async () => {
    const ws = join(tmp.dir, 'linked');
    mkdirSync(ws);
    writeFileSync(join(tmp.dir, 'elsewhere.json'), TEASERS_OFF);
    symlinkSync(join(tmp.dir, 'elsewhere.json'), join(ws, '.copydesk.json'));
    const untrusted = await lintIn(ws, join(ws, 'story.txt'), { trusted: false });
    assert.ok(untrusted.teasers > 0, 'untrusted: the linked file does not apply');
    assert.ok(
      untrusted.configProblems.some((p) => /symbolic link/.test(p)),
      untrusted.configProblems.join(' | '),
    );
    assert.equal((await lintIn(ws, join(ws, 'story.txt'), { trusted: true })).teasers, 0, 'trusted: it does');
  });

  it('over 8 MiB, is not read', async () => {
    const ws = join(tmp.dir, 'huge');
    mkdirSync(ws);
    const words = Array.from({ length: 900_000 }, (_, i) => `word${i}`);
    writeFileSync(join(ws, '.copydesk.json'), JSON.stringify({ rules: { 'truncated-teaser': 'off' }, ignoreWords: words }));
    const result = await lintIn(ws, join(ws, 'story.txt'));
    assert.ok(result.teasers > 0);
    assert.ok(
      result.configProblems.some((p) => /larger than 8\.0 MiB/.test(p)),
      result.configProblems.join(' | '),
    );
  });
});

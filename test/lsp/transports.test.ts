/** The server starts on each transport and answers `initialize`; the bin script runs it on its own. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { resolve } from 'node:path';
import { describe, it } from 'node:test';
import {
  IPCMessageReader,
  IPCMessageWriter,
  SocketMessageReader,
  SocketMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-jsonrpc/node';
import { REPO_ROOT, SERVER_PATH, TestClient } from './helpers/client';

async function initializeAndExit(client: TestClient): Promise<void> {
  try {
    const result = await client.initialize();
    assert.equal(result.serverInfo?.name, 'copydesk-language-server');
    assert.equal(typeof result.capabilities.textDocumentSync, 'object');
    const uri = 'file:///virtual/transport.txt';
    await client.open(uri, 'text', 'A Short Headline\n\nOne plain sentence about the weather.\n');
    const published = await client.diagnosticsFor(uri, 1);
    assert.equal(published.uri, uri);
    assert.equal(await client.shutdown(), 0);
  } finally {
    client.kill();
  }
}

describe('transports', () => {
  it('--node-ipc', async () => {
    const child = spawn(process.execPath, [SERVER_PATH, '--node-ipc'], { stdio: ['pipe', 'pipe', 'pipe', 'ipc'] });
    await initializeAndExit(TestClient.over(new IPCMessageReader(child), new IPCMessageWriter(child), child));
  });

  it('--socket=PORT', async () => {
    const server = createServer();
    await new Promise<void>((res) => server.listen(0, '127.0.0.1', res));
    const address = server.address();
    assert.ok(address && typeof address === 'object');
    const accepted = new Promise<Socket>((res) => server.once('connection', res));
    const child = spawn(process.execPath, [SERVER_PATH, `--socket=${address.port}`], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const socket = await accepted;
      await initializeAndExit(TestClient.over(new SocketMessageReader(socket), new SocketMessageWriter(socket), child));
    } finally {
      child.kill();
      server.close();
    }
  });

  it('stdio is the default when no transport is named', async () => {
    await initializeAndExit(TestClient.spawn({ args: [] }));
  });

  it('runs from the bin script, and answers --version', async () => {
    const bin = resolve(REPO_ROOT, 'bin/copydesk-language-server.js');
    const version = spawnSync(process.execPath, [bin, '--version'], { encoding: 'utf8' });
    assert.equal(version.status, 0);
    const pkg = JSON.parse(readFileSync(resolve(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
    const child = spawn(process.execPath, [bin, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
    await initializeAndExit(TestClient.over(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin), child));
  });
});

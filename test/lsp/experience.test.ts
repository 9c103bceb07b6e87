/**
 * What a writer sees of the server beyond the findings: furniture faded
 * (DiagnosticTag.Unnecessary), the cursor on the "[SOURCE]" placeholder in
 * editors that take snippet edits, Lint Workspace's counts with hints apart,
 * and an Output channel that starts with the version, the transport and the
 * configuration, without a false alarm about the cold first lint.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, it } from 'node:test';
import type { ClientCapabilities, SnippetTextEdit, TextDocumentEdit, TextEdit } from 'vscode-languageserver-protocol';
import { serverVersion } from '../../server/src/lsp/options';
import { applyTextEdits, editsByUri, ofRule, pushCapabilities, TestClient } from './helpers/client';
import { fixture, tempDir } from './helpers/fixtures';

const FIGURE = 'Council Approves Budget\n\nThe city will spend $4.2 million on new buses next year.\n';

async function started(capabilities?: ClientCapabilities, rootUri?: string): Promise<TestClient> {
  const client = TestClient.spawn();
  await client.initialize(rootUri === undefined ? { capabilities } : { capabilities, rootUri });
  return client;
}

describe('what the editor shows', () => {
  it('fades page furniture: boilerplate carries DiagnosticTag.Unnecessary, other findings do not', async () => {
    const client = await started();
    try {
      const uri = 'file:///virtual/tags.txt';
      await client.open(uri, 'text', fixture('riverside.txt'));
      const { diagnostics } = await client.diagnosticsFor(uri, 1);
      const block = ofRule(diagnostics, 'boilerplate');
      assert.ok(block.length > 0);
      assert.ok(block.every((d) => JSON.stringify(d.tags) === '[1]'));
      assert.ok(diagnostics.filter((d) => d.code !== 'boilerplate').every((d) => d.tags === undefined));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });

  for (const snippets of [true, false]) {
    it(`inserts the [SOURCE] placeholder ${snippets ? 'as a snippet tab stop' : 'as plain text'}${snippets ? '' : ' where snippets are not taken'}`, async () => {
      const capabilities = pushCapabilities();
      capabilities.workspace = {
        ...capabilities.workspace,
        workspaceEdit: { documentChanges: true, ...(snippets ? { snippetEditSupport: true } : {}) },
      };
      const client = await started(capabilities);
      try {
        const uri = 'file:///virtual/figure.txt';
        await client.open(uri, 'text', FIGURE);
        const [figure] = ofRule((await client.diagnosticsFor(uri, 1)).diagnostics, 'unattributed-number');
        assert.ok(figure);
        const actions = (await client.codeActions(uri, figure.range, [figure])) ?? [];
        const placeholder = actions.find((a) => a.title.includes('[SOURCE]'));
        assert.ok(placeholder?.edit, actions.map((a) => a.title).join(' | '));
        const edits = (placeholder.edit.documentChanges?.[0] as TextDocumentEdit).edits as (TextEdit | SnippetTextEdit)[];
        const snippet = edits.find((e): e is SnippetTextEdit => 'snippet' in e);
        if (snippets) {
          assert.ok(snippet, 'a snippet edit');
          assert.match(snippet.snippet.value, /\$\{1:\[SOURCE\]\}/);
        } else {
          assert.equal(snippet, undefined);
        }
        // Either way, left as it is, the text reads the same.
        const plain = editsByUri(placeholder.edit).get(uri)?.edits ?? [];
        assert.match(applyTextEdits(FIGURE, plain), /\$4\.2 million on new buses next year, according to \[SOURCE\]\./);
        assert.equal(await client.shutdown(), 0);
      } finally {
        client.kill();
      }
    });
  }
});

describe('rule links', () => {
  for (const declared of [true, false]) {
    it(`${declared ? 'links' : 'sends no link on'} each diagnostic when the client ${declared ? 'declares' : 'does not declare'} codeDescriptionSupport; the hover links the rule's page either way`, async () => {
      const capabilities = pushCapabilities();
      capabilities.textDocument = {
        ...capabilities.textDocument,
        publishDiagnostics: { versionSupport: true, relatedInformation: true, codeDescriptionSupport: declared },
      };
      const client = await started(capabilities);
      try {
        const uri = 'file:///virtual/links.txt';
        await client.open(uri, 'text', FIGURE);
        const { diagnostics } = await client.diagnosticsFor(uri, 1);
        assert.ok(diagnostics.length > 0);
        for (const d of diagnostics) {
          if (declared) assert.match(d.codeDescription?.href ?? '', new RegExp(`/docs/rules/${String(d.code)}\\.html$`));
          else assert.equal(d.codeDescription, undefined, String(d.code));
        }
        const [figure] = ofRule(diagnostics, 'unattributed-number');
        assert.ok(figure);
        const hover = await client.hover(uri, figure.range.start);
        const value = (hover?.contents as { value?: string } | undefined)?.value ?? '';
        assert.match(value, /\[More about unattributed-number\]\(file:\/\/\S+\/docs\/rules\/unattributed-number\.html\)/);
        assert.equal(await client.shutdown(), 0);
      } finally {
        client.kill();
      }
    });
  }
});

describe('counts', () => {
  it('Lint Workspace counts problems as the Problems panel does, and hints apart', async () => {
    const tmp = tempDir();
    const client = await started();
    try {
      writeFileSync(join(tmp.dir, 'story.txt'), fixture('council.txt'));
      writeFileSync(join(tmp.dir, 'park.txt'), fixture('riverside.txt'));
      const uris = [pathToFileURL(join(tmp.dir, 'story.txt')).href, pathToFileURL(join(tmp.dir, 'park.txt')).href];
      const result = await client.request<{ files: number; findings: number; problems: number; hints: number }>(
        'copydesk/lintFiles',
        { uris },
      );
      const published = uris.flatMap((u) => client.published.filter((p) => p.uri === u).flatMap((p) => p.diagnostics));
      const hints = published.filter((d) => d.severity === 4).length;
      assert.equal(result.files, 2);
      assert.equal(result.hints, hints);
      assert.equal(result.problems, published.length - hints);
      assert.equal(result.findings, published.length);
      assert.ok(result.hints > 0 && result.problems > 0, JSON.stringify(result));
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
      tmp.cleanup();
    }
  });
});

describe('the Output channel', () => {
  it('starts with the version, the transport and the configuration in use', async () => {
    const tmp = tempDir();
    writeFileSync(join(tmp.dir, '.copydesk.json'), '{}');
    const client = await started(undefined, pathToFileURL(tmp.dir).href);
    try {
      const line = await client.waitFor<{ message: string }>(
        'log',
        (l) => l.message.includes('copydesk-language-server'),
        'the startup line',
        client.logs,
      );
      assert.equal(client.logs[0]?.message, line.message, 'the first line');
      assert.ok(line.message.includes(` ${serverVersion()} on stdio;`), line.message);
      assert.ok(line.message.includes(join(tmp.dir, '.copydesk.json')), line.message);
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
      tmp.cleanup();
    }
  });

  it('does not warn that diagnostics will lag after the cold first lint', async () => {
    const client = await started();
    try {
      const uri = 'file:///virtual/cold.txt';
      // Big enough that the first, cold lint takes a while; the warning is for warm lints that are slow.
      await client.open(uri, 'text', fixture('riverside.txt').repeat(400));
      await client.diagnosticsFor(uri, 1, 60_000);
      assert.deepEqual(
        client.logs.filter((l) => l.message.includes('will lag')).map((l) => l.message),
        [],
      );
      assert.equal(await client.shutdown(), 0);
    } finally {
      client.kill();
    }
  });
});

/** The directive edits and the action lookup, on their own: line endings, front matter, merging, ranges. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { dominantEol } from '../../server/src/core';
import { diagnosticsAt, disableFileEdit, disableLineEdit, kindAllowed } from '../../server/src/lsp/actions';
import { applyTextEdits } from './helpers/client';

function doc(text: string, languageId = 'plaintext'): TextDocument {
  return TextDocument.create('file:///virtual/a.txt', languageId, 1, text);
}

function disableLine(text: string, rule: string, line: number, languageId?: string): string | undefined {
  const d = doc(text, languageId);
  const edit = disableLineEdit(d, rule, line, dominantEol(text));
  return edit && applyTextEdits(text, [edit]);
}

function disableFile(text: string, rule: string, languageId?: string): string {
  return applyTextEdits(text, [disableFileEdit(doc(text, languageId), rule, dominantEol(text))]);
}

describe('disable directives', () => {
  it('puts the line directive above the line, with the line indentation and the file line ending', () => {
    assert.equal(disableLine('One.\nTwo.\n', 'boilerplate', 1), 'One.\n<!-- copydesk-disable-next-line boilerplate -->\nTwo.\n');
    assert.equal(
      disableLine('One.\r\n  Two.\r\nThree.', 'weasel-word', 1),
      'One.\r\n  <!-- copydesk-disable-next-line weasel-word -->\r\n  Two.\r\nThree.',
    );
    assert.equal(disableLine('Only line', 'adverb', 0), '<!-- copydesk-disable-next-line adverb -->\nOnly line');
  });

  it('adds a rule to the directive already above the line', () => {
    const text = 'One.\n<!-- copydesk-disable-next-line adverb -->\nTwo.\n';
    assert.equal(disableLine(text, 'cliche', 2), 'One.\n<!-- copydesk-disable-next-line adverb cliche -->\nTwo.\n');
  });

  it('offers no line directive inside Markdown front matter', () => {
    const text = '---\ntitle: Park plan\n---\n\n# Park Plan\n';
    assert.equal(disableLine(text, 'title-mismatch', 1, 'markdown'), undefined);
    assert.equal(
      disableLine(text, 'headline-case', 4, 'markdown'),
      '---\ntitle: Park plan\n---\n\n<!-- copydesk-disable-next-line headline-case -->\n# Park Plan\n',
    );
  });

  it('puts the file directive first, after front matter in Markdown', () => {
    assert.equal(
      disableFile('Headline\r\n\r\nBody.\r\n', 'adverb'),
      '<!-- copydesk-disable-file adverb -->\r\nHeadline\r\n\r\nBody.\r\n',
    );
    assert.equal(
      disableFile('---\ntitle: A\n---\n# A\n', 'cliche', 'markdown'),
      '---\ntitle: A\n---\n<!-- copydesk-disable-file cliche -->\n# A\n',
    );
    assert.equal(
      disableFile('---\ntitle: A\n---', 'cliche', 'markdown'),
      '---\ntitle: A\n---\n<!-- copydesk-disable-file cliche -->\n',
    );
    // In plain text, "---" is not front matter.
    assert.equal(disableFile('---\nx\n---\n', 'cliche'), '<!-- copydesk-disable-file cliche -->\n---\nx\n---\n');
  });

  it('adds a rule to the file directive already there', () => {
    assert.equal(
      disableFile('<!-- copydesk-disable-file adverb -->\nText.\n', 'cliche'),
      '<!-- copydesk-disable-file adverb cliche -->\nText.\n',
    );
  });
});

describe('action lookup', () => {
  const at = (line: number, from: number, to: number, code: string): Diagnostic => ({
    range: { start: { line, character: from }, end: { line, character: to } },
    message: code,
    code,
  });
  const all = [at(0, 5, 10, 'a'), at(0, 20, 30, 'b'), at(2, 0, 4, 'c')];
  const range = (line: number, from: number, to = from) => ({ start: { line, character: from }, end: { line, character: to } });

  it('finds diagnostics by overlap, touching ends included', () => {
    assert.deepEqual(
      diagnosticsAt(all, range(0, 7)).map((d) => d.code),
      ['a'],
    );
    assert.deepEqual(
      diagnosticsAt(all, range(0, 10)).map((d) => d.code),
      ['a'],
    );
    assert.deepEqual(
      diagnosticsAt(all, range(0, 8, 25)).map((d) => d.code),
      ['a', 'b'],
    );
  });

  it('falls back to the line when nothing overlaps', () => {
    assert.deepEqual(
      diagnosticsAt(all, range(0, 15)).map((d) => d.code),
      ['a', 'b'],
    );
    assert.deepEqual(
      diagnosticsAt(all, range(2, 99)).map((d) => d.code),
      ['c'],
    );
    assert.deepEqual(diagnosticsAt(all, range(1, 0)), []);
  });

  it('filters kinds hierarchically, as context.only asks', () => {
    assert.equal(kindAllowed('source.fixAll.copydesk', undefined), true);
    assert.equal(kindAllowed('source.fixAll.copydesk', ['source']), true);
    assert.equal(kindAllowed('source.fixAll.copydesk', ['source.fixAll']), true);
    assert.equal(kindAllowed('source.fixAll.copydesk', ['quickfix']), false);
    assert.equal(kindAllowed('source.fixAll.copydesk', ['source.fix']), false);
    assert.equal(kindAllowed('quickfix', ['quickfix', 'refactor']), true);
  });
});

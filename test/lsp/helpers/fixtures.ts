/** Fixture texts and temp folders for the LSP tests. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EXAMPLES } from '../../helpers/examples';
import { FIXTURES } from './client';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The scraped example article: the project's shared one, or the vendored stand-in in a plain clone (test/helpers/examples.ts). */
export const SCRAPED_EXAMPLE = join(EXAMPLES, 'scraped-article.txt');

export function tempDir(prefix = 'copydesk-lsp-'): { dir: string; uri: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    uri: (name) => pathToFileURL(join(dir, name)).href,
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export interface CopydeskData {
  version?: number;
  fixes: { title: string; safe: boolean; edits: { range: Diagnostic['range']; newText: string }[] }[];
}

export function dataOf(d: Diagnostic): CopydeskData {
  return d.data as CopydeskData;
}

/** Diagnostics that have a fix marked safe. */
export function safelyFixable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => dataOf(d).fixes.some((f) => f.safe));
}

/** Fixture texts and temp folders for the LSP tests. */
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EXAMPLES } from '../../helpers/examples';
import { FIXTURES, SERVER_PATH } from './client';

export function fixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

/** The scraped example article: the project's shared one, or the vendored stand-in in a plain clone (test/helpers/examples.ts). */
export const SCRAPED_EXAMPLE = join(EXAMPLES, 'scraped-article.txt');

/**
 * A `bin` folder in `dir` holding a `copydesk-language-server` that runs the built server, as after installing the
 * package globally: put the returned folder first on PATH for an editor that starts the server by name.
 */
export function serverOnPath(dir: string): string {
  const bin = join(dir, 'bin');
  mkdirSync(bin);
  const shim = join(bin, 'copydesk-language-server');
  writeFileSync(shim, `#!/bin/sh\nexec '${process.execPath}' '${SERVER_PATH}' "$@"\n`);
  chmodSync(shim, 0o755);
  return bin;
}

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

/** A diagnostic's quick fixes; one without any carries no `data`. */
export function dataOf(d: Diagnostic): CopydeskData {
  return (d.data as CopydeskData | undefined) ?? { fixes: [] };
}

/** Diagnostics that have a fix marked safe. */
export function safelyFixable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return diagnostics.filter((d) => dataOf(d).fixes.some((f) => f.safe));
}

/** Running the built CLI (bin/copydesk.js → dist/cli.js) against temporary directories. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { RULES } from '../../server/src/core';

/** The repository root (this file runs from out/test/cli/). */
export const ROOT = resolve(__dirname, '../../..');
export const BIN = join(ROOT, 'bin', 'copydesk.js');

/**
 * The runs' code cache (bin/code-cache.js) goes to a folder of this test process's own, not the user's: the tests
 * run with a cache as users do, and leave nothing behind.
 */
const CACHE_HOME = mkdtempSync(join(tmpdir(), 'copydesk-cli-cache-'));
process.on('exit', () => rmSync(CACHE_HOME, { recursive: true, force: true }));

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function cli(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string> }): CliRun {
  assert.ok(existsSync(join(ROOT, 'dist', 'cli.js')), 'dist/cli.js is missing: run `npm run build` first');
  const { NO_COLOR: _noColor, FORCE_COLOR: _forceColor, ...inherited } = process.env;
  const env = { ...inherited, XDG_CACHE_HOME: CACHE_HOME, ...(options.env ?? {}) };
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input ?? '',
    env,
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** `--rule id=off` for every rule but these: keeps a test independent of the other rules. */
export function only(...ids: string[]): string[] {
  for (const id of ids)
    assert.ok(
      RULES.some((r) => r.meta.id === id),
      `no rule ${id}`,
    );
  return RULES.filter((r) => !ids.includes(r.meta.id)).flatMap((r) => ['--rule', `${r.meta.id}=off`]);
}

/** A fresh temporary directory with the given files (string or bytes), removed by `cleanup`. */
export function fixture(files: Record<string, string | Buffer>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'copydesk-cli-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface JsonPosition {
  line: number;
  character: number;
}
export interface JsonRange {
  start: JsonPosition;
  end: JsonPosition;
}
export interface JsonDiagnostic {
  rule: string;
  severity: string;
  message: string;
  range: JsonRange;
  fixes: { title: string; edits: { range: JsonRange; newText: string }[] }[];
}
export interface JsonReport {
  files: { path: string; diagnostics: JsonDiagnostic[]; error?: string }[];
}

export function parseJson(run: CliRun): JsonReport {
  try {
    return JSON.parse(run.stdout) as JsonReport;
  } catch {
    assert.fail(`stdout is not JSON (exit ${run.status}):\n${run.stdout}\n--- stderr ---\n${run.stderr}`);
  }
}

/** The 0-based LSP position (UTF-16 characters) of `offset` in `text`, computed independently of the engine. */
export function positionOf(text: string, offset: number): JsonPosition {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: (lines[lines.length - 1] ?? '').length };
}

/** A sentence with a repeated word, and the same sentence after `--fix`: what the fix and reliability tests edit. */
export const LEX = only('lexical-illusion');
export const REPEAT = 'The council met on Monday and approved the the budget after a short debate.\n';
export const FIXED = 'The council met on Monday and approved the budget after a short debate.\n';

/** Reading `copydesk.*` settings and deciding which documents the server sees. */
import * as vscode from 'vscode';
import { SEVERITIES } from '../../server/src/core/types';
import { DEFAULT_SETTINGS, isMaxDiagnostics, SETTINGS_SECTION, type Settings } from '../../server/src/protocol';

/** The languages the extension activates on; `copydesk.languages` may add more. */
export const BASE_LANGUAGES: readonly string[] = ['article', 'markdown', 'plaintext'];

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  return {
    enable: config.get<boolean>('enable', DEFAULT_SETTINGS.enable) !== false,
    rules: mergedRules(config),
    ignoreWords: stringList(config.get<unknown>('ignoreWords')),
    languages: stringList(config.get<unknown>('languages', [...BASE_LANGUAGES])),
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
    maxDiagnostics: maxDiagnostics(config.get<unknown>('maxDiagnostics')),
  };
}

/** `copydesk.maxDiagnostics` when the server takes it (settings.json is not checked against the schema), else the default. */
function maxDiagnostics(value: unknown): number {
  return isMaxDiagnostics(value) ? value : DEFAULT_SETTINGS.maxDiagnostics;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The rules to send to the server: `copydesk.rules`, with the severity of
 * each `copydesk.rule.<id>` that is not `default` on top (that rule's options
 * from `copydesk.rules` are kept). The per-rule setting is what the Settings
 * UI edits, so it wins over the older object for the severity; `.copydesk.json`
 * still wins over both (the server's layering).
 */
export function mergedRules(config: vscode.WorkspaceConfiguration): Record<string, unknown> {
  const base = config.get<unknown>('rules');
  const rules: Record<string, unknown> = isRecord(base) ? { ...base } : {};
  const perRule = config.get<unknown>('rule');
  if (!isRecord(perRule)) return rules;
  for (const [id, severity] of Object.entries(perRule)) {
    if (typeof severity !== 'string' || !(SEVERITIES as readonly string[]).includes(severity)) continue;
    const current = rules[id];
    rules[id] = isRecord(current) ? { ...current, severity } : severity;
  }
  return rules;
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** Every language id to lint: the base ones plus `copydesk.languages` of the window and of each folder. */
export function lintedLanguages(): string[] {
  const ids = new Set(BASE_LANGUAGES);
  for (const id of readSettings().languages) ids.add(id);
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    for (const id of readSettings(folder.uri).languages) ids.add(id);
  }
  return [...ids].sort();
}

/**
 * Schemes of the documents to lint: files, untitled documents, and the
 * workspace folders' own scheme in a virtual workspace (`vscode-vfs`, ...).
 * Other schemes (git, diff views, output) are left alone.
 */
export function lintedSchemes(): string[] {
  const schemes = new Set(['file', 'untitled']);
  for (const folder of vscode.workspace.workspaceFolders ?? []) schemes.add(folder.uri.scheme);
  return [...schemes].sort();
}

export function documentSelector(): { language: string; scheme: string }[] {
  const schemes = lintedSchemes();
  return lintedLanguages().flatMap((language) => schemes.map((scheme) => ({ language, scheme })));
}

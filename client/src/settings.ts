/** Reading `copydesk.*` settings and deciding which documents the server sees. */
import * as vscode from 'vscode';
import { DEFAULT_SETTINGS, SETTINGS_SECTION, type Settings } from '../../server/src/protocol';

/** The languages the extension activates on; `copydesk.languages` may add more. */
export const BASE_LANGUAGES: readonly string[] = ['article', 'markdown', 'plaintext'];

export function readSettings(scope?: vscode.ConfigurationScope): Settings {
  const config = vscode.workspace.getConfiguration(SETTINGS_SECTION, scope);
  const rules = config.get<unknown>('rules');
  return {
    enable: config.get<boolean>('enable', DEFAULT_SETTINGS.enable) !== false,
    rules: rules && typeof rules === 'object' && !Array.isArray(rules) ? { ...(rules as Record<string, unknown>) } : {},
    ignoreWords: stringList(config.get<unknown>('ignoreWords')),
    languages: stringList(config.get<unknown>('languages', [...BASE_LANGUAGES])),
    run: config.get<string>('run') === 'onSave' ? 'onSave' : 'onType',
  };
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

/**
 * Copydesk's own protocol additions, declared once and shared by the server
 * and the VS Code client. Everything else is plain LSP.
 */
import { RequestType } from 'vscode-languageserver-protocol';

export interface LintFilesParams {
  /** file:// URIs of documents to lint from disk (open documents are linted from the editor's text). */
  uris: string[];
}

export interface LintFilesResult {
  files: number;
  findings: number;
  /** Files that could not be linted (binary, unreadable, too large), with the reason. */
  skipped: { uri: string; reason: string }[];
}

/** Lints files from disk and publishes their diagnostics (the "lint workspace" command). */
export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>('copydesk/lintFiles');

/** Server-side command: apply every safe fix to a document via workspace/applyEdit. Argument: { uri, version }. */
export const FIX_ALL_COMMAND = 'copydesk.applyFixAll';

/** Setting section read with workspace/configuration. */
export const SETTINGS_SECTION = 'copydesk';

/** What the client sends in `copydesk.*` settings (and in initializationOptions). */
export interface Settings {
  enable: boolean;
  /** Same shape as `rules` in `.copydesk.json`. */
  rules: Record<string, unknown>;
  ignoreWords: string[];
  /** Language ids to lint. */
  languages: string[];
  run: 'onType' | 'onSave';
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  ignoreWords: [],
  languages: ['article', 'markdown', 'plaintext', 'text'],
  run: 'onType',
};

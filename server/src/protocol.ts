/**
 * Copydesk's own protocol additions, declared once and shared by the server
 * and the VS Code client. Everything else is plain LSP.
 */
import { RequestType, type WorkDoneProgressParams } from 'vscode-languageserver-protocol';

/** With a `workDoneToken`, the server reports `$/progress` while it reads the files. */
export interface LintFilesParams extends WorkDoneProgressParams {
  /** file:// URIs of documents to lint from disk (open documents are linted from the editor's text). */
  uris: string[];
}

export interface LintFilesResult {
  files: number;
  /** Every finding, hints included (those past `maxDiagnostics` too, which are not published). */
  findings: number;
  /** What a Problems panel lists: errors, warnings and information (VS Code leaves hints out of it). */
  problems: number;
  /** Hint findings, counted apart (editors show them faintly, if at all). */
  hints: number;
  /** Files that could not be linted (binary, unreadable, too large), with the reason. */
  skipped: { uri: string; reason: string }[];
}

/** Lints files from disk and publishes their diagnostics (the "lint workspace" command). */
export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>('copydesk/lintFiles');

/** Parameters of `copydesk/sourceOf`: an open document. */
export interface SourceOfParams {
  textDocument: { uri: string };
}

/** Where a rewrite's source is, as the server resolves it (its own link, or the configuration's `sources` map). */
export interface SourceOfResult {
  /** The source's URI: the editor's buffer when it has the source open, else the file's `file://` URI. */
  uri: string;
  /** The source file's absolute path. */
  path: string;
  /** The path as the document or the configuration writes it. */
  written: string;
  via: 'front-matter' | 'directive' | 'config';
  /** Why the source cannot be used (missing, not a file, binary, too large, outside an untrusted workspace). */
  problem?: string;
}

/**
 * The source an open document is checked against, or null when it names none (or is not open). The VS Code
 * client's "Compare with Source" asks it, so that the link is resolved in one place.
 */
export const SourceOfRequest = new RequestType<SourceOfParams, SourceOfResult | null, void>('copydesk/sourceOf');

/**
 * Server-side command run after a configuration quick fix's edit: the server takes the file's new text at once
 * (editors that leave the edited file unsaved included), then re-reads it from disk when it changes there.
 */
export const CONFIG_EDITED_COMMAND = 'copydesk.configEdited';

/** Argument of CONFIG_EDITED_COMMAND. */
export interface ConfigEditedArgs {
  /** file:// URI of the `.copydesk.json` edited. */
  uri: string;
  /** Its whole text after the edit. */
  text: string;
}

/** Server-side command: apply every safe fix to a document via workspace/applyEdit. Argument: { uri, version }. */
export const FIX_ALL_COMMAND = 'copydesk.applyFixAll';

/** Setting section read with workspace/configuration. */
export const SETTINGS_SECTION = 'copydesk';

/**
 * V8 flags the VS Code extension starts the server's Node with (bench/lsp.ts starts the server the same way for its
 * VS Code session). A larger young generation (32 MB semi-spaces, against a default of 16 or less) lets a lint's
 * short-lived objects die young instead of being copied: in the speed work on a 1 MB document the warm lint after a
 * keystroke went from a median of 30-32 ms to 23-24 ms in-process, and the server's lint p50 in bench/lsp.ts fell 3-7
 * ms in every paired round. The space is committed only as a lint's allocation needs it. Other editors start the
 * server through `copydesk-language-server`, with Node's defaults; docs/editors.md says how to pass the same.
 */
export const SERVER_NODE_ARGS: readonly string[] = ['--max-semi-space-size=32'];

/** What the client sends in `copydesk.*` settings (and in initializationOptions). */
export interface Settings {
  enable: boolean;
  /** Same shape as `rules` in `.copydesk.json`. */
  rules: Record<string, unknown>;
  ignoreWords: string[];
  /** Language ids to lint. */
  languages: string[];
  run: 'onType' | 'onSave';
  /**
   * The most diagnostics sent for one document, from `1` to `MAX_DIAGNOSTICS_CEILING`: the most severe first, hints
   * last, each level in document order; one information diagnostic says how many more there are.
   */
  maxDiagnostics: number;
}

/**
 * `maxDiagnostics` by default. VS Code shows at most 1,000 diagnostics of one source per file: its extension host
 * keeps errors, then warnings, information and hints, each in the order given, up to 1,000, and drops the rest
 * (`ExtHostDiagnostics`, in the VS Code that code-server 4 ships). The server makes the same choice before it
 * converts and sends them, so a VS Code user sees what they saw before, and 1 MB of press text (4,450 findings, 96%
 * of them hints) costs a fifth of the conversion and the bytes on every edit. Other editors (Neovim, Emacs) show every
 * diagnostic they are given; a thousand is already more than a writer reads in one sitting, and the setting raises it.
 */
export const DEFAULT_MAX_DIAGNOSTICS = 1000;

/**
 * The highest `maxDiagnostics` allowed. Beyond this only input built to be pathological remains (the same paragraph
 * a thousand times), and converting and sending it all would cost the editor and the server hundreds of megabytes.
 */
export const MAX_DIAGNOSTICS_CEILING = 10_000;

/** Whether `value` is a `maxDiagnostics` the server takes: a whole number from 1 to `MAX_DIAGNOSTICS_CEILING`. */
export function isMaxDiagnostics(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= MAX_DIAGNOSTICS_CEILING;
}

export const DEFAULT_SETTINGS: Settings = {
  enable: true,
  rules: {},
  ignoreWords: [],
  languages: ['article', 'markdown', 'plaintext', 'text'],
  run: 'onType',
  maxDiagnostics: DEFAULT_MAX_DIAGNOSTICS,
};

/**
 * Options a client may pass in `initialize` (`initializationOptions`). The
 * `Settings` keys (top level, or nested under `copydesk`) are the fallback
 * when `workspace/configuration` is missing or answers null.
 */
export interface InitializationOptions extends Partial<Settings> {
  copydesk?: Partial<Settings>;
  /** Base of the rule documentation links (`codeDescription.href` = base + `<rule-id>.md`). Default: the `docs/rules/` folder shipped beside the server, as a file:// URI. */
  docsBaseUrl?: string;
  /** Delay between the last change and the lint, in milliseconds. Default 50. */
  debounceMs?: number;
  /** `auto` (default): pull when the client supports `textDocument/diagnostic`, else push. */
  diagnosticMode?: 'auto' | 'push' | 'pull';
  /** Documents longer than this (UTF-16 code units) are not linted in the editor; one info diagnostic says why. Default 5 MiB. */
  maxDocumentSize?: number;
  /**
   * `false` for an untrusted workspace: rule options from `.copydesk.json` (phrases and other workspace-supplied
   * values) are ignored; only its severities and `ignoreWords` apply. Default true.
   */
  trusted?: boolean;
}

/** A quick fix as carried in `Diagnostic.data`: LSP ranges in the document version the diagnostic was made for. */
export interface FixData {
  title: string;
  safe: boolean;
  /** Applied by fix-all (see the engine's `Fix.auto`). */
  auto?: boolean;
  edits: { range: { start: { line: number; character: number }; end: { line: number; character: number } }; newText: string }[];
}

/**
 * What a Copydesk diagnostic with quick fixes carries in `data`: those fixes, for clients that show or apply them
 * themselves; a diagnostic without any carries no `data`. The server builds code actions from its own analysis of
 * the current text, never from `data` a client sends back. No version: a diagnostic that an edit leaves as it was
 * is sent again as the same object.
 */
export interface DiagnosticData {
  fixes: FixData[];
}

/** Arguments of FIX_ALL_COMMAND. `version`, when given, must be the document's current version. */
export interface FixAllCommandArgs {
  uri: string;
  version?: number;
}

/** The result of FIX_ALL_COMMAND. */
export interface FixAllCommandResult {
  applied: boolean;
  /** Number of findings fixed. */
  fixed: number;
}

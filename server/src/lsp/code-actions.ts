/**
 * `textDocument/codeAction` and the fix-all command: which findings a request
 * is about, and the actions for them (built by actions.ts).
 */
import {
  CodeActionKind,
  LSPErrorCodes,
  ResponseError,
  type CodeAction,
  type Diagnostic,
  type Position,
  type Range,
} from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { basename, dirname } from 'node:path';
import { analyzePeople, type Mention, type Person } from '../core/analysis/people';
import { parseArticle } from '../core';
import { formatFromLanguageId } from './language-ids';
import { CONFIG_FILE_NAME } from '../config-file';
import { CONFIG_EDITED_COMMAND, FIX_ALL_COMMAND, type DiagnosticData, type FixAllCommandResult } from '../protocol';
import {
  diagnosticsAt,
  disableActions,
  FIX_ALL_KIND,
  fixAllAction,
  fixAllTextEdits,
  kindAllowed,
  quickFixes,
  workspaceEdit,
  type ActionContext,
} from './actions';
import { addToList, configAction, configPathFor, pathInConfig, personTitle, ruleOff } from './config-edits';
import type { ServerContext } from './context';
import { SOURCE } from './convert';
import type { Analyzer, DocState } from './document-state';
import { isInside, lookupBoundary, uriToPath } from './files';
import { supportsDocumentChanges } from './options';
import { documentUri, invalidParams, isInteger, isObject, isRange, isStringArray, requireRange } from './validate';

/** Rule, message and range: what identifies a diagnostic the client sends back. */
function diagnosticKey(code: unknown, message: unknown, range: Range): string {
  const { start, end } = range;
  return `${String(code)}\n${String(message)}\n${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** The server's diagnostics that the client's `sent` ones stand for (same rule, message and range). */
export function matchDiagnostics(own: readonly Diagnostic[], sent: readonly unknown[]): Diagnostic[] {
  if (sent.length === 0) return [];
  const byKey = new Map<string, Diagnostic>();
  for (const d of own) byKey.set(diagnosticKey(d.code, d.message, d.range), d);
  const out: Diagnostic[] = [];
  for (const d of sent) {
    if (!isObject(d) || d.source !== SOURCE || !isRange(d.range)) continue;
    const match = byKey.get(diagnosticKey(d.code, d.message, d.range));
    if (match && !out.includes(match)) out.push(match);
  }
  return out;
}

/** A position moved inside the document (LSP clamps a character past the line's end to the end). */
export function clampPosition(doc: TextDocument, p: Position): Position {
  return doc.positionAt(doc.offsetAt(p));
}

/** Languages whose documents may carry `<!-- copydesk-... -->` directives without them reaching the reader. */
const COMMENT_LANGUAGES = new Set(['markdown', 'article']);

/** The quick fixes of a diagnostic that carries no `data`: none. */
const NO_FIXES: DiagnosticData = { fixes: [] };

/** What "Ignore "X" in this project" is offered for: a word or a short phrase on one line. */
const MAX_IGNORED_WORDS = 4;
const MAX_IGNORED_LENGTH = 40;

/** The title as a person's mention writes it, with its modifiers ("former President", "President-elect"). */
function titleOf(m: Mention): string | undefined {
  if (!m.title) return undefined;
  let before = '';
  let after = '';
  for (const mod of [...m.modifiers].sort((a, b) => a.start - b.start)) {
    if (mod.form === 'word') before += `${mod.text} `;
    else if (mod.form === 'prefix') before += `${mod.text}-`;
    else after += `-${mod.text}`;
  }
  return `${before}${m.title.text}${after}`;
}

/** The person a finding names, and the titles to offer: the first mention's, then this mention's. */
function personAt(people: readonly Person[], start: number, end: number): { name: string; titles: string[] } | undefined {
  for (const person of people) {
    const mention = person.mentions.find((m) => m.start === start && m.end === end);
    if (!mention) continue;
    const first = person.mentions.find((m) => m.title && !m.title.office.courtesy);
    const titles = [first && titleOf(first), titleOf(mention)].filter((t): t is string => t !== undefined);
    return { name: person.name, titles: [...new Set(titles)] };
  }
  return undefined;
}

export class CodeActions {
  /**
   * The people of each document's text, found once per revision: an editor asks for code actions at every move of
   * the cursor, and on a 1 MB document parsing and grouping its people took 17 to 60 ms. Keyed by the document's
   * state, which goes when it closes.
   */
  private readonly peopleByState = new WeakMap<DocState, { revision: number; people: readonly Person[] }>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly analyzer: Analyzer,
    /** Called when a configuration edit came: every open document is linted again. */
    private readonly configChanged: () => void,
  ) {}

  private actionContext(doc: TextDocument, only?: string[]): ActionContext {
    const ctx: ActionContext = {
      doc,
      documentChanges: supportsDocumentChanges(this.ctx.client),
      snippets: this.ctx.client.workspace?.workspaceEdit?.snippetEditSupport === true,
    };
    if (only) ctx.only = only;
    return ctx;
  }

  async codeActions(params: unknown): Promise<CodeAction[]> {
    const uri = documentUri(params);
    const range = requireRange(params);
    const doc = this.ctx.docs.get(uri);
    if (!doc) return [];
    const context = isObject(params) && isObject(params.context) ? params.context : {};
    const only = isStringArray(context.only) ? context.only : undefined;
    const wantQuick = kindAllowed(CodeActionKind.QuickFix, only);
    const wantFixAll = kindAllowed(FIX_ALL_KIND, only);
    if (!wantQuick && !wantFixAll) return [];
    const analysis = await this.analyzer.analyze(doc);
    // The document changed while it was linted: the client asks again for the new text.
    if (!this.ctx.docs.isCurrent(uri, analysis.revision)) return [];

    const ctx = this.actionContext(doc, only);
    const actions: CodeAction[] = [];
    if (wantQuick) {
      // The client's diagnostics say which findings it asks about; the edits always come from the server's own
      // analysis of the current text, so a stale or forged `data` (an edit at line 1e9 or -7) builds nothing.
      const own = analysis.diagnostics.filter((d) => d.code !== undefined);
      const sent = Array.isArray(context.diagnostics) ? (context.diagnostics as unknown[]) : [];
      let chosen = matchDiagnostics(own, sent);
      if (chosen.length === 0) {
        chosen = diagnosticsAt(own, { start: clampPosition(doc, range.start), end: clampPosition(doc, range.end) });
      }
      const items = chosen.map((d) => ({ diagnostic: d, data: (d.data as DiagnosticData | undefined) ?? NO_FIXES }));
      actions.push(...quickFixes(ctx, items));
      const config = this.configActions(doc, chosen);
      actions.push(...config.first);
      // Comment directives only where a comment stays out of the copy: Markdown hides it, the article grammar
      // knows it. Plain text headed for a CMS gets "Ignore this finding" in the configuration instead.
      if (COMMENT_LANGUAGES.has(doc.languageId)) actions.push(...disableActions(ctx, chosen));
      actions.push(...config.last);
    }
    if (wantFixAll && analysis.index) {
      const fixAll = fixAllAction(ctx, analysis.shown, analysis.index);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  /**
   * The quick fixes that write `.copydesk.json`: `first` (ignore the word, give the person one title, ignore this
   * finding) and `last` (turn the rule off), once per word, person, finding and rule.
   */
  private configActions(doc: TextDocument, chosen: readonly Diagnostic[]): { first: CodeAction[]; last: CodeAction[] } {
    const none = { first: [], last: [] };
    const path = uriToPath(doc.uri);
    if (!path || chosen.length === 0) return none;
    const scope = this.ctx.configScope;
    const configPath = configPathFor(path, this.ctx.configFiles.findFor(path, scope), scope.roots);
    const read = this.ctx.configFiles.textOf(configPath, scope.trusted);
    if ('problem' in read) return none;
    const target = { path: configPath, text: read.text };
    const resourceOps = this.ctx.client.workspace?.workspaceEdit?.resourceOperations ?? [];
    const caps = { documentChanges: supportsDocumentChanges(this.ctx.client), createFiles: resourceOps.includes('create') };
    const file = pathInConfig(configPath, path);
    const first: CodeAction[] = [];
    const last: CodeAction[] = [];
    const seen = new Set<string>();
    const add = (list: CodeAction[], key: string, make: () => CodeAction | undefined): void => {
      if (seen.has(key)) return;
      seen.add(key);
      const action = make();
      if (action) list.push(action);
    };
    const text = doc.getText();
    for (const d of chosen) {
      const rule = String(d.code);
      const start = doc.offsetAt(d.range.start);
      const end = doc.offsetAt(d.range.end);
      const flagged = text.slice(start, end).trim();
      if (
        flagged !== '' &&
        flagged.length <= MAX_IGNORED_LENGTH &&
        !/[\r\n]/.test(flagged) &&
        flagged.split(/\s+/).length <= MAX_IGNORED_WORDS
      ) {
        const lower = flagged.toLowerCase();
        add(first, `word:${lower}`, () =>
          configAction(
            `Ignore "${flagged}" in this project`,
            d,
            target,
            addToList('ignoreWords', flagged, (w) => typeof w === 'string' && w.toLowerCase() === lower),
            caps,
          ),
        );
      }
      if (rule === 'inconsistent-title') {
        const person = personAt(this.peopleOf(doc), start, end);
        for (const title of person?.titles ?? []) {
          add(first, `person:${person?.name ?? ''}:${title}`, () =>
            person
              ? configAction(`Always call ${person.name} "${title}"`, d, target, personTitle(person.name, title), caps)
              : undefined,
          );
        }
      }
      if (flagged !== '') {
        const entry = { rule, text: flagged, file };
        add(first, `finding:${rule}:${flagged}`, () =>
          configAction(
            'Ignore this finding',
            d,
            target,
            addToList('ignoreFindings', entry, (e) => isObject(e) && e.rule === rule && e.text === flagged && e.file === file),
            caps,
          ),
        );
      }
      add(last, `rule:${rule}`, () => configAction(`Turn off ${rule} in this project`, d, target, ruleOff(rule), caps));
    }
    return { first, last };
  }

  /** The people of the document's current text (`peopleByState`). */
  private peopleOf(doc: TextDocument): readonly Person[] {
    const state = this.ctx.states.get(doc.uri);
    const revision = this.ctx.docs.revision(doc.uri);
    const kept = this.peopleByState.get(state);
    if (kept?.revision === revision) return kept.people;
    const article = parseArticle(doc.getText(), formatFromLanguageId(doc.languageId));
    const { people } = analyzePeople(article, state.cache);
    this.peopleByState.set(state, { revision, people });
    return people;
  }

  /** CONFIG_EDITED_COMMAND: lint with the configuration a quick fix just wrote. */
  configEdited(params: unknown): null {
    const args = isObject(params) && Array.isArray(params.arguments) ? (params.arguments as unknown[]) : [];
    const arg = args[0];
    if (!isObject(arg) || typeof arg.uri !== 'string' || typeof arg.text !== 'string') {
      throw invalidParams(`${CONFIG_EDITED_COMMAND} takes one argument: { uri, text }`);
    }
    const path = uriToPath(arg.uri);
    if (!path || basename(path) !== CONFIG_FILE_NAME || !this.configPathAllowed(path)) {
      throw invalidParams(`${CONFIG_EDITED_COMMAND}: not the configuration of an open document: ${arg.uri}`);
    }
    const loaded = this.ctx.configFiles.setOverride(path, arg.text, this.ctx.options.trusted);
    this.ctx.publisher.noteConfig(loaded);
    this.configChanged();
    return null;
  }

  /** A `.copydesk.json` that some open document would use: in its folder or above it, inside its lookup boundary. */
  private configPathAllowed(path: string): boolean {
    const folder = dirname(path);
    for (const doc of this.ctx.docs.all()) {
      const docPath = uriToPath(doc.uri);
      if (!docPath) continue;
      if (folder === dirname(docPath)) return true;
      if (isInside(dirname(docPath), folder) && isInside(folder, lookupBoundary(docPath, this.ctx.roots))) return true;
    }
    return false;
  }

  /** `workspace/executeCommand`: fix all, or take an edited configuration. */
  async executeCommand(params: unknown): Promise<FixAllCommandResult | null> {
    const command = isObject(params) ? params.command : undefined;
    if (command === CONFIG_EDITED_COMMAND) return this.configEdited(params);
    if (command !== FIX_ALL_COMMAND) throw invalidParams(`unknown command: ${String(command)}`);
    return this.fixAll(params);
  }

  /** FIX_ALL_COMMAND: every fix-all edit, through `workspace/applyEdit`. */
  private async fixAll(params: unknown): Promise<FixAllCommandResult> {
    const args = isObject(params) && Array.isArray(params.arguments) ? (params.arguments as unknown[]) : [];
    const arg = args[0];
    const uri = typeof arg === 'string' ? arg : isObject(arg) && typeof arg.uri === 'string' ? arg.uri : undefined;
    const wanted = isObject(arg) && isInteger(arg.version) ? arg.version : undefined;
    if (!uri) throw invalidParams(`${FIX_ALL_COMMAND} takes one argument: { uri, version? }`);
    const doc = this.ctx.docs.get(uri);
    if (!doc) throw invalidParams(`${FIX_ALL_COMMAND}: the document is not open: ${uri}`);
    const version = doc.version;
    if (wanted !== undefined && wanted !== version) {
      throw new ResponseError(LSPErrorCodes.ContentModified, `the document is at version ${version}, not ${wanted}`);
    }
    const analysis = await this.analyzer.analyze(doc);
    if (!this.ctx.docs.isCurrent(uri, analysis.revision) || !analysis.index) return { applied: false, fixed: 0 };
    const { edits, fixed } = fixAllTextEdits(analysis.shown, analysis.index);
    if (edits.length === 0) return { applied: false, fixed: 0 };
    const edit = workspaceEdit(this.actionContext(doc), edits);
    const result = await this.ctx.connection.workspace.applyEdit({ label: 'Copydesk: fix all', edit });
    return { applied: result.applied, fixed: result.applied ? fixed : 0 };
  }
}

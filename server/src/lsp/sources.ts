/**
 * A rewrite's source, as the language server finds, reads and watches it.
 *
 * On every lint of a document, its source is resolved again from its current text (front matter `source:`, the
 * `<!-- copydesk-source: PATH -->` directive, or the `.copydesk.json` `sources` map, through the module the CLI
 * uses: ../sources.ts), because a keystroke can change the link. The source's text comes from the editor's buffer
 * when the source is open there, else from disk through the defensive readers of ../io.ts (regular files only,
 * 10 MiB, text only), read again only when the file's stat changes or a watcher says it changed. What cannot be
 * read becomes the engine's error form, which the `source-link` rule reports on the link while the other rules
 * still run.
 *
 * Dependants: each document's source path is remembered, so that a change of the source (its buffer edited,
 * opened or closed, or the file changed on disk) lints the documents that read it again. Files are watched through
 * `workspace/didChangeWatchedFiles` registrations when the client can register them dynamically, one per source,
 * dropped when no open document reads it any more; otherwise the server watches the source's folder itself.
 *
 * Workspace trust: in an untrusted workspace the configuration's `sources` map is not used (linting.ts drops it
 * too), and a document's own link is followed only to a file inside its workspace folder and not through a
 * symbolic link; anything else is the error form, saying why.
 */
import { lstatSync, statSync, watch, type FSWatcher } from 'node:fs';
import { basename, dirname, isAbsolute } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeWatchedFilesNotification, type Disposable } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { LineIndex, type DocFormat, type SourceInput } from '../core';
import { formatFromLanguageId } from './language-ids';
import { MAX_SOURCE_BYTES, readSource, resolveSource, sourceFromText, type ResolvedSource } from '../sources';
import type { SourceOfResult } from '../protocol';
import type { ServerContext } from './context';
import { formatSize, isInside, lookupBoundary, uriToPath, type ConfigLookup } from './files';
import { errorMessage } from './validate';

/** What a lint of one document gets as its source, and where the source's positions point. */
export interface DocumentSource {
  resolved: ResolvedSource;
  /** The source's URI: the open buffer's when the editor has it open, else its file's. */
  uri: string;
  /** What `lint` gets: the text, or why it cannot be had. */
  input: SourceInput;
  /** Changes whenever `input` does: part of a cached analysis's key. */
  stamp: string;
  /** The source text's line index, for related locations in the source (undefined for the error form). */
  index?: LineIndex;
  origin: 'buffer' | 'disk';
}

/** Where related locations in the source point: the source's URI and its text's line index, when it was read. */
export function sourceLocations(source: DocumentSource | undefined): { source?: { uri: string; index: LineIndex } } {
  return source?.index ? { source: { uri: source.uri, index: source.index } } : {};
}

/** How a source changed, for the documents that read it. */
export type SourceChange = 'edited' | 'replaced';

/** What a source file held when last read: its text (and line index) or why it could not be read. */
interface DiskEntry {
  /** The file's stat when it was read ("missing" when there was none). */
  key: string;
  text?: string;
  index?: LineIndex;
  error?: string;
}

/** Glob characters: a file name holding one is watched through its folder's `*`, and changes are filtered by path. */
const GLOB_CHARACTERS = /[*?[\]{}!\\]/;

/**
 * The most folders the server watches itself, for clients that cannot register file watchers. Each costs one
 * inotify watch (a per-user budget, often 8,192, shared with every other program): a writer has a handful
 * of sources open at once, and a source past the limit is still read again at its rewrite's next lint (stat).
 */
const MAX_OWN_WATCHES = 64;

export class Sources {
  /** Source files read from disk, by path. */
  private readonly disk = new Map<string, DiskEntry>();
  /** Line indexes of open source buffers, by URI (reused while the buffer's text is the same). */
  private readonly bufferIndexes = new Map<string, LineIndex>();
  /** Each document's source path (documents with none are absent). */
  private readonly sourceOfDocument = new Map<string, string>();
  /** The open documents that read each source path. */
  private readonly dependants = new Map<string, Set<string>>();
  /** Client-side watcher registrations, by source path. */
  private readonly registrations = new Map<string, Promise<Disposable | undefined>>();
  /** The server's own folder watchers (clients without dynamic registration), by folder, with the paths watched. */
  private readonly ownWatches = new Map<string, { watcher: FSWatcher; paths: Set<string> }>();
  private warnedWatch = false;

  constructor(
    private readonly ctx: ServerContext,
    /** Lints the given open documents again: their source changed. */
    private readonly relint: (uris: readonly string[], change: SourceChange) => void,
  ) {}

  // ---- resolving and reading ----------------------------------------------------

  /**
   * The source of an open document for this lint, or undefined when it names none. Records the dependency and
   * watches the source. Never throws: what cannot be read is the error form.
   */
  async sourceFor(doc: TextDocument, config: ConfigLookup | undefined): Promise<DocumentSource | undefined> {
    const docPath = uriToPath(doc.uri);
    const resolved = this.resolve(doc.getText(), docPath, formatFromLanguageId(doc.languageId), config);
    this.depend(doc.uri, resolved?.path);
    return resolved ? this.load(resolved, docPath, doc.uri) : undefined;
  }

  /** The source of a document read from disk (Lint Workspace): the same lookup, without recording a dependant. */
  async sourceForFile(
    text: string,
    path: string,
    format: DocFormat,
    config: ConfigLookup | undefined,
  ): Promise<DocumentSource | undefined> {
    const resolved = this.resolve(text, path, format, config);
    return resolved ? this.load(resolved, path, undefined) : undefined;
  }

  /** Where the document's text (or else the configuration) says its source is. Reads no file. */
  private resolve(
    text: string,
    docPath: string | undefined,
    format: DocFormat,
    config: ConfigLookup | undefined,
  ): ResolvedSource | undefined {
    const loaded = config?.loaded;
    // An untrusted workspace's configuration names no file to read (linting.ts drops its `sources` too).
    const map = this.ctx.options.trusted && loaded && loaded.readError === undefined ? loaded.config : undefined;
    // A document with no file (untitled) resolves its link from the first workspace folder.
    const folder = docPath === undefined ? this.ctx.roots[0] : dirname(docPath);
    try {
      return resolveSource(docPath, text, map, map && loaded ? dirname(loaded.path) : undefined, {
        format,
        ...(folder === undefined ? {} : { cwd: folder }),
      });
    } catch (error) {
      // A glob the matcher rejects: the configuration's problem, not the lint's.
      this.ctx.connection.console.warn(`copydesk: the "sources" map could not be matched: ${errorMessage(error)}`);
      return undefined;
    }
  }

  /** The source's text, from the editor's buffer or from disk, or the error form saying why it cannot be had. */
  private async load(resolved: ResolvedSource, docPath: string | undefined, docUri: string | undefined): Promise<DocumentSource> {
    const uri = pathToFileURL(resolved.path).href;
    const fail = (error: string, origin: DocumentSource['origin'] = 'disk'): DocumentSource => ({
      resolved,
      uri,
      input: { error, name: resolved.written, ...(resolved.link ? { link: resolved.link } : {}) },
      stamp: `error:${resolved.path}:${error}`,
      origin,
    });
    if (docPath === undefined && this.ctx.roots.length === 0 && !isAbsolute(resolved.written)) {
      return fail('the document has no folder to find it from (save the document, or open a folder)');
    }
    const refused = this.untrustedProblem(resolved.path, docPath);
    if (refused) return fail(refused);

    const buffer = this.openBuffer(resolved.path, docUri);
    if (buffer) {
      const bufferText = buffer.getText();
      if (bufferText.length > MAX_SOURCE_BYTES) {
        return fail(`is larger than ${formatSize(MAX_SOURCE_BYTES)}, the most a source may be`, 'buffer');
      }
      return {
        resolved,
        uri: buffer.uri,
        input: sourceFromText(resolved, bufferText),
        stamp: `buffer:${buffer.uri}:${this.ctx.docs.revision(buffer.uri)}`,
        index: this.bufferIndex(buffer.uri, bufferText),
        origin: 'buffer',
      };
    }
    const entry = await this.read(resolved);
    if (entry.error !== undefined || entry.text === undefined) return fail(entry.error ?? 'cannot be read');
    return {
      resolved,
      uri,
      input: sourceFromText(resolved, entry.text),
      stamp: `disk:${resolved.path}:${entry.key}`,
      ...(entry.index ? { index: entry.index } : {}),
      origin: 'disk',
    };
  }

  /** In an untrusted workspace: why the file at `path` is not read, or undefined when it may be. */
  private untrustedProblem(path: string, docPath: string | undefined): string | undefined {
    if (this.ctx.options.trusted) return undefined;
    const boundary = docPath === undefined ? this.ctx.roots[0] : lookupBoundary(docPath, this.ctx.roots);
    if (boundary === undefined || !isInside(path, boundary)) {
      return 'is outside the workspace folder, and an untrusted workspace reads no file outside it';
    }
    try {
      if (lstatSync(path).isSymbolicLink()) return 'is a symbolic link, which is not followed in an untrusted workspace';
    } catch {
      // Missing: the read says so.
    }
    return undefined;
  }

  /** The open document at `path`, other than the document itself (a document linked to itself is read as it is). */
  private openBuffer(path: string, self: string | undefined): TextDocument | undefined {
    let own: TextDocument | undefined;
    for (const doc of this.ctx.docs.all()) {
      if (uriToPath(doc.uri) !== path) continue;
      if (doc.uri !== self) return doc;
      own = doc;
    }
    return own;
  }

  private bufferIndex(uri: string, text: string): LineIndex {
    const known = this.bufferIndexes.get(uri);
    if (known && known.text === text) return known;
    const index = new LineIndex(text);
    this.bufferIndexes.set(uri, index);
    return index;
  }

  /** The file's identity and version as `stat` sees it ("missing" when it cannot be stat'ed). */
  private statKey(path: string): string {
    try {
      const s = this.ctx.options.trusted ? statSync(path) : lstatSync(path);
      return `${s.mtimeMs}:${s.ctimeMs}:${s.size}:${s.ino}`;
    } catch {
      return 'missing';
    }
  }

  /** The source file's text (or why not), read again only when its stat changed or a watcher said it changed. */
  private async read(resolved: ResolvedSource): Promise<DiskEntry> {
    const key = this.statKey(resolved.path);
    const known = this.disk.get(resolved.path);
    if (known && known.key === key) return known;
    const read = await readSource(resolved);
    const entry: DiskEntry =
      'error' in read ? { key, error: read.error } : { key, text: read.text, index: new LineIndex(read.text) };
    // Kept only while an open document reads it (forgotten with its last dependant).
    if (this.dependants.has(resolved.path)) this.disk.set(resolved.path, entry);
    return entry;
  }

  // ---- dependants ------------------------------------------------------------------

  /** Records that the document at `uri` reads `path` (or no source), watching and unwatching as needed. */
  private depend(uri: string, path: string | undefined): void {
    const before = this.sourceOfDocument.get(uri);
    if (before === path) return;
    if (before !== undefined) {
      const set = this.dependants.get(before);
      set?.delete(uri);
      if (set && set.size === 0) this.drop(before);
    }
    if (path === undefined) {
      this.sourceOfDocument.delete(uri);
      return;
    }
    this.sourceOfDocument.set(uri, path);
    let set = this.dependants.get(path);
    if (!set) {
      set = new Set();
      this.dependants.set(path, set);
      this.watch(path);
    }
    set.add(uri);
  }

  /** No open document reads `path` any more. */
  private drop(path: string): void {
    this.dependants.delete(path);
    this.disk.delete(path);
    this.unwatch(path);
  }

  /** The open documents that read the file at `path`. */
  private dependantsOf(path: string): string[] {
    return [...(this.dependants.get(path) ?? [])];
  }

  private notify(path: string | undefined, change: SourceChange, except?: string): void {
    if (path === undefined) return;
    const uris = this.dependantsOf(path).filter((u) => u !== except && this.ctx.docs.get(u) !== undefined);
    if (uris.length > 0) this.relint(uris, change);
  }

  // ---- events ------------------------------------------------------------------------

  /** An open document's text changed: the documents it is the source of are linted again. */
  changed(uri: string): void {
    this.notify(uriToPath(uri), 'edited', uri);
  }

  /** A document was opened: where it is a source, its buffer now stands for the file. */
  opened(uri: string): void {
    this.notify(uriToPath(uri), 'replaced', uri);
  }

  /** A document was closed: it reads no source now, and where it is one, the file on disk stands for it again. */
  closed(uri: string): void {
    this.depend(uri, undefined);
    this.bufferIndexes.delete(uri);
    this.notify(uriToPath(uri), 'replaced', uri);
  }

  /** Files changed on disk (`workspace/didChangeWatchedFiles`, or the server's own watcher). */
  filesChanged(paths: readonly string[]): void {
    for (const path of paths) {
      if (!this.dependants.has(path)) continue;
      this.disk.delete(path);
      this.notify(path, 'replaced');
    }
  }

  // ---- watching ------------------------------------------------------------------------

  private watch(path: string): void {
    const files = this.ctx.client.workspace?.didChangeWatchedFiles;
    if (files?.dynamicRegistration) {
      const name = basename(path);
      const folder = dirname(path);
      const globPattern =
        files.relativePatternSupport === true
          ? { baseUri: pathToFileURL(folder).href, pattern: GLOB_CHARACTERS.test(name) ? '*' : name }
          : // A plain glob is matched against the absolute path; a glob character there matches any one character.
            path
              .split('\\')
              .join('/')
              .replace(/[*?[\]{}!]/g, '?');
      const registration = this.ctx.connection.client
        .register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern }] })
        .catch((error: unknown): undefined => {
          this.warnWatch(`could not watch ${path}: ${errorMessage(error)}`);
          return undefined;
        });
      this.registrations.set(path, registration);
      return;
    }
    this.watchOwn(path);
  }

  /** For clients that cannot register watchers: the server watches the source's folder (renames included). */
  private watchOwn(path: string): void {
    const folder = dirname(path);
    const known = this.ownWatches.get(folder);
    if (known) {
      known.paths.add(path);
      return;
    }
    if (this.ownWatches.size >= MAX_OWN_WATCHES) return;
    try {
      const paths = new Set([path]);
      const watcher = watch(folder, { persistent: false }, (_event, name) => {
        const changed = [...paths].filter((p) => name === null || basename(p) === name.toString());
        if (changed.length > 0) this.filesChanged(changed);
      });
      watcher.on('error', (error) => {
        this.warnWatch(`stopped watching ${folder}: ${errorMessage(error)}`);
        watcher.close();
        this.ownWatches.delete(folder);
      });
      this.ownWatches.set(folder, { watcher, paths });
    } catch (error) {
      // A missing folder, or no inotify watches left: the file is still read again at each lint when its stat changes.
      this.warnWatch(`could not watch ${folder}: ${errorMessage(error)}`);
    }
  }

  private unwatch(path: string): void {
    const registration = this.registrations.get(path);
    if (registration) {
      this.registrations.delete(path);
      void registration.then((d) => d?.dispose()).catch(() => undefined);
    }
    const folder = dirname(path);
    const own = this.ownWatches.get(folder);
    if (own) {
      own.paths.delete(path);
      if (own.paths.size === 0) {
        own.watcher.close();
        this.ownWatches.delete(folder);
      }
    }
  }

  private warnWatch(message: string): void {
    if (this.warnedWatch) return;
    this.warnedWatch = true;
    this.ctx.connection.console.warn(`copydesk: ${message}; a source changed on disk is read again at its rewrite's next lint`);
  }

  /** Stops the server's own watchers (shutdown). */
  dispose(): void {
    for (const { watcher } of this.ownWatches.values()) watcher.close();
    this.ownWatches.clear();
  }

  /** What `copydesk/sourceOf` answers for a source. */
  static describe(source: DocumentSource): SourceOfResult {
    const { resolved, input } = source;
    // The server never has the command line's `--source`: a link it resolved came from the text or the configuration.
    const via = resolved.via === 'option' ? 'config' : resolved.via;
    const out: SourceOfResult = { uri: source.uri, path: resolved.path, written: resolved.written, via };
    return 'error' in input ? { ...out, problem: input.error } : out;
  }
}

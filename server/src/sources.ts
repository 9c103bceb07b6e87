/**
 * Finding and reading a rewrite's source, for the CLI and the language server
 * (the engine never reads a file: it gets the source's text as
 * `LintOptions.source`). A document names its source in one of four ways, the
 * first that applies winning:
 *
 * 1. the shell's own choice: `copydesk lint --source FILE` (relative to the
 *    current directory), or a source the editor was told about;
 * 2. a `source:` key in Markdown front matter, relative to the document;
 * 3. a `<!-- copydesk-source: PATH -->` comment, relative to the document;
 * 4. the configuration's `sources` map: a glob of documents relative to the
 *    configuration file's folder, to a path relative to the document in which
 *    `{name}` is the document's file name without its extension.
 *
 * A source that cannot be read becomes the error form of `SourceInput`, which
 * the `source-link` rule reports on the link while the other rules still run.
 */
import { basename, dirname, extname, isAbsolute, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { findSourceLink, formatFromPath, type Config, type DocFormat, type SourceInput, type Span } from './core';
import { MAX_FILE_BYTES, readTextFile } from './io';

/** The largest source read: as large as any document linted (10 MiB); the matching stays linear in it. */
export const MAX_SOURCE_BYTES = MAX_FILE_BYTES;

export type SourceVia = 'option' | 'front-matter' | 'directive' | 'config';

export interface ResolvedSource {
  /** The source file's absolute path. */
  path: string;
  /** The path as the option, the document or the configuration writes it: what messages show. */
  written: string;
  via: SourceVia;
  /** Where the document names its source (front matter or directive); undefined for the option and the configuration. */
  link?: Span;
}

export interface ResolveOptions {
  /** The shell's own choice (`--source FILE`), absolute or relative to `cwd`. Wins over everything in the text. */
  explicit?: string;
  /** The folder for `explicit`, and for the document's own link when the document has no path (stdin, untitled). */
  cwd?: string;
  /** The document's format; by default from its path (front matter is read only in Markdown). */
  format?: DocFormat;
}

/**
 * Where the document at `docPath` (absolute; undefined for text with no file) says its source is, or undefined
 * when it names none. `config` is the document's merged configuration and `configDir` the folder of the
 * configuration file its `sources` came from (undefined: the map is not used). Reads no file.
 */
export function resolveSource(
  docPath: string | undefined,
  text: string,
  config: Config | undefined,
  configDir: string | undefined,
  options: ResolveOptions = {},
): ResolvedSource | undefined {
  const cwd = options.cwd ?? process.cwd();
  if (options.explicit !== undefined) {
    return { path: resolve(cwd, options.explicit), written: options.explicit, via: 'option' };
  }
  const docDir = docPath === undefined ? cwd : dirname(docPath);
  const format = options.format ?? (docPath === undefined ? 'text' : formatFromPath(docPath));
  const link = findSourceLink(text, format);
  if (link) {
    return { path: resolve(docDir, link.path), written: link.path, via: link.via, link: link.span };
  }
  if (docPath === undefined || configDir === undefined || !config?.sources) return undefined;
  const rel = relative(configDir, docPath).split(sep).join('/');
  if (rel === '' || rel.startsWith('../') || isAbsolute(rel)) return undefined;
  for (const [glob, template] of Object.entries(config.sources)) {
    if (!picomatch.isMatch(rel, glob, { dot: true })) continue;
    const name = basename(docPath, extname(docPath));
    const written = template.split('{name}').join(name);
    return { path: resolve(docDir, written), written, via: 'config' };
  }
  return undefined;
}

/** What to hand to `lint` as `source` for a source whose text the shell already has (an open editor buffer). */
export function sourceFromText(resolved: ResolvedSource, text: string): SourceInput {
  const input: SourceInput = { text, format: formatFromPath(resolved.path), name: resolved.written };
  if (resolved.link) input.link = resolved.link;
  return input;
}

/**
 * Reads a resolved source from disk (regular files only, at most `MAX_SOURCE_BYTES`, text only) into what to
 * hand to `lint` as `source`: its text, or the error form naming why it cannot be used. Never throws.
 */
export async function readSource(resolved: ResolvedSource, maxBytes = MAX_SOURCE_BYTES): Promise<SourceInput> {
  if (resolved.written.trim() === '') return sourceError(resolved, 'no path given');
  const read = await readTextFile(resolved.path, maxBytes);
  if (!read.ok) return sourceError(resolved, read.reason);
  return sourceFromText(resolved, read.file.text);
}

function sourceError(resolved: ResolvedSource, error: string): SourceInput {
  const input: SourceInput = { error, name: resolved.written };
  if (resolved.link) input.link = resolved.link;
  return input;
}

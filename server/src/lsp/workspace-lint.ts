/**
 * `copydesk/lintFiles`: documents linted from disk (open ones from the
 * editor's text), published without a version, with `$/progress`. Files
 * linted from disk are linted from disk again when the editor closes them.
 */
import type { CancellationToken } from 'vscode-languageserver';
import { formatFromPath, type Finding } from '../core';
import type { LintFilesResult } from '../protocol';
import type { ServerContext } from './context';
import { toDiagnostic } from './convert';
import { mostSevere, tooManyNotice, type Analyzer } from './document-state';
import { readDocument, uriToPath } from './files';
import type { Linter } from './linting';
import { sourceLocations, type Sources } from './sources';
import { invalidParams, isObject, isStringArray } from './validate';

/** Findings by the severity the editor shows. */
export interface FindingCounts {
  error: number;
  warning: number;
  info: number;
  hint: number;
}

/** Counts findings by severity: every one, the ones past `maxDiagnostics` (left out of what is published) included. */
export function addCounts(counts: FindingCounts, findings: readonly Finding[]): void {
  for (const f of findings) counts[f.severity]++;
}

/** A document linted: every finding, counted whether it was published or left out by `maxDiagnostics`. */
interface Linted {
  findings: readonly Finding[];
}

const NOTHING: Linted = { findings: [] };

/** Progress is reported every this many files (and at the end): often enough to move, rarely enough to be cheap. */
const FILE_PROGRESS_EVERY = 10;

export class WorkspaceLint {
  /** Documents whose diagnostics came from disk (lintFiles): re-read when closed. */
  private readonly diskLinted = new Set<string>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly analyzer: Analyzer,
    private readonly linter: Linter,
    private readonly sources: Sources,
  ) {}

  has(uri: string): boolean {
    return this.diskLinted.has(uri);
  }

  async lintFiles(params: unknown, token: CancellationToken): Promise<LintFilesResult> {
    if (!isObject(params) || !isStringArray(params.uris)) throw invalidParams('expected { uris: string[] }');
    const uris = params.uris;
    const workDoneToken = params.workDoneToken;
    const progress = this.ctx.connection.window.attachWorkDoneProgress(
      typeof workDoneToken === 'string' || typeof workDoneToken === 'number' ? workDoneToken : undefined,
    );
    progress.begin('Copydesk', 0, `Linting ${uris.length} file${uris.length === 1 ? '' : 's'}`, false);
    const counts: FindingCounts = { error: 0, warning: 0, info: 0, hint: 0 };
    const result: LintFilesResult = { files: 0, findings: 0, problems: 0, hints: 0, skipped: [] };
    try {
      for (let i = 0; i < uris.length; i++) {
        const uri = uris[i] ?? '';
        if (token.isCancellationRequested) {
          result.skipped.push({ uri, reason: 'cancelled' });
          continue;
        }
        // Let edits, hovers and cancellation through between files.
        await new Promise<void>((resolve) => setImmediate(resolve));
        const outcome = await this.lintOne(uri);
        if ('reason' in outcome) result.skipped.push({ uri, reason: outcome.reason });
        else {
          result.files++;
          addCounts(counts, outcome.findings);
        }
        if ((i + 1) % FILE_PROGRESS_EVERY === 0 || i + 1 === uris.length) {
          progress.report(Math.round(((i + 1) / uris.length) * 100), `${i + 1}/${uris.length}`);
        }
      }
    } finally {
      progress.done();
    }
    result.problems = counts.error + counts.warning + counts.info;
    result.hints = counts.hint;
    result.findings = result.problems + counts.hint;
    return result;
  }

  private async lintOne(uri: string): Promise<Linted | { reason: string }> {
    const open = this.ctx.docs.get(uri);
    if (open) {
      const analysis = await this.analyzer.analyze(open);
      if (!this.ctx.options.pull && this.ctx.docs.isCurrent(uri, analysis.revision)) {
        void this.ctx.publisher.publishDocument(uri, analysis.diagnostics, analysis.version);
      }
      return { findings: analysis.findings };
    }
    return this.lintFromDisk(uri);
  }

  async lintFromDisk(uri: string): Promise<Linted | { reason: string }> {
    const path = uriToPath(uri);
    if (!path) return { reason: 'not a file:// URI' };
    const settings = await this.ctx.settings.get(uri);
    if (!settings.enable) return { reason: 'Copydesk is disabled for this file (copydesk.enable is false)' };
    const read = await readDocument(path, this.ctx.options.maxDocumentSize);
    if ('reason' in read) return read;
    if (this.ctx.docs.get(uri)) return NOTHING; // opened meanwhile: the editor's text wins
    const config = this.ctx.configFiles.lookup(path, this.ctx.configScope);
    if (config) this.ctx.publisher.noteConfig(config.loaded);
    // A rewrite read from disk is checked against its source too, as it is once opened.
    const format = formatFromPath(path);
    const source = await this.sources.sourceForFile(read.text, path, format, config);
    if (this.ctx.docs.get(uri)) return NOTHING;
    const result = this.linter.lintText(uri, read.text, format, settings, config?.loaded, undefined, source?.input);
    const docsBase = this.ctx.options.diagnosticDocsBase;
    const convert = { uri, index: result.article.index, docsBase, ...sourceLocations(source) };
    const shown = mostSevere(result.findings, settings.maxDiagnostics);
    const diagnostics = shown.map((f) => toDiagnostic(f, convert));
    if (shown.length < result.findings.length) diagnostics.push(tooManyNotice(shown.length, result.findings.length));
    this.diskLinted.add(uri);
    void this.ctx.publisher.publishDocument(uri, diagnostics);
    return { findings: result.findings };
  }
}

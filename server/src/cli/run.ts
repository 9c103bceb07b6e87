/** `copydesk lint`: reads the files, lints (and fixes) them, prints a report and picks the exit code. */
import { statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigFileCache, describeProblems, type LoadedConfig } from '../config-file';
import {
  LineIndex,
  fixText,
  formatFromPath,
  lint,
  mergeConfigs,
  type ActiveSeverity,
  type Config,
  type LintResult,
  type SourceInput,
} from '../core';
import {
  MAX_FILE_BYTES,
  decodeText,
  describeFileType,
  encodeText,
  formatBytes,
  readTextFileSync,
  writeFileAtomic,
  type DecodedText,
} from '../io';
import { readSource, resolveSource } from '../sources';
import { HELP, UsageError, parseArgs, type CliOptions } from './args';
import { collectTargets, displayPath, type Targets } from './files';
import {
  countFindings,
  emptyCounts,
  formatJson,
  formatSarif,
  formatStylish,
  formatUnix,
  isShown,
  type FileReport,
  type Notification,
  type ReportContext,
  type SourceReport,
} from './format';
import { GlobError } from './glob';
import { VERSION } from './meta';
import { escapeForTerminal } from './terminal';

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_TROUBLE = 2;

export interface Output {
  write(text: string): unknown;
  isTTY?: boolean;
}

export interface CliEnvironment {
  argv: readonly string[];
  cwd: string;
  env: Readonly<Record<string, string | undefined>>;
  stdout: Output;
  stderr: Output;
  readStdin(): Promise<Buffer>;
  /** Test seams; the `copydesk` command sets none. */
  hooks?: {
    /** Called while `--fix` writes a file, after the new text is on disk and before the rename: a race test's moment. */
    beforeRename?: (path: string) => void | Promise<void>;
  };
}

/** Reads all of stdin, refusing more than the size limit. */
export async function readAll(stream: NodeJS.ReadableStream, limit = MAX_FILE_BYTES): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += buf.length;
    if (size > limit) throw new Error(`stdin is too large (over ${formatBytes(limit)})`);
    chunks.push(buf);
  }
  return Buffer.concat(chunks);
}

function useColor(options: CliOptions, environment: CliEnvironment): boolean {
  if (options.color !== undefined) return options.color;
  const noColor = environment.env.NO_COLOR;
  return environment.stdout.isTTY === true && (noColor === undefined || noColor === '');
}

export async function run(environment: CliEnvironment): Promise<number> {
  const { stdout, stderr, cwd } = environment;
  // Every message may carry a file's name or text: control characters are shown, never sent to the terminal.
  const say = (message: string): void => void stderr.write(`copydesk: ${escapeForTerminal(message)}\n`);

  let options: CliOptions;
  try {
    options = parseArgs(environment.argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    say(error.message);
    stderr.write('Run "copydesk --help" for usage.\n');
    return EXIT_TROUBLE;
  }
  if (options.command === 'help') {
    stdout.write(HELP);
    return EXIT_OK;
  }
  if (options.command === 'version') {
    stdout.write(`${VERSION}\n`);
    return EXIT_OK;
  }

  let trouble = false;
  const notifications: Notification[] = [];
  const notify = (level: Notification['level'], message: string, path?: string): void => {
    notifications.push({ level, message, ...(path === undefined ? {} : { path }) });
    say(message);
    if (level === 'error') trouble = true;
  };

  // Config: defaults < .copydesk.json (found by walking up, or --config) < --rule flags.
  const configs = new ConfigFileCache((loaded: LoadedConfig) => {
    for (const line of describeProblems({ ...loaded, path: displayPath(loaded.path, cwd) })) notify('warning', line);
  });
  let explicitConfig: LoadedConfig | undefined;
  if (options.config !== undefined) {
    const path = resolve(cwd, options.config);
    const info = statSync(path, { throwIfNoEntry: false });
    if (!info || !info.isFile()) {
      say(`config file "${options.config}" ${info ? `is not a regular file (${describeFileType(info)})` : 'does not exist'}`);
      return EXIT_TROUBLE;
    }
    explicitConfig = configs.load(path);
    if (explicitConfig.readError !== undefined) return EXIT_TROUBLE;
  }
  const flagConfig: Config = { rules: { ...options.rules } };
  const configFor = (dir: string): Config => {
    if (options.noConfig) return mergeConfigs(flagConfig);
    const loaded = explicitConfig ?? configs.forDirectory(dir);
    return mergeConfigs(loaded?.config, flagConfig);
  };
  // The folder the `sources` map's globs are relative to: the configuration file's.
  const configDirFor = (dir: string): string | undefined => {
    if (options.noConfig) return undefined;
    const loaded = explicitConfig ?? configs.forDirectory(dir);
    return loaded ? dirname(loaded.path) : undefined;
  };

  let targets: Targets;
  try {
    targets = collectTargets(options.paths, cwd);
  } catch (error) {
    if (!(error instanceof GlobError)) throw error;
    say(error.message);
    stderr.write('Run "copydesk --help" for usage.\n');
    return EXIT_TROUBLE;
  }
  for (const problem of targets.problems) notify('error', problem);
  if (targets.files.length === 0 && !targets.stdin) {
    say('no files to lint');
    return EXIT_TROUBLE;
  }

  if (options.source !== undefined && targets.files.length + (targets.stdin ? 1 : 0) > 1) {
    say('--source names the source of one document; to link many, use "sources" in .copydesk.json (docs/sources.md)');
    return EXIT_TROUBLE;
  }

  // The document's source (--source, its own link, or the configuration's map), read for the drift rules.
  const sourceFor = async (
    text: string,
    name: string,
    absolutePath: string | undefined,
    dir: string,
  ): Promise<{ input: SourceInput; report: SourceReport | undefined } | undefined> => {
    const resolved = resolveSource(absolutePath, text, configFor(dir), configDirFor(dir), {
      cwd,
      format: formatFromPath(name),
      ...(options.source === undefined ? {} : { explicit: options.source }),
    });
    if (!resolved) return undefined;
    const input = await readSource(resolved);
    if ('error' in input) return { input, report: undefined };
    return {
      input,
      report: { path: displayPath(resolved.path, cwd), absolutePath: resolved.path, index: new LineIndex(input.text) },
    };
  };

  // Machine formats list every finding unless asked; the formats people read show warnings and errors (issue 11),
  // and the summary counts the rest, as the Problems panel counts them, with the option that shows them.
  const shownFrom: ActiveSeverity = options.quiet
    ? 'error'
    : (options.severity ?? (options.format === 'json' || options.format === 'sarif' ? 'hint' : 'warning'));
  const reports: FileReport[] = [];
  const totals = emptyCounts();
  const lintOne = (
    decoded: DecodedText,
    name: string,
    path: string,
    absolutePath: string | undefined,
    dir: string,
    source?: SourceInput,
  ): { result: LintResult; fixedText?: string; applied: number; fixedByRule: Record<string, number> } | undefined => {
    const lintOptions = { format: formatFromPath(name), config: configFor(dir), ...(source ? { source } : {}) };
    try {
      if (options.fix) {
        // "Fixed" counts the fixable findings that are gone, as the "fixable with --fix" count announced them.
        const { text, result, fixedByRule } = fixText(decoded.text, lintOptions);
        let fixed = 0;
        for (const n of Object.values(fixedByRule)) fixed += n;
        return { result, fixedText: text, applied: fixed, fixedByRule };
      }
      return { result: lint(decoded.text, lintOptions), applied: 0, fixedByRule: {} };
    } catch (error) {
      notify('error', `${path}: linting failed: ${error instanceof Error ? error.message : String(error)}`, path);
      reports.push({ path, absolutePath, index: undefined, findings: [], error: 'linting failed', fixed: 0 });
      return undefined;
    }
  };
  const record = (
    path: string,
    absolutePath: string | undefined,
    result: LintResult,
    fixed: number,
    fixedByRule: Record<string, number>,
    source?: SourceReport,
  ): void => {
    for (const e of result.ruleErrors) notify('error', `${path}: rule "${e.rule}" crashed: ${e.message}`, path);
    // A loop, not push(...findings): a file can have hundreds of thousands of findings.
    countFindings(result.findings, totals);
    const shown = result.findings.filter((f) => isShown(f.severity, shownFrom));
    reports.push({
      path,
      absolutePath,
      index: result.article.index,
      findings: shown,
      fixed,
      fixedByRule,
      ...(source ? { source } : {}),
    });
  };

  if (targets.stdin) {
    const name = options.stdinFilename ?? '<stdin>';
    const absolutePath = options.stdinFilename === undefined ? undefined : resolve(cwd, options.stdinFilename);
    const path = absolutePath === undefined ? name : displayPath(absolutePath, cwd);
    const dir = absolutePath === undefined ? cwd : dirname(absolutePath);
    let decoded: DecodedText | undefined;
    try {
      const bytes = await environment.readStdin();
      const result = decodeText(bytes);
      if (result.ok) decoded = result;
      else {
        notify('warning', `${path}: skipped: ${result.reason}`, path);
        reports.push({ path, absolutePath, index: undefined, findings: [], error: result.reason, fixed: 0 });
      }
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      notify('error', `${path}: ${reason}`, path);
      reports.push({ path, absolutePath, index: undefined, findings: [], error: reason, fixed: 0 });
    }
    if (decoded) {
      const source = await sourceFor(decoded.text, name, absolutePath, dir);
      const linted = lintOne(decoded, name, path, absolutePath, dir, source?.input);
      if (linted) record(path, absolutePath, linted.result, 0, {}, source?.report);
    }
  }

  // Files are read one after another, synchronously: the CLI has nothing else to do meanwhile, and a read through
  // libuv's thread pool (open, stat, read and close: four trips) costs more CPU than the read. Read ahead that way,
  // 500 files of 4 KB took 1.33 s on one core against 1.20 s read synchronously (median of 5, CPU pinned as the bench
  // pins it); a synchronous read of such a file takes about 25 microseconds. readTextFileSync refuses a FIFO or a
  // device before opening it and opens without blocking, as the asynchronous read did.
  for (let i = 0; i < targets.files.length; i++) {
    const file = targets.files[i] as string;
    const path = displayPath(file, cwd);
    const read = readTextFileSync(file);
    if (!read.ok) {
      // Binary and oversized files are not text: skipped with a warning. A file that cannot be read is an I/O error.
      notify(
        read.kind === 'unreadable' || read.kind === 'not-a-file' ? 'error' : 'warning',
        `${path}: skipped: ${read.reason}`,
        path,
      );
      reports.push({ path, absolutePath: file, index: undefined, findings: [], error: read.reason, fixed: 0 });
      continue;
    }
    const source = await sourceFor(read.file.text, file, file, dirname(file));
    const linted = lintOne(read.file, file, path, file, dirname(file), source?.input);
    if (!linted) continue;
    let { result, applied, fixedByRule } = linted;
    if (linted.fixedText !== undefined && linted.fixedText !== read.file.text) {
      const beforeRename = environment.hooks?.beforeRename;
      try {
        await writeFileAtomic(file, encodeText(linted.fixedText, read.file), {
          expect: read.file,
          ...(beforeRename ? { beforeRename: () => beforeRename(file) } : {}),
        });
      } catch (error) {
        notify('error', `${path}: not fixed: ${error instanceof Error ? error.message : String(error)}`, path);
        // The file is unchanged on disk (or holds someone else's change): report the text that was linted.
        result = lint(read.file.text, {
          format: formatFromPath(file),
          config: configFor(dirname(file)),
          ...(source ? { source: source.input } : {}),
        });
        applied = 0;
        fixedByRule = {};
      }
    }
    record(path, file, result, applied, fixedByRule, source?.report);
  }

  const context: ReportContext = {
    cwd,
    color: useColor(options, environment),
    fixMode: options.fix,
    notifications,
    totals,
    shownFrom,
    quiet: options.quiet,
  };
  switch (options.format) {
    case 'unix':
      stdout.write(formatUnix(reports, context));
      break;
    case 'json':
      stdout.write(formatJson(reports));
      break;
    case 'sarif':
      stdout.write(formatSarif(reports, context));
      break;
    default:
      stdout.write(formatStylish(reports, context));
  }

  const errors = totals.error;
  const warnings = totals.warning;
  const tooManyWarnings = options.maxWarnings !== undefined && warnings > options.maxWarnings;
  if (tooManyWarnings) say(`too many warnings: ${warnings} (the maximum is ${options.maxWarnings ?? 0})`);
  if (trouble) return EXIT_TROUBLE;
  return errors > 0 || tooManyWarnings ? EXIT_FINDINGS : EXIT_OK;
}

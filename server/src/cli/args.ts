/** Command-line parsing, by hand: the CLI has few flags and no dependencies. */
import { closestName, didYouMean, ruleById, RULES, SEVERITIES, isSeverity, type ActiveSeverity, type Severity } from '../core';

export type OutputFormat = 'stylish' | 'unix' | 'json' | 'sarif';
export const OUTPUT_FORMATS: readonly OutputFormat[] = ['stylish', 'unix', 'json', 'sarif'];

/** The severities a finding can have, lowest first: what `--severity` accepts. */
export const SHOWN_SEVERITIES: readonly ActiveSeverity[] = ['hint', 'info', 'warning', 'error'];

export interface CliOptions {
  command: 'lint' | 'help' | 'version';
  /** Paths, directories, globs, or `-` for stdin, as given. */
  paths: string[];
  format: OutputFormat;
  fix: boolean;
  config: string | undefined;
  noConfig: boolean;
  /** From `--rule ID=SEVERITY`, in order; a later flag for the same rule wins. */
  rules: Record<string, Severity>;
  maxWarnings: number | undefined;
  quiet: boolean;
  /**
   * `--severity LEVEL`: the lowest severity shown. Undefined: `warning` for the formats people read (stylish, unix),
   * the rest counted on the summary, and `hint` (everything) for json and sarif. `--quiet` is `error`.
   */
  severity: ActiveSeverity | undefined;
  stdinFilename: string | undefined;
  /** `--color` / `--no-color`; undefined means: only when stdout is a terminal and NO_COLOR is not set. */
  color: boolean | undefined;
  /** `--source FILE`: the story the one linted document was rewritten from. */
  source: string | undefined;
}

/** A mistake in the command line: reported with a hint to run --help, exit code 2. */
export class UsageError extends Error {}

export const HELP = `Usage: copydesk lint [options] [path | directory | glob | -]...

Lints news and article text: .txt, .md and .article files.
Directories are searched recursively (node_modules and dot-directories are
skipped); with no paths, the current directory is. Globs such as
"samples/*.md" or "**/*.txt" are expanded by copydesk itself, so quote them.
Use - to read from stdin.

Options:
  -f, --format <name>        Output format: stylish (default), unix
                             (path:line:col: severity message [rule]), json or sarif
      --fix                  Apply the clean-up fixes (page furniture, cut-off
                             teasers, doubled words) in place; the config's
                             "fixAll" opts rules' rewrites in
  -c, --config <file>        Use this config file instead of looking for .copydesk.json
      --no-config            Ignore .copydesk.json files
  -r, --rule <id>=<severity> Set a rule's severity (off, hint, info, warning, error);
                             repeatable, and wins over config files
      --max-warnings <n>     Exit with code 1 when there are more than n warnings
      --severity <level>     Show findings of this severity and above: hint, info,
                             warning or error (default: warning; json and sarif: hint)
  -q, --quiet                Report errors only (the same as --severity error)
      --stdin-filename <name>
                             Name for text read from stdin: picks the format (.md,
                             .article, .txt) and where .copydesk.json is looked for
      --source <file>        Check the one document against the story it was
                             rewritten from (quotations, figures, titles, names,
                             attribution); see docs/sources.md for other ways to link
      --color, --no-color    Force colours on or off (default: on for a terminal,
                             unless NO_COLOR is set)
  -h, --help                 Show this help
  -v, --version              Show the version

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 a usage or I/O error, or a rule that crashed.

Rules: ${RULES.map((r) => r.meta.id).join(', ')}
`;

function suggest(word: string, candidates: readonly string[]): string {
  return didYouMean(closestName(word, candidates));
}

const FLAGS_WITH_VALUE = new Map([
  ['-f', '--format'],
  ['--format', '--format'],
  ['-c', '--config'],
  ['--config', '--config'],
  ['-r', '--rule'],
  ['--rule', '--rule'],
  ['--max-warnings', '--max-warnings'],
  ['--stdin-filename', '--stdin-filename'],
  ['--severity', '--severity'],
  ['--source', '--source'],
]);

const BOOLEAN_FLAGS = new Map([
  ['--fix', '--fix'],
  ['--no-config', '--no-config'],
  ['-q', '--quiet'],
  ['--quiet', '--quiet'],
  ['--color', '--color'],
  ['--no-color', '--no-color'],
  ['-h', '--help'],
  ['--help', '--help'],
  ['-v', '--version'],
  ['--version', '--version'],
]);

const ALL_FLAGS = [...new Set([...FLAGS_WITH_VALUE.values(), ...BOOLEAN_FLAGS.values()])];

export function parseRuleFlag(value: string): [string, Severity] {
  const eq = value.indexOf('=');
  if (eq <= 0) throw new UsageError(`--rule expects <id>=<severity>, for example --rule adverb=off (got "${value}")`);
  const id = value.slice(0, eq).trim();
  const severity = value.slice(eq + 1).trim();
  if (!ruleById(id)) {
    throw new UsageError(
      `unknown rule "${id}" in --rule${suggest(
        id,
        RULES.map((r) => r.meta.id),
      )}; the rules are: ${RULES.map((r) => r.meta.id).join(', ')}`,
    );
  }
  if (!isSeverity(severity)) {
    throw new UsageError(`bad severity "${severity}" for rule "${id}" in --rule; expected one of ${SEVERITIES.join(', ')}`);
  }
  return [id, severity];
}

export function parseArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = {
    command: 'lint',
    paths: [],
    format: 'stylish',
    fix: false,
    config: undefined,
    noConfig: false,
    rules: {},
    maxWarnings: undefined,
    quiet: false,
    severity: undefined,
    stdinFilename: undefined,
    color: undefined,
    source: undefined,
  };
  let help = false;
  let version = false;
  let command: string | undefined;
  let onlyPaths = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (onlyPaths || arg === '-' || !arg.startsWith('-')) {
      if (command === undefined && !help && !version) command = arg;
      else options.paths.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPaths = true;
      continue;
    }
    const eq = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const name = eq === -1 ? arg : arg.slice(0, eq);
    const flag = FLAGS_WITH_VALUE.get(name);
    if (flag) {
      let value: string;
      if (eq !== -1) value = arg.slice(eq + 1);
      else {
        const next = argv[i + 1];
        if (next === undefined) throw new UsageError(`${name} needs a value`);
        value = next;
        i++;
      }
      applyValue(options, flag, value);
      continue;
    }
    const bool = BOOLEAN_FLAGS.get(name);
    if (bool && eq === -1) {
      switch (bool) {
        case '--fix':
          options.fix = true;
          break;
        case '--no-config':
          options.noConfig = true;
          break;
        case '--quiet':
          options.quiet = true;
          break;
        case '--color':
          options.color = true;
          break;
        case '--no-color':
          options.color = false;
          break;
        case '--help':
          help = true;
          break;
        case '--version':
          version = true;
          break;
      }
      continue;
    }
    if (bool) throw new UsageError(`${name} takes no value`);
    throw new UsageError(`unknown option "${name}"${suggest(name, ALL_FLAGS)}`);
  }
  if (help) return { ...options, command: 'help' };
  if (version) return { ...options, command: 'version' };
  if (command === undefined) throw new UsageError('no command given; try: copydesk lint <paths>');
  if (command !== 'lint') {
    throw new UsageError(`unknown command "${command}"; the only command is "lint" (for example: copydesk lint ${command})`);
  }
  // Like ESLint: no paths means the current directory.
  if (options.paths.length === 0) options.paths.push('.');
  if (options.quiet && options.severity !== undefined && options.severity !== 'error') {
    throw new UsageError(`--quiet shows errors only; it cannot be used with --severity ${options.severity}`);
  }
  if (options.config !== undefined && options.noConfig) throw new UsageError('--config and --no-config cannot be used together');
  const stdin = options.paths.includes('-');
  if (options.stdinFilename !== undefined && !stdin) throw new UsageError('--stdin-filename is only used with - (stdin)');
  if (stdin && options.fix) throw new UsageError('--fix cannot be used with stdin (-): there is no file to write');
  return options;
}

function applyValue(options: CliOptions, flag: string, value: string): void {
  switch (flag) {
    case '--format':
      if (!(OUTPUT_FORMATS as readonly string[]).includes(value)) {
        throw new UsageError(
          `unknown format "${value}"${suggest(value, OUTPUT_FORMATS)}; expected one of ${OUTPUT_FORMATS.join(', ')}`,
        );
      }
      options.format = value as OutputFormat;
      break;
    case '--config':
      if (value === '') throw new UsageError('--config needs a file name');
      options.config = value;
      break;
    case '--rule': {
      const [id, severity] = parseRuleFlag(value);
      options.rules[id] = severity;
      break;
    }
    case '--max-warnings': {
      if (!/^\d+$/.test(value.trim()))
        throw new UsageError(`--max-warnings expects a whole number of 0 or more (got "${value}")`);
      options.maxWarnings = Number(value.trim());
      break;
    }
    case '--severity':
      if (!(SHOWN_SEVERITIES as readonly string[]).includes(value)) {
        throw new UsageError(
          `bad --severity "${value}"${suggest(value, SHOWN_SEVERITIES)}; expected one of ${SHOWN_SEVERITIES.join(', ')}`,
        );
      }
      options.severity = value as ActiveSeverity;
      break;
    case '--stdin-filename':
      if (value === '') throw new UsageError('--stdin-filename needs a name');
      options.stdinFilename = value;
      break;
    case '--source':
      if (value === '') throw new UsageError('--source needs a file name');
      options.source = value;
      break;
  }
}

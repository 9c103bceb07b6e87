/**
 * One lint of one text, as the server runs it: editor settings merged under
 * `.copydesk.json` (with the trust rules), rule crashes logged once, and the
 * notice for a document too large to lint.
 */
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver';
import {
  lint,
  mergeConfigs,
  RULES,
  validateConfig,
  type Config,
  type DocFormat,
  type LintCache,
  type LintResult,
  type RuleSetting,
  type SourceInput,
} from '../core';
import type { LoadedConfig } from '../config-file';
import type { Settings } from '../protocol';
import type { ServerContext } from './context';
import { SOURCE } from './convert';
import { pathInConfig } from './config-edits';
import { formatSize, uriToPath } from './files';

/** At most this many distinct rule crashes are remembered (and so logged once each). */
const MAX_LOGGED_RULE_ERRORS = 500;

export class Linter {
  private readonly loggedRuleErrors = new Set<string>();

  constructor(private readonly ctx: ServerContext) {}

  lintText(
    uri: string,
    text: string,
    format: DocFormat,
    settings: Settings,
    loaded: LoadedConfig | undefined,
    cache?: LintCache,
    source?: SourceInput,
  ): LintResult {
    // `ignoreFindings` entries name documents relative to the configuration's folder.
    const documentPath = uriToPath(uri);
    const path = loaded && documentPath ? pathInConfig(loaded.path, documentPath) : undefined;
    const fromSettings = validateConfig({ rules: settings.rules, ignoreWords: settings.ignoreWords }, RULES);
    this.ctx.settings.report(fromSettings.problems.map((p) => `settings: ${p}; using the defaults for it`));
    const config = mergeConfigs(fromSettings.config, this.ctx.options.trusted ? loaded?.config : this.untrusted(loaded));
    const options = path === undefined ? { format, config, cache } : { format, config, cache, path };
    const result = lint(text, source ? { ...options, source } : options);
    for (const { rule, message } of result.ruleErrors) {
      const key = `${rule}\n${message}`;
      if (this.loggedRuleErrors.has(key)) continue;
      if (this.loggedRuleErrors.size < MAX_LOGGED_RULE_ERRORS) this.loggedRuleErrors.add(key);
      this.ctx.connection.console.error(`copydesk: rule ${rule} failed on ${uri}: ${message} (the other rules still ran)`);
    }
    return result;
  }

  /**
   * An untrusted workspace's `.copydesk.json`: what is plain data (severities, ignoreWords, ignoreFindings, fixAll),
   * none of its rule options (phrases and patterns the engine would compile) and no source mapping (paths to read).
   */
  private untrusted(loaded: LoadedConfig | undefined): Config | undefined {
    if (!loaded) return undefined;
    const rules: Record<string, RuleSetting> = {};
    let dropped = false;
    for (const [id, setting] of Object.entries(loaded.config.rules ?? {})) {
      if (typeof setting === 'string') rules[id] = setting;
      else {
        if (setting.severity !== undefined) rules[id] = setting.severity;
        dropped ||= Object.keys(setting).some((k) => k !== 'severity');
      }
    }
    if (dropped) this.ctx.settings.report([`${loaded.path}: rule options ignored in an untrusted workspace (severities apply)`]);
    const config: Config = { rules, ignoreWords: loaded.config.ignoreWords ?? [] };
    if (loaded.config.ignoreFindings) config.ignoreFindings = loaded.config.ignoreFindings;
    if (loaded.config.fixAll) config.fixAll = loaded.config.fixAll;
    return config;
  }

  tooLargeNotice(length: number): Diagnostic {
    return {
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      severity: DiagnosticSeverity.Information,
      source: SOURCE,
      message:
        `Copydesk did not lint this document: it is ${formatSize(length)}, over the editor limit of ` +
        `${formatSize(this.ctx.options.maxDocumentSize)}. Lint it with the command line: copydesk lint <file>.`,
    };
  }
}

/**
 * Configuration as plain data: `.copydesk.json`, editor settings and CLI
 * flags are all turned into a `Config` and merged. Loading files is not the
 * engine's business (see server/src/config.ts).
 */
import type { Rule } from './rule';
import { closestName, didYouMean } from './suggest';
import { SEVERITIES, type JsonSchema, type Severity } from './types';

export type RuleSetting = Severity | ({ severity?: Severity } & Record<string, unknown>);

/** One finding a person dismissed ("Ignore this finding"), recorded in the configuration instead of the copy. */
export interface IgnoredFinding {
  rule: string;
  /** The flagged text, exactly (surrounding whitespace trimmed). */
  text: string;
  /** The document, relative to the configuration file's folder, `/`-separated; absent: every document. */
  file?: string;
}

export interface Config {
  rules?: Record<string, RuleSetting>;
  /** Words and phrases never reported by any rule (matched case-insensitively against the flagged text). */
  ignoreWords?: string[];
  /** Rules whose safe `rewrite` fixes fix-all, `--fix` and fix on save also apply (clean-up fixes always are). */
  fixAll?: string[];
  /**
   * Rewrites mapped to their sources, for the shells to resolve (the engine never reads files): a glob of
   * documents relative to the configuration file, to a source path template relative to the document, in which
   * `{name}` is the document's file name without its extension.
   */
  sources?: Record<string, string>;
  /** Findings a person dismissed. */
  ignoreFindings?: IgnoredFinding[];
}

/** The ids of the rules whose safe fixes fix-all applies under this configuration. */
export function fixAllRules(config: Config, rules: readonly Rule[]): Set<string> {
  const ids = new Set<string>(config.fixAll ?? []);
  for (const rule of rules) if (rule.meta.fixKind === 'cleanup') ids.add(rule.meta.id);
  return ids;
}

/** The dismissed findings that apply to the document at `path`, as rule id → flagged texts. */
export function ignoredFindings(config: Config, path: string | undefined): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const entry of config.ignoreFindings ?? []) {
    if (entry.file !== undefined && entry.file !== path) continue;
    let texts = out.get(entry.rule);
    if (!texts) out.set(entry.rule, (texts = new Set()));
    texts.add(entry.text.trim());
  }
  return out;
}

export function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

export function ruleSeverity(config: Config, rule: Rule): Severity {
  const setting = config.rules?.[rule.meta.id];
  if (typeof setting === 'string') return setting;
  if (setting && setting.severity !== undefined) return setting.severity;
  return rule.meta.defaultSeverity;
}

export function ruleOptions(config: Config, ruleId: string): Record<string, unknown> {
  const setting = config.rules?.[ruleId];
  if (!setting || typeof setting === 'string') return {};
  const { severity: _severity, ...options } = setting;
  return options;
}

/** Later configs win; a rule's options merge key by key, lists are concatenated. */
export function mergeConfigs(...configs: (Config | undefined)[]): Config {
  const rules: Record<string, RuleSetting> = {};
  const ignoreWords: string[] = [];
  const fixAll: string[] = [];
  const ignoreFindings: IgnoredFinding[] = [];
  let sources: Record<string, string> | undefined;
  for (const config of configs) {
    if (!config) continue;
    // Loops, not spread arguments: a list of 150,000 words must not overflow the stack.
    for (const word of config.ignoreWords ?? []) ignoreWords.push(word);
    for (const id of config.fixAll ?? []) fixAll.push(id);
    for (const entry of config.ignoreFindings ?? []) ignoreFindings.push(entry);
    if (config.sources) sources = { ...sources, ...config.sources };
    for (const [id, setting] of Object.entries(config.rules ?? {})) {
      const prev = rules[id];
      const prevObj = typeof prev === 'string' ? { severity: prev } : (prev ?? {});
      const nextObj = typeof setting === 'string' ? { severity: setting } : setting;
      const merged: Record<string, unknown> = { ...prevObj };
      for (const [key, value] of Object.entries(nextObj)) {
        const old = merged[key];
        merged[key] = Array.isArray(old) && Array.isArray(value) ? [...(old as unknown[]), ...(value as unknown[])] : value;
      }
      rules[id] = merged;
    }
  }
  const merged: Config = { rules, ignoreWords };
  if (fixAll.length > 0) merged.fixAll = fixAll;
  if (ignoreFindings.length > 0) merged.ignoreFindings = ignoreFindings;
  if (sources) merged.sources = sources;
  return merged;
}

/** One problem in a configuration: what is wrong, and where. */
export interface ConfigProblem {
  /** One readable sentence (the same as in `problems`). */
  message: string;
  /**
   * The JSON path of the offending member: object keys and array indices from the top, for example
   * `["rules", "passive-voic"]` or `["fixAll", 2]`; `[]` for the whole document. `locateConfigProblem` turns it
   * into a span of the JSON text.
   */
  path: (string | number)[];
  /** For an unknown name or value, the closest known one ("did you mean"). */
  suggestion?: string;
}

/** The top-level keys of a configuration, in the order the messages list them. */
export const CONFIG_KEYS = ['rules', 'ignoreWords', 'fixAll', 'sources', 'ignoreFindings'] as const;

/**
 * Checks raw JSON against the rules' metadata. What is valid is kept; each problem becomes one readable sentence
 * (`problems`) and the same sentence with the path of the offending member and a suggestion (`details`), so a
 * broken file never stops linting and its problems can be shown on the key at fault.
 */
export function validateConfig(
  raw: unknown,
  rules: readonly Rule[],
): { config: Config; problems: string[]; details: ConfigProblem[] } {
  const problems: string[] = [];
  const details: ConfigProblem[] = [];
  const add = (message: string, path: (string | number)[], suggestion?: string): void => {
    const text = message + didYouMean(suggestion);
    problems.push(text);
    details.push(suggestion === undefined ? { message: text, path } : { message: text, path, suggestion });
  };
  const config: Config = {};
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    add('the configuration must be a JSON object', []);
    return { config, problems, details };
  }
  const byId = new Map(rules.map((r) => [r.meta.id, r]));
  const ruleIds = [...byId.keys()];
  for (const [key, value] of Object.entries(raw as Record<string, unknown>)) {
    if (key === '$schema') continue;
    if (key === 'ignoreWords') {
      const bad = Array.isArray(value) ? value.findIndex((v) => typeof v !== 'string') : -2;
      if (bad === -1) config.ignoreWords = value as string[];
      else add('"ignoreWords" must be a list of strings', bad >= 0 ? ['ignoreWords', bad] : ['ignoreWords']);
      continue;
    }
    if (key === 'fixAll') {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        add('"fixAll" must be a list of rule ids', ['fixAll']);
        continue;
      }
      config.fixAll = [];
      value.forEach((id: string, index) => {
        if (byId.has(id)) config.fixAll?.push(id);
        else add(`"fixAll": unknown rule "${id}"`, ['fixAll', index], closestName(id, ruleIds));
      });
      continue;
    }
    if (key === 'sources') {
      if (
        typeof value === 'object' &&
        value !== null &&
        !Array.isArray(value) &&
        Object.values(value).every((v) => typeof v === 'string')
      )
        config.sources = value as Record<string, string>;
      else add('"sources" must map globs of documents to source paths', ['sources']);
      continue;
    }
    if (key === 'ignoreFindings') {
      if (!Array.isArray(value)) {
        add('"ignoreFindings" must be a list of { "rule", "text", "file" } entries', ['ignoreFindings']);
        continue;
      }
      config.ignoreFindings = [];
      (value as unknown[]).forEach((entry, index) => {
        const e = entry as Record<string, unknown> | null;
        if (
          typeof e !== 'object' ||
          e === null ||
          typeof e.rule !== 'string' ||
          typeof e.text !== 'string' ||
          (e.file !== undefined && typeof e.file !== 'string')
        ) {
          add('"ignoreFindings": each entry needs a "rule" and a "text" (strings) and may name a "file"', [
            'ignoreFindings',
            index,
          ]);
          return;
        }
        if (!byId.has(e.rule))
          add(`"ignoreFindings": unknown rule "${e.rule}"`, ['ignoreFindings', index, 'rule'], closestName(e.rule, ruleIds));
        config.ignoreFindings?.push(
          typeof e.file === 'string' ? { rule: e.rule, text: e.text, file: e.file } : { rule: e.rule, text: e.text },
        );
      });
      continue;
    }
    if (key !== 'rules') {
      const suggestion = closestName(key, ['$schema', ...CONFIG_KEYS]);
      const expected = CONFIG_KEYS.map((k) => `"${k}"`);
      const list = `${expected.slice(0, -1).join(', ')} or ${expected[expected.length - 1] ?? ''}`;
      add(`unknown setting "${key}"${suggestion === undefined ? ` (expected ${list})` : ''}`, [key], suggestion);
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      add('"rules" must be an object that maps rule ids to settings', ['rules']);
      continue;
    }
    config.rules = {};
    for (const [id, setting] of Object.entries(value as Record<string, unknown>)) {
      const rule = byId.get(id);
      if (!rule) {
        add(`unknown rule "${id}"`, ['rules', id], closestName(id, ruleIds));
        continue;
      }
      if (isSeverity(setting)) {
        config.rules[id] = setting;
        continue;
      }
      if (typeof setting !== 'object' || setting === null || Array.isArray(setting)) {
        const suggestion = typeof setting === 'string' ? closestName(setting, SEVERITIES) : undefined;
        add(`rule "${id}": expected one of ${SEVERITIES.join(', ')} or an object`, ['rules', id], suggestion);
        continue;
      }
      const kept: Record<string, unknown> = {};
      for (const [opt, optValue] of Object.entries(setting as Record<string, unknown>)) {
        if (opt === 'severity') {
          if (isSeverity(optValue)) kept.severity = optValue;
          else {
            const suggestion = typeof optValue === 'string' ? closestName(optValue, SEVERITIES) : undefined;
            add(`rule "${id}": severity must be one of ${SEVERITIES.join(', ')}`, ['rules', id, opt], suggestion);
          }
          continue;
        }
        const schema = rule.meta.options?.[opt];
        if (!schema) {
          add(
            `rule "${id}": unknown option "${opt}"`,
            ['rules', id, opt],
            closestName(opt, ['severity', ...Object.keys(rule.meta.options ?? {})]),
          );
          continue;
        }
        const problem = checkValue(optValue, schema);
        if (problem) add(`rule "${id}": option "${opt}" ${problem}`, ['rules', id, opt]);
        else kept[opt] = optValue;
      }
      config.rules[id] = kept;
    }
  }
  return { config, problems, details };
}

function checkValue(value: unknown, schema: JsonSchema): string | undefined {
  switch (schema.type) {
    case 'array':
      if (!Array.isArray(value)) return 'must be a list';
      if ((schema.items as JsonSchema | undefined)?.type === 'string' && !value.every((v) => typeof v === 'string'))
        return 'must be a list of strings';
      return undefined;
    case 'object':
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'must be an object';
      if (
        (schema.additionalProperties as JsonSchema | undefined)?.type === 'string' &&
        !Object.values(value).every((v) => typeof v === 'string')
      )
        return 'must map names to strings';
      return undefined;
    case 'number':
    case 'integer':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : 'must be a number';
    case 'boolean':
      return typeof value === 'boolean' ? undefined : 'must be true or false';
    case 'string':
      return typeof value === 'string' ? undefined : 'must be a string';
    default:
      return undefined;
  }
}

/** The JSON schema of `.copydesk.json`, generated from the rules' metadata. */
export function configSchema(rules: readonly Rule[]): JsonSchema {
  const severity = { type: 'string', enum: [...SEVERITIES] };
  const ruleProps: Record<string, JsonSchema> = {};
  for (const rule of rules) {
    const { id, description, defaultSeverity, options } = rule.meta;
    ruleProps[id] = {
      description: `${description} Default: ${defaultSeverity}.`,
      oneOf: [
        severity,
        {
          type: 'object',
          properties: { severity, ...(options ?? {}) },
          additionalProperties: false,
        },
      ],
    };
  }
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'Copydesk configuration (.copydesk.json)',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      rules: { type: 'object', properties: ruleProps, additionalProperties: false },
      ignoreWords: {
        description: 'Words and phrases that no rule reports.',
        type: 'array',
        items: { type: 'string' },
      },
      fixAll: {
        description:
          'Rules whose safe fixes that restyle copy are also applied by fix-all, --fix and fix on save. Clean-up fixes (page furniture, cut-off teasers, a doubled word) always are.',
        type: 'array',
        items: { type: 'string', enum: rules.filter((r) => r.meta.fixable).map((r) => r.meta.id) },
      },
      sources: {
        description:
          "Rewrites mapped to the stories they were rewritten from: a glob of documents (relative to this file) to a source path (relative to the document); {name} is the document's name without its extension.",
        type: 'object',
        additionalProperties: { type: 'string' },
      },
      ignoreFindings: {
        description: 'Findings dismissed with "Ignore this finding": the rule, the flagged text and the document.',
        type: 'array',
        items: {
          type: 'object',
          properties: { rule: { type: 'string' }, text: { type: 'string' }, file: { type: 'string' } },
          required: ['rule', 'text'],
          additionalProperties: false,
        },
      },
    },
    additionalProperties: false,
  };
}

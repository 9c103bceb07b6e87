/**
 * Writes the per-rule settings of the VS Code extension (`copydesk.rule.<id>`
 * in package.json's `contributes.configuration`) from the rules' metadata, so
 * that each rule's severity has a drop-down in the Settings UI. `npm run
 * generate` runs it after tools/generate.ts; `--check` writes nothing and
 * fails when package.json is stale (test/editors/manifest.test.ts runs it).
 *
 * The value `default` leaves the rule to `copydesk.rules`, `.copydesk.json`
 * and the rule's own default; any other value sets the rule's severity (see
 * client/src/settings.ts for the precedence).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES, SEVERITIES, type Rule } from '../server/src/core';

export const RULE_SETTING_PREFIX = 'copydesk.rule.';
/** The value that sets nothing: the rule keeps what `copydesk.rules`, `.copydesk.json` or its default says. */
export const RULE_SETTING_DEFAULT = 'default';

const SEVERITY_WORDS: Record<string, string> = {
  off: 'Off: the rule reports nothing.',
  hint: 'Hint: shown faintly in the editor, not in the Problems panel.',
  info: 'Info: listed in the Problems panel as information.',
  warning: 'Warning.',
  error: 'Error.',
};

export function ruleSetting(rule: Rule): Record<string, unknown> {
  const m = rule.meta;
  return {
    type: 'string',
    enum: [RULE_SETTING_DEFAULT, ...SEVERITIES],
    enumDescriptions: [
      `The rule's default (${m.defaultSeverity}), unless \`copydesk.rules\` or \`.copydesk.json\` sets another.`,
      ...SEVERITIES.map((s) => SEVERITY_WORDS[s] ?? s),
    ],
    default: RULE_SETTING_DEFAULT,
    scope: 'resource',
    markdownDescription: `${m.description} Default: \`${m.defaultSeverity}\`. [Rule page](command:copydesk.showRuleDoc?${encodeURIComponent(JSON.stringify([m.id]))})`,
  };
}

type Manifest = { contributes?: { configuration?: { properties?: Record<string, unknown> } } };

/** package.json's text with the per-rule settings of `rules` in place of the old ones (other settings keep their order). */
export function withRuleSettings(pkgText: string, rules: readonly Rule[] = RULES): string {
  const pkg = JSON.parse(pkgText) as Manifest;
  const properties = pkg.contributes?.configuration?.properties;
  if (!properties) throw new Error('package.json has no contributes.configuration.properties');
  const kept = Object.entries(properties).filter(([key]) => !key.startsWith(RULE_SETTING_PREFIX));
  const generated = [...rules]
    .sort((a, b) => a.meta.id.localeCompare(b.meta.id))
    .map((r) => [`${RULE_SETTING_PREFIX}${r.meta.id}`, ruleSetting(r)] as const);
  // Right after `copydesk.rules`, the setting they refine.
  const at = kept.findIndex(([key]) => key === 'copydesk.rules');
  const entries = at === -1 ? [...kept, ...generated] : [...kept.slice(0, at + 1), ...generated, ...kept.slice(at + 1)];
  (pkg.contributes as { configuration: { properties: Record<string, unknown> } }).configuration.properties =
    Object.fromEntries(entries);
  return JSON.stringify(pkg, null, 2) + '\n';
}

if (require.main === module) {
  const path = join(__dirname, '../../package.json');
  const old = readFileSync(path, 'utf8');
  const updated = withRuleSettings(old);
  if (process.argv.includes('--check')) {
    if (updated !== old) {
      console.error('stale generated file (run `npm run generate`):\n  package.json (the copydesk.rule.* settings)');
      process.exit(1);
    }
  } else if (updated !== old) {
    writeFileSync(path, updated);
  }
}

/**
 * The package manifest as the marketplace, npm and VS Code read it: the
 * listing's fields, the per-rule settings generated from the rules' metadata,
 * the `.article` defaults, and what the two packages may carry.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import picomatch from 'picomatch';
import { RULES, SEVERITIES } from '../../server/src/core';
import { DEFAULT_MAX_DIAGNOSTICS, isMaxDiagnostics, MAX_DIAGNOSTICS_CEILING } from '../../server/src/protocol';
import { RULE_SETTING_DEFAULT, RULE_SETTING_PREFIX, withRuleSettings } from '../../tools/generate-settings';
import { REPO_ROOT } from '../lsp/helpers/client';

interface Manifest {
  name: string;
  version: string;
  private?: boolean;
  license?: string;
  icon?: string;
  repository?: { url?: string };
  main?: string;
  bin?: Record<string, string>;
  files?: string[];
  contributes: {
    configurationDefaults?: Record<string, Record<string, unknown>>;
    configuration: { properties: Record<string, Record<string, unknown>> };
    commands: { command: string }[];
  };
}

const manifestText = readFileSync(join(REPO_ROOT, 'package.json'), 'utf8');
const manifest = JSON.parse(manifestText) as Manifest;
/** The marketplace asks for an icon of at least 128×128 pixels. */
const MIN_ICON_PIXELS = 128;

describe('the package manifest', () => {
  it('carries what a marketplace listing needs: icon, repository, licence, changelog', () => {
    assert.equal(manifest.private, undefined, 'not private: npm pack and vsce need it publishable');
    assert.equal(manifest.license, 'MIT');
    assert.ok(existsSync(join(REPO_ROOT, 'LICENSE')));
    assert.match(manifest.repository?.url ?? '', /^git\+https:\/\/.+\.git$/);
    const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    assert.match(changelog, /^# Changelog\n/);
    assert.match(
      changelog,
      new RegExp(`^## ${manifest.version.replace(/\./g, '\\.')}$`, 'm'),
      'the current version has its entry',
    );
    const png = readFileSync(join(REPO_ROOT, manifest.icon ?? 'missing'));
    assert.equal(png.toString('latin1', 1, 4), 'PNG');
    assert.equal(png.toString('latin1', 12, 16), 'IHDR');
    const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)];
    assert.ok(width >= MIN_ICON_PIXELS && width === height, `the icon is ${width}×${height}`);
  });

  it("npm's file list covers what the bins, main and rule links load", () => {
    const files = manifest.files ?? [];
    for (const bin of Object.values(manifest.bin ?? {})) {
      assert.ok(existsSync(join(REPO_ROOT, bin)), `${bin} exists`);
      // `require('../dist/x.js')`, or a path joined from the bin's folder (bin/copydesk.js runs its bundle through
      // the code cache).
      const source = readFileSync(join(REPO_ROOT, bin), 'utf8');
      const found = /require\('\.\.\/(dist\/[\w-]+\.js)'\)|join\(__dirname, '\.\.', 'dist', '([\w-]+\.js)'\)/.exec(source);
      const target = found?.[1] ?? (found?.[2] ? `dist/${found[2]}` : undefined);
      if (target) assert.ok(existsSync(join(REPO_ROOT, target)), `${target} exists`);
      assert.ok(target, `${bin} loads a bundle`);
      assert.ok(files.includes('dist/*.js'), `${target} is packed`);
    }
    for (const needed of ['bin/', 'dist/docs/', 'docs/', 'copydesk.schema.json', 'THIRD-PARTY-NOTICES.md', 'CHANGELOG.md']) {
      assert.ok(files.includes(needed), `${needed} is in "files"`);
    }
  });

  it('.vscodeignore lets in every file the extension manifest points at', () => {
    const allowed = readFileSync(join(REPO_ROOT, '.vscodeignore'), 'utf8')
      .split('\n')
      .filter((l) => l.startsWith('!'))
      .map((l) => l.slice(1));
    const pkg = JSON.parse(manifestText) as {
      contributes: { grammars: { path: string }[]; languages: { configuration?: string }[]; jsonValidation: { url: string }[] };
    };
    const referenced = [
      manifest.main ?? '',
      manifest.icon ?? '',
      ...pkg.contributes.grammars.map((g) => g.path),
      ...pkg.contributes.languages.flatMap((l) => (l.configuration ? [l.configuration] : [])),
      ...pkg.contributes.jsonValidation.map((j) => j.url),
    ].map((p) => p.replace(/^\.\//, ''));
    for (const file of referenced) {
      assert.ok(
        allowed.some((p) => picomatch(p, { dot: true })(file)),
        `${file} is let into the .vsix`,
      );
      assert.ok(existsSync(join(REPO_ROOT, file)) || file.startsWith('dist/'), `${file} exists`);
    }
  });

  it('wraps .article documents by default', () => {
    assert.deepEqual(manifest.contributes.configurationDefaults?.['[article]'], { 'editor.wordWrap': 'on' });
  });

  it('has one severity setting per rule, generated from the rules metadata (npm run generate)', () => {
    const run = spawnSync(process.execPath, [join(REPO_ROOT, 'out/tools/generate-settings.js'), '--check'], {
      encoding: 'utf8',
    });
    assert.equal(run.status, 0, run.stderr);
    const properties = manifest.contributes.configuration.properties;
    const perRule = Object.keys(properties).filter((k) => k.startsWith(RULE_SETTING_PREFIX));
    assert.deepEqual(perRule.sort(), RULES.map((r) => `${RULE_SETTING_PREFIX}${r.meta.id}`).sort());
    for (const rule of RULES) {
      const setting = properties[`${RULE_SETTING_PREFIX}${rule.meta.id}`] ?? {};
      assert.deepEqual(setting.enum, [RULE_SETTING_DEFAULT, ...SEVERITIES]);
      assert.equal(setting.default, RULE_SETTING_DEFAULT, 'unset by default, so copydesk.rules and .copydesk.json still apply');
      assert.equal((setting.enumDescriptions as string[]).length, SEVERITIES.length + 1);
      assert.match(String(setting.markdownDescription), new RegExp(`Default: \`${rule.meta.defaultSeverity}\``));
    }
    assert.ok(properties['copydesk.rules'], 'the object setting stays, for compatibility');
  });

  it("copydesk.maxDiagnostics has the server's default and range", () => {
    const setting = manifest.contributes.configuration.properties['copydesk.maxDiagnostics'] ?? {};
    assert.equal(setting.default, DEFAULT_MAX_DIAGNOSTICS);
    assert.equal(setting.minimum, 1);
    assert.equal(setting.maximum, MAX_DIAGNOSTICS_CEILING);
    assert.ok(isMaxDiagnostics(setting.default) && !isMaxDiagnostics(0) && !isMaxDiagnostics(MAX_DIAGNOSTICS_CEILING + 1));
  });

  it('every setting but the per-rule ones has a row in the settings table of docs/vscode.md', () => {
    const docs = readFileSync(join(REPO_ROOT, 'docs', 'vscode.md'), 'utf8');
    const rows = new Set([...docs.matchAll(/^\| `(copydesk\.[\w.<>]+)`/gm)].map((m) => m[1]));
    const settings = Object.keys(manifest.contributes.configuration.properties).filter((k) => !k.startsWith(RULE_SETTING_PREFIX));
    assert.deepEqual(
      settings.filter((k) => !rows.has(k)),
      [],
    );
  });

  it('regenerating the per-rule settings keeps every other setting and its order, and drops a removed rule', () => {
    const pkg = JSON.parse(manifestText) as Manifest;
    pkg.contributes.configuration.properties[`${RULE_SETTING_PREFIX}no-such-rule`] = { type: 'string' };
    const regenerated = JSON.parse(withRuleSettings(JSON.stringify(pkg))) as Manifest;
    const keys = Object.keys(regenerated.contributes.configuration.properties);
    assert.ok(!keys.includes(`${RULE_SETTING_PREFIX}no-such-rule`));
    assert.deepEqual(
      keys.filter((k) => !k.startsWith(RULE_SETTING_PREFIX)),
      Object.keys(manifest.contributes.configuration.properties).filter((k) => !k.startsWith(RULE_SETTING_PREFIX)),
    );
    assert.equal(withRuleSettings(manifestText), manifestText, 'the committed manifest is what the generator writes');
  });

  it('contributes the rule documentation command', () => {
    assert.ok(manifest.contributes.commands.some((c) => c.command === 'copydesk.showRuleDoc'));
  });
});

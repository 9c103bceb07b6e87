/**
 * Writes every file derived from the rules' metadata (the single source):
 * - copydesk.schema.json (the `.copydesk.json` schema),
 * - the metadata block at the top of each docs/rules/<id>.md,
 * - the rules table in README.md,
 * - the per-rule entries of the `copydesk.rules` setting in package.json.
 * `--check` writes nothing and fails if any of them is stale (a test runs it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { configSchema, RULES, SEVERITIES, type Rule, type RuleMeta } from '../server/src/core';

const root = join(__dirname, '../..');
const check = process.argv.includes('--check');
const stale: string[] = [];

function put(relPath: string, content: string): void {
  const path = join(root, relPath);
  const old = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (old === content) return;
  if (check) stale.push(relPath);
  else writeFileSync(path, content);
}

function between(text: string, start: string, end: string, body: string, file: string): string {
  const a = text.indexOf(start);
  const b = text.indexOf(end);
  if (a === -1 || b === -1 || b < a) throw new Error(`${file}: markers ${start} ... ${end} not found`);
  return text.slice(0, a + start.length) + '\n' + body + text.slice(b);
}

function optionsTable(rule: Rule): string {
  const options = Object.entries(rule.meta.options ?? {});
  if (options.length === 0) return '';
  const rows = options.map(([name, schema]) => {
    const type = schema.type === 'array' ? 'list of strings' : String(schema.type);
    return `| \`${name}\` | ${type} | ${typeof schema.description === 'string' ? schema.description : ''} |`;
  });
  return ['', '| Option | Type | Meaning |', '| --- | --- | --- |', ...rows].join('\n');
}

function docHeader(rule: Rule): string {
  const m = rule.meta;
  return [
    `> ${m.description}`,
    '',
    `- Default severity: \`${m.defaultSeverity}\``,
    `- Fixable: ${fixability(m)}`,
    `- Kind: ${m.tags.join(', ')}`,
    `- Disable for a line: \`<!-- copydesk-disable-next-line ${m.id} -->\``,
    `- Configure in \`.copydesk.json\`: \`{ "rules": { "${m.id}": "warning" } }\``,
    optionsTable(rule),
    '',
  ].join('\n');
}

// 1. The config schema.
put('copydesk.schema.json', JSON.stringify(configSchema(RULES), null, 2) + '\n');

// 2. Doc page headers.
for (const rule of RULES) {
  const file = `docs/rules/${rule.meta.id}.md`;
  const path = join(root, file);
  if (!existsSync(path)) {
    stale.push(`${file} (missing)`);
    continue;
  }
  const text = readFileSync(path, 'utf8');
  put(file, between(text, '<!-- generated:start -->', '<!-- generated:end -->', docHeader(rule), file));
}

// 3. The README's rules table.
const table = [
  '| Rule | What it finds | Default | Fixable |',
  '| --- | --- | --- | --- |',
  ...RULES.map(
    (r) =>
      `| [\`${r.meta.id}\`](docs/rules/${r.meta.id}.md) | ${r.meta.description} | ${r.meta.defaultSeverity} | ${fixability(r.meta)} |`,
  ),
  '',
].join('\n');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
put('README.md', between(readme, '<!-- rules:start -->', '<!-- rules:end -->', table, 'README.md'));

// 4. The per-rule entries of the `copydesk.rules` setting.
const pkgText = readFileSync(join(root, 'package.json'), 'utf8');
const pkg = JSON.parse(pkgText) as { contributes?: { configuration?: { properties?: Record<string, Record<string, unknown>> } } };
const setting = pkg.contributes?.configuration?.properties?.['copydesk.rules'];
if (!setting) {
  stale.push('package.json (no contributes.configuration.properties["copydesk.rules"])');
} else {
  setting.properties = Object.fromEntries(
    RULES.map((r) => [
      r.meta.id,
      {
        description: `${r.meta.description} Default: ${r.meta.defaultSeverity}.`,
        anyOf: [
          { type: 'string', enum: [...SEVERITIES] },
          { type: 'object', properties: { severity: { type: 'string', enum: [...SEVERITIES] }, ...(r.meta.options ?? {}) } },
        ],
      },
    ]),
  );
  put('package.json', JSON.stringify(pkg, null, 2) + '\n');
}

if (stale.length) {
  console.error(`${check ? 'stale generated files' : 'could not generate'} (run \`npm run generate\`):\n  ${stale.join('\n  ')}`);
  process.exit(1);
}

/** How a rule's fixes are applied: by fix-all (clean-up), as quick fixes (rewrites, unless opted in), or not at all. */
function fixability(meta: RuleMeta): string {
  if (!meta.fixable) return 'no';
  return meta.fixKind === 'cleanup' ? 'yes (fix-all)' : 'quick fix';
}

/**
 * Writes every file derived from the rules' metadata (the single source):
 * - copydesk.schema.json (the `.copydesk.json` schema),
 * - the metadata block at the top of each docs/rules/<id>.md,
 * - the rules table in README.md,
 * - the per-rule entries of the `copydesk.rules` setting in package.json,
 * - and, from write-good's own packages rather than from metadata, the word
 *   lists of its checks in server/src/core/analysis/phrases-data.ts, and the
 *   trie that analysis/phrases.ts walks, built from those same lists (not the
 *   compiled phrases-data.js, which may be the stale one) by its `buildTrie`
 *   and written by its `encodeTrie` into
 *   server/src/core/analysis/phrases-trie-data.ts, each typed array a JSON
 *   text: a process reads it at first use with `JSON.parse` instead of
 *   building it (cold, 1.4-1.6 ms of CPU against 14-22; test/core/
 *   phrases-trie.test.ts compares it with a trie built from the lists).
 * `--check` writes nothing and fails if any of them is stale (a test runs it).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import * as prettier from 'prettier';
import { configSchema, RULES, SEVERITIES, type Rule, type RuleMeta } from '../server/src/core';
import { buildTrie, encodeTrie, type TrieLists } from '../server/src/core/analysis/phrases';

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

// 5. write-good's word lists, and the trie built from them.
const dataFile = 'server/src/core/analysis/phrases-data.ts';
const trieFile = 'server/src/core/analysis/phrases-trie-data.ts';

async function main(): Promise<void> {
  const { source, lists } = phrasesData();
  await putFormatted(dataFile, source);
  await putFormatted(trieFile, trieData(lists));
  finish();
}

async function putFormatted(file: string, text: string): Promise<void> {
  const path = join(root, file);
  put(file, await prettier.format(text, { ...(await prettier.resolveConfig(path)), filepath: path }));
}

function finish(): void {
  if (stale.length) {
    console.error(
      `${check ? 'stale generated files' : 'could not generate'} (run \`npm run generate\`):\n  ${stale.join('\n  ')}`,
    );
    process.exit(1);
  }
}

/** How a rule's fixes are applied: by fix-all (clean-up), as quick fixes (rewrites, unless opted in), or not at all. */
function fixability(meta: RuleMeta): string {
  if (!meta.fixable) return 'no';
  return meta.fixKind === 'cleanup' ? 'yes (fix-all)' : 'quick fix';
}

// ---------------------------------------------------------------- write-good's word lists

/**
 * What write-good's checks build, read by running each package's own file in
 * a sandbox and taking its regular expression and lists from there. Each list
 * is then checked: the expression is rebuilt from the list in the shape that
 * analysis/phrases.ts reproduces and must equal the package's own, character
 * for character, so a package that changed its boundaries or syntax stops the
 * generation instead of drifting.
 */
const SEPARATORS = '[\\b\\s\\u200C]*';

function evaluate(pkg: string, names: string[]): Record<string, unknown> {
  const file = require.resolve(pkg);
  const context = createContext({ require: () => () => [], module: { exports: {} }, exports: {} });
  runInContext(readFileSync(file, 'utf8'), context, { filename: file });
  return runInContext(`({ ${names.join(', ')} })`, context) as Record<string, unknown>;
}

function packageVersion(pkg: string): string {
  let dir = dirname(require.resolve(pkg));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string }).version;
}

function regexOf(value: unknown, what: string): { source: string; flags: string } {
  if (Object.prototype.toString.call(value) !== '[object RegExp]') throw new Error(`${what} is not a regular expression`);
  const re = value as RegExp;
  return { source: re.source, flags: re.flags };
}

function stringsOf(value: unknown, what: string): string[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`);
  return value.map((v: unknown) => {
    if (typeof v !== 'string') throw new Error(`${what} is not a list of strings`);
    return v;
  });
}

/** The alternatives of `source` between `before` and `after`, split at top-level bars. */
function alternatives(source: string, before: string, after: string, what: string): string[] {
  if (!source.startsWith(before) || !source.endsWith(after))
    throw new Error(`${what}: unexpected expression ${source.slice(0, 80)}`);
  return source.slice(before.length, source.length - after.length).split('|');
}

/**
 * A phrase as phrases.ts reads it: lower-case ASCII letters, digits, `'`, `,`, `-` and spaces,
 * and at most a final `?` (write-good's lists write "cease?", which its expression reads as an
 * optional last letter). Anything else would be syntax that phrases.ts does not reproduce.
 */
function checkPhrase(phrase: string, what: string): string {
  const lower = phrase.toLowerCase();
  if (!/^[a-z0-9][a-z0-9',\- ]*\??$/.test(lower) || / {2}/.test(lower) || (lower.endsWith('?') && !/[a-z]\?$/.test(lower)))
    throw new Error(`${what}: phrase ${JSON.stringify(phrase)} has syntax that phrases.ts does not reproduce`);
  return lower;
}

function same(rebuilt: string, source: string, what: string): void {
  if (rebuilt !== source) throw new Error(`${what}: the expression is no longer the shape phrases.ts reproduces`);
}

function snippet(pkg: string, text: string): void {
  if (!readFileSync(require.resolve(pkg), 'utf8').includes(text)) throw new Error(`${pkg}: its code no longer contains ${text}`);
}

function phrasesData(): { source: string; lists: TrieLists } {
  const lists: { name: string; doc: string; values: string[] }[] = [];
  const versions: Record<string, string> = {};
  const list = (name: string, doc: string, values: string[]): void => void lists.push({ name, doc, values });

  // no-cliches: \b(phrase|phrase|...)\b, a space in a phrase being any run of separators.
  {
    const { clicheRegex } = evaluate('no-cliches', ['clicheRegex']);
    const re = regexOf(clicheRegex, 'no-cliches');
    const phrases = alternatives(re.source, '\\b(', ')\\b', 'no-cliches').map((a) => a.split(SEPARATORS).join(' '));
    same(`\\b(${phrases.map((p) => p.replace(/ /g, SEPARATORS)).join('|')})\\b`, re.source, 'no-cliches');
    same(re.flags, 'gi', 'no-cliches flags');
    list(
      'CLICHES',
      'no-cliches: `\\b(…)\\b`, case-insensitive; a space is any run of white space, ZWNJ or backspace, or none.',
      phrases.map((p) => checkPhrase(p, 'no-cliches')),
    );
    versions['no-cliches'] = packageVersion('no-cliches');
  }
  // too-wordy: \b(?<!-)(phrase|...)\b, spaces as in no-cliches.
  {
    const { wordyRegex } = evaluate('too-wordy', ['wordyRegex']);
    const re = regexOf(wordyRegex, 'too-wordy');
    const phrases = alternatives(re.source, '\\b(?<!-)(', ')\\b', 'too-wordy').map((a) => a.split(SEPARATORS).join(' '));
    same(`\\b(?<!-)(${phrases.map((p) => p.replace(/ /g, SEPARATORS)).join('|')})\\b`, re.source, 'too-wordy');
    same(re.flags, 'gi', 'too-wordy flags');
    list(
      'TOO_WORDY',
      'too-wordy: `\\b(?<!-)(…)\\b`, case-insensitive; spaces as in CLICHES.',
      phrases.map((p) => checkPhrase(p, 'too-wordy')),
    );
    versions['too-wordy'] = packageVersion('too-wordy');
  }
  // weasel-words: \b(word|...)\b with literal spaces; "many" and "few" pass after "too ".
  {
    const { re, exceptions } = evaluate('weasel-words', ['re', 'exceptions']);
    const regex = regexOf(re, 'weasel-words');
    const words = alternatives(regex.source, '\\b(', ')\\b', 'weasel-words');
    same(`\\b(${words.join('|')})\\b`, regex.source, 'weasel-words');
    same(regex.flags, 'gi', 'weasel-words flags');
    snippet('weasel-words', "text.substr(match.index-4, 4) !== 'too '");
    list(
      'WEASELS',
      'weasel-words: `\\b(…)\\b`, case-insensitive; a space is one space character.',
      words.map((w) => checkPhrase(w, 'weasel-words')),
    );
    list(
      'WEASEL_EXCEPTIONS',
      'weasel-words: words not reported right after "too " (the four characters before them, as written).',
      stringsOf(exceptions, 'weasel-words exceptions'),
    );
    versions['weasel-words'] = packageVersion('weasel-words');
  }
  // adverb-where: \b((stem|...)(y)|(filler|...))\b
  {
    const { adverbRegex } = evaluate('adverb-where', ['adverbRegex']);
    const re = regexOf(adverbRegex, 'adverb-where');
    const m = /^\\b\(\(([a-z|]+)\)\(y\)\|\(([a-z|]+)\)\)\\b$/.exec(re.source);
    if (!m || m[1] === undefined || m[2] === undefined) throw new Error('adverb-where: unexpected expression');
    const stems = m[1].split('|');
    const fillers = m[2].split('|');
    same(`\\b((${stems.join('|')})(y)|(${fillers.join('|')}))\\b`, re.source, 'adverb-where');
    same(re.flags, 'gi', 'adverb-where flags');
    list('ADVERB_STEMS', 'adverb-where: `\\b((…)(y)|…)\\b`: a stem followed by "y" is a whole word.', stems);
    list('ADVERB_FILLERS', 'adverb-where: the filler words of the same expression, `…|(…))\\b`.', fillers);
    versions['adverb-where'] = packageVersion('adverb-where');
  }
  // passive-voice: \b(be|...)\b\s*([\w]+ed|participle|...)\b, with exceptions reported by no one.
  {
    const { re, exceptions } = evaluate('passive-voice', ['re', 'exceptions']);
    const regex = regexOf(re, 'passive-voice');
    const m = /^\\b\(([a-z|]+)\)\\b\\s\*\(\[\\w\]\+ed\|([a-z|]+)\)\\b$/.exec(regex.source);
    if (!m || m[1] === undefined || m[2] === undefined) throw new Error('passive-voice: unexpected expression');
    const be = m[1].split('|');
    const participles = m[2].split('|');
    same(`\\b(${be.join('|')})\\b\\s*([\\w]+ed|${participles.join('|')})\\b`, regex.source, 'passive-voice');
    same(regex.flags, 'gi', 'passive-voice flags');
    list('BE_VERBS', 'passive-voice: `\\b(…)\\b\\s*([\\w]+ed|…)\\b`: the forms of "to be" it starts from.', be);
    list('IRREGULAR_PARTICIPLES', 'passive-voice: the participles of the same expression that do not end in "ed".', participles);
    list(
      'PASSIVE_EXCEPTIONS',
      'passive-voice: participles matched but not reported ("was indeed").',
      stringsOf(exceptions, 'passive-voice exceptions'),
    );
    versions['passive-voice'] = packageVersion('passive-voice');
  }
  // e-prime: \b(word|...)\b on the text with curly single quotes made straight.
  {
    const { re } = evaluate('e-prime', ['re']);
    const regex = regexOf(re, 'e-prime');
    const words = alternatives(regex.source, '\\b(', ')\\b', 'e-prime');
    same(`\\b(${words.join('|')})\\b`, regex.source, 'e-prime');
    same(regex.flags, 'gi', 'e-prime flags');
    snippet('e-prime', `text.replace(/[\\u2018\\u2019]/g, "'")`);
    list(
      'TO_BE',
      'e-prime: `\\b(…)\\b`, case-insensitive, on the text with ‘ and ’ read as an apostrophe.',
      words.map((w) => checkPhrase(w, 'e-prime')),
    );
    versions['e-prime'] = packageVersion('e-prime');
  }
  // write-good's own checks: no lists, but their expressions must be the ones phrases.ts reproduces.
  {
    const own = (file: string, names: string[], expected: string[]): void => {
      const values = evaluate(`write-good/lib/${file}`, names);
      names.forEach((n, i) => same(regexOf(values[n], `${file} ${n}`).source, expected[i] ?? '', `write-good/lib/${file} ${n}`));
    };
    own('lexical-illusions', ['re', 'word'], ['(\\s*)([^\\s]+)', '\\w+']);
    own('starts-with-so', ['re', 'startsWithSoRegex'], ['([^\\n\\.;!?]+)([\\.;!?]+)', '^(\\s)*so\\b[\\s\\S]']);
    own('there-is', ['re', 'startsWithThereIsRegex'], ['([^\\n\\.;!?]+)([\\.;!?]+)', '^(\\s)*there\\b\\s(is|are)\\b']);
    versions['write-good'] = packageVersion('write-good');
  }

  const out = [
    '// Generated by tools/generate.ts (`npm run generate`) from write-good and the packages it runs: do not edit.',
    "// Each list is read from the package's own regular expression, which the generator rebuilds from the list in the",
    "// shape that analysis/phrases.ts reproduces: the lists stay write-good's, and a package that changes shape stops",
    '// the generation. The packages are MIT-licensed (see THIRD-PARTY-NOTICES.md).',
    '',
    `export const WRITE_GOOD_VERSIONS: Readonly<Record<string, string>> = ${JSON.stringify(versions)};`,
  ];
  for (const l of lists) {
    out.push('', `/** ${l.doc} */`, `export const ${l.name}: readonly string[] = ${JSON.stringify(l.values)};`);
  }
  const named = Object.fromEntries(lists.map((l) => [l.name, l.values]));
  const trieLists: TrieLists = {
    ADVERB_STEMS: listNamed(named, 'ADVERB_STEMS'),
    ADVERB_FILLERS: listNamed(named, 'ADVERB_FILLERS'),
    TO_BE: listNamed(named, 'TO_BE'),
    CLICHES: listNamed(named, 'CLICHES'),
    TOO_WORDY: listNamed(named, 'TOO_WORDY'),
    WEASELS: listNamed(named, 'WEASELS'),
    WEASEL_EXCEPTIONS: listNamed(named, 'WEASEL_EXCEPTIONS'),
    BE_VERBS: listNamed(named, 'BE_VERBS'),
    IRREGULAR_PARTICIPLES: listNamed(named, 'IRREGULAR_PARTICIPLES'),
  };
  return { source: `${out.join('\n')}\n`, lists: trieLists };
}

function listNamed(named: Record<string, string[]>, name: string): string[] {
  const values = named[name];
  if (values === undefined) throw new Error(`phrases-data: no list ${name}`);
  return values;
}

/** phrases-trie-data.ts: the trie of the lists just read, as `encodeTrie` writes it and `decodeTrie` reads it. */
function trieData(lists: TrieLists): string {
  const t = encodeTrie(buildTrie(lists));
  return [
    '// Generated by tools/generate.ts (`npm run generate`) from the lists of phrases-data.ts: do not edit. The trie',
    '// that analysis/phrases.ts walks, built by its `buildTrie`, each array a JSON text (its `encodeTrie`, `decodeTrie`).',
    '',
    '/** The characters of the alphabet after the 26 letters, in symbol order. */',
    `export const TRIE_SYMBOLS = ${JSON.stringify(t.symbols)};`,
    '/** The node records, in depth-first order. */',
    `export const TRIE_RECORDS = ${JSON.stringify(t.records)};`,
    '/** The dense rows, one after another. */',
    `export const TRIE_DENSE = ${JSON.stringify(t.dense)};`,
    '/** The terminal entries: the list, the phrase in it, the next entry of the same node. */',
    `export const TRIE_TERM_LIST = ${JSON.stringify(t.termList)};`,
    `export const TRIE_TERM_ALT = ${JSON.stringify(t.termAlt)};`,
    `export const TRIE_TERM_NEXT = ${JSON.stringify(t.termNext)};`,
  ].join('\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});

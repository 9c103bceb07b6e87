/** The CLI's reports (json, sarif, stylish), exit codes, flags and config files. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RULES } from '../../server/src/core';
import { FIXED, LEX, REPEAT, ROOT, cli, fixture, parseJson, type JsonPosition } from './helpers';

/** The offset of an LSP position, computed independently of the engine. */
function offsetOf(text: string, pos: JsonPosition): number {
  let offset = 0;
  for (let line = 0; line < pos.line; line++) {
    const m = /\r\n|\r|\n/g;
    m.lastIndex = offset;
    const found = m.exec(text);
    assert.ok(found, `line ${pos.line} is past the end`);
    offset = found.index + found[0].length;
  }
  return offset + pos.character;
}

describe('cli: help, version and usage errors', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture({ 'a.txt': REPEAT })));
  after(() => cleanup());

  it('--help lists the options and exits 0', () => {
    const run = cli(['--help'], { cwd: dir });
    assert.equal(run.status, 0);
    for (const flag of [
      '--format',
      '--fix',
      '--config',
      '--rule',
      '--max-warnings',
      '--quiet',
      '--stdin-filename',
      '--no-config',
      '--severity',
      'unix',
    ]) {
      assert.ok(run.stdout.includes(flag), `help lacks ${flag}`);
    }
  });

  it('--version prints the version from package.json', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    const run = cli(['--version'], { cwd: dir });
    assert.equal(run.status, 0);
    assert.equal(run.stdout.trim(), pkg.version);
  });

  const usage: [string, string[], RegExp][] = [
    ['an unknown flag', ['lint', '--frobnicate', 'a.txt'], /unknown option "--frobnicate"/],
    ['an unknown rule id in --rule', ['lint', '--rule', 'adverbs=off', 'a.txt'], /unknown rule "adverbs".*did you mean "adverb"/],
    ['a bad severity in --rule', ['lint', '--rule', 'adverb=loud', 'a.txt'], /bad severity "loud"/],
    ['--rule without =', ['lint', '--rule', 'adverb', 'a.txt'], /--rule expects <id>=<severity>/],
    ['an unknown format', ['lint', '--format', 'xml', 'a.txt'], /unknown format "xml"/],
    ['a misspelt format', ['lint', '--format', 'unx', 'a.txt'], /unknown format "unx" \(did you mean "unix"\?\)/],
    [
      'a bad --severity',
      ['lint', '--severity', 'warn', 'a.txt'],
      /bad --severity "warn"; expected one of hint, info, warning, error/,
    ],
    ['--quiet with a lower --severity', ['lint', '--quiet', '--severity', 'hint', 'a.txt'], /--quiet shows errors only/],
    ['a glob with a reversed class', ['lint', 'x[z-a].txt'], /bad glob "x\[z-a\]\.txt": the range "z-a" .* is reversed/],
    [
      'a brace pattern of millions',
      ['lint', `${'{a,b}'.repeat(24)}.txt`],
      /refused: its braces stand for more than 10,000 alternatives/,
    ],
    ['a bad --max-warnings', ['lint', '--max-warnings', 'many', 'a.txt'], /--max-warnings expects a whole number/],
    ['no command', [], /no command given/],
    ['an unknown command', ['check', 'a.txt'], /unknown command "check"/],
    ['a path that does not exist', ['lint', 'missing.txt'], /no such file or directory: "missing.txt"/],
    ['a glob that matches nothing', ['lint', 'nothing/*.md'], /no files matched "nothing\/\*\.md"/],
    ['a --config file that does not exist', ['lint', '--config', 'nope.json', 'a.txt'], /config file "nope.json" does not exist/],
    ['--fix with stdin', ['lint', '--fix', '-'], /--fix cannot be used with stdin/],
  ];
  for (const [what, args, message] of usage) {
    it(`exits 2 on ${what}, with a clear message`, () => {
      const run = cli(args, { cwd: dir });
      assert.equal(run.status, 2, run.stderr);
      assert.match(run.stderr, message);
    });
  }

  it('still lints the other paths when one is missing, and exits 2', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, 'missing.txt', 'a.txt'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /missing\.txt/);
    assert.deepEqual(
      parseJson(run).files.map((f) => [f.path, f.diagnostics.length]),
      [['a.txt', 1]],
    );
  });
});

describe('cli: --format json', () => {
  const emojiLine = 'Fans 🎉 cheered as the the mayor 🙂 arrived.\n';
  let dir: string;
  let cleanup: () => void;
  before(
    () =>
      ({ dir, cleanup } = fixture({
        'news/city/council.txt': `Council Votes on Budget\n\n${REPEAT}`,
        'news/emoji.txt': emojiLine,
        'news/bom.txt': `\uFEFF${REPEAT}`,
        'news/clean.md': FIXED,
      })),
  );
  after(() => cleanup());

  it('prints exactly files[].{path, diagnostics[].{rule, severity, message, range, fixes[].{title, edits[].{range, newText}}}}', () => {
    const run = cli(['lint', '--format', 'json', ...LEX, 'news'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const report = parseJson(run);
    assert.deepEqual(Object.keys(report), ['files']);
    assert.deepEqual(
      report.files.map((f) => f.path),
      ['news/bom.txt', 'news/city/council.txt', 'news/clean.md', 'news/emoji.txt'],
    );
    for (const file of report.files) {
      assert.deepEqual(Object.keys(file), ['path', 'diagnostics']);
      for (const d of file.diagnostics) {
        assert.deepEqual(Object.keys(d), ['rule', 'severity', 'message', 'range', 'fixes']);
        assert.deepEqual(Object.keys(d.range), ['start', 'end']);
        assert.deepEqual(Object.keys(d.range.start), ['line', 'character']);
        assert.equal(d.rule, 'lexical-illusion');
        assert.equal(d.severity, 'warning');
        assert.ok(d.message.length > 0);
        assert.ok(d.fixes.length > 0);
        for (const fix of d.fixes) {
          assert.deepEqual(Object.keys(fix), ['title', 'edits']);
          for (const edit of fix.edits) assert.deepEqual(Object.keys(edit), ['range', 'newText']);
        }
      }
    }
    assert.equal(report.files.find((f) => f.path === 'news/clean.md')?.diagnostics.length, 0);
  });

  it('gives 0-based positions in UTF-16 characters, and its fix edits mend the text', () => {
    const cases: [string, string][] = [
      ['news/city/council.txt', `Council Votes on Budget\n\n${REPEAT}`],
      ['news/emoji.txt', emojiLine],
      // The BOM is stripped before linting: positions are the ones an editor shows.
      ['news/bom.txt', REPEAT],
    ];
    for (const [path, text] of cases) {
      const run = cli(['lint', '--format', 'json', ...LEX, path], { cwd: dir });
      const [file] = parseJson(run).files;
      assert.equal(file?.path, path);
      const [d] = file.diagnostics;
      assert.ok(d, `no finding in ${path}`);
      const start = offsetOf(text, d.range.start);
      const end = offsetOf(text, d.range.end);
      assert.match(text.slice(start, end), /\bthe\b/, `${path}: the range covers ${JSON.stringify(text.slice(start, end))}`);
      const fix = d.fixes[0];
      assert.ok(fix);
      let fixed = text;
      for (const edit of [...fix.edits].reverse()) {
        fixed = fixed.slice(0, offsetOf(text, edit.range.start)) + edit.newText + fixed.slice(offsetOf(text, edit.range.end));
      }
      assert.equal(fixed, text.replace('the the', 'the'), path);
    }
  });

  it('lists a skipped file with an error field, and no diagnostics', () => {
    const bin = fixture({ 'data.txt': Buffer.from([0x54, 0x00, 0x01, 0x02]), 'ok.txt': REPEAT });
    try {
      const run = cli(['lint', '--format', 'json', ...LEX, '.'], { cwd: bin.dir });
      assert.equal(run.status, 0, run.stderr);
      const files = parseJson(run).files;
      assert.deepEqual(Object.keys(files[0] ?? {}), ['path', 'diagnostics', 'error']);
      assert.equal(files[0]?.path, 'data.txt');
      assert.match(files[0]?.error ?? '', /binary/);
      assert.equal(files[1]?.diagnostics.length, 1);
    } finally {
      bin.cleanup();
    }
  });
});

interface SarifLog {
  $schema: string;
  version: string;
  runs: {
    tool: {
      driver: {
        name: string;
        version: string;
        informationUri: string;
        rules: { id: string; shortDescription: { text: string }; helpUri: string; defaultConfiguration: { level: string } }[];
      };
    };
    columnKind: string;
    results: {
      ruleId: string;
      ruleIndex: number;
      level: string;
      message: { text: string };
      locations: {
        physicalLocation: {
          artifactLocation: { uri: string; uriBaseId?: string };
          region: { startLine: number; startColumn: number; endLine: number; endColumn: number };
        };
      }[];
      fixes?: { description: { text: string }; artifactChanges: { replacements: unknown[] }[] }[];
    }[];
  }[];
}

describe('cli: --format sarif', () => {
  const text = `Council Votes\n\nFans 🎉 cheered.\n${REPEAT}`;
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture({ 'city hall/vote.txt': text, 'other.md': FIXED })));
  after(() => cleanup());

  it('has the structure of SARIF 2.1.0: version, $schema, runs[0].tool.driver.rules, results', () => {
    const run = cli(['lint', '--format', 'sarif', '--rule', 'lexical-illusion=error', ...LEX, '.'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.equal(log.version, '2.1.0');
    assert.match(log.$schema, /sarif-schema-2\.1\.0\.json$|sarif-2\.1\.0/);
    assert.equal(log.runs.length, 1);
    const [sarifRun] = log.runs;
    assert.ok(sarifRun);
    const driver = sarifRun.tool.driver;
    assert.equal(driver.name, 'copydesk');
    assert.match(driver.version, /^\d+\.\d+\.\d+/);
    assert.match(driver.informationUri, /^https?:\/\//);
    assert.deepEqual(
      driver.rules.map((r) => r.id),
      RULES.map((r) => r.meta.id),
    );
    for (const rule of driver.rules) {
      const meta = RULES.find((r) => r.meta.id === rule.id)?.meta;
      assert.equal(rule.shortDescription.text, meta?.description);
      assert.match(rule.helpUri, new RegExp(`^https?://.*/docs/rules/${rule.id}\\.md$`));
      assert.ok(['none', 'note', 'warning', 'error'].includes(rule.defaultConfiguration.level));
    }
    assert.equal(sarifRun.columnKind, 'utf16CodeUnits');
    assert.equal(sarifRun.results.length, 1);
    const [result] = sarifRun.results;
    assert.ok(result);
    assert.equal(result.ruleId, 'lexical-illusion');
    assert.equal(driver.rules[result.ruleIndex]?.id, 'lexical-illusion');
    assert.equal(result.level, 'error');
    assert.ok(result.message.text.length > 0);
    const location = result.locations[0]?.physicalLocation;
    assert.ok(location);
    assert.equal(location.artifactLocation.uri, 'city%20hall/vote.txt');
    const { startLine, startColumn, endLine, endColumn } = location.region;
    assert.equal(startLine, 4);
    assert.equal(endLine, 4);
    // 1-based columns; endColumn is the column just after the region.
    assert.match(REPEAT.slice(startColumn - 1, endColumn - 1), /\bthe\b/);
    assert.ok(result.fixes && result.fixes.length > 0);
    assert.ok((result.fixes[0]?.artifactChanges[0]?.replacements.length ?? 0) > 0);
  });

  it('maps severities to SARIF levels (hint and info are notes)', () => {
    const run = cli(['lint', '--format', 'sarif', ...LEX, '--rule', 'lexical-illusion=info', '.'], { cwd: dir });
    assert.equal(run.status, 0);
    const log = JSON.parse(run.stdout) as SarifLog;
    assert.deepEqual(
      log.runs[0]?.results.map((r) => r.level),
      ['note'],
    );
  });
});

describe('cli: --format stylish (the default)', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture({ 'b.txt': `Budget\n\n${REPEAT}`, 'a.md': REPEAT, 'c.txt': FIXED })));
  after(() => cleanup());

  it('groups by file, starts each line with a clickable path:line:col, then severity, message, rule id; a summary', () => {
    const run = cli(['lint', ...LEX, '.'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const lines = run.stdout.split('\n');
    assert.match(lines[0] ?? '', /^a\.md:1:44 {2}warning {2}"the" is repeated.+ {2}lexical-illusion$/);
    assert.equal(lines[1], '');
    assert.match(lines[2] ?? '', /^b\.txt:3:44 {2}warning {2}.+ {2}lexical-illusion$/);
    assert.equal(lines[3], '');
    assert.ok(!run.stdout.includes('c.txt'), 'a clean file is not listed');
    assert.equal(lines[4], '✖ 2 problems (0 errors, 2 warnings)');
    assert.equal(lines[5], '  2 fixable with --fix');
    assert.equal(lines.length, 7);
  });

  it('aligns the columns within a file', () => {
    const two = fixture({ 'long.txt': `${REPEAT}\n\n\n\n\n\n\n\n\nAgain it rained for for hours.\n` });
    try {
      const run = cli(['lint', ...LEX, '.'], { cwd: two.dir });
      const [first, second] = run.stdout.split('\n');
      assert.match(first ?? '', /^long\.txt:1:44 {3}warning/);
      assert.match(second ?? '', /^long\.txt:11:21 {2}warning/);
    } finally {
      two.cleanup();
    }
  });

  it('uses no colour when stdout is not a terminal, and colours with --color', () => {
    const plain = cli(['lint', ...LEX, '.'], { cwd: dir });
    assert.ok(!plain.stdout.includes('\u001b['), 'escape codes in piped output');
    const forced = cli(['lint', '--color', ...LEX, '.'], { cwd: dir });
    assert.ok(forced.stdout.includes('\u001b[33m'), 'no yellow warning with --color');
    const noColor = cli(['lint', ...LEX, '.'], { cwd: dir, env: { NO_COLOR: '1' } });
    assert.ok(!noColor.stdout.includes('\u001b['));
  });

  it('prints nothing for clean files', () => {
    const run = cli(['lint', ...LEX, 'c.txt'], { cwd: dir });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, '');
  });
});

describe('cli: exit codes, --max-warnings, --quiet and --rule', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture({ 'one.txt': REPEAT, 'two.txt': `${REPEAT}\nIt rained for for hours.\n` })));
  after(() => cleanup());

  const json = (args: string[]): { status: number | null; count: number; severities: string[] } => {
    const run = cli(['lint', '--format', 'json', ...LEX, ...args, '.'], { cwd: dir });
    const diags = parseJson(run).files.flatMap((f) => f.diagnostics);
    return { status: run.status, count: diags.length, severities: diags.map((d) => d.severity) };
  };

  it('exits 0 with warnings only, 1 with an error', () => {
    assert.deepEqual(json([]), { status: 0, count: 3, severities: ['warning', 'warning', 'warning'] });
    assert.equal(json(['--rule', 'lexical-illusion=error']).status, 1);
  });

  it('exits 1 when warnings exceed --max-warnings', () => {
    assert.equal(json(['--max-warnings', '2']).status, 1);
    assert.equal(json(['--max-warnings', '3']).status, 0);
    const run = cli(['lint', ...LEX, '--max-warnings', '0', 'one.txt'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /too many warnings: 1/);
  });

  it('--quiet reports errors only, but warnings still count for --max-warnings', () => {
    assert.deepEqual(json(['--quiet']), { status: 0, count: 0, severities: [] });
    assert.equal(json(['--quiet', '--max-warnings', '0']).status, 1);
    const run = cli(['lint', '--quiet', ...LEX, '--rule', 'lexical-illusion=error', '.'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /3 problems \(3 errors, 0 warnings\)/);
  });

  it('--rule sets a severity; the last flag for a rule wins', () => {
    assert.deepEqual(json(['--rule', 'lexical-illusion=off']), { status: 0, count: 0, severities: [] });
    assert.deepEqual(json(['--rule', 'lexical-illusion=off', '--rule', 'lexical-illusion=hint']).severities, [
      'hint',
      'hint',
      'hint',
    ]);
  });
});

describe('cli: config files', () => {
  let dir: string;
  let cleanup: () => void;
  before(
    () =>
      ({ dir, cleanup } = fixture({
        '.copydesk.json': JSON.stringify({ rules: { 'lexical-illusion': 'error' } }),
        'desk/story.txt': REPEAT,
        'desk/quiet/.copydesk.json': JSON.stringify({ rules: { 'lexical-illusion': 'info' } }),
        'desk/quiet/brief.txt': REPEAT,
        'alt.json': JSON.stringify({ rules: { 'lexical-illusion': 'hint' } }),
        'broken/.copydesk.json': '{ "rules": { "lexical-illusion": "error", } }',
        'broken/story.txt': REPEAT,
        'odd/.copydesk.json': JSON.stringify({ rules: { 'no-such-rule': 'off', 'lexical-illusion': 'error' } }),
        'odd/story.txt': REPEAT,
      })),
  );
  after(() => cleanup());

  const severities = (args: string[], cwd = dir): { status: number | null; by: Record<string, string[]>; stderr: string } => {
    const run = cli(['lint', '--format', 'json', ...LEX, ...args], { cwd });
    const by: Record<string, string[]> = {};
    for (const f of parseJson(run).files) by[f.path] = f.diagnostics.map((d) => d.severity);
    return { status: run.status, by, stderr: run.stderr };
  };

  it('finds the nearest .copydesk.json by walking up from each file', () => {
    const { status, by } = severities(['desk']);
    assert.equal(status, 1);
    assert.deepEqual(by, { 'desk/quiet/brief.txt': ['info'], 'desk/story.txt': ['error'] });
  });

  it('walks up from the file, not from the current directory', () => {
    const { by } = severities(['story.txt'], join(dir, 'desk'));
    assert.deepEqual(by, { 'story.txt': ['error'] });
  });

  it('--config replaces the found files; --rule wins over it', () => {
    assert.deepEqual(severities(['--config', 'alt.json', 'desk']).by, {
      'desk/quiet/brief.txt': ['hint'],
      'desk/story.txt': ['hint'],
    });
    assert.deepEqual(severities(['--config', 'alt.json', '--rule', 'lexical-illusion=warning', 'desk']).by, {
      'desk/quiet/brief.txt': ['warning'],
      'desk/story.txt': ['warning'],
    });
  });

  it('--no-config ignores .copydesk.json', () => {
    assert.deepEqual(severities(['--no-config', 'desk/story.txt']).by, { 'desk/story.txt': ['warning'] });
  });

  it('a broken config file is named on stderr with its problem, and linting goes on with the defaults', () => {
    const { status, by, stderr } = severities(['broken']);
    assert.equal(status, 0);
    assert.deepEqual(by, { 'broken/story.txt': ['warning'] });
    // Where the JSON breaks, as path:line:col: the stray comma's closing brace.
    assert.match(stderr, /broken\/\.copydesk\.json:1:43: not valid JSON: /);
  });

  it('an unknown rule in a config file is reported, and the rest of the file still applies', () => {
    const { by, stderr } = severities(['odd']);
    assert.deepEqual(by, { 'odd/story.txt': ['error'] });
    assert.match(stderr, /odd\/\.copydesk\.json:1:11: unknown rule "no-such-rule"/);
  });

  it('reports a broken config file once, however many files it covers', () => {
    const extra = fixture({ '.copydesk.json': '[1, 2]', 'a.txt': REPEAT, 'b.txt': REPEAT, 'c/d.txt': REPEAT });
    try {
      const { stderr, by } = severities(['.'], extra.dir);
      assert.equal(Object.keys(by).length, 3);
      assert.equal(stderr.match(/\.copydesk\.json:1:1: the configuration must be a JSON object/g)?.length, 1, stderr);
    } finally {
      extra.cleanup();
    }
  });
});

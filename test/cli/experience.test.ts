/**
 * Issue 11, the command line's part: one count everywhere (problems as the Problems panel counts them, hints
 * apart), --severity, the unix format, no paths meaning ".", --fix saying what it fixed per rule and fixing only
 * clean-ups unless the config opts a rule in, and config problems placed on the offending key.
 */
import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cli, fixture, only, parseJson, positionOf } from './helpers';

// One finding of each default severity: lexical-illusion and headline-case warn, starts-with-so is info,
// there-is a hint.
const RULES = only('lexical-illusion', 'headline-case', 'starts-with-so', 'there-is');
const ARTICLE =
  '# Council Approves The Budget\n\nThe the council met on Monday.\n\n## What went wrong\n\nThere is a plan. So the vote passed.\n';

describe('cli: one count, and what is shown', () => {
  let dir: string;
  let cleanup: () => void;
  before(() => ({ dir, cleanup } = fixture({ 'story.md': ARTICLE, 'hints-only.txt': 'There is a plan to cut the budget.\n' })));
  after(() => cleanup());

  const lint = (args: string[], path = 'story.md'): { status: number | null; lines: string[] } => {
    const run = cli(['lint', ...RULES, ...args, path], { cwd: dir });
    return { status: run.status, lines: run.stdout.trimEnd().split('\n') };
  };

  it('by default shows errors and warnings, counts infos and hints too, and says how to show them', () => {
    const { status, lines } = lint([]);
    assert.equal(status, 0);
    assert.deepEqual(
      lines.map((l) => /^\S+/.exec(l)?.[0]),
      ['story.md:3:5', 'story.md:5:4', undefined, '✖', undefined, undefined],
    );
    assert.equal(lines[3], '✖ 3 problems (0 errors, 2 warnings, 1 info) · 1 hint');
    assert.equal(lines[4], '  1 fixable with --fix');
    assert.equal(lines[5], '  Not shown: 1 info, 1 hint (--severity hint shows them)');
  });

  it('--severity info shows the infos as well, and counts the hint apart', () => {
    const { lines } = lint(['--severity', 'info']);
    assert.ok(
      lines.some((l) => /^story\.md:7:18 +info +"So"/.test(l)),
      lines.join('\n'),
    );
    assert.ok(lines.includes('✖ 3 problems (0 errors, 2 warnings, 1 info) · 1 hint not shown (--severity hint shows them)'));
  });

  it('--severity hint shows the hints too, with the same count', () => {
    const { lines } = lint(['--severity', 'hint']);
    assert.ok(lines.some((l) => /^story\.md:7:1 +hint +"There is"/.test(l)));
    assert.ok(lines.includes('✖ 3 problems (0 errors, 2 warnings, 1 info) · 1 hint'));
  });

  it('--severity warning hides infos and hints, and says so', () => {
    const { lines } = lint(['--severity', 'warning']);
    assert.equal(lines.filter((l) => l.startsWith('story.md:')).length, 2);
    assert.ok(lines.includes('✖ 3 problems (0 errors, 2 warnings, 1 info) · 1 hint'));
    assert.ok(lines.includes('  Not shown: 1 info, 1 hint (--severity hint shows them)'), lines.join('\n'));
  });

  it('--quiet shows errors only, and the count stays the same', () => {
    const { status, lines } = lint(['--quiet']);
    assert.equal(status, 0);
    assert.equal(lines[0], '✖ 3 problems (0 errors, 2 warnings, 1 info) · 1 hint');
    assert.ok(lines.includes('  Not shown: 2 warnings, 1 info, 1 hint (--quiet shows errors only)'), lines.join('\n'));
  });

  it('a file with hints only prints no finding line, and a count that says so', () => {
    const { status, lines } = lint([], 'hints-only.txt');
    assert.equal(status, 0);
    assert.deepEqual(lines, ['0 problems · 1 hint not shown (--severity hint shows them)']);
  });

  it('json and sarif list every finding unless --severity or --quiet says otherwise', () => {
    const all = parseJson(cli(['lint', '--format', 'json', ...RULES, 'story.md'], { cwd: dir }));
    assert.deepEqual(
      all.files[0]?.diagnostics.map((d) => d.severity),
      ['warning', 'warning', 'hint', 'info'],
    );
    const some = parseJson(cli(['lint', '--format', 'json', '--severity', 'info', ...RULES, 'story.md'], { cwd: dir }));
    assert.deepEqual(
      some.files[0]?.diagnostics.map((d) => d.severity),
      ['warning', 'warning', 'info'],
    );
    const sarif = cli(['lint', '--format', 'sarif', ...RULES, 'story.md'], { cwd: dir });
    const log = JSON.parse(sarif.stdout) as { runs: { results: unknown[] }[] };
    assert.equal(log.runs[0]?.results.length, 4);
  });

  it('--format unix prints path:line:col: severity message [rule], one line per finding, then the count', () => {
    const run = cli(['lint', '--format', 'unix', '--color', ...RULES, 'story.md'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(
      run.stdout,
      [
        'story.md:3:5: warning "the" is repeated: delete the second one [lexical-illusion]',
        'story.md:5:4: warning Heading is in sentence case; the headline uses title case. [headline-case]',
        '',
        '3 problems (0 errors, 2 warnings, 1 info) · 1 hint',
        '  1 fixable with --fix',
        '  Not shown: 1 info, 1 hint (--severity hint shows them)',
        '',
      ].join('\n'),
      'no colour, even with --color',
    );
  });

  it('the unix and stylish positions are where the finding starts (1-based, UTF-16 columns)', () => {
    const run = cli(['lint', '--format', 'unix', '--severity', 'hint', ...RULES, 'story.md'], { cwd: dir });
    const json = parseJson(cli(['lint', '--format', 'json', ...RULES, 'story.md'], { cwd: dir }));
    const fromJson = (json.files[0]?.diagnostics ?? []).map(
      (d) => `story.md:${d.range.start.line + 1}:${d.range.start.character + 1}`,
    );
    const fromUnix = run.stdout
      .split('\n')
      .filter((l) => l.startsWith('story.md:'))
      .map((l) => l.slice(0, l.indexOf(': ')));
    assert.deepEqual(fromUnix, fromJson);
  });
});

describe('cli: no paths means the current directory', () => {
  it('lints . like ESLint, with the usual directory rules', () => {
    const { dir, cleanup } = fixture({
      'a.txt': 'The the council met.\n',
      'desk/b.md': 'The the mayor spoke.\n',
      'node_modules/c.txt': 'The the end.\n',
      '.git/d.txt': 'The the end.\n',
    });
    try {
      const run = cli(['lint', '--format', 'json', ...only('lexical-illusion')], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        parseJson(run).files.map((f) => f.path),
        ['a.txt', 'desk/b.md'],
      );
    } finally {
      cleanup();
    }
  });

  it('still exits 2 when the current directory holds nothing to lint', () => {
    const { dir, cleanup } = fixture({ 'notes.json': '{}' });
    try {
      const run = cli(['lint'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /no \.txt, \.md, \.article files found in directory "\."/);
    } finally {
      cleanup();
    }
  });
});

describe('cli: --fix cleans, says what it fixed per rule, and restyles only when the config opts in', () => {
  const OTHER = 'Fans cheered as the the mayor arrived, and and left.\n';

  it('fixes the doubled words, not the heading case (a rewrite), and counts per rule', () => {
    const { dir, cleanup } = fixture({ 'story.md': ARTICLE, 'other.txt': OTHER });
    try {
      const before = cli(['lint', ...RULES, '.'], { cwd: dir });
      // Only clean-up fixes count as fixable: the heading's case fix is a quick fix, not --fix's.
      assert.match(before.stdout, /^ {2}3 fixable with --fix$/m);
      const run = cli(['lint', '--fix', ...RULES, '.'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^Fixed 3 problems in 2 files: lexical-illusion 3\.$/m);
      const story = readFileSync(join(dir, 'story.md'), 'utf8');
      assert.ok(story.includes('## What went wrong'), 'the heading is not restyled');
      assert.ok(story.includes('So the vote passed.'), 'the sentence-opening "So" is kept');
      assert.ok(story.includes('\nThe council met on Monday.'));
      assert.equal(readFileSync(join(dir, 'other.txt'), 'utf8'), 'Fans cheered as the mayor arrived, and left.\n');
    } finally {
      cleanup();
    }
  });

  it('"fixAll" in .copydesk.json opts a rule\'s rewrites in, and the count names it', () => {
    const { dir, cleanup } = fixture({ 'story.md': ARTICLE, '.copydesk.json': JSON.stringify({ fixAll: ['headline-case'] }) });
    try {
      const before = cli(['lint', ...RULES, 'story.md'], { cwd: dir });
      assert.match(before.stdout, /^ {2}2 fixable with --fix$/m);
      const run = cli(['lint', '--fix', ...RULES, 'story.md'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^Fixed 2 problems in 1 file: headline-case 1, lexical-illusion 1\.$/m);
      assert.ok(readFileSync(join(dir, 'story.md'), 'utf8').includes('## What Went Wrong'));
    } finally {
      cleanup();
    }
  });
});

describe('cli: config problems land on the offending key, with a "did you mean"', () => {
  const config = [
    '{',
    '  "rules": {',
    '    "passive-voic": "off",',
    '    "adverb": { "severty": "off" },',
    '    "boilerplate": "eror"',
    '  },',
    '  "ignoreWord": ["very"],',
    '  "fixAll": ["headline-case", "lexical-ilusion"]',
    '}',
    '',
  ].join('\n');

  /** `path:line:col` of the first occurrence of `needle`, computed here, not by copydesk. */
  function at(needle: string): string {
    const offset = config.indexOf(needle);
    assert.ok(offset >= 0, needle);
    const pos = positionOf(config, offset);
    return `.copydesk.json:${pos.line + 1}:${pos.character + 1}`;
  }

  it('prints path:line:col of each offending key or entry, with the closest known name', () => {
    const { dir, cleanup } = fixture({ '.copydesk.json': config, 'story.txt': 'The the council met.\n' });
    try {
      const run = cli(['lint', '--format', 'json', 'story.txt'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const lines = run.stderr.trimEnd().split('\n');
      assert.deepEqual(lines, [
        `copydesk: ${at('"passive-voic"')}: unknown rule "passive-voic" (did you mean "passive-voice"?); using the defaults for it`,
        `copydesk: ${at('"severty"')}: rule "adverb": unknown option "severty" (did you mean "severity"?); using the defaults for it`,
        `copydesk: ${at('"boilerplate"')}: rule "boilerplate": expected one of off, hint, info, warning, error or an object (did you mean "error"?); using the defaults for it`,
        `copydesk: ${at('"ignoreWord"')}: unknown setting "ignoreWord" (did you mean "ignoreWords"?); using the defaults for it`,
        `copydesk: ${at('"lexical-ilusion"')}: "fixAll": unknown rule "lexical-ilusion" (did you mean "lexical-illusion"?); using the defaults for it`,
      ]);
    } finally {
      cleanup();
    }
  });

  it('places a JSON syntax error where the JSON breaks (the second comma), even when the parser gives no position', () => {
    const { dir, cleanup } = fixture({ '.copydesk.json': '{\n  "ignoreWords": ["a",, "b"]\n}\n', 'story.txt': 'Fine.\n' });
    try {
      const run = cli(['lint', 'story.txt'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      assert.match(
        run.stderr,
        /^copydesk: \.copydesk\.json:2:23: not valid JSON: Unexpected token ','; using the defaults for it$/m,
      );
    } finally {
      cleanup();
    }
  });

  it('reports at most 100 problems of one file, then how many more', () => {
    const fixAll = Array.from({ length: 5000 }, (_, i) => `no-rule-${i}`);
    const { dir, cleanup } = fixture({ '.copydesk.json': JSON.stringify({ fixAll }), 'story.txt': 'Fine.\n' });
    try {
      const run = cli(['lint', 'story.txt'], { cwd: dir });
      const lines = run.stderr.trimEnd().split('\n');
      assert.equal(lines.length, 101);
      assert.match(lines[100] ?? '', /\.copydesk\.json:1:1: and 4900 more problems; using the defaults for it$/);
    } finally {
      cleanup();
    }
  });

  it('a config problem is not an error: exit codes stay 0 / 1 / 2 as documented', () => {
    const { dir, cleanup } = fixture({
      '.copydesk.json': '{"rules":{"lexical-illusion":"error","x":"off"}}',
      'story.txt': 'The the end.\n',
    });
    try {
      writeFileSync(join(dir, 'clean.txt'), 'Fine.\n');
      assert.equal(cli(['lint', 'clean.txt'], { cwd: dir }).status, 0);
      assert.equal(cli(['lint', 'story.txt'], { cwd: dir }).status, 1);
      assert.equal(cli(['lint', 'missing.txt'], { cwd: dir }).status, 2);
    } finally {
      cleanup();
    }
  });
});

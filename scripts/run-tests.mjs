// Runs the compiled tests (build first) with Node's test runner. Node 20's
// `--test` takes no globs, so the files are listed here.
//
//   node scripts/run-tests.mjs                 every test: the fast tier, then the editor suites
//   node scripts/run-tests.mjs --fast          engine, rules, CLI, language server, properties, linearity, grammar
//   node scripts/run-tests.mjs --editors       the editor suites (test/editors: Neovim, Emacs, VS Code in code-server)
//   node scripts/run-tests.mjs core rules      only the files whose path contains one of the substrings
//
// An editor suite needs its editor (installed by scripts/setup-test-env.sh). When the editor is missing, the
// suite is skipped with the reason, unless COPYDESK_REQUIRE_EDITORS=1 (CI sets it: there a missing editor is
// a failure, so the suite runs and says what is missing).
import { existsSync, readdirSync, statSync } from 'node:fs';
import { delimiter, join, sep } from 'node:path';
import { spawnSync } from 'node:child_process';

const EDITORS_DIR = join('out', 'test', 'editors');

const codeServerDir = process.env.CODE_SERVER_DIR ?? join('.cache', 'code-server');
const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** What each editor suite needs, by a piece of its file name: [what, present?]. */
const NEEDS = {
  neovim: () => [['nvim', onPath('nvim')]],
  emacs: () => [['emacs', onPath('emacs')]],
  vscode: () => [
    [`code-server in ${codeServerDir}`, existsSync(join(codeServerDir, 'package', 'out', 'node', 'entry.js'))],
    [`Chromium at ${chromium}`, existsSync(chromium)],
  ],
};

function onPath(command) {
  return (process.env.PATH ?? '').split(delimiter).some((dir) => dir && existsSync(join(dir, command)));
}

function walk(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : path.endsWith('.test.js') ? [path] : [];
  });
}

const args = process.argv.slice(2);
const tier = args.includes('--fast') ? 'fast' : args.includes('--editors') ? 'editors' : 'all';
const filters = args.filter((a) => !a.startsWith('--'));
const isEditorSuite = (file) => file.startsWith(EDITORS_DIR + sep);

let files = walk(join('out', 'test'))
  .filter((f) => tier === 'all' || (tier === 'fast' ? !isEditorSuite(f) : isEditorSuite(f)))
  .filter((f) => filters.length === 0 || filters.some((s) => f.includes(s)))
  .sort();
if (files.length === 0) {
  console.error(
    `no test files found under out/test for ${tier === 'all' ? 'these filters' : `the ${tier} tier`} (did the build run?)`,
  );
  process.exit(1);
}

if (process.env.COPYDESK_REQUIRE_EDITORS !== '1') {
  files = files.filter((file) => {
    if (!isEditorSuite(file)) return true;
    const key = Object.keys(NEEDS).find((k) => file.includes(k));
    const missing = key ? NEEDS[key]().filter(([, present]) => !present) : [];
    if (missing.length === 0) return true;
    console.log(
      `# skipped ${file}: missing ${missing.map(([what]) => what).join(', ')} (bash scripts/setup-test-env.sh installs it)`,
    );
    return false;
  });
  if (files.length === 0) process.exit(0);
}

// Editor suites start editors and browsers: one file at a time, after the fast tier, so they never compete
// with the fast tier's language servers for the machine's cores.
const fast = files.filter((f) => !isEditorSuite(f));
const editors = files.filter(isEditorSuite);
let status = 0;
for (const [group, concurrency] of [
  [fast, 2],
  [editors, 1],
]) {
  if (group.length === 0) continue;
  const result = spawnSync(process.execPath, ['--test', `--test-concurrency=${concurrency}`, ...group], { stdio: 'inherit' });
  status ||= result.status ?? 1;
}
process.exit(status);

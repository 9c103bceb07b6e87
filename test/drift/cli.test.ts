/** `copydesk lint` with sources: --source, a document's own link, the configuration's map, and the report formats. */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { cli, fixture, only, parseJson } from '../cli/helpers';

const SOURCE = 'Storm Hits Coast\n\nThe storm flooded 40 homes on Monday, Mayor Ana Ruiz said.\n';
const REWRITE = 'Coast Storm\n\nThe storm flooded 60 homes on Monday, Mayor Ana Ruiz said.\n';
const DRIFT = only('drift-figure', 'drift-quote', 'drift-title', 'drift-name', 'drift-attribution', 'source-link');

interface RelatedJson {
  message: string;
  path: string;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('cli: --source', () => {
  it('checks the one document against the named source; JSON carries the source location', () => {
    const { dir, cleanup } = fixture({ 'wire.txt': SOURCE, 'story.txt': REWRITE });
    try {
      const run = cli(['lint', ...DRIFT, '--format', 'json', '--source', 'wire.txt', 'story.txt'], { cwd: dir });
      assert.equal(run.status, 0, run.stderr);
      const report = parseJson(run) as unknown as {
        files: { path: string; source?: string; diagnostics: { rule: string; related?: RelatedJson[] }[] }[];
      };
      const file = report.files[0];
      assert.equal(file?.source, 'wire.txt');
      const figure = file?.diagnostics.find((d) => d.rule === 'drift-figure');
      assert.ok(figure, run.stdout);
      const related = figure.related?.[0];
      assert.equal(related?.path, 'wire.txt');
      // "40 homes" on line 3 of the source, characters 18 to 26.
      assert.deepEqual(related?.range, { start: { line: 2, character: 18 }, end: { line: 2, character: 26 } });
    } finally {
      cleanup();
    }
  });

  it('prints the source location under the finding in the stylish format', () => {
    const { dir, cleanup } = fixture({ 'wire.txt': SOURCE, 'story.txt': REWRITE });
    try {
      const run = cli(['lint', ...DRIFT, '--no-color', '--source', 'wire.txt', 'story.txt'], { cwd: dir });
      assert.match(run.stdout, /"60 homes" differs from the source, which has "40 homes"/);
      assert.match(run.stdout, /↳ wire\.txt:3:19/);
    } finally {
      cleanup();
    }
  });

  it('gives SARIF related locations in the source file', () => {
    const { dir, cleanup } = fixture({ 'wire.txt': SOURCE, 'story.txt': REWRITE });
    try {
      const run = cli(['lint', ...DRIFT, '--format', 'sarif', '--source', 'wire.txt', 'story.txt'], { cwd: dir });
      const log = JSON.parse(run.stdout) as {
        runs: {
          results: {
            ruleId: string;
            relatedLocations?: {
              physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } };
            }[];
          }[];
        }[];
      };
      const result = log.runs[0]?.results.find((r) => r.ruleId === 'drift-figure');
      const location = result?.relatedLocations?.[0]?.physicalLocation;
      assert.equal(location?.artifactLocation.uri, 'wire.txt');
      assert.equal(location?.region.startLine, 3);
      assert.equal(location?.region.startColumn, 19);
    } finally {
      cleanup();
    }
  });

  it('reports no drift for a document checked against itself', () => {
    const { dir, cleanup } = fixture({ 'story.txt': REWRITE });
    try {
      const run = cli(['lint', ...DRIFT, '--format', 'json', '--source', 'story.txt', 'story.txt'], { cwd: dir });
      assert.deepEqual(parseJson(run).files[0]?.diagnostics, []);
    } finally {
      cleanup();
    }
  });

  it('refuses --source with more than one document', () => {
    const { dir, cleanup } = fixture({ 'wire.txt': SOURCE, 'a.txt': REWRITE, 'b.txt': REWRITE });
    try {
      const run = cli(['lint', '--source', 'wire.txt', 'a.txt', 'b.txt'], { cwd: dir });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--source names the source of one document/);
    } finally {
      cleanup();
    }
  });

  it('reports a missing source once, on line 1, and the other rules still run', () => {
    const { dir, cleanup } = fixture({ 'story.txt': `${REWRITE}The the end.\n` });
    try {
      const run = cli(['lint', '--format', 'json', '--source', 'nope.txt', 'story.txt'], { cwd: dir });
      const diagnostics = parseJson(run).files[0]?.diagnostics ?? [];
      const link = diagnostics.filter((d) => d.rule === 'source-link');
      assert.equal(link.length, 1);
      assert.match(link[0]?.message ?? '', /"nope\.txt" cannot be used \(cannot be read: no such file\)/);
      assert.ok(diagnostics.some((d) => d.rule === 'lexical-illusion'));
    } finally {
      cleanup();
    }
  });
});

describe('cli: links in the text and in the configuration', () => {
  it('follows a directive and front matter, relative to the document', () => {
    const { dir, cleanup } = fixture({
      'wire/storm.txt': SOURCE,
      'drafts/a.txt': `<!-- copydesk-source: ../wire/storm.txt -->\n${REWRITE}`,
      'drafts/b.md': `---\nsource: ../wire/storm.txt\n---\n\n# Coast Storm\n\nThe storm flooded 60 homes on Monday, Mayor Ana Ruiz said.\n`,
    });
    try {
      const run = cli(['lint', ...DRIFT, '--format', 'json', 'drafts'], { cwd: dir });
      const files = parseJson(run).files;
      assert.equal(files.length, 2);
      for (const file of files) {
        assert.deepEqual(
          file.diagnostics.map((d) => d.rule),
          ['drift-figure'],
          file.path,
        );
      }
    } finally {
      cleanup();
    }
  });

  it('maps many rewrites to their sources through .copydesk.json', () => {
    const { dir, cleanup } = fixture({
      '.copydesk.json': JSON.stringify({ sources: { 'drafts/*.txt': '../wire/{name}.txt' } }),
      'wire/storm.txt': SOURCE,
      'wire/calm.txt': 'Calm Day\n\nNothing happened on Tuesday.\n',
      'drafts/storm.txt': REWRITE,
      'drafts/calm.txt': 'Calm Day\n\nNothing happened on Tuesday.\n',
      'drafts/lost.txt': REWRITE,
    });
    try {
      const run = cli(['lint', ...DRIFT, '--format', 'json', 'drafts'], { cwd: dir });
      const byPath = new Map(parseJson(run).files.map((f) => [f.path, f.diagnostics.map((d) => d.rule)]));
      assert.deepEqual(byPath.get('drafts/storm.txt'), ['drift-figure']);
      assert.deepEqual(byPath.get('drafts/calm.txt'), []);
      assert.deepEqual(byPath.get('drafts/lost.txt'), ['source-link']);
    } finally {
      cleanup();
    }
  });
});

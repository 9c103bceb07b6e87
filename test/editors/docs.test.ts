/**
 * The rule pages rendered to HTML (tools/render-docs.ts), which the language
 * server links for editors that open the link in a browser: every word of a
 * page survives, the generator's markers do not show, links between pages
 * point at pages that exist, and what a page writes as HTML stays text.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { RULES } from '../../server/src/core';
import { docsLinkRewriter, markdownToHtml, renderDocs, RULES_INDEX } from '../../tools/render-docs';
import { REPO_ROOT } from '../lsp/helpers/client';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" };

/** The words a reader sees: the body's text without tags, entities decoded. */
function visibleWords(html: string): string[] {
  const body = html.slice(html.indexOf('<main>'), html.indexOf('</main>'));
  const text = body
    .replace(/<nav>.*?<\/nav>/s, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ENTITIES[e] ?? '');
  return words(text);
}

/**
 * The words a page's Markdown holds, minus what is markup: comments, link
 * targets, code fence info strings, list numbers (code blocks and code spans are kept whole).
 */
function markdownWords(markdown: string): string[] {
  const kept: string[] = [];
  let fence: string | undefined;
  for (const line of markdown.split('\n')) {
    const marker = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (marker && line.trim().startsWith(fence)) fence = undefined;
      else kept.push(line);
      continue;
    }
    if (marker) {
      fence = marker;
      continue;
    }
    // Outside code spans: drop comments, link targets and the numbers of ordered list items (markup in HTML).
    kept.push(
      line
        .replace(/^(\s*)\d{1,9}[.)]\s/, '$1')
        .split(/(`+[^`]*`+)/)
        .map((part, n) => (n % 2 === 1 ? part : part.replace(/<!--.*?-->/g, ' ').replace(/\]\([^)\s]+\)/g, ']')))
        .join(''),
    );
  }
  return words(kept.join('\n'));
}

function words(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]+/gu) ?? []).sort();
}

describe('rule pages rendered to HTML', () => {
  let out: string;
  let pages: string[];

  before(() => {
    out = mkdtempSync(join(tmpdir(), 'copydesk-docs-'));
    pages = renderDocs(REPO_ROOT, join(out, 'dist', 'docs'));
  });

  after(() => rmSync(out, { recursive: true, force: true }));

  it('renders one page per rule, the guides and an index of the rules', () => {
    for (const rule of RULES) assert.ok(pages.includes(`rules/${rule.meta.id}.html`), `${rule.meta.id} has a page`);
    for (const guide of ['cli.html', 'editors.html', 'vscode.html']) assert.ok(pages.includes(guide), guide);
    const index = readFileSync(join(out, 'dist/docs/rules', RULES_INDEX), 'utf8');
    for (const rule of RULES) assert.ok(index.includes(`href="${rule.meta.id}.html"`), `the index links ${rule.meta.id}`);
  });

  it('keeps every word of every page, and drops the generator markers', () => {
    for (const page of pages.filter((p) => p !== `rules/${RULES_INDEX}`)) {
      const markdown = readFileSync(join(REPO_ROOT, 'docs', page.replace(/\.html$/, '.md')), 'utf8');
      const html = readFileSync(join(out, 'dist/docs', page), 'utf8');
      assert.deepEqual(visibleWords(html), markdownWords(markdown), `${page}: the words a reader sees`);
      assert.doesNotMatch(html, /generated:(start|end)/, page);
      assert.doesNotMatch(html.replace(/<style>[^]*?<\/style>/, ''), /<!--/, `${page}: no comment left in the markup`);
    }
  });

  it('turns links between pages into links between the HTML pages, and every relative link resolves', () => {
    // The pages sit in dist/docs of a copy of the layout: relative links resolve against the checkout.
    const rendered = join(REPO_ROOT, 'dist', 'docs');
    for (const page of pages) {
      const html = readFileSync(join(out, 'dist/docs', page), 'utf8');
      for (const [, href] of html.matchAll(/href="([^"]+)"/g)) {
        if (!href || /^[a-z]+:/.test(href) || href.startsWith('#')) continue;
        const path = href.replace(/#.*$/, '');
        assert.ok(!path.endsWith('.md') || path.startsWith('../'), `${page}: ${href} links a page of docs/ as Markdown`);
        const target = path.endsWith('.html')
          ? join(out, 'dist/docs', dirname(page), path)
          : resolve(rendered, dirname(page), path);
        assert.ok(existsSync(target), `${page}: ${href} resolves (${target})`);
      }
    }
    const adverb = readFileSync(join(out, 'dist/docs/rules/adverb.html'), 'utf8');
    assert.match(adverb, /<a href="weasel-word\.html">weasel-word<\/a>/);
  });

  it('renders the Markdown the pages use', () => {
    const html = markdownToHtml(
      [
        '# The `copydesk` rule',
        '',
        '<!-- generated:start -->',
        '> Finds **bold** claims.',
        '<!-- generated:end -->',
        '',
        '| Option | Meaning |',
        '| --- | :---: |',
        '| `a\\|b` | one [link](other.md#x) |',
        '',
        '- first',
        '  - nested',
        '- **`-`** second',
        '',
        '1. one',
        '2. two',
        '',
        '```json',
        '{ "a": "<b>" }',
        '```',
        '',
        'A line with <script>alert(1)</script> and snake_case_word and _emphasis_.',
      ].join('\n'),
      (href) => href.replace('.md', '.html'),
    );
    assert.equal(
      html,
      [
        '<h1 id="the-copydesk-rule">The <code>copydesk</code> rule</h1>',
        '<blockquote>\n<p>Finds <strong>bold</strong> claims.</p>\n</blockquote>',
        '<table>\n<thead>\n<tr>\n<th>Option</th>\n<th style="text-align:center">Meaning</th>\n</tr>\n</thead>',
        '<tbody>\n<tr>\n<td><code>a|b</code></td>\n<td style="text-align:center">one <a href="other.html#x">link</a></td>\n</tr>',
        '</tbody>\n</table>',
        '<ul>\n<li>first\n<ul>\n<li>nested</li>\n</ul>\n</li>\n<li><strong><code>-</code></strong> second</li>\n</ul>',
        '<ol>\n<li>one</li>\n<li>two</li>\n</ol>',
        '<pre><code class="language-json">{ &quot;a&quot;: &quot;&lt;b&gt;&quot; }\n</code></pre>',
        '<p>A line with &lt;script&gt;alert(1)&lt;/script&gt; and snake_case_word and <em>emphasis</em>.</p>',
      ].join('\n'),
    );
  });

  it('keeps odd inline input as text', () => {
    assert.equal(markdownToHtml('an `unclosed code span'), '<p>an `unclosed code span</p>');
    // An empty link target is a link to the page itself (CommonMark): it stays empty, not one folder up.
    assert.equal(
      markdownToHtml('[not a link] (x) and [empty]()', docsLinkRewriter('rules', new Set(['.', 'rules']))),
      '<p>[not a link] (x) and <a href="">empty</a></p>',
    );
    assert.equal(markdownToHtml('\\*literal\\* and 2 * 3 * 4'), '<p>*literal* and 2 * 3 * 4</p>');
  });

  it('points links at the HTML pages, and anything else outside docs/ one folder further up', () => {
    const rewrite = docsLinkRewriter('rules', new Set(['.', 'rules']));
    assert.equal(rewrite('other.md#x'), 'other.html#x');
    assert.equal(rewrite('../cli.md'), '../cli.html');
    assert.equal(rewrite('../../README.md#editors'), '../../../README.md#editors');
    assert.equal(rewrite('../../schema.json'), '../../../schema.json');
    for (const kept of ['https://example.org/a.md', '#options', '/abs.md', '']) assert.equal(rewrite(kept), kept);
  });

  it('drops HTML comments, and only them', () => {
    // A comment inside a paragraph goes; one in a code span is code and stays, escaped.
    assert.equal(markdownToHtml('a <!-- hidden --> b `<!-- kept -->`'), '<p>a  b <code>&lt;!-- kept --&gt;</code></p>');
    // A marker line after a table ends it (it is not a row); words after a comment stay; an unclosed one is text.
    assert.equal(
      markdownToHtml('| a |\n| - |\n| b |\n<!-- generated:end -->\nnext\n\n<!-- note --> after\n\n<!-- open'),
      [
        '<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>b</td>\n</tr>\n</tbody>\n</table>',
        '<p>next</p>',
        '<p> after</p>',
        '<p>&lt;!-- open</p>',
      ].join('\n'),
    );
    // A comment over several lines, blank ones included.
    assert.equal(markdownToHtml('one\n\n<!--\nhidden\n\nstill hidden -->\n\ntwo'), '<p>one</p>\n<p>two</p>');
  });

  it('gives headings the anchors GitHub gives them', () => {
    assert.equal(
      markdownToHtml('## The `--fix` option\n\n## Notes\n\n## Notes\n\n## [Linked](x.md) head'),
      [
        '<h2 id="the---fix-option">The <code>--fix</code> option</h2>',
        '<h2 id="notes">Notes</h2>',
        '<h2 id="notes-1">Notes</h2>',
        '<h2 id="linked-head"><a href="x.md">Linked</a> head</h2>',
      ].join('\n'),
    );
  });

  it('the build renders the pages beside the server (dist/docs/rules)', () => {
    const built = join(REPO_ROOT, 'dist', 'docs', 'rules');
    assert.ok(existsSync(join(built, RULES_INDEX)), 'npm run build ran scripts/bundle.mjs');
    const names = readdirSync(built);
    for (const rule of RULES) assert.ok(names.includes(`${rule.meta.id}.html`), rule.meta.id);
  });
});

/**
 * Renders the documentation (docs/*.md, docs/rules/*.md) to HTML pages in
 * dist/docs/, so that an editor that opens a rule link with the system's
 * browser (Neovim, Emacs, Helix, Sublime: `codeDescription.href`) shows a
 * readable page, offline, that matches the installed version.
 *
 * markdown-it parses the pages (CommonMark, pipe tables, strikethrough), with `html`
 * off: no HTML from a page reaches the output except as escaped text. HTML
 * comments (the generator's `<!-- generated:… -->` markers) are dropped, not
 * shown; links between the pages point at the HTML pages; headings get the
 * anchors GitHub gives them.
 *
 * Run by scripts/bundle.mjs (so `npm run build` and `npm run package` make
 * the pages, and markdown-it is needed at build time only); the tests import
 * `markdownToHtml`, `docsLinkRewriter` and `renderDocs`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import MarkdownIt from 'markdown-it';

/** The page that lists every rule; the server looks for it to find the rendered folder (see lsp/convert.ts). */
export const RULES_INDEX = 'index.html';

/** A heading's anchor, as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/** The folders of docs/ rendered to HTML (relative to docs/). */
const RENDERED: ReadonlySet<string> = new Set(['.', 'rules']);

/**
 * Where a link in a page points once the page is HTML in dist/docs: a
 * relative `.md` page inside docs/ becomes its `.html` page; any other
 * relative target (the README, the schema) is one folder further up, since
 * dist/docs/ sits one level deeper than docs/.
 */
export type LinkRewriter = (href: string) => string;

export function docsLinkRewriter(pageDir: string, renderedDirs: ReadonlySet<string>): LinkRewriter {
  return (href) => {
    if (/^([a-z][a-z0-9+.-]*:|[#/]|$)/i.test(href)) return href; // absolute, in-page or empty
    const [, path = '', anchor = ''] = /^([^#]*)(.*)$/s.exec(href) ?? [];
    if (path.endsWith('.md') && renderedDirs.has(posix.dirname(posix.join(pageDir, path))))
      return `${path.slice(0, -'.md'.length)}.html${anchor}`;
    return `../${href}`;
  };
}

// ---- markdown-it ----------------------------------------------------------------

/** What a render carries: the page's link rewriter. */
type Env = { rewrite: LinkRewriter };

/**
 * An HTML comment alone on its line(s), the generator's markers: dropped. With
 * `html` off markdown-it would show it as text (and a table would take the
 * `generated:end` line after it as a row). A comment with words after its
 * `-->` is left to the paragraph, where `dropInlineComment` removes it alone.
 */
const dropCommentBlock: MarkdownIt.ParserBlock.RuleBlock = (state, startLine, endLine, silent) => {
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4 || !state.src.startsWith('<!--', start)) return false;
  for (let line = startLine; line < endLine; line++) {
    const from = line === startLine ? start + 4 : (state.bMarks[line] ?? 0);
    const text = state.src.slice(from, state.eMarks[line]);
    const close = text.indexOf('-->');
    if (close === -1) continue;
    if (text.slice(close + 3).trim() !== '') return false;
    if (!silent) state.line = line + 1;
    return true;
  }
  return false; // never closed: text, so no word is lost
};

/** An HTML comment inside a paragraph: dropped (in a code span it is code, and stays). */
const dropInlineComment: MarkdownIt.ParserInline.RuleInline = (state) => {
  if (!state.src.startsWith('<!--', state.pos)) return false;
  const close = state.src.indexOf('-->', state.pos + 4);
  if (close === -1 || close + 3 > state.posMax) return false;
  state.pos = close + 3;
  return true;
};

/** The words of an inline token as a reader sees them (text and code). */
function plainText(inline: MarkdownIt.Token | undefined): string {
  return (inline?.children ?? [])
    .filter((t) => t.type === 'text' || t.type === 'code_inline')
    .map((t) => t.content)
    .join('');
}

/** Heading ids as GitHub makes them (a repeated heading gets `-1`, `-2`), and links through the page's rewriter. */
const anchorsAndLinks: MarkdownIt.Core.RuleCore = (state) => {
  const { rewrite } = state.env as Env;
  const seen = new Map<string, number>();
  state.tokens.forEach((token, i) => {
    if (token.type === 'heading_open') {
      const id = slug(plainText(state.tokens[i + 1]));
      const n = seen.get(id) ?? 0;
      seen.set(id, n + 1);
      token.attrSet('id', n === 0 ? id : `${id}-${n}`);
    }
    for (const child of token.children ?? []) {
      const href = child.type === 'link_open' ? child.attrGet('href') : null;
      if (href !== null) child.attrSet('href', rewrite(href));
    }
  });
};

/** The 'default' preset: CommonMark, pipe tables and strikethrough; no linkify, no typographer. */
const md = new MarkdownIt('default', { html: false });
md.block.ruler.before('html_block', 'drop_comment_block', dropCommentBlock, {
  alt: ['paragraph', 'reference', 'blockquote', 'list'],
});
md.inline.ruler.before('html_inline', 'drop_comment', dropInlineComment);
md.core.ruler.push('anchors_and_links', anchorsAndLinks);

/**
 * A page's HTML, its title (the first `# heading`, as text) and its summary
 * (its first block quote as inline HTML: a rule page's one-line description).
 */
function renderPage(markdown: string, rewrite: LinkRewriter): { html: string; title: string; summary: string } {
  const env: Env = { rewrite };
  const tokens = md.parse(markdown, env);
  const h1 = tokens.findIndex((t) => t.type === 'heading_open' && t.tag === 'h1');
  const quote = tokens.findIndex((t) => t.type === 'blockquote_open');
  const summary = quote === -1 ? undefined : tokens.slice(quote).find((t) => t.type === 'inline');
  return {
    html: md.renderer.render(tokens, md.options, env).trimEnd(),
    title: h1 === -1 ? '' : plainText(tokens[h1 + 1]),
    summary: md.renderer.renderInline(summary?.children ?? [], md.options, env),
  };
}

/** Renders a page's Markdown to HTML. */
export function markdownToHtml(markdown: string, rewrite: LinkRewriter = (h) => h): string {
  return renderPage(markdown, rewrite).html;
}

// ---- pages ----------------------------------------------------------------------

export function page(title: string, body: string, nav: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${md.utils.escapeHtml(title)}</title>
<style>
:root { color-scheme: light dark; --fg: #1f2328; --bg: #fff; --muted: #59636e; --line: #d1d9e0; --code: #f6f8fa; --link: #0969da; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --bg: #0d1117; --muted: #9198a1; --line: #3d444d; --code: #151b23; --link: #4493f8; } }
body { margin: 0; background: var(--bg); color: var(--fg); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 52rem; margin: 0 auto; padding: 1.5rem 1.25rem 4rem; }
nav { font-size: 0.9rem; color: var(--muted); margin-bottom: 1rem; }
a { color: var(--link); }
h1, h2, h3 { line-height: 1.25; margin: 1.6em 0 0.6em; }
h1 { margin-top: 0.4em; padding-bottom: 0.3em; border-bottom: 1px solid var(--line); }
code, pre { font: 0.88em/1.45 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; background: var(--code); border-radius: 6px; }
code { padding: 0.15em 0.35em; }
pre { padding: 0.9em 1em; overflow-x: auto; }
pre code { padding: 0; background: none; font-size: 1em; }
blockquote { margin: 0 0 1em; padding: 0.1em 1em; color: var(--muted); border-left: 0.25em solid var(--line); }
table { border-collapse: collapse; margin: 0 0 1em; display: block; overflow-x: auto; }
th, td { border: 1px solid var(--line); padding: 0.35em 0.7em; text-align: left; vertical-align: top; }
li + li { margin-top: 0.2em; }
</style>
</head>
<body>
<main>
<nav>${nav}</nav>
${body}
</main>
</body>
</html>
`;
}

/**
 * Renders `<root>/docs/*.md` to `<root>/dist/docs/*.html` and
 * `<root>/docs/rules/*.md` to `<root>/dist/docs/rules/*.html`, plus a rules
 * index. Returns the pages written (relative to the output folder).
 */
export function renderDocs(root: string, outDir = join(root, 'dist', 'docs')): string[] {
  const written: string[] = [];
  const index: string[] = [];
  rmSync(outDir, { recursive: true, force: true });
  for (const sub of RENDERED) {
    const from = join(root, 'docs', sub);
    mkdirSync(join(outDir, sub), { recursive: true });
    const names = existsSync(from) ? readdirSync(from).sort() : [];
    for (const name of names.filter((n) => n.endsWith('.md') && statSync(join(from, n)).isFile())) {
      const id = basename(name, '.md');
      const { html, title, summary } = renderPage(readFileSync(join(from, name), 'utf8'), docsLinkRewriter(sub, RENDERED));
      const nav = `<a href="${sub === 'rules' ? '' : 'rules/'}${RULES_INDEX}">Copydesk rules</a>`;
      const kind = sub === 'rules' ? 'Copydesk rule' : 'Copydesk';
      writeFileSync(join(outDir, sub, `${id}.html`), page(`${title || id} · ${kind}`, html, nav));
      written.push(posix.join(sub, `${id}.html`));
      const link = `<a href="${md.utils.escapeHtml(id)}.html"><code>${md.utils.escapeHtml(id)}</code></a>`;
      if (sub === 'rules') index.push(`<li>${link}: ${summary}</li>`);
    }
  }
  const guides = Object.entries({ cli: 'Command line', editors: 'Editors', vscode: 'VS Code' })
    .filter(([name]) => written.includes(`${name}.html`))
    .map(([name, label]) => `<a href="../${name}.html">${label}</a>`)
    .join(' · ');
  const body = `<h1 id="copydesk-rules">Copydesk rules</h1>\n<ul>\n${index.join('\n')}\n</ul>`;
  writeFileSync(join(outDir, 'rules', RULES_INDEX), page('Copydesk rules', body, guides));
  written.push(`rules/${RULES_INDEX}`);
  return written;
}

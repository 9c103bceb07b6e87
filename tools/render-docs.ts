/**
 * Renders the documentation (docs/*.md, docs/rules/*.md) to HTML pages in
 * dist/docs/, so that an editor that opens a rule link with the system's
 * browser (Neovim, Emacs, Helix, Sublime: `codeDescription.href`) shows a
 * readable page, offline, that matches the installed version.
 *
 * The Markdown is the small subset the pages use (headings, paragraphs,
 * lists, block quotes, fenced code, pipe tables, code spans, emphasis,
 * links). Anything else comes out as escaped text: a page never loses
 * words, and no HTML from a page reaches the output except as text. HTML
 * comments (the generator's `<!-- generated:… -->` markers) are dropped.
 *
 * Run by scripts/bundle.mjs (so `npm run build` and `npm run package` make
 * the pages); the tests import `markdownToHtml` and `renderDocs`.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The page that lists every rule; the server looks for it to find the rendered folder (see lsp/convert.ts). */
export const RULES_INDEX = 'index.html';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A heading's anchor, as GitHub makes it: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[^\p{L}\p{N}\s_-]/gu, '')
    .trim()
    .replace(/\s/g, '-');
}

/**
 * Where a link in a page points once the page is HTML in dist/docs: a
 * relative `.md` page inside docs/ becomes its `.html` page; any other
 * relative target (the README, the schema) is one folder further up, since
 * dist/docs/ sits one level deeper than docs/.
 */
export type LinkRewriter = (href: string) => string;

export function docsLinkRewriter(pageDir: string, renderedDirs: ReadonlySet<string>): LinkRewriter {
  return (href) => {
    if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith('#') || href.startsWith('/')) return href;
    const hash = href.indexOf('#');
    const path = hash === -1 ? href : href.slice(0, hash);
    const anchor = hash === -1 ? '' : href.slice(hash);
    const target = normalize(join(pageDir, path));
    const dir = target.includes('/') ? target.slice(0, target.lastIndexOf('/')) : '.';
    if (path.endsWith('.md') && renderedDirs.has(dir)) return `${path.slice(0, -'.md'.length)}.html${anchor}`;
    return `../${href}`;
  };
}

/** A relative path with `.` and `..` folded (forward slashes). */
function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split(/[\\/]/)) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else out.push(part);
  }
  return out.join('/') || '.';
}

// ---- inline ---------------------------------------------------------------------

/** Marks where a rendered piece (code span, link) sits while emphasis is applied around it. */
const HOLD_OPEN = '\uE000';
const HOLD_CLOSE = '\uE001';

/** Escaped text, with the two marker characters (private use, never in a page) escaped too. */
function escapeText(text: string): string {
  return escapeHtml(text).replace(/[\uE000\uE001]/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Code spans, links, autolinks, emphasis and escapes; everything else is escaped text. */
export function renderInline(text: string, rewrite: LinkRewriter = (h) => h): string {
  const held: string[] = [];
  const hold = (html: string): string => `${HOLD_OPEN}${held.push(html) - 1}${HOLD_CLOSE}`;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    if (c === '\\' && /[\\`*_{}[\]()#+\-.!|<>~]/.test(text[i + 1] ?? '')) {
      out += hold(escapeHtml(text[i + 1] ?? ''));
      i += 2;
      continue;
    }
    if (c === '`') {
      const ticks = /^`+/.exec(text.slice(i, i + 20))?.[0] ?? '`';
      const close = text.indexOf(ticks, i + ticks.length);
      if (close !== -1) {
        let code = text.slice(i + ticks.length, close);
        if (code.length > 2 && code.startsWith(' ') && code.endsWith(' ')) code = code.slice(1, -1);
        out += hold(`<code>${escapeHtml(code)}</code>`);
        i = close + ticks.length;
        continue;
      }
      out += escapeText(ticks);
      i += ticks.length;
      continue;
    }
    if (c === '<' && text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      if (close !== -1) {
        i = close + 3;
        continue;
      }
    }
    if (c === '<') {
      const auto = /^<((?:https?|mailto|file):[^\s<>]+)>/.exec(text.slice(i, i + 2000));
      if (auto?.[1]) {
        out += hold(`<a href="${escapeHtml(auto[1])}">${escapeHtml(auto[1])}</a>`);
        i += auto[0].length;
        continue;
      }
    }
    if (c === '[') {
      const link = matchLink(text, i);
      if (link) {
        out += hold(`<a href="${escapeHtml(rewrite(link.href))}">${renderInline(link.label, rewrite)}</a>`);
        i = link.end;
        continue;
      }
    }
    out += escapeText(c);
    i++;
  }
  return emphasis(out).replace(/\uE000(\d+)\uE001/g, (_, n: string) => held[Number(n)] ?? '');
}

/** `[label](href)` at `start`: the label may hold code spans and brackets in pairs. */
function matchLink(text: string, start: number): { label: string; href: string; end: number } | undefined {
  let depth = 0;
  let i = start;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close === -1) return undefined;
      i = close;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']' && --depth === 0) break;
  }
  if (depth !== 0 || text[i + 1] !== '(') return undefined;
  const close = text.indexOf(')', i + 2);
  if (close === -1) return undefined;
  const href = text.slice(i + 2, close).trim();
  if (href === '' || /\s/.test(href)) return undefined;
  return { label: text.slice(start + 1, i), href, end: close + 1 };
}

/** `**strong**`, `*em*` and `_em_` (underscores only at word edges, so snake_case stays). Runs on escaped text with held pieces. */
function emphasis(html: string): string {
  return html
    .replace(/\*\*(?=\S)([^*]*?\S)\*\*/g, '<strong>$1</strong>')
    .replace(/(^|[^*\w])\*(?=\S)([^*]*?\S)\*(?![*\w])/g, '$1<em>$2</em>')
    .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, '$1<em>$2</em>');
}

// ---- blocks ---------------------------------------------------------------------

const FENCE = /^ {0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const HEADING = /^ {0,3}(#{1,6})\s+(.*?)\s*#*\s*$/;
const LIST_ITEM = /^( {0,3})([-*+]|\d{1,9}[.)])\s+(.*)$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(\s*\1){2,}\s*$/;

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** Whether a line starts a block other than a paragraph (so it ends a paragraph). */
function startsBlock(line: string): boolean {
  return (
    FENCE.test(line) ||
    HEADING.test(line) ||
    LIST_ITEM.test(line) ||
    /^ {0,3}>/.test(line) ||
    /^ {0,3}<!--/.test(line) ||
    THEMATIC_BREAK.test(line)
  );
}

/** The cells of a pipe-table row: split on `|` outside code spans and escapes. */
function tableCells(line: string): string[] {
  let row = line.trim();
  if (row.startsWith('|')) row = row.slice(1);
  if (row.endsWith('|') && !row.endsWith('\\|')) row = row.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  let inCode = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === '\\' && row[i + 1] === '|') {
      cell += '\\|';
      i++;
    } else if (c === '`') {
      inCode = !inCode;
      cell += c;
    } else if (c === '|' && !inCode) {
      cells.push(cell.trim());
      cell = '';
    } else cell += c;
  }
  cells.push(cell.trim());
  return cells;
}

/** Renders Markdown blocks to HTML. */
export function markdownToHtml(markdown: string, rewrite: LinkRewriter = (h) => h): string {
  return renderBlocks(markdown.replace(/\r\n?/g, '\n').split('\n'), rewrite);
}

const indentOf = (line: string): number => line.length - line.trimStart().length;

/**
 * A list from `lines[start]`: its items' lines (with the item's indent
 * removed, so nested lists and paragraphs render as blocks), whether a blank
 * line separates anything (a loose list), and where it ends.
 */
function readList(
  lines: readonly string[],
  start: number,
): { items: string[][]; ordered: boolean; start: number; loose: boolean; next: number } {
  const first = LIST_ITEM.exec(lines[start] ?? '');
  const ordered = /\d/.test(first?.[2] ?? '');
  const base = (first?.[1] ?? '').length;
  const items: string[][] = [];
  let loose = false;
  let i = start;
  for (;;) {
    const marker = LIST_ITEM.exec(lines[i] ?? '');
    if (!marker || (marker[1] ?? '').length !== base || /\d/.test(marker[2] ?? '') !== ordered) break;
    const content = base + (marker[2] ?? '').length + 1;
    const body = [marker[3] ?? ''];
    i++;
    for (; i < lines.length; i++) {
      const next = lines[i] ?? '';
      if (isBlank(next)) {
        // A blank line inside the item when the next text line is indented under it.
        let j = i;
        while (j < lines.length && isBlank(lines[j])) j++;
        if (j < lines.length && indentOf(lines[j] ?? '') > base) {
          for (; i < j; i++) body.push('');
          loose = true;
          i--;
          continue;
        }
        break;
      }
      if (indentOf(next) > base) body.push(next.slice(Math.min(content, indentOf(next))));
      else if (!startsBlock(next) && !isBlank(body[body.length - 1])) body.push(next.trim());
      else break;
    }
    items.push(body);
    // The next item may follow a blank line: the list is then loose.
    let j = i;
    while (j < lines.length && isBlank(lines[j])) j++;
    const again = LIST_ITEM.exec(lines[j] ?? '');
    if (j === i || !again || (again[1] ?? '').length !== base || /\d/.test(again[2] ?? '') !== ordered) continue;
    loose = true;
    i = j;
  }
  return { items, ordered, start: ordered ? Number.parseInt(first?.[2] ?? '1', 10) : 1, loose, next: i };
}

function renderBlocks(lines: readonly string[], rewrite: LinkRewriter): string {
  const out: string[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i] ?? '';
    if (isBlank(line)) {
      i++;
      continue;
    }
    // An HTML comment block (the generator's markers): dropped, up to its `-->`.
    if (/^ {0,3}<!--/.test(line)) {
      while (i < lines.length && !(lines[i] ?? '').includes('-->')) i++;
      i++;
      continue;
    }
    const fence = FENCE.exec(line);
    if (fence?.[1]) {
      const marker = fence[1];
      const code: string[] = [];
      i++;
      while (i < lines.length && !(lines[i] ?? '').trimStart().startsWith(marker)) code.push(lines[i++] ?? '');
      i++;
      const cls = fence[2] ? ` class="language-${escapeHtml(fence[2])}"` : '';
      out.push(`<pre><code${cls}>${escapeHtml(code.join('\n'))}${code.length ? '\n' : ''}</code></pre>`);
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading?.[1]) {
      const level = heading[1].length;
      const text = heading[2] ?? '';
      out.push(`<h${level} id="${escapeHtml(slug(text))}">${renderInline(text, rewrite)}</h${level}>`);
      i++;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) {
      out.push('<hr>');
      i++;
      continue;
    }
    if (/^ {0,3}>/.test(line)) {
      const quoted: string[] = [];
      while (i < lines.length && /^ {0,3}>/.test(lines[i] ?? '')) quoted.push((lines[i++] ?? '').replace(/^ {0,3}> ?/, ''));
      out.push(`<blockquote>\n${renderBlocks(quoted, rewrite)}\n</blockquote>`);
      continue;
    }
    if (line.includes('|') && TABLE_RULE.test(lines[i + 1] ?? '') && (lines[i + 1] ?? '').includes('-')) {
      const head = tableCells(line);
      const align = tableCells(lines[i + 1] ?? '').map((c) =>
        c.startsWith(':') && c.endsWith(':') ? 'center' : c.endsWith(':') ? 'right' : c.startsWith(':') ? 'left' : '',
      );
      const cell = (tag: string, text: string, n: number): string =>
        `<${tag}${align[n] ? ` style="text-align:${align[n]}"` : ''}>${renderInline(text, rewrite)}</${tag}>`;
      const rows: string[] = [`<thead><tr>${head.map((c, n) => cell('th', c, n)).join('')}</tr></thead>`, '<tbody>'];
      i += 2;
      while (i < lines.length && !isBlank(lines[i]) && (lines[i] ?? '').includes('|')) {
        rows.push(
          `<tr>${tableCells(lines[i++] ?? '')
            .map((c, n) => cell('td', c, n))
            .join('')}</tr>`,
        );
      }
      rows.push('</tbody>');
      out.push(`<table>\n${rows.join('\n')}\n</table>`);
      continue;
    }
    const item = LIST_ITEM.exec(line);
    if (item) {
      const list = readList(lines, i);
      i = list.next;
      const tag = list.ordered ? 'ol' : 'ul';
      const rendered = list.items.map((body) => {
        const blocks = list.loose || body.some((l, n) => n > 0 && (isBlank(l) || startsBlock(l)));
        return `<li>${blocks ? renderBlocks(body, rewrite) : renderInline(body.join('\n'), rewrite)}</li>`;
      });
      out.push(`<${tag}${list.start !== 1 ? ` start="${list.start}"` : ''}>\n${rendered.join('\n')}\n</${tag}>`);
      continue;
    }
    const paragraph: string[] = [];
    while (i < lines.length && !isBlank(lines[i]) && (paragraph.length === 0 || !startsBlock(lines[i] ?? ''))) {
      paragraph.push((lines[i++] ?? '').trim());
    }
    out.push(`<p>${renderInline(paragraph.join('\n'), rewrite)}</p>`);
  }
  return out.join('\n');
}

// ---- pages ----------------------------------------------------------------------

const STYLE = `
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
`.trim();

export function page(title: string, body: string, nav: string): string {
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${STYLE}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<nav>${nav}</nav>`,
    body,
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/** The first `# heading` of a page, or its file name. */
function titleOf(markdown: string, fallback: string): string {
  return (/^# +(.+?)\s*$/m.exec(markdown)?.[1] ?? fallback).replace(/[`*]/g, '');
}

/** The first block quote of a rule page: its one-line description (the generated header). */
function summaryOf(markdown: string): string {
  return /^> ?(.+)$/m.exec(markdown)?.[1] ?? '';
}

/**
 * Renders `<root>/docs/*.md` to `<root>/dist/docs/*.html` and
 * `<root>/docs/rules/*.md` to `<root>/dist/docs/rules/*.html`, plus a rules
 * index. Returns the pages written (relative to the output folder).
 */
export function renderDocs(root: string, outDir = join(root, 'dist', 'docs')): string[] {
  const docs = join(root, 'docs');
  const written: string[] = [];
  rmSync(outDir, { recursive: true, force: true });
  const rendered = new Set(['.', 'rules']);
  const ruleEntries: { id: string; summary: string }[] = [];
  for (const sub of ['.', 'rules']) {
    const from = join(docs, sub);
    if (!existsSync(from)) continue;
    const to = join(outDir, sub);
    mkdirSync(to, { recursive: true });
    for (const name of readdirSync(from).sort()) {
      const source = join(from, name);
      if (!name.endsWith('.md') || !statSync(source).isFile()) continue;
      const markdown = readFileSync(source, 'utf8');
      const id = basename(name, '.md');
      const title = titleOf(markdown, id);
      const nav =
        sub === 'rules' ? `<a href="${RULES_INDEX}">Copydesk rules</a>` : `<a href="rules/${RULES_INDEX}">Copydesk rules</a>`;
      const body = markdownToHtml(markdown, docsLinkRewriter(sub, rendered));
      writeFileSync(
        join(to, `${id}.html`),
        page(sub === 'rules' ? `${title} · Copydesk rule` : `${title} · Copydesk`, body, nav),
      );
      written.push(sub === '.' ? `${id}.html` : `${sub}/${id}.html`);
      if (sub === 'rules') ruleEntries.push({ id, summary: summaryOf(markdown) });
    }
  }
  const list = ruleEntries
    .map((r) => `<li><a href="${escapeHtml(r.id)}.html"><code>${escapeHtml(r.id)}</code></a>: ${renderInline(r.summary)}</li>`)
    .join('\n');
  const guides = ['cli', 'editors', 'vscode']
    .filter((name) => written.includes(`${name}.html`))
    .map((name) => `<a href="../${name}.html">${name === 'cli' ? 'Command line' : name === 'vscode' ? 'VS Code' : 'Editors'}</a>`)
    .join(' · ');
  mkdirSync(join(outDir, 'rules'), { recursive: true });
  writeFileSync(
    join(outDir, 'rules', RULES_INDEX),
    page('Copydesk rules', `<h1 id="copydesk-rules">Copydesk rules</h1>\n<ul>\n${list}\n</ul>`, guides),
  );
  written.push(`rules/${RULES_INDEX}`);
  return written;
}

import type { Rule } from '../rule';
import type { Span } from '../types';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", nbsp: ' ' };

/** The heading's words without inline Markdown: emphasis markers, code ticks and link syntax. */
function plainHeading(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/`+/g, '')
    .replace(/(^|[^\p{L}\p{N}])[*_]+|[*_]+(?=[^\p{L}\p{N}]|$)/gu, '$1')
    .replace(/&(amp|lt|gt|quot|apos|#39|nbsp);/g, (_, e: string) => ENTITIES[e] ?? '');
}

/**
 * What counts as the same title: typographic quotes, dashes and ellipses
 * (a renderer's smart punctuation), spacing and surrounding quotes are
 * ignored; letters, their case and other punctuation are not.
 */
function comparable(text: string): string {
  let s = text
    .replace(/[‘’‚‛′]/g, "'")
    .replace(/[“”„‟″«»]/g, '"')
    .replace(/…/g, '...')
    .replace(/\s*(?:—|–|--)\s*/g, ' - ')
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
  const quoted = /^(["'])(.*)\1$/.exec(s);
  if (quoted && quoted[2] !== undefined) s = quoted[2].trim();
  return s;
}

interface YamlValue extends Span {
  value: string;
  quote: '"' | "'" | '';
}

/** The front-matter title as YAML reads it: quotes and escapes resolved, a trailing comment dropped. */
function readTitle(text: string, title: Span & { value: string }): YamlValue | undefined {
  const before = text.charAt(title.start - 1);
  const after = text.charAt(title.end);
  if ((before === '"' || before === "'") && after === before) {
    const value =
      before === "'"
        ? title.value.replace(/''/g, "'")
        : title.value.replace(/\\(u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
            if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
            return ({ n: '\n', t: '\t', '0': '\0' } as Record<string, string>)[e] ?? e;
          });
    return { start: title.start - 1, end: title.end + 1, value, quote: before };
  }
  // Block scalars (`title: >`) and flow collections are not single-line titles.
  if (/^[>|[{&*!]/.test(title.value) || title.value === '') return undefined;
  const comment = /\s#/.exec(title.value);
  const value = comment ? title.value.slice(0, comment.index).trimEnd() : title.value;
  if (value === '') return undefined;
  return { start: title.start, end: title.start + value.length, value, quote: '' };
}

const YAML_RESERVED = /^(?:true|false|yes|no|on|off|null|y|n|~)$/i;

/** The value written for YAML, in the quoting style the file used when it can. */
function yamlScalar(value: string, quote: '"' | "'" | ''): string {
  const needsQuotes =
    /^[\s\-?:,[\]{}#&*!|>'"%@`]/.test(value) ||
    /:(\s|$)/.test(value) ||
    /\s#/.test(value) ||
    /\s$/.test(value) ||
    YAML_RESERVED.test(value) ||
    /^[-+.]?\d[\d._eE+-]*$/.test(value) ||
    /[\t\\]/.test(value);
  const style = quote || (needsQuotes ? (value.includes("'") && !value.includes('"') ? '"' : "'") : '');
  if (style === "'") return `'${value.replace(/'/g, "''")}'`;
  if (style === '"') return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\t/g, '\\t')}"`;
  return value;
}

const rule: Rule = {
  meta: {
    id: 'title-mismatch',
    description: "Finds a Markdown file whose front-matter title differs from its first '#' heading.",
    defaultSeverity: 'warning',
    fixable: true,
    tags: ['editorial'],
    rationale:
      'The front-matter title feeds the page title, feeds and search results, while the heading is what readers see on the page; when they differ, one of them is usually a stale draft. Decide which is right and copy it to the other. Smart quotes, dashes and spacing are not counted as differences; capitalisation is.',
  },
  check(context) {
    const { article } = context;
    const fmTitle = article.frontMatter?.title;
    const heading = article.headline;
    if (!fmTitle || !heading || (heading.kind !== 'atx' && heading.kind !== 'setext')) return;
    const title = readTitle(article.text, fmTitle);
    if (!title) return;
    const headingPlain = plainHeading(heading.text).trim();
    const a = comparable(title.value);
    const b = comparable(headingPlain);
    if (a === b || b === '') return;
    const caseOnly = a.toLowerCase() === b.toLowerCase();
    const newTitle = title.value.trim();
    context.report({
      start: heading.start,
      end: heading.end,
      message: caseOnly
        ? `Heading and front-matter title differ in capitalisation ("${newTitle}").`
        : `Heading differs from the front-matter title "${newTitle}".`,
      related: [{ start: fmTitle.start, end: fmTitle.end, message: 'Front-matter title' }],
      fixes: [
        {
          title: 'Copy the front-matter title to the heading',
          edits: [{ start: heading.start, end: heading.end, newText: newTitle.replace(/[\r\n]+/g, ' ') }],
          safe: false,
        },
        {
          title: 'Copy the heading to the front matter',
          edits: [{ start: title.start, end: title.end, newText: yamlScalar(headingPlain, title.quote) }],
          safe: false,
        },
      ],
    });
  },
};
export default rule;

import type { Article } from '../article';
import { boilerplateBlocks, RECIRCULATION, type BoilerplateBlock } from '../analysis/boilerplate';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

/**
 * The deletion of a block: its lines with their line breaks, plus the blank
 * lines it would leave doubled. A block that ends the document takes the
 * blank lines around it along, so the text ends where the article does.
 */
function blockDeletion(article: Article, block: BoilerplateBlock): TextEdit {
  const { lines, index, text } = article;
  const n = lines.length;
  const first = lines[block.firstLine];
  let start = first ? first.start : block.start;
  let end = index.lineBreakEnd(block.lastLine);
  let after = block.lastLine + 1;
  while (after < n && lines[after]?.blank && !lines[after]?.excluded) after++;
  let before = block.firstLine - 1;
  while (before >= 0 && lines[before]?.blank && !lines[before]?.excluded) before--;
  if (after >= n) {
    // Nothing but blank lines follows: end the text after the last line before the block.
    start = before >= 0 ? index.lineBreakEnd(before) : start;
    end = text.length;
  } else if (before < block.firstLine - 1 || before < 0) {
    // A blank line (or the start of the text) precedes the block: drop the blank lines after it.
    end = index.lineBreakEnd(after - 1);
  }
  return { start, end, newText: '' };
}

function describe(block: BoilerplateBlock): string {
  const lines = block.lastLine - block.firstLine + 1;
  const size = lines > 1 ? `: ${lines} lines` : '';
  const quoted = `("${block.label}")`;
  switch (block.kind) {
    case RECIRCULATION:
      return block.headingLine !== undefined
        ? `Recirculation block ${quoted} left over from a web page${size}`
        : `Recirculation block of teasers left over from a web page after the article's end${size}`;
    case 'boilerplate':
      return `Boilerplate ${quoted}, one of the configured phrases${size}`;
    default:
      return `${block.kind.charAt(0).toUpperCase()}${block.kind.slice(1)} ${quoted} left over from a web page${size}`;
  }
}

const rule: Rule = {
  meta: {
    id: 'boilerplate',
    description:
      'Finds page furniture left in scraped text: recirculation blocks, "Read more:" lines, newsletter, share and comment prompts, advertisement markers, cookie notices and copyright footers.',
    defaultSeverity: 'warning',
    fixable: true,
    fixKind: 'cleanup',
    unnecessary: true,
    tags: ['editorial'],
    options: {
      phrases: {
        type: 'array',
        items: { type: 'string' },
        description:
          'Extra phrases that mark boilerplate: a line that starts with one (case-insensitively, matched literally, never as a pattern) is reported with the items under it.',
      },
    },
    rationale:
      'Text copied from a web page often brings the page along: lists of other stories, prompts to subscribe or share, advertisement markers, cookie banners and footers. None of it belongs to the article, and published by mistake it makes the copy look careless and can point readers to unrelated or stale stories. Delete the block; if a link is worth keeping, write it into the article as a sentence of its own.',
  },
  check(context) {
    const { article } = context;
    for (const block of boilerplateBlocks(context)) {
      context.report({
        start: block.start,
        end: block.end,
        message: describe(block),
        fixes: [
          {
            title: block.lastLine > block.firstLine ? 'Delete the boilerplate block' : 'Delete the boilerplate line',
            edits: [blockDeletion(article, block)],
            safe: true,
          },
        ],
      });
    }
  },
};
export default rule;

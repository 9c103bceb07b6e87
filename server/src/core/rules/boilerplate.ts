import type { Article } from '../article';
import { furnitureOf, kindName, type FurnitureBlock } from '../analysis/boilerplate';
import type { Rule } from '../rule';
import type { TextEdit } from '../types';

/**
 * The deletion of a block: its lines with their line breaks, plus the blank
 * lines it would leave doubled. A block that ends the document takes the
 * blank lines around it along, so the text ends where the article does; a
 * block that another block follows takes the blank lines before it.
 */
function blockDeletion(article: Article, block: FurnitureBlock, beforeBlock: boolean): TextEdit {
  const { lines, index, text } = article;
  const n = lines.length;
  const first = lines[block.firstLine];
  let start = first ? first.start : block.start;
  let end = index.lineBreakEnd(block.lastLine);
  let after = block.lastLine + 1;
  while (after < n && lines[after]?.blank && !lines[after]?.excluded) after++;
  let before = block.firstLine - 1;
  while (before >= 0 && lines[before]?.blank && !lines[before]?.excluded) before--;
  if (beforeBlock && before < block.firstLine - 1) {
    // More furniture follows right after: take the blank lines before this block instead, so that
    // deleting both leaves the text as it was before the furniture began.
    start = before >= 0 ? index.lineBreakEnd(before) : start;
    end = index.lineBreakEnd(block.lastLine);
  } else if (after >= n) {
    // Nothing but blank lines follows: end the text after the last line before the block.
    start = before >= 0 ? index.lineBreakEnd(before) : start;
    end = text.length;
  } else if (before < block.firstLine - 1 || before < 0) {
    // A blank line (or the start of the text) precedes the block: drop the blank lines after it.
    end = index.lineBreakEnd(after - 1);
  }
  return { start, end, newText: '' };
}

/** "Related stories after the article's end ("Most Popular"): 15 lines". */
function describe(block: FurnitureBlock): string {
  const size = block.lines > 1 ? `: ${block.lines} lines` : '';
  if (block.kind === 'phrase') return `Page furniture ("${block.label}"), one of the configured phrases${size}`;
  const name = kindName(block.kind);
  const what = `${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  const where =
    block.place === 'tail'
      ? " after the article's end"
      : block.place === 'head'
        ? ' above the article'
        : " between the article's paragraphs";
  return `${what}${where} ("${block.label}")${size}`;
}

const rule: Rule = {
  meta: {
    id: 'boilerplate',
    description:
      'Finds page furniture pasted with an article: related stories, share buttons, newsletter boxes, comments, author bios, tags, menus, footers, photo credits, inline promos and ad markers.',
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
          'Extra phrases that mark page furniture: a line that starts with one (case-insensitively, at a word boundary, matched literally, never as a pattern) is furniture, with the items under it.',
      },
    },
    rationale:
      'Text copied from a web page often brings the page along: lists of other stories, share and follow buttons, newsletter boxes, comment threads, author bios, tags, menus, footers, photo credits and ads. None of it belongs to the article, and published by mistake it makes the copy look careless and can point readers to unrelated or stale stories. Delete the block; if a link is worth keeping, write it into the article as a sentence of its own. Fix-all deletes only the blocks the model is very sure of; check the others before you delete them.',
  },
  check(context) {
    const { article } = context;
    const { blocks } = furnitureOf(context);
    blocks.forEach((block, k) => {
      const next = blocks[k + 1];
      let gap = block.lastLine + 1;
      while (gap < article.lines.length && article.lines[gap]?.blank) gap++;
      const beforeBlock = next !== undefined && next.firstLine === gap;
      const many = block.lastLine > block.firstLine;
      context.report({
        start: block.start,
        end: block.end,
        message: describe(block),
        fixes: [
          {
            title: `${many ? 'Delete the page furniture' : 'Delete the page furniture line'}${block.safe ? '' : ' (check it first)'}`,
            edits: [blockDeletion(article, block, beforeBlock)],
            safe: block.safe,
          },
        ],
      });
    });
  },
};
export default rule;

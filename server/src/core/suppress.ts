/**
 * Inline directives, in `.txt` and `.md` alike:
 *   <!-- copydesk-disable-next-line RULE -->
 *   <!-- copydesk-disable RULE --> ... <!-- copydesk-enable RULE -->
 *   <!-- copydesk-disable-file -->
 * With no rule named, a directive covers every rule.
 */
import type { Article } from './article';

const DIRECTIVE = /<!--\s*copydesk-(disable-next-line|disable-line|disable-file|disable|enable)\b([^>]*?)\s*-->/g;
const ALL = '*';

export interface Suppressions {
  isSuppressed(ruleId: string, line: number): boolean;
}

export function directiveComment(kind: 'disable-next-line' | 'disable-file', ruleId?: string): string {
  return `<!-- copydesk-${kind}${ruleId ? ` ${ruleId}` : ''} -->`;
}

export function findSuppressions(article: Article): Suppressions {
  const text = article.text;
  if (!text.includes('copydesk-')) return { isSuppressed: () => false };
  // Per rule (or ALL): the lines where a disable/enable toggles, in order.
  const toggles: { line: number; rules: string[]; on: boolean }[] = [];
  const lineRules = new Map<number, Set<string>>();
  const fileRules = new Set<string>();
  const addLine = (line: number, rules: string[]): void => {
    const set = lineRules.get(line) ?? new Set<string>();
    rules.forEach((r) => set.add(r));
    lineRules.set(line, set);
  };
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const kind = m[1];
    const named = (m[2] ?? '').split(/[\s,]+/).filter(Boolean);
    const rules = named.length ? named : [ALL];
    const line = article.index.lineAt(m.index);
    switch (kind) {
      case 'disable-file':
        rules.forEach((r) => fileRules.add(r));
        break;
      case 'disable-line':
        addLine(line, rules);
        break;
      case 'disable-next-line': {
        let next = line + 1;
        while (article.lines[next] && /^\s*<!--\s*copydesk-[^>]*-->\s*$/.test(article.lines[next]?.text ?? '')) next++;
        addLine(next, rules);
        break;
      }
      case 'disable':
        toggles.push({ line, rules, on: false });
        break;
      case 'enable':
        toggles.push({ line, rules, on: true });
        break;
    }
  }
  const covers = (set: Set<string> | undefined, ruleId: string): boolean => !!set && (set.has(ALL) || set.has(ruleId));
  return {
    isSuppressed(ruleId: string, line: number): boolean {
      if (covers(fileRules, ruleId) || covers(lineRules.get(line), ruleId)) return true;
      let disabled = false;
      for (const t of toggles) {
        if (t.line > line) break;
        if (t.rules.includes(ALL) || t.rules.includes(ruleId)) disabled = !t.on;
      }
      return disabled;
    },
  };
}

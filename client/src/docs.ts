/**
 * Rule documentation in VS Code: the rule link of a diagnostic (its code) and
 * the links in hovers open the rule's page, shipped in the extension as
 * Markdown, in VS Code's rendered Markdown preview, beside the article.
 *
 * The server links its pages as `file://…/docs/rules/<rule>.html` or `.md`
 * (right for other editors, which hand the link to a browser); VS Code would
 * open either file as source text. So the client rewrites each such link into
 * a `command:copydesk.showRuleDoc?["<rule>"]` link. VS Code opens diagnostic
 * code links (hover, Problems panel) with commands allowed; hovers allow this
 * one command through `isTrusted`.
 */
import * as vscode from 'vscode';

export const SHOW_RULE_DOC_COMMAND = 'copydesk.showRuleDoc';

/** Rule ids are lower-case words joined by hyphens (the doc page's file name). */
const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function ruleDocCommandUri(rule: string): vscode.Uri {
  return vscode.Uri.parse(`command:${SHOW_RULE_DOC_COMMAND}?${encodeURIComponent(JSON.stringify([rule]))}`);
}

/** The rule id of a Copydesk diagnostic, or undefined for others. */
export function ruleOf(diagnostic: vscode.Diagnostic): string | undefined {
  if (diagnostic.source !== 'copydesk') return undefined;
  const code = typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code;
  return typeof code === 'string' && RULE_ID.test(code) ? code : undefined;
}

/** Points each Copydesk diagnostic's code link at the rule page's preview (in place; returns the same array). */
export function withDocLinks<T extends vscode.Diagnostic>(diagnostics: T[]): T[] {
  for (const d of diagnostics) {
    const rule = ruleOf(d);
    if (rule) d.code = { value: rule, target: ruleDocCommandUri(rule) };
  }
  return diagnostics;
}

/** A Markdown link to a shipped rule page: `](file:///…/docs/rules/<rule>.html)` (or `.md`). */
const PAGE_LINK = /\]\((file:\/\/[^)\s]*\/docs\/rules\/([a-z0-9-]+)\.(?:html|md))\)/g;

/** A hover's Markdown with its rule-page links turned into preview commands, trusted for that one command. */
export function withHoverDocLinks(
  content: vscode.MarkdownString | vscode.MarkedString,
): vscode.MarkdownString | vscode.MarkedString {
  if (!(content instanceof vscode.MarkdownString)) return content;
  const value = content.value.replace(PAGE_LINK, (_, _href: string, rule: string) => `](${ruleDocCommandUri(rule).toString()})`);
  if (value === content.value) return content;
  const rewritten = new vscode.MarkdownString(value, content.supportThemeIcons);
  rewritten.supportHtml = content.supportHtml;
  rewritten.baseUri = content.baseUri;
  rewritten.isTrusted = { enabledCommands: [SHOW_RULE_DOC_COMMAND] };
  return rewritten;
}

/** How the page was shown: in the Markdown preview, or as text when no preview command exists. */
export type ShowRuleDocOutcome = 'preview' | 'text' | 'no-page' | 'cancelled';

/** The rule ids that have a page in the extension. */
export async function documentedRules(extensionUri: vscode.Uri): Promise<string[]> {
  const entries = await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(extensionUri, 'docs', 'rules'));
  return entries
    .filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.md'))
    .map(([name]) => name.slice(0, -'.md'.length))
    .filter((id) => RULE_ID.test(id))
    .sort();
}

/**
 * Opens a rule's page in the Markdown preview, beside the active editor. With
 * no rule (from the command palette), asks which one.
 */
export async function showRuleDoc(extensionUri: vscode.Uri, rule?: unknown): Promise<ShowRuleDocOutcome> {
  let id = typeof rule === 'string' ? rule : undefined;
  if (id === undefined) {
    id = await vscode.window.showQuickPick(await documentedRules(extensionUri), {
      title: 'Copydesk: Show Rule Documentation',
      placeHolder: 'Rule',
    });
    if (id === undefined) return 'cancelled';
  }
  const page = vscode.Uri.joinPath(extensionUri, 'docs', 'rules', `${id}.md`);
  try {
    if (!RULE_ID.test(id)) throw new Error('not a rule id');
    await vscode.workspace.fs.stat(page);
  } catch {
    void vscode.window.showWarningMessage(`Copydesk: there is no page for the rule "${id}".`);
    return 'no-page';
  }
  // The built-in Markdown extension renders it (its command activates it); without it (disabled), show the text.
  try {
    await vscode.commands.executeCommand('markdown.showPreviewToSide', page);
    return 'preview';
  } catch {
    // command 'markdown.showPreviewToSide' not found
  }
  await vscode.window.showTextDocument(page, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return 'text';
}

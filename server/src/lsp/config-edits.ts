/**
 * Quick fixes that write `.copydesk.json`, as WorkspaceEdits any LSP editor
 * can apply: ignore a word in the project, give a person one title, turn a
 * rule off, ignore one finding (by rule, text and file). The file is edited
 * in place, keeping its formatting (one member or item inserted, or one value
 * replaced), or created. Each action also carries a command that hands the
 * server the new file, so it lints with it at once, in editors that leave the
 * edited file unsaved too.
 *
 * A minimal JSON reader with offsets sits here rather than a dependency: the
 * edits need only members, items and their spans.
 */
import { existsSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CodeActionKind, type CodeAction, type Diagnostic, type WorkspaceEdit } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_EDITED_COMMAND, type ConfigEditedArgs } from '../protocol';
import { CONFIG_FILE_NAME } from '../config-file';
import { isInside, MAX_CONFIG_BYTES } from './files';

// ---- reading JSON with offsets ------------------------------------------------------

export type JsonNode =
  | { kind: 'object'; start: number; end: number; members: JsonMember[] }
  | { kind: 'array'; start: number; end: number; items: JsonNode[] }
  | { kind: 'value'; start: number; end: number; value: string | number | boolean | null };

export interface JsonMember {
  key: string;
  keyStart: number;
  value: JsonNode;
}

/** Deeper nesting than this is not a configuration: the reader gives up rather than recurse further. */
const MAX_DEPTH = 64;

/** Strict JSON (a BOM allowed), with offsets; undefined when the text is not JSON. */
export function parseJson(text: string): JsonNode | undefined {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const ws = (): void => {
    while (i < text.length && ' \t\r\n'.includes(text.charAt(i))) i++;
  };
  const fail = (): never => {
    throw new SyntaxError(`JSON error at ${i}`);
  };
  const string = (): string => {
    const start = i;
    i++;
    while (i < text.length && text.charAt(i) !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      i += text.charAt(i) === '\\' ? 2 : 1;
    }
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail();
    ws();
    const start = i;
    const c = text.charAt(i);
    if (c === '{') {
      i++;
      const members: JsonMember[] = [];
      ws();
      if (text.charAt(i) === '}') {
        i++;
        return { kind: 'object', start, end: i, members };
      }
      for (;;) {
        ws();
        if (text.charAt(i) !== '"') fail();
        const keyStart = i;
        const key = string();
        ws();
        if (text.charAt(i) !== ':') fail();
        i++;
        members.push({ key, keyStart, value: value(depth + 1) });
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) !== '}') fail();
        i++;
        return { kind: 'object', start, end: i, members };
      }
    }
    if (c === '[') {
      i++;
      const items: JsonNode[] = [];
      ws();
      if (text.charAt(i) === ']') {
        i++;
        return { kind: 'array', start, end: i, items };
      }
      for (;;) {
        items.push(value(depth + 1));
        ws();
        if (text.charAt(i) === ',') {
          i++;
          continue;
        }
        if (text.charAt(i) !== ']') fail();
        i++;
        return { kind: 'array', start, end: i, items };
      }
    }
    if (c === '"') {
      const text1 = string();
      return { kind: 'value', start, end: i, value: text1 };
    }
    const m = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += m?.[0].length ?? 0;
    return { kind: 'value', start, end: i, value: JSON.parse(m?.[0] ?? 'null') as string | number | boolean | null };
  };
  try {
    const root = value(0);
    ws();
    return i === text.length ? root : undefined;
  } catch {
    return undefined;
  }
}

/** The member `key` of an object node. */
export function member(node: JsonNode | undefined, key: string): JsonMember | undefined {
  return node?.kind === 'object' ? node.members.find((m) => m.key === key) : undefined;
}

// ---- editing with the file's own formatting -------------------------------------------

export interface OffsetEdit {
  start: number;
  end: number;
  newText: string;
}

interface Style {
  eol: string;
  /** One level of indentation, as the file writes it ('' when the file is on one line). */
  unit: string;
  multiline: boolean;
}

function styleOf(text: string): Style {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indented = /\n([ \t]+)\S/.exec(text);
  const multiline = /[\r\n]\s*\S/.test(text.trim());
  return { eol, unit: indented?.[1] ?? '  ', multiline };
}

/** The whitespace that starts the line holding `offset`. */
function indentAt(text: string, offset: number): string {
  const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
  return /^[ \t]*/.exec(text.slice(lineStart))?.[0] ?? '';
}

/** `value` as JSON on one line, spaced as people write it: `{ "a": ["b", "c"] }`. */
function inline(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(inline).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${inline(v)}`);
    return entries.length ? `{ ${entries.join(', ')} }` : '{}';
  }
  return JSON.stringify(value);
}

/** `value` as JSON, nested lines indented under `indent` in a multi-line file. */
function stringify(value: unknown, style: Style, indent: string): string {
  if (!style.multiline) return inline(value);
  // JSON.stringify puts line breaks only between tokens (never inside a string), so splitting is safe.
  return JSON.stringify(value, null, style.unit)
    .split('\n')
    .join(style.eol + indent);
}

/** Whether a container spans lines (its members go on lines of their own). */
function spansLines(text: string, node: JsonNode): boolean {
  return /[\r\n]/.test(text.slice(node.start, node.end));
}

/** Adds `"key": value` to an object, after its last member, in the object's own layout. */
export function insertMember(text: string, object: JsonNode, key: string, value: unknown): OffsetEdit {
  if (object.kind !== 'object') throw new Error('not an object');
  const style = styleOf(text);
  const last = object.members[object.members.length - 1];
  if (last) {
    const multiline = spansLines(text, object);
    const indent = multiline ? indentAt(text, last.keyStart) : '';
    const entry = `${JSON.stringify(key)}: ${stringify(value, style, indent)}`;
    return { start: last.value.end, end: last.value.end, newText: multiline ? `,${style.eol}${indent}${entry}` : `, ${entry}` };
  }
  // An empty object: lay it out as the rest of the file is.
  const outer = indentAt(text, object.start);
  const inner = outer + style.unit;
  const entry = `${JSON.stringify(key)}: ${stringify(value, style, inner)}`;
  const newText = style.multiline ? `{${style.eol}${inner}${entry}${style.eol}${outer}}` : `{ ${entry} }`;
  return { start: object.start, end: object.end, newText };
}

/** Adds `value` to an array, after its last item, in the array's own layout. */
export function appendItem(text: string, array: JsonNode, value: unknown): OffsetEdit {
  if (array.kind !== 'array') throw new Error('not an array');
  const style = styleOf(text);
  const last = array.items[array.items.length - 1];
  if (last) {
    const multiline = spansLines(text, array);
    const indent = multiline ? indentAt(text, last.start) : '';
    const item = stringify(value, style, indent);
    return { start: last.end, end: last.end, newText: multiline ? `,${style.eol}${indent}${item}` : `, ${item}` };
  }
  const outer = indentAt(text, array.start);
  const inner = outer + style.unit;
  const item = stringify(value, style, inner);
  const objects = typeof value === 'object' && value !== null;
  const newText = style.multiline && objects ? `[${style.eol}${inner}${item}${style.eol}${outer}]` : `[${item}]`;
  return { start: array.start, end: array.end, newText };
}

export function replaceValue(text: string, node: JsonNode, value: unknown): OffsetEdit {
  return { start: node.start, end: node.end, newText: stringify(value, styleOf(text), indentAt(text, node.start)) };
}

/** One change to a configuration: an edit of the existing text, or undefined when it already says so. */
export type ConfigChange = (text: string, root: JsonNode) => OffsetEdit | undefined;

/** Adds `item` to the top-level list `key` (created if missing), unless `has` finds it there already. */
export function addToList(key: string, item: unknown, has: (existing: unknown) => boolean): ConfigChange {
  return (text, root) => {
    const list = member(root, key);
    if (!list) return insertMember(text, root, key, [item]);
    if (list.value.kind !== 'array') return undefined; // a broken value: the user mends it first
    if (list.value.items.some((node) => has(JSON.parse(text.slice(node.start, node.end)) as unknown))) return undefined;
    return appendItem(text, list.value, item);
  };
}

/** Sets `rules[ruleId]` to `off`, keeping the rule's options (its `severity` becomes "off"). */
export function ruleOff(ruleId: string): ConfigChange {
  return (text, root) => {
    const rules = member(root, 'rules');
    if (!rules) return insertMember(text, root, 'rules', { [ruleId]: 'off' });
    if (rules.value.kind !== 'object') return undefined;
    const setting = member(rules.value, ruleId);
    if (!setting) return insertMember(text, rules.value, ruleId, 'off');
    if (setting.value.kind === 'object') {
      const severity = member(setting.value, 'severity');
      if (!severity) return insertMember(text, setting.value, 'severity', 'off');
      return severity.value.kind === 'value' && severity.value.value === 'off'
        ? undefined
        : replaceValue(text, severity.value, 'off');
    }
    return setting.value.kind === 'value' && setting.value.value === 'off' ? undefined : replaceValue(text, setting.value, 'off');
  };
}

/** Sets `rules["inconsistent-title"].people[name]` to `title`, keeping the rule's severity and other options. */
export function personTitle(name: string, title: string): ConfigChange {
  const ruleId = 'inconsistent-title';
  return (text, root) => {
    const rules = member(root, 'rules');
    if (!rules) return insertMember(text, root, 'rules', { [ruleId]: { people: { [name]: title } } });
    if (rules.value.kind !== 'object') return undefined;
    const setting = member(rules.value, ruleId);
    if (!setting) return insertMember(text, rules.value, ruleId, { people: { [name]: title } });
    if (setting.value.kind === 'value') {
      // A bare severity ("warning"): the rule's setting becomes an object that keeps it.
      const severity = setting.value.value;
      return replaceValue(text, setting.value, { severity, people: { [name]: title } });
    }
    if (setting.value.kind !== 'object') return undefined;
    const people = member(setting.value, 'people');
    if (!people) return insertMember(text, setting.value, 'people', { [name]: title });
    if (people.value.kind !== 'object') return undefined;
    const current = member(people.value, name);
    if (!current) return insertMember(text, people.value, name, title);
    return current.value.kind === 'value' && current.value.value === title ? undefined : replaceValue(text, current.value, title);
  };
}

/** The configuration a new file starts with: the change applied to `{}`. */
function freshText(change: ConfigChange): string | undefined {
  const empty = '{}';
  const root = parseJson(empty);
  const edit = root && change(empty, root);
  if (!edit) return undefined;
  const object = JSON.parse(applyOffsetEdit(empty, edit)) as unknown;
  return `${JSON.stringify(object, null, 2)}\n`;
}

export function applyOffsetEdit(text: string, edit: OffsetEdit): string {
  return text.slice(0, edit.start) + edit.newText + text.slice(edit.end);
}

// ---- where the file is, and the actions ----------------------------------------------------

export interface ConfigTarget {
  path: string;
  /** The file's text, or undefined when it does not exist yet. */
  text: string | undefined;
}

/**
 * Where a document's configuration edits go: the nearest existing `.copydesk.json` between its folder and its
 * workspace folder (`found`, from the lookup), else the innermost workspace folder that holds the document, else
 * the document's own folder.
 */
export function configPathFor(documentPath: string, found: string | undefined, roots: readonly string[]): string {
  if (found) return found;
  let best: string | undefined;
  for (const root of roots) if (isInside(documentPath, root) && (best === undefined || root.length > best.length)) best = root;
  return join(best ?? dirname(documentPath), CONFIG_FILE_NAME);
}

/** The document's path relative to the configuration's folder, `/`-separated: what `ignoreFindings[].file` holds. */
export function pathInConfig(configPath: string, documentPath: string): string {
  return relative(dirname(configPath), documentPath).split(sep).join('/');
}

export interface EditCapabilities {
  /** Versioned `documentChanges`. */
  documentChanges: boolean;
  /**
   * `create` among the client's resource operations. Those exist only in `documentChanges`, so a client that
   * declares them takes `documentChanges` (Neovim 0.7 declares the operations and not the flag).
   */
  createFiles: boolean;
}

/**
 * A quick fix that applies `change` to the configuration at `target`, or undefined when it would change nothing,
 * the file cannot be edited safely (not JSON, too large), or it does not exist and the client cannot create files.
 */
export function configAction(
  title: string,
  diagnostic: Diagnostic,
  target: ConfigTarget,
  change: ConfigChange,
  caps: EditCapabilities,
): CodeAction | undefined {
  const uri = pathToFileURL(target.path).href;
  let edit: WorkspaceEdit;
  let newText: string;
  if (target.text === undefined || target.text.trim() === '') {
    const content = freshText(change);
    if (content === undefined) return undefined;
    newText = content;
    const start = { line: 0, character: 0 };
    if (target.text === undefined) {
      if (!caps.createFiles || existsSync(target.path)) return undefined;
      edit = {
        documentChanges: [
          { kind: 'create', uri, options: { overwrite: false, ignoreIfExists: false } },
          { textDocument: { uri, version: null }, edits: [{ range: { start, end: start }, newText: content }] },
        ],
      };
    } else {
      const end = TextDocument.create(uri, 'json', 0, target.text).positionAt(target.text.length);
      edit = textEdit(uri, [{ range: { start, end }, newText: content }], caps);
    }
  } else {
    if (target.text.length > MAX_CONFIG_BYTES) return undefined;
    const root = parseJson(target.text);
    if (!root || root.kind !== 'object') return undefined;
    const change1 = change(target.text, root);
    if (!change1) return undefined;
    const doc = TextDocument.create(uri, 'json', 0, target.text);
    newText = applyOffsetEdit(target.text, change1);
    const range = { start: doc.positionAt(change1.start), end: doc.positionAt(change1.end) };
    edit = textEdit(uri, [{ range, newText: change1.newText }], caps);
  }
  const args: ConfigEditedArgs = { uri, text: newText };
  return {
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit,
    command: { title: 'Copydesk: use the edited configuration', command: CONFIG_EDITED_COMMAND, arguments: [args] },
  };
}

function textEdit(
  uri: string,
  edits: { range: { start: Position; end: Position }; newText: string }[],
  caps: EditCapabilities,
): WorkspaceEdit {
  return caps.documentChanges
    ? { documentChanges: [{ textDocument: { uri, version: null }, edits }] }
    : { changes: { [uri]: edits } };
}

type Position = { line: number; character: number };

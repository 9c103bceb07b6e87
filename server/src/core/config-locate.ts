/**
 * Where a configuration problem is in the JSON text: `validateConfig` names the offending key by its path
 * (`["rules", "passive-voic"]`), and this finds that key's span in the text, so that the CLI can print
 * `.copydesk.json:4:5` and the language server can put the diagnostic on the key. Pure and linear: one pass
 * over the text with an explicit stack (no recursion, so deep nesting cannot overflow), tolerant of text that
 * is not valid JSON (it never throws, and returns the closest place it found).
 */

export type ConfigPath = readonly (string | number)[];

export interface TextSpan {
  start: number;
  end: number;
}

interface Frame {
  kind: 'object' | 'array';
  /** Object: the next string is a key. */
  expectKey: boolean;
  /** Object: the current key (decoded) and its span, quotes included. */
  key: string | undefined;
  keyStart: number;
  keyEnd: number;
  /** Array: the index of the current element. */
  index: number;
  /** Whether the path of this frame's current member matches the target so far. */
  matches: boolean;
  /** When this container is the matched array element at depth `finishes`, its end closes that span. */
  finishes: number;
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff;
}

/** The end of the string token that starts at `start` (a `"`): just after the closing quote, or the text's end. */
function stringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x5c /* \ */) i += 2;
    else if (c === 0x22 /* " */) return i + 1;
    else i++;
  }
  return text.length;
}

function decodeKey(raw: string): string {
  try {
    const value: unknown = JSON.parse(raw);
    return typeof value === 'string' ? value : raw;
  } catch {
    return raw.slice(1, -1);
  }
}

/** The end of a number or literal (`true`, `-1.5e3`): the first delimiter after `start`. */
function scalarEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c) || c === 0x2c || c === 0x3a || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x22) break;
    i++;
  }
  return Math.max(i, start + 1);
}

/**
 * The span of the member at `path` in `jsonText`: for an object member, its key (quotes included); for an array
 * element, the element. When the path is not there in full, the deepest part that is; for the empty path (or
 * nothing found), the first character of the document's value. With duplicate keys, the last one (the one
 * `JSON.parse` keeps).
 */
export function locateConfigProblem(jsonText: string, path: ConfigPath): TextSpan {
  const text = jsonText;
  const found: (TextSpan | undefined)[] = new Array<TextSpan | undefined>(path.length + 1).fill(undefined);
  const stack: Frame[] = [];
  let rootSeen = false;

  const record = (depth: number, span: TextSpan): void => {
    found[depth] = span;
    for (let d = depth + 1; d < found.length; d++) found[d] = undefined;
  };

  /** Called where a value starts; returns the depth whose span this value's end closes, or -1. */
  const valueStarts = (start: number): number => {
    const depth = stack.length;
    if (depth === 0) {
      if (!rootSeen) {
        rootSeen = true;
        record(0, { start, end: start + 1 });
      }
      return -1;
    }
    const top = stack[depth - 1];
    if (!top) return -1;
    const parentMatches = depth === 1 || (stack[depth - 2]?.matches ?? false);
    const selector = top.kind === 'object' ? top.key : top.index;
    top.matches = parentMatches && depth <= path.length && selector !== undefined && path[depth - 1] === selector;
    if (!top.matches) return -1;
    if (top.kind === 'object') {
      record(depth, { start: top.keyStart, end: top.keyEnd });
      return -1;
    }
    record(depth, { start, end: start + 1 });
    return depth;
  };

  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const finishes = valueStarts(i);
      stack.push({
        kind: c === 0x7b ? 'object' : 'array',
        expectKey: c === 0x7b,
        key: undefined,
        keyStart: i,
        keyEnd: i + 1,
        index: 0,
        matches: false,
        finishes,
      });
      i++;
      continue;
    }
    if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      const closed = stack.pop();
      const span = closed && closed.finishes >= 0 ? found[closed.finishes] : undefined;
      if (span) span.end = i + 1;
      i++;
      continue;
    }
    if (c === 0x2c /* , */) {
      if (top?.kind === 'object') {
        top.expectKey = true;
        top.key = undefined;
      } else if (top) {
        top.index++;
      }
      i++;
      continue;
    }
    if (c === 0x3a /* : */) {
      i++;
      continue;
    }
    if (c === 0x22 /* " */) {
      const end = stringEnd(text, i);
      if (top?.kind === 'object' && top.expectKey) {
        top.expectKey = false;
        top.key = decodeKey(text.slice(i, end));
        top.keyStart = i;
        top.keyEnd = end;
      } else {
        const finishes = valueStarts(i);
        const span = finishes >= 0 ? found[finishes] : undefined;
        if (span) span.end = end;
      }
      i = end;
      continue;
    }
    const end = scalarEnd(text, i);
    const finishes = valueStarts(i);
    const span = finishes >= 0 ? found[finishes] : undefined;
    if (span) span.end = end;
    i = end;
  }

  for (let d = found.length - 1; d >= 0; d--) {
    const span = found[d];
    if (span) return { start: span.start, end: span.end };
  }
  return { start: 0, end: 0 };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const HEX4 = /[0-9a-fA-F]{4}/y;

const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' };

/** Where a misspelt literal (`tru}`) stops matching the one it starts like, which is where JSON.parse stops too. */
function literalMismatch(text: string, start: number): number {
  const literal = LITERALS[text.charAt(start)];
  if (literal === undefined) return start;
  let k = 0;
  while (k < literal.length && text.charAt(start + k) === literal.charAt(k)) k++;
  return start + k;
}

/** The end of a strict JSON string starting at `start` (a `"`), or `-1 - offset` of its first error. */
function strictStringEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) return i + 1;
    if (c < 0x20) return -1 - i;
    if (c === 0x5c) {
      const e = text.charAt(i + 1);
      if (e === 'u') {
        HEX4.lastIndex = i + 2;
        if (!HEX4.test(text)) return -1 - i;
        i += 6;
      } else if ('"\\/bfnrt'.includes(e) && e !== '') i += 2;
      else return -1 - i;
      continue;
    }
    i++;
  }
  return -1 - text.length;
}

/**
 * The offset of the first JSON syntax error in `text`, or -1 when it is valid JSON: where the CLI and the editor
 * point for "not valid JSON" (V8's own message gives no position for some errors). Linear, no recursion.
 */
export function jsonSyntaxErrorAt(text: string): number {
  type Expect = 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'colon' | 'commaOrClose';
  const stack: ('object' | 'array')[] = [];
  let expect: Expect = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) i++;
      else break;
    }
    if (i >= text.length) return expect === 'commaOrClose' && stack.length === 0 ? -1 : text.length;
    if (expect === 'commaOrClose' && stack.length === 0) return i;
    const c = text.charAt(i);
    const top = stack[stack.length - 1];
    switch (expect) {
      case 'value':
      case 'valueOrClose':
        if (c === ']' && expect === 'valueOrClose') {
          stack.pop();
          expect = 'commaOrClose';
          i++;
        } else if (c === '{' || c === '[') {
          stack.push(c === '{' ? 'object' : 'array');
          expect = c === '{' ? 'keyOrClose' : 'valueOrClose';
          i++;
        } else if (c === '"') {
          const end = strictStringEnd(text, i);
          if (end < 0) return -1 - end;
          i = end;
          expect = 'commaOrClose';
        } else {
          NUMBER.lastIndex = i;
          LITERAL.lastIndex = i;
          if (NUMBER.test(text)) i = NUMBER.lastIndex;
          else if (LITERAL.test(text)) i = LITERAL.lastIndex;
          else return literalMismatch(text, i);
          expect = 'commaOrClose';
        }
        break;
      case 'key':
      case 'keyOrClose':
        if (c === '}' && expect === 'keyOrClose') {
          stack.pop();
          expect = 'commaOrClose';
          i++;
        } else if (c === '"') {
          const end = strictStringEnd(text, i);
          if (end < 0) return -1 - end;
          i = end;
          expect = 'colon';
        } else return i;
        break;
      case 'colon':
        if (c !== ':') return i;
        expect = 'value';
        i++;
        break;
      case 'commaOrClose':
        if (c === ',') expect = top === 'object' ? 'key' : 'value';
        else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) stack.pop();
        else return i;
        i++;
        break;
    }
  }
}

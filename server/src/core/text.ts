/** Line bookkeeping shared by the engine, the CLI and the language server. */

export interface Position {
  line: number;
  character: number;
}

/**
 * Maps UTF-16 offsets to LSP positions and back. Line breaks are `\n`,
 * `\r\n` and a lone `\r`, as in the LSP specification.
 */
export class LineIndex {
  /** Offset of the first character of each line. */
  readonly lineStarts: number[];

  constructor(readonly text: string) {
    // The breaks are found with native searches (`indexOf`), several times faster than a loop over the characters.
    const starts = [0];
    let lf = text.indexOf('\n');
    let cr = text.indexOf('\r');
    while (lf !== -1 || cr !== -1) {
      if (cr !== -1 && (lf === -1 || cr < lf)) {
        // A \r, alone or before a \n.
        const next = cr + 1 === lf ? lf + 1 : cr + 1;
        starts.push(next);
        if (next > lf && lf !== -1) lf = text.indexOf('\n', next);
        cr = text.indexOf('\r', next);
      } else {
        starts.push(lf + 1);
        lf = text.indexOf('\n', lf + 1);
      }
    }
    this.lineStarts = starts;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  /** Offset just after the line's last character, before its line break. */
  lineEnd(line: number): number {
    // No read past the list's end, and the text's length read on every call: the parse's loop over the lines has
    // this function optimised before it asks for the last line, and V8 dropped the optimised code at the first step
    // met there for the first time (an element past the end, or a property read with no feedback).
    const length = this.text.length;
    const next = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : undefined;
    if (next === undefined) return length;
    let end = next;
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  /** Offset of the next line's start (or the text's end on the last line). */
  lineBreakEnd(line: number): number {
    return this.lineStarts[line + 1] ?? this.text.length;
  }

  lineAt(offset: number): number {
    const starts = this.lineStarts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineAt(clamped);
    const start = this.lineStarts[line] ?? 0;
    return { line, character: Math.min(clamped, this.lineEnd(line)) - start };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    const start = this.lineStarts[position.line] ?? 0;
    const end = this.lineEnd(position.line);
    return Math.max(start, Math.min(start + Math.max(0, position.character), end));
  }
}

/** The line break a file mostly uses, so that inserted lines match it. */
export function dominantEol(text: string): string {
  let crlf = 0;
  let lf = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (text.charCodeAt(i - 1) === 13) crlf++;
    else lf++;
  }
  return crlf > lf ? '\r\n' : '\n';
}

/**
 * Below this length V8 copies a slice and flattens a concatenation at once (its `SlicedString::kMinLength` and
 * `ConsString::kMinLength`, both 13), so a shorter string never refers to another.
 */
const SHARING_MIN_LENGTH = 13;

/**
 * `s` as a string that refers to no other. V8 keeps a slice of 13 characters or more as a view of the string it was
 * cut from, and a concatenation as a pair of its parts, so a short name or message kept from one lint to the next
 * (a cache's value, a reused diagnostic) would keep the whole document it was cut from alive: a document typed into
 * for an hour would keep a copy of itself per edit. What a cache keeps across runs goes through here. The copy is made
 * by flattening a concatenation with one more character, which V8 does into a new string, and cutting that character
 * off again: the result is a view of the new string alone (`s.length + 1` characters).
 */
export function detach(s: string): string {
  return s.length < SHARING_MIN_LENGTH ? s : ` ${s}`.slice(1);
}

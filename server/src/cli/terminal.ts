/**
 * Text bound for a terminal. File names, article text (in messages) and config keys come from files nobody here
 * wrote: an escape sequence in a scraped page (an OSC 8 hyperlink, a cursor move, a screen clear) must show as
 * text, never act on the writer's terminal. JSON and SARIF output are not escaped: JSON has its own escapes.
 */

/**
 * What is shown visibly instead of acting: C0 controls (tab and line breaks too: a file name with a line break
 * could forge a line of the report), DEL, C1 controls (U+0080–U+009F; U+009B alone starts a sequence in some
 * terminals), and the bidirectional controls that can make text read differently from what it is (U+200E,
 * U+200F, U+202A–U+202E, U+2066–U+2069).
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\t': '\\t', '\n': '\\n', '\r': '\\r', '\u001b': '\\x1b' };

function visible(c: string): string {
  const named = NAMED[c];
  if (named) return named;
  const code = c.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/** `text` with every control character written out (`\x1b`, `\n`, `\u202e`), safe to print. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, visible);
}

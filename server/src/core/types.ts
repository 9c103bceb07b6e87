/**
 * The engine's own vocabulary. Nothing here knows about LSP or an editor:
 * every range is a pair of UTF-16 offsets into the text that was linted.
 */

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export type ActiveSeverity = Exclude<Severity, 'off'>;
export const SEVERITIES: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

/** A half-open range [start, end) of UTF-16 offsets. */
export interface Span {
  start: number;
  end: number;
}

export interface TextEdit extends Span {
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  /**
   * Safe fixes are applied by fix-all and `--fix`. An unsafe fix still shows
   * as a quick fix, but a person must choose it (for example, a placeholder
   * that asks for a source).
   */
  safe: boolean;
}

export interface Related extends Span {
  message: string;
}

/** What a rule reports. The engine adds the rule id and severity. */
export interface Report extends Span {
  message: string;
  fixes?: Fix[];
  related?: Related[];
}

export interface Finding extends Span {
  rule: string;
  severity: ActiveSeverity;
  message: string;
  fixes: Fix[];
  related: Related[];
}

export type JsonSchema = Record<string, unknown>;

export interface RuleMeta {
  /** Kebab-case id: the file name, doc page, settings key and suppression token. */
  id: string;
  description: string;
  defaultSeverity: Severity;
  fixable: boolean;
  /** `editorial` rules are Copydesk's own; `style` rules wrap write-good's checks. */
  tags: readonly ('editorial' | 'style')[];
  /** JSON schema properties for the rule's options in `.copydesk.json`. */
  options?: Record<string, JsonSchema>;
  /** One paragraph for hovers: why the finding matters and how to mend it. */
  rationale: string;
}

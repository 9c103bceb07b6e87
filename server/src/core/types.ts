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
   * A safe fix is sound without a person's check. An unsafe fix still shows
   * as a quick fix, but a person must choose it (for example, a placeholder
   * that asks for a source, or a guess between two titles).
   */
  safe: boolean;
  /**
   * Set by the engine, never by a rule: fix-all, `--fix` and fix on save apply
   * this fix. True when the fix is safe and its rule's fixes clean up
   * (`RuleMeta.fixKind: 'cleanup'`) or the configuration's `fixAll` lists the rule.
   */
  auto?: boolean;
}

export interface Related extends Span {
  message: string;
  /** The offsets are into the linked source text (`LintOptions.source`), not the linted document. */
  inSource?: boolean;
}

/** What a rule reports. The engine adds the rule id and severity. */
export interface Report extends Span {
  message: string;
  fixes?: Fix[];
  related?: Related[];
  /**
   * A weaker case reported below the rule's configured severity (for example a
   * figure the model is less sure needs a source). Never raises it: the engine
   * takes the lower of the two, and drops the finding when this is `off`.
   */
  severity?: Severity;
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
  /**
   * What the rule's safe fixes do. `cleanup` removes what should not be there
   * (pasted furniture, a cut-off teaser, a doubled word): fix-all applies it by
   * default. `rewrite` restyles the writer's copy: a quick fix only, unless the
   * configuration's `fixAll` lists the rule. Default `rewrite`.
   */
  fixKind?: 'cleanup' | 'rewrite';
  /** Findings mark text that should go (page furniture): editors may fade it. */
  unnecessary?: boolean;
  /** `editorial` rules are Copydesk's own; `style` rules wrap write-good's checks. */
  tags: readonly ('editorial' | 'style')[];
  /** JSON schema properties for the rule's options in `.copydesk.json`. */
  options?: Record<string, JsonSchema>;
  /** One paragraph for hovers: why the finding matters and how to mend it. */
  rationale: string;
}

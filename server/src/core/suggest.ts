/** "Did you mean": the closest known name to a mistyped one, by edit distance. Shared by the config check and the CLI. */

/**
 * Names longer than this get no suggestion: every rule id, option and setting is under 30 characters, so a longer
 * word is not a typo of one, and the distance's cost (length × length) stays small for a hostile 1 MB key.
 */
const MAX_SUGGESTED_LENGTH = 64;

/** Levenshtein distance (insertions, deletions and substitutions each cost 1). */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] ?? 0;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] ?? 0;
      prev[j] = Math.min(up + 1, (prev[j - 1] ?? 0) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = up;
    }
  }
  return prev[b.length] ?? 0;
}

/**
 * The candidate closest to `word`, when it is close enough to be a typo: at most 2 edits, or a third of the word's
 * length for longer words ("passive-voic" → "passive-voice", "ignoreWord" → "ignoreWords"). Case is ignored in the
 * comparison ("Adverb" → "adverb"). Undefined when nothing is close.
 */
export function closestName(word: string, candidates: Iterable<string>): string | undefined {
  if (word.length === 0 || word.length > MAX_SUGGESTED_LENGTH) return undefined;
  const allowed = Math.max(2, Math.floor(word.length / 3));
  const lower = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word || Math.abs(candidate.length - word.length) > allowed) continue;
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= allowed ? best : undefined;
}

/** ` (did you mean "x"?)`, or nothing: appended to a message about an unknown name. */
export function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? '' : ` (did you mean "${suggestion}"?)`;
}

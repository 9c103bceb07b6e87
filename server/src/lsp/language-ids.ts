/**
 * Editor language ids, which only the language server sees: the engine knows
 * document formats, and this is where an editor's id becomes one.
 */
import type { DocFormat } from '../core';

export function formatFromLanguageId(languageId: string): DocFormat {
  if (languageId === 'markdown') return 'markdown';
  if (languageId === 'article') return 'article';
  return 'text';
}

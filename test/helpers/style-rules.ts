/** The nine write-good checks as Copydesk's style rules, each on at `info`: what the style tests lint with. */
import assert from 'node:assert/strict';
import { ruleById, type Config, type Rule } from '../../server/src/core';

export const STYLE_IDS = [
  'adverb',
  'cliche',
  'e-prime',
  'lexical-illusion',
  'passive-voice',
  'starts-with-so',
  'there-is',
  'too-wordy',
  'weasel-word',
];

export const STYLE_RULES: Rule[] = STYLE_IDS.map((id) => {
  const rule = ruleById(id);
  assert.ok(rule, id);
  return rule;
});

export const STYLE_CONFIG: Config = { rules: Object.fromEntries(STYLE_IDS.map((id) => [id, 'info'])) };

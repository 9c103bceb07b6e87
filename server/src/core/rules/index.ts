/** The one list of rules, in alphabetical order (a test checks the order and that ids match file names). */
import type { Rule } from '../rule';
import adverb from './adverb';
import boilerplate from './boilerplate';
import cliche from './cliche';
import ePrime from './e-prime';
import headlineCase from './headline-case';
import inconsistentTitle from './inconsistent-title';
import lexicalIllusion from './lexical-illusion';
import passiveVoice from './passive-voice';
import sourcePlaceholder from './source-placeholder';
import startsWithSo from './starts-with-so';
import thereIs from './there-is';
import titleMismatch from './title-mismatch';
import tooWordy from './too-wordy';
import truncatedTeaser from './truncated-teaser';
import unattributedNumber from './unattributed-number';
import weaselWord from './weasel-word';

export const RULES: readonly Rule[] = [
  adverb,
  boilerplate,
  cliche,
  ePrime,
  headlineCase,
  inconsistentTitle,
  lexicalIllusion,
  passiveVoice,
  sourcePlaceholder,
  startsWithSo,
  thereIs,
  titleMismatch,
  tooWordy,
  truncatedTeaser,
  unattributedNumber,
  weaselWord,
];

const BY_ID = new Map(RULES.map((r) => [r.meta.id, r]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}

/** The one list of rules, in alphabetical order (a test checks the order and that ids match file names). */
import type { Rule } from '../rule';
import adverb from './adverb';
import boilerplate from './boilerplate';
import cliche from './cliche';
import driftAttribution from './drift-attribution';
import driftFigure from './drift-figure';
import driftName from './drift-name';
import driftQuote from './drift-quote';
import driftTitle from './drift-title';
import ePrime from './e-prime';
import headlineCase from './headline-case';
import inconsistentTitle from './inconsistent-title';
import lexicalIllusion from './lexical-illusion';
import passiveVoice from './passive-voice';
import sourceLink from './source-link';
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
  driftAttribution,
  driftFigure,
  driftName,
  driftQuote,
  driftTitle,
  ePrime,
  headlineCase,
  inconsistentTitle,
  lexicalIllusion,
  passiveVoice,
  sourceLink,
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

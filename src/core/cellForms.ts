/**
 * The cell forms of SPEC section 3, once. The engine's `readCell` (cells.ts) and the highlight
 * formulas (highlightFormula.ts) are both generated from this table, so they cannot drift.
 * Texts are compared trimmed and lower-cased; forms are tried in order, the first that matches
 * gives the reading.
 */
import { type Pattern, alt, altOf, digits, lit, oneOf, opt, seq, spaces } from './pattern';

/** Scores above 150% of points are typing errors, not extra credit (SPEC 3). */
export const EXTRA_CREDIT_LIMIT = 1.5;

const sign = opt(oneOf('+-'));
/** `8`, `8.`, `8.5`, `.5`: digits, then an optional point and digits; or a point and digits. */
export const UNSIGNED: Pattern = alt(seq(digits(1), opt(seq(lit('.'), digits(0)))), seq(lit('.'), digits(1)));
export const SIGNED: Pattern = seq(sign, UNSIGNED);
/** A number as a teacher types it: `8`, `-1`, `.5`, `1e3`. */
export const NUMBER: Pattern = seq(SIGNED, opt(seq(lit('e'), sign, digits(1))));
/** `8,5` from a CSV written in a decimal-comma locale (engine only: Sheets parses typed cells itself). */
export const DECIMAL_COMMA: Pattern = seq(sign, digits(1), lit(','), digits(1));
export const PERCENT_SIGN: Pattern = seq(spaces, lit('%'));
/** `80%`, `80 %`, `-5%` (negative reads invalid). */
export const PERCENT: Pattern = seq(SIGNED, PERCENT_SIGN);
export const RATIO_SEPARATOR: Pattern = seq(spaces, alt(lit('/'), lit('out of')), spaces);
/** `-1/2` in an answer: a signed first number, `/` only (answerKey.ts). */
export const SLASH: Pattern = seq(spaces, lit('/'), spaces);
export const SIGNED_RATIO: Pattern = seq(SIGNED, SLASH, UNSIGNED);
/** `4/5`, `4 / 5`, `4 out of 5`. */
export const RATIO: Pattern = seq(UNSIGNED, RATIO_SEPARATOR, UNSIGNED);
/** `3+`, `2-`: a level of a proficiency scale, a quarter point above or below (SPEC 3). */
export const PLUS_MINUS: Pattern = seq(digits(1), oneOf('+-'));
/** What `+` and `-` add to a level, in points. */
export const PLUS_MINUS_STEP = 0.25;
/** The points of a proficiency scale (SPEC 3: a column out of 4 or 5); elsewhere `3+` is invalid. */
export const SCALE_POINTS: readonly number[] = [4, 5];

export type FormReading =
  /** No data: not a gap. */
  | { kind: 'blank' }
  /** Already a fraction of the points. */
  | { kind: 'fraction'; value: number }
  /** A bare number: a fraction once divided by the item's points. */
  | { kind: 'number' }
  /** The number before `%`, ÷ 100. */
  | { kind: 'percent' }
  /** First number ÷ second. */
  | { kind: 'ratio' }
  /** The level ± PLUS_MINUS_STEP points, in a column out of SCALE_POINTS; invalid elsewhere. */
  | { kind: 'plusMinus' };

export type CellForm =
  | { name: string; words: readonly string[]; reads: FormReading }
  | { name: string; pattern: Pattern; reads: FormReading };

export const NO_DATA_WORDS = [
  '',
  'absent',
  'abs',
  'ex',
  'exc',
  'excused',
  'e',
  'missing',
  'inc',
  'incomplete',
  'n/a',
  'na',
  '-',
] as const;
export const TRUE_WORDS = ['true', 'y', 'yes', 'correct', '✓', '✔', '☑'] as const;
export const FALSE_WORDS = ['false', 'n', 'no', 'incorrect', '✗', '✘', '☒'] as const;

export const CELL_FORMS: readonly CellForm[] = [
  { name: 'no data', words: NO_DATA_WORDS, reads: { kind: 'blank' } },
  { name: 'true', words: TRUE_WORDS, reads: { kind: 'fraction', value: 1 } },
  { name: 'false', words: FALSE_WORDS, reads: { kind: 'fraction', value: 0 } },
  { name: 'number', pattern: NUMBER, reads: { kind: 'number' } },
  { name: 'percent', pattern: PERCENT, reads: { kind: 'percent' } },
  { name: 'ratio', pattern: RATIO, reads: { kind: 'ratio' } },
  { name: 'plus or minus', pattern: PLUS_MINUS, reads: { kind: 'plusMinus' } },
];

/** A word list as one pattern (`^(?:absent|abs|…)$` in a formula). */
export function wordsPattern(words: readonly string[]): Pattern {
  return altOf(words.map(lit));
}

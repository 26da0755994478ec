/**
 * The slips behind wrong answers to a linear equation (SPEC 6b): each catalogued slip's value,
 * in the SPEC's table order, and the pattern a student's answer matches. Exact arithmetic only:
 * answers are read as fractions (`5.6`, `28/5`, `x = 5.6`), never as floats.
 */
import Fraction from 'fraction.js';
import type { LinearEquation } from './equation';

import { type Label, type Pattern, PATTERN_WORDS, UNCLASSIFIED } from './patterns';

export { type Label, type Pattern, PATTERN_WORDS, UNCLASSIFIED };

export interface Slip {
  pattern: Pattern;
  value: Fraction;
}

/** x/y, or null when y is 0 (the slip is then undefined). */
function ratio(x: Fraction, y: Fraction): Fraction | null {
  return y.equals(0) ? null : x.div(y);
}

/**
 * Each slip's value in table order, dropped when undefined, when it equals the correct answer, or
 * when an earlier slip already gives the same value (the first in the table names it).
 */
export function slipsOf(eq: LinearEquation): Slip[] {
  const { a, b, c, d, distributed } = eq;
  const correct = ratio(d.sub(b), a.sub(c));
  const table: [Pattern, Fraction | null][] = [
    ['sign-slip', ratio(d.add(b), a.sub(c))],
    ['x-sign-slip', c.equals(0) ? null : ratio(d.sub(b), a.add(c))],
    ['forgot-to-divide', a.sub(c).equals(1) ? null : d.sub(b)],
    ['divided-one-term', c.equals(0) && !a.equals(1) ? d.div(a).sub(b) : null],
    ['reciprocal', ratio(a.sub(c), d.sub(b))],
    ['distributed-first-only', distributed ? ratio(d.sub(distributed.q), distributed.p) : null],
    ['opposite-sign', correct === null ? null : correct.neg()],
  ];
  const slips: Slip[] = [];
  for (const [pattern, value] of table) {
    if (value === null || (correct !== null && value.equals(correct))) continue;
    if (slips.some((s) => s.value.equals(value))) continue;
    slips.push({ pattern, value });
  }
  return slips;
}

/** A number as a student wrote it: its exact value, and its decimal places when written as a decimal. */
export interface WrittenNumber {
  value: Fraction;
  places: number;
}

const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)$/;
const RATIO = /^[+-]?\d+\s*\/\s*[+-]?\d+$/;
/** `x = 5.6`: a letter and `=` before the number (SPEC 6b reads it as 5.6). */
const ASSIGNMENT = /^[a-z]\s*=\s*/i;

/** An answer's exact number, or null when it is not one (then it is `unclassified`). */
export function readAnswer(text: string): WrittenNumber | null {
  const plain = text
    .trim()
    .replace(/\u2212/g, '-')
    .replace(ASSIGNMENT, '')
    .replace(/\s+/g, ' ');
  if (plain.length > 40) return null; // no number a student writes is longer
  if (DECIMAL.test(plain)) {
    const dot = plain.indexOf('.');
    return { value: new Fraction(plain.replace(/^\+/, '')), places: dot < 0 ? 0 : plain.length - dot - 1 };
  }
  if (RATIO.test(plain)) {
    const [n, dd] = plain.split('/').map((p) => p.trim().replace(/^\+/, ''));
    if (Number(dd) === 0) return null;
    return { value: new Fraction(n).div(new Fraction(dd)), places: 0 };
  }
  return null;
}

/** Rounded half away from zero, as a teacher rounds (fraction.js rounds -0.125 up to -0.12). */
function rounded(value: Fraction, places: number): Fraction {
  const size = value.abs().round(places);
  return value.s < 0n ? size.neg() : size;
}

/** Whether a written number stands for a value: exactly, or rounded when written with 2+ places. */
export function matches(written: WrittenNumber, value: Fraction): boolean {
  if (written.value.equals(value)) return true;
  return written.places >= 2 && rounded(value, written.places).equals(written.value);
}

/** The pattern of a wrong answer: the first slip it matches, else `unclassified`. */
export function patternOf(slips: Slip[], answer: string): Label {
  const written = readAnswer(answer);
  if (written === null) return UNCLASSIFIED;
  for (const slip of slips) if (matches(written, slip.value)) return slip.pattern;
  return UNCLASSIFIED;
}

/** An exact value as a teacher writes it: a decimal when it ends (5.6), else a fraction (-1/3). */
export function formatValue(value: Fraction): string {
  let d = value.d;
  while (d % 2n === 0n) d /= 2n;
  while (d % 5n === 0n) d /= 5n;
  return d === 1n ? value.toString() : value.toFraction();
}

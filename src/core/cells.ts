/**
 * How one cell value reads (SPEC section 3, "Cell values").
 * A bare number needs its item's points possible; everything else is already a fraction.
 */
import type { CellValue, Fraction } from './types';

export type CellReading =
  | { kind: 'number'; value: number }
  | { kind: 'fraction'; value: Fraction }
  | { kind: 'blank' }
  | { kind: 'invalid' };

/** Scores above 150% of points are typing errors, not extra credit. */
export const EXTRA_CREDIT_LIMIT = 1.5;

const BLANK: CellReading = { kind: 'blank' };
const INVALID: CellReading = { kind: 'invalid' };
const NO_DATA_WORDS = new Set(['absent', 'abs', 'ex', 'exc', 'excused', 'n/a', 'na', '-']);
const TRUE_WORDS = new Set(['true', 'y', 'yes', 'correct', '✓', '✔', '☑']);
const FALSE_WORDS = new Set(['false', 'n', 'no', 'incorrect', '✗', '✘', '☒']);

const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;
const PERCENT = /^([+-]?(?:\d+\.?\d*|\.\d+))\s*%$/;
const RATIO = /^(\d+\.?\d*|\.\d+)\s*(?:\/|out of)\s*(\d+\.?\d*|\.\d+)$/;

export interface CellOptions {
  /** CSV from a locale that writes `8,5` for 8.5 (it separates fields with `;`). */
  decimalComma?: boolean;
}

function fraction(value: number): CellReading {
  return value >= 0 && value <= EXTRA_CREDIT_LIMIT ? { kind: 'fraction', value } : INVALID;
}

function number(value: number): CellReading {
  return Number.isFinite(value) && value >= 0 ? { kind: 'number', value: value === 0 ? 0 : value } : INVALID;
}

/** Parses a number written as text (`'8'`, `' .5 '`), or returns null. */
export function parseNumber(text: string, options: CellOptions = {}): number | null {
  const s = text.trim();
  if (NUMBER.test(s)) return Number(s);
  if (options.decimalComma && DECIMAL_COMMA.test(s)) return Number(s.replace(',', '.'));
  return null;
}

export function readCell(value: CellValue, options: CellOptions = {}): CellReading {
  if (value === null || value === undefined) return BLANK;
  if (typeof value === 'boolean') return { kind: 'fraction', value: value ? 1 : 0 };
  if (typeof value === 'number') return number(value);
  if (typeof value !== 'string') return INVALID; // Dates and anything exotic
  const s = value.trim().toLowerCase();
  if (s === '' || NO_DATA_WORDS.has(s)) return BLANK;
  if (TRUE_WORDS.has(s)) return { kind: 'fraction', value: 1 };
  if (FALSE_WORDS.has(s)) return { kind: 'fraction', value: 0 };
  const n = parseNumber(s, options);
  if (n !== null) return number(n);
  const percent = PERCENT.exec(s);
  if (percent) return fraction(Number(percent[1]) / 100);
  const ratio = RATIO.exec(s);
  if (ratio) {
    const whole = Number(ratio[2]);
    return whole > 0 ? fraction(Number(ratio[1]) / whole) : INVALID;
  }
  return INVALID;
}

/** The text of a cell as a teacher would read it back in a warning. */
export function cellText(value: CellValue): string {
  if (value instanceof Date) return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
  if (value === null || value === undefined) return '';
  return String(value);
}

/** Reads a mastery cut or band limit written `0.8` or `80%`; null when it is neither. */
export function parseFractionSetting(value: CellValue): number | null {
  if (value === null || value === undefined || value === '') return null;
  let n: number | null = null;
  if (typeof value === 'number') n = value;
  else if (typeof value === 'string') {
    const s = value.trim();
    const percent = PERCENT.exec(s);
    if (percent) return Number(percent[1]) / 100;
    n = parseNumber(s);
  }
  return n !== null && Number.isFinite(n) ? n : null;
}

/**
 * How one cell value reads (SPEC section 3, "Cell values").
 * A bare number needs its item's points possible; everything else is already a fraction.
 */
import {
  CELL_FORMS,
  DECIMAL_COMMA,
  EXTRA_CREDIT_LIMIT,
  NUMBER,
  PERCENT_SIGN,
  PLUS_MINUS,
  PLUS_MINUS_STEP,
  RATIO_SEPARATOR,
  SIGNED,
  UNSIGNED,
} from './cellForms';
import { type Pattern, matches } from './pattern';
import type { CellValue, Fraction } from './types';

export { EXTRA_CREDIT_LIMIT };

export type CellReading =
  | { kind: 'number'; value: number }
  | { kind: 'fraction'; value: Fraction }
  | { kind: 'blank' }
  | { kind: 'invalid' }
  /** `3+` as 3.25 points: a score only in a column out of 4 or 5 (cellForms.ts SCALE_POINTS). */
  | { kind: 'scale'; value: number };

const INVALID: CellReading = { kind: 'invalid' };

/** The word forms of the table, as one lookup: a word's reading, or undefined. */
const WORDS = new Map<string, CellReading>();
for (const form of CELL_FORMS) {
  if (!('words' in form)) continue;
  const reading: CellReading =
    form.reads.kind === 'fraction' ? { kind: 'fraction', value: form.reads.value } : { kind: 'blank' };
  for (const word of form.words) if (!WORDS.has(word)) WORDS.set(word, reading);
}

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
  const s = sheetsTrim(text);
  if (matches(NUMBER, s)) return Number(s);
  if (options.decimalComma && matches(DECIMAL_COMMA, s)) return Number(s.replace(',', '.'));
  return null;
}

/** `80%` as 0.8, or null. */
function parsePercent(s: string): number | null {
  const end = SIGNED.scan(s, 0);
  return end > 0 && PERCENT_SIGN.scan(s, end) === s.length ? Number(s.slice(0, end)) / 100 : null;
}

/** `4/5`, `4 out of 5`: the two numbers, or null. */
export function parseRatio(
  s: string,
  first: Pattern = UNSIGNED,
  separator: Pattern = RATIO_SEPARATOR,
): [number, number] | null {
  const a = first.scan(s, 0);
  const b = a < 0 ? -1 : separator.scan(s, a);
  if (b < 0 || UNSIGNED.scan(s, b) !== s.length) return null;
  return [Number(s.slice(0, a)), Number(s.slice(b))];
}

/** One text through the forms of cellForms.ts, in their order. */
function readText(s: string, options: CellOptions): CellReading {
  const word = WORDS.get(s);
  if (word) return word;
  for (const form of CELL_FORMS) {
    switch (form.reads.kind) {
      case 'number': {
        const n = parseNumber(s, options);
        if (n !== null) return number(n);
        break;
      }
      case 'percent': {
        const p = parsePercent(s);
        if (p !== null) return fraction(p);
        break;
      }
      case 'ratio': {
        const r = parseRatio(s);
        if (r) return r[1] > 0 ? fraction(r[0] / r[1]) : INVALID;
        break;
      }
      case 'plusMinus': {
        if (matches(PLUS_MINUS, s)) {
          const value = Number(s.slice(0, -1)) + (s.endsWith('+') ? PLUS_MINUS_STEP : -PLUS_MINUS_STEP);
          return value >= 0 ? { kind: 'scale', value } : INVALID; // `0-` is below any scale
        }
        break;
      }
      default: // word forms: looked up above
    }
  }
  return INVALID;
}

/**
 * Text as Sheets' TRIM leaves it: leading, trailing and repeated spaces removed (Docs Editors Help,
 * TRIM), and nothing else: a tab, a line break or a no-break space stays. The highlight formulas
 * compare `LOWER(TRIM(TO_TEXT(cell)))`, so the engine trims the same way. A loop, not a pattern: a
 * long run of spaces costs what a short one does.
 */
export function sheetsTrim(text: string): string {
  let out = '';
  let pendingSpace = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === ' ') {
      pendingSpace = out !== '';
      continue;
    }
    if (pendingSpace) out += ' ';
    pendingSpace = false;
    out += ch;
  }
  return out;
}

export function readCell(value: CellValue, options: CellOptions = {}): CellReading {
  if (value === null || value === undefined) return WORDS.get('')!;
  if (typeof value === 'boolean') return { kind: 'fraction', value: value ? 1 : 0 };
  if (typeof value === 'number') return number(value);
  if (typeof value !== 'string') return INVALID; // Dates and anything exotic
  return readText(sheetsTrim(value).toLowerCase(), options);
}

/** The text of a cell as a teacher would read it back in a warning. */
export function cellText(value: CellValue): string {
  if (value instanceof Date)
    return isNaN(value.getTime()) ? 'Invalid Date' : value.toISOString().slice(0, 10);
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
    const percent = parsePercent(s);
    if (percent !== null) return percent;
    n = parseNumber(s);
  }
  return n !== null && Number.isFinite(n) ? n : null;
}

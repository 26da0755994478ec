/**
 * What a cell holds after text is typed into it (or written with `Range.setValues`, which parses
 * strings the same way): Sheets turns number-, percent-, date- and boolean-looking text into those
 * types and `=...` into a formula; a leading apostrophe keeps the rest as text. The spreadsheet
 * locale modelled is en_US (month before day). Each rule cites its source; docs/sheets-behaviour.md
 * lists what Google's documentation leaves unsaid and how this model decides it.
 */

export type Value = string | number | boolean | Date;

export interface Entered {
  value: Value;
  /** The formula, when the text was one (its value comes from the formula evaluator). */
  formula?: string;
  /** The number format Sheets picks for what it parsed ('' = left as it was). */
  numberFormat: string;
}

// Plain decimals, written so no two quantifiers can share a digit (no backtracking on long runs).
const DECIMAL = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const GROUPED = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
const PERCENT = /^([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%$/;
// M/D, M/D/YYYY and the Forms timestamp M/D/YYYY H:MM:SS (en_US: month first).
const DATE = /^(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?(?: (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
// `+1-555` and `-2+3` are typed formulas in Sheets (a leading + or - then arithmetic).
const SIGNED_ARITHMETIC = /^[+-]\s*[\d(][^]*[-+*/^]/;

/** A real calendar date, or null (`4/31` and `13/5` stay text). */
function calendarDate(year: number, month: number, day: number, h = 0, m = 0, s = 0): Date | null {
  if (month < 1 || month > 12 || day < 1 || h > 23 || m > 59 || s > 59) return null;
  const date = new Date(year, month - 1, day, h, m, s);
  return date.getMonth() === month - 1 && date.getDate() === day ? date : null;
}

/**
 * Typed text → what the cell holds. `year` is the current year, which Sheets supplies for `4/5`
 * (Docs Editors Help, "Format numbers in a spreadsheet": dates typed without a year).
 */
export function typed(text: string, year = new Date().getFullYear()): Entered {
  // A leading apostrophe forces text and is not part of the value (public Apps Script code; see docs).
  // Nothing says it changes the cell's number format, so it does not here.
  if (text.startsWith("'")) return { value: text.slice(1), numberFormat: '' };
  // "If it begins with '=' it is interpreted as a formula" (Apps Script reference, Range.setValue).
  if (text.startsWith('=') || SIGNED_ARITHMETIC.test(text))
    return { value: '', formula: text, numberFormat: '' };
  const s = text.trim();
  // USER_ENTERED: "strings may be converted to numbers, dates, etc." (Sheets API, ValueInputOption).
  if (/^(true|false)$/i.test(s)) return { value: s.toLowerCase() === 'true', numberFormat: '' };
  if (DECIMAL.test(s)) return { value: Number(s), numberFormat: '' };
  if (GROUPED.test(s)) return { value: Number(s.replace(/,/g, '')), numberFormat: '#,##0.###' };
  const percent = PERCENT.exec(s);
  if (percent) {
    const decimals = percent[1].includes('.') ? '.00' : '';
    return { value: Number(percent[1]) / 100, numberFormat: `0${decimals}%` };
  }
  const date = DATE.exec(s);
  if (date) {
    const [, month, day, y, h, m, sec] = date;
    const when = calendarDate(
      y ? Number(y) : year,
      Number(month),
      Number(day),
      Number(h ?? 0),
      Number(m ?? 0),
      Number(sec ?? 0),
    );
    if (when)
      return { value: when, numberFormat: h !== undefined ? 'M/d/yyyy H:mm:ss' : y ? 'M/d/yyyy' : 'M/d' };
  }
  return { value: text, numberFormat: '' };
}

/** What `setValues` stores for one value: strings as typed; numbers, booleans and Dates as given. */
export function entered(value: unknown, year?: number): Entered {
  if (typeof value === 'string') return typed(value, year);
  if (value instanceof Date) return { value, numberFormat: 'M/d/yyyy' };
  if (typeof value === 'number' || typeof value === 'boolean') return { value, numberFormat: '' };
  // null and undefined clear the cell (Range.setValues accepts only the four value types).
  return { value: '', numberFormat: '' };
}

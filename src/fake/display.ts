/**
 * The text Sheets shows for a value under a number format, as `Range.getDisplayValues()` returns
 * it ("the displayed values ... taking into account date, time and currency formatting", Apps Script
 * reference). Only the formats this model produces or the add-on writes are rendered; others fall
 * back to the plain value.
 */
import type { Value } from './typing';

const pad = (n: number) => String(n).padStart(2, '0');

function dateText(date: Date, format: string): string {
  const day = `${date.getMonth() + 1}/${date.getDate()}`;
  if (format === 'M/d') return day;
  const full = `${day}/${date.getFullYear()}`;
  if (format.includes('H'))
    return `${full} ${date.getHours()}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return full;
}

/**
 * A number under a digit pattern such as `0.00` or `#,##0.###`: "If you include a decimal point in
 * the format, it's always rendered, even for whole numbers" (Sheets API formats guide), so
 * `0.###` shows 3 as `3.`. Grouping commas are left out (nothing here writes them).
 */
function patternText(value: number, pattern: string): string {
  const [whole, fraction = null] = pattern.replace(/,/g, '').split('.');
  if (fraction === null) return Math.round(value).toString();
  const most = fraction.length;
  const least = (fraction.match(/0/g) ?? []).length;
  let digits = value.toFixed(most);
  if (most > least) digits = digits.replace(new RegExp(`0{1,${most - least}}$`), '');
  const [int, dec = ''] = digits.split('.');
  const shownInt = int === '0' && !whole.includes('0') ? '' : int;
  return `${shownInt}.${dec}`;
}

/** A value as shown; `format` '' is the automatic format of a cell nobody formatted. */
export function displayText(value: Value, format: string): string {
  if (value instanceof Date) return dateText(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const percent = /^0(?:\.(0+))?%$/.exec(format);
    if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
    if (/^[#0,]+(?:\.[#0]*)?$/.test(format)) return patternText(value, format);
    // Sheets shows at most about ten significant digits under the automatic format.
    return String(Number(value.toPrecision(10)));
  }
  return value;
}

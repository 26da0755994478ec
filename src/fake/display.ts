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
  if (format.includes('H')) return `${full} ${date.getHours()}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
  return full;
}

export function displayText(value: Value, format: string): string {
  if (value instanceof Date) return dateText(value, format);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    const percent = /^0(?:\.(0+))?%$/.exec(format);
    if (percent) return `${(value * 100).toFixed(percent[1]?.length ?? 0)}%`;
    // Sheets shows at most about ten significant digits under the automatic format.
    return String(Number(value.toPrecision(10)));
  }
  return value;
}

/**
 * Grading raw answers against an answer key (Forms quiz responses, SPEC section 3):
 * trimmed and case-insensitive; numbers compared as numbers (`0.5` = `.5`, `56/5` = `11.2`);
 * checkbox answers (`a, b`) compared as sets.
 */
import { SIGNED, SLASH } from './cellForms';
import { cellText, parseNumber, parseRatio } from './cells';
import type { CellValue } from './types';

/** A number, or a fraction `-1/2` (scanned in linear time: cellForms.ts). */
export function asNumber(text: string): number | null {
  const n = parseNumber(text);
  if (n !== null) return n;
  const ratio = parseRatio(text, SIGNED, SLASH);
  return ratio && ratio[1] !== 0 ? ratio[0] / ratio[1] : null;
}

/** One answer in a canonical form: numbers by value, text by its words. */
function canonical(part: string): string {
  const n = asNumber(part);
  return n === null ? part.replace(/\s+/g, ' ') : `#${Number(n.toPrecision(12))}`;
}

function normalize(value: CellValue): string {
  return cellText(value).trim().toLowerCase();
}

function choices(text: string): string[] {
  return [...new Set(text.split(/\s*[,;]\s*/).filter((p) => p !== '').map(canonical))].sort();
}

export function isAnswered(value: CellValue): boolean {
  return normalize(value) !== '';
}

export function answersMatch(given: CellValue, key: CellValue): boolean {
  const g = normalize(given);
  const k = normalize(key);
  if (/[,;]/.test(k) || /[,;]/.test(g)) {
    const a = choices(g);
    const b = choices(k);
    return a.length === b.length && a.every((x, i) => x === b[i]);
  }
  return canonical(g) === canonical(k);
}

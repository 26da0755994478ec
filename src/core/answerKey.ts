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

/** `x = 9`: a letter and `=` before a number (an equation item's answer, read as 9: SPEC 6b). */
const ASSIGNED = /^[a-z]\s*=\s*/;

/** One answer in a canonical form: numbers by value, text by its words. */
function canonical(part: string): string {
  const assigned = ASSIGNED.exec(part);
  const n = asNumber(assigned ? part.slice(assigned[0].length) : part);
  return n === null ? part.replace(/\s+/g, ' ') : `#${Number(n.toPrecision(12))}`;
}

function normalize(value: CellValue): string {
  return cellText(value).trim().toLowerCase();
}

function choices(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/\s*[,;]\s*/)
        .filter((p) => p !== '')
        .map(canonical),
    ),
  ].sort();
}

export function isAnswered(value: CellValue): boolean {
  return normalize(value) !== '';
}

/** An answer's normalised form: answers with one form are one answer of the distribution (SPEC 6b). */
export function answerId(value: CellValue): string {
  const g = normalize(value);
  return /[,;]/.test(g) ? choices(g).join(',') : canonical(g);
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

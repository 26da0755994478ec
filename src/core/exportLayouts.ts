/**
 * What real exports add to the plain layout (SPEC 3, "Other exports teachers paste or upload"):
 * Canvas quiz answer/score pairs, Canvas's `(read only)` summary columns, repeated attempts, and
 * the report's list of the columns left out. Each mutates the layout being detected, in place.
 */
import { columnLetter } from './a1';
import { type ColumnRole, normalizeLabel } from './labels';
import type { LayoutCorrection, LeftOut } from './layout';
import type { CellValue, Grid } from './types';

/** How many of a repeated condition's cells a warning names before "and N more". */
export const FIRST_FEW = 3;

/** `a, b, c and 4 more`: one line for a repeated condition, with its first few cases. */
export function firstFew(cases: readonly string[], few = FIRST_FEW): string {
  const shown = cases.slice(0, few).join(', ');
  return cases.length > few ? `${shown} and ${cases.length - few} more` : shown;
}

const text = (v: CellValue) => (v === null || v === undefined ? '' : String(v).trim());

/** Canvas quiz questions are headed `3101: question text`; the score column next to each by its points. */
const QUESTION = /^\d+:\s*(\S.*)$/;
const POINTS = /^\d+(\.\d+)?$/;

export interface ScorePairs {
  names: Record<number, string>;
  points: Record<number, number>;
  note: string | null;
}

/**
 * Canvas quiz student analysis: each question is an answer-text column, then a score column headed
 * by its points (`1.0`). The pair is one item: the score column, named by the question, out of its
 * header's points; the answer column is left out.
 */
export function scorePairs(
  header: ReadonlyArray<CellValue>,
  columns: ColumnRole[],
  correction: LayoutCorrection,
): ScorePairs {
  const names: Record<number, string> = {};
  const points: Record<number, number> = {};
  let count = 0;
  for (let c = 1; c < columns.length; c++) {
    if (columns[c] !== 'item' || columns[c - 1] !== 'item' || correction.columns?.[c - 1]) continue;
    const question = QUESTION.exec(text(header[c - 1]));
    const score = text(header[c]);
    if (!question || !POINTS.test(score) || Number(score) <= 0) continue;
    columns[c - 1] = 'ignored';
    names[c] = question[1];
    points[c] = Number(score);
    count++;
  }
  const note =
    count === 0
      ? null
      : `${count} questions read as answer and score pairs: each is one item, ` +
        'out of the points heading its score column.';
  return { names, points, note };
}

/**
 * Canvas marks its summary columns (`Current Score`, `Final Grade`, …) `(read only)` in the points row:
 * those columns are not items, whatever their header.
 */
export function readOnlyColumns(
  grid: Grid,
  columns: ColumnRole[],
  rows: Record<number, unknown>,
  correction: LayoutCorrection,
  header: ReadonlyArray<CellValue>,
  leftOut: LeftOut[],
): void {
  const labelled = Object.keys(rows).map(Number);
  for (let c = 0; c < columns.length; c++) {
    if (columns[c] !== 'item' || correction.columns?.[c]) continue;
    if (!labelled.some((r) => normalizeLabel(grid[r][c]) === '(read only)')) continue;
    columns[c] = 'ignored';
    leftOut.push({
      column: c,
      header: text(header[c]) || `Column ${columnLetter(c)}`,
      reason: 'summary columns marked (read only)',
    });
  }
}

/** One line: the columns left out, grouped by reason, in the order they were met. */
export function leftOutNote(leftOut: readonly LeftOut[]): string | null {
  if (leftOut.length === 0) return null;
  const byReason = new Map<string, string[]>();
  for (const { header, reason } of leftOut) {
    const names = byReason.get(reason);
    if (names) names.push(header);
    else byReason.set(reason, [header]);
  }
  const groups: string[] = [];
  byReason.forEach((names, reason) => groups.push(`${names.join(', ')} (${reason})`));
  return `Left out, not items: ${groups.join('; ')}. Mark any of them as an item to include it.`;
}

const ATTEMPT_HEADERS = new Set(['attempt', 'attempt number', 'attempt no']);

/**
 * A quiz export with an attempt column has one row per attempt: the latest attempt of each student
 * (the highest number; the lower row on a tie) is the one read, with one warning for all.
 */
export function latestAttempts(
  grid: Grid,
  header: ReadonlyArray<CellValue>,
  columns: ColumnRole[],
  identity: number[],
  students: number[],
  warnings: string[],
): number[] {
  const attempt = header.findIndex((h) => ATTEMPT_HEADERS.has(normalizeLabel(h)));
  if (attempt < 0) return students;
  const id = columns.indexOf('id');
  const keyColumns = id >= 0 ? [id] : identity;
  const keyOf = (r: number) => keyColumns.map((c) => text(grid[r][c]).toLowerCase()).join('\u0000');
  const numberOf = (r: number) => {
    const n = Number(text(grid[r][attempt]));
    return Number.isFinite(n) ? n : 0;
  };
  const latest = new Map<string, number>();
  const rowsOf = new Map<string, number[]>();
  for (const r of students) {
    const key = keyOf(r);
    const best = latest.get(key);
    if (best === undefined || numberOf(r) >= numberOf(best)) latest.set(key, r);
    const rows = rowsOf.get(key);
    if (rows) rows.push(r);
    else rowsOf.set(key, [r]);
  }
  const kept = new Set(latest.values());
  const repeated: string[] = [];
  rowsOf.forEach((rows, key) => {
    if (rows.length < 2) return;
    const keptRow = latest.get(key)!;
    const name = identity
      .map((c) => text(grid[keptRow][c]))
      .filter((t) => t !== '')
      .join(' ');
    const others = rows.filter((r) => r !== keptRow).map((r) => r + 1);
    repeated.push(`${name}: row ${keptRow + 1} kept, row ${others.join(', ')} left out`);
  });
  if (repeated.length > 0) {
    warnings.push(
      `${repeated.length} ${repeated.length === 1 ? 'student has' : 'students have'} ` +
        'more than one attempt: ' +
        `the latest attempt of each is read (${firstFew(repeated)}).`,
    );
  }
  return students.filter((r) => kept.has(r));
}

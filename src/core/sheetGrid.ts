/**
 * From what Sheets hands over (values, display texts, merged ranges) to the grid the engine reads,
 * the way a teacher reads the tab:
 * - a number shown as a percent (`85%`) is read as that fraction of the item, which needs no points;
 * - a Date is read as the text it shows: Sheets makes a date of a typed score like `4/5` (SPEC 3),
 *   and the teacher still sees `4/5`; such cells are listed so the engine can warn once per column;
 * - a merged range gives its value to the top-left cell only; the add-on gives it to every cell of
 *   the range (a header merged across columns names each, a section merged down holds for each row).
 */
import { plural } from './tierWords';
import { a1, columnLetter } from './a1';
import { readCell } from './cells';
import type { Gradebook } from './gradebook';
import type { CellValue, Grid } from './types';

/** A merged range, 0-based, as rows × columns from its top-left cell. */
export interface MergedRange {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

export interface SheetCells {
  /** `getValues()` of the data range. */
  values: ReadonlyArray<ReadonlyArray<unknown>>;
  /** `getDisplayValues()` of the same range. */
  displays: ReadonlyArray<ReadonlyArray<string>>;
  merged: MergedRange[];
}

export interface SheetGrid {
  grid: Grid;
  /** Cells Sheets holds as dates, read here as the text they show: `[row, column]`, 0-based. */
  dated: [number, number][];
  /** The merged ranges, as read: a header merged across columns is one name for each (gradebook.ts). */
  merged: MergedRange[];
}

/**
 * A Date from any realm: Apps Script hands over its own Dates, and the tests' in-memory spreadsheet
 * runs outside the vm that runs the bundle, where `instanceof Date` would say no.
 */
export const isDate = (v: unknown): v is Date =>
  // Numbers and text (nearly every cell) are turned away before the tag is asked: asking it boxes a
  // primitive, which cost a 10,000 × 100 CLASS_CHECK about 200 ms in a vm context (docs/performance.md).
  typeof v === 'object' && v !== null && Object.prototype.toString.call(v) === '[object Date]';

export function gridFromSheet({ values, displays, merged }: SheetCells): SheetGrid {
  const dated: [number, number][] = [];
  const grid: CellValue[][] = values.map((row, r) =>
    row.map((v, c) => {
      if (isDate(v)) {
        dated.push([r, c]);
        return displays[r][c];
      }
      // Shown as a percent (in any locale's spelling): the value is the fraction itself, as the
      // highlight formulas read it; the displayed text may be rounded (0.796 shows as 80%).
      if (typeof v === 'number') return displays[r][c].endsWith('%') ? `${v * 100}%` : v;
      return v as CellValue;
    }),
  );
  for (const m of merged) {
    const top = grid[m.row]?.[m.column];
    for (let r = m.row; r < Math.min(grid.length, m.row + m.rows); r++) {
      for (let c = m.column; c < Math.min(grid[r].length, m.column + m.columns); c++) grid[r][c] = top;
    }
  }
  return { grid, dated, merged };
}

/**
 * The text a teacher typed for a date Sheets made of it, where only the value is known (a custom
 * function's argument has no display text): in an en_US sheet a typed `4/5` is April 5, so the
 * month and day give back `4/5`. A score block holds no real dates, so every Date is read so.
 */
export function typedRatioOf(date: Date): string {
  return `${date.getMonth() + 1}/${date.getDate()}`;
}

/** Addresses named in a warning at most; the rest are counted. */
const SHOWN = 5;

/**
 * One warning per item column where Sheets turned typed scores into dates (SPEC 3): the cells are
 * read as typed (`4/5` = 80%), and the teacher is told how to keep them as text.
 */
export function datedScoreWarnings(book: Gradebook, dated: SheetGrid['dated']): string[] {
  if (dated.length === 0) return [];
  const students = new Set(book.layout.studentRows);
  const byColumn = new Map<number, string[]>();
  for (const [row, column] of dated) {
    if (students.has(row)) {
      const list = byColumn.get(column) ?? [];
      list.push(a1(row, column));
      byColumn.set(column, list);
    }
  }
  const warnings: string[] = [];
  for (const item of book.items) {
    const cells = byColumn.get(item.column);
    if (!cells) continue;
    const more = cells.length > SHOWN ? ` and ${cells.length - SHOWN} more` : '';
    warnings.push(
      `"${item.header}" (column ${columnLetter(item.column)}): ` +
        `Sheets turned ${plural(cells.length, 'typed score')} into dates ` +
        `(${cells.slice(0, SHOWN).join(', ')}${more}); they are read as typed, e.g. 4/5 as 80%. ` +
        'Format the column as Plain text (Format > Number) so Sheets keeps what you type.',
    );
  }
  return warnings;
}

/** Whether a cell's shown text reads as a score (used by tests and the preview to explain a date). */
export const readsAsScore = (text: string) => readCell(text).kind !== 'invalid';

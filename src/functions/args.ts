/**
 * Custom-function arguments as Sheets passes them: a cell as a scalar, a range as a 2D array,
 * blanks as "", omitted arguments as undefined. Wrong shapes get one clear message.
 */
import { readCell } from '../core/cells';
import { makeSettings } from '../core/settings';
import { isDate, typedRatioOf } from '../core/sheetGrid';
import type { CellValue, Grid, Settings } from '../core/types';

/** Thrown to show in the cell's #ERROR! tooltip. */
export class ArgumentError extends Error {}

/** An argument as Sheets passes it. */
export type Arg = CellValue | Grid;

function isGrid(value: Arg): value is Grid {
  return Array.isArray(value);
}

export function isOmitted(value: Arg): boolean {
  if (value === undefined || value === null || value === '') return true;
  return (
    Array.isArray(value) &&
    (value as Grid).every((row) => Array.isArray(row) && row.every((c) => c === '' || c == null))
  );
}

/** A range argument as a rectangular grid (missing cells read as blank). */
export function toGrid(value: Arg, name: string): Grid {
  if (value === undefined) throw new ArgumentError(`${name} is required: select a range of scores.`);
  if (!isGrid(value)) return [[value]];
  // A one-dimensional array (never from Sheets, possible from a script) is one row.
  const rows: Grid = value.every((row) => Array.isArray(row)) ? value : [value as unknown as CellValue[]];
  let width = 0;
  for (const row of rows) width = Math.max(width, row.length);
  if (width === 0) throw new ArgumentError(`${name} is empty.`);
  return rows.map((cells) => {
    // A score Sheets turned into a date (typed `4/5`) reads as typed, as on the menu's side (SPEC 3).
    // A plain loop: the row is copied only if it holds a date or is short, as a block's rows seldom are.
    let dated = false;
    for (let c = 0; c < cells.length && !dated; c++) dated = isDate(cells[c]);
    const read = dated ? cells.map((cell) => (isDate(cell) ? typedRatioOf(cell) : cell)) : cells;
    return read.length === width ? read : [...read, ...Array(width - read.length).fill('')];
  });
}

/** One value per column of scores, from a row or column range (or one cell for a 1-column block). */
export function perColumn(value: Arg, width: number, name: string): CellValue[] | null {
  if (isOmitted(value)) return null;
  const cells: CellValue[] = Array.isArray(value) ? (value as Grid).flat() : [value as CellValue];
  if (cells.length === 1 && width > 1 && !Array.isArray(value)) return Array(width).fill(cells[0]);
  if (cells.length !== width) {
    throw new ArgumentError(
      `${name} has ${cells.length} cells but the scores have ${width} columns: give one per column.`,
    );
  }
  return cells;
}

/** Points possible per column; NaN where blank (the column's own scores decide). */
export function pointsArg(value: Arg, width: number): number[] {
  const cells = perColumn(value, width, 'points');
  if (!cells) return Array(width).fill(NaN);
  return cells.map((cell, c) => {
    const reading = readCell(cell);
    if (reading.kind === 'blank') return NaN;
    if (reading.kind === 'number' && reading.value > 0) return reading.value;
    throw new ArgumentError(`points for column ${c + 1} ("${String(cell)}") is not a positive number.`);
  });
}

function scalar(value: Arg, name: string): CellValue {
  if (isOmitted(value)) return undefined;
  if (Array.isArray(value)) {
    const rows = value as Grid;
    if (rows.length === 1 && rows[0].length === 1) return rows[0][0];
    throw new ArgumentError(`${name} must be one cell, not a range.`);
  }
  return value as CellValue;
}

export function settingsArg(cut: Arg, lower?: Arg, upper?: Arg): Settings {
  try {
    return makeSettings({
      masteryCut: scalar(cut, 'cut'),
      lower: scalar(lower, 'lower'),
      upper: scalar(upper, 'upper'),
    });
  } catch (e) {
    throw new ArgumentError((e as Error).message);
  }
}

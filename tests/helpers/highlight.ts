/**
 * One gradebook seen two ways: the engine's reading of each score cell (the real layout and
 * gradebook code, fed as the adapter feeds it) and what the add-on's highlight rules paint there
 * (the real rules, evaluated by src/fake/formulas.ts).
 */
import { columnLetter } from '../../src/core/a1';
import { EPSILON } from '../../src/core/mastery';
import { readFractions, readGradebook } from '../../src/core/gradebook';
import { type HighlightKind, highlightRules } from '../../src/core/highlights';
import { detectLayout } from '../../src/core/layout';
import type { CellValue } from '../../src/core/types';
import { type Logic, paint } from '../../src/fake/formulas';
import { gridFromSheet } from '../../src/core/sheetGrid';
import { displayText } from '../../src/fake/display';

export type Seen = HighlightKind | 'none';

/** One cell as Sheets holds it: its value (getValues), number format, and display where it matters. */
export interface SheetCell {
  value: CellValue;
  format?: string;
  display?: string;
}

export interface Column {
  points: number;
  cut: number;
  cells: SheetCell[];
}

export interface Book {
  values: CellValue[][];
  formats: string[][];
  display: (string | null)[][];
  /** Where the score cells start. */
  firstRow: number;
  firstColumn: number;
}

/** A plain gradebook: Student | Q1…Qn, a points row, a mastery-cut row, then the students. */
export function sheetOf(columns: Column[], keyRow?: SheetCell[]): Book {
  let rows = 0;
  for (const c of columns) rows = Math.max(rows, c.cells.length);
  const head: SheetCell[][] = [
    [{ value: 'Student' }, ...columns.map((_, i) => ({ value: `Q${i + 1}` }))],
    [{ value: 'Points possible' }, ...columns.map((c) => ({ value: c.points }))],
    [{ value: 'Mastery cut' }, ...columns.map((c) => ({ value: c.cut }))],
  ];
  if (keyRow) head.push([{ value: 'Answer key' }, ...keyRow]);
  const body: SheetCell[][] = Array.from({ length: rows }, (_, r) => [
    { value: `Student ${r + 1}` },
    ...columns.map((c) => c.cells[r] ?? { value: '' }),
  ]);
  const all = [...head, ...body];
  return {
    values: all.map((row) => row.map((cell) => cell.value)),
    formats: all.map((row) => row.map((cell) => cell.format ?? 'General')),
    display: all.map((row) => row.map((cell) => cell.display ?? null)),
    firstRow: head.length,
    firstColumn: 1,
  };
}

/** What each cell shows: the given display text, else the in-memory spreadsheet's rendering. */
export function displaysOf(book: Book): string[][] {
  return book.values.map((row, r) =>
    row.map(
      (v, c) =>
        book.display[r][c] ?? (v === null || v === undefined ? '' : displayText(v, book.formats[r][c])),
    ),
  );
}

/** The grid the engine gets: what the adapter makes of values and display texts (src/core/sheetGrid.ts). */
export function engineGrid(book: Book): CellValue[][] {
  return gridFromSheet({ values: book.values, displays: displaysOf(book), merged: [] }).grid as CellValue[][];
}

function analyse(book: Book) {
  const grid = engineGrid(book);
  const layout = detectLayout(grid);
  const gradebook = readGradebook(grid, layout);
  return { gradebook, layout };
}

/** The engine's reading of every score cell, `[student][item]`. */
export function engineReadings(book: Book): Seen[][] {
  const { gradebook } = analyse(book);
  const { items, students } = gradebook;
  const invalid = new Set(gradebook.invalid.map((cell) => cell.address));
  const fractions = readFractions(gradebook);
  return students.map((student, s) =>
    items.map((item, i): Seen => {
      const address = `${columnLetter(item.column)}${student.row + 1}`;
      if (invalid.has(address)) return 'invalid';
      const f = fractions.fraction(s, i);
      if (Number.isNaN(f)) return 'noData';
      return f < item.cut - EPSILON ? 'below' : 'none';
    }),
  );
}

/** What the add-on's highlight rules paint on every score cell, `[student][item]`. */
export function paintedReadings(book: Book, logic: Logic = 'shortCircuit'): Seen[][] {
  const { gradebook } = analyse(book);
  const rules = highlightRules(gradebook);
  const painted = paint(
    { values: book.values, formats: book.formats, display: displaysOf(book) },
    rules,
    logic,
  );
  return gradebook.students.map((student) =>
    gradebook.items.map((item): Seen => {
      const index = painted[student.row][item.column];
      return index === -1 ? 'none' : rules[index].kind;
    }),
  );
}

/** What the rules paint on one cell in a column of `points` with mastery cut `cut`. */
export function paintedOne(
  cell: SheetCell,
  points: number,
  cut: number,
  logic: Logic = 'shortCircuit',
): Seen {
  return paintedReadings(sheetOf([{ points, cut, cells: [cell] }]), logic)[0][0];
}

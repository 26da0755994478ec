/**
 * Layout detection (SPEC section 3): which row is the header, which columns are identity
 * and which are items, which rows are labelled, where the students are. The result is plain
 * data; a teacher's corrections are plain data applied on top of it.
 */
import { columnLetter } from './a1';
import { readCell } from './cells';
import {
  type ColumnRole,
  type IdentityRole,
  type RowLabel,
  headerRole,
  isStudentLabel,
  normalizeLabel,
  notItemReason,
  rowLabel,
} from './labels';
import {
  FIRST_FEW,
  firstFew,
  latestAttempts,
  leftOutNote,
  readOnlyColumns,
  scorePairs,
} from './exportLayouts';
import { headerPoints } from './headerPoints';
import type { CellValue, Grid } from './types';

export type LayoutKind = 'plain' | 'classroom' | 'forms';

export interface Layout {
  kind: LayoutKind;
  /** 0-based row of the header. */
  headerRow: number;
  /** One role per grid column. */
  columns: ColumnRole[];
  /** Labelled rows by 0-based row. */
  rows: Record<number, RowLabel>;
  studentRows: number[];
  /** The row holding the correct answers (Forms), or null. */
  answerKeyRow: number | null;
  /** What was guessed rather than read from a label, in words a teacher can check. */
  guesses: string[];
  /** Columns with a header that are not items, and why (SPEC 3); a correction can include any back. */
  leftOut?: LeftOut[];
  /** Names and points read from headers, not a labelled row (Canvas quiz pairs; `Quiz 1 (20 pts)`). */
  itemNames?: Record<number, string>;
  itemPoints?: Record<number, number>;
  /**
   * Points a header states (`Quiz 1 (20 pts)`) where no points row gives them: used unless the scores
   * pass them (a column of percentages headed `(10 pts)`), when the column is out of its highest score.
   */
  statedPoints?: Record<number, number>;
  /** Conditions the teacher must hear about (the report's warnings), one line each. */
  warnings?: string[];
}

export interface LeftOut {
  column: number;
  header: string;
  reason: string;
}

/** A teacher's corrections, saved with the spreadsheet and applied on top of detection. */
export interface LayoutCorrection {
  headerRow?: number;
  columns?: Record<number, ColumnRole>;
  rows?: Record<number, RowLabel | 'student'>;
  /** The answer-key response: a 1-based sheet row number, or the responder's email. */
  answerKey?: string;
}

/** The grid cannot be read as a gradebook; the message says why in plain words. */
export class LayoutError extends Error {}

const IDENTITY: IdentityRole[] = ['name', 'last', 'first', 'email'];

/** Columns holding one of the roles, in order. */
function columnsOf(columns: ColumnRole[], roles: readonly ColumnRole[]): number[] {
  const found: number[] = [];
  for (let c = 0; c < columns.length; c++) if (roles.includes(columns[c])) found.push(c);
  return found;
}

function width(grid: Grid): number {
  let w = 0;
  for (let r = 0; r < grid.length; r++) w = Math.max(w, grid[r].length);
  return w;
}

function isBlank(value: CellValue): boolean {
  return value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

function looksLikeDate(value: CellValue): boolean {
  if (value instanceof Date) return true;
  if (typeof value !== 'string' || !/\d/.test(value) || !/[a-z/-]/i.test(value)) return false;
  return readCell(value).kind === 'invalid' && !Number.isNaN(Date.parse(value));
}

function findHeaderRow(grid: Grid): number {
  for (let r = 0; r < grid.length; r++) if (grid[r].some(isStudentLabel)) return r;
  throw new LayoutError(
    'No student column: no header cell reads Student, Name, Student Name, Last Name, First Name, Email, ' +
      'Email Address or a student ID (Student ID, SID, ID number, Username).',
  );
}

function detectColumns(
  header: ReadonlyArray<CellValue>,
  w: number,
  correction: LayoutCorrection,
  leftOut: LeftOut[],
): ColumnRole[] {
  const seen = new Set<IdentityRole>();
  const roles: ColumnRole[] = [];
  for (let c = 0; c < w; c++) {
    const forced = correction.columns?.[c];
    if (forced) {
      roles.push(forced);
      continue;
    }
    const h = header[c];
    const role = headerRole(h);
    const reason = role ? null : notItemReason(h);
    if (role && !seen.has(role)) {
      seen.add(role);
      roles.push(role);
    } else if (role || reason) {
      roles.push('ignored');
      leftOut.push({ column: c, header: String(h).trim(), reason: reason ?? 'identifiers' });
    } else if (isBlank(h)) {
      roles.push('ignored');
    } else {
      roles.push('item');
    }
  }
  return roles;
}

function kindOf(header: ReadonlyArray<CellValue>, roles: ColumnRole[]): LayoutKind {
  const has = (role: ColumnRole) => roles.includes(role);
  // Forms collects emails, or asks for a name (SPEC 3: `Full name`, `Your name`, `Name`).
  if (header.some((h) => normalizeLabel(h) === 'timestamp') && (has('email') || has('name'))) return 'forms';
  if (has('last') && has('first') && has('email') && !has('name')) return 'classroom';
  return 'plain';
}

function allBlank(row: ReadonlyArray<CellValue>, columns: number[]): boolean {
  for (let k = 0; k < columns.length; k++) if (!isBlank(row[columns[k]])) return false;
  return true;
}

/** Where a row's label is: its first non-blank cell outside the item columns, or -1. */
function labelColumn(row: ReadonlyArray<CellValue>, roles: ColumnRole[]): number {
  for (let c = 0; c < roles.length; c++) {
    if (roles[c] !== 'item' && !isBlank(row[c])) return c;
  }
  return -1;
}

/** Detects the layout of a gradebook grid, with the teacher's corrections applied. */
export function detectLayout(grid: Grid, correction: LayoutCorrection = {}): Layout {
  if (grid.length === 0 || width(grid) === 0) throw new LayoutError('The sheet is empty.');
  const guesses: string[] = [];
  const warnings: string[] = [];
  const leftOut: LeftOut[] = [];
  const headerRow = correction.headerRow ?? findHeaderRow(grid);
  if (headerRow < 0 || headerRow >= grid.length)
    throw new LayoutError(`Header row ${headerRow + 1} is outside the sheet.`);
  const header = grid[headerRow];
  const columns = detectColumns(header, width(grid), correction, leftOut);
  // A student ID identifies the student only when there is no name or email (SPEC 3).
  let identity = columnsOf(columns, IDENTITY);
  if (identity.length === 0) identity = columnsOf(columns, ['id']);
  if (identity.length === 0) {
    const at = `header row ${headerRow + 1}`;
    throw new LayoutError(`No student column in ${at}: name a column Student, Name, Email or Student ID.`);
  }
  const kind = kindOf(header, columns);
  const pairs = scorePairs(header, columns, correction);
  const items = columnsOf(columns, ['item']);

  const rows: Record<number, RowLabel> = {};
  const studentRows: number[] = [];
  const labelled = new Set<RowLabel>();
  /** Rows with values but no student (1-based): one line for all when there are more than a few. */
  const orphans: number[] = [];
  // An answer key above the header row, labelled (SPEC 3); an unlabelled one is chosen with --answer-key.
  for (let r = 0; r < headerRow; r++) {
    const at = labelColumn(grid[r], columns);
    if (at >= 0 && rowLabel(grid[r][at]) === 'key' && !labelled.has('key')) {
      rows[r] = 'key';
      labelled.add('key');
    }
  }
  for (let r = headerRow + 1; r < grid.length; r++) {
    const row = grid[r];
    const forced = correction.rows?.[r];
    if (forced) {
      if (forced === 'student') studentRows.push(r);
      else rows[r] = forced;
      continue;
    }
    const at = labelColumn(row, columns);
    if (at < 0 && row.every(isBlank)) continue;
    const label = at < 0 ? null : rowLabel(row[at]);
    if (label) {
      if (label !== 'ignored' && labelled.has(label))
        guesses.push(`Row ${r + 1} repeats the ${label} row: ignored.`);
      rows[r] = labelled.has(label) ? 'ignored' : label;
      labelled.add(label);
      continue;
    }
    // A filled identity cell as the label makes a student; otherwise look at every identity cell.
    if (!identity.includes(at) && allBlank(row, identity)) {
      const values = items.map((c) => row[c]).filter((v) => !isBlank(v));
      if (values.length === 0) continue;
      if (
        studentRows.length === 0 &&
        !labelled.has('points') &&
        values.every((v) => readCell(v).kind === 'number')
      ) {
        rows[r] = 'points';
        labelled.add('points');
        guesses.push(`Row ${r + 1} read as points possible (numbers above the first student).`);
      } else if (studentRows.length === 0 && values.every(looksLikeDate)) {
        rows[r] = 'ignored';
        guesses.push(`Row ${r + 1} read as due dates: ignored.`);
      } else {
        rows[r] = 'ignored';
        orphans.push(r + 1);
      }
      continue;
    }
    studentRows.push(r);
  }
  if (orphans.length <= FIRST_FEW) {
    for (const row of orphans) guesses.push(`Row ${row} has values but no student: ignored.`);
  } else {
    const rowsNamed = firstFew(orphans.map(String));
    guesses.push(`${orphans.length} rows have values but no student: ignored (rows ${rowsNamed}).`);
  }
  readOnlyColumns(grid, columns, rows, correction, header, leftOut);

  const keyLabelRow =
    Object.keys(rows)
      .map(Number)
      .find((r) => rows[r] === 'key') ?? null;
  let answerKeyRow = keyLabelRow;
  if (correction.answerKey !== undefined && correction.answerKey.trim() !== '') {
    answerKeyRow = resolveAnswerKey(grid, columns, studentRows, headerRow, correction.answerKey);
  } else if (answerKeyRow === null && kind === 'forms') {
    answerKeyRow = guessFormsKey(grid, header, studentRows);
    if (answerKeyRow !== null) {
      guesses.push(
        `Answer key: row ${answerKeyRow + 1}, the first response with a full score. ` +
          'Choose another if that is not your key.',
      );
    }
  }
  let students = answerKeyRow === null ? studentRows : studentRows.filter((r) => r !== answerKeyRow);
  students = latestAttempts(grid, header, columns, identity, students, warnings);

  if (kind !== 'forms' && answerKeyRow === null)
    dropNotesColumns(grid, header, columns, rows, students, correction, guesses);
  const note = leftOutNote(leftOut);
  if (note) guesses.push(note);
  if (pairs.note) guesses.push(pairs.note);
  const stated = headerPoints(grid, header, columns, rows);
  if (stated.note) guesses.push(stated.note);
  return {
    kind,
    headerRow,
    columns,
    rows,
    studentRows: students,
    answerKeyRow,
    guesses,
    leftOut,
    itemNames: pairs.names,
    itemPoints: pairs.points,
    statedPoints: stated.points,
    warnings,
  };
}

/** The response named by a row number (1-based, as the sheet shows it) or an email. */
function resolveAnswerKey(
  grid: Grid,
  columns: ColumnRole[],
  studentRows: number[],
  headerRow: number,
  spec: string,
): number {
  const wanted = spec.trim();
  if (/^\d+$/.test(wanted)) {
    const row = Number(wanted) - 1;
    // A row above the header holding answers (an exam sheet's key row) is a key too.
    const answers = (r: number) => grid[r].some((v, c) => columns[c] === 'item' && !isBlank(v));
    const above = row >= 0 && row < headerRow && answers(row);
    if (!above && !studentRows.includes(row)) {
      throw new LayoutError(`Answer key row ${wanted} is not a response row.`);
    }
    return row;
  }
  const email = columns.indexOf('email');
  const row = studentRows.find(
    (r) =>
      email >= 0 &&
      String(grid[r][email] ?? '')
        .trim()
        .toLowerCase() === wanted.toLowerCase(),
  );
  if (row === undefined) throw new LayoutError(`No response from ${wanted} to use as the answer key.`);
  return row;
}

/** Forms: the first response whose Score reads full marks (`4 / 4`), usually the teacher's. */
function guessFormsKey(grid: Grid, header: ReadonlyArray<CellValue>, studentRows: number[]): number | null {
  const score = header.findIndex((h) => normalizeLabel(h) === 'score');
  if (score < 0) return null;
  for (const r of studentRows) {
    const m = /^\s*(\d+(?:\.\d+)?)\s*\/\s*(\d+(?:\.\d+)?)\s*$/.exec(String(grid[r][score] ?? ''));
    if (m && Number(m[2]) > 0 && Number(m[1]) === Number(m[2])) return r;
  }
  return null;
}

/** A column of free text (most of its values are not scores) is notes, not an item. */
function dropNotesColumns(
  grid: Grid,
  header: ReadonlyArray<CellValue>,
  columns: ColumnRole[],
  rows: Record<number, RowLabel>,
  students: number[],
  correction: LayoutCorrection,
  guesses: string[],
): void {
  const labelRows = Object.keys(rows)
    .map(Number)
    .filter((r) => rows[r] !== 'ignored');
  columns.forEach((role, c) => {
    if (role !== 'item' || correction.columns?.[c]) return;
    if (labelRows.some((r) => !isBlank(grid[r][c]))) return;
    let filled = 0;
    let text = 0;
    for (const r of students) {
      const reading = readCell(grid[r][c]);
      if (reading.kind === 'blank') continue;
      filled++;
      if (reading.kind === 'invalid') text++;
    }
    if (filled > 0 && text * 2 > filled) {
      columns[c] = 'ignored';
      guesses.push(
        `Column ${columnLetter(c)} (${String(header[c]).trim()}) holds text, not scores: read as notes.`,
      );
    }
  });
}

/**
 * Reads a gradebook grid through its layout: items with their skills, steps, points and cuts;
 * students; and each student's fraction of each item's points (NaN = no data).
 */
import { columnLetter } from './a1';
import { answersMatch, isAnswered } from './answerKey';
import { type CellOptions, type CellReading, EXTRA_CREDIT_LIMIT, cellText, parseFractionSetting, readCell } from './cells';
import { normalizeLabel, type RowLabel } from './labels';
import type { Layout } from './layout';
import { type SkillMapEntry, splitSkills, stepLabel } from './skillMap';
import type { CellValue, Grid, InvalidCell, Item, MasteryCut, Student } from './types';

export interface ReadOptions extends CellOptions {
  masteryCut?: MasteryCut;
  skillMap?: SkillMapEntry[];
}

export interface Gradebook {
  layout: Layout;
  items: Item[];
  students: Student[];
  /** `fractions[s * items.length + i]`: student s's fraction of item i's points, NaN = no data. */
  fractions: Float64Array;
  invalid: InvalidCell[];
  warnings: string[];
}

function labelledRow(layout: Layout, label: RowLabel): number | null {
  for (const key of Object.keys(layout.rows)) if (layout.rows[Number(key)] === label) return Number(key);
  return null;
}

function text(value: CellValue): string {
  return cellText(value).trim();
}

function readItems(grid: Grid, layout: Layout, options: ReadOptions, warnings: string[]): Item[] {
  const header = grid[layout.headerRow];
  const at = (label: RowLabel) => {
    const r = labelledRow(layout, label);
    return (c: number): CellValue => (r === null ? '' : grid[r][c]);
  };
  const [pointsAt, skillsAt, stepAt, cutAt] = [at('points'), at('skills'), at('step'), at('cut')];
  const keyRow = layout.answerKeyRow;
  const defaultCut = options.masteryCut ?? 0.8;
  const map = new Map((options.skillMap ?? []).map((e) => [normalizeLabel(e.item), e]));
  const used = new Set<string>();
  const items: Item[] = [];
  layout.columns.forEach((role, column) => {
    if (role !== 'item') return;
    const name = text(header[column]) || `Column ${columnLetter(column)}`;
    const item: Item = { column, header: name, skills: [], step: stepLabel(stepAt(column)), points: NaN, cut: defaultCut };
    const skills = splitSkills(skillsAt(column));
    item.skills = skills.length > 0 ? skills : [name];
    const points = readCell(pointsAt(column));
    if (points.kind === 'number' && points.value > 0) item.points = points.value;
    else if (points.kind !== 'blank') warnings.push(`Points possible for "${name}" ("${text(pointsAt(column))}") is not a positive number: ignored.`);
    const cutText = text(cutAt(column));
    if (cutText !== '') {
      const cut = parseFractionSetting(cutAt(column));
      if (cut !== null && cut > 0 && cut <= 1) item.cut = cut;
      else warnings.push(`Mastery cut for "${name}" ("${cutText}") is not between 0% and 100%: the default is used.`);
    }
    const entry = map.get(normalizeLabel(name));
    if (entry) {
      used.add(normalizeLabel(name));
      if (entry.skills && entry.skills.length > 0) item.skills = entry.skills;
      if (entry.step !== undefined) item.step = entry.step;
      if (entry.points !== undefined) item.points = entry.points;
      if (entry.cut !== undefined) item.cut = entry.cut;
    }
    if (keyRow !== null) {
      const key = grid[keyRow][column];
      if (!isAnswered(key)) {
        warnings.push(`"${name}" has no answer in the answer key (row ${keyRow + 1}): not graded.`);
        return;
      }
      item.key = text(key);
      if (Number.isNaN(item.points)) item.points = 1;
    }
    items.push(item);
  });
  for (const entry of options.skillMap ?? []) {
    if (!used.has(normalizeLabel(entry.item))) warnings.push(`Skill Map names "${entry.item}", which is not an item column: ignored.`);
  }
  return items;
}

function readStudents(grid: Grid, layout: Layout, warnings: string[]): Student[] {
  const col = (role: string) => layout.columns.indexOf(role as never);
  const [name, last, first, email, section] = ['name', 'last', 'first', 'email', 'section'].map(col);
  const cell = (r: number, c: number) => (c >= 0 ? text(grid[r][c]) : '');
  const byName = new Map<string, number[]>();
  const students = layout.studentRows.map((row): Student => {
    const lastFirst = [cell(row, last), cell(row, first)].filter((s) => s !== '').join(', ');
    const mail = cell(row, email);
    const label = cell(row, name) || lastFirst || mail;
    byName.set(label, [...(byName.get(label) ?? []), row + 1]);
    return { row, name: label, email: mail || null, section: cell(row, section) || null };
  });
  for (const [label, rows] of byName) {
    if (rows.length > 1) warnings.push(`"${label}" appears more than once (rows ${rows.join(', ')}): each row is kept as its own student.`);
  }
  return students;
}

/** Distinct texts parsed per read at most; past it (a sheet of free text), texts are parsed each time. */
const TEXT_CACHE_LIMIT = 4096;

/** A gradebook repeats a handful of words (`absent`, `ex`, `80%`): each is parsed once per read. */
function readText(raw: CellValue, options: CellOptions, texts: Map<string, CellReading>): CellReading {
  if (typeof raw !== 'string') return readCell(raw, options);
  let reading = texts.get(raw);
  if (reading === undefined) {
    reading = readCell(raw, options);
    if (texts.size < TEXT_CACHE_LIMIT) texts.set(raw, reading);
  }
  return reading;
}

/** Answers graded against the key: 1 or 0, NaN where there is no answer. */
function readAnswers(grid: Grid, items: Item[], students: Student[]): Float64Array {
  const width = items.length;
  const fractions = new Float64Array(students.length * width);
  students.forEach((student, s) => {
    const row = grid[student.row];
    items.forEach((item, i) => {
      const raw = row[item.column];
      fractions[s * width + i] = isAnswered(raw) && readCell(raw).kind !== 'blank' ? (answersMatch(raw, item.key!) ? 1 : 0) : NaN;
    });
  });
  return fractions;
}

/**
 * Every student's fraction of every item's points (NaN = no data), in one pass row by row as
 * the grid is laid out. A bare number needs its item's points: where they are unknown (NaN)
 * they are inferred from the column's highest score, and those columns alone take a second pass.
 */
export function readScores(
  grid: Grid, items: Item[], students: Student[], options: CellOptions, invalid: InvalidCell[], warnings: string[],
): Float64Array {
  // With an answer key every item has its answer (readItems drops the ones without).
  if (items.some((item) => item.key !== undefined)) return readAnswers(grid, items, students);
  const n = students.length;
  const width = items.length;
  const fractions = new Float64Array(n * width);
  const columns = Int32Array.from(items, (item) => item.column);
  const points = Float64Array.from(items, (item) => item.points);
  const inferring = items.some((item) => Number.isNaN(item.points));
  // Bare numbers waiting for their column's inferred points.
  const pending = inferring ? new Uint8Array(n * width) : null;
  const highest = new Float64Array(width);
  const bad: number[] = [];
  const texts = new Map<string, CellReading>();
  for (let s = 0; s < n; s++) {
    const row = grid[students[s].row];
    const base = s * width;
    for (let i = 0; i < width; i++) {
      const raw = row[columns[i]];
      const k = base + i;
      let value: number;
      // Fast path: most cells Sheets hands over are plain scores.
      if (typeof raw === 'number' && raw >= 0 && raw < Infinity) value = raw;
      else if (raw === '' || raw === null || raw === undefined) {
        fractions[k] = NaN;
        continue;
      } else {
        const reading = readText(raw, options, texts);
        if (reading.kind !== 'number') {
          fractions[k] = reading.kind === 'fraction' ? reading.value : NaN;
          if (reading.kind === 'invalid') bad.push(k);
          continue;
        }
        value = reading.value;
      }
      if (value > highest[i]) highest[i] = value;
      const p = points[i];
      if (p !== p) {
        fractions[k] = value;
        pending![k] = 1;
        continue;
      }
      const f = value / p;
      if (f > EXTRA_CREDIT_LIMIT) {
        fractions[k] = NaN;
        bad.push(k);
      } else fractions[k] = f;
    }
  }
  if (pending) {
    items.forEach((item, i) => {
      if (!Number.isNaN(item.points)) return;
      item.points = highest[i] <= 1 ? 1 : highest[i];
      if (highest[i] > 1) warnings.push(`"${item.header}" has no points possible: read as out of ${highest[i]}, its highest score.`);
      for (let k = i; k < fractions.length; k += width) if (pending[k]) fractions[k] /= item.points;
    });
  }
  // Reported column by column, as a teacher scans a gradebook: bad is in row order, so a stable
  // bucket per column sorts it without comparisons.
  const byColumn: number[][] = items.map(() => []);
  for (const k of bad) byColumn[k % width].push(k);
  byColumn.forEach((ks, i) => {
    const { column, header } = items[i];
    const letter = columnLetter(column);
    for (const k of ks) {
      const row = students[(k - i) / width].row;
      invalid.push({ address: `${letter}${row + 1}`, raw: cellText(grid[row][column]), item: header });
    }
  });
  return fractions;
}

export function readGradebook(grid: Grid, layout: Layout, options: ReadOptions = {}): Gradebook {
  const warnings: string[] = [];
  // Forms answers mean nothing without the key: grade nothing rather than guess.
  const ungradable = layout.kind === 'forms' && layout.answerKeyRow === null;
  if (ungradable) warnings.push('No answer key: choose the response that holds the correct answers (its row number or email).');
  const items = ungradable ? [] : readItems(grid, layout, options, warnings);
  const students = readStudents(grid, layout, warnings);
  const invalid: InvalidCell[] = [];
  const fractions = readScores(grid, items, students, options, invalid, warnings);
  for (const cell of invalid) warnings.push(`Invalid score "${cell.raw}" at ${cell.address} (${cell.item}): counted as no data.`);
  if (students.length === 0) warnings.push('No student rows under the header.');
  return { layout, items, students, fractions, invalid, warnings };
}

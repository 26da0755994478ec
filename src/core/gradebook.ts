/**
 * Reads a gradebook grid through its layout: items with their skills, steps, points and cuts;
 * students; and each student's fraction of each item's points (NaN = no data).
 */
import { columnLetter } from './a1';
import { answersMatch, isAnswered } from './answerKey';
import { SCALE_POINTS } from './cellForms';
import {
  type CellOptions,
  type CellReading,
  EXTRA_CREDIT_LIMIT,
  cellText,
  parseFractionSetting,
  readCell,
} from './cells';
import { FIRST_FEW, firstFew } from './exportLayouts';
import { normalizeLabel, type RowLabel } from './labels';
import type { Layout } from './layout';
import { type Pool, PoolTally, skillPools, stepPools, threshold } from './mastery';
import type { MergedRange } from './sheetGrid';
import { applyEdit, editsByItem, type ItemEdit, itemKey, itemOverride } from './itemSetup';
import { oneSpellingPerSkill } from './skillKey';
import { type SkillMapEntry, splitSkills, stepLabel } from './skillMap';
import { FractionTable, type ScoreTable } from './studentTables';
import type { CellValue, Grid, InvalidCell, Item, MasteryCut, Step, Student } from './types';
import { sectionName } from './sectionNames';

export interface ReadOptions extends ScoreOptions {
  masteryCut?: MasteryCut;
  skillMap?: SkillMapEntry[];
  /** The setup's saved per-item edits (itemSetup.ts): under the Skill Map, over the labelled rows. */
  itemEdits?: ItemEdit[];
  /** Merged ranges of the tab (sheetGrid.ts): a header merged across columns is one name, not a duplicate. */
  merged?: MergedRange[];
}

export interface Gradebook {
  layout: Layout;
  items: Item[];
  /** Items the teacher left out in the setup, as they would read (the setup lists them to tick back). */
  excluded: Item[];
  students: Student[];
  /** Skills, and ladder steps in order, each pooling its items. */
  skills: Pool[];
  steps: Pool[];
  /** Each student's score on each skill, and on each step, tallied as the cells were read. */
  skillScores: ScoreTable;
  stepScores: ScoreTable;
  /** Per item: students with data, and students at or above its cut. */
  answered: Int32Array;
  mastered: Int32Array;
  invalid: InvalidCell[];
  warnings: string[];
  /** The cells it was read from, and how: `readFractions` reads them again. */
  grid: Grid;
  cellOptions: CellOptions;
}

function labelledRow(layout: Layout, label: RowLabel): number | null {
  for (const key of Object.keys(layout.rows)) if (layout.rows[Number(key)] === label) return Number(key);
  return null;
}

function text(value: CellValue): string {
  return (typeof value === 'string' ? value : cellText(value)).trim();
}

function readItems(
  grid: Grid,
  layout: Layout,
  options: ReadOptions,
  warnings: string[],
  excluded: Item[],
): Item[] {
  const header = grid[layout.headerRow];
  const at = (label: RowLabel) => {
    const r = labelledRow(layout, label);
    return (c: number): CellValue => (r === null ? '' : grid[r][c]);
  };
  const [pointsAt, skillsAt, stepAt, cutAt] = [at('points'), at('skills'), at('step'), at('cut')];
  const keyRow = layout.answerKeyRow;
  const defaultCut = options.masteryCut ?? 0.8;
  const map = new Map((options.skillMap ?? []).map((e) => [itemKey(e.item), e]));
  const edits = editsByItem(options.itemEdits);
  const used = new Set<string>();
  const items: Item[] = [];
  const names = distinctNames(header, layout, options.merged ?? [], warnings);
  layout.columns.forEach((role, column) => {
    if (role !== 'item') return;
    const name = names.get(column)!;
    const item: Item = {
      column,
      header: name,
      skills: [],
      step: stepLabel(stepAt(column)),
      points: NaN,
      cut: defaultCut,
    };
    const skills = splitSkills(skillsAt(column));
    item.skills = skills.length > 0 ? skills : [name];
    const points = readCell(pointsAt(column));
    const headerPoints = layout.itemPoints?.[column];
    if (points.kind === 'number' && points.value > 0) item.points = points.value;
    else if (headerPoints !== undefined && points.kind === 'blank') item.points = headerPoints;
    else if (points.kind !== 'blank')
      warnings.push(
        `Points possible for "${name}" ("${text(pointsAt(column))}") is not a positive number: ignored.`,
      );
    const cutText = text(cutAt(column));
    if (cutText !== '') {
      const cut = parseFractionSetting(cutAt(column));
      if (cut !== null && cut > 0 && cut <= 1) item.cut = cut;
      else
        warnings.push(
          `Mastery cut for "${name}" ("${cutText}") is not between 0% and 100%: the default is used.`,
        );
    }
    const over = itemOverride(name, map, edits);
    if (over?.from === 'skill-map') {
      const { entry } = over;
      used.add(itemKey(name));
      if (entry.skills && entry.skills.length > 0) item.skills = entry.skills;
      if (entry.step !== undefined) item.step = entry.step;
      if (entry.points !== undefined) item.points = entry.points;
      if (entry.cut !== undefined) item.cut = entry.cut;
    } else if (over?.from === 'setup') {
      applyEdit(item, over.edit);
      if (over.edit.included === false) {
        excluded.push(item);
        return;
      }
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
  const unused = (options.skillMap ?? []).filter((entry) => !used.has(itemKey(entry.item)));
  const unusedLine = skillMapUnused(unused.map((entry) => entry.item));
  if (unusedLine) warnings.push(unusedLine);
  return items;
}

/**
 * One line for the Skill Map's entries this tab has no column for, however many: one Skill Map
 * serves every tab, so entries for another assessment's items (or the template's example items)
 * are expected and must not crowd out this tab's own warnings.
 */
export function skillMapUnused(names: string[]): string | null {
  if (names.length === 0) return null;
  if (names.length === 1) return `Skill Map names "${names[0]}", which is not an item column: ignored.`;
  const shown = names.slice(0, 3).map((n) => `"${n}"`);
  const more = names.length > 3 ? `, and ${names.length - 3} more` : '';
  return (
    `Skill Map names ${names.length} items that are not item columns of this tab ` +
    `(${shown.join(', ')}${more}): ignored here.`
  );
}

/**
 * Each item column's name: its header (or the question a Canvas score column belongs to), or its
 * letter; a header met again is `Header (2)`, so duplicate headers stay distinct items (SPEC 3),
 * with one warning for all of them.
 */
function distinctNames(
  header: ReadonlyArray<CellValue>,
  layout: Layout,
  merged: MergedRange[],
  warnings: string[],
): Map<number, string> {
  const names = new Map<number, string>();
  // Columns under a header merged from a column to their left: the same header by the teacher's design.
  const spanned = new Set<number>();
  for (const m of merged) {
    if (m.row > layout.headerRow || m.row + m.rows <= layout.headerRow) continue;
    for (let c = m.column + 1; c < m.column + m.columns; c++) spanned.add(c);
  }
  const count = new Map<string, number>();
  const renamed: string[] = [];
  layout.columns.forEach((role, column) => {
    if (role !== 'item') return;
    const name = layout.itemNames?.[column] ?? (text(header[column]) || `Column ${columnLetter(column)}`);
    const key = normalizeLabel(name) || name;
    if (spanned.has(column)) {
      names.set(column, name);
      return;
    }
    const n = (count.get(key) ?? 0) + 1;
    count.set(key, n);
    if (n === 1) names.set(column, name);
    else {
      names.set(column, `${name} (${n})`);
      renamed.push(`${columnLetter(column)} "${name} (${n})"`);
    }
  });
  if (renamed.length > 0) {
    const repeat = renamed.length === 1 ? 'column repeats' : 'columns repeat';
    const which = firstFew(renamed);
    warnings.push(
      `${renamed.length} ${repeat} a header: ` + `each is its own item, named by its place (${which}).`,
    );
  }
  return names;
}

function readStudents(grid: Grid, layout: Layout, warnings: string[]): Student[] {
  const col = (role: string) => layout.columns.indexOf(role as never);
  const roles = ['name', 'last', 'first', 'email', 'section', 'id'];
  const [name, last, first, email, section, id] = roles.map(col);
  const cell = (r: number, c: number) => (c >= 0 ? text(grid[r][c]) : '');
  // First row of each name; the rows of the names seen more than once.
  const firstRow = new Map<string, number>();
  const repeats = new Map<string, number[]>();
  const students = layout.studentRows.map((row): Student => {
    const lastName = cell(row, last);
    const firstName = cell(row, first);
    const lastFirst =
      lastName !== '' && firstName !== '' ? `${lastName}, ${firstName}` : lastName || firstName;
    const mail = cell(row, email);
    // A student ID names the student only when there is no name or email (SPEC 3).
    const label = cell(row, name) || lastFirst || mail || cell(row, id);
    const seen = firstRow.get(label);
    if (seen === undefined) firstRow.set(label, row + 1);
    else {
      const rows = repeats.get(label);
      if (rows) rows.push(row + 1);
      else repeats.set(label, [seen, row + 1]);
    }
    const sectionText = cell(row, section);
    return { row, name: label, email: mail || null, section: sectionText ? sectionName(sectionText) : null };
  });
  // In order of first appearance.
  if (repeats.size > 0) {
    for (const label of firstRow.keys()) {
      const rows = repeats.get(label);
      if (rows)
        warnings.push(
          `"${label}" appears more than once (rows ${rows.join(', ')}): ` +
            'each row is kept as its own student; if it is the same student, merge the rows or delete one.',
        );
    }
  }
  return students;
}

/** Distinct texts parsed per read at most; past it (a sheet of free text), texts are parsed each time. */
const TEXT_CACHE_LIMIT = 4096;

type TextCache = Map<string, CellReading>;

/** A gradebook repeats a handful of words (`absent`, `ex`, `80%`): each is parsed once per read. */
function readText(raw: CellValue, options: CellOptions, texts: TextCache): CellReading {
  if (typeof raw !== 'string') return readCell(raw, options);
  let reading = texts.get(raw);
  if (reading === undefined) {
    reading = readCell(raw, options);
    if (texts.size < TEXT_CACHE_LIMIT) texts.set(raw, reading);
  }
  return reading;
}

/**
 * Items without points possible are read as out of their column's highest score (at least 1).
 * Only those columns are visited, before any cell becomes a fraction.
 */
function inferPoints(
  grid: Grid,
  items: Item[],
  students: Student[],
  options: CellOptions,
  texts: TextCache,
  warnings: string[],
  stated: Readonly<Record<number, number>> = {},
): void {
  for (const item of items) {
    if (!Number.isNaN(item.points)) continue;
    let highest = 0;
    let scale = false;
    for (const student of students) {
      const reading = readText(grid[student.row][item.column], options, texts);
      if (reading.kind === 'scale') scale = true;
      const scored = reading.kind === 'number' || reading.kind === 'scale';
      if (scored && reading.value > highest) highest = reading.value;
    }
    // Points the header states (`Quiz 1 (20 pts)`), unless a score passes them by more than extra
    // credit allows: then the header is stale or the column holds percentages, and every score would
    // read invalid under it.
    const noted = stated[item.column];
    if (noted !== undefined && highest <= noted * EXTRA_CREDIT_LIMIT) {
      item.points = noted;
      continue;
    }
    if (noted !== undefined) {
      item.points = highest;
      warnings.push(
        `"${item.header}" says ${noted} points, but its scores go up to ${highest}: ` +
          'read as out of its highest score. Give its points in a points row if that is wrong.',
      );
      continue;
    }
    // `3+`/`3-` belong to a 1–4 or 1–5 proficiency scale (SPEC 3): out of 4 or 5, never out of 3.25,
    // under which the `3+` itself would read invalid.
    if (scale && highest <= 5) {
      item.points = highest <= 4 ? 4 : 5;
      warnings.push(
        `"${item.header}" has no points possible: read as out of ${item.points}, ` +
          'a proficiency scale (it has scores such as 3+).',
      );
      continue;
    }
    item.points = highest <= 1 ? 1 : highest;
    if (highest > 1)
      warnings.push(`"${item.header}" has no points possible: read as out of ${highest}, its highest score.`);
  }
}

/** Called with each student's fractions of the items (NaN = no data), in one buffer reused row after row. */
type RowVisitor = (s: number, row: Float64Array) => void;

interface ItemCounts {
  /** Per item: students with data, and students at or above its cut. */
  answered: Int32Array;
  mastered: Int32Array;
  /**
   * Per item, its invalid cells; and of those, the ones read as a proficiency-scale score (`3+`)
   * outside a scale's column (warnScale). The cells themselves are found again only when reported
   * (`reportInvalid`): a million invalid cells make no million-entry lists (SPEC 12).
   */
  invalid: Int32Array;
  scaleInvalid: Int32Array;
  invalidTotal: number;
}

/**
 * One pass over the students' cells, row by row as the grid is laid out: each row becomes
 * fractions of the items' points (every item has its points by now) and is handed to `visit`
 * while it is still in the cache; item counts are kept on the way.
 *
 * What each trick buys, measured on the bench's 10,000 × 100 gradebook (docs/performance.md):
 * - The fast path takes a plain number in range with one division and one range test and
 *   `continue`s; only the other cells (8% here) take the general path. Without it the engine
 *   takes 1.7 times as long.
 * - The general path reads text through `texts`, so each distinct text is parsed once per read:
 *   8–9% of the engine.
 * - One pass, one reused row: `visit` tallies the skills and steps from `fractions` while the row
 *   is in the cache, so no students × items table is written and read back: 2–5% of the engine,
 *   and 8 MB (here; 32 MB on 20,000 × 200) that the analysis never allocates.
 * Tried and removed, as each bought less than 5%: reading side-by-side columns at an offset,
 * counting mastery branch-free, `+` to unbox a reading's value. The general path stays inline:
 * as a function of its own it cost custom functions (cold code, every call) a boxed number per cell.
 */
function readRows(
  grid: Grid,
  items: Item[],
  students: Student[],
  options: CellOptions,
  texts: TextCache,
  visit: RowVisitor,
): ItemCounts {
  const n = students.length;
  const width = items.length;
  // Per item, in typed arrays: the loop reads a number per cell, not an object's field.
  const columns = Int32Array.from(items, (item) => item.column);
  const points = Float64Array.from(items, (item) => item.points);
  const thresholds = Float64Array.from(items, (item) => threshold(item.cut));
  // With an answer key every item has its answer (readItems drops the ones without).
  const keys = items.some((item) => item.key !== undefined) ? items.map((item) => item.key!) : null;
  // One student's row of fractions, handed to `visit`; the same buffer for every student.
  const fractions = new Float64Array(width);
  const missing = new Int32Array(width);
  const mastered = new Int32Array(width);
  const invalidCells = new Int32Array(width);
  const scaleInvalid = new Int32Array(width);
  let invalidTotal = 0;
  // The last text read and its reading: a run of the same word (a row of `absent`, a column of
  // `B+`) costs a comparison, not a Map lookup per cell.
  let lastText: CellValue = null;
  let lastReading = NO_READING;
  for (let s = 0; s < n; s++) {
    const row = grid[students[s].row];
    for (let i = 0; i < width; i++) {
      const raw = row[columns[i]];
      // Fast path: most cells Sheets hands over are plain scores within 0 and the extra-credit
      // limit (NaN fails both tests).
      if (typeof raw === 'number' && keys === null) {
        const f = raw / points[i];
        if (f >= 0 && f <= EXTRA_CREDIT_LIMIT) {
          fractions[i] = f;
          if (f >= thresholds[i]) mastered[i]++;
          continue;
        }
      }
      // The general path, every other cell: answers graded against a key, text (each distinct
      // text parsed once), blanks, numbers out of range. NaN is no data.
      let f = NaN;
      let invalid = false;
      if (keys !== null) {
        // Only a blank answer is no data: `E` is a choice, not the no-data word `e` (SPEC 3).
        if (isAnswered(raw)) f = +answersMatch(raw, keys[i]);
      } else if (raw !== '' && raw !== null && raw !== undefined) {
        // The same rules as `readsInvalid` below, inline (see the note above).
        const reading = raw === lastText ? lastReading : (lastReading = readText(raw, options, texts));
        lastText = raw;
        if (reading.kind === 'number') f = reading.value / points[i];
        else if (reading.kind === 'fraction') f = reading.value;
        else if (reading.kind === 'scale' && SCALE_POINTS.includes(points[i])) f = reading.value / points[i];
        // `3+` outside a proficiency scale's column stays NaN: invalid.
        invalid = reading.kind === 'invalid' || (reading.kind === 'scale' && f !== f);
        invalid = invalid || f > EXTRA_CREDIT_LIMIT;
        if (invalid && reading.kind === 'scale') scaleInvalid[i]++;
      }
      if (invalid) {
        f = NaN;
        invalidCells[i]++;
        invalidTotal++;
      }
      fractions[i] = f;
      if (f !== f)
        missing[i]++; // NaN: no data
      else if (f >= thresholds[i]) mastered[i]++;
    }
    visit(s, fractions);
  }
  const answered = Int32Array.from(missing, (m) => n - m);
  return { answered, mastered, invalid: invalidCells, scaleInvalid, invalidTotal };
}

/** `lastReading` before any text: never used, as `lastText` starts null and no text read is null. */
const NO_READING: CellReading = { kind: 'invalid' };

/** Whether `readRows` counts this cell of an item without an answer key invalid (its rules, as a test). */
function readsInvalid(raw: CellValue, points: number, options: CellOptions, texts: TextCache): boolean {
  if (typeof raw === 'number') {
    const f = raw / points;
    if (f >= 0 && f <= EXTRA_CREDIT_LIMIT) return false;
  }
  if (raw === '' || raw === null || raw === undefined) return false;
  const reading = readText(raw, options, texts);
  if (reading.kind === 'invalid') return true;
  if (reading.kind === 'scale')
    return !SCALE_POINTS.includes(points) || reading.value / points > EXTRA_CREDIT_LIMIT;
  if (reading.kind === 'number') return reading.value / points > EXTRA_CREDIT_LIMIT;
  return reading.kind === 'fraction' && reading.value > EXTRA_CREDIT_LIMIT;
}

/**
 * Invalid cells reported column by column as a teacher scans a gradebook, each column's in row
 * order, at most `limit`: only the columns with invalid cells are read again, each only until its
 * count is found, so the first few of a million invalid cells cost a few cells' reading.
 */
function reportInvalid(
  grid: Grid,
  items: Item[],
  students: Student[],
  counts: ItemCounts,
  options: CellOptions,
  texts: TextCache,
  limit = Infinity,
): InvalidCell[] {
  const invalid: InvalidCell[] = [];
  for (let i = 0; i < items.length && invalid.length < limit; i++) {
    let left = counts.invalid[i];
    const { column, header, points } = items[i];
    const letter = columnLetter(column);
    for (let s = 0; s < students.length && left > 0 && invalid.length < limit; s++) {
      const row = students[s].row;
      const raw = grid[row][column];
      if (!readsInvalid(raw, points, options, texts)) continue;
      invalid.push({ address: `${letter}${row + 1}`, raw: cellText(raw), item: header });
      left--;
    }
  }
  return invalid;
}

/** A score's fraction of the points for the scale check (number, percent, `3+`), or NaN. */
function scaleFraction(reading: CellReading, points: number): number {
  if (reading.kind === 'number' || reading.kind === 'scale') return reading.value / points;
  return reading.kind === 'fraction' ? reading.value : NaN;
}

/**
 * One warning for the columns where every score is at most a tenth of the points (SPEC 3: 1–4
 * against 100), which look like a proficiency scale read against the wrong points. Only columns that
 * nobody mastered are read again (a cut is above a tenth), so a usual gradebook costs nothing here.
 */
function warnScale(
  grid: Grid,
  items: Item[],
  students: Student[],
  counts: ItemCounts,
  options: CellOptions,
  texts: TextCache,
  warnings: string[],
): void {
  const found: string[] = [];
  items.forEach((item, i) => {
    if (counts.mastered[i] > 0 || item.key !== undefined) return;
    // A column with no data can look like a scale only through `3+` cells read outside a scale's
    // column (invalid there); any other invalid score is past the extra-credit limit, not a tenth.
    if (counts.answered[i] === 0 && counts.scaleInvalid[i] === 0) return;
    let top = 0;
    let scored = 0;
    for (const student of students) {
      const reading = readText(grid[student.row][item.column], options, texts);
      const f = scaleFraction(reading, item.points);
      if (f !== f) continue;
      scored++;
      if (f > top) top = f;
    }
    if (scored > 0 && top > 0 && top <= 0.1) {
      // In points, whatever form the highest score was written in (`10%` of 10 is 1; 0.1 × 10 rounded).
      const highest = Number((top * item.points).toPrecision(12));
      found.push(`"${item.header}": highest ${highest} of ${item.points}`);
    }
  });
  if (found.length === 0) return;
  const columns = found.length === 1 ? '1 column looks' : `${found.length} columns look`;
  warnings.push(
    `${columns} like a proficiency scale read against the wrong points: every score is at most a tenth of ` +
      `the points possible (${firstFew(found)}). Give them their scale's points (e.g. 4) in the points ` +
      'row or the Skill Map.',
  );
}

/**
 * A few invalid cells one line each; more, one line with the count and the first few (SPEC 3).
 * `first` holds the first cells in reading order (at least FIRST_FEW + 1 when there are that many).
 */
function warnInvalid(first: InvalidCell[], total: number, warnings: string[]): void {
  const line = (cell: InvalidCell) => `"${cell.raw}" at ${cell.address} (${cell.item})`;
  if (total <= FIRST_FEW) {
    for (const cell of first) warnings.push(`Invalid score ${line(cell)}: counted as no data.`);
  } else {
    const shown = first.slice(0, FIRST_FEW).map(line).join(', ');
    warnings.push(`${total} invalid scores, counted as no data: ${shown} and ${total - FIRST_FEW} more.`);
  }
}

export interface ScoreOptions extends CellOptions {
  /** Ladder order of the step labels (default: numeric, else order of appearance). */
  stepOrder?: Step[];
}

/**
 * From items and students to the finished book: points inferred where missing, skills and steps
 * pooled, then one pass over the students' cells that tallies items and pools. A whole sheet and
 * a custom function's bare block both come through here.
 */
export function scoreGradebook(
  grid: Grid,
  layout: Layout,
  items: Item[],
  students: Student[],
  options: ScoreOptions,
  warnings: string[],
): Gradebook {
  const texts: TextCache = new Map();
  inferPoints(grid, items, students, options, texts, warnings, layout.statedPoints);
  oneSpellingPerSkill(items, warnings);
  const skills = skillPools(items);
  const steps = stepPools(items, options);
  const pools = new PoolTally(items, [skills, steps], students.length);
  const counts = readRows(grid, items, students, options, texts, (s, row) => pools.row(s, row));
  // One line for a few invalid cells each, else one line with the count and the first few (SPEC 3);
  // only those few are formatted, so 2,000,000 invalid cells make no 2,000,000 strings (SPEC 12).
  const first = reportInvalid(grid, items, students, counts, options, texts, FIRST_FEW + 1);
  warnInvalid(first, counts.invalidTotal, warnings);
  warnScale(grid, items, students, counts, options, texts, warnings);
  const [skillScores, stepScores] = pools.scores;
  const { answered, mastered } = counts;
  // Every invalid cell with its address, built only when asked (no action asks; tests do).
  let invalid: InvalidCell[] | undefined;
  return {
    layout,
    items,
    excluded: [],
    students,
    skills,
    steps,
    skillScores,
    stepScores,
    answered,
    mastered,
    warnings,
    grid,
    cellOptions: options,
    get invalid() {
      return (invalid ??= reportInvalid(grid, items, students, counts, options, texts));
    },
  };
}

/**
 * Every student's fraction of every item, read from the grid again (the same cell rules and
 * points). The analysis never needs this table, so no read keeps it: MASTERY and Progress's
 * step pools call this, once each.
 */
export function readFractions(book: Gradebook): FractionTable {
  const table = FractionTable.empty(book.students.length, book.items.length);
  readRows(book.grid, book.items, book.students, book.cellOptions, new Map(), (s, row) =>
    table.setRow(s, row),
  );
  return table;
}

export function readGradebook(grid: Grid, layout: Layout, options: ReadOptions = {}): Gradebook {
  const warnings: string[] = layout.warnings ? layout.warnings.slice() : [];
  // Forms answers mean nothing without the key: grade nothing rather than guess.
  const ungradable = layout.kind === 'forms' && layout.answerKeyRow === null;
  if (ungradable)
    warnings.push(
      'No answer key: choose the response that holds the correct answers (its row number or email).',
    );
  const excluded: Item[] = [];
  const items = ungradable ? [] : readItems(grid, layout, options, warnings, excluded);
  const students = readStudents(grid, layout, warnings);
  const book = scoreGradebook(grid, layout, items, students, options, warnings);
  book.excluded = excluded;
  if (students.length === 0) warnings.push('No student rows under the header.');
  return book;
}

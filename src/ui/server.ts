/**
 * What the sidebar calls through google.script.run: one call per button, each returning the
 * message and the fresh state, so the sidebar never needs a second round trip.
 */
import { columnLetter } from '../core/a1';
import type { ColumnRole, RowLabel } from '../core/labels';
import type { ClassCheckRow } from '../core/types';
import type { SkillGroup, Station } from '../core/stations';
import { type Action, load, runAction, withDocumentLock } from '../sheets/addon';
import type { Services } from '../sheets/services';
import { type SavedSettings, saveSettings } from '../sheets/settingsStore';

export interface SidebarState {
  gradebook: string;
  kind: string;
  headerRow: number;
  columns: { column: number; letter: string; header: string; role: ColumnRole }[];
  rows: { row: number; label: RowLabel }[];
  answerKeyRow: number | null;
  guesses: string[];
  saved: SavedSettings;
  settings: { masteryCut: number; lower: number; upper: number };
  students: number;
  items: number;
  classCheck: ClassCheckRow[];
  stations: Station[];
  skillGroups: SkillGroup[];
  warnings: string[];
}

export function sidebarState(services: Services, override?: SavedSettings): SidebarState {
  const ctx = load(services, override);
  const { book, analysis } = ctx.result;
  const { layout } = book;
  const header = ctx.result.book.layout.headerRow;
  const headerCells = ctx.sheet.getRange(header + 1, 1, 1, Math.max(1, layout.columns.length)).getValues()[0];
  return {
    gradebook: ctx.sheet.getName(),
    kind: layout.kind,
    headerRow: layout.headerRow,
    columns: layout.columns.map((role, column) => ({ column, letter: columnLetter(column), header: String(headerCells[column] ?? ''), role })),
    rows: Object.entries(layout.rows).map(([row, label]) => ({ row: Number(row), label })),
    answerKeyRow: layout.answerKeyRow,
    guesses: layout.guesses,
    saved: ctx.saved,
    settings: { masteryCut: ctx.settings.masteryCut, lower: ctx.settings.band.lower, upper: ctx.settings.band.upper },
    students: book.students.length,
    items: book.items.length,
    classCheck: analysis.classCheck,
    stations: analysis.stations,
    skillGroups: analysis.skillGroups,
    warnings: [...ctx.skillMapWarnings, ...analysis.warnings],
  };
}

export function runSidebarAction(services: Services, action: Action): { message: string; state: SidebarState } {
  const message = runAction(services, action);
  return { message, state: sidebarState(services) };
}

/** Saves the teacher's corrections after checking that the gradebook still reads with them. */
export function saveSidebarSettings(services: Services, saved: SavedSettings): { message: string; state: SidebarState } {
  const state = sidebarState(services, saved);
  const ss = services.app.getActiveSpreadsheet();
  withDocumentLock(services, () => saveSettings(ss, saved));
  return { message: 'Settings saved with this spreadsheet.', state };
}

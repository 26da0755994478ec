/**
 * What the sidebar calls through google.script.run: one call per button, each returning the
 * message and the fresh state, so the sidebar never needs a second round trip.
 */
import { columnLetter } from '../core/a1';
import type { ColumnRole, RowLabel } from '../core/labels';
import type { ClassCheckRow } from '../core/types';
import type { SkillGroup, Station } from '../core/stations';
import { type Action, type Context, load, runAction, withDocumentLock } from '../sheets/addon';
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
  return stateOf(load(services, override));
}

function stateOf(ctx: Context): SidebarState {
  const { book, analysis } = ctx.result;
  const { layout } = book;
  const headerCells = ctx.grid[layout.headerRow];
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
    warnings: analysis.warnings,
  };
}

export function runSidebarAction(services: Services, action: Action): { message: string; state: SidebarState } {
  const { message, ctx } = runAction(services, action);
  return { message, state: stateOf(ctx ?? load(services)) };
}

/** Saves the teacher's corrections after checking that the gradebook still reads with them. */
export function saveSidebarSettings(services: Services, saved: SavedSettings): { message: string; state: SidebarState } {
  const ctx = load(services, saved);
  const state = stateOf(ctx);
  withDocumentLock(services, () => saveSettings(ctx.ss, saved));
  return { message: 'Settings saved with this spreadsheet.', state };
}

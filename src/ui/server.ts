/**
 * What the sidebar calls through google.script.run: one call per button, each returning the
 * message and the fresh state, so the sidebar never needs a second round trip.
 */
import { columnLetter } from '../core/a1';
import type { ColumnRole, RowLabel } from '../core/labels';
import type { ClassCheckRow } from '../core/types';
import type { SkillGroup, Station } from '../core/stations';
import { type Action, actionInLock, type Context, load, runAction, withDocumentLock } from '../sheets/addon';
import type { Services } from '../sheets/services';
import { candidateTabs, writeProgress } from '../sheets/progressTab';
import { writeDepartment } from '../sheets/departmentTab';
import { type SavedSettings, saveSettings } from '../sheets/settingsStore';
import { restoreActive } from '../sheets/writeTab';
import type { ProgressReport } from '../core/progress';
import { type DepartmentView, departmentView } from './departmentView';
import { type ItemView, itemView } from '../core/itemView';
import {
  NOT_SAVED,
  NOT_SAVED_NOT_RUN,
  SETTINGS_SAVED,
  savedAnd,
  type StepSkills,
  stepSkills,
} from '../core/tierWords';
import { type ItemEdit, mergeItemEdits, readItemEdit } from '../core/itemSetup';
import { whoPerRow } from '../core/whoToHelp';
import { type SetupView, setupView } from './setupView';

/** A few lines of names under a class-check row in the 300 px sidebar; the tab lists up to a cell's worth. */
const SIDEBAR_WHO_LIMIT = 300;

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
  /** Per class-check row, whom "What to do" is about: its struggling students, or the whole class. */
  who: string[];
  stations: Station[];
  skillGroups: SkillGroup[];
  warnings: string[];
  /** Tabs that may hold an assessment, in tab order (Progress picks from them). */
  tabs: string[];
  /** Item analysis and misconceptions (SPEC 6b), as the Item Analysis tab shows them. */
  itemAnalysis: ItemView;
  /** The steps in order with their skills, so every station line names both (SPEC 5). */
  steps: StepSkills;
  /** The setup table (SPEC 10): every item's settings, and whether anything is saved yet. */
  setup: SetupView;
}

/** What the sidebar shows of a Progress run (the per-student rows stay on the tab). */
export type ProgressView = Omit<ProgressReport, 'students'>;

/** What the sidebar shows, read inside the document lock like every other read. */
export function sidebarState(services: Services): SidebarState {
  return withDocumentLock(services, () => stateOf(load(services)));
}

function stateOf(ctx: Context): SidebarState {
  const { book, analysis } = ctx.result;
  const { layout } = book;
  const headerCells = ctx.grid[layout.headerRow];
  return {
    gradebook: ctx.sheet.getName(),
    kind: layout.kind,
    headerRow: layout.headerRow,
    columns: layout.columns.map((role, column) => ({
      column,
      letter: columnLetter(column),
      header: String(headerCells[column] ?? ''),
      role,
    })),
    rows: Object.entries(layout.rows).map(([row, label]) => ({ row: Number(row), label })),
    answerKeyRow: layout.answerKeyRow,
    guesses: layout.guesses,
    saved: ctx.saved,
    settings: {
      masteryCut: ctx.settings.masteryCut,
      lower: ctx.settings.band.lower,
      upper: ctx.settings.band.upper,
    },
    students: book.students.length,
    items: book.items.length,
    classCheck: analysis.classCheck,
    who: whoPerRow(analysis, SIDEBAR_WHO_LIMIT),
    stations: analysis.stations,
    skillGroups: analysis.skillGroups,
    warnings: analysis.warnings,
    tabs: candidateTabs(ctx).map((s) => s.getName()),
    itemAnalysis: itemView(analysis),
    steps: stepSkills(analysis.steps, analysis.items),
    setup: setupView(book, ctx.saved, ctx.settings.masteryCut, ctx.skillMap),
  };
}

/**
 * One action button. With `edited` (the setup's unsaved fields, as Save sends them) the edits are
 * saved first, inside the same document lock, and the action runs on them: the teacher's screen is
 * what runs, in one round trip. Edits that do not read: nothing is saved and nothing runs.
 */
export function runSidebarAction(
  services: Services,
  action: Action,
  edited?: SavedSettings,
): { message: string; state: SidebarState } {
  if (edited === undefined || edited === null) {
    const { message, ctx } = runAction(services, action);
    return { message, state: ctx ? stateOf(ctx) : sidebarState(services) };
  }
  return withDocumentLock(services, () => {
    const saved = saveEdits(services, edited, NOT_SAVED_NOT_RUN);
    try {
      const { message, ctx } = actionInLock(services, action, saved);
      // The template and the department check read no gradebook: read the saved one again.
      return { message: savedAnd(message), state: stateOf(ctx ?? load(services)) };
    } finally {
      restoreActive(saved);
    }
  });
}

/**
 * Saves the teacher's corrections (only the fields the sidebar's form edits, merged over the
 * settings as saved now), after checking that the gradebook still reads with them. Read, merge
 * and write happen inside one document lock, so a choice saved meanwhile is kept.
 */
export function saveSidebarSettings(
  services: Services,
  edited: SavedSettings,
): { message: string; state: SidebarState } {
  return withDocumentLock(services, () => {
    const ctx = saveEdits(services, edited, NOT_SAVED);
    restoreActive(ctx);
    return { message: SETTINGS_SAVED, state: stateOf(ctx) };
  });
}

/**
 * Reads the gradebook with `edited` merged over the stored settings and saves them (the caller
 * holds the lock). Whatever stops it, nothing is saved, and the teacher reads `lead` first.
 */
function saveEdits(services: Services, edited: SavedSettings, lead: string): Context {
  try {
    if (typeof edited !== 'object' || edited === null) throw new Error('Nothing to save.');
    const items = edited.items === undefined ? undefined : itemEdits(edited.items);
    // The item edits merge over the stored ones item by item: only what the sidebar changed is sent.
    const ctx = load(services, (stored) => {
      const merged = { ...stored, ...edited };
      if (items === undefined) return merged;
      const all = mergeItemEdits(stored.items, items);
      if (all.length > 0) merged.items = all;
      else delete merged.items;
      return merged;
    });
    saveSettings(ctx.ss, ctx.saved);
    return ctx;
  } catch (e) {
    const error = e instanceof Error ? e : new Error(String(e));
    error.message = `${lead} ${error.message}`;
    throw error;
  }
}

/** The sidebar's item edits, each checked as a stored one is; one plain line for a wrong one. */
function itemEdits(raw: unknown): ItemEdit[] {
  if (!Array.isArray(raw)) throw new Error('The item settings could not be read: save them again.');
  return raw.map((entry) => {
    const edit = readItemEdit(entry);
    if (edit) return edit;
    const name = typeof entry?.item === 'string' ? `"${entry.item}"` : 'an item';
    const must = 'points above 0, a cut above 0% and at most 100%';
    throw new Error(`The settings for ${name} could not be read: ${must}.`);
  });
}

/**
 * Progress over the tabs ticked in the sidebar (none: every tab with scores); the choice is saved
 * once the tab is written.
 */
export function runSidebarProgress(
  services: Services,
  chosen: string[],
): { message: string; state: SidebarState; progress: ProgressView } {
  if (!Array.isArray(chosen) || !chosen.every((t) => typeof t === 'string'))
    throw new Error('Tick the assessment tabs to compare.');
  return withDocumentLock(services, () => {
    const ctx = load(services);
    try {
      const { message, report } = writeProgress(ctx, chosen);
      const { assessments: old, ...rest } = ctx.saved;
      if (JSON.stringify(old ?? []) !== JSON.stringify(chosen)) {
        ctx.saved = chosen.length > 0 ? { ...rest, assessments: chosen } : rest;
        saveSettings(ctx.ss, ctx.saved); // only a changed choice is written
      }
      const { students: _perStudent, ...progress } = report;
      return { message, state: stateOf(ctx), progress };
    } finally {
      restoreActive(ctx);
    }
  });
}

/** The department check from the sidebar: every gradebook tab a class; the tab written and what it found. */
export function runSidebarDepartment(services: Services): { message: string; department: DepartmentView } {
  return withDocumentLock(services, () => {
    const run = writeDepartment(services);
    return { message: run.message, department: departmentView(run) };
  });
}

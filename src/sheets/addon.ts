/**
 * The add-on's actions over a spreadsheet: read once, analyse, write each output once, all
 * writes inside one document lock. Services come in as arguments; only main.ts reads globals.
 */
import { checkGrid, type CheckResult } from '../core/engine';
import { highlightRules } from '../core/highlights';
import { renderClassCheck, renderGroups, renderStudentGaps, TAB_NAMES } from '../core/render';
import type { SkillMapEntry } from '../core/skillMap';
import type { Grid, Settings } from '../core/types';
import { clearHighlights, writeHighlights } from './highlight';
import { gradebookSheet, readSheet, readSkillMap } from './readSheet';
import type { Services, SheetLike, SpreadsheetLike } from './services';
import { loadSaved, type SavedSettings, settingsOf } from './settingsStore';
import { ownMetadata } from './metadata';
import { writeProgress } from './progressTab';
import { insertTemplate } from './template';
import { ownTabs, writeTab } from './writeTab';

export type Action = 'highlight' | 'clear' | 'classCheck' | 'groups' | 'progress' | 'template';

export const MENU: [caption: string, functionName: string][] = [
  ['Open sidebar', 'showSidebar'],
  ['Highlight gaps', 'menuHighlightGaps'],
  ['Clear highlights', 'menuClearHighlights'],
  ['Class check', 'menuClassCheck'],
  ['Write group tabs', 'menuWriteGroupTabs'],
  ['Progress over assessment tabs', 'menuProgress'],
  ['Insert department template', 'menuInsertTemplate'],
  ['Help', 'showHelp'],
];

export interface Context {
  ss: SpreadsheetLike;
  saved: SavedSettings;
  settings: Settings;
  sheet: SheetLike;
  /** The gradebook's cells as read (one getValues). */
  grid: Grid;
  /** The add-on's own tabs by kind, found once. */
  own: Map<string, SheetLike>;
  /** The Skill Map tab's entries, if there is one. */
  skillMap?: SkillMapEntry[];
  /** The analysis, its warnings led by the Skill Map's own. */
  result: CheckResult;
}

/** Reads the gradebook and analyses it: the one read every action starts with. */
export function load(services: Services, override?: SavedSettings): Context {
  const ss = services.app.getActiveSpreadsheet();
  const metadata = ownMetadata(ss);
  const saved = override ?? loadSaved(metadata);
  const settings = settingsOf(saved);
  const own = ownTabs(metadata);
  const sheet = gradebookSheet(ss, own, saved.gradebook);
  const { grid } = readSheet(sheet);
  const map = readSkillMap(ss);
  const skillMap = map?.entries;
  const result = checkGrid(grid, { settings, correction: saved.correction, skillMap });
  result.analysis.warnings.unshift(...(map?.warnings ?? []));
  return { ss, saved, settings, sheet, grid, own, skillMap, result };
}

export function withDocumentLock<T>(services: Services, write: () => T): T {
  const lock = services.lock.getDocumentLock();
  lock.waitLock(30000);
  try {
    return write();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs one action: what a teacher is told, and the gradebook it read (null for the template,
 * which reads none), so a caller that shows results needs no second read.
 */
export function runAction(services: Services, action: Action): { message: string; ctx: Context | null } {
  if (action === 'template') {
    const ss = services.app.getActiveSpreadsheet();
    const tabs = withDocumentLock(services, () => insertTemplate(ss));
    return { message: `Template inserted: ${tabs.join(', ')}.`, ctx: null };
  }
  const ctx = load(services);
  return { message: withDocumentLock(services, () => perform(services, ctx, action)), ctx };
}

function perform(services: Services, ctx: Context, action: Exclude<Action, 'template'>): string {
  const name = ctx.sheet.getName();
  const { analysis } = ctx.result;
  switch (action) {
    case 'highlight': {
      const n = writeHighlights(services.app, ctx.sheet, highlightRules(ctx.result.book));
      return `Highlighted gaps on "${name}" (${n} rules; your own rules are kept).`;
    }
    case 'clear': {
      const n = clearHighlights(ctx.sheet);
      return n > 0 ? `Removed the add-on's ${n} highlight rules from "${name}".` : `No add-on highlights on "${name}".`;
    }
    case 'classCheck': {
      const tab = writeTab(ctx.ss, ctx.own, TAB_NAMES.classCheck, renderClassCheck(analysis, ctx.settings));
      return `Class check written to "${tab.getName()}".`;
    }
    case 'groups': {
      const groups = writeTab(ctx.ss, ctx.own, TAB_NAMES.groups, renderGroups(analysis));
      const gaps = writeTab(ctx.ss, ctx.own, TAB_NAMES.studentGaps, renderStudentGaps(analysis));
      return `Groups written to "${groups.getName()}" and "${gaps.getName()}".`;
    }
    case 'progress':
      return writeProgress(ctx).message;
    default:
      throw new Error(`Unknown action ${action as string}.`);
  }
}

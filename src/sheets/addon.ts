/**
 * The add-on's actions over a spreadsheet: read once, analyse, write each output once, all
 * writes inside one document lock. Services come in as arguments; only main.ts reads globals.
 */
import type { Analysis } from '../core/analyse';
import { checkGrid, type CheckResult } from '../core/engine';
import { highlightRules } from '../core/highlights';
import { renderClassCheck, renderGroups, renderStudentGaps, TAB_NAMES } from '../core/render';
import type { Settings } from '../core/types';
import { clearHighlights, writeHighlights } from './highlight';
import { gradebookSheet, readSheet, readSkillMap } from './readSheet';
import type { Services, SheetLike, SpreadsheetLike } from './services';
import { loadSaved, type SavedSettings, settingsOf } from './settingsStore';
import { insertTemplate } from './template';
import { ownTabs, writeTab } from './writeTab';

export type Action = 'highlight' | 'clear' | 'classCheck' | 'groups' | 'template';

export const MENU: [caption: string, functionName: string][] = [
  ['Open sidebar', 'showSidebar'],
  ['Highlight gaps', 'menuHighlightGaps'],
  ['Clear highlights', 'menuClearHighlights'],
  ['Class check', 'menuClassCheck'],
  ['Write group tabs', 'menuWriteGroupTabs'],
  ['Insert department template', 'menuInsertTemplate'],
  ['Help', 'showHelp'],
];

export interface Context {
  ss: SpreadsheetLike;
  saved: SavedSettings;
  settings: Settings;
  sheet: SheetLike;
  /** The add-on's own tabs by kind, found once. */
  own: Map<string, SheetLike>;
  result: CheckResult;
  skillMapWarnings: string[];
}

/** Reads the gradebook and analyses it: the one read every action starts with. */
export function load(services: Services, override?: SavedSettings): Context {
  const ss = services.app.getActiveSpreadsheet();
  const saved = override ?? loadSaved(ss);
  const settings = settingsOf(saved);
  const own = ownTabs(ss);
  const sheet = gradebookSheet(ss, own, saved.gradebook);
  const { grid } = readSheet(sheet);
  const map = readSkillMap(ss);
  const result = checkGrid(grid, { settings, correction: saved.correction, skillMap: map?.entries });
  return { ss, saved, settings, sheet, own, result, skillMapWarnings: map?.warnings ?? [] };
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

function analysisOf(ctx: Context): Analysis {
  const { analysis } = ctx.result;
  return { ...analysis, warnings: [...ctx.skillMapWarnings, ...analysis.warnings] };
}

/** Runs one action; returns what a teacher is told. */
export function runAction(services: Services, action: Action): string {
  if (action === 'template') {
    const ss = services.app.getActiveSpreadsheet();
    const tabs = withDocumentLock(services, () => insertTemplate(ss));
    return `Template inserted: ${tabs.join(', ')}.`;
  }
  const ctx = load(services);
  const name = ctx.sheet.getName();
  return withDocumentLock(services, () => {
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
        const tab = writeTab(ctx.ss, ctx.own, TAB_NAMES.classCheck, renderClassCheck(analysisOf(ctx), ctx.settings));
        return `Class check written to "${tab.getName()}".`;
      }
      case 'groups': {
        const groups = writeTab(ctx.ss, ctx.own, TAB_NAMES.groups, renderGroups(analysisOf(ctx)));
        const gaps = writeTab(ctx.ss, ctx.own, TAB_NAMES.studentGaps, renderStudentGaps(analysisOf(ctx)));
        return `Groups written to "${groups.getName()}" and "${gaps.getName()}".`;
      }
      default:
        throw new Error(`Unknown action ${action as string}.`);
    }
  });
}

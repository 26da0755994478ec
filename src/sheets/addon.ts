/**
 * The add-on's actions over a spreadsheet: read once, analyse, write each output once, all
 * writes inside one document lock. Services come in as arguments; only main.ts reads globals.
 */
import { highlightRuleWords, plural } from '../core/tierWords';
import { checkGrid, type CheckResult } from '../core/engine';
import { highlightRules } from '../core/highlights';
import { renderClassCheck, renderGroups, renderStudentGaps, TAB_NAMES } from '../core/render';
import { renderItems } from '../core/renderItems';
import type { SkillMapEntry } from '../core/skillMap';
import type { Grid, Settings } from '../core/types';
import { clearHighlights, writeHighlights } from './highlight';
import { datedScoreWarnings } from '../core/sheetGrid';
import { TEMPLATE_HELP_TAB } from '../core/template';
import { capWarnings } from '../core/warnings';
import { gradebookSheet, readSheet, readSkillMap } from './readSheet';
import type { MetadataLike, Services, SheetLike } from './services';
import { loadSaved, type SavedSettings, settingsOf } from './settingsStore';
import { ownMetadata, TEMPLATE_KEY } from './metadata';
import { writeProgress } from './progressTab';
import { writeDepartment } from './departmentTab';
import { insertTemplate, templateKinds } from './template';
import { type Output, ownTabs, restoreActive, sheetsOf, writeTab } from './writeTab';

export type Action =
  'highlight' | 'clear' | 'classCheck' | 'groups' | 'progress' | 'template' | 'department' | 'items';

export const MENU: [caption: string, functionName: string][] = [
  ['Open sidebar', 'showSidebar'],
  ['Highlight gaps', 'menuHighlightGaps'],
  ['Clear highlights', 'menuClearHighlights'],
  ['Class check', 'menuClassCheck'],
  ['Write group tabs', 'menuWriteGroupTabs'],
  ['Item analysis', 'menuItemAnalysis'],
  ['Progress over assessment tabs', 'menuProgress'],
  ['Department check', 'menuDepartmentCheck'],
  ['Insert department template', 'menuInsertTemplate'],
  ['Help', 'showHelp'],
];

export interface Context extends Output {
  saved: SavedSettings;
  settings: Settings;
  sheet: SheetLike;
  /** The gradebook's cells as read (one getValues, one getDisplayValues). */
  grid: Grid;
  /** The Skill Map tab's entries, if there is one. */
  skillMap?: SkillMapEntry[];
  /** The analysis, its warnings led by the Skill Map's own. */
  result: CheckResult;
  /** The add-on's own developer metadata, read once by `load` (tab tags, template tabs, settings). */
  metadata: MetadataLike[];
}

/** The add-on's own tab names (outputs and template tabs), so none is read as the gradebook. */
export function ownNames(own: Map<string, SheetLike>, metadata: MetadataLike[]): Set<string> {
  const names = new Set([...own.values()].map((s) => s.getName()));
  for (const m of metadata) {
    if (m.getKey() === TEMPLATE_KEY && m.getValue() === TEMPLATE_HELP_TAB) {
      const sheet = m.getLocation().getSheet();
      if (sheet) names.add(sheet.getName());
    }
  }
  return names;
}

/**
 * Reads the settings and the gradebook and analyses it: the one read every action starts with.
 * Call it inside the document lock (`withDocumentLock`), so what it read is still true when the
 * action writes (settings saved meanwhile, a tab another run just created).
 */
export function load(services: Services, edit?: (stored: SavedSettings) => SavedSettings): Context {
  const ss = services.app.getActiveSpreadsheet();
  const metadata = ownMetadata(ss);
  const { saved: stored, warning } = loadSaved(metadata);
  const saved = edit ? edit(stored) : stored;
  const settings = settingsOf(saved);
  const own = ownTabs(metadata);
  const out: Output = { ss, own };
  const active = () => (out.active = ss.getActiveSheet());
  const sheet = gradebookSheet(ss, ownNames(own, metadata), active, saved.gradebook);
  const { grid, dated, merged } = readSheet(sheet);
  const map = readSkillMap(ss, sheetsOf(out));
  const skillMap = map?.entries;
  const correction = saved.correction;
  const result = checkGrid(grid, { settings, correction, skillMap, itemEdits: saved.items, merged });
  // Settings, Skill Map and date warnings lead the engine's own (no spread: lists can be long).
  const lead = [
    ...(warning ? [warning] : []),
    ...(map?.warnings ?? []),
    ...datedScoreWarnings(result.book, dated),
  ];
  result.analysis.warnings = capWarnings(lead.concat(result.analysis.warnings));
  return { ...out, saved, settings, sheet, grid, skillMap, result, metadata };
}

/**
 * Runs `work` holding the document lock: every read-modify-write and every write of the add-on
 * (LockService.getDocumentLock; waitLock throws after its timeout, and the action then says so).
 */
export function withDocumentLock<T>(services: Services, work: () => T): T {
  const lock = services.lock.getDocumentLock();
  lock.waitLock(30000);
  try {
    return work();
  } finally {
    lock.releaseLock();
  }
}

/**
 * Runs one action inside the lock: what a teacher is told, and the gradebook it read (null for
 * the template, which reads none), so a caller that shows results needs no second read. The tab
 * the teacher had open is active again afterwards.
 */
export function runAction(services: Services, action: Action): { message: string; ctx: Context | null } {
  return withDocumentLock(services, () => actionInLock(services, action));
}

/**
 * One action for a caller that holds the document lock already; `loaded` is the gradebook as that
 * caller read it (the sidebar's setup edits just saved), else it is read here.
 */
export function actionInLock(
  services: Services,
  action: Action,
  loaded?: Context,
): { message: string; ctx: Context | null } {
  if (action === 'template') {
    const ss = services.app.getActiveSpreadsheet();
    const out: Output = { ss, own: new Map() };
    const tabs = insertTemplate(out, templateKinds(ownMetadata(ss)));
    restoreActive(out);
    const message =
      tabs.length > 0
        ? `Template inserted: ${tabs.join(', ')}.`
        : 'The template is already in this spreadsheet.';
    return { message, ctx: null };
  }
  // Every tab is a class: no one gradebook to load first.
  if (action === 'department') return { message: writeDepartment(services).message, ctx: null };
  const ctx = loaded ?? load(services);
  try {
    return { message: perform(services, ctx, action), ctx };
  } finally {
    restoreActive(ctx);
  }
}

type GradebookAction = Exclude<Action, 'template' | 'department'>;

function perform(services: Services, ctx: Context, action: GradebookAction): string {
  const name = ctx.sheet.getName();
  const { analysis } = ctx.result;
  switch (action) {
    case 'highlight': {
      const n = writeHighlights(services.app, ctx.sheet, highlightRules(ctx.result.book));
      return `Highlighted gaps on "${name}" with ${highlightRuleWords(n)}.`;
    }
    case 'clear': {
      const n = clearHighlights(ctx.sheet);
      return n > 0
        ? `Removed the add-on's ${plural(n, 'highlight rule')} from "${name}".`
        : `No add-on highlights on "${name}".`;
    }
    case 'classCheck': {
      const tab = writeTab(ctx, TAB_NAMES.classCheck, renderClassCheck(analysis, ctx.settings));
      return `Class check written to "${tab.getName()}".`;
    }
    case 'groups': {
      const groups = writeTab(ctx, TAB_NAMES.groups, renderGroups(analysis));
      const gaps = writeTab(ctx, TAB_NAMES.studentGaps, renderStudentGaps(analysis));
      return `Groups written to "${groups.getName()}" and "${gaps.getName()}".`;
    }
    case 'progress':
      return writeProgress(ctx).message;
    case 'items':
      return `Item analysis written to "${writeTab(ctx, TAB_NAMES.items, renderItems(analysis)).getName()}".`;
    default:
      throw new Error(`Unknown action ${action as string}.`);
  }
}

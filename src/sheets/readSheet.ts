/**
 * Reads the gradebook: one getValues() and one getNumberFormats() on its data range (percent
 * formats turn 0.8 into "80%", which needs no points possible), plus the Skill Map tab if any.
 */
import type { Grid } from '../core/types';
import { parseSkillMap, type SkillMap } from '../core/skillMap';
import type { SheetLike, SpreadsheetLike } from './services';

export const SKILL_MAP_TAB = 'Skill Map';

export interface SheetGrid {
  sheet: SheetLike;
  name: string;
  grid: Grid;
}

/** Sheets shows 0.8 with a percent format as 80%: read it the way the teacher sees it. */
export function applyPercentFormats(values: unknown[][], formats: string[][]): Grid {
  return values.map((row, r) => row.map((v, c) => {
    const cell = v as Grid[number][number];
    return typeof v === 'number' && formats[r]?.[c]?.includes('%') ? `${v * 100}%` : cell;
  }));
}

export function readSheet(sheet: SheetLike): SheetGrid {
  const range = sheet.getDataRange();
  return { sheet, name: sheet.getName(), grid: applyPercentFormats(range.getValues(), range.getNumberFormats()) };
}


/** The gradebook tab: the one named in settings, else the active tab unless it is an output tab or the Skill Map. */
export function gradebookSheet(ss: SpreadsheetLike, own: Map<string, SheetLike>, preferred?: string): SheetLike {
  if (preferred) {
    const sheet = ss.getSheetByName(preferred);
    if (sheet) return sheet;
  }
  const names = new Set([...own.values()].map((s) => s.getName()).concat(SKILL_MAP_TAB));
  const active = ss.getActiveSheet();
  if (!names.has(active.getName())) return active;
  const other = ss.getSheets().find((s) => !names.has(s.getName()));
  if (!other) throw new Error('No gradebook tab: open the tab that holds your scores, then try again.');
  return other;
}

export function readSkillMap(ss: SpreadsheetLike): SkillMap | undefined {
  const sheet = ss.getSheetByName(SKILL_MAP_TAB);
  return sheet ? parseSkillMap(sheet.getDataRange().getValues()) : undefined;
}

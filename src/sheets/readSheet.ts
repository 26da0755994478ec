/**
 * Reads a gradebook tab: one getValues(), one getDisplayValues() and one getMergedRanges() on its
 * data range, whatever the roster's size. What the teacher sees wins where Sheets stores something
 * else (src/core/sheetGrid.ts): a percent-formatted 0.85 reads as 85%, a date Sheets made of a typed
 * `4/5` reads as 4/5, a merged header or section holds for every cell it covers.
 */
import { parseA1 } from '../core/a1';
import { gridFromSheet, type MergedRange, type SheetGrid } from '../core/sheetGrid';
import { parseSkillMap, type SkillMap } from '../core/skillMap';
import type { RangeLike, SheetLike, SpreadsheetLike } from './services';

export const SKILL_MAP_TAB = 'Skill Map';

/**
 * Whether a tab is the Skill Map: its name in any case, as tab names are unique regardless of case
 * (docs/sheets-behaviour.md), so a teacher's `skill map` is the one Skill Map.
 */
export const isSkillMap = (sheet: SheetLike) => sheet.getName().toLowerCase() === SKILL_MAP_TAB.toLowerCase();

export interface TabGrid extends SheetGrid {
  sheet: SheetLike;
  name: string;
}

function mergedOf(range: RangeLike): MergedRange[] {
  return range.getMergedRanges().flatMap((m) => {
    const r = parseA1(m.getA1Notation());
    return r ? [{ row: r.row - 1, column: r.column - 1, rows: r.rows, columns: r.columns }] : [];
  });
}

export function readSheet(sheet: SheetLike): TabGrid {
  const range = sheet.getDataRange();
  const cells = gridFromSheet({
    values: range.getValues(),
    displays: range.getDisplayValues(),
    merged: mergedOf(range),
  });
  return { sheet, name: sheet.getName(), ...cells };
}

/**
 * The gradebook tab: the one named in settings, else the given active tab unless it is one of the
 * add-on's own (outputs, template help) or the Skill Map, else the first tab that is none of those.
 */
export function gradebookSheet(
  ss: SpreadsheetLike,
  own: Set<string>,
  active: () => SheetLike,
  preferred?: string,
): SheetLike {
  if (preferred) {
    const sheet = ss.getSheetByName(preferred);
    if (sheet) return sheet;
  }
  const skip = (s: SheetLike) => own.has(s.getName()) || isSkillMap(s);
  const current = active();
  if (!skip(current)) return current;
  const other = ss.getSheets().find((s) => !skip(s));
  if (!other) throw new Error('No gradebook tab: open the tab that holds your scores, then try again.');
  return other;
}

/**
 * The Skill Map tab's entries, found by name in any case (getSheetByName's case rule is
 * undocumented), from the action's list of tabs when it has one.
 */
export function readSkillMap(ss: SpreadsheetLike, sheets?: SheetLike[]): SkillMap | undefined {
  const sheet = (sheets ?? ss.getSheets()).find(isSkillMap);
  return sheet ? parseSkillMap(sheet.getDataRange().getValues()) : undefined;
}

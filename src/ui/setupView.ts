/**
 * What the sidebar's setup shows (SPEC 10): one row per column that is or could be an item, with
 * the settings it is read with now, and whether the Skill Map tab sets it (then shown, not editable).
 */
import { columnLetter } from '../core/a1';
import type { Gradebook } from '../core/gradebook';
import { itemKey } from '../core/itemSetup';
import type { SkillMapEntry } from '../core/skillMap';
import type { Item } from '../core/types';
import type { SavedSettings } from '../sheets/settingsStore';

export interface SetupItem {
  /** The item's name as the engine reads it (the key its edits are saved under). */
  item: string;
  column: number;
  letter: string;
  skills: string[];
  step: string | null;
  /** Null when the column is not read as an item (nothing inferred yet). */
  points: number | null;
  cut: number;
  included: boolean;
  /** Set by the teacher's Skill Map tab: shown, not editable. */
  skillMap: boolean;
  /** Why a column is not an item (`totals`, `left out in the setup`), when it is not. */
  note?: string;
}

export interface SetupView {
  /** Anything saved by the setup yet (Progress's tab choice alone does not count): else it opens first. */
  saved: boolean;
  /** A Skill Map tab exists (its entries win for the items they name). */
  skillMapTab: boolean;
  /** Every item skilled by its own header only: nothing groups the items into skills yet. */
  ungrouped: boolean;
  items: SetupItem[];
}

export const LEFT_OUT_IN_SETUP = 'left out in the setup';

export function setupView(
  book: Gradebook,
  saved: SavedSettings,
  masteryCut: number,
  skillMap?: SkillMapEntry[],
): SetupView {
  const named = new Set((skillMap ?? []).map((e) => itemKey(e.item)));
  const row = (item: Item, included: boolean, note?: string): SetupItem => ({
    item: item.header,
    column: item.column,
    letter: columnLetter(item.column),
    skills: item.skills,
    step: item.step,
    points: Number.isNaN(item.points) ? null : item.points,
    cut: item.cut,
    included,
    skillMap: named.has(itemKey(item.header)),
    ...(note ? { note } : {}),
  });
  const items = book.items.map((item) => row(item, true));
  for (const item of book.excluded) items.push(row(item, false, LEFT_OUT_IN_SETUP));
  for (const out of book.layout.leftOut ?? []) {
    const { column, header } = out;
    const item: Item = { column, header, skills: [header], step: null, points: NaN, cut: masteryCut };
    items.push(row(item, false, out.reason));
  }
  items.sort((a, b) => a.column - b.column);
  const { assessments: _progressChoice, ...setup } = saved;
  return {
    saved: Object.keys(setup).length > 0,
    skillMapTab: skillMap !== undefined,
    ungrouped:
      book.items.length > 1 && book.items.every((i) => i.skills.length === 1 && i.skills[0] === i.header),
    items,
  };
}

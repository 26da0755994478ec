/**
 * The sidebar's setup table (SPEC 10): a teacher's own per-item settings (skills, step, points,
 * cut, included), saved with the spreadsheet (SPEC 8) and keyed by the item's header. Where an
 * item's settings come from, first that has it:
 *   the Skill Map tab (for the items it names, the whole item: shown, not editable)
 *   > the setup's saved edits (field by field)
 *   > the gradebook's labelled rows (Points possible, Skill, Step, Mastery cut)
 *   > defaults (its own skill, no step, points inferred, the mastery cut).
 */
import { type LayoutCorrection, type Layout, detectLayout } from './layout';
import { normalizeLabel } from './labels';
import { type SkillMapEntry, splitSkills, stepLabel } from './skillMap';
import type { Grid, Item, MasteryCut, Skill, Step } from './types';

/** One item's edits in the setup table; a field left out is not edited (the labelled rows hold). */
export interface ItemEdit {
  /** The item's header as the sidebar shows it (a repeated header is `Header (2)`). */
  item: string;
  /** Skills the item measures; empty: the item is its own skill. */
  skills?: Skill[];
  /** Ladder step; null: no step, even if the Step row gives one. */
  step?: Step | null;
  points?: number;
  cut?: MasteryCut;
  /** False leaves an item out; true includes back a column read as not an item (`Total`). */
  included?: boolean;
}

/** Edits and Skill Map entries are matched to items as Skill Map entries are: case and spacing ignored. */
export const itemKey = (name: string): string => normalizeLabel(name) || name;

/** Each kept item's edit by key (a Map: a header named `__proto__` finds nothing it should not). */
export function editsByItem(edits: readonly ItemEdit[] = []): Map<string, ItemEdit> {
  return new Map(edits.map((e) => [itemKey(e.item), e]));
}

/**
 * The Skill Map's entry for an item when it names it, else the setup's edit, else nothing: the
 * Skill Map wins for the whole item, the setup's edit only for the fields it holds.
 */
export function itemOverride(
  name: string,
  map: ReadonlyMap<string, SkillMapEntry>,
  edits: ReadonlyMap<string, ItemEdit>,
): { from: 'skill-map'; entry: SkillMapEntry } | { from: 'setup'; edit: ItemEdit } | null {
  const key = itemKey(name);
  const entry = map.get(key);
  if (entry) return { from: 'skill-map', entry };
  const edit = edits.get(key);
  return edit ? { from: 'setup', edit } : null;
}

/**
 * An item read from the labelled rows (or defaults), with the setup's edit over it. An empty skill
 * list makes the item its own skill (SPEC 3: items with no skill are named by their header).
 */
export function applyEdit(item: Item, edit: ItemEdit): void {
  if (edit.skills !== undefined) item.skills = edit.skills.length > 0 ? edit.skills : [item.header];
  if (edit.step !== undefined) item.step = edit.step;
  if (edit.points !== undefined) item.points = edit.points;
  if (edit.cut !== undefined) item.cut = edit.cut;
}

/**
 * The layout with the columns the setup includes back (read as not items, e.g. `Total`, ticked
 * included by the teacher): detected once, and again with those columns forced to items only when
 * there are any. A column-role correction the teacher made by column wins over an edit by header.
 * Items the setup leaves out are dropped when the items are read (their names are known there).
 */
export function layoutWithEdits(
  grid: Grid,
  correction: LayoutCorrection = {},
  edits: readonly ItemEdit[] = [],
  skillMapNames: ReadonlySet<string> = new Set(),
): Layout {
  const layout = detectLayout(grid, correction);
  const back = new Set(edits.filter((e) => e.included === true).map((e) => itemKey(e.item)));
  if (back.size === 0) return layout;
  const forced: Record<number, 'item'> = {};
  let any = false;
  for (const out of layout.leftOut ?? []) {
    const key = itemKey(out.header);
    if (back.has(key) && !skillMapNames.has(key) && correction.columns?.[out.column] === undefined) {
      forced[out.column] = 'item';
      any = true;
    }
  }
  if (!any) return layout;
  return detectLayout(grid, { ...correction, columns: { ...forced, ...(correction.columns ?? {}) } });
}

/**
 * New edits over the saved ones, item by item and field by field (a field set to undefined goes
 * back to the labelled rows): the server merges what the sidebar sent over what is stored inside
 * the document lock, so an item edited meanwhile elsewhere keeps its other fields.
 */
export function mergeItemEdits(
  stored: readonly ItemEdit[] = [],
  edited: readonly ItemEdit[] = [],
): ItemEdit[] {
  const out = new Map<string, ItemEdit>();
  for (const e of stored) out.set(itemKey(e.item), { ...e });
  for (const e of edited) {
    const key = itemKey(e.item);
    const merged: ItemEdit = { ...(out.get(key) ?? {}), ...e };
    for (const field of Object.keys(merged) as (keyof ItemEdit)[])
      if (merged[field] === undefined) delete merged[field];
    // An edit holding nothing but the item's name is no edit: dropped, not stored.
    if (Object.keys(merged).length > 1) out.set(key, merged);
    else out.delete(key);
  }
  return [...out.values()];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * One item's edit from loose input (the sidebar's fields, or what the spreadsheet's metadata holds
 * now: anyone with edit access can change it), in one spelling: skills split on `,`/`;` and trimmed,
 * a step as the Step row reads it (`1.0` is step 1), points above 0, a cut above 0 and at most 1.
 * Null when any field is of the wrong shape, so a tampered entry is dropped whole.
 */
export function readItemEdit(raw: unknown): ItemEdit | null {
  if (!isObject(raw) || typeof raw.item !== 'string' || raw.item.trim() === '') return null;
  const edit: ItemEdit = { item: raw.item };
  for (const [field, value] of Object.entries(raw)) {
    if (field === 'item' || value === undefined) continue;
    switch (field) {
      case 'skills': {
        const texts = typeof value === 'string' ? [value] : value;
        if (!Array.isArray(texts) || !texts.every((t) => typeof t === 'string')) return null;
        edit.skills = texts.flatMap((t: string) => splitSkills(t));
        break;
      }
      case 'step':
        if (value !== null && typeof value !== 'string' && typeof value !== 'number') return null;
        edit.step = value === null ? null : stepLabel(value);
        break;
      case 'points':
        if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) return null;
        edit.points = value;
        break;
      case 'cut':
        if (typeof value !== 'number' || !(value > 0 && value <= 1)) return null;
        edit.cut = value;
        break;
      case 'included':
        if (typeof value !== 'boolean') return null;
        edit.included = value;
        break;
      default:
        return null;
    }
  }
  return edit;
}

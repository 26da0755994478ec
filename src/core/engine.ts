/**
 * The whole engine in one call: detect the layout, read the gradebook, analyse it.
 * The CLI, the add-on's server handlers and the local preview all come through here.
 */
import { analyse, type Analysis } from './analyse';
import type { CellOptions } from './cells';
import { type Gradebook, readGradebook } from './gradebook';
import { type ItemEdit, itemKey, layoutWithEdits } from './itemSetup';
import type { LayoutCorrection } from './layout';
import type { MergedRange } from './sheetGrid';
import type { SkillMapEntry } from './skillMap';
import type { Grid, Settings } from './types';

export interface CheckOptions extends CellOptions {
  settings: Settings;
  correction?: LayoutCorrection;
  skillMap?: SkillMapEntry[];
  /** The sidebar setup's per-item edits: the Skill Map wins over them, they win over labelled rows. */
  itemEdits?: ItemEdit[];
  /** The tab's merged ranges: a header merged across columns names each of them, as one (SPEC 3). */
  merged?: MergedRange[];
}

export interface CheckResult {
  book: Gradebook;
  analysis: Analysis;
}

export function checkGrid(grid: Grid, options: CheckOptions): CheckResult {
  const mapped = new Set((options.skillMap ?? []).map((e) => itemKey(e.item)));
  const layout = layoutWithEdits(grid, options.correction, options.itemEdits, mapped);
  const book = readGradebook(grid, layout, {
    masteryCut: options.settings.masteryCut,
    stepOrder: options.settings.stepOrder,
    skillMap: options.skillMap,
    itemEdits: options.itemEdits,
    decimalComma: options.decimalComma,
    merged: options.merged,
  });
  return { book, analysis: analyse(book, options.settings) };
}

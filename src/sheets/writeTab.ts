/**
 * Writes one output tab from its render: one setValues, one call per kind of format, one chart.
 * Only tabs tagged with the add-on's developer metadata are ever cleared or rewritten; a
 * teacher's tab with the same name (in any case) makes the add-on pick another name.
 */
import type { ChartSpec, TabKind, TabRender } from '../core/render';
import { TAB_KEY } from './metadata';
import { a1 } from '../core/a1';
import type {
  ChartBuilderLike,
  ChartLike,
  MetadataLike,
  RangeLike,
  SheetLike,
  SpreadsheetLike,
} from './services';

/**
 * Sheets parses a written string as if typed (`TRUE`, `007`, `1/2`, `50%`, `=...` would become a
 * boolean, a number, a date, a formula); a leading apostrophe keeps the exact text and is not part
 * of the value (docs/sheets-behaviour.md). Every string is written so, never only the risky ones:
 * which strings Sheets parses depends on the locale.
 */
export function asText(value: string | number | boolean): string | number | boolean {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/** Tab names: at most 100 characters (SPEC 7). */
const NAME_LIMIT = 100;

/** The first free name, regardless of case: `Groups`, else `Groups (JIT)`, `Groups (JIT 2)`, ... */
export function freeName(ss: SpreadsheetLike, name: string, sheets: SheetLike[] = ss.getSheets()): string {
  const taken = new Set(sheets.map((s) => s.getName().toLowerCase()));
  for (let i = 0; ; i++) {
    const suffix = i === 0 ? '' : i === 1 ? ' (JIT)' : ` (JIT ${i})`;
    const candidate = name.slice(0, NAME_LIMIT - suffix.length) + suffix;
    if (!taken.has(candidate.toLowerCase())) return candidate;
  }
}

/** A new tab's grid (Sheets' default; docs/sheets-behaviour.md). */
const NEW_TAB = { rows: 1000, columns: 26 };

/**
 * Where an action writes: the spreadsheet, the add-on's own tabs by kind (found once per action),
 * and the tab that was active before the first insert: Sheets activates every tab it inserts
 * ("The new sheet becomes the active sheet"), so the action gives the teacher's tab back at the end.
 */
export interface Output {
  ss: SpreadsheetLike;
  own: Map<string, SheetLike>;
  /** The active tab, when the action already asked for it (saves asking again). */
  active?: SheetLike;
  /** The tab to give back: set by the first insert. */
  activeBefore?: SheetLike;
  /** Every tab, asked once per action (`sheetsOf`). */
  sheets?: SheetLike[];
}

/**
 * Every tab, one getSheets per action however many tabs it reads or inserts: inside the document
 * lock only this action changes the tabs, and `insertTab` adds its own (SPEC 12: fewer round trips).
 */
export function sheetsOf(out: Output): SheetLike[] {
  return (out.sheets ??= out.ss.getSheets().slice());
}

/** Inserts a tab of the add-on's, remembering the teacher's active tab first. */
export function insertTab(out: Output, name: string): SheetLike {
  out.activeBefore ??= out.active ?? out.ss.getActiveSheet();
  const sheets = sheetsOf(out);
  const sheet = out.ss.insertSheet(freeName(out.ss, name, sheets));
  sheets.push(sheet);
  return sheet;
}

/** Gives the teacher's tab back if the action inserted any (one call, on first runs only). */
export function restoreActive(out: Output): void {
  if (out.activeBefore) out.ss.setActiveSheet(out.activeBefore);
  out.activeBefore = undefined;
}

/** Grows the grid to hold `rows` × `columns`: getRange past the grid throws (docs/sheets-behaviour.md). */
export function ensureSize(
  sheet: SheetLike,
  rows: number,
  columns: number,
  known?: { rows: number; columns: number },
): void {
  const maxRows = known?.rows ?? sheet.getMaxRows();
  const maxColumns = known?.columns ?? sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

/**
 * Number formats only where the render asks for one ('' leaves the cell automatic). A format
 * string for "automatic" would not do: `0.###############` shows 3 as `3.` ("If you include a
 * decimal point in the format, it's always rendered", Sheets API formats guide). A new tab, and a
 * tab after clear() ("Clears the sheet of content and formatting"), is automatic everywhere. One
 * call per distinct format, each over the format's cells as column runs.
 */
function formatCells(sheet: SheetLike, formats: string[][]): void {
  const runs = new Map<string, string[]>();
  const width = formats[0]?.length ?? 0;
  for (let c = 0; c < width; c++) {
    // A run of one format down the column goes on over cells that ask for none (a blank or a
    // word such as "No data" between two percents): a number format changes no text and no blank,
    // and the list stays a few ranges per column however many students have gaps in it.
    let start = -1;
    let last = -1;
    let format = '';
    const close = () => {
      if (start < 0) return;
      const list = runs.get(format) ?? [];
      list.push(start === last ? a1(start, c) : `${a1(start, c)}:${a1(last, c)}`);
      runs.set(format, list);
    };
    for (let r = 0; r < formats.length; r++) {
      const f = formats[r][c];
      if (f === '') continue;
      if (f !== format) {
        close();
        start = r;
        format = f;
      }
      last = r;
    }
    close();
  }
  for (const [format, ranges] of runs) sheet.getRangeList(ranges).setNumberFormat(format);
}

const CHARTED = new Set<TabKind>(['classCheck', 'progress', 'department', 'items']);

/** The range at the top left, or null when the grid is smaller ("outside the dimensions of the sheet"). */
function rangeInside(sheet: SheetLike, rows: number, columns: number): RangeLike | null {
  try {
    return sheet.getRange(1, 1, rows, columns);
  } catch {
    return null;
  }
}

/** Writes a tab of the add-on's own, creating it (tagged) on the first run. */
export function writeTab(out: Output, name: string, render: TabRender): SheetLike {
  let sheet = out.own.get(render.kind) ?? null;
  const rerun = sheet !== null;
  const { values } = render;
  const width = values[0].length;
  const c = render.chart;
  // The chart's anchor cell must be on the grid too (what Sheets does with an anchor past it is
  // undocumented).
  const anchor = c
    ? { row: c.position?.row ?? Math.max(c.rows + 2, values.length + 2), column: c.position?.column ?? 1 }
    : null;
  const rows = Math.max(values.length, anchor?.row ?? 0);
  let range: RangeLike | null = null;
  /** The last run's chart, updated in place: one call where removing and inserting take two. */
  let old: ChartLike | undefined;
  if (sheet) {
    sheet.clear();
    // Only a tab kind that draws a chart can hold one of ours (even if this run draws none).
    if (CHARTED.has(render.kind)) {
      const charts = sheet.getCharts();
      if (c) old = charts[0];
      for (const chart of charts) if (chart !== old) sheet.removeChart(chart);
    }
    // A rerun's tab was grown for the last output, which is usually as large: its size is asked
    // (two round trips) only when the grid does not hold this one (more students, a tab the teacher shrank).
    const fits = rangeInside(sheet, rows, width);
    if (!fits) ensureSize(sheet, rows, width);
    else if (rows === values.length) range = fits;
  } else {
    sheet = insertTab(out, name);
    sheet.addDeveloperMetadata(TAB_KEY, render.kind);
    out.own.set(render.kind, sheet);
    ensureSize(sheet, rows, width, NEW_TAB);
  }
  range ??= sheet.getRange(1, 1, values.length, width);
  range.setValues(values.map((row) => row.map(asText)));
  formatCells(sheet, render.numberFormats);
  const bold = new Set(render.boldRows);
  range.setFontWeights(values.map((row, r) => row.map(() => (bold.has(r) ? 'bold' : 'normal'))));
  if (render.backgrounds.some((row) => row.some((c) => c !== null))) range.setBackgrounds(render.backgrounds);
  if (!rerun) sheet.setFrozenRows(1); // clear() keeps frozen rows
  if (c && anchor) {
    const builder = chartBuilder(sheet, old)
      .asComboChart()
      .addRange(sheet.getRange(c.row, c.column, c.rows, c.columns))
      .setNumHeaders(1)
      .setOption('title', c.title)
      .setOption('seriesType', c.kind === 'combo' ? 'bars' : 'line')
      .setOption('series', Object.fromEntries(c.lineSeries.map((i) => [i, { type: 'line' }])))
      .setOption('vAxis', vAxis(c));
    if (c.hTitle) builder.setOption('hAxis', { title: c.hTitle });
    placeChart(sheet, builder.setPosition(anchor.row, anchor.column, 0, 0).build(), old);
  }
  return sheet;
}

/**
 * A builder for this run's chart: the last run's chart to modify (its ranges cleared: this run's
 * data block may have more rows), else a new one. Every option this run draws with is set again.
 */
function chartBuilder(sheet: SheetLike, old: ChartLike | undefined): ChartBuilderLike {
  return old ? old.modify().clearRanges() : sheet.newChart();
}

/** Saves the chart: the last run's by updateChart (a modified chart is saved only so), else an insert. */
function placeChart(sheet: SheetLike, chart: ChartLike, old: ChartLike | undefined): void {
  if (old) sheet.updateChart(chart);
  else sheet.insertChart(chart);
}

/**
 * The vertical axis as the table beside the chart shows its figures: percent, whole counts, or a
 * share 0 to 1 to two places (the Item Analysis table's `0.00`).
 */
function vAxis(c: ChartSpec): Record<string, unknown> {
  const axis: Record<string, unknown> =
    c.axis === 'count'
      ? { format: '0', minValue: 0 }
      : c.axis === 'share'
        ? { format: '0.00', minValue: 0, maxValue: 1 }
        : { format: 'percent', minValue: 0 };
  if (c.vTitle) axis.title = c.vTitle;
  return axis;
}

/** The add-on's own tabs by kind, from its developer metadata (`ownMetadata`). */
export function ownTabs(metadata: MetadataLike[]): Map<TabKind | string, SheetLike> {
  const tabs = new Map<string, SheetLike>();
  for (const meta of metadata) {
    if (meta.getKey() !== TAB_KEY) continue;
    const sheet = meta.getLocation().getSheet();
    if (sheet) tabs.set(meta.getValue() ?? '', sheet);
  }
  return tabs;
}

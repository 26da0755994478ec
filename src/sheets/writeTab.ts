/**
 * Writes one output tab from its render: one setValues, one call per kind of format, one chart.
 * Only tabs tagged with the add-on's developer metadata are ever cleared or rewritten; a
 * teacher's tab with the same name makes the add-on pick another name.
 */
import type { TabKind, TabRender } from '../core/render';
import { TAB_KEY } from './metadata';
import type { MetadataLike, SheetLike, SpreadsheetLike } from './services';

/** Sheets turns a string starting with = + - @ into a formula: a leading ' keeps it text. */
export function asText(value: string | number | boolean): string | number | boolean {
  return typeof value === 'string' && /^[=+\-@']/.test(value) ? `'${value}` : value;
}

/** The first free name: `Groups`, else `Groups (JIT)`, `Groups (JIT 2)`, ... */
export function freeName(ss: SpreadsheetLike, name: string): string {
  const taken = new Set(ss.getSheets().map((s) => s.getName()));
  if (!taken.has(name)) return name;
  for (let i = 1; ; i++) {
    const candidate = i === 1 ? `${name} (JIT)` : `${name} (JIT ${i})`;
    if (!taken.has(candidate)) return candidate;
  }
}

const CHARTED = new Set<TabKind>(['classCheck', 'progress']);

/** Writes a tab; `own` is the add-on's tabs by kind, found once per action. */
export function writeTab(ss: SpreadsheetLike, own: Map<string, SheetLike>, name: string, render: TabRender): SheetLike {
  let sheet = own.get(render.kind) ?? null;
  const rerun = sheet !== null;
  if (sheet) {
    sheet.clear();
    // Only a tab kind that draws a chart can hold one of ours (even if this run draws none).
    if (CHARTED.has(render.kind)) for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  } else {
    sheet = ss.insertSheet(freeName(ss, name));
    sheet.addDeveloperMetadata(TAB_KEY, render.kind);
    own.set(render.kind, sheet);
  }
  const { values } = render;
  const range = sheet.getRange(1, 1, values.length, values[0].length);
  range.setValues(values.map((row) => row.map(asText)));
  range.setNumberFormats(render.numberFormats.map((row) => row.map((f) => f || 'General')));
  const bold = new Set(render.boldRows);
  range.setFontWeights(values.map((row, r) => row.map(() => (bold.has(r) ? 'bold' : 'normal'))));
  if (render.backgrounds.some((row) => row.some((c) => c !== null))) range.setBackgrounds(render.backgrounds);
  if (!rerun) sheet.setFrozenRows(1); // clear() keeps frozen rows
  if (render.chart) {
    const c = render.chart;
    const chart = sheet.newChart().asComboChart()
      .addRange(sheet.getRange(c.row, c.column, c.rows, c.columns))
      .setNumHeaders(1)
      .setOption('title', c.title)
      .setOption('seriesType', c.kind === 'combo' ? 'bars' : 'line')
      .setOption('series', Object.fromEntries(c.lineSeries.map((i) => [i, { type: 'line' }])))
      .setOption('vAxis', { format: 'percent', minValue: 0 })
      .setPosition(c.position?.row ?? Math.max(c.rows + 2, values.length + 2), c.position?.column ?? 1, 0, 0)
      .build();
    sheet.insertChart(chart);
  }
  return sheet;
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

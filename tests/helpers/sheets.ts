import { FakeServices, type FakeSheet } from '../../src/fake/spreadsheet';
import { loadBundle } from './bundle';

export { sheetValues } from '../../src/fake/spreadsheet';

/** The built bundle over a fresh in-memory spreadsheet holding these tabs. */
export function workbook(tabs: Record<string, unknown[][]>) {
  const services = new FakeServices();
  for (const [name, values] of Object.entries(tabs)) services.ss._addSheet(name, values);
  const gs = loadBundle(services.globals());
  return { services, gs, ss: services.ss };
}

/** Everything about a tab a teacher could see or lose. */
export function snapshot(sheet: FakeSheet) {
  return JSON.stringify({
    name: sheet.getName(),
    cells: sheet._cells,
    rules: sheet._rules.map((r) => JSON.stringify(r)),
    charts: sheet._charts.length,
    frozen: sheet._frozenRows,
  });
}

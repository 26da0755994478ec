/** Inserts the department template as new tabs; existing tabs are never touched. */
import { templateTabs } from '../core/template';
import { TEMPLATE_KEY } from './metadata';
import type { SpreadsheetLike } from './services';
import { asText, freeName } from './writeTab';

export function insertTemplate(ss: SpreadsheetLike): string[] {
  const created: string[] = [];
  for (const tab of templateTabs()) {
    // A teacher's own Skill Map stays the one the add-on reads.
    if (tab.name === 'Skill Map' && ss.getSheetByName(tab.name)) continue;
    const sheet = ss.insertSheet(freeName(ss, tab.name));
    sheet.addDeveloperMetadata(TEMPLATE_KEY, tab.name);
    const width = Math.max(...tab.values.map((r) => r.length));
    const values = tab.values.map((r) => [...r, ...Array(width - r.length).fill('')].map(asText));
    const range = sheet.getRange(1, 1, values.length, width);
    range.setValues(values);
    range.setFontWeights(values.map((row, r) => row.map(() => (tab.boldRows.includes(r) ? 'bold' : 'normal'))));
    sheet.setFrozenRows(1);
    created.push(sheet.getName());
  }
  return created;
}

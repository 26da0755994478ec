/**
 * Inserts the department template as new tabs; existing tabs are never touched, and a template
 * tab already inserted (found by its developer metadata) is not inserted twice.
 */
import { templateTabs } from '../core/template';
import { TEMPLATE_KEY } from './metadata';
import { isSkillMap, SKILL_MAP_TAB } from './readSheet';
import type { MetadataLike } from './services';
import { asText, ensureSize, insertTab, type Output, sheetsOf } from './writeTab';

/** Names of the template tabs already in the spreadsheet, from the add-on's metadata. */
export function templateKinds(metadata: MetadataLike[]): Set<string> {
  return new Set(metadata.filter((m) => m.getKey() === TEMPLATE_KEY).map((m) => m.getValue() ?? ''));
}

/** The tabs inserted now (none when the template is already there). */
export function insertTemplate(out: Output, present: Set<string>): string[] {
  const created: string[] = [];
  for (const tab of templateTabs()) {
    if (present.has(tab.name)) continue;
    // A teacher's own Skill Map stays the one the add-on reads.
    if (tab.name === SKILL_MAP_TAB && sheetsOf(out).some(isSkillMap)) continue;
    const sheet = insertTab(out, tab.name);
    sheet.addDeveloperMetadata(TEMPLATE_KEY, tab.name);
    let width = 0;
    for (const row of tab.values) width = Math.max(width, row.length);
    const values = tab.values.map((r) => [...r, ...Array(width - r.length).fill('')].map(asText));
    ensureSize(sheet, values.length, width, { rows: 1000, columns: 26 });
    const range = sheet.getRange(1, 1, values.length, width);
    range.setValues(values);
    range.setFontWeights(
      values.map((row, r) => row.map(() => (tab.boldRows.includes(r) ? 'bold' : 'normal'))),
    );
    sheet.setFrozenRows(1);
    created.push(sheet.getName());
  }
  return created;
}

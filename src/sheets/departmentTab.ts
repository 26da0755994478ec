/**
 * The department check in Sheets (SPEC 6c): every tab that reads as a gradebook is a class (or
 * each of its sections), two tabs of the same students one class from the later tab
 * (core/department.ts); the others are listed as skipped with the reason. The add-on's own tabs,
 * the Skill Map and the template's help are never classes. Each tab costs one read (getValues,
 * getDisplayValues, getMergedRanges), whatever its roster. Tabs filled by IMPORTRANGE need nothing
 * special: Sheets computes the import and getValues returns its values like typed ones.
 * Call inside the document lock (the action writes the Department Check tab).
 */
import { isAre, plural } from '../core/tierWords';
import {
  departmentCheck,
  type DepartmentInput,
  type DepartmentReport,
  departmentInput,
} from '../core/department';
import { checkGrid } from '../core/engine';
import { LayoutError } from '../core/layout';
import { TAB_NAMES } from '../core/render';
import { renderDepartment, type Skipped } from '../core/renderDepartment';
import { ownNames } from './addon';
import { ownMetadata } from './metadata';
import { readSheet, readSkillMap, SKILL_MAP_TAB } from './readSheet';
import type { Services } from './services';
import { loadSaved, settingsOf } from './settingsStore';
import { type Output, ownTabs, restoreActive, writeTab } from './writeTab';

export interface DepartmentRun {
  message: string;
  report: DepartmentReport;
  skipped: Skipped[];
  /** The tab written. */
  tab: string;
}

/** Why a tab with a student column still is not a class. */
function emptyReason(students: number, items: number): string | null {
  if (students === 0) return 'No students yet: a class needs a row per student.';
  if (items === 0) return 'No scored columns.';
  return null;
}

export function writeDepartment(services: Services): DepartmentRun {
  const ss = services.app.getActiveSpreadsheet();
  const metadata = ownMetadata(ss);
  const { saved } = loadSaved(metadata);
  const settings = settingsOf(saved);
  const own = ownTabs(metadata);
  const out: Output = { ss, own };
  const never = ownNames(own, metadata);
  never.add(SKILL_MAP_TAB);
  const skillMap = readSkillMap(ss)?.entries;
  const inputs: DepartmentInput[] = [];
  const skipped: Skipped[] = [];
  try {
    for (const sheet of ss.getSheets()) {
      const name = sheet.getName();
      if (never.has(name)) continue;
      try {
        const { grid } = readSheet(sheet);
        // A layout correction was made for the gradebook it names, not for the other classes.
        const correction = saved.gradebook === name ? saved.correction : undefined;
        // The setup's item edits, like the Skill Map, hold on every tab: skills match across classes by name.
        const result = checkGrid(grid, { settings, skillMap, correction, itemEdits: saved.items });
        const reason = emptyReason(result.book.students.length, result.book.items.length);
        if (reason) skipped.push({ tab: name, reason });
        else inputs.push(departmentInput(name, name, result, settings));
      } catch (e) {
        if (!(e instanceof LayoutError)) throw e;
        skipped.push({ tab: name, reason: e.message });
      }
    }
    const report = departmentCheck(inputs);
    const tab = writeTab(out, TAB_NAMES.department, renderDepartment(report, skipped)).getName();
    return { message: summary(report, skipped, tab), report, skipped, tab };
  } finally {
    restoreActive(out);
  }
}

function summary(report: DepartmentReport, skipped: Skipped[], tab: string): string {
  const named = (verdict: string) => report.skills.filter((s) => s.verdict === verdict).map((s) => s.skill);
  const system = named('system');
  const data = named('system-data');
  const parts = [`Department check of ${report.classes.length} classes written to "${tab}".`];
  if (system.length > 0) parts.push(`System level (most classes at classroom level): ${system.join(', ')}.`);
  if (data.length > 0) parts.push(`Too little data in most classes: ${data.join(', ')}.`);
  if (system.length + data.length === 0) parts.push("No system-level skill: each class's own tier stands.");
  const folded = report.classes.filter((c) => c.earlier.length > 0);
  if (folded.length > 0) {
    const pairs = folded.map((c) => `${c.earlier.join(', ')} → ${c.class}`);
    parts.push(`Same students on two tabs, counted once from the latest: ${pairs.join('; ')}.`);
  }
  if (skipped.length > 0)
    parts.push(`${plural(skipped.length, 'tab')} not read as classes ${isAre(skipped.length)} listed there.`);
  return parts.join(' ');
}

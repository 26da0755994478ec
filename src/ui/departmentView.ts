/** What the sidebar shows of a department check: plain data, names as strings for text nodes. */
import { VERDICT_ADVICE, VERDICT_WORD } from '../core/department';
import { settingsLine } from '../core/renderDepartment';
import type { DepartmentRun } from '../sheets/departmentTab';

export interface DepartmentView {
  tab: string;
  settings: string;
  skills: {
    skill: string;
    verdict: string;
    word: string;
    advice: string;
    classes: number;
    classroom: number;
    lowData: number;
  }[];
  /** `earlier`: the class's earlier tabs of the same students, counted as this one class. */
  classes: { class: string; roster: number; coverage: number | null; earlier: string[] }[];
  single: string[];
  skipped: { tab: string; reason: string }[];
}

export function departmentView(run: DepartmentRun): DepartmentView {
  const { report } = run;
  return {
    tab: run.tab,
    settings: settingsLine(report),
    skills: report.skills.map((s) => ({
      skill: s.skill,
      verdict: s.verdict,
      word: VERDICT_WORD[s.verdict],
      advice: VERDICT_ADVICE[s.verdict],
      classes: s.classes,
      classroom: s.classroom,
      lowData: s.lowData,
    })),
    classes: report.classes.map((c) => ({
      class: c.class,
      roster: c.roster,
      coverage: c.coverage,
      earlier: c.earlier,
    })),
    single: report.single,
    skipped: run.skipped,
  };
}

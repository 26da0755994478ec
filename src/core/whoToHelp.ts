/**
 * Who each class-check row is about (SPEC 4): the struggling students of its section and skill,
 * from each student's gaps, so "targeted help for the listed students" lists them.
 */
import type { Analysis } from './analyse';
import { whoWords } from './tierWords';
import { ALL, NO_SECTION } from './types';

/** Per class-check row (same order), the names of its struggling students, in roster order. */
export function strugglingPerRow(analysis: Pick<Analysis, 'students' | 'classCheck'>): string[][] {
  const { students, classCheck } = analysis;
  const bySectionSkill = new Map<string, string[]>();
  const key = (section: string, skill: string) => `${section}\u0000${skill}`;
  const add = (section: string, skill: string, name: string) => {
    const list = bySectionSkill.get(key(section, skill));
    if (list) list.push(name);
    else bySectionSkill.set(key(section, skill), [name]);
  };
  // A blank section reads as "(no section)" when others have one (classCheck.ts `sectionOf`).
  const anySection = students.some((s) => s.section !== null);
  for (const s of students) {
    const section = s.section ?? (anySection ? NO_SECTION : ALL);
    for (const skill of s.gaps) {
      add(ALL, skill, s.name);
      if (section !== ALL) add(section, skill, s.name);
    }
  }
  return classCheck.map((r) => bySectionSkill.get(key(r.section, r.skill)) ?? []);
}

/** Per class-check row, whom its "What to do" is about, in words of at most `limit` characters. */
export function whoPerRow(analysis: Pick<Analysis, 'students' | 'classCheck'>, limit: number): string[] {
  const names = strugglingPerRow(analysis);
  return analysis.classCheck.map((r, k) => whoWords(r.tier, names[k], limit));
}

/**
 * The class-percentage check (SPEC section 4): per skill and section, struggling ÷ students
 * with data, compared as exact fractions against the band, and a low-data flag under 70%.
 */
import { isAbove, isBelow, type Pool } from './mastery';
import { NO_DATA, type StatusTable, STRUGGLING } from './studentTables';
import {
  ALL,
  type Band,
  type ClassCheckRow,
  NO_SECTION,
  type Section,
  type Student,
  type Tier,
} from './types';

/** Under this share of the roster with data, a row carries the `low-data` flag. */
export const LOW_DATA = 0.7;

export function tierOf(struggling: number, withData: number, band: Band): Tier {
  if (withData === 0) return 'no-data';
  if (struggling === 0) return 'none';
  const percent = struggling / withData;
  if (isAbove(percent, band.upper)) return 'classroom';
  if (isBelow(percent, band.lower)) return 'student';
  return 'borderline';
}

/** Of some students, those with data on pool p, and how many of them struggle. */
export function tally(
  mastery: StatusTable,
  members: readonly number[],
  p: number,
): { withData: number; struggling: number } {
  let withData = 0;
  let struggling = 0;
  for (let k = 0; k < members.length; k++) {
    const status = mastery.status(members[k], p);
    withData += +(status !== NO_DATA);
    struggling += +(status === STRUGGLING);
  }
  return { withData, struggling };
}

export function checkRow(
  section: Section,
  skill: string,
  roster: number,
  withData: number,
  struggling: number,
  band: Band,
): ClassCheckRow {
  return {
    section,
    skill,
    roster,
    withData,
    struggling,
    percentStruggling: withData > 0 ? struggling / withData : null,
    tier: tierOf(struggling, withData, band),
    flags: roster > 0 && isBelow(withData / roster, LOW_DATA) ? ['low-data'] : [],
  };
}

/** Each student's section; a blank one becomes `(no section)` when others have one. */
export function sectionOf(students: Student[]): Section[] {
  const any = students.some((s) => s.section !== null);
  return students.map((s) => s.section ?? (any ? NO_SECTION : ALL));
}

/** The sections in order of appearance (just `(all)` without a section column). */
export function sectionsIn(sections: Section[]): Section[] {
  return [...new Set(sections)];
}

/** Each section in order of appearance, with its students. */
export function bySection(sections: Section[]): Scope[] {
  const members = new Map<Section, number[]>();
  sections.forEach((section, s) => {
    const list = members.get(section);
    if (list) list.push(s);
    else members.set(section, [s]);
  });
  return [...members].map(([section, list]) => ({ section, members: list }));
}

export interface Scope {
  section: Section;
  members: number[];
}

/** Who a check row covers: the whole roster, then each section when there are two or more. */
export function scopes(sections: Section[]): Scope[] {
  const all = { section: ALL, members: sections.map((_, s) => s) };
  const groups = bySection(sections);
  return groups.length < 2 ? [all] : [all, ...groups];
}

/** Check rows for every scope and pool, from each student's mastery of each pool. */
export function classCheck(
  mastery: StatusTable,
  pools: Pool[],
  sections: Section[],
  band: Band,
): ClassCheckRow[] {
  const rows: ClassCheckRow[] = [];
  for (const scope of scopes(sections)) {
    pools.forEach((pool, p) => {
      const { withData, struggling } = tally(mastery, scope.members, p);
      rows.push(checkRow(scope.section, pool.name, scope.members.length, withData, struggling, band));
    });
  }
  return rows;
}

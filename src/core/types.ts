/**
 * The words of SPEC.md section 2, as types. Everything in core speaks these.
 */

/** What `Range.getValues()` returns for one cell (CSV cells arrive as strings). */
export type CellValue = string | number | boolean | Date | null | undefined;
/** A block of cells, rows first, as `getValues()` returns it. */
export type Grid = ReadonlyArray<ReadonlyArray<CellValue>>;

/** Fraction of points, 0..1 (up to 1.5 with extra credit before capping). */
export type Fraction = number;
/** Fraction at or above which an item or skill counts as mastered. */
export type MasteryCut = Fraction;
/** A skill's name, as written in the Skill row or the Skill Map. */
export type Skill = string;
/** A rung of a prerequisite ladder, by its label (`"1"`, `"2"`, ...). */
export type Step = string;
/** A class period or group; `ALL` stands for the whole roster. */
export type Section = string;
export const ALL: Section = '(all)';
/** Students with a blank section when others have one. */
export const NO_SECTION: Section = '(no section)';

export type Tier = 'no-data' | 'none' | 'classroom' | 'student' | 'borderline';
export type Flag = 'low-data';

/** Lower and upper limits of the class-percentage check. */
export interface Band {
  lower: Fraction;
  upper: Fraction;
}

export interface Settings {
  masteryCut: MasteryCut;
  band: Band;
  /** Step labels in ladder order; default: numeric order, else order of appearance. */
  stepOrder?: Step[];
}

export const DEFAULT_SETTINGS: Settings = { masteryCut: 0.8, band: { lower: 0.1, upper: 0.2 } };

/** One scored column. */
export interface Item {
  /** 0-based column in the grid. */
  column: number;
  header: string;
  skills: Skill[];
  step: Step | null;
  points: number;
  cut: MasteryCut;
  /** Correct answer, when the item is graded against an answer key. */
  key?: string;
}

export interface Student {
  /** 0-based row in the grid. */
  row: number;
  /** The identity cell as written, or `Last, First`, or the email. */
  name: string;
  email: string | null;
  section: Section | null;
}

/** A cell that held something that is not a score: no data, reported. */
export interface InvalidCell {
  address: string;
  raw: string;
  item: string;
}

export type EntryStep = Step | 'ready' | 'no-data';

export interface ClassCheckRow {
  section: Section;
  skill: Skill;
  roster: number;
  withData: number;
  struggling: number;
  percentStruggling: Fraction | null;
  tier: Tier;
  flags: Flag[];
}

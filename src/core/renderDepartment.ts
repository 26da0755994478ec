/**
 * The department check as a teacher reads it: the `Department Check` tab (skills × classes, the
 * verdict first, rosters and data coverage, a chart of classroom-level classes per skill) and the
 * command line's text report. The same words in both, written once here.
 */
import {
  type DepartmentReport,
  type DepartmentSkill,
  VERDICT_ADVICE,
  VERDICT_WORD,
  type Verdict,
} from './department';
import { type Cell, makeTab, placeBeside, type TabRender, TIER_COLOURS } from './render';
import { table } from './report';
import { percent, TIER_WORD } from './tierWords';
import type { ClassCheckRow, Settings } from './types';

/** A tab that was not read as a class, and why (Sheets only: files given on the command line must read). */
export interface Skipped {
  tab: string;
  reason: string;
}

const COUNT_HEADERS = ['Classes', 'Classroom', 'Borderline', 'Student', 'None', 'No data', 'Low data'];
const counts = (s: DepartmentSkill) => [
  s.classes,
  s.classroom,
  s.borderline,
  s.student,
  s.none,
  s.noData,
  s.lowData,
];

const settingsWords = (s: Settings) =>
  `mastery cut ${percent(s.masteryCut)}, band ${percent(s.band.lower)}–${percent(s.band.upper)}`;

/** Whether every class was checked with the same cut and band, and which when not. */
export function settingsLine(report: DepartmentReport): string {
  const { same, used } = report.settings;
  if (same) return `Same settings for every class: ${settingsWords(used[0].settings)}.`;
  const each = used.map((u) => `${u.file}: ${settingsWords(u.settings)}`).join('; ');
  return `Settings differ between gradebooks; each class was checked with its own: ${each}.`;
}

/** One class's cell for a skill: its tier word and % struggling, and low data when flagged. */
export function cellWords(row: ClassCheckRow | null): string {
  if (row === null) return 'Not assessed';
  if (row.tier === 'no-data') return TIER_WORD['no-data'];
  const low = row.flags.includes('low-data') ? ' · low data' : '';
  return `${TIER_WORD[row.tier]} · ${percent(row.percentStruggling)}${low}`;
}

/** The verdicts that occur, in the order system, system-data, classes: each explained once. */
function verdictsUsed(report: DepartmentReport): Verdict[] {
  const used = new Set(report.skills.map((s) => s.verdict));
  return (['system', 'system-data', 'classes'] as const).filter((v) => used.has(v));
}

/** Where a skill assessed in one class only is: probably named differently elsewhere. */
function singles(report: DepartmentReport): [skill: string, where: string][] {
  return report.skills
    .filter((s) => s.classes === 1)
    .map((s) => [s.skill, report.classes[s.rows.findIndex((r) => r !== null)].class]);
}

const SINGLE_HEADING = 'Assessed in only one class (named differently elsewhere?)';
const SKIPPED_HEADING = 'Tabs not read as classes';
/** A class assessed on several tabs (or files) is counted once, from its latest (department.ts). */
export const EARLIER_HEADING = 'Same students, earlier';

export function departmentTextReport(report: DepartmentReport, skipped: Skipped[] = []): string {
  const { classes, skills } = report;
  const gradebooks = new Set(classes.map((c) => c.file)).size;
  const out = [
    `Department check: ${classes.length} classes from ${gradebooks} gradebooks, ${skills.length} skills.`,
    settingsLine(report),
    '',
  ];
  const summary = [['Verdict', 'Skill', ...COUNT_HEADERS]];
  for (const s of skills) summary.push([VERDICT_WORD[s.verdict], s.skill, ...counts(s).map(String)]);
  for (const line of table(summary)) out.push(line);
  out.push('');
  for (const v of verdictsUsed(report)) out.push(`${VERDICT_WORD[v]}: ${VERDICT_ADVICE[v]}`);
  out.push('', 'Each class (tier · % struggling)');
  const grid = [['Skill', ...classes.map((c) => c.class)]];
  for (const s of skills) grid.push([s.skill, ...s.rows.map(cellWords)]);
  for (const line of table(grid)) out.push(line);
  out.push('', 'Classes');
  const folded = classes.some((c) => c.earlier.length > 0);
  const rosters = [
    ['Class', 'File', 'Section', 'Roster', 'Data coverage', ...(folded ? [EARLIER_HEADING] : [])],
  ];
  for (const c of classes)
    rosters.push([
      c.class,
      c.file,
      c.section ?? '',
      String(c.roster),
      percent(c.coverage),
      ...(folded ? [c.earlier.join(', ')] : []),
    ]);
  for (const line of table(rosters)) out.push(line);
  const single = singles(report);
  if (single.length > 0) {
    out.push('', SINGLE_HEADING);
    for (const [skill, where] of single) out.push(`  ${skill}: ${where}`);
  }
  if (skipped.length > 0) {
    out.push('', SKIPPED_HEADING);
    for (const s of skipped) out.push(`  ${s.tab}: ${s.reason}`);
  }
  return out.join('\n');
}

const VERDICT_COLOURS: Record<Verdict, string | null> = {
  system: TIER_COLOURS.classroom,
  'system-data': TIER_COLOURS['no-data'],
  classes: null,
};

export function renderDepartment(report: DepartmentReport, skipped: Skipped[] = []): TabRender {
  const { classes, skills } = report;
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const colours = new Map<string, string>();
  const percentCells: [number, number][] = [];
  const heading = (cells: Cell[]) => {
    bold.push(rows.length);
    rows.push(cells);
  };
  const colour = (column: number, value: string | null) => {
    if (value) colours.set(`${rows.length},${column}`, value);
  };

  const first = 2 + COUNT_HEADERS.length; // the first class's column
  heading(['Verdict', 'Skill', ...COUNT_HEADERS, ...classes.map((c) => c.class)]);
  for (const s of skills) {
    colour(0, VERDICT_COLOURS[s.verdict]);
    s.rows.forEach((r, k) => colour(first + k, r ? TIER_COLOURS[r.tier] : null));
    rows.push([VERDICT_WORD[s.verdict], s.skill, ...counts(s), ...s.rows.map(cellWords)]);
  }
  rows.push([]);
  heading(['What the verdicts mean']);
  for (const v of verdictsUsed(report)) rows.push([VERDICT_WORD[v], VERDICT_ADVICE[v]]);
  rows.push([settingsLine(report)]);

  rows.push([]);
  const folded = classes.some((c) => c.earlier.length > 0);
  heading(['Class', 'Tab', 'Section', 'Roster', 'Data coverage', ...(folded ? [EARLIER_HEADING] : [])]);
  for (const c of classes) {
    if (c.coverage !== null) percentCells.push([rows.length, 4]);
    const earlier = folded ? [c.earlier.join(', ')] : [];
    rows.push([c.class, c.file, c.section ?? '', c.roster, c.coverage ?? 'No skills', ...earlier]);
  }
  const single = singles(report);
  if (single.length > 0) {
    rows.push([]);
    heading([SINGLE_HEADING, 'Class']);
    for (const [skill, where] of single) rows.push([skill, where]);
  }
  if (skipped.length > 0) {
    rows.push([]);
    heading([SKIPPED_HEADING, 'Why']);
    for (const s of skipped) rows.push([s.tab, s.reason]);
  }

  // Chart data to the right of everything: classroom-level classes per skill, against half of the
  // classes with data (a bar above the line is a `system` verdict).
  let width = 0;
  for (const r of rows) width = Math.max(width, r.length);
  const chartColumn = width + 2;
  const chartRows: Cell[][] = [['Skill', 'Classes at classroom level', 'Half of the classes with data']];
  for (const s of skills) chartRows.push([s.skill, s.classroom, (s.classes - s.noData) / 2]);
  placeBeside(rows, chartRows, chartColumn);
  return makeTab('department', rows, {
    boldRows: bold,
    percentCells,
    colours,
    chart: {
      kind: 'combo',
      row: 1,
      column: chartColumn,
      rows: chartRows.length,
      columns: 3,
      title: 'Classes at classroom level per skill',
      lineSeries: [1],
      axis: 'count',
    },
  });
}

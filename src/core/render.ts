/**
 * What each output tab holds, as plain data: values, number formats, bold rows, backgrounds,
 * and a chart spec. The Sheets writer only copies these; tests read them without Sheets.
 */
import type { Analysis } from './analyse';
import { groupLine } from './itemWords';
import {
  entryStepWords,
  laterReteachSentence,
  lastStep,
  LOW_DATA_NOTE,
  nameSeparator,
  percent,
  READY,
  rowNote,
  stepLabel,
  stepSkills,
  TIER_ADVICE,
  TIER_WORD,
  WHOLE_CLASS_RETEACH,
  WHOLE_CLASS_WHO,
  wholeClassSentence,
} from './tierWords';
import { ALL, type Settings, type Tier } from './types';
import { whoPerRow } from './whoToHelp';

export type TabKind = 'classCheck' | 'groups' | 'studentGaps' | 'progress' | 'department' | 'items';

export const TAB_NAMES: Record<TabKind, string> = {
  classCheck: 'Class Check',
  groups: 'Groups',
  studentGaps: 'Student Gaps',
  progress: 'Progress',
  department: 'Department Check',
  items: 'Item Analysis',
};

/** Highlight colours, each with its words in the legend (never colour alone). */
export const HIGHLIGHT_COLOURS = { below: '#f4c7c3', noData: '#e0e0e0', invalid: '#fce8b2' } as const;
/**
 * Tier colours, none of them a highlight colour (SPEC 7): pink on a tab means "below the cut"
 * only, so the classroom tier is purple, borderline orange, no data blue. sidebar.css repeats them.
 */
export const TIER_COLOURS: Record<Tier, string | null> = {
  classroom: '#d9d2e9',
  borderline: '#f9cb9c',
  student: '#d9ead3',
  none: null,
  'no-data': '#cfe2f3',
};

export type Cell = string | number | boolean;

export interface ChartSpec {
  kind: 'combo' | 'line';
  /** 1-based first row and column of the chart's data block, and its size. */
  row: number;
  column: number;
  rows: number;
  columns: number;
  title: string;
  /** Series drawn as lines (0-based, after the label column); the rest are bars. */
  lineSeries: number[];
  /**
   * The vertical axis: percent (default), counts (the department check's classes), or a share
   * from 0 to 1 to two places, as the Item Analysis table shows it.
   */
  axis?: 'count' | 'share';
  /** Axis titles, in the words of the table beside the chart (none when omitted). */
  hTitle?: string;
  vTitle?: string;
  /** 1-based anchor cell; default: below everything. */
  position?: { row: number; column: number };
}

export interface TabRender {
  kind: TabKind;
  values: Cell[][];
  /** Number format per cell ('' = automatic). */
  numberFormats: string[][];
  /** 0-based rows drawn bold. */
  boldRows: number[];
  /** Background per cell, null for none. */
  backgrounds: (string | null)[][];
  chart?: ChartSpec;
}

/** Pads rows to one width and derives the per-cell format grids. */
export function makeTab(
  kind: TabKind,
  rows: Cell[][],
  options: {
    boldRows?: number[];
    percentColumns?: number[];
    percentCells?: [row: number, column: number][];
    colours?: Map<string, string>;
    chart?: ChartSpec;
  } = {},
): TabRender {
  let width = 1;
  for (const r of rows) width = Math.max(width, r.length);
  const values = rows.map((r) => [...r, ...Array(width - r.length).fill('')]);
  const percent = new Set(options.percentColumns ?? []);
  const cells = new Set((options.percentCells ?? []).map(([r, c]) => `${r},${c}`));
  const isPercent = (r: number, c: number) => (percent.has(c) && r > 0) || cells.has(`${r},${c}`);
  return {
    kind,
    values,
    numberFormats: values.map((row, r) =>
      row.map((v, c) => (typeof v === 'number' && isPercent(r, c) ? '0.0%' : '')),
    ),
    boldRows: options.boldRows ?? [0],
    backgrounds: values.map((_, r) => values[0].map((__, c) => options.colours?.get(`${r},${c}`) ?? null)),
    chart: options.chart,
  };
}

/**
 * Puts a chart's data block at the top of the tab from 1-based column `column`, to the right of
 * what the rows already hold (rows are added or padded as needed), so a chart reads its own block.
 */
export function placeBeside(rows: Cell[][], block: Cell[][], column: number): void {
  block.forEach((blockRow, i) => {
    while (rows.length <= i) rows.push([]);
    const row = rows[i];
    while (row.length < column - 1) row.push('');
    for (const cell of blockRow) row.push(cell);
  });
}

export function renderClassCheck(analysis: Analysis, settings: Settings): TabRender {
  const colours = new Map<string, string>();
  const rows: Cell[][] = [
    [
      'Section',
      'Skill',
      'Roster',
      'With data',
      'Struggling',
      '% struggling',
      'Tier',
      'What to do',
      'Who',
      'Flags',
    ],
  ];
  // One row per check row: past a cell's limit the list ends "… and N more".
  const who = whoPerRow(analysis, CELL_TEXT_LIMIT);
  for (const [k, r] of analysis.classCheck.entries()) {
    const colour = TIER_COLOURS[r.tier];
    if (colour) colours.set(`${rows.length},6`, colour);
    rows.push([
      r.section,
      r.skill,
      r.roster,
      r.withData,
      r.struggling,
      r.percentStruggling ?? '',
      TIER_WORD[r.tier],
      TIER_ADVICE[r.tier],
      who[k],
      r.flags.includes('low-data') ? LOW_DATA_NOTE : '',
    ]);
  }
  const bold = [0];
  rows.push([]);
  bold.push(rows.length);
  rows.push([
    `Band: under ${percent(settings.band.lower)} student level, ` +
      `over ${percent(settings.band.upper)} classroom level. ` +
      `Mastery cut ${percent(settings.masteryCut)}.`,
  ]);
  rows.push(['Highlight legend']);
  bold.push(rows.length - 1);
  for (const [key, words] of [
    ['below', 'Below the mastery cut'],
    ['noData', 'No data (blank, absent, excused)'],
    ['invalid', 'Invalid: not a score (see warnings)'],
  ] as const) {
    colours.set(`${rows.length},0`, HIGHLIGHT_COLOURS[key]);
    rows.push([words]);
  }
  if (analysis.warnings.length > 0) {
    rows.push([]);
    bold.push(rows.length);
    rows.push(['Warnings']);
    for (const w of analysis.warnings) rows.push([w]);
  }
  // Chart data to the right: skill, % struggling, and the two band lines, for the whole roster.
  const all = analysis.classCheck.filter((r) => r.section === ALL);
  const chartColumn = 12;
  const chartRows: Cell[][] = [
    [
      'Skill',
      '% struggling',
      `Lower (${percent(settings.band.lower)})`,
      `Upper (${percent(settings.band.upper)})`,
    ],
    // A skill nobody has a score on has no bar (a blank cell is a gap in a Sheets chart), not a 0%
    // bar that would read as "nobody struggles".
    ...all.map((r) => [r.skill, r.percentStruggling ?? '', settings.band.lower, settings.band.upper]),
  ];
  placeBeside(rows, chartRows, chartColumn);
  const tab = makeTab('classCheck', rows, {
    boldRows: bold,
    percentColumns: [5, chartColumn, chartColumn + 1, chartColumn + 2],
    colours,
    chart: {
      kind: 'combo',
      row: 1,
      column: chartColumn,
      rows: chartRows.length,
      columns: 4,
      title: 'Percent struggling per skill',
      lineSeries: [1, 2],
    },
  });
  return tab;
}

/**
 * Characters a cell holds: "50,000 characters per cell" (docs/sheets-behaviour.md), less the
 * apostrophe every string is written with (src/sheets/writeTab.ts `asText`).
 */
export const CELL_TEXT_LIMIT = 50_000 - 1;

/**
 * Names joined as the report lists a group (`nameList`: ", ", or "; " between "Last, First"
 * names), in as few cells as hold them: a group too long for one cell goes on in the next row's
 * cell. A name is never split.
 */
export function namesInCells(names: string[], limit = CELL_TEXT_LIMIT): string[] {
  const separator = nameSeparator(names);
  const cells: string[] = [];
  let cell = '';
  for (const name of names) {
    if (cell !== '' && cell.length + separator.length + name.length > limit) {
      cells.push(cell);
      cell = '';
    }
    cell = cell === '' ? name : `${cell}${separator}${name}`;
  }
  if (cell !== '' || cells.length === 0) cells.push(cell);
  return cells;
}

export function renderGroups(analysis: Analysis): TabRender {
  const rows: Cell[][] = [['Section', 'Station', 'Step or skill', 'Student', 'With / note']];
  const steps = stepSkills(analysis.steps, analysis.items);
  const last = lastStep(steps);
  for (const s of analysis.stations) {
    if (s.wholeClass !== null)
      rows.push([
        s.section,
        'Whole class',
        stepLabel(s.wholeClass.step, steps),
        WHOLE_CLASS_WHO,
        wholeClassSentence(s.wholeClass, steps),
      ]);
    // Later steps over the limit too: a whole-class reteach after the stations (SPEC 5 starts at step 1).
    for (const later of s.laterWholeClass)
      rows.push([
        s.section,
        'Whole class, after the stations',
        stepLabel(later.step, steps),
        WHOLE_CLASS_WHO,
        laterReteachSentence(later, steps),
      ]);
    for (const g of s.teacherTable) {
      const step = stepLabel(g.step, steps);
      for (const name of g.students)
        rows.push([s.section, 'Teacher table', step, name, rowNote('', name, s)]);
      // The slips its students showed on this step's items (SPEC 6b): the table can start there.
      for (const m of g.misconceptions ?? []) {
        rows.push([s.section, 'Teacher table', step, '', `Start here: ${groupLine(m.pattern, m.students)}`]);
      }
    }
    // Peer coaching works on the last step (SPEC 5).
    const coachStep = last === null ? '' : stepLabel(last, steps);
    for (const p of s.peerCoaching)
      rows.push([s.section, 'Peer coaching', coachStep, p.learner, rowNote(p.coach, p.learner, s)]);
    const coaches = new Set(s.peerCoaching.map((p) => p.coach));
    for (const name of s.ready)
      rows.push([
        s.section,
        READY,
        '',
        name,
        rowNote(coaches.has(name) ? 'Coach' : 'Extension work', name, s),
      ]);
  }
  // Without steps, one row per group, its students in one cell as the report lists them: a row per
  // student and group could pass the 5,000,000-cell budget at 10,000 students × 200 skills (SPEC 12).
  for (const g of analysis.skillGroups) {
    if (g.tier === 'classroom')
      rows.push([g.section, WHOLE_CLASS_RETEACH, g.skill, WHOLE_CLASS_WHO, TIER_ADVICE.classroom]);
    else
      for (const names of namesInCells(g.students))
        rows.push([g.section, `Small group (${TIER_WORD[g.tier]})`, g.skill, names, '']);
  }
  if (rows.length === 1) rows.push(['', 'Nobody needs a group: no student is below the mastery cut.']);
  return makeTab('groups', rows);
}

export function renderStudentGaps(analysis: Analysis): TabRender {
  const { skills, skillTable, students } = analysis;
  const steps = stepSkills(analysis.steps, analysis.items);
  const rows: Cell[][] = [['Student', 'Section', 'Entry step', 'Gaps', ...skills]];
  students.forEach((s, i) => {
    rows.push([
      s.name,
      s.section ?? '',
      entryStepWords(s.entryStep, steps),
      s.gaps.join(', ') || 'None',
      ...skills.map((_, p) => {
        const v = skillTable.score(i, p);
        return Number.isNaN(v) ? TIER_WORD['no-data'] : v;
      }),
    ]);
  });
  return makeTab('studentGaps', rows, { percentColumns: skills.map((_, p) => 4 + p) });
}

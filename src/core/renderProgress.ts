/**
 * The Progress tab: percent struggling per skill in each assessment (with a line chart over
 * time), whether each group of the first assessment now masters its step, each student's change,
 * and who could not be linked.
 */
import { type Counts, type ProgressReport, type SkillChange, skillChange } from './progress';
import { percent, pointsChange } from './tierWords';
import { type Cell, makeTab, placeBeside, type TabRender } from './render';
import { ALL } from './types';

const percentOf = (c: Counts): Cell => (c.withData > 0 ? c.struggling / c.withData : '');

/**
 * One student's skill in one cell, so the block is a row per student and a column per skill
 * (SPEC 12: 10,000 × 200 fits): `40% → 100% (up 60 percentage points)`, `– → 100%` when the first
 * had no data, `No data` when neither had. The exact numbers are in `progress --json`.
 */
export function changeText(c: SkillChange): string {
  if (c.before === null && c.after === null) return 'No data';
  const both = `${percent(c.before)} → ${percent(c.after)}`;
  return c.change === null ? both : `${both} (${pointsChange(c.change)})`;
}

export function renderProgress(report: ProgressReport): TabRender {
  const { assessments } = report;
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const percentCells: [number, number][] = [];
  const heading = (cells: Cell[]) => {
    bold.push(rows.length);
    rows.push(cells);
  };

  heading([
    'Section',
    'Skill',
    ...assessments.flatMap((a) => [`${a}: with data`, `${a}: struggling`, `${a}: % struggling`]),
    'Change in % struggling, first → latest',
  ]);
  for (const r of report.progress) {
    const first = percentOf(r.counts[0]);
    const latest = percentOf(r.counts[r.counts.length - 1]);
    // In percentage points, as words: a % format would read -10.7% as a share of the first.
    const change =
      typeof first === 'number' && typeof latest === 'number' ? pointsChange(latest - first) : '';
    r.counts.forEach((_, a) => percentCells.push([rows.length, 4 + a * 3]));
    rows.push([
      r.section,
      r.skill,
      ...r.counts.flatMap((c) => [c.withData, c.struggling, percentOf(c)]),
      change,
    ]);
  }

  rows.push([]);
  heading([
    `Did the groups work? Students grouped at each step by ${assessments[0]}, ` +
      `checked in ${assessments[assessments.length - 1]}.`,
  ]);
  heading([
    'Section',
    'Step',
    'Skills',
    'Grouped (with data now)',
    'Now master the step',
    '% now master',
    'Grouped, no data now',
  ]);
  if (report.effectiveness.length === 0)
    rows.push(['', 'No groups to follow up: the first assessment has no steps.']);
  for (const e of report.effectiveness) {
    percentCells.push([rows.length, 5]);
    rows.push([
      e.section,
      e.step,
      e.skills.join(', '),
      e.grouped,
      e.nowMastered,
      e.grouped > 0 ? e.nowMastered / e.grouped : '',
      e.missing,
    ]);
  }

  // The chart's data goes to the right of the blocks above; the per-student block below is as wide
  // as the skills, and the chart's columns would otherwise pad every student's row (SPEC 12).
  let topWidth = 0;
  for (const r of rows) topWidth = Math.max(topWidth, r.length);

  rows.push([]);
  heading([
    `Each student, skill by skill: the skill score (% of its points), ` +
      `${assessments[0]} → ${assessments[assessments.length - 1]}, and the change in percentage points.`,
  ]);
  heading(['Student', 'Section', ...report.skills]);
  for (const s of report.students) {
    const row: Cell[] = [s.name, s.section ?? ''];
    for (let p = 0; p < report.skills.length; p++) row.push(changeText(skillChange(s, p)));
    rows.push(row);
  }

  if (report.unmatched.length > 0) {
    rows.push([]);
    heading(['In only one assessment (not linked)', 'Section', 'Only in']);
    for (const u of report.unmatched) rows.push([u.name, u.section ?? '', u.assessment]);
  }
  if (report.warnings.length > 0) {
    rows.push([]);
    heading(['Warnings']);
    for (const w of report.warnings) rows.push([w]);
  }

  // Chart data to the right of everything: one row per assessment, one line per skill (whole roster).
  const all = report.progress.filter((r) => r.section === ALL);
  // Past the blocks above, and past any row the chart's data reaches (many assessments, few skills).
  let chartWidth = topWidth;
  for (let i = 0; i <= assessments.length && i < rows.length; i++)
    chartWidth = Math.max(chartWidth, rows[i].length);
  const chartColumn = chartWidth + 2;
  const chartRows: Cell[][] = [
    ['Assessment', ...all.map((r) => r.skill)],
    ...assessments.map((a, i) => [a, ...all.map((r) => percentOf(r.counts[i]))]),
  ];
  placeBeside(rows, chartRows, chartColumn);
  chartRows.forEach((chartRow, i) => {
    if (i > 0) chartRow.slice(1).forEach((_, k) => percentCells.push([i, chartColumn + k]));
  });
  return makeTab('progress', rows, {
    boldRows: bold,
    percentCells,
    chart:
      all.length === 0
        ? undefined
        : {
            kind: 'line',
            row: 1,
            column: chartColumn,
            rows: chartRows.length,
            columns: all.length + 1,
            title: 'Percent struggling per skill over time',
            lineSeries: all.map((_, k) => k),
            position: { row: chartRows.length + 2, column: chartColumn },
          },
  });
}

/**
 * The Item Analysis tab (SPEC 6b): the common wrong answers first (with the slip behind each),
 * then each item's figures and flags in words, every answer, the misconception groups per
 * section, and a chart of each item's share correct (bars labelled by item, in the table's words
 * and units; the flags stay in the table: docs/sheets-behaviour.md says why it is not a scatter).
 */
import type { Analysis } from './analyse';
import { isCommonWrong, type ItemAnalysisRow } from './answers';
import {
  figureHeader,
  FIGURE_WORDS,
  FLAG_WORD,
  flagSentences,
  groupLine,
  hint,
  patternWords,
  reliabilityWords,
  smallSampleNote,
} from './itemWords';
import { type Cell, makeTab, placeBeside, type TabRender } from './render';
import { nameList } from './tierWords';

/** Students who answered an item (the distribution's counts together). */
const answering = (row: ItemAnalysisRow) => row.answers.reduce((t, a) => t + a.count, 0);

/**
 * The flags column: each flag's short words, small-sample as "hint: only N students"; an item nobody
 * has a score on says so instead.
 */
export function flagWords(row: ItemAnalysisRow): string {
  if (row.n === 0) return 'No scores';
  return row.flags.map((f) => (f === 'small-sample' ? hint(row.n) : FLAG_WORD[f])).join(', ');
}

/** Item, students, difficulty, discrimination, point-biserial, flags: plain words, each with its term. */
export const FIGURE_HEADERS = [
  'Item',
  'Students',
  figureHeader('difficulty'),
  figureHeader('discrimination'),
  figureHeader('pointBiserial'),
  'Flags',
];

export function figureRow(row: ItemAnalysisRow): Cell[] {
  return [
    row.item,
    row.n,
    row.difficulty ?? '',
    row.discrimination ?? '',
    row.pointBiserial ?? '',
    flagWords(row),
  ];
}

export function renderItems(analysis: Analysis): TabRender {
  const { itemAnalysis, reliability, misconceptions } = analysis.itemReport;
  const rows: Cell[][] = [];
  const bold: number[] = [];
  const figureCells: [number, number][] = [];
  const heading = (cells: Cell[]) => {
    bold.push(rows.length);
    rows.push(cells);
  };

  heading(['Common wrong answers', 'Answer', 'Students', 'What the student did', 'Who']);
  let common = 0;
  for (const row of itemAnalysis) {
    const total = answering(row);
    for (const a of row.answers) {
      if (!isCommonWrong(a, total)) continue;
      common++;
      rows.push([
        row.item,
        a.answer,
        a.count,
        patternWords(a.pattern) || 'no known slip',
        nameList(a.students),
      ]);
    }
  }
  if (common === 0)
    rows.push(['No wrong answer was given by 2 or more students and 10% of those answering.']);

  rows.push([]);
  heading(FIGURE_HEADERS.concat(['What it says']));
  for (const row of itemAnalysis) {
    for (let c = 2; c <= 4; c++) figureCells.push([rows.length, c]);
    rows.push([...figureRow(row), flagSentences(row).join(' ') || 'No flags.']);
  }
  // Said once for the assessment, not on every item (its short form is in each item's flags).
  const small = smallSampleNote(itemAnalysis);
  if (small !== null) rows.push([small]);
  rows.push([reliabilityWords(reliability)]);

  if (itemAnalysis.some((r) => r.answers.length > 0)) {
    rows.push([]);
    heading(['Every answer', 'Answer', 'Students', 'Correct', 'What the student did', 'Who']);
    for (const row of itemAnalysis) {
      const total = answering(row);
      for (const a of row.answers) {
        const what = a.correct ? '' : patternWords(a.pattern) || 'wrong';
        const label = isCommonWrong(a, total) ? `${what} (common wrong answer)` : what;
        rows.push([
          row.item,
          a.answer,
          a.count,
          a.correct ? 'Correct' : 'Wrong',
          label,
          nameList(a.students),
        ]);
      }
    }
  }
  if (misconceptions.length > 0) {
    rows.push([]);
    heading(['Misconception groups', 'Item', 'Answer', 'Students']);
    for (const m of misconceptions)
      rows.push([m.section, m.item, m.answer, groupLine(m.pattern, m.students)]);
  }

  // Chart data to the right of everything: one bar per item, its share correct.
  let width = 0;
  for (const r of rows) if (r.length > width) width = r.length;
  const chartColumn = width + 2;
  const bars = itemAnalysis.filter((r) => r.difficulty !== null);
  const chartRows: Cell[][] = [['Item', figureHeader('difficulty')]];
  for (const r of bars) chartRows.push([r.item, r.difficulty!]);
  placeBeside(rows, chartRows, chartColumn);
  chartRows.forEach((_, i) => {
    if (i > 0) figureCells.push([i, chartColumn]);
  });
  const tab = makeTab('items', rows, {
    boldRows: bold,
    chart:
      bars.length === 0
        ? undefined
        : {
            kind: 'combo',
            row: 1,
            column: chartColumn,
            rows: chartRows.length,
            columns: 2,
            title: `${FIGURE_WORDS.difficulty.words} per item`,
            lineSeries: [],
            axis: 'share',
            hTitle: 'Item',
            vTitle: figureHeader('difficulty'),
            position: { row: chartRows.length + 2, column: chartColumn },
          },
  });
  // Figures to two places: the values stay exact numbers (as ITEM_STATS returns them).
  for (const [r, c] of figureCells)
    if (typeof tab.values[r][c] === 'number') tab.numberFormats[r][c] = '0.00';
  return tab;
}

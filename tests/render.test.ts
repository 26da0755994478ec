/**
 * Whole tabs as the writer copies them (SPEC 7, 6b): values, number formats, bold rows, backgrounds
 * and the chart, for gradebooks small enough to work out by hand. Each analysis and render runs
 * inside its test, so the mutation run sees it (docs/testing.md).
 */
import { checkGrid } from '../src/core/engine';
import {
  makeTab,
  namesInCells,
  placeBeside,
  renderClassCheck,
  renderGroups,
  renderStudentGaps,
} from '../src/core/render';
import { renderItems } from '../src/core/renderItems';
import { makeSettings } from '../src/core/settings';
import type { Grid } from '../src/core/types';

const analyse = (grid: Grid, lower = 0.1) => checkGrid(grid, { settings: makeSettings({ lower }) }).analysis;
/** A rows × columns grid of `fill`, with the listed [row, column, value] cells set. */
function grid<T>(rows: number, columns: number, fill: T, set: [number, number, T][] = []): T[][] {
  const g = Array.from({ length: rows }, () => Array<T>(columns).fill(fill));
  for (const [r, c, v] of set) g[r][c] = v;
  return g;
}
const pad = (row: (string | number)[], width: number) => row.concat(Array(width - row.length).fill(''));

// Two skills, five students: Ed's Q1 is "x" (invalid, no data), Cy's Q2 blank.
const twoSkills: Grid = [
  ['Student', 'Q1', 'Q2'],
  ['Points possible', 1, 1],
  ['Skill', 'A', 'B'],
  ['Ann', 1, 0],
  ['Bo', 0, 0],
  ['Cy', 1, ''],
  ['Di', 1, 0],
  ['Ed', 'x', 1],
];
// Three steps, one skill each, one period (SPEC 5).
const ladder: Grid = [
  ['Student', 'Period', 'Q1', 'Q2', 'Q3'],
  ['Points possible', '', 1, 1, 1],
  ['Skill', '', 'Adding', 'Two-step equations', 'Brackets'],
  ['Step', '', 1, 2, 3],
  ['Ann', 'P1', 1, 1, 0],
  ['Bo', 'P1', 1, 1, 1],
  ['Cy', 'P1', 0, 1, 1],
  ['Di', 'P1', 1, 0, 1],
];
const RETEACH = 'Widespread: reteach to the whole class; check curriculum alignment and instruction.';
const EVERYONE = 'Everyone (whole class)';
const LEGEND = [
  'Highlight legend',
  'Below the mastery cut',
  'No data (blank, absent, excused)',
  'Invalid: not a score (see warnings)',
];

describe('SPEC 7: the Class Check tab, cell by cell', () => {
  test('SPEC 7: classroom rows, the band line, the legend, warnings and the chart block at column 12', () => {
    // A: Ann 1, Bo 0, Cy 1, Di 1 (Ed invalid) → 4 with data, 1 struggling = 25%, over 20%: classroom.
    // B: Ann 0, Bo 0, Di 0, Ed 1 (Cy blank) → 4 with data, 3 struggling = 75%: classroom.
    const tab = renderClassCheck(analyse(twoSkills), makeSettings());
    const chart = (r: (string | number)[]) => [''].concat(r as string[]);
    const w = 15; // 10 table columns, one gap, 4 chart columns (L..O)
    expect(tab.values).toEqual([
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
        ...chart(['Skill', '% struggling', 'Lower (10%)', 'Upper (20%)']),
      ],
      ['(all)', 'A', 5, 4, 1, 0.25, 'Classroom', RETEACH, EVERYONE, '', ...chart(['A', 0.25, 0.1, 0.2])],
      ['(all)', 'B', 5, 4, 3, 0.75, 'Classroom', RETEACH, EVERYONE, '', ...chart(['B', 0.75, 0.1, 0.2])],
      pad([], w),
      pad(['Band: under 10% student level, over 20% classroom level. Mastery cut 80%.'], w),
      ...LEGEND.map((l) => pad([l], w)),
      pad([], w),
      pad(['Warnings'], w),
      pad(['Invalid score "x" at B8 (Q1): counted as no data.'], w),
    ]);
    // Percent, data rows only: F (0-based 5), and the chart's % struggling and band lines (M, N, O:
    // 0-based 12..14; L, 11, holds the skill).
    const pc: [number, number, string][] = [];
    for (const r of [1, 2]) for (const c of [5, 12, 13, 14]) pc.push([r, c, '0.0%']);
    expect(tab.numberFormats).toEqual(grid(12, w, '', pc));
    expect(tab.boldRows).toEqual([0, 4, 5, 10]);
    expect(tab.backgrounds).toEqual(
      grid<string | null>(12, w, null, [
        [1, 6, '#d9d2e9'],
        [2, 6, '#d9d2e9'],
        [6, 0, '#f4c7c3'],
        [7, 0, '#e0e0e0'],
        [8, 0, '#fce8b2'],
      ]),
    );
    expect(tab.chart).toEqual({
      kind: 'combo',
      row: 1,
      column: 12,
      rows: 3,
      columns: 4,
      title: 'Percent struggling per skill',
      lineSeries: [1, 2],
    });
  });

  test('SPEC 7: student-level rows are green, a "None" row has no colour, low data is flagged', () => {
    // Lower 15%: A and B each 1 of 10 struggling = 10%, under 15%: student level, S0 listed.
    // C: 4 of 10 with data (under 70%): low data, nobody struggling, tier None, no colour.
    const tiers: Grid = [
      ['Student', 'Q1', 'Q2', 'Q3'],
      ['Points possible', 1, 1, 1],
      ['Skill', 'A', 'B', 'C'],
      ...Array.from({ length: 10 }, (_, k) => [`S${k}`, k === 0 ? 0 : 1, k === 0 ? 0 : 1, k < 6 ? '' : 1]),
    ];
    const tab = renderClassCheck(analyse(tiers, 0.15), makeSettings({ lower: 0.15 }));
    const isolated = 'Isolated: targeted help for the listed students.';
    expect(tab.values.slice(1, 4).map((r) => r.slice(0, 10))).toEqual([
      ['(all)', 'A', 10, 10, 1, 0.1, 'Student', isolated, 'S0', ''],
      ['(all)', 'B', 10, 10, 1, 0.1, 'Student', isolated, 'S0', ''],
      [
        '(all)',
        'C',
        10,
        4,
        0,
        0,
        'None',
        'No intervention needed.',
        '',
        'Low data: under 70% of the roster has a score. Collect data first.',
      ],
    ]);
    expect(tab.backgrounds.slice(1, 4).map((r) => r[6])).toEqual(['#d9ead3', '#d9ead3', null]);
    expect(tab.values[0].slice(13)).toEqual(['Lower (15%)', 'Upper (20%)']);
    // No warnings: the legend is the last thing, bold rows are the header, band line and legend.
    expect(tab.boldRows).toEqual([0, 5, 6]);
    expect(tab.values.length).toBe(10);
  });
});

describe('SPEC 4: a skill nobody has a score on', () => {
  test('SPEC 4: its row and its chart bar leave % struggling blank and say to collect data first', () => {
    // B is blank for both: 0 with data, so no percent (not 0%), tier "No data", low data (0%).
    const g: Grid = [
      ['Student', 'Q1', 'Q2'],
      ['Points possible', 1, 1],
      ['Skill', 'A', 'B'],
      ['Ann', 1, ''],
      ['Bo', 1, ''],
    ];
    const tab = renderClassCheck(analyse(g), makeSettings());
    expect(tab.kind).toBe('classCheck');
    expect(tab.values[2].slice(0, 8)).toEqual(['(all)', 'B', 2, 0, 0, '', 'No data', 'Collect data first.']);
    expect(tab.numberFormats[2][5]).toBe('');
    // Its chart row (L..O) has no bar either: a blank, not 0% ("nobody struggles").
    expect(tab.values[2].slice(11)).toEqual(['B', '', 0.1, 0.2]);
  });
});

describe('SPEC 7: the Class Check chart is for the whole roster', () => {
  test('SPEC 7: with two periods, the chart block holds the (all) row only', () => {
    // A: P1 Ann 1, Bo 0; P2 Cy 1, Di 1. Rows: (all) 1 of 4 = 25%, P1 1 of 2 = 50%, P2 0%.
    const g: Grid = [
      ['Student', 'Period', 'Q1'],
      ['Points possible', '', 1],
      ['Skill', '', 'A'],
      ['Ann', 'P1', 1],
      ['Bo', 'P1', 0],
      ['Cy', 'P2', 1],
      ['Di', 'P2', 1],
    ];
    const tab = renderClassCheck(analyse(g), makeSettings());
    expect(tab.values.slice(0, 4).map((r) => [r[0], r[5]].concat(r.slice(11)))).toEqual([
      ['Section', '% struggling', 'Skill', '% struggling', 'Lower (10%)', 'Upper (20%)'],
      ['(all)', 0.25, 'A', 0.25, 0.1, 0.2],
      ['P1', 0.5, '', '', '', ''],
      ['P2', 0, '', '', '', ''],
    ]);
    expect(tab.chart?.rows).toBe(2);
  });
});

describe('SPEC 5: the Groups tab, row by row', () => {
  test('SPEC 5: whole class, later reteaches, teacher table, peer coaching and ready rows', () => {
    // Each of Q1..Q3 missed by 1 of 4 = 25%, over the 20% limit. Cy misses step 1, Di step 2,
    // Ann step 3 (the last: Bo, who mastered all, coaches her).
    const tab = renderGroups(analyse(ladder));
    const later = (n: number, skill: string) =>
      `Step ${n} · ${skill}: 1 of 4 (25%) missed it, over the 20% limit: after today's stations, ` +
      'plan a whole-class reteach of it.';
    expect(tab.values).toEqual([
      ['Section', 'Station', 'Step or skill', 'Student', 'With / note'],
      [
        'P1',
        'Whole class',
        'step 1 · Adding',
        EVERYONE,
        '1 of 4 (25%) missed step 1, over the 20% limit: start the whole class at step 1 · Adding.',
      ],
      [
        'P1',
        'Whole class, after the stations',
        'step 2 · Two-step equations',
        EVERYONE,
        later(2, 'Two-step equations'),
      ],
      ['P1', 'Whole class, after the stations', 'step 3 · Brackets', EVERYONE, later(3, 'Brackets')],
      ['P1', 'Teacher table', 'step 1 · Adding', 'Cy', ''],
      ['P1', 'Teacher table', 'step 2 · Two-step equations', 'Di', ''],
      ['P1', 'Peer coaching', 'step 3 · Brackets', 'Ann', 'Bo'],
      ['P1', 'Ready', '', 'Bo', 'Coach'],
    ]);
    expect(tab.boldRows).toEqual([0]);
    expect(tab.numberFormats).toEqual(grid(8, 5, ''));
    expect(tab.backgrounds).toEqual(grid(8, 5, null));
    expect(tab.chart).toBeUndefined();
  });

  test('SPEC 6b: each teacher-table group starts with the slips its students showed on that step', () => {
    // The ladder as equations with a key: Cy answered 19 on x + 5 = 14 (9), Di -14 on 2x - 10 = -18 (-4):
    // both moved the constant without changing its sign. 1 of 10 is 10%, not over 20%: no whole class.
    const g: Grid = [
      ['Student', 'x + 5 = 14', '2x - 10 = -18', '5(x - 7) = 21'],
      ['Answer key', 9, -4, 11.2],
      ['Step', 1, 2, 3],
      ['Cy', 19, -4, 11.2],
      ['Di', 9, -14, 11.2],
      ...['Ann', 'Bo', 'Ed', 'Fay', 'Gus', 'Hal', 'Ida', 'Jo'].map((n) => [n, 9, -4, 11.2]),
    ];
    const tab = renderGroups(analyse(g));
    const moved = 'Start here: moved the constant without changing its sign';
    expect(tab.kind).toBe('groups');
    expect(tab.values.slice(0, 6)).toEqual([
      ['Section', 'Station', 'Step or skill', 'Student', 'With / note'],
      ['(all)', 'Teacher table', 'step 1 · x + 5 = 14', 'Cy', ''],
      ['(all)', 'Teacher table', 'step 1 · x + 5 = 14', '', `${moved}: Cy`],
      ['(all)', 'Teacher table', 'step 2 · 2x - 10 = -18', 'Di', ''],
      ['(all)', 'Teacher table', 'step 2 · 2x - 10 = -18', '', `${moved}: Di`],
      ['(all)', 'Ready', '', 'Ann', 'Extension work'],
    ]);
    expect(tab.values).toHaveLength(13); // the header, 4 teacher-table rows, 8 ready
    expect(tab.boldRows).toEqual([0]);
  });

  test('SPEC 5: a ready student who coaches nobody does extension work', () => {
    // Ann missed step 2 only: 1 of 6 (17%), under the 20% limit, so no whole-class row. Bo, the first
    // ready student, coaches her; Cy..Fay are ready with nobody to coach.
    const g: Grid = [
      ['Student', 'Period', 'Q1', 'Q2'],
      ['Points possible', '', 1, 1],
      ['Skill', '', 'Adding', 'Brackets'],
      ['Step', '', 1, 2],
      ['Ann', 'P1', 1, 0],
      ...['Bo', 'Cy', 'Di', 'Ed', 'Fay'].map((n) => [n, 'P1', 1, 1]),
    ];
    expect(renderGroups(analyse(g)).values.slice(1)).toEqual([
      ['P1', 'Peer coaching', 'step 2 · Brackets', 'Ann', 'Bo'],
      ['P1', 'Ready', '', 'Bo', 'Coach'],
      ...['Cy', 'Di', 'Ed', 'Fay'].map((n) => ['P1', 'Ready', '', n, 'Extension work']),
    ]);
  });

  test('SPEC 5: without steps, a classroom skill is one whole-class reteach row', () => {
    const tab = renderGroups(analyse(twoSkills));
    expect(tab.values).toEqual([
      ['Section', 'Station', 'Step or skill', 'Student', 'With / note'],
      ['(all)', 'Whole-class reteach', 'A', EVERYONE, RETEACH],
      ['(all)', 'Whole-class reteach', 'B', EVERYONE, RETEACH],
    ]);
  });

  test('SPEC 5: without steps, a student-level skill is a small group naming its students', () => {
    // 1 of 10 struggling on A = 10%, under the 15% lower band: student level.
    const g: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Skill', 'A'],
      ...Array.from({ length: 10 }, (_, k) => [`S${k}`, k === 0 ? 0 : 1]),
    ];
    expect(renderGroups(analyse(g, 0.15)).values).toEqual([
      ['Section', 'Station', 'Step or skill', 'Student', 'With / note'],
      ['(all)', 'Small group (Student)', 'A', 'S0', ''],
    ]);
  });

  test('SPEC 5: nobody below the cut: one row says no group is needed', () => {
    const g: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Skill', 'A'],
      ['Ann', 1],
      ['Bo', 1],
    ];
    expect(renderGroups(analyse(g)).values).toEqual([
      ['Section', 'Station', 'Step or skill', 'Student', 'With / note'],
      ['', 'Nobody needs a group: no student is below the mastery cut.', '', '', ''],
    ]);
  });
});

describe('SPEC 7: the Student Gaps tab', () => {
  test('SPEC 7: scores as percents, "No data" as words without a percent format, gaps or "None"', () => {
    // Gaps: skills under the 80% cut. Cy's B is blank and Ed's A invalid: both "No data".
    const tab = renderStudentGaps(analyse(twoSkills));
    expect(tab.values).toEqual([
      ['Student', 'Section', 'Entry step', 'Gaps', 'A', 'B'],
      ['Ann', '', '', 'B', 1, 0],
      ['Bo', '', '', 'A, B', 0, 0],
      ['Cy', '', '', 'None', 1, 'No data'],
      ['Di', '', '', 'B', 1, 0],
      ['Ed', '', '', 'None', 'No data', 1],
    ]);
    expect(tab.kind).toBe('studentGaps');
    expect(tab.numberFormats).toEqual(
      grid(6, 6, '', [
        [1, 4, '0.0%'],
        [1, 5, '0.0%'],
        [2, 4, '0.0%'],
        [2, 5, '0.0%'],
        [3, 4, '0.0%'],
        [4, 4, '0.0%'],
        [4, 5, '0.0%'],
        [5, 5, '0.0%'],
      ]),
    );
    expect(tab.boldRows).toEqual([0]);
  });

  test('SPEC 5: the entry step and the section of each student', () => {
    const tab = renderStudentGaps(analyse(ladder));
    expect(tab.values.map((r) => r.slice(0, 4))).toEqual([
      ['Student', 'Section', 'Entry step', 'Gaps'],
      ['Ann', 'P1', 'step 3 · Brackets', 'Brackets'],
      ['Bo', 'P1', 'Ready', 'None'],
      ['Cy', 'P1', 'step 1 · Adding', 'Adding'],
      ['Di', 'P1', 'step 2 · Two-step equations', 'Two-step equations'],
    ]);
  });
});

describe('SPEC 7: makeTab, placeBeside and namesInCells', () => {
  test('makeTab pads rows to the widest, formats only numbers in percent columns below the header', () => {
    const tab = makeTab('groups', [['h', 'p'], [1, 0.5], ['x']], {
      percentColumns: [1],
      percentCells: [[0, 0]],
    });
    // Row 0 col 0 is a string: no format even though listed; row 1 col 1 is a number: percent.
    expect(tab.values).toEqual([
      ['h', 'p'],
      [1, 0.5],
      ['x', ''],
    ]);
    expect(tab.numberFormats).toEqual([
      ['', ''],
      ['', '0.0%'],
      ['', ''],
    ]);
    expect(tab.boldRows).toEqual([0]);
    expect(tab.backgrounds).toEqual(grid(3, 2, null));
  });

  test('makeTab: a percent cell outside the percent columns, even in row 0', () => {
    const tab = makeTab(
      'groups',
      [
        [0.1, 0.2],
        [0.3, 0.4],
      ],
      { percentCells: [[0, 1]], boldRows: [] },
    );
    expect(tab.numberFormats).toEqual([
      ['', '0.0%'],
      ['', ''],
    ]);
    expect(tab.boldRows).toEqual([]);
  });

  test('makeTab: an empty tab is one column wide', () =>
    expect(makeTab('groups', [[]]).values).toEqual([['']]));

  test('makeTab: a number in row 0 of a percent column keeps automatic format (the header row)', () =>
    expect(makeTab('groups', [[0.5], [0.5]], { percentColumns: [0] }).numberFormats).toEqual([
      [''],
      ['0.0%'],
    ]));

  test('namesInCells: one name as long as the limit is one cell, not an empty cell before it', () =>
    // "Annie" is 5 characters, limit 5: it fits alone; nothing was in the cell to push first.
    expect(namesInCells(['Annie'], 5)).toEqual(['Annie']));

  test('placeBeside adds rows and pads to the block column', () => {
    const rows: (string | number)[][] = [['a']];
    placeBeside(
      rows,
      [
        ['x', 1],
        ['y', 2],
      ],
      3,
    );
    expect(rows).toEqual([
      ['a', '', 'x', 1],
      ['', '', 'y', 2],
    ]);
  });

  test('namesInCells: a name exactly at the limit stays in the cell; no names is one empty cell', () => {
    // "Ann, Bo" is 7 characters: limit 7 holds both, limit 6 splits them.
    expect(namesInCells(['Ann', 'Bo'], 7)).toEqual(['Ann, Bo']);
    expect(namesInCells(['Ann', 'Bo'], 6)).toEqual(['Ann', 'Bo']);
    expect(namesInCells([], 6)).toEqual(['']);
  });
});

describe('SPEC 6b: the Item Analysis tab, cell by cell', () => {
  // A Forms quiz, row 2 the key (9, 4). Q1: 9 ×3, 19 ×2 (b, c), -9 ×1 (e); Q2: 4 ×5, 6 ×1 (e).
  const forms: Grid = [
    ['Timestamp', 'Email Address', 'Q1: x + 5 = 14', 'Q2: 2x = 8'],
    ['t', 'key@s.org', 9, 4],
    ['t', 'a@s.org', 9, 4],
    ['t', 'b@s.org', 19, 4],
    ['t', 'c@s.org', 19, 4],
    ['t', 'd@s.org', 9, 4],
    ['t', 'e@s.org', -9, 6],
    ['t', 'f@s.org', 9, 4],
  ];
  const Q1 = 'Q1: x + 5 = 14';
  const Q2 = 'Q2: 2x = 8';
  const MOVED = 'moved the constant without changing its sign';
  const SIGN = 'got the right size with the wrong sign';
  const WEAK = 'Weak: it barely tells stronger from weaker students (discrimination under 0.2).';
  const DIFF = 'Share correct (difficulty)';

  test('SPEC 6b: common wrong answers, figures, every answer, misconception groups and the chart', () => {
    const tab = renderItems(
      checkGrid(forms, { settings: makeSettings(), correction: { answerKey: '2' } }).analysis,
    );
    const w = 10; // widest table row: 6 columns (every answer) + 1 gap column → chart from column 9 (I)
    // Share correct: Q1 3/6 = 0.5, Q2 5/6. 19 given by 2 of 6 (≥ 2 and ≥ 10%): a common wrong answer.
    const beside = (r: (string | number)[], item: string | number, share: string | number) =>
      pad(r, 8).concat([item, share]);
    expect(tab.values).toEqual([
      beside(['Common wrong answers', 'Answer', 'Students', 'What the student did', 'Who'], 'Item', DIFF),
      beside([Q1, '19', 2, MOVED, 'b@s.org, c@s.org'], Q1, 0.5),
      beside([], Q2, 5 / 6),
      pad(
        [
          'Item',
          'Students',
          DIFF,
          'Top vs bottom (discrimination)',
          'Fits the test (point-biserial r)',
          'Flags',
          'What it says',
        ],
        w,
      ),
      pad([Q1, 6, 0.5, 0, 0.447213595499958, 'Weak, hint: only 6 students', WEAK], w),
      pad([Q2, 6, 5 / 6, 0, 0.447213595499958, 'Weak, hint: only 6 students', WEAK], w),
      pad(['Only 6 students: read these figures as hints, not verdicts.'], w),
      pad(
        [
          'Consistency of the items (reliability, KR-20): 0.60 over 6 students with every item ' +
            '(hint: only 6 students). As a guide, 0.7 or more: the items agree; under 0.5: they may ' +
            'measure different things, or the test is short.',
        ],
        w,
      ),
      pad([], w),
      pad(['Every answer', 'Answer', 'Students', 'Correct', 'What the student did', 'Who'], w),
      pad([Q1, '19', 2, 'Wrong', `${MOVED} (common wrong answer)`, 'b@s.org, c@s.org'], w),
      pad([Q1, '9', 3, 'Correct', '', 'a@s.org, d@s.org, f@s.org'], w),
      pad([Q1, '-9', 1, 'Wrong', SIGN, 'e@s.org'], w),
      pad([Q2, '4', 5, 'Correct', '', 'a@s.org, b@s.org, c@s.org, d@s.org, f@s.org'], w),
      pad([Q2, '6', 1, 'Wrong', 'a wrong answer that matches no known slip', 'e@s.org'], w),
      pad([], w),
      pad(['Misconception groups', 'Item', 'Answer', 'Students'], w),
      pad(['(all)', Q1, '19', `${MOVED}: b@s.org, c@s.org`], w),
      pad(['(all)', Q1, '-9', `${SIGN}: e@s.org`], w),
    ]);
    // Two places: the three figures of each item row, and the chart's share column (J, 0-based 9).
    expect(tab.numberFormats).toEqual(
      grid(19, w, '', [
        [1, 9, '0.00'],
        [2, 9, '0.00'],
        [4, 2, '0.00'],
        [4, 3, '0.00'],
        [4, 4, '0.00'],
        [5, 2, '0.00'],
        [5, 3, '0.00'],
        [5, 4, '0.00'],
      ]),
    );
    expect(tab.boldRows).toEqual([0, 3, 9, 16]);
    expect(tab.backgrounds).toEqual(grid(19, w, null));
    // The chart: header + 2 bars from I1, placed below its own block (row 3 + 2).
    expect(tab.chart).toEqual({
      kind: 'combo',
      row: 1,
      column: 9,
      rows: 3,
      columns: 2,
      title: 'Share correct per item',
      lineSeries: [],
      axis: 'share',
      hTitle: 'Item',
      vTitle: DIFF,
      position: { row: 5, column: 9 },
    });
  });

  test('SPEC 6b: nothing common, no answers, no misconceptions: one line says so', () => {
    const tab = renderItems(analyse(twoSkills));
    expect(tab.values[1][0]).toBe(
      'No wrong answer was given by 2 or more students and 10% of those answering.',
    );
    const firsts = tab.values.map((r) => r[0]);
    expect(firsts).not.toContain('Every answer');
    expect(firsts).not.toContain('Misconception groups');
    // Item rows: Q1 difficulty 3/4, no point-biserial ("" gets no format).
    expect(tab.values[4].slice(0, 6)).toEqual(['Q1', 4, 0.75, 0, '', 'Weak, hint: only 4 students']);
    expect(tab.numberFormats[4].slice(0, 6)).toEqual(['', '', '0.00', '0.00', '', '']);
    expect(tab.values[0].slice(7)).toEqual(['', 'Item', DIFF]); // widest row 7 (figures): gap H, chart from I
  });

  test('SPEC 6b: a wrong answer of 2 students in 31 is under 10%: not a common wrong answer', () => {
    // 29 answer 9 (the key), 2 answer 19: 2 × 10 = 20 < 31 answering, so the first block says none.
    const g: Grid = [
      ['Timestamp', 'Email Address', 'Q1: x + 5 = 14'],
      ['t', 'key@s.org', 9],
      ...Array.from({ length: 31 }, (_, k) => ['t', `s${k}@s.org`, k < 2 ? 19 : 9]),
    ];
    const tab = renderItems(
      checkGrid(g, { settings: makeSettings(), correction: { answerKey: '2' } }).analysis,
    );
    expect(tab.values[1][0]).toBe(
      'No wrong answer was given by 2 or more students and 10% of those answering.',
    );
    // 31 students: no small-sample line, the reliability words follow the item row directly.
    expect(tab.values.slice(0, 7).map((r) => String(r[0]).slice(0, 11))).toEqual([
      'Common wron',
      'No wrong an',
      '',
      'Item',
      'Q1: x + 5 =',
      'Consistency',
      '',
    ]);
  });

  test('SPEC 6b: an answer with no slip to name, a column nobody answered, figures that vary', () => {
    // Key: half, 9, 1, a. Favourite: half ×2 (Ann, Di), third ×2 (Bo, Cy), quarter (Ed); Q2: 9 ×3, 19 ×2
    // (Cy, Ed); Q3 blank for all; Q4 b ×5. "third", "19" and "b" are each 2 or more of 5: common.
    const g: Grid = [
      ['Student', 'Favourite fraction', 'Q2: x + 5 = 14', 'Q3', 'Q4'],
      ['Answer key', 'half', 9, 1, 'a'],
      ['Ann', 'half', 9, '', 'b'],
      ['Bo', 'third', 9, '', 'b'],
      ['Cy', 'third', 19, '', 'b'],
      ['Di', 'half', 9, '', 'b'],
      ['Ed', 'quarter', 19, '', 'b'],
    ];
    const tab = renderItems(analyse(g));
    const F = 'Favourite fraction';
    const Q2 = 'Q2: x + 5 = 14';
    const w = 10; // widest table row 7 (figures), one gap: the chart block from I (0-based 8)
    const beside = (r: (string | number)[], item: string, share: string | number) =>
      pad(r, 8).concat([item, share]);
    // Favourite: p = 2/5. Rest score = Q2 (Q3 has no data, Q4 is 0 for all): Ann 1, Bo 1, Cy 0, Di 1,
    // Ed 0. Groups of ⌈0.27 × 5⌉ = 2: upper Ann, Bo (0.5), lower Cy, Ed (0): D = 0.5. r over
    // x = 1 0 0 1 0, y = 1 1 0 1 0: Σ(x−x̄)(y−ȳ) = 0.8, Σ(x−x̄)² = Σ(y−ȳ)² = 1.2: r = 2/3.
    // Q2: p = 3/5; rest = Favourite: upper Ann, Di (1), lower Bo, Cy (0.5): D = 0.5, r = 2/3 again.
    // Q4: p = 0, D = 0: weak and too hard, r undefined (no spread). Q3: nobody, no figures.
    const r = expect.closeTo(2 / 3, 12);
    expect(tab.kind).toBe('items');
    expect(tab.values).toEqual([
      beside(['Common wrong answers', 'Answer', 'Students', 'What the student did', 'Who'], 'Item', DIFF),
      beside([F, 'third', 2, 'no known slip', 'Bo, Cy'], F, 0.4),
      beside([Q2, '19', 2, MOVED, 'Cy, Ed'], Q2, 0.6),
      beside(['Q4', 'b', 5, 'no known slip', 'Ann, Bo, Cy, Di, Ed'], 'Q4', 0),
      pad([], w),
      pad(
        [
          'Item',
          'Students',
          DIFF,
          'Top vs bottom (discrimination)',
          'Fits the test (point-biserial r)',
          'Flags',
          'What it says',
        ],
        w,
      ),
      pad([F, 5, 0.4, 0.5, r, 'hint: only 5 students', 'No flags.'], w),
      pad([Q2, 5, 0.6, 0.5, r, 'hint: only 5 students', 'No flags.'], w),
      pad(
        [
          'Q3',
          0,
          '',
          '',
          '',
          'No scores',
          'No student has a score on it: its cells are blank or not scores.',
        ],
        w,
      ),
      pad(
        [
          'Q4',
          5,
          0,
          0,
          '',
          'Weak, Too hard, hint: only 5 students',
          'Weak: no student earned a point on it, so it cannot tell stronger from weaker students ' +
            '(discrimination under 0.2). Too hard: under 20% of the points were earned; ' +
            'reteach or rewrite it.',
        ],
        w,
      ),
      pad(['Only 5 students: read these figures as hints, not verdicts.'], w),
      // KR-20 over Favourite, Q2, Q4 (Q3 has no scores): item variances .24 + .24 + 0 = .48; totals
      // 2 1 0 2 0, variance .8: 3/2 × (1 − .48/.8) = 0.60.
      pad(
        [
          'Consistency of the items (reliability, KR-20): 0.60 over 5 students with every item ' +
            '(hint: only 5 students). As a guide, 0.7 or more: the items agree; under 0.5: they may ' +
            'measure different things, or the test is short.',
        ],
        w,
      ),
      pad([], w),
      pad(['Every answer', 'Answer', 'Students', 'Correct', 'What the student did', 'Who'], w),
      pad([F, 'third', 2, 'Wrong', 'wrong (common wrong answer)', 'Bo, Cy'], w),
      pad([F, 'half', 2, 'Correct', '', 'Ann, Di'], w),
      pad([F, 'quarter', 1, 'Wrong', 'wrong', 'Ed'], w),
      pad([Q2, '19', 2, 'Wrong', `${MOVED} (common wrong answer)`, 'Cy, Ed'], w),
      pad([Q2, '9', 3, 'Correct', '', 'Ann, Bo, Di'], w),
      pad(['Q4', 'b', 5, 'Wrong', 'wrong (common wrong answer)', 'Ann, Bo, Cy, Di, Ed'], w),
      pad([], w),
      pad(['Misconception groups', 'Item', 'Answer', 'Students'], w),
      pad(['(all)', Q2, '19', `${MOVED}: Cy, Ed`], w),
    ]);
    // Two places on the figures each item has (Q3 none, Q4 no r) and on the chart's shares (J).
    expect(tab.numberFormats).toEqual(
      grid(23, w, '', [
        [1, 9, '0.00'],
        [2, 9, '0.00'],
        [3, 9, '0.00'],
        [6, 2, '0.00'],
        [6, 3, '0.00'],
        [6, 4, '0.00'],
        [7, 2, '0.00'],
        [7, 3, '0.00'],
        [7, 4, '0.00'],
        [9, 2, '0.00'],
        [9, 3, '0.00'],
      ]),
    );
    expect(tab.boldRows).toEqual([0, 5, 13, 21]);
    // Three bars (Q3 has no share correct), below the block's 4 rows.
    expect(tab.chart).toMatchObject({ column: 9, rows: 4, position: { row: 6, column: 9 } });
  });

  test('SPEC 6b: only some key items answered: every answer is still listed', () => {
    // Q2 is blank for all (no answers), Q1 has answers: the "Every answer" block is there for Q1.
    const g: Grid = [
      ['Student', 'Q1', 'Q2'],
      ['Answer key', 'a', 'b'],
      ['Ann', 'a', ''],
      ['Bo', 'c', ''],
    ];
    const firsts = renderItems(analyse(g)).values.map((r) => r[0]);
    expect(firsts.slice(firsts.indexOf('Every answer'))).toEqual(['Every answer', 'Q1', 'Q1']);
  });

  test('SPEC 6b: no item with a share correct: no chart', () => {
    const g: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 1],
      ['Skill', 'A'],
      ['Ann', ''],
      ['Bo', ''],
    ];
    expect(renderItems(analyse(g)).chart).toBeUndefined();
  });
});

/**
 * Points possible stated in a header (`Quiz 1 (20 pts)`) when the gradebook has no points for the
 * column: read as the item's points, said in one line, and never over a points row or a Skill Map.
 */
import { checkGrid } from '../src/core/engine';
import { headerPoints, pointsInHeader } from '../src/core/headerPoints';
import { detectLayout } from '../src/core/layout';
import { makeSettings } from '../src/core/settings';
import type { Grid } from '../src/core/types';

describe('pointsInHeader: the forms teachers write', () => {
  test.each([
    ['Quiz 1 (20 pts)', 20],
    ['Quiz 1 (20pts)', 20],
    ['Quiz 1 ( 20 Pts. )', 20],
    ['Test [50 points]', 50],
    ['Lab (1 point)', 1],
    ['Essay (12 marks)', 12],
    ['HW 3 (out of 10)', 10],
    ['HW 3 (/10)', 10],
    ['Exit ticket (2.5 pts)', 2.5],
    ['Lab - 15 marks', 15],
    ['Lab: 15 points', 15],
    ['Quiz 2 20 pts', 20],
    ['Exit ticket /4', 4],
    ['Exit ticket / 4', 4],
    ['Test out of 50', 50],
    ['x + 5 = 14 (2 pts)', 2],
    ['  Quiz 1 (20 pts)  ', 20],
  ])('%s → %d', (header, points) => expect(pointsInHeader(header)).toBe(points));

  test.each([
    ['Quiz 1'],
    ['Quiz (2)'], // a version or a number, not points
    ['Week 1/2'], // no space before the slash: a week or a date
    ['x + 5 = 14'],
    ['Solve x/2 = 10'],
    ['Quiz 1 (0 pts)'], // no points possible is no points
    ['Unit 3 points of view'],
    ['Quiz 1 (20 pts) retake'], // the note must close the header
    [''],
  ])('%s → none', (header) => expect(pointsInHeader(header)).toBeNull());

  // A header that is nothing but its note, up to the 40 characters read whole.
  test('a header that is only a note: 20 pts, / 10, and one of exactly 40 characters', () => {
    expect(pointsInHeader('20 pts')).toBe(20);
    expect(pointsInHeader('/ 10')).toBe(10);
    expect(pointsInHeader(`20${' '.repeat(32)}points`)).toBe(20);
  });

  // The end of a long header is read alone: where it is cut, it is no start of the header.
  test('a number run into a word, past the first 40 characters from the end, is no note', () => {
    expect(pointsInHeader(`Quiz12${' '.repeat(32)}points`)).toBeNull();
    expect(pointsInHeader(`Quiz 12${' '.repeat(32)}points`)).toBe(12);
  });

  test('SPEC 12: a 10,000-character header is read by its end only', () => {
    expect(pointsInHeader(`${'('.repeat(10_000)}Quiz (20 pts)`)).toBe(20);
    expect(pointsInHeader(`Quiz (20 pts)${' '.repeat(10_000)}x`)).toBeNull();
  });
});

describe('headerPoints: which columns take them, and the line that says so', () => {
  test('only item columns whose points cell is blank; one line names the headers', () => {
    const grid: Grid = [
      ['Student', 'Quiz 1 (20 pts)', 'Quiz 2 (10 pts)', 'HW (5 pts)', 'Notes (3 pts)'],
      ['Points possible', '', 25, '', ''],
    ];
    const columns = ['name', 'item', 'item', 'item', 'ignored'] as const;
    expect(headerPoints(grid, grid[0], [...columns], { 1: 'points' })).toEqual({
      points: { 1: 20, 3: 5 },
      note: 'Points possible read from the headers of "Quiz 1 (20 pts)", "HW (5 pts)".',
    });
  });

  test('without a points row every stated header counts; more than three are counted', () => {
    const header = ['Student', 'A (1 pt)', 'B (2 pts)', 'C (3 pts)', 'D (4 pts)', 'E (5 pts)'];
    const columns = ['name', 'item', 'item', 'item', 'item', 'item'] as const;
    expect(headerPoints([header], header, [...columns], {})).toEqual({
      points: { 1: 1, 2: 2, 3: 3, 4: 4, 5: 5 },
      note: 'Points possible read from the headers of "A (1 pt)", "B (2 pts)", "C (3 pts)" and 2 more.',
    });
  });

  test('the points row is the row labelled so, not the first labelled row; a cell of spaces is blank', () => {
    const grid: Grid = [
      ['Student', 'Quiz (20 pts)', 'HW (5 pts)'],
      ['Skill', 'Ratios', 'Ratios'],
      ['Points possible', ' ', 8],
    ];
    const columns = ['name', 'item', 'item'] as const;
    expect(headerPoints(grid, grid[0], [...columns], { 1: 'skills', 2: 'points' })).toEqual({
      points: { 1: 20 },
      note: 'Points possible read from the header of "Quiz (20 pts)".',
    });
  });

  test('the line quotes each header trimmed', () => {
    const header = ['Student', '  Quiz (20 pts)  '];
    expect(headerPoints([header], header, ['name', 'item'], {}).note).toBe(
      'Points possible read from the header of "Quiz (20 pts)".',
    );
  });

  test('one header: "the header of"; none: no line', () => {
    const header = ['Student', 'Quiz (20 pts)', 'HW'];
    const columns = ['name', 'item', 'item'] as const;
    expect(headerPoints([header], header, [...columns], {}).note).toBe(
      'Points possible read from the header of "Quiz (20 pts)".',
    );
    expect(headerPoints([['Student', 'HW']], ['Student', 'HW'], ['name', 'item'], {})).toEqual({
      points: {},
      note: null,
    });
  });
});

describe('SPEC 3: a stated header gives the item its points', () => {
  // Quiz 1 is out of 20 by its header. The best score is 19: out of its highest score it would be
  // 19/19 = 100%; out of 20 it is 95%, and Bo's 15 is 75%, under the 80% cut.
  const grid: Grid = [
    ['Student', 'Quiz 1 (20 pts)', 'HW'],
    ['Ann', 19, 1],
    ['Bo', 15, 1],
  ];

  test('the item is out of the stated points, with no "highest score" warning', () => {
    const { book, analysis } = checkGrid(grid, { settings: makeSettings() });
    expect(book.items.map((i) => [i.header, i.points])).toEqual([
      ['Quiz 1 (20 pts)', 20],
      ['HW', 1],
    ]);
    expect(analysis.students.map((s) => s.gaps)).toEqual([[], ['Quiz 1 (20 pts)']]);
    expect(book.warnings.filter((w) => w.includes('Quiz 1'))).toEqual([]);
    expect(detectLayout(grid).guesses).toContain(
      'Points possible read from the header of "Quiz 1 (20 pts)".',
    );
  });

  // A stale header, or percentages under "(10 pts)": every score would read invalid (over 150%).
  test('scores past the stated points: out of the highest score, with a warning', () => {
    const g: Grid = [
      ['Student', 'Quiz 2 (10 pts)'],
      ['Ann', 85],
      ['Bo', 70],
      ['Cy', 95],
    ];
    const { book, analysis } = checkGrid(g, { settings: makeSettings() });
    expect(book.items[0].points).toBe(95);
    // 85/95 = 89% and 95/95 mastered; 70/95 = 74% under the cut: Bo has the gap, nobody is invalid.
    expect(analysis.students.map((s) => s.gaps.length)).toEqual([0, 1, 0]);
    expect(book.warnings).toEqual([
      '"Quiz 2 (10 pts)" says 10 points, but its scores go up to 95: read as out of its highest score. ' +
        'Give its points in a points row if that is wrong.',
    ]);
  });

  test('SPEC 3: extra credit up to 150% of the stated points keeps them; past it does not', () => {
    const pointsOf = (top: number) =>
      checkGrid(
        [
          ['Student', 'Quiz (10 pts)'],
          ['Ann', top],
          ['Bo', 5],
        ],
        { settings: makeSettings() },
      ).book.items[0].points;
    expect(pointsOf(15)).toBe(10);
    expect(pointsOf(15.5)).toBe(15.5);
  });

  test('a points row wins over the header', () => {
    const { book } = checkGrid([grid[0], ['Points possible', 25, 1], ...grid.slice(1)], {
      settings: makeSettings(),
    });
    expect(book.items[0].points).toBe(25);
  });

  test('a Skill Map wins over the header', () => {
    const { book } = checkGrid(grid, {
      settings: makeSettings(),
      skillMap: [{ item: 'Quiz 1 (20 pts)', skills: ['Ratios'], points: 19 }],
    });
    expect(book.items[0].points).toBe(19);
  });
});

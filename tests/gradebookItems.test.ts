/**
 * Reading a gradebook's items and students (SPEC 3, "Reading an existing gradebook"), each at its
 * edge: header points, Skill Map and setup overrides, repeated and merged headers, the Skill Map's
 * unused entries, students' emails, inferred points (issue #19: docs/mutation/gradebook.md lists
 * the change each kills).
 */
import { readFractions, readGradebook, skillMapUnused } from '../src/core/gradebook';
import { detectLayout } from '../src/core/layout';
import type { Grid } from '../src/core/types';

const read = (grid: Grid, options = {}) => readGradebook(grid, detectLayout(grid), options);

describe('SPEC 3 points possible', () => {
  test('SPEC 3: a column with only zeros and no points possible is out of 1: 0%, not no data', () => {
    // Highest score 0 → points 1 (at least 1); 0/1 = 0 for both students.
    const book = read([
      ['Student', 'Q1', 'Q2'],
      ['Ana', 0, 1],
      ['Ben', 0, 1],
    ]);
    expect(book.items.map((i) => i.points)).toEqual([1, 1]);
    expect(Array.from(readFractions(book).row(0))).toEqual([0, 1]);
  });

  test('SPEC 3: a column with 3+ or 3- and no points possible is a proficiency scale out of 4', () => {
    // `3+` marks a 1–4 scale: out of 4, so 3+ = 3.25/4 = 0.8125, 2 = 0.5, 3 = 0.75. Read as "out of its
    // highest score" it was out of 3.25, where `3+` itself is invalid (scale marks need 4 or 5).
    const book = read([
      ['Student', 'Standard 1'],
      ['Ana', '3+'],
      ['Ben', 2],
      ['Cy', 3],
    ]);
    expect(book.items[0].points).toBe(4);
    expect([0, 1, 2].map((s) => readFractions(book).row(s)[0])).toEqual([0.8125, 0.5, 0.75]);
    expect(book.warnings).toContain(
      '"Standard 1" has no points possible: read as out of 4, ' +
        'a proficiency scale (it has scores such as 3+).',
    );
  });

  test('SPEC 3: a scale column with a 5 and no points possible is out of 5', () => {
    // Highest 5 with a `4-` (3.75): a 1–5 scale, out of 5; 4- = 3.75/5 = 0.75.
    const book = read([
      ['Student', 'Standard 1'],
      ['Ana', '4-'],
      ['Ben', 5],
    ]);
    expect(book.items[0].points).toBe(5);
    expect(readFractions(book).row(0)[0]).toBe(0.75);
  });

  test('SPEC 3: a scale column whose highest score is exactly 5 is named a proficiency scale', () => {
    // `4-` and 5: a scale mark and highest 5 ≤ 5, so out of 5 as a scale, not "out of its highest score".
    const book = read([
      ['Student', 'Standard 1'],
      ['Ana', '4-'],
      ['Ben', 5],
    ]);
    expect(book.warnings).toContain(
      '"Standard 1" has no points possible: read as out of 5, ' +
        'a proficiency scale (it has scores such as 3+).',
    );
  });

  test('SPEC 3: a scale column whose highest mark is 5- (4.75) and no 5 is out of 5', () => {
    // 5- = 4.75 is the highest score, above 4: a 1–5 scale, out of 5; 5- = 4.75/5 = 0.95, 3 = 3/5 = 0.6.
    // (Out of 4, counting only the 3, it would be 1.1875 and 0.75.)
    const book = read([
      ['Student', 'Standard 1'],
      ['Ana', '5-'],
      ['Ben', 3],
    ]);
    expect(book.items[0].points).toBe(5);
    expect([0, 1].map((s) => readFractions(book).row(s)[0])).toEqual([0.95, 0.6]);
  });

  test('SPEC 3: a scale column whose highest score is 4 is out of 4, not 5', () => {
    // `3+` and 4: highest 4 ≤ 4, a 1–4 scale; 3+ = 3.25/4 = 0.8125, 4 = 4/4 = 1.
    const book = read([
      ['Student', 'Standard 1'],
      ['Ana', '3+'],
      ['Ben', 4],
    ]);
    expect(book.items[0].points).toBe(4);
    expect([0, 1].map((s) => readFractions(book).row(s)[0])).toEqual([0.8125, 1]);
  });

  test('SPEC 3: a column with 3+ and a score above 5 is out of its highest, where 3+ is invalid', () => {
    // Highest 8 > 5: no 1–5 scale, so out of 8 (with the warning); 8/8 = 1, and 3+ outside a column out
    // of 4 or 5 is invalid: no data, reported at B2. (As a scale out of 5, 8 would be 160%, invalid.)
    const book = read([
      ['Student', 'Standard 1'],
      ['Ana', '3+'],
      ['Ben', 8],
    ]);
    expect(book.items[0].points).toBe(8);
    expect([0, 1].map((s) => readFractions(book).row(s)[0])).toEqual([NaN, 1]);
    expect(book.warnings).toEqual([
      '"Standard 1" has no points possible: read as out of 8, its highest score.',
      'Invalid score "3+" at B2 (Standard 1): counted as no data.',
    ]);
  });

  test('SPEC 3: a column whose highest score is a half is out of 1, not out of a half', () => {
    // Highest 0.5 ≤ 1 → points 1; Ana's 0.5 is 0.5 of 1 (out of 0.5 it would be 100%).
    const book = read([
      ['Student', 'Q1'],
      ['Ana', 0.5],
      ['Ben', 0],
    ]);
    expect(book.items[0].points).toBe(1);
    expect(Array.from(readFractions(book).row(0))).toEqual([0.5]);
  });

  test('SPEC 3: a Canvas score column is out of the points heading it, with no points row', () => {
    // "2.0" heads the score column: out of 2, so Ana's 1 is 0.5 (inferred it would be out of 1).
    const book = read([
      ['Name', '3101: Solve x + 5 = 14', '2.0'],
      ['Ana', '9', 1],
      ['Ben', '8', 0],
    ]);
    expect(book.items.map((i) => [i.header, i.points])).toEqual([['Solve x + 5 = 14', 2]]);
    expect(Array.from(readFractions(book).row(0))).toEqual([0.5]);
    expect(book.warnings).toEqual([]);
  });

  test('SPEC 3: a points row of 0 under a Canvas score column is a wrong points cell, not a blank', () => {
    // The row's 0 is ignored with a warning (not silently replaced by the header's 2); then inferred.
    const book = read([
      ['Name', '3101: Solve x + 5 = 14', '2.0'],
      ['Points possible', '', 0],
      ['Ana', '9', 2],
      ['Ben', '8', 0],
    ]);
    expect(book.warnings).toEqual([
      'Points possible for "Solve x + 5 = 14" ("0") is not a positive number: ignored.',
      '"Solve x + 5 = 14" has no points possible: read as out of 2, its highest score.',
    ]);
  });

  test('SPEC 3: a Forms question keeps the points the Skill Map gives it; without them it is worth 1', () => {
    // Row 2 (full marks) is the answer key; Q1 worth 2 by the Skill Map, Q2 worth 1.
    const grid: Grid = [
      ['Timestamp', 'Email Address', 'Score', 'Q1', 'Q2'],
      ['1/1/2026', 't@x.org', '3 / 3', '9', '4'],
      ['1/1/2026', 'ana@x.org', '2 / 3', '9', '5'],
    ];
    const book = read(grid, { skillMap: [{ item: 'Q1', points: 2 }] });
    expect(book.items.map((i) => [i.header, i.points, i.key])).toEqual([
      ['Q1', 2, '9'],
      ['Q2', 1, '4'],
    ]);
  });

  test('SPEC 3: a points cell written as a percent (80%) is not a number of points: a warning', () => {
    // 80% reads as the fraction 0.8, not as points: ignored, and Q1 is out of its highest score, 4.
    const book = read([
      ['Student', 'Q1'],
      ['Points possible', '80%'],
      ['Ana', 4],
      ['Ben', 3],
    ]);
    expect(book.warnings).toEqual([
      'Points possible for "Q1" ("80%") is not a positive number: ignored.',
      '"Q1" has no points possible: read as out of 4, its highest score.',
    ]);
    expect(book.items[0].points).toBe(4);
  });

  test('SPEC 3: a score written as a percent does not set the points a column is read out of', () => {
    // 120% is already a fraction (1.2); the highest score is Ben's 1, so Q1 is out of 1, no warning.
    const book = read([
      ['Student', 'Q1'],
      ['Ana', '120%'],
      ['Ben', 1],
    ]);
    expect(book.items[0].points).toBe(1);
    expect(book.warnings).toEqual([]);
  });

  test('SPEC 3: a layout built without header names or points still reads its items', () => {
    // A caller's layout with neither itemNames nor itemPoints: names from the header, points inferred (5).
    const grid: Grid = [
      ['Student', 'Q1'],
      ['Ana', 4],
      ['Ben', 5],
    ];
    const layout = detectLayout(grid);
    delete layout.itemNames;
    delete layout.itemPoints;
    const book = readGradebook(grid, layout);
    expect(book.items.map((i) => [i.header, i.points])).toEqual([['Q1', 5]]);
  });
});

describe('SPEC 3 Skill Map and setup overrides', () => {
  const grid: Grid = [
    ['Student', 'Q1', 'Q2'],
    ['Points possible', 4, 4],
    ['Skill', 'Fractions', 'Ratios'],
    ['Ana', 3, 4],
    ['Ben', 4, 2],
  ];

  test('SPEC 3: a Skill Map step and cut replace the labelled rows and the default cut', () => {
    const book = read(grid, { skillMap: [{ item: 'Q1', step: 'Step 2', cut: 0.7 }] });
    expect(book.items[0]).toMatchObject({ step: 'Step 2', cut: 0.7, skills: ['Fractions'] });
    expect(book.items[1]).toMatchObject({ cut: 0.8 });
  });

  test('SPEC 3: a Skill Map entry with an empty skill list keeps the Skill row', () => {
    const book = read(grid, { skillMap: [{ item: 'Q1', skills: [], points: 5 }] });
    expect(book.items[0]).toMatchObject({ skills: ['Fractions'], points: 5 });
  });

  test('SPEC 3: an item the setup leaves out is not read as an item but listed as left out', () => {
    const book = read(grid, { itemEdits: [{ item: 'Q2', included: false }] });
    expect(book.items.map((i) => i.header)).toEqual(['Q1']);
    expect(book.excluded.map((i) => i.header)).toEqual(['Q2']);
  });

  test('SPEC 3: a setup edit of points is applied, and the item stays in', () => {
    const book = read(grid, { itemEdits: [{ item: 'q2', points: 8 }] });
    expect(book.items.map((i) => i.points)).toEqual([4, 8]);
    expect(book.excluded).toEqual([]);
  });

  test('SPEC 3: a Skill Map entry with no column is one warning naming it', () => {
    const book = read(grid, {
      skillMap: [
        { item: 'Q1', step: 'Step 1' },
        { item: 'Q9', step: 'Step 1' },
      ],
    });
    expect(book.warnings).toEqual(['Skill Map names "Q9", which is not an item column: ignored.']);
  });
});

describe('SPEC 3 Skill Map entries with no column: one line however many', () => {
  test('SPEC 3: none is no line', () => {
    expect(skillMapUnused([])).toBeNull();
  });

  test('SPEC 3: three are all named, with no "more"', () => {
    expect(skillMapUnused(['A', 'B', 'C'])).toBe(
      'Skill Map names 3 items that are not item columns of this tab ("A", "B", "C"): ignored here.',
    );
  });

  test('SPEC 3: four show the first three and "1 more"', () => {
    expect(skillMapUnused(['A', 'B', 'C', 'D'])).toBe(
      'Skill Map names 4 items that are not item columns of this tab ("A", "B", "C", and 1 more): ' +
        'ignored here.',
    );
  });
});

describe('SPEC 3 repeated and merged headers', () => {
  test('SPEC 3: headers differing only in case and spacing are one header repeated', () => {
    const book = read([
      ['Student', 'Q1', ' q1 '],
      ['Ana', 1, 0],
    ]);
    expect(book.items.map((i) => i.header)).toEqual(['Q1', 'q1 (2)']);
    expect(book.warnings).toEqual([
      '1 column repeats a header: each is its own item, named by its place (C "q1 (2)").',
    ]);
  });

  test('SPEC 3: columns read as not items (two "Notes") are not repeated item headers', () => {
    const book = read([
      ['Student', 'Notes', 'Notes', 'Q1'],
      ['Ana', 'late', 'ok', 1],
      ['Ben', 'fine', 'good', 0],
    ]);
    expect(book.items.map((i) => i.header)).toEqual(['Q1']);
    expect(book.warnings).toEqual([]);
  });

  test('SPEC 3: a column with no header, made an item by the teacher, is named by its letter', () => {
    // The teacher's correction makes column C (index 2) an item: its header is blank.
    const grid: Grid = [
      ['Student', 'Q1', ''],
      ['Ana', 1, 0],
      ['Ben', 1, 1],
    ];
    const book = readGradebook(grid, detectLayout(grid, { columns: { 2: 'item' } }));
    expect(book.items.map((i) => i.header)).toEqual(['Q1', 'Column C']);
  });

  test('SPEC 3: a header merged across three columns names each of them, with no repeat warning', () => {
    // Sheets hands the merged header to each covered cell (readSheet.ts); E repeats it unmerged.
    const merged = [{ row: 0, column: 1, rows: 1, columns: 3 }];
    const grid: Grid = [
      ['Student', 'Quiz', 'Quiz', 'Quiz', 'Quiz'],
      ['Ana', 1, 0, 1, 1],
    ];
    const book = read(grid, { merged });
    expect(book.items.map((i) => i.header)).toEqual(['Quiz', 'Quiz', 'Quiz', 'Quiz (2)']);
    expect(book.warnings).toEqual([
      '1 column repeats a header: each is its own item, named by its place (E "Quiz (2)").',
    ]);
  });

  test('SPEC 3: a merge above or below the header row does not join repeated headers', () => {
    // Row 0 a title merged over B:C; row 3 a note merged over B:C; the header is row 1.
    const merged = [
      { row: 0, column: 1, rows: 1, columns: 2 },
      { row: 3, column: 1, rows: 1, columns: 2 },
    ];
    const grid: Grid = [
      ['Unit 3', 'Unit 3', 'Unit 3'],
      ['Student', 'Quiz', 'Quiz'],
      ['Ana', 1, 0],
      ['Ben', 1, 1],
    ];
    const book = read(grid, { merged });
    expect(book.items.map((i) => i.header)).toEqual(['Quiz', 'Quiz (2)']);
  });
});

describe('SPEC 3 students', () => {
  test('SPEC 3: a student has the email of the Email column, and null with none', () => {
    const withMail = read([
      ['Student', 'Email', 'Q1'],
      ['Ana', 'ana@school.org', 1],
    ]);
    const without = read([
      ['Student', 'Q1'],
      ['Ana', 1],
    ]);
    expect(withMail.students[0].email).toBe('ana@school.org');
    expect(without.students[0].email).toBeNull();
  });

  test('SPEC 3: spaces around a name are not part of it', () => {
    const book = read([
      ['Student', 'Q1'],
      ['  Ana ', 1],
    ]);
    expect(book.students[0].name).toBe('Ana');
  });
});

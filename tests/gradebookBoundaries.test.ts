/**
 * Near misses for reading a whole gradebook (SPEC 3, "Reading an existing gradebook"): the
 * labelled rows, the Skill Map's overrides, Forms answers as Sheets hands them (numbers), repeated
 * names and the proficiency-scale warning, each at its edge (issue #19, mutation testing:
 * docs/testing.md lists the change each kills).
 */
import type { Grid } from '../src/core/types';
import { capWarnings } from '../src/core/warnings';
import { analyseGrid } from './helpers/engine';
import { csv } from './helpers/examples';

describe('SPEC 3 labelled rows: points possible and mastery cut', () => {
  test('SPEC 3: points possible of 0 is not a positive number: a warning, the column infers them', () => {
    // Q1's points 0 ignored: out of its highest score, 5 (a second warning says so). 4/5 = 80%.
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,0
Ana,4
Ben,5
`),
    );
    expect(a.warnings).toEqual([
      'Points possible for "Q1" ("0") is not a positive number: ignored.',
      '"Q1" has no points possible: read as out of 5, its highest score.',
    ]);
    expect(a.items[0]).toMatchObject({ points: 5, mastered: 2 });
  });

  test('SPEC 3: a blank points cell is not a wrong one: only the "no points possible" line', () => {
    // Q1 out of 10; Q2's points blank: out of its highest score, 4.
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,10,
Ana,8,4
Ben,9,2
`),
    );
    expect(a.warnings).toEqual(['"Q2" has no points possible: read as out of 4, its highest score.']);
    expect(a.items.map((i) => i.points)).toEqual([10, 4]);
  });

  test('SPEC 3: a mastery cut of 100% is allowed: 9 of 10 is then a gap', () => {
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,10
Mastery cut,100%
Ana,9
Ben,10
`),
    );
    expect(a.warnings).toEqual([]);
    expect(a.students.map((s) => s.gaps)).toEqual([['Q1'], []]);
  });

  test('SPEC 3: a mastery cut of 0% is not between 0% and 100%: the default 80% is used', () => {
    // With a 0% cut Ana's 5 of 10 would be mastered; at the default 80% it is a gap.
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,10
Mastery cut,0%
Ana,5
`),
    );
    expect(a.warnings).toEqual([
      'Mastery cut for "Q1" ("0%") is not between 0% and 100%: the default is used.',
    ]);
    expect(a.students[0].gaps).toEqual(['Q1']);
  });

  test('SPEC 3: a mastery cut typed with spaces around it (" 90% ") is 90%', () => {
    // Cells as Sheets hands them (a CSV reader may trim). 8 of 10 is under 90%: a gap.
    const grid: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 10],
      ['Mastery cut', ' 90% '],
      ['Ana', 8],
    ];
    const a = analyseGrid(grid);
    expect(a.warnings).toEqual([]);
    expect(a.students[0].gaps).toEqual(['Q1']);
  });

  test('SPEC 3: a checkbox (TRUE) in the mastery-cut row is no cut: a warning, the default 80%', () => {
    const grid: Grid = [
      ['Student', 'Q1'],
      ['Points possible', 10],
      ['Mastery cut', true],
      ['Ana', 8],
    ];
    const a = analyseGrid(grid);
    expect(a.warnings).toEqual([
      'Mastery cut for "Q1" ("true") is not between 0% and 100%: the default is used.',
    ]);
    expect(a.students[0].gaps).toEqual([]);
  });

  test('SPEC 3: items with no skill are their own skill, named by their header', () => {
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,1,1
Ana,1,0
`),
    );
    expect(a.classCheck.map((r) => r.skill)).toEqual(['Q1', 'Q2']);
  });
});

describe('SPEC 3 Skill Map: it overrides only what it gives', () => {
  test('SPEC 3: an entry with a skill only keeps the gradebook rows’ step and points', () => {
    // Q1 keeps step 1 and 10 points from the rows; the map gives it skill Adding. Ana 9 of 10 on
    // step 1 (mastered) and 0 of 1 on step 2: entry step 2 (Ben, ready, coaches her). Without the
    // rows' points Q1 would be out of its highest score, 10 of 10, with a warning; without the
    // rows' step, on no step.
    const grid = csv(`
Student,Q1,Q2
Points possible,10,1
Step,1,2
Ana,9,0
Ben,10,1
`);
    const a = analyseGrid(grid, { skillMap: [{ item: 'Q1', skills: ['Adding'] }] });
    expect(a.items.map((i) => [i.item, i.skills, i.points])).toEqual([
      ['Q1', ['Adding'], 10],
      ['Q2', ['Q2'], 1],
    ]);
    expect(a.students[0]).toMatchObject({ entryStep: 2 });
    expect(a.warnings).toEqual([]);
  });
});

describe('SPEC 3 Forms quiz responses: answers as Sheets hands them', () => {
  // Numbers typed into a Forms short answer reach the add-on as numbers; the key is the teacher's row.
  const forms: Grid = [
    ['Timestamp', 'Email Address', 'Score', 'Q1', 'Q2'],
    ['1/1/2026', 'teacher@x.org', '2 / 2', 2, 0],
    ['1/1/2026', 'ana@x.org', '1 / 2', 1, 0],
    ['1/1/2026', 'ben@x.org', '1 / 2', 2, 1],
  ];

  test('SPEC 3: a number answer is graded against the key, not read as a score (1 is wrong for 2)', () => {
    // Q1 key 2: Ana's 1 is wrong (as a score 1 of 1 it would be mastered), Ben's 2 right.
    // Q2 key 0: Ana's 0 is right (as a score 0 of 1 it would not be), Ben's 1 wrong.
    const a = analyseGrid(forms);
    expect(a.items.map((i) => [i.item, i.answered, i.mastered])).toEqual([
      ['Q1', 2, 1],
      ['Q2', 2, 1],
    ]);
    expect(a.students.map((s) => s.gaps)).toEqual([['Q1'], ['Q2']]);
  });

  test('SPEC 3: a Forms question is worth 1 point: no "no points possible" warning', () => {
    expect(analyseGrid(forms).warnings).toEqual([]);
  });
});

describe('SPEC 3: students', () => {
  test('SPEC 3: a name on three rows is one warning naming all three rows', () => {
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,1
Ana,1
Ana,0
Ben,1
Ana,1
`),
    );
    expect(a.warnings).toEqual([
      '"Ana" appears more than once (rows 3, 4, 6): each row is kept as its own student; ' +
        'if it is the same student, merge the rows or delete one.',
    ]);
  });

  test('SPEC 3: two names repeated are two warnings, in order of first appearance', () => {
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,1
Ben,1
Ana,1
Ana,0
Ben,0
`),
    );
    expect(a.warnings).toEqual([
      '"Ben" appears more than once (rows 3, 6): each row is kept as its own student; ' +
        'if it is the same student, merge the rows or delete one.',
      '"Ana" appears more than once (rows 4, 5): each row is kept as its own student; ' +
        'if it is the same student, merge the rows or delete one.',
    ]);
  });
  test('SPEC 3: a student ID names a student only when there is no name or email', () => {
    const a = analyseGrid(
      csv(`
Student,Student ID,Email,Q1
Points possible,,,1
Ana,1001,ana@x.org,1
,1002,ben@x.org,1
`),
    );
    expect(a.students.map((s) => s.name)).toEqual(['Ana', 'ben@x.org']);
  });
});

describe('SPEC 3: duplicate headers are distinct items', () => {
  test('SPEC 3: two repeated headers are one warning naming both, "2 columns repeat"', () => {
    const a = analyseGrid(
      csv(`
Student,Quiz,Quiz,Quiz
Points possible,1,1,1
Ana,1,0,1
`),
    );
    expect(a.items.map((i) => i.item)).toEqual(['Quiz', 'Quiz (2)', 'Quiz (3)']);
    expect(a.warnings).toEqual([
      '2 columns repeat a header: each is its own item, named by its place (C "Quiz (2)", D "Quiz (3)").',
    ]);
  });
});

describe('SPEC 3: a column that looks like a proficiency scale against the wrong points', () => {
  test('SPEC 3: a best score of exactly a tenth of the points (10 of 100) is warned about', () => {
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,100
Ana,10
Ben,3
`),
    );
    expect(a.warnings).toEqual([
      '1 column looks like a proficiency scale read against the wrong points: every score is at most a ' +
        'tenth of the points possible ("Q1": highest 10 of 100). Give them their scale\'s points (e.g. 4) ' +
        'in the points row or the Skill Map.',
    ]);
  });

  test('SPEC 3: a best score just over a tenth (11 of 100), or only zeros, is not', () => {
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,100,100
Ana,11,0
Ben,3,0
`),
    );
    expect(a.warnings).toEqual([]);
  });
});

describe('SPEC 3: a gradebook with nothing to grade says so', () => {
  test('SPEC 3: a header and points but no student rows: one line saying so', () => {
    const a = analyseGrid(csv(`Student,Q1\nPoints possible,1\n`));
    expect(a.warnings).toEqual(['No student rows under the header.']);
  });

  test('SPEC 3: Forms responses with no answer key are not graded: one line asking for the key', () => {
    // Nobody has full marks, so no response can be the key.
    const a = analyseGrid(
      csv(`
Timestamp,Email Address,Score,Q1
1/1/2026,ana@x.org,0 / 1,9
1/1/2026,ben@x.org,0 / 1,8
`),
    );
    expect(a.items).toEqual([]);
    expect(a.warnings).toEqual([
      'No answer key: choose the response that holds the correct answers (its row number or email).',
    ]);
  });
});

describe('SPEC 12: at most 100 warnings of a kind, then one "and N more" line', () => {
  // The kind of `"x7" at B7: counted as no data.` is the text after its last ": ".
  const invalid = (n: number) =>
    Array.from({ length: n }, (_, i) => `"x${i}" at B${i + 2}: counted as no data.`);
  const other = 'Q3 has no points possible: read out of its highest score.';

  test('SPEC 12: 102 of a kind list 100, then "…and 2 more", in place before a later kind', () => {
    const ws = invalid(102);
    expect(capWarnings([other, ...ws, other])).toEqual([
      other,
      ...ws.slice(0, 100),
      '…and 2 more: counted as no data.',
      other,
    ]);
  });

  test('SPEC 12: exactly 100 of a kind are all listed, with no "more" line', () => {
    expect(capWarnings(invalid(100))).toEqual(invalid(100));
  });

  test('SPEC 12: a "more" line already there passes through and is not counted as its kind', () => {
    // It stands first; the 102 after it are capped at their own 100th.
    const more = '…and 5 more: counted as no data.';
    const ws = invalid(102);
    expect(capWarnings([more, ...ws])).toEqual([
      more,
      ...ws.slice(0, 100),
      '…and 2 more: counted as no data.',
    ]);
  });

  test('SPEC 12: a line without ": " is its own kind; its rest points at the line above', () => {
    // The kind is `Column  skipped  times.` (quote and number left out): never shown with its holes.
    const ws = Array.from({ length: 101 }, (_, i) => `Column "Q${i}" skipped ${i} times.`);
    expect(capWarnings(ws)).toEqual([...ws.slice(0, 100), '…and 1 more like the line above.']);
  });

  test('SPEC 12: the count of the rest is written with thousands separators', () => {
    const ws = invalid(1234);
    expect(capWarnings(ws)[100]).toBe('…and 1,134 more: counted as no data.');
  });

  test('SPEC 12: a "more" line with a separated count passes through uncounted', () => {
    const more = '…and 1,134 more like the line above.';
    expect(capWarnings([more, ...invalid(100)])).toEqual([more, ...invalid(100)]);
  });
});

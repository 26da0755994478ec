/** Reading a gradebook's rows and cells (SPEC 3): what is reported to the teacher, and where. */
import { analyseGrid } from './helpers/engine';
import { csv } from './helpers/examples';

describe('reading a gradebook (SPEC 3)', () => {
  test('invalid cells are reported with their address, column by column, and count as no data', () => {
    // B+ at C3 and #N/A at B4 and -1 at C4: column B first (B4), then C top to bottom (C3, C4).
    // Ana: Q1 8/10 only (Q2 invalid) → no gap; Ben: no data at all → no gap.
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,10,10
Ana,8,B+
Ben,#N/A,-1
`),
    );
    expect(a.warnings.filter((w) => w.startsWith('Invalid'))).toEqual([
      'Invalid score "#N/A" at B4 (Q1): counted as no data.',
      'Invalid score "B+" at C3 (Q2): counted as no data.',
      'Invalid score "-1" at C4 (Q2): counted as no data.',
    ]);
    expect(a.items.map((i) => i.answered)).toEqual([1, 0]);
  });

  test('a score over 150% of the points is invalid, at 150% it is extra credit', () => {
    // Points 10: 15 is 150% (full marks), 15.5 is 155% (invalid, no data).
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,10
Ana,15
Ben,15.5
`),
    );
    expect(a.items[0]).toMatchObject({ answered: 1, mastered: 1 });
    expect(a.warnings).toContain('Invalid score "15.5" at B4 (Q1): counted as no data.');
  });

  test('points possible that are not a positive number: a warning, and the column infers its points', () => {
    // Q1's points "ten" is ignored: the column's highest score, 5, is its points; 4/5 = 80% mastered.
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,ten
Ana,4
Ben,5
`),
    );
    expect(a.warnings).toContain('Points possible for "Q1" ("ten") is not a positive number: ignored.');
    expect(a.items[0]).toMatchObject({ points: 5, mastered: 2 });
  });

  test('a mastery cut that is not between 0% and 100%: a warning, and the default 80% is used', () => {
    // Cut 120% ignored: 8/10 = 80% is mastered at the default cut.
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,10
Mastery cut,120%
Ana,8
`),
    );
    expect(a.warnings).toContain(
      'Mastery cut for "Q1" ("120%") is not between 0% and 100%: the default is used.',
    );
    expect(a.students[0].gaps).toEqual([]);
  });

  test('a column without points whose scores are all 0–1 is out of 1, with no warning', () => {
    // 0.5, 1, 0.9: out of 1; 0.5 struggles, the others do not.
    const a = analyseGrid(
      csv(`
Student,Check
Ana,0.5
Ben,1
Cy,0.9
`),
    );
    expect(a.items[0]).toMatchObject({ points: 1, mastered: 2 });
    expect(a.warnings.filter((w) => w.includes('no points possible'))).toEqual([]);
  });

  test('the same name on two rows: both kept, one warning naming the rows', () => {
    const a = analyseGrid(
      csv(`
Student,Q1
Points possible,1
Ana,1
Ben,0
Ana,0
`),
    );
    expect(a.students.map((s) => s.name)).toEqual(['Ana', 'Ben', 'Ana']);
    expect(a.warnings).toContain(
      '"Ana" appears more than once (rows 3, 5): each row is kept as its own student; ' +
        'if it is the same student, merge the rows or delete one.',
    );
  });

  test('Last Name and First Name columns make "Last, First"; only one of them is used alone', () => {
    const a = analyseGrid(
      csv(`
Last Name,First Name,Q1
Points possible,,1
Chen,Carla,1
,Dev,1
Evans,,1
`),
    );
    expect(a.students.map((s) => s.name)).toEqual(['Chen, Carla', 'Dev', 'Evans']);
  });

  test('a Forms question the key leaves blank is not graded, with a warning', () => {
    // Key row: the teacher's full-score response answers Q1 (9) but not Q2.
    const a = analyseGrid(
      csv(`
Timestamp,Email Address,Score,Q1,Q2
1/1/2026,teacher@x.org,1 / 1,9,
1/1/2026,ana@x.org,1 / 1,9,4
1/1/2026,ben@x.org,0 / 1,8,
`),
    );
    expect(a.items.map((i) => i.item)).toEqual(['Q1']);
    expect(a.warnings).toContain('"Q2" has no answer in the answer key (row 2): not graded.');
    expect(a.students.map((s) => s.gaps)).toEqual([[], ['Q1']]);
  });

  test('a Forms answer left blank is no data, not a wrong answer', () => {
    const a = analyseGrid(
      csv(`
Timestamp,Email Address,Score,Q1
1/1/2026,teacher@x.org,1 / 1,9
1/1/2026,ana@x.org,0 / 1,
`),
    );
    expect(a.items[0]).toMatchObject({ answered: 0 });
    expect(a.students[0].gaps).toEqual([]);
  });
});

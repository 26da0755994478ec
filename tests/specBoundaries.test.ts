/**
 * Hand-worked boundary cases for SPEC rules that a one-line change could break while every other
 * test still passed (issue #19). docs/testing.md lists which change each test was checked against.
 */
import { analyseGrid, jsonOf, oneSkillGrid } from './helpers/engine';
import { csv } from './helpers/examples';

/** n students in one skill, the first `struggling` of them at 0, the rest at 1, `blank` more without data. */
function checkRow(n: number, struggling: number, blank = 0) {
  const rows: (string | number)[][] = [...Array(n).keys()].map((i) => [i < struggling ? 0 : 1]);
  for (let i = 0; i < blank; i++) rows.push(['']);
  return analyseGrid(oneSkillGrid(rows)).classCheck[0];
}

describe('SPEC 4: the class-percentage check compares exact fractions', () => {
  test('SPEC 4: 21 of 104 struggling is over 20% (exact fraction, no rounding, no tolerance)', () => {
    // 21 ÷ 104 = 0.20192…: over 0.2 by 0.0019. Rounded to a whole percent it reads 20% (not over);
    // with a 0.005 tolerance it is not over either. Exactly, it is over: classroom.
    expect(checkRow(104, 21)).toMatchObject({ withData: 104, struggling: 21, tier: 'classroom' });
  });

  test('SPEC 4: 10 of 101 struggling is under 10% (exact fraction, no rounding, no tolerance)', () => {
    // 10 ÷ 101 = 0.09901…: under 0.1 by 0.00099. Rounded it reads 10% (not under: borderline);
    // with a 0.005 tolerance it is not under either. Exactly, it is under: student.
    expect(checkRow(101, 10)).toMatchObject({ withData: 101, struggling: 10, tier: 'student' });
  });

  test('SPEC 4: a coverage of 2 of 3 students (66.7%) is under 70% and flags low-data', () => {
    // Roster 3, one blank: withData 2, 2 ÷ 3 = 0.667 < 0.7. (A 65% line would not flag it.)
    expect(checkRow(2, 0, 1)).toMatchObject({ roster: 3, withData: 2, flags: ['low-data'] });
  });
});

describe('SPEC 4: a skill score pools points', () => {
  test('SPEC 4: unequal points pool as Σearned ÷ Σpossible, not as the mean of item fractions', () => {
    // Q1 2 of 10, Q2 40 of 40: (2 + 40) ÷ (10 + 40) = 42 ÷ 50 = 84%, at or above 80%: no gap.
    // The mean of the item fractions would be (0.2 + 1) ÷ 2 = 60%: a gap.
    const a = analyseGrid(
      csv(`
Student,Q1,Q2
Points possible,10,40
Skill,Equations,Equations
Ana,2,40
`),
    );
    expect(a.skillScores[0]).toBeCloseTo(0.84, 12);
    expect(a.students[0].gaps).toEqual([]);
  });
});

describe('SPEC 3: a number written with a leading dot', () => {
  test('SPEC 3: `.5` is read as a number in a Forms answer (0.5 = .5)', () => {
    // The teacher's full-score response (first row) is the key: 0.5. Ana typed .5: correct.
    // Ben typed 5: wrong. So Ana has no gap and Ben has one.
    const a = analyseGrid(
      csv(`
Timestamp,Email Address,Score,Half of 1?
10/14/2026 8:01:12,teacher@school.example.org,1 / 1,0.5
10/14/2026 8:05:00,ana@students.example.org,1 / 1,.5
10/14/2026 8:05:17,ben@students.example.org,0 / 1,5
`),
    );
    expect(a.students.map((s) => [s.name, s.gaps])).toEqual([
      ['ana@students.example.org', []],
      ['ben@students.example.org', ['Half of 1?']],
    ]);
  });

  test('SPEC 3: `.5` is read as a number as a score (half of 1 point), not as invalid', () => {
    // .5 of 1 point = 50%: below 80%, a gap, and no invalid-score warning.
    const a = analyseGrid(oneSkillGrid([['.5']], 1));
    expect(a.skillScores[0]).toBe(0.5);
    expect(a.students[0].gaps).toEqual(['Skill A']);
    expect(a.warnings.filter((w) => w.startsWith('Invalid'))).toEqual([]);
  });
});

describe('SPEC 5: steps in numeric order', () => {
  // Steps 1, 2, 10: numerically 10 is the last step (peer coaching); as text "10" sorts before "2".
  const grid = () =>
    csv(`
Student,Period,Q1,Q2,Q3
Points possible,,1,1,1
Step,,1,2,10
Ann,P1,1,1,0
Bo,P1,1,0,1
Cy,P1,1,1,1
Dee,P1,0,1,1
Ed,P1,1,1,1
Flo,P1,1,1,1
Gus,P1,1,1,1
Hal,P1,1,1,1
Ivy,P1,1,1,1
Jo,P1,1,0,0
`);

  test('SPEC 5: steps 1, 2, 10 in numeric order: entry step is the first not mastered in that order', () => {
    // Ann misses only step 10 → 10; Bo misses only step 2 → 2; Dee misses step 1 → 1;
    // Jo misses 2 and 10 → 2 (as text, "10" would come first).
    expect(jsonOf(grid()).students.map((s) => [s.name, s.entryStep])).toEqual([
      ['Ann', 10],
      ['Bo', 2],
      ['Cy', 'ready'],
      ['Dee', 1],
      ['Ed', 'ready'],
      ['Flo', 'ready'],
      ['Gus', 'ready'],
      ['Hal', 'ready'],
      ['Ivy', 'ready'],
      ['Jo', 2],
    ]);
  });

  test('SPEC 5: steps 1, 2, 10: step 10 is the last step: Ann peer-coached, Bo, Jo at teacher table', () => {
    // Step 1: 1 of 10 missed (10%, not over 20%): no whole-class start.
    // Teacher table: Dee at 1, Bo and Jo at 2.
    // Ann (entry at the last step, 10) is coached by the first ready student by name, Cy.
    expect(jsonOf(grid()).stations).toEqual([
      {
        section: 'P1',
        wholeClassStep: null,
        teacherTable: [
          { step: 1, students: ['Dee'] },
          { step: 2, students: ['Bo', 'Jo'] },
        ],
        peerCoaching: [{ learner: 'Ann', coach: 'Cy' }],
        ready: ['Cy', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivy'],
      },
    ]);
  });
});

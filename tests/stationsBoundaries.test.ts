/**
 * Near misses for just-in-time stations (SPEC 5): who coaches whom when names and scores pull
 * apart, the numbers behind a whole-class start, the notes a section gets and does not get
 * (issue #19, mutation testing: docs/testing.md lists the change each kills).
 */
import { analyseGrid, jsonOf } from './helpers/engine';
import { csv } from './helpers/examples';
import { fourSteps, threeSteps } from './helpers/ladders';

describe('SPEC 5 peer coaching: weakest learner with strongest coach first', () => {
  test('SPEC 5: the coach with the higher mean (steps with data) coaches first, whatever the names', () => {
    // Ready, neither with data on step 4: Abe 10, 9, 9 (mean 93.3%), Zoe 10, 10 (mean 100%).
    // Zoe is stronger: she coaches Mia (at step 4). By name, by roster, by a sum, or by a mean
    // counting the missing step, it would be Abe.
    const json = jsonOf(
      fourSteps(`
Abe,P1,10,9,9,
Zoe,P1,10,10,,
Mia,P1,10,10,10,0
`),
    );
    expect(json.stations[0]).toMatchObject({
      peerCoaching: [{ learner: 'Mia', coach: 'Zoe' }],
      ready: ['Zoe', 'Abe'],
    });
  });

  test('SPEC 5: learners equal on the last step: the lower mean is the weaker, paired first', () => {
    // Learners at step 4, both 0 on it: Amy 10, 10, 10 (mean 75%), Zed 8, 8, 8 (mean 60%): Zed is
    // weaker and gets Bea (all 10s, mean 100%) before Amy gets Yul (10, 10, 10, 8: 95%).
    const json = jsonOf(
      fourSteps(`
Amy,P1,10,10,10,0
Bea,P1,10,10,10,10
Yul,P1,10,10,10,8
Zed,P1,8,8,8,0
`),
    );
    expect(json.stations[0].peerCoaching).toEqual([
      { learner: 'Zed', coach: 'Bea' },
      { learner: 'Amy', coach: 'Yul' },
    ]);
  });
});

describe('SPEC 5 whole-class start: the numbers the plan says', () => {
  test('SPEC 5: 1 of 4 missed step 1 (25%), over the 20% limit: the start carries those numbers', () => {
    const a = analyseGrid(
      threeSteps(`
A,P1,0,1,1
B,P1,1,1,1
C,P1,1,1,1
D,P1,1,1,1
`),
    );
    expect(a.stations[0].wholeClass).toEqual({ step: 1, missed: 1, withData: 4, upper: 0.2 });
  });

  test('SPEC 5: 1 of 5 (exactly 20%) is not over: no whole-class start, no numbers', () => {
    const a = analyseGrid(
      threeSteps(`
A,P1,0,1,1
B,P1,1,1,1
C,P1,1,1,1
D,P1,1,1,1
E,P1,1,1,1
`),
    );
    expect(a.stations[0]).toMatchObject({ wholeClassStep: null, wholeClass: null });
  });

  test('SPEC 5: text step labels are named as written, in the start and the teacher table', () => {
    // Steps "facts" then "fractions" (in order of appearance). 2 of 3 miss "facts": whole class.
    const json = jsonOf(
      csv(`
Student,Q1,Q2
Points possible,1,1
Step,facts,fractions
A,0,1
B,0,0
C,1,1
`),
    );
    expect(json.stations[0]).toMatchObject({
      wholeClassStep: 'facts',
      teacherTable: [{ step: 'facts', students: ['A', 'B'] }],
    });
  });
});

describe('SPEC 5: the notes a section gets, and only those', () => {
  test('SPEC 5: every student with data, a coach for the learner: no note at all', () => {
    // Cy is at step 1 (teacher table), Ann at step 3 (coached by Bo), Bo ready.
    const json = jsonOf(
      threeSteps(`
Ann,P1,1,1,0
Bo,P1,1,1,1
Cy,P1,0,0,0
Di,P1,1,1,1
Ed,P1,1,1,1
Flo,P1,1,1,1
`),
    );
    expect(json.warnings).toEqual([]);
  });

  test('SPEC 5: no learner at the last step and no coach: no "no coach" note', () => {
    // Both at steps 1 and 2: nobody to pair, so nothing to say about coaches.
    const json = jsonOf(
      threeSteps(`
A,P1,0,0,0
B,P1,1,0,0
`),
    );
    expect(json.warnings.filter((w) => w.includes('ready to coach'))).toEqual([]);
  });

  test('SPEC 5: learners with no coach in the section: the note says how many join the teacher table', () => {
    // A and B miss only step 3 (the last); nobody is ready to coach them.
    const json = jsonOf(
      threeSteps(`
A,P1,1,1,0
B,P1,1,1,0
C,P1,0,0,0
`),
    );
    expect(json.warnings).toEqual([
      'P1: no student is ready to coach, so 2 learners at step 3 join the teacher table.',
    ]);
  });

  test('SPEC 5: the students without data are named in one note, comma-separated', () => {
    const json = jsonOf(
      threeSteps(`
Amy,P1,1,1,1
Bo,P1,,,
Cy,P1,,,
`),
    );
    expect(json.warnings).toEqual(['P1: no data on the check for Bo, Cy.']);
  });
});

describe('SPEC 5 without steps: groups by skill', () => {
  test('SPEC 5: a skill nobody struggles in, or nobody has data on, gets no group', () => {
    // A: 1 of 11 struggling (student tier, a group); B: all 1s (none); C: all blank (no data).
    const rows = Array.from({ length: 11 }, (_, i) => `S${i},${i < 1 ? 0 : 1},1,`).join('\n');
    const a = analyseGrid(csv(`Student,Q1,Q2,Q3\nSkill,A,B,C\n${rows}\n`));
    expect(a.skillGroups).toEqual([{ section: '(all)', skill: 'A', tier: 'student', students: ['S0'] }]);
  });
});

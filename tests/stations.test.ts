import { pairLearners } from '../src/core/stations';
import { analyseGrid, jsonOf } from './helpers/engine';
import { csv } from './helpers/examples';
import { threeSteps as ladder } from './helpers/ladders';

describe('just-in-time stations (SPEC section 5)', () => {
  test('entry step is the first step not mastered; steps without data are skipped', () => {
    const json = jsonOf(
      ladder(`
A,P1,1,1,1
B,P1,0,1,1
C,P1,1,,0
D,P1,,,
E,P1,1,1,
`),
    );
    expect(json.students.map((s) => s.entryStep)).toEqual(['ready', 1, 3, 'no-data', 'ready']);
  });

  test('teacher table by step, peer coaching for the last step, ready: coaches first', () => {
    const json = jsonOf(
      ladder(`
Ann,P1,1,1,0
Bo,P1,1,1,1
Cy,P1,0,0,0
Di,P1,1,0,0
Ed,P1,1,1,1
Flo,P1,1,1,1
Gus,P1,1,1,1
Hal,P1,1,1,1
Ivy,P1,1,1,1
Jo,P1,1,1,1
`),
    );
    expect(json.stations).toEqual([
      {
        section: 'P1',
        wholeClassStep: null,
        teacherTable: [
          { step: 1, students: ['Cy'] },
          { step: 2, students: ['Di'] },
        ],
        peerCoaching: [{ learner: 'Ann', coach: 'Bo' }],
        ready: ['Bo', 'Ed', 'Flo', 'Gus', 'Hal', 'Ivy', 'Jo'],
      },
    ]);
  });

  test('whole-class start when step 1 is classroom tier in a section', () => {
    const json = jsonOf(
      ladder(`
A,P1,0,1,1
B,P1,1,1,1
C,P1,1,1,1
D,P1,1,1,1
E,P2,0,1,1
F,P2,1,1,1
G,P2,1,1,1
H,P2,1,1,1
I,P2,1,1,1
`),
    );
    // P1: 1 of 4 = 25% > 20%; P2: 1 of 5 = exactly 20%, not over.
    expect(json.stations.map((s) => [s.section, s.wholeClassStep])).toEqual([
      ['P1', 1],
      ['P2', null],
    ]);
  });

  test('no coach in the section: learners join the teacher table at the last step, with a note', () => {
    const json = jsonOf(
      ladder(`
A,P1,1,1,0
B,P1,1,0,0
C,P2,1,1,1
`),
    );
    expect(json.stations[0]).toMatchObject({
      section: 'P1',
      peerCoaching: [],
      teacherTable: [
        { step: 2, students: ['B'] },
        { step: 3, students: ['A'] },
      ],
    });
    // One learner (A, at step 3): the count in words, not "1 learner(s)".
    expect(json.warnings).toContain(
      'P1: no student is ready to coach, so 1 learner at step 3 joins the teacher table.',
    );
    // Coaches never cross sections.
    expect(json.stations[1]).toMatchObject({ section: 'P2', ready: ['C'], peerCoaching: [] });
  });

  test('pairing is balanced (at most ⌈learners ÷ coaches⌉ each), weakest with strongest first', () => {
    const learners = ['L1', 'L2', 'L3', 'L4', 'L5'].map((name, s) => ({ s, name, key: [0.1 * s, 0] }));
    const coaches = ['Cw', 'Cs'].map((name, i) => ({ s: 10 + i, name, key: [0, i === 1 ? -1 : -0.5] }));
    const pairs = pairLearners(learners, coaches);
    expect(pairs[0]).toEqual({ learner: 'L1', coach: 'Cs' });
    const load = new Map<string, number>();
    for (const p of pairs) load.set(p.coach, (load.get(p.coach) ?? 0) + 1);
    let most = 0;
    for (const n of load.values()) most = Math.max(most, n);
    expect(most).toBeLessThanOrEqual(Math.ceil(5 / 2));
    expect(pairLearners([...learners].reverse(), [...coaches].reverse())).toEqual(pairs);
  });

  test('without steps: one group per skill that needs help', () => {
    const analysis = analyseGrid(
      csv(`
Student,Q1,Q2
Skill,A,B
${Array.from({ length: 10 }, (_, i) => `S${i},${i < 1 ? 0 : 1},${i < 5 ? 0 : 1}`).join('\n')}
`),
    );
    expect(analysis.stations).toEqual([]);
    // A: 1 of 10 is borderline; B: 5 of 10 is classroom (whole-class reteach).
    expect(analysis.skillGroups).toEqual([
      { section: '(all)', skill: 'A', tier: 'borderline', students: ['S0'] },
      { section: '(all)', skill: 'B', tier: 'classroom', students: ['S0', 'S1', 'S2', 'S3', 'S4'] },
    ]);
  });
});

describe('peer coaching order (SPEC 5): weakest learner with strongest coach first', () => {
  // Points 2 per question, steps 1, 2, 3; 80% of 2 is 1.6.
  const twoPoints = (rows: string) =>
    csv(`
Student,Period,Q1,Q2,Q3
Points possible,,2,2,2
Step,,1,2,3
${rows.trim()}
`);

  test('the learner with the lower last-step score gets the coach with the higher mean', () => {
    // Learners at step 3: Amy 0.4/2 (20%, mean of steps 60%), Zed 0/2 (0%, mean 66.7%): on the last step
    // Zed is weaker (by the mean it would be Amy). Coaches: Bea 2, 2, 2 (mean 100%), Yul 2, 2, 1.6
    // (mean 93.3%): Bea is stronger. By name it would be Amy–Bea; by the rule Zed–Bea.
    const json = jsonOf(
      twoPoints(`
Amy,P1,1.6,1.6,0.4
Bea,P1,2,2,2
Yul,P1,2,2,1.6
Zed,P1,2,2,0
`),
    );
    expect(json.stations[0].peerCoaching).toEqual([
      { learner: 'Zed', coach: 'Bea' },
      { learner: 'Amy', coach: 'Yul' },
    ]);
  });

  test('a ready coach without data on the last step coaches after one who mastered it', () => {
    // Ann and Zoe are both ready with a mean of 100%, but Ann has no score on step 3: Zoe coaches Mia.
    const json = jsonOf(
      twoPoints(`
Ann,P1,2,2,
Mia,P1,2,2,0
Zoe,P1,2,2,2
`),
    );
    expect(json.stations[0]).toMatchObject({
      peerCoaching: [{ learner: 'Mia', coach: 'Zoe' }],
      ready: ['Zoe', 'Ann'],
    });
  });
});

describe('stations: ties, warnings and skill groups', () => {
  test('coaches equal on every key are taken by name, not by roster order', () => {
    // Zed and Amy are both ready with full marks; Amy comes first by name and coaches Lou.
    const json = jsonOf(
      ladder(`
Zed,P1,1,1,1
Amy,P1,1,1,1
Lou,P1,1,1,0
`),
    );
    expect(json.stations[0].peerCoaching).toEqual([{ learner: 'Lou', coach: 'Amy' }]);
  });

  test('a student with no data on the check is named in a warning for the section', () => {
    const json = jsonOf(
      ladder(`
Amy,P1,1,1,1
Bo,P1,,,
`),
    );
    expect(json.warnings).toContain('P1: no data on the check for Bo.');
  });

  test('with a coach in the section there is no "no coach" warning', () => {
    const json = jsonOf(
      ladder(`
Amy,P1,1,1,1
Lou,P1,1,1,0
`),
    );
    expect(json.warnings.filter((w) => w.includes('ready to coach'))).toEqual([]);
  });

  test('without steps, a student-tier skill gets its own small group', () => {
    // 1 of 11 (9%) misses Q1: student tier, a group of one.
    const analysis = analyseGrid(
      csv(`
Student,Q1
Skill,A
${Array.from({ length: 11 }, (_, i) => `S${i},${i < 1 ? 0 : 1}`).join('\n')}
`),
    );
    expect(analysis.skillGroups).toEqual([
      { section: '(all)', skill: 'A', tier: 'student', students: ['S0'] },
    ]);
  });
});

describe('SPEC 5: stations, the skipped steps and the ready list', () => {
  test('SPEC 5: a step without data after the entry step is not listed as skipped', () => {
    // Kai masters step 1 (1/1) and misses step 2 (0/1): entry step 2. Step 3 has no score, but it
    // comes after the entry step, so nothing was skipped to place him.
    const analysis = analyseGrid(
      ladder(`
Kai,P1,1,0,
Amy,P1,1,1,1
`),
    );
    expect(analysis.stations[0].noDataSteps).toEqual([]);
  });

  test('SPEC 5: coaches equal on every key are listed as ready by name, not by roster order', () => {
    // Zed and Amy are ready with 1, 1, 1 (mean 100%): equal keys, so by name Amy then Zed. Lou and
    // Mo (1, 1, 0) both learn at step 3, so both coaches are taken and the ready list is the two.
    const json = jsonOf(
      ladder(`
Zed,P1,1,1,1
Amy,P1,1,1,1
Lou,P1,1,1,0
Mo,P1,1,1,0
`),
    );
    expect(json.stations[0].ready).toEqual(['Amy', 'Zed']);
  });
});

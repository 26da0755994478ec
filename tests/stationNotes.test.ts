import { renderGroups } from '../src/core/render';
import { stationLines, stepSkills } from '../src/core/tierWords';
import { analyseGrid, jsonOf } from './helpers/engine';
import { csv, exampleGrid } from './helpers/examples';

const texts = (grid: ReturnType<typeof csv>, section: number) => {
  const analysis = analyseGrid(grid);
  const steps = stepSkills(analysis.steps, analysis.items);
  return stationLines(analysis.stations[section], steps, () => '').map((l) => l.text);
};

describe('SPEC 5: a later step over the limit is named beside the stations', () => {
  // weekly-quiz.csv, Period 2 (14 students, mastery cut 80%): step 2 is Q2 + Q3 (Two-step
  // equations), under 80% for Ana (1/2), Femi (1/2), Hana (1/2), Ivan (0/2): 4 of 14 = 28.6%,
  // over 20%. Step 4 is Q5 (Variables on both sides), 0 for Ana, Ben, Carla, Elif, Gus, Hana,
  // Ivan, Jada, Lena, Nia: 10 of 14 = 71.4%. Step 1 (Gus: 1 of 14 = 7%) starts nobody's whole class;
  // step 3 (Carla, Nia: 2 of 14 = 14%) is borderline, not named.
  const reteach2 =
    'Step 2 · Two-step equations: 4 of 14 (29%) missed it, over the 20% limit: ' +
    "after today's stations, plan a whole-class reteach of it.";
  const reteach4 =
    'Step 4 · Variables on both sides: 10 of 14 (71%) missed it, over the 20% limit: ' +
    "after today's stations, plan a whole-class reteach of it.";

  test('the station lines (report and sidebar) say it before the teacher tables', () => {
    const lines = texts(exampleGrid('weekly-quiz.csv'), 0);
    expect(lines.slice(0, 3)).toEqual([
      reteach2,
      reteach4,
      'Teacher table, step 1 · One-step equations: Gus Garcia',
    ]);
  });

  test('the Groups tab has a whole-class row for it after the stations', () => {
    const rows = renderGroups(analyseGrid(exampleGrid('weekly-quiz.csv'))).values.filter(
      (r) => r[0] === 'Period 2' && r[3] === 'Everyone (whole class)',
    );
    const after = 'Whole class, after the stations';
    expect(rows).toEqual([
      ['Period 2', after, 'step 2 · Two-step equations', 'Everyone (whole class)', reteach2],
      ['Period 2', after, 'step 4 · Variables on both sides', 'Everyone (whole class)', reteach4],
    ]);
  });

  test('the JSON keeps the SPEC 11 station fields only', () => {
    const json = jsonOf(exampleGrid('weekly-quiz.csv'));
    expect(Object.keys(json.stations[0]).sort()).toEqual(
      ['peerCoaching', 'ready', 'section', 'teacherTable', 'wholeClassStep'].sort(),
    );
  });
});

describe('SPEC 5: a student placed past a step without data is told so', () => {
  // Steps 1, 2, 3 (one item each, 1 point). D has no step 1 and misses step 2: entry step 2,
  // skipped 1. A masters step 1, has no step 2 and misses step 3: entry step 3 (a peer-coaching
  // learner), skipped 2. C has no step 1 and masters 2 and 3: ready, skipped 1. B, E…J master all.
  // Coaches all have a mean of 100% and step 3 mastered: by name, B coaches A.
  // No later step is over 20%: step 2 1 of 9 (D), step 3 1 of 10 (A).
  const grid = csv(`
Student,Period,Q1,Q2,Q3
Points possible,,1,1,1
Step,,1,2,3
A,P1,1,,0
B,P1,1,1,1
C,P1,,1,1
D,P1,,0,1
E,P1,1,1,1
F,P1,1,1,1
G,P1,1,1,1
H,P1,1,1,1
I,P1,1,1,1
J,P1,1,1,1
`);

  test('the station lines name the skipped steps after each such student', () => {
    expect(texts(grid, 0)).toEqual([
      'Teacher table, step 2 · Q2: D (no data on step 1)',
      'Peer coaching, step 3 · Q3: A (no data on step 2) with B',
      'Ready: B, C (no data on step 1), E, F, G, H, I, J',
    ]);
  });

  test("the Groups tab puts it in the student's note column", () => {
    const notes = renderGroups(analyseGrid(grid))
      .values.filter((r) => ['A', 'C', 'D', 'E'].includes(String(r[3])))
      .map((r) => [r[3], r[4]]);
    expect(notes).toEqual([
      ['D', 'No data on step 1'],
      ['A', 'B; no data on step 2'],
      ['C', 'Extension work; no data on step 1'],
      ['E', 'Extension work'],
    ]);
  });

  test('two skipped steps are listed together', () => {
    // Steps 1 and 2 blank, step 3 missed: entry step 3 with both earlier steps skipped. (Step 3,
    // 1 of 2 missed, also gets its whole-class line first.)
    const two = csv(`
Student,Period,Q1,Q2,Q3
Points possible,,1,1,1
Step,,1,2,3
A,P1,,,0
B,P1,1,1,1
`);
    expect(texts(two, 0)[1]).toBe('Peer coaching, step 3 · Q3: A (no data on steps 1, 2) with B');
  });
});

/** The shared example gradebooks through the CLI's JSON (SPEC section 11). */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { examplePath } from './helpers/examples';

const CLI = path.join(__dirname, '..', 'dist', 'node', 'cli.js');

function check(file: string, ...flags: string[]) {
  return JSON.parse(
    execFileSync(process.execPath, [CLI, 'check', examplePath(file), '--json', ...flags], {
      encoding: 'utf8',
    }),
  );
}

describe('jit-pre-assessment.csv: the 3-question ladder check, two periods', () => {
  const json = check('jit-pre-assessment.csv');

  test('the JSON has exactly the contract fields', () => {
    expect(Object.keys(json)).toEqual([
      'items',
      'students',
      'classCheck',
      'stations',
      'warnings',
      'itemAnalysis',
      'reliability',
      'misconceptions',
    ]);
    expect(Object.keys(json.items[0])).toEqual([
      'item',
      'skills',
      'points',
      'answered',
      'mastered',
      'percentMastered',
    ]);
    expect(Object.keys(json.students[0])).toEqual(['name', 'section', 'gaps', 'entryStep']);
    expect(Object.keys(json.classCheck[0])).toEqual([
      'section',
      'skill',
      'roster',
      'withData',
      'struggling',
      'percentStruggling',
      'tier',
      'flags',
    ]);
    expect(Object.keys(json.stations[0])).toEqual([
      'section',
      'wholeClassStep',
      'teacherTable',
      'peerCoaching',
      'ready',
    ]);
  });

  test('items', () => {
    expect(
      json.items.map((i: { item: string; answered: number; mastered: number }) => [
        i.item,
        i.answered,
        i.mastered,
      ]),
    ).toEqual([
      ['Q1: x + 5 = 14', 28, 24],
      ['Q2: 2x - 10 = -18', 28, 20],
      ['Q3: 5(x - 7) = 21', 27, 13],
    ]);
  });

  test('class check for all and per period', () => {
    const rows = json.classCheck.map((r: Record<string, unknown>) => [
      r.section,
      r.skill,
      r.roster,
      r.withData,
      r.struggling,
      r.tier,
    ]);
    expect(rows).toEqual([
      ['(all)', 'One-step equations', 28, 28, 4, 'borderline'],
      ['(all)', 'Two-step equations', 28, 28, 8, 'classroom'],
      ['(all)', 'Distributive property', 28, 27, 14, 'classroom'],
      ['Period 2', 'One-step equations', 14, 14, 3, 'classroom'],
      ['Period 2', 'Two-step equations', 14, 14, 4, 'classroom'],
      ['Period 2', 'Distributive property', 14, 13, 6, 'classroom'],
      ['Period 5', 'One-step equations', 14, 14, 1, 'student'],
      ['Period 5', 'Two-step equations', 14, 14, 4, 'classroom'],
      ['Period 5', 'Distributive property', 14, 14, 8, 'classroom'],
    ]);
    expect(json.classCheck[0].percentStruggling).toBeCloseTo(4 / 28, 12);
  });

  test('entry steps', () => {
    const entry = Object.fromEntries(
      json.students.map((s: { name: string; entryStep: unknown }) => [s.name, s.entryStep]),
    );
    expect(entry).toMatchObject({
      'Ana Alvarez': 3,
      'Carla Chen': 1,
      'Ivan Ito': 2,
      'Ben Brooks': 'ready',
      'Femi Fofana': 'ready',
      'Uma Usman': 1,
    });
  });

  test('stations: Period 2 starts the whole class at step 1; Period 5 pairs three learners', () => {
    expect(json.stations).toEqual([
      {
        section: 'Period 2',
        wholeClassStep: 1,
        teacherTable: [
          { step: 1, students: ['Carla Chen', 'Gus Garcia', 'Nia Nguyen'] },
          { step: 2, students: ['Ivan Ito'] },
        ],
        peerCoaching: [
          { learner: 'Ana Alvarez', coach: 'Ben Brooks' },
          { learner: 'Marco Martin', coach: 'Dev Diaz' },
        ],
        // Coaches first, then the rest of the ready students in roster order.
        ready: [
          'Ben Brooks',
          'Dev Diaz',
          'Elif Evans',
          'Femi Fofana',
          'Hana Huang',
          'Jada Johnson',
          'Kai Kim',
          'Lena Lopez',
        ],
      },
      {
        section: 'Period 5',
        wholeClassStep: null,
        teacherTable: [
          { step: 1, students: ['Uma Usman'] },
          { step: 2, students: ['Pia Patel', 'Rosa Reyes', 'Vic Vega', 'Bea Baker'] },
        ],
        peerCoaching: [
          { learner: 'Tariq Tran', coach: 'Aiden Abbott' },
          { learner: 'Wes Wong', coach: 'Omar Okafor' },
          { learner: 'Yara Young', coach: 'Quinn Quiroga' },
        ],
        ready: ['Aiden Abbott', 'Omar Okafor', 'Quinn Quiroga', 'Sam Singh', 'Xin Xu', 'Zoe Zhang'],
      },
    ]);
  });
});

describe('the other examples', () => {
  test('messy-gradebook.csv: processed to the end, every invalid cell reported with its address', () => {
    const json = check('messy-gradebook.csv');
    expect(json.students.map((s: { name: string }) => s.name)).toEqual([
      'Ana Alvarez',
      '=HYPERLINK("http://example.org","click")',
      '<img src=x onerror=alert(1)>',
      'Ben Brooks',
      'Ben Brooks',
      'Carla Chen',
      'Dev Diaz',
    ]);
    expect(json.warnings).toEqual(
      expect.arrayContaining([
        'Invalid score "#N/A" at C6 (Fractions quiz): counted as no data.',
        'Invalid score "B+" at E6 (Ratios quiz): counted as no data.',
        'Invalid score "-1" at F7 (Exit ticket): counted as no data.',
        '"Ben Brooks" appears more than once (rows 7, 8): each row is kept as its own student; ' +
          'if it is the same student, merge the rows or delete one.',
      ]),
    );
    const items = Object.fromEntries(
      json.items.map((i: { item: string; skills: string[]; points: number; answered: number }) => [
        i.item,
        [i.skills, i.points, i.answered],
      ]),
    );
    expect(items).toEqual({
      'Fractions quiz': [['Fractions'], 10, 5],
      'Decimals quiz': [['Decimals', 'Fractions'], 10, 6],
      'Ratios quiz': [['Ratios'], 1, 5],
      'Exit ticket': [['Ratios'], 4, 5],
    });
    // Ana: 8/10 fractions, 9/10 decimals, 80% + 4/4 ratios: no gaps.
    expect(json.students[0].gaps).toEqual([]);
  });

  test('classroom-export.csv: names read Last, First; points from row 3', () => {
    const json = check('classroom-export.csv');
    expect(json.students).toHaveLength(24);
    expect(json.students[0]).toEqual({
      name: 'Alvarez, Ana',
      section: null,
      gaps: expect.any(Array),
      entryStep: null,
    });
    expect(json.items.map((i: { points: number }) => i.points)).toEqual([10, 20, 20, 15, 20, 15, 20, 50]);
  });

  test('classroom-export.csv: each assignment is its own skill; a gap is under 80% of its points', () => {
    // 80% of points 10, 20, 20, 15, 20, 15, 20, 50 is 8, 16, 16, 12, 16, 12, 16, 40: a score below
    // that is a gap, exactly that is not (Quinn's 16/20), a blank is no data (Ana's Quiz 3A).
    const [pre, l1, l2, qa, l3, qb, l4, test] = [
      'Unit 3 Pretest',
      'Lesson 3.1 Practice',
      'Lesson 3.2 Practice',
      'Quiz 3A',
      'Lesson 3.3 Practice',
      'Quiz 3B',
      'Lesson 3.4 Practice',
      'Unit 3 Test',
    ];
    const gaps = Object.fromEntries(
      check('classroom-export.csv').students.map((s: { name: string; gaps: string[] }) => [s.name, s.gaps]),
    );
    expect(gaps).toEqual({
      'Alvarez, Ana': [pre, l1, l2, l3, qb, l4, test], // 6/10, 12/20, 11/20, —, 12/20, 9/15, 12/20, 32/50
      'Brooks, Ben': [l2, qa, l3, qb, test], // 8/20, 11/15, 14/20, 11/15, 31/50
      'Chen, Carla': [pre, l1, qa, l4], // 7/10, 15/20, 9/15, 14/20
      'Diaz, Dev': [l1, test], // 15/20, 33/50; Quiz 3A and 3.3 blank
      'Evans, Elif': [], // lowest 12/15 = 80%
      'Fofana, Femi': [qa], // 8/15
      'Garcia, Gus': [l1, l2, qa, l3, qb, l4, test], // only the pretest at 8/10
      'Huang, Hana': [pre, l1, l2, qa, l3, qb, l4], // the test blank
      'Ito, Ivan': [pre, l3], // 7/10, 13/20; 3.1 blank
      'Johnson, Jada': [pre, l1, l2, qa, l3, qb, test], // 3.4 at 17/20
      'Kim, Kai': [pre], // 7/10, full marks elsewhere but 3.1 (16/20)
      'Lopez, Lena': [pre, l1, l2, qa, l3, qb, l4], // the test blank
      'Martin, Marco': [l2, l3, l4], // 13, 13, 15 of 20; pretest 9/10, Quiz 3B 12/15
      'Nguyen, Nia': [], // Quiz 3B blank
      'Okafor, Omar': [l2, qa], // 15/20, 11/15
      'Patel, Pia': [pre, l1, l2, qa, l3, l4, test], // Quiz 3B blank
      'Quiroga, Quinn': [], // 16/20 twice: exactly 80%
      'Reyes, Rosa': [pre, l1, l2, qa, l3, qb, l4, test],
      'Singh, Sam': [], // Quiz 3A blank
      'Tran, Tariq': [l2, l3, qb, l4], // 15, 12, 8/15, 11; pretest and 3.1 blank
      'Usman, Uma': [qa, l3, l4, test], // 9/15, 12, 12, 36/50
      'Vega, Vic': [qa, l3, l4, test], // 10/15, 15, 14, 34/50
      'Wong, Wes': [qb, l4], // 7/15, 13/20
      'Xu, Xin': [l2, l4, test], // 15, 15 of 20, 31/50
    });
  });

  test('forms-quiz-responses.csv: graded against the teacher response', () => {
    const json = check('forms-quiz-responses.csv', '--answer-key', 'ms.rivera@school.example.org');
    expect(json.students).toHaveLength(20);
    expect(json.items.map((i: { answered: number; mastered: number }) => [i.answered, i.mastered])).toEqual([
      [20, 15],
      [20, 15],
      [19, 16],
      [20, 18],
    ]);
    expect(check('forms-quiz-responses.csv', '--answer-key', '2')).toEqual(json);
  });
});

/**
 * The four class fixtures of tests/fixtures/department and their department check, worked by hand
 * (cut 80%, items of 1 point, so a 0 is struggling and a blank is no data; band 10%–20%).
 */
import path from 'node:path';

export const FIXTURES = ['alg1-hill', 'alg1-ortiz', 'alg1-nguyen', 'alg1-baker'];
export const fixturePath = (name: string) =>
  path.join(__dirname, '..', 'fixtures', 'department', `${name}.csv`);

// Classes: hill (10), ortiz's two periods P2 (6) and P4 (6), nguyen (10), baker (10).
// One-step equations: hill 3/10 = 30% classroom; P2 2/6 = 33% classroom; P4 0/6 none; nguyen
//   ("one-step Equations") 4/10 classroom; baker 1 of 5 with data = 20% (not over) borderline, and
//   5/10 = 50% with data < 70%: low data. 3 classroom of 5 with data > 2.5: system.
// Two-step equations: hill 0/10 none; P2 all blank: no data (low data); P4 3 of 6 with data = 50%:
//   none, low data; nguyen ("Two-step  equations") none; baker 5 of 10 with data: none, low data.
//   Classroom 0 of 4 with data; low data 3 of 5 > 2.5: system-data.
// Slope (not in nguyen): hill 1/10 = 10% (not under) borderline; P2 none; P4 2/6 classroom; baker
//   2/10 = 20% borderline. 1 classroom of 4, no low data: classes.
// Exponents (nguyen only): 5/10 classroom, but one class: classes, and listed as in one class only.
export const EXPECTED_SKILLS = [
  {
    skill: 'One-step equations',
    classes: 5,
    classroom: 3,
    borderline: 1,
    student: 0,
    none: 1,
    lowData: 1,
    noData: 0,
    verdict: 'system',
  },
  {
    skill: 'Two-step equations',
    classes: 5,
    classroom: 0,
    borderline: 0,
    student: 0,
    none: 4,
    lowData: 3,
    noData: 1,
    verdict: 'system-data',
  },
  {
    skill: 'Slope',
    classes: 4,
    classroom: 1,
    borderline: 2,
    student: 0,
    none: 1,
    lowData: 0,
    noData: 0,
    verdict: 'classes',
  },
  {
    skill: 'Exponents',
    classes: 1,
    classroom: 1,
    borderline: 0,
    student: 0,
    none: 0,
    lowData: 0,
    noData: 0,
    verdict: 'classes',
  },
];

export const EXPECTED_CLASSES = [
  ['alg1-hill', null, 10],
  ['alg1-ortiz · P2', 'P2', 6],
  ['alg1-ortiz · P4', 'P4', 6],
  ['alg1-nguyen', null, 10],
  ['alg1-baker', null, 10],
];

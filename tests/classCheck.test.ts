import { checkRow, sectionOf, tierOf } from '../src/core/classCheck';
import { analyseGrid, oneSkillGrid } from './helpers/engine';
import { csv } from './helpers/examples';

const band = { lower: 0.1, upper: 0.2 };

/** n students, the first `struggling` of them at 0, the rest at 1, `blank` more with no data. */
function check(n: number, struggling: number, blank = 0) {
  const rows = [...Array(n).keys()].map((i) => [i < struggling ? 0 : 1]);
  for (let i = 0; i < blank; i++) rows.push(['' as unknown as number]);
  return analyseGrid(oneSkillGrid(rows)).classCheck[0];
}

describe('class-percentage check tiers (SPEC section 4)', () => {
  test('no student with data is no-data, whatever the roster', () => {
    expect(tierOf(0, 0, band)).toBe('no-data');
    expect(check(0, 0, 5)).toMatchObject({
      roster: 5,
      withData: 0,
      struggling: 0,
      percentStruggling: null,
      tier: 'no-data',
      flags: ['low-data'],
    });
  });
  test('nobody struggling is none', () => expect(check(30, 0).tier).toBe('none'));
  test('exactly 20% (1 of 5) is not over 20%: borderline', () => {
    expect(check(5, 1)).toMatchObject({
      struggling: 1,
      withData: 5,
      percentStruggling: 0.2,
      tier: 'borderline',
    });
  });
  test('exactly 10% (1 of 10) is not under 10%: borderline', () =>
    expect(check(10, 1).tier).toBe('borderline'));
  test('1 of 11 (9.1%) is student level', () => expect(check(11, 1).tier).toBe('student'));
  test('2 of 9 (22.2%) is classroom level', () => expect(check(9, 2).tier).toBe('classroom'));
  test('3 of 15 (exactly 20%) and 6 of 30 stay borderline', () => {
    expect(check(15, 3).tier).toBe('borderline');
    expect(check(30, 6).tier).toBe('borderline');
    expect(check(30, 7).tier).toBe('classroom');
  });
  test('the band can be changed', () => {
    expect(tierOf(1, 4, { lower: 0.3, upper: 0.5 })).toBe('student');
    expect(tierOf(2, 4, { lower: 0.3, upper: 0.5 })).toBe('borderline');
  });
  test('low-data below 70% coverage, not at exactly 70%', () => {
    expect(checkRow('(all)', 's', 10, 7, 0, band).flags).toEqual([]);
    expect(checkRow('(all)', 's', 10, 6, 0, band).flags).toEqual(['low-data']);
    expect(check(7, 1, 3).flags).toEqual([]);
    expect(check(6, 1, 4).flags).toEqual(['low-data']);
  });
  test('percentStruggling divides by students with data, not the roster', () => {
    expect(check(8, 2, 2)).toMatchObject({ roster: 10, withData: 8, struggling: 2, percentStruggling: 0.25 });
  });
});

describe('sections (SPEC 2 and 4)', () => {
  test('a student without a section, when others have one, is checked under (no section)', () => {
    // P1: Ana 0 (1 of 1 struggling); no section: Ben 1 (0 of 1). All: 1 of 2.
    const a = analyseGrid(
      csv(`
Student,Period,Q1
Points possible,,1
Ana,P1,0
Ben,,1
`),
    );
    expect(a.classCheck.map((r) => [r.section, r.roster, r.struggling])).toEqual([
      ['(all)', 2, 1],
      ['P1', 1, 1],
      ['(no section)', 1, 0],
    ]);
  });

  test('one section only: just the (all) row, no copy per section', () => {
    const a = analyseGrid(
      csv(`
Student,Period,Q1
Points possible,,1
Ana,P1,0
Ben,P1,1
`),
    );
    expect(a.classCheck.map((r) => r.section)).toEqual(['(all)']);
  });
});

describe('SPEC 4: sections of the class check', () => {
  const student = (name: string, section: string | null) => ({ row: 0, name, email: null, section });

  test('SPEC 4: without any section, the whole roster is one section, (all)', () => {
    expect(sectionOf([student('Ann', null), student('Bo', null)])).toEqual(['(all)', '(all)']);
  });

  test('SPEC 4: with some sections, a student without one is in (no section)', () => {
    expect(sectionOf([student('Ann', 'P1'), student('Bo', null)])).toEqual(['P1', '(no section)']);
  });
});

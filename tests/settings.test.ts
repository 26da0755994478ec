/** Settings a teacher can change (SPEC 2, 4 and 8) and the words a tier is told in. */
import { makeSettings } from '../src/core/settings';
import { percent, TIER_ADVICE, TIER_WORD } from '../src/core/tierWords';

describe('settings (SPEC 2 and 8)', () => {
  test('defaults: mastery cut 80%, band 10% to 20%', () => {
    expect(makeSettings()).toEqual({ masteryCut: 0.8, band: { lower: 0.1, upper: 0.2 } });
  });

  test('each may be written 0.7 or 70%; blank keeps the default', () => {
    expect(makeSettings({ masteryCut: '70%', lower: 0.05, upper: '' })).toEqual({
      masteryCut: 0.7,
      band: { lower: 0.05, upper: 0.2 },
    });
  });

  test('0% and 100% are allowed limits; a cut of 100% is allowed', () => {
    expect(makeSettings({ masteryCut: 1, lower: 0, upper: '100%' })).toEqual({
      masteryCut: 1,
      band: { lower: 0, upper: 1 },
    });
  });

  test('a value outside 0–1 or not a number is refused in words', () => {
    expect(() => makeSettings({ masteryCut: 1.5 })).toThrow(
      'Mastery cut must be a fraction from 0 to 1 or a percent (0.8 or 80%); got "1.5".',
    );
    expect(() => makeSettings({ lower: -0.1 })).toThrow('Lower limit must be a fraction from 0 to 1');
    expect(() => makeSettings({ upper: 'high' })).toThrow('Upper limit must be a fraction from 0 to 1');
  });

  test('a cut of 0% is refused: everyone would master everything', () => {
    expect(() => makeSettings({ masteryCut: '0%' })).toThrow('Mastery cut must be above 0%.');
  });

  test('a lower limit above the upper one is refused; equal limits are allowed', () => {
    expect(() => makeSettings({ lower: 0.3, upper: 0.2 })).toThrow(
      'Lower limit (30%) is above upper limit (20%).',
    );
    expect(makeSettings({ lower: 0.2, upper: 0.2 }).band).toEqual({ lower: 0.2, upper: 0.2 });
  });

  test('the limits are named in percent, as the sidebar asks: Upper limit 5 (%) under Lower limit 10', () => {
    // The sidebar sends 5 / 100 = 0.05 and 10 / 100 = 0.1; the teacher typed 5 and 10 percent.
    expect(() => makeSettings({ lower: 0.1, upper: 0.05 })).toThrow(
      'Lower limit (10%) is above upper limit (5%).',
    );
  });

  test('a saved step order is kept', () => {
    expect(makeSettings({ stepOrder: ['3', '1'] }).stepOrder).toEqual(['3', '1']);
  });
});

describe('tier words (SPEC 4 table)', () => {
  test('one word per tier, as INTERVENTION_TIER returns it', () => {
    expect(TIER_WORD).toEqual({
      'no-data': 'No data',
      none: 'None',
      classroom: 'Classroom',
      student: 'Student',
      borderline: 'Borderline',
    });
  });

  test("what the teacher is told carries the SPEC's advice", () => {
    expect(TIER_ADVICE['no-data']).toMatch(/collect data first/i);
    expect(TIER_ADVICE.none).toMatch(/no intervention needed/i);
    expect(TIER_ADVICE.classroom).toMatch(
      /reteach to the whole class; check curriculum alignment and instruction/i,
    );
    expect(TIER_ADVICE.student).toMatch(/targeted help for the listed students/i);
    expect(TIER_ADVICE.borderline).toMatch(/look at other data before choosing/i);
  });

  test('percents to one decimal, a whole number without ".0", none as a dash', () => {
    // 4/28 = 14.2857…% → 14.3%; 1/5 = 20% exactly; 0.25 with no decimals → 25%.
    expect([percent(4 / 28), percent(0.2), percent(0.25, 0), percent(null)]).toEqual([
      '14.3%',
      '20%',
      '25%',
      '–',
    ]);
  });
});

describe('SPEC 8: a blank setting keeps its default', () => {
  test('SPEC 8: a cut or limit given as null (a blank field) is the default, not an error', () => {
    expect(makeSettings({ masteryCut: null, lower: null, upper: null })).toEqual({
      masteryCut: 0.8,
      band: { lower: 0.1, upper: 0.2 },
    });
  });
});

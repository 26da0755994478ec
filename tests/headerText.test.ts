/** Item headers shown in the sidebar's narrow columns (SPEC 10: 300 px): an operator never starts a line. */
import { keepOperators } from '../src/core/headerText';

const NBSP = '\u00a0';

describe('SPEC 10: keepOperators', () => {
  test('the space before each operator becomes a no-break space; the spaces after stay', () => {
    // Spaces before "/", "-", "=": three; the ones after "/", "-", "=" stay breakable.
    expect(keepOperators('Solve 2x / - 10 = -18')).toBe(`Solve 2x${NBSP}/${NBSP}- 10${NBSP}=${NBSP}-18`);
  });

  test('plus, times and star too', () => {
    expect(keepOperators('3 + 4 × 2 * 1')).toBe(`3${NBSP}+ 4${NBSP}× 2${NBSP}* 1`);
  });

  test('apart from those spaces the text is as typed', () => {
    const header = 'Q2: 2x - 10 = -18 (show work)';
    expect(keepOperators(header).split(NBSP).join(' ')).toBe(header);
    expect(keepOperators('Unit 3 Pretest')).toBe('Unit 3 Pretest');
  });
});

/**
 * The in-memory spreadsheet's model of Sheets (docs/sheets-behaviour.md has each source). These pin
 * the model itself, so a change that makes it more lenient than Sheets fails here first.
 */
import { CELL_LIMIT, FakeServices, typed } from '../src/fake/spreadsheet';
import { displayText } from '../src/fake/display';

const YEAR = 2026;

describe('typing: what a cell holds after text is typed or written with setValues', () => {
  test.each([
    ['4/5', new Date(YEAR, 3, 5), 'M/d'],
    ['9/12', new Date(YEAR, 8, 12), 'M/d'],
    ['4/5/2025', new Date(2025, 3, 5), 'M/d/yyyy'],
    ['10/14/2026 8:01:12', new Date(2026, 9, 14, 8, 1, 12), 'M/d/yyyy H:mm:ss'],
  ])('%s becomes a date', (text, date, format) => {
    expect(typed(text, YEAR)).toEqual({ value: date, numberFormat: format });
  });

  test.each([['4/31'], ['13/5'], ['0/5'], ['4 / 5'], ['3 out of 4'], ['B+'], ['#N/A'], ['3+'], ['-']])(
    '%s stays text',
    (text) => {
      expect(typed(text, YEAR)).toEqual({ value: text, numberFormat: '' });
    },
  );

  test.each([
    ['007', 7, ''],
    ['.5', 0.5, ''],
    ['-1', -1, ''],
    ['1e3', 1000, ''],
    ['1,000', 1000, '#,##0.###'],
    ['50%', 0.5, '0%'],
    ['12.5%', 0.125, '0.00%'],
    ['TRUE', true, ''],
    ['false', false, ''],
  ])('%s becomes %p', (text, value, numberFormat) => {
    expect(typed(text, YEAR)).toEqual({ value, numberFormat });
  });

  test('= and signed arithmetic become formulas', () => {
    expect(typed('=HYPERLINK("http://x","y")').formula).toBe('=HYPERLINK("http://x","y")');
    expect(typed('+1-555').formula).toBe('+1-555');
  });

  test('a leading apostrophe keeps the rest as text, apostrophe dropped', () => {
    expect(typed("'TRUE")).toEqual({ value: 'TRUE', numberFormat: '' });
    expect(typed("''quoted").value).toBe("'quoted");
  });
});

describe('display values', () => {
  test.each([
    [new Date(YEAR, 3, 5), 'M/d', '4/5'],
    [new Date(YEAR, 9, 14, 8, 1, 12), 'M/d/yyyy H:mm:ss', '10/14/2026 8:01:12'],
    [0.85, '0%', '85%'],
    [0.125, '0.0%', '12.5%'],
    [true, '', 'TRUE'],
    [8, '', '8'],
    [8, '0.###############', '8.'], // "a decimal point in the format ... is always rendered"
    [0.5, '0.00', '0.50'],
  ])('%p under %s shows %s', (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });
});

function spreadsheet() {
  const services = new FakeServices();
  services.ss._year = YEAR;
  return services.ss;
}

describe('tabs', () => {
  test('insertSheet makes a 1,000 × 26 tab and activates it', () => {
    const ss = spreadsheet();
    ss._addSheet('Gradebook');
    const sheet = ss.insertSheet('Class Check');
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
    expect(ss.getActiveSheet().getName()).toBe('Class Check');
  });

  test('a name taken in another case is refused', () => {
    const ss = spreadsheet();
    ss._addSheet('groups');
    expect(() => ss.insertSheet('Groups')).toThrow('A sheet with the name "Groups" already exists.');
  });

  test('getSheetByName matches the exact name', () => {
    const ss = spreadsheet();
    ss._addSheet('Skill Map');
    expect(ss.getSheetByName('skill map')).toBeNull();
    expect(ss.getSheetByName('Skill Map')?.getName()).toBe('Skill Map');
  });

  test('getRange past the grid throws; growing the grid makes room', () => {
    const sheet = spreadsheet().insertSheet('Out');
    expect(() => sheet.getRange(1, 1, 1001, 1)).toThrow(
      'The coordinates of the range are outside the dimensions of the sheet.',
    );
    expect(() => sheet.getRange(1, 27, 1, 1)).toThrow('outside the dimensions');
    sheet.insertRowsAfter(1000, 5);
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange(1005, 27, 1, 1).getA1Notation()).toBe('AA1005');
  });

  test('a range needs at least one row', () => {
    const sheet = spreadsheet().insertSheet('Out');
    expect(() => sheet.getRange(1, 1, 0, 3)).toThrow('The number of rows in the range must be at least 1.');
  });

  test('the spreadsheet holds at most 10,000,000 cells', () => {
    const ss = spreadsheet();
    const sheet = ss._addSheet('Big', [Array(100).fill('x')]);
    sheet._maxRows = CELL_LIMIT / 100 - 1000; // 9,900,000 cells used
    expect(() => sheet.insertRowsAfter(sheet._maxRows, 1001)).toThrow('above the limit of 10000000 cells');
    // 100,000 cells left: three new tabs of 26,000 fit, a fourth does not.
    for (const name of ['One', 'Two', 'Three']) expect(() => ss.insertSheet(name)).not.toThrow();
    expect(() => ss.insertSheet('Four')).toThrow('above the limit');
  });
});

describe('cells', () => {
  test('setValues parses strings as typing; getValues returns Dates; getDisplayValues what shows', () => {
    const sheet = spreadsheet().insertSheet('T');
    const range = sheet.getRange(1, 1, 1, 5);
    range.setValues([['4/5', '50%', 'TRUE', "'007", 'Ana']]);
    expect(range.getValues()).toEqual([[new Date(YEAR, 3, 5), 0.5, true, '007', 'Ana']]);
    expect(range.getDisplayValues()).toEqual([['4/5', '50%', 'TRUE', '007', 'Ana']]);
  });

  test('a formula cell reads as what the formula computes', () => {
    const ss = spreadsheet();
    const sheet = ss.insertSheet('T');
    sheet.getRange(1, 1, 1, 1).setValues([['=HYPERLINK("http://x","y")']]);
    expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([['#NAME?']]); // no engine plugged in
    ss._evaluate = () => 'y';
    expect(sheet.getRange(1, 1, 1, 1).getValues()).toEqual([['y']]);
  });

  test('merging keeps only the top-left value; getMergedRanges lists merges inside the range', () => {
    const ss = spreadsheet();
    const sheet = ss._addSheet('M', [
      ['Quiz', 'x', 'y'],
      ['a', 'b', 'c'],
    ]);
    sheet._merge('A1:C1');
    const range = sheet.getDataRange();
    expect(range.getValues()).toEqual([
      ['Quiz', '', ''],
      ['a', 'b', 'c'],
    ]);
    expect(range.getMergedRanges().map((r) => r.getA1Notation())).toEqual(['A1:C1']);
    expect(sheet.getRange(2, 1, 1, 3).getMergedRanges()).toEqual([]);
  });
});

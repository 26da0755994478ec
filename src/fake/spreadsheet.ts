/**
 * An in-memory spreadsheet implementing the service shapes of src/sheets/services.ts (which are
 * proven to match @types/google-apps-script), behaving as Google Sheets does where the add-on can
 * tell the difference. Each modelled behaviour carries a one-line source; docs/sheets-behaviour.md
 * lists them all with what the add-on does about each, and where Google's documentation is silent.
 * Every method call on every object is counted, so tests can show that the number of calls per
 * action does not grow with the roster. Used by the tests, the bundle-in-a-vm runs and the preview.
 */
import { a1, parseA1 } from '../core/a1';
import type {
  ChartBuilderLike,
  ChartLike,
  ComboChartBuilderLike,
  FinderLike,
  HtmlOutputLike,
  HtmlServiceLike,
  LockLike,
  LockServiceLike,
  MenuLike,
  MetadataLike,
  RangeLike,
  RangeListLike,
  RuleBuilderLike,
  RuleLike,
  SheetLike,
  SpreadsheetAppLike,
  SpreadsheetLike,
  UiLike,
} from '../sheets/services';
import { displayText } from './display';
import { entered, type Value } from './typing';

export { entered, typed } from './typing';

/** A new tab is 1,000 rows × 26 columns (Sheets' default grid; see docs/sheets-behaviour.md). */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** "Up to 10 million cells" per spreadsheet, all tabs together (Drive Help, files you can store). */
export const CELL_LIMIT = 10_000_000;

/**
 * Spreadsheet calls that read or write the document (a round trip in Apps Script). Builders,
 * getters of names and ranges, menus, the lock and toasts are counted only in `total`.
 */
const DOCUMENT_CALL = methods([
  'getValues',
  'getDisplayValues',
  'setValues',
  'getNumberFormats',
  'setNumberFormats',
  'setNumberFormat',
  'setBackgrounds',
  'setFontWeights',
  'setWrap',
  'getMergedRanges',
  'getConditionalFormatRules',
  'setConditionalFormatRules',
  'getSheets',
  'getSheetByName',
  'getActiveSheet',
  'setActiveSheet',
  'insertSheet',
  'clear',
  'find',
  'addDeveloperMetadata',
  'setValue',
  'getCharts',
  'insertChart',
  'updateChart',
  'removeChart',
  'setFrozenRows',
  'getRanges',
  'getMaxRows',
  'getMaxColumns',
  'insertRowsAfter',
  'insertColumnsAfter',
]);

/** A pattern matching `Type.method` for these method names. */
function methods(names: string[]): RegExp {
  return new RegExp(`\\.(${names.join('|')})$`);
}

export class CallCounter {
  total = 0;
  /** Round trips to the document (see DOCUMENT_CALL). */
  document = 0;
  readonly byMethod = new Map<string, number>();
  /** Called on every call, e.g. to check that writes happen inside the document lock. */
  onCall?: (name: string) => void;
  count(name: string): void {
    this.total++;
    if (DOCUMENT_CALL.test(name)) this.document++;
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
    this.onCall?.(name);
  }
  reset(): void {
    this.total = 0;
    this.document = 0;
    this.byMethod.clear();
  }
}

/** Wraps an object so each method call is counted as `Class.method`. */
function counted<T extends object>(target: T, counter: CallCounter): T {
  const type = target.constructor.name.replace(/^Fake/, '');
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (
        typeof value !== 'function' ||
        typeof prop !== 'string' ||
        prop.startsWith('_') ||
        prop === 'constructor'
      )
        return value;
      return (...args: unknown[]) => {
        counter.count(`${type}.${prop}`);
        return value.apply(receiver, args);
      };
    },
  });
}

/** CSV cells as a sheet holds them: numbers as numbers, everything else as written. */
export function sheetValues(grid: ReadonlyArray<ReadonlyArray<unknown>>): unknown[][] {
  return grid.map((row) =>
    row.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v)),
  );
}

/** The widest row: no spread into Math.max, whose argument list has a size limit. */
function widest(rows: ReadonlyArray<ReadonlyArray<unknown>>, least: number): number {
  let width = least;
  for (const row of rows) if (row.length > width) width = row.length;
  return width;
}

/** "The coordinates of the range are outside the dimensions of the sheet." (Apps Script's own error). */
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

export interface FakeCell {
  value: Value;
  formula?: string;
  numberFormat: string;
  background: string | null;
  fontWeight: string;
  wrap?: boolean;
}

/**
 * How `getNumberFormats()` reports a cell nobody formatted (Google's reference is silent; the
 * string real sheets report). Written back it is no longer automatic (see display.ts).
 */
export const AUTOMATIC_FORMAT = '0.###############';

/** `numberFormat` '' is automatic: nobody formatted the cell (getNumberFormats reports AUTOMATIC_FORMAT). */
const emptyCell = (): FakeCell => ({ value: '', numberFormat: '', background: null, fontWeight: 'normal' });

export class FakeRange implements RangeLike {
  constructor(
    private readonly _sheet: FakeSheet,
    readonly _row: number,
    readonly _col: number,
    readonly _rows: number,
    readonly _cols: number,
  ) {}
  private _map<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this._rows }, (_, i) =>
      Array.from({ length: this._cols }, (__, j) => f(this._row + i, this._col + j)),
    );
  }
  private _set(values: unknown[][], apply: (r: number, c: number, v: unknown) => void): this {
    // The data's size must equal the range's (Range.setValues: "must match the dimensions of this range").
    if (values.length !== this._rows || values.some((row) => row.length !== this._cols)) {
      throw new Error(
        `The number of rows or columns in the data does not match the range (${this._rows}×${this._cols}).`,
      );
    }
    values.forEach((row, i) => row.forEach((v, j) => apply(this._row + i, this._col + j, v)));
    return this;
  }
  /** Number, Boolean, Date or String; '' for an empty cell (Range.getValues reference). */
  getValues(): Value[][] {
    return this._map((r, c) => this._sheet._value(r, c));
  }
  /** What the cell shows, under its number format (Range.getDisplayValues reference). */
  getDisplayValues(): string[][] {
    return this._map((r, c) => displayText(this._sheet._value(r, c), this._sheet._cell(r, c).numberFormat));
  }
  /** Strings are parsed as typed input (Sheets API ValueInputOption USER_ENTERED; see typing.ts). */
  setValues(values: unknown[][]): this {
    return this._set(values, (r, c, v) => this._sheet._enter(r, c, v));
  }
  _format(row: number, col: number, format: string): void {
    this._sheet._cell(row, col, true).numberFormat = format;
  }
  getNumberFormats(): string[][] {
    return this._map((r, c) => this._sheet._cell(r, c).numberFormat || AUTOMATIC_FORMAT);
  }
  setNumberFormats(formats: string[][]): this {
    return this._set(formats, (r, c, v) => {
      this._sheet._cell(r, c, true).numberFormat = String(v);
    });
  }
  setBackgrounds(colors: (string | null)[][]): this {
    return this._set(colors, (r, c, v) => {
      this._sheet._cell(r, c, true).background = (v as string | null) ?? null;
    });
  }
  setFontWeights(weights: (string | null)[][]): this {
    return this._set(weights, (r, c, v) => {
      this._sheet._cell(r, c, true).fontWeight = (v as string) ?? 'normal';
    });
  }
  setWrap(wrap: boolean): this {
    this._map((r, c) => {
      this._sheet._cell(r, c, true).wrap = wrap;
    });
    return this;
  }
  /**
   * Merged cells that "either are fully within the current range, or contain at least one cell in
   * the current range" (Range.getMergedRanges reference): every merge that overlaps this range.
   */
  getMergedRanges(): RangeLike[] {
    return this._sheet._merges
      .filter(
        (m) =>
          m._row < this._row + this._rows &&
          this._row < m._row + m._rows &&
          m._col < this._col + this._cols &&
          this._col < m._col + m._cols,
      )
      .map((m) => this._sheet._range(m._row, m._col, m._rows, m._cols));
  }
  getA1Notation(): string {
    const start = a1(this._row - 1, this._col - 1);
    return this._rows === 1 && this._cols === 1
      ? start
      : `${start}:${a1(this._row + this._rows - 2, this._col + this._cols - 2)}`;
  }
}

/** A list of ranges on one sheet (Sheet.getRangeList); setNumberFormat formats each of them. */
class FakeRangeList implements RangeListLike {
  constructor(private readonly _ranges: RangeLike[]) {}
  getRanges(): RangeLike[] {
    return this._ranges;
  }
  setNumberFormat(format: string): this {
    for (const range of this._ranges) {
      const r = range as FakeRange;
      for (let i = 0; i < r._rows; i++)
        for (let j = 0; j < r._cols; j++) r._format(r._row + i, r._col + j, format);
    }
    return this;
  }
}

export class FakeRule implements RuleLike {
  constructor(
    readonly _formula: string | null,
    readonly _background: string | null,
    readonly _ranges: string[],
  ) {}
  getBooleanCondition() {
    return this._formula === null ? null : { getCriteriaValues: () => [this._formula] };
  }
}

class FakeRuleBuilder implements RuleBuilderLike {
  private _formula: string | null = null;
  private _background: string | null = null;
  private _ranges: string[] = [];
  constructor(private readonly _counter: CallCounter) {}
  whenFormulaSatisfied(formula: string): this {
    this._formula = formula;
    return this;
  }
  setBackground(color: string | null): this {
    this._background = color;
    return this;
  }
  setRanges(ranges: RangeLike[]): this {
    this._ranges = ranges.map((r) => (r as FakeRange).getA1Notation());
    return this;
  }
  build(): RuleLike {
    return counted(new FakeRule(this._formula, this._background, this._ranges), this._counter);
  }
}

export class FakeChart implements ChartLike {
  constructor(
    readonly _id: number,
    readonly _options: Record<string, unknown>,
    readonly _ranges: string[],
    private readonly _counter: CallCounter,
  ) {}
  getChartId(): number {
    return this._id;
  }
  /**
   * "Returns an EmbeddedChartBuilder that can be used to modify this chart", its ranges and options
   * as they are (Apps Script reference, Class EmbeddedChart, modify()); the same chart id.
   */
  modify(): ChartBuilderLike {
    return counted(
      new FakeChartBuilder(this._counter, this._id, { ...this._options }, [...this._ranges]),
      this._counter,
    );
  }
}

class FakeChartBuilder implements ChartBuilderLike, ComboChartBuilderLike {
  constructor(
    private readonly _counter: CallCounter,
    private readonly _id: number,
    private readonly _options: Record<string, unknown> = {},
    private _ranges: string[] = [],
  ) {}
  /** "Removes all ranges from the chart this builder modifies" (EmbeddedChartBuilder.clearRanges). */
  clearRanges(): this {
    this._ranges = [];
    return this;
  }
  asComboChart(): this {
    this._options.type = 'combo';
    return this;
  }
  addRange(range: RangeLike): this {
    this._ranges.push(range.getA1Notation());
    return this;
  }
  setPosition(row: number, col: number): this {
    this._options.position = [row, col];
    return this;
  }
  setOption(option: string, value: unknown): this {
    this._options[option] = value;
    return this;
  }
  setNumHeaders(headers: number): this {
    this._options.numHeaders = headers;
    return this;
  }
  build(): ChartLike {
    return counted(new FakeChart(this._id, this._options, this._ranges, this._counter), this._counter);
  }
}

class FakeMetadata implements MetadataLike {
  constructor(
    readonly _key: string,
    private _value: string,
    readonly _sheet: FakeSheet | null,
    private readonly _counter: CallCounter,
  ) {}
  getKey(): string {
    return this._key;
  }
  getValue(): string {
    return this._value;
  }
  setValue(value: string): this {
    this._value = value;
    return this;
  }
  getLocation() {
    return counted({ getSheet: () => this._sheet }, this._counter);
  }
}

class FakeFinder implements FinderLike {
  private _key: string | null = null;
  constructor(private readonly _all: () => FakeMetadata[]) {}
  withKey(key: string): this {
    this._key = key;
    return this;
  }
  find(): MetadataLike[] {
    return this._all().filter((m) => this._key === null || m._key === this._key);
  }
}

interface Merge {
  _row: number;
  _col: number;
  _rows: number;
  _cols: number;
}

export class FakeSheet implements SheetLike {
  readonly _cells: FakeCell[][] = [];
  _rules: RuleLike[] = [];
  _charts: FakeChart[] = [];
  _frozenRows = 0;
  readonly _metadata: FakeMetadata[] = [];
  readonly _merges: Merge[] = [];
  constructor(
    private _name: string,
    private readonly _ss: FakeSpreadsheet,
    private readonly _counter: CallCounter,
    public _maxRows = NEW_SHEET_ROWS,
    public _maxColumns = NEW_SHEET_COLUMNS,
  ) {}

  _cell(row: number, col: number, create = false): FakeCell {
    if (!create) return this._cells[row - 1]?.[col - 1] ?? emptyCell();
    while (this._cells.length < row) this._cells.push([]);
    const line = this._cells[row - 1];
    while (line.length < col) line.push(emptyCell());
    return line[col - 1];
  }
  /** A formula cell's value is what its formula computes (Range.getValues returns values, not formulas). */
  _value(row: number, col: number): Value {
    const cell = this._cell(row, col);
    return cell.formula === undefined ? cell.value : this._ss._evaluate(cell.formula);
  }
  /** Writes one value the way Sheets stores typed input (see typing.ts). */
  _enter(row: number, col: number, value: unknown): void {
    const cell = this._cell(row, col, true);
    const e = entered(value, this._ss._year);
    cell.value = e.value;
    cell.formula = e.formula;
    if (e.numberFormat !== '') cell.numberFormat = e.numberFormat;
  }
  /** Last row and column holding a value, as getDataRange() sees them. */
  _extent(): [number, number] {
    let rows = 0;
    let cols = 0;
    this._cells.forEach((line, r) =>
      line.forEach((cell, c) => {
        if (cell.value !== '' || cell.formula) {
          rows = Math.max(rows, r + 1);
          cols = Math.max(cols, c + 1);
        }
      }),
    );
    return [rows, cols];
  }
  _range(row: number, col: number, rows: number, cols: number): RangeLike {
    return counted(new FakeRange(this, row, col, rows, cols), this._counter);
  }
  /**
   * Merges cells: only the top-left value is kept (Docs Editors Help, "Merge cells": "only the
   * upper-left value" remains), and getValues() gives '' for the others.
   */
  _merge(notation: string): void {
    const r = parseA1(notation);
    if (!r) throw new Error(`Range not found: ${notation}`);
    for (let i = 0; i < r.rows; i++) {
      for (let j = 0; j < r.columns; j++)
        if (i > 0 || j > 0) this._cell(r.row + i, r.column + j, true).value = '';
    }
    this._merges.push({ _row: r.row, _col: r.column, _rows: r.rows, _cols: r.columns });
  }

  getName(): string {
    return this._name;
  }
  getMaxRows(): number {
    return this._maxRows;
  }
  getMaxColumns(): number {
    return this._maxColumns;
  }
  /** Adds rows at the end of the grid (Sheet.insertRowsAfter), within the cell limit. */
  insertRowsAfter(afterPosition: number, howMany: number): this {
    this._ss._grow(howMany * this._maxColumns);
    this._maxRows += howMany;
    return this;
  }
  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this._ss._grow(howMany * this._maxRows);
    this._maxColumns += howMany;
    return this;
  }
  getDataRange(): RangeLike {
    const [rows, cols] = this._extent();
    return this._range(1, 1, Math.max(1, rows), Math.max(1, cols));
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): RangeLike {
    return this._checkedRange(row, column, numRows, numColumns);
  }
  /** getRange's checks without counting a call: getRangeList is one call, whatever its length. */
  _checkedRange(row: number, column: number, numRows = 1, numColumns = 1): RangeLike {
    // A range needs at least one row and one column, and must lie inside the grid.
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numColumns < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (
      row < 1 ||
      column < 1 ||
      row + numRows - 1 > this._maxRows ||
      column + numColumns - 1 > this._maxColumns
    )
      throw new Error(OUTSIDE);
    return this._range(row, column, numRows, numColumns);
  }
  getRangeList(a1Notations: string[]): RangeListLike {
    const ranges = a1Notations.map((n) => {
      const r = parseA1(n);
      if (!r) throw new Error(`Range not found: ${n}`);
      return this._checkedRange(r.row, r.column, r.rows, r.columns);
    });
    return counted(new FakeRangeList(ranges), this._counter);
  }
  /** Clears values and formats; the grid keeps its size and frozen rows (Sheet.clear reference). */
  clear(): this {
    this._cells.length = 0;
    this._merges.length = 0;
    return this;
  }
  setFrozenRows(rows: number): void {
    this._frozenRows = rows;
  }
  getConditionalFormatRules(): RuleLike[] {
    return [...this._rules];
  }
  setConditionalFormatRules(rules: RuleLike[]): void {
    this._rules = [...rules];
  }
  addDeveloperMetadata(key: string, value: string): this {
    this._metadata.push(new FakeMetadata(key, value, this, this._counter));
    return this;
  }
  getCharts(): ChartLike[] {
    return [...this._charts];
  }
  removeChart(chart: ChartLike): void {
    this._charts = this._charts.filter((c) => c.getChartId() !== chart.getChartId());
  }
  insertChart(chart: ChartLike): void {
    this._charts.push(chart as FakeChart);
  }
  /**
   * A modified chart is saved only by this call: "Changes made to the chart are not saved until
   * Sheet.updateChart(chart) is called on the rebuilt chart" (Class EmbeddedChartBuilder). Google is
   * silent on a chart that is not on the tab; the model refuses it (the add-on updates only a chart
   * getCharts() gave it).
   */
  updateChart(chart: ChartLike): void {
    const index = this._charts.findIndex((c) => c.getChartId() === chart.getChartId());
    if (index < 0) throw new Error('Chart not found on this sheet.');
    this._charts[index] = chart as FakeChart;
  }
  newChart(): ChartBuilderLike {
    return counted(new FakeChartBuilder(this._counter, this._ss._nextChartId++), this._counter);
  }
  _rename(name: string): void {
    this._name = name;
  }
}

/** Sheet names are unique regardless of case (see docs/sheets-behaviour.md). */
const sameName = (a: string, b: string) => a.toLowerCase() === b.toLowerCase();

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly _sheets: FakeSheet[] = [];
  readonly _metadata: FakeMetadata[] = [];
  readonly _toasts: string[] = [];
  _active = 0;
  _nextChartId = 1;
  /** The year Sheets gives a typed date without one (`4/5`); fixed here so tests are repeatable. */
  _year = new Date().getFullYear();
  /**
   * What a formula computes. Nothing here evaluates formulas by default: a formula cell reads as
   * '#NAME?' until a formula engine is plugged in (the tests' and the preview's HyperFormula).
   */
  _evaluate: (formula: string) => Value = () => '#NAME?';
  constructor(readonly _counter: CallCounter) {}

  _cellCount(): number {
    return this._sheets.reduce((n, s) => n + s._maxRows * s._maxColumns, 0);
  }
  /** Refuses to pass the 10,000,000-cell limit, as Sheets does. */
  _grow(cells: number): void {
    if (this._cellCount() + cells > CELL_LIMIT) {
      throw new Error(
        'This action would increase the number of cells in the workbook above the limit of ' +
          `${CELL_LIMIT} cells.`,
      );
    }
  }

  /**
   * Set-up: a tab holding these values exactly as getValues() returns them (no parsing), its grid
   * at least Sheets' default size. Not counted as a call.
   */
  _addSheet(name: string, values: unknown[][] = []): FakeSheet {
    const rows = Math.max(NEW_SHEET_ROWS, values.length);
    const columns = widest(values, NEW_SHEET_COLUMNS);
    const sheet = counted(new FakeSheet(name, this, this._counter, rows, columns), this._counter);
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        sheet._cell(r + 1, c + 1, true).value = (v ?? '') as Value;
      }),
    );
    this._sheets.push(sheet);
    return sheet;
  }
  /** Set-up: a tab whose cells a teacher typed (or imported as CSV), parsed as Sheets parses typing. */
  _typeSheet(name: string, rows: ReadonlyArray<ReadonlyArray<string>>): FakeSheet {
    const sheet = this._addSheet(name);
    const columns = widest(rows, NEW_SHEET_COLUMNS);
    sheet._maxRows = Math.max(NEW_SHEET_ROWS, rows.length);
    sheet._maxColumns = columns;
    rows.forEach((row, r) =>
      row.forEach((text, c) => {
        if (text !== '') sheet._enter(r + 1, c + 1, text);
      }),
    );
    return sheet;
  }
  getSheets(): SheetLike[] {
    return [...this._sheets];
  }
  /** Exact name: Google's reference is silent on case, and public scripts report it case-sensitive. */
  getSheetByName(name: string): SheetLike | null {
    return this._sheets.find((s) => s.getName() === name) ?? null;
  }
  /** "The new sheet becomes the active sheet" (Apps Script reference, Spreadsheet.insertSheet). */
  insertSheet(name: string): SheetLike {
    if (this._sheets.some((s) => sameName(s.getName(), name))) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this._grow(NEW_SHEET_ROWS * NEW_SHEET_COLUMNS);
    const sheet = this._addSheet(name);
    this._active = this._sheets.length - 1;
    return sheet;
  }
  getActiveSheet(): SheetLike {
    return this._sheets[this._active];
  }
  /** Makes the sheet the active one (Spreadsheet.setActiveSheet). */
  setActiveSheet(sheet: SheetLike): SheetLike {
    const index = this._sheets.findIndex((s) => s.getName() === sheet.getName());
    if (index < 0) throw new Error('Sheet not found.');
    this._active = index;
    return sheet;
  }
  addDeveloperMetadata(key: string, value: string): this {
    this._metadata.push(new FakeMetadata(key, value, null, this._counter));
    return this;
  }
  createDeveloperMetadataFinder(): FinderLike {
    return counted(
      new FakeFinder(() =>
        [...this._metadata, ...this._sheets.flatMap((s) => s._metadata)].map((m) =>
          counted(m, this._counter),
        ),
      ),
      this._counter,
    );
  }
  toast(msg: string): void {
    this._toasts.push(msg);
  }
}

class FakeMenu implements MenuLike {
  readonly _items: [string, string][] = [];
  constructor(private readonly _ui: FakeUi) {}
  addItem(caption: string, functionName: string): this {
    this._items.push([caption, functionName]);
    return this;
  }
  addSeparator(): this {
    this._items.push(['---', '']);
    return this;
  }
  addToUi(): void {
    this._ui._menus.push(this._items);
  }
}

export class FakeUi implements UiLike {
  readonly _menus: [string, string][][] = [];
  readonly _sidebars: unknown[] = [];
  readonly _dialogs: unknown[] = [];
  constructor(private readonly _counter: CallCounter) {}
  createAddonMenu(): MenuLike {
    return counted(new FakeMenu(this), this._counter);
  }
  showSidebar(html: unknown): void {
    this._sidebars.push(html);
  }
  showModalDialog(html: unknown): void {
    this._dialogs.push(html);
  }
}

export class FakeHtmlOutput implements HtmlOutputLike {
  title = '';
  constructor(readonly content: string) {}
  setTitle(title: string): this {
    this.title = title;
    return this;
  }
}

/** SpreadsheetApp, LockService and HtmlService over one in-memory spreadsheet. */
export class FakeServices {
  readonly counter = new CallCounter();
  readonly ss = new FakeSpreadsheet(this.counter);
  readonly ui = counted(new FakeUi(this.counter), this.counter);
  lockHeld = false;
  readonly lockEvents: string[] = [];
  /**
   * Runs once, the first time the lock is asked for, before it is granted: another execution
   * that got the lock first (a second teacher pressing the same button), for race tests.
   */
  beforeLock?: () => void;

  readonly app: SpreadsheetAppLike = counted(
    {
      getActiveSpreadsheet: () => counted(this.ss, this.counter),
      getUi: () => this.ui,
      newConditionalFormatRule: () => counted(new FakeRuleBuilder(this.counter), this.counter),
    },
    this.counter,
  );

  readonly lock: LockServiceLike = counted(
    {
      getDocumentLock: (): LockLike =>
        counted(
          {
            waitLock: () => {
              const other = this.beforeLock;
              this.beforeLock = undefined;
              other?.();
              this.lockHeld = true;
              this.lockEvents.push('lock');
            },
            releaseLock: () => {
              this.lockHeld = false;
              this.lockEvents.push('release');
            },
          },
          this.counter,
        ),
    },
    this.counter,
  );

  /** Writes seen outside the document lock (should stay empty). */
  readonly unlockedWrites: string[] = [];
  /** Reads of the document seen outside the lock while an action writes (read-modify-write races). */
  readonly unlockedReads: string[] = [];

  constructor(private readonly files: Record<string, string> = {}) {
    const WRITES = methods([
      'setValues',
      'setNumberFormats',
      'setNumberFormat',
      'setBackgrounds',
      'setFontWeights',
      'setConditionalFormatRules',
      'insertSheet',
      'clear',
      'addDeveloperMetadata',
      'insertChart',
      'removeChart',
      'setValue',
      'setFrozenRows',
      'insertRowsAfter',
      'insertColumnsAfter',
      'setActiveSheet',
    ]);
    const READS = methods([
      'getValues',
      'getDisplayValues',
      'getNumberFormats',
      'getMergedRanges',
      'getConditionalFormatRules',
      'find',
      'getCharts',
      'getMaxRows',
      'getMaxColumns',
    ]);
    this.counter.onCall = (name) => {
      if (WRITES.test(name) && !this.lockHeld) this.unlockedWrites.push(name);
      if (READS.test(name) && !this.lockHeld) this.unlockedReads.push(name);
    };
  }

  readonly html: HtmlServiceLike = counted(
    {
      createHtmlOutputFromFile: (name: string) =>
        new FakeHtmlOutput(this.files[name] ?? `<!-- ${name}.html -->`),
      createHtmlOutput: (html: string) => new FakeHtmlOutput(html),
    },
    this.counter,
  );

  /** The globals a script sees in Apps Script, for running dist/gas/Code.js in a vm. */
  globals(): Record<string, unknown> {
    return { SpreadsheetApp: this.app, LockService: this.lock, HtmlService: this.html };
  }
}

/**
 * An in-memory spreadsheet implementing the service shapes of src/sheets/services.ts (which are
 * proven to match @types/google-apps-script). Every method call on every object is counted, so
 * tests can show that the number of calls per action does not grow with the roster.
 * Used by the tests, the bundle-in-a-vm runs and the local preview.
 */
import { a1, parseA1 } from '../core/a1';
import type {
  ChartBuilderLike, ChartLike, ComboChartBuilderLike, FinderLike, HtmlOutputLike, HtmlServiceLike, LockLike,
  LockServiceLike, MenuLike, MetadataLike, RangeLike, RangeListLike, RuleBuilderLike, RuleLike, SheetLike,
  SpreadsheetAppLike, SpreadsheetLike, UiLike,
} from '../sheets/services';

type Value = string | number | boolean | Date;

/**
 * Spreadsheet calls that read or write the document (a round trip in Apps Script). Builders,
 * getters of names and ranges, menus, the lock and toasts are counted only in `total`.
 */
const DOCUMENT_CALL = /\.(getValues|setValues|getNumberFormats|setNumberFormats|setBackgrounds|setFontWeights|setWrap|getConditionalFormatRules|setConditionalFormatRules|getSheets|getSheetByName|getActiveSheet|insertSheet|clear|find|addDeveloperMetadata|setValue|getCharts|insertChart|removeChart|setFrozenRows|getRanges)$/;

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
      if (typeof value !== 'function' || typeof prop !== 'string' || prop.startsWith('_') || prop === 'constructor') return value;
      return (...args: unknown[]) => {
        counter.count(`${type}.${prop}`);
        return value.apply(receiver, args);
      };
    },
  });
}

/** CSV cells as a sheet holds them: numbers as numbers, everything else as written. */
export function sheetValues(grid: ReadonlyArray<ReadonlyArray<unknown>>): unknown[][] {
  return grid.map((row) => row.map((v) => (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : v)));
}

/** What setValues stores: Sheets reads `=...` (and `+1-555`-like input) as a formula; a leading ' keeps text. */
export function entered(value: unknown): { value: Value; formula?: string } {
  if (typeof value !== 'string') return { value: (value ?? '') as Value };
  if (value.startsWith("'")) return { value: value.slice(1) };
  if (/^=/.test(value) || /^[+-]\s*[\d(]/.test(value) && /[-+*/^]/.test(value.slice(1))) return { value: '#FORMULA', formula: value };
  return { value };
}

export class FakeRange implements RangeLike {
  constructor(private readonly _sheet: FakeSheet, readonly _row: number, readonly _col: number, readonly _rows: number, readonly _cols: number) {}
  private _map<T>(f: (r: number, c: number) => T): T[][] {
    return Array.from({ length: this._rows }, (_, i) => Array.from({ length: this._cols }, (__, j) => f(this._row + i, this._col + j)));
  }
  private _set(values: unknown[][], apply: (r: number, c: number, v: unknown) => void): this {
    if (values.length !== this._rows || values.some((row) => row.length !== this._cols)) {
      throw new Error(`The number of rows or columns in the data does not match the range (${this._rows}×${this._cols}).`);
    }
    values.forEach((row, i) => row.forEach((v, j) => apply(this._row + i, this._col + j, v)));
    return this;
  }
  getValues(): Value[][] { return this._map((r, c) => this._sheet._cell(r, c).value); }
  setValues(values: unknown[][]): this {
    return this._set(values, (r, c, v) => {
      const cell = this._sheet._cell(r, c, true);
      const e = entered(v);
      cell.value = e.value;
      cell.formula = e.formula;
    });
  }
  getNumberFormats(): string[][] { return this._map((r, c) => this._sheet._cell(r, c).numberFormat); }
  setNumberFormats(formats: string[][]): this { return this._set(formats, (r, c, v) => { this._sheet._cell(r, c, true).numberFormat = String(v); }); }
  setBackgrounds(colors: (string | null)[][]): this { return this._set(colors, (r, c, v) => { this._sheet._cell(r, c, true).background = (v as string | null) ?? null; }); }
  setFontWeights(weights: (string | null)[][]): this { return this._set(weights, (r, c, v) => { this._sheet._cell(r, c, true).fontWeight = (v as string) ?? 'normal'; }); }
  setWrap(wrap: boolean): this { this._map((r, c) => { this._sheet._cell(r, c, true).wrap = wrap; }); return this; }
  getA1Notation(): string {
    const start = a1(this._row - 1, this._col - 1);
    return this._rows === 1 && this._cols === 1 ? start : `${start}:${a1(this._row + this._rows - 2, this._col + this._cols - 2)}`;
  }
}

export interface FakeCell {
  value: Value;
  formula?: string;
  numberFormat: string;
  background: string | null;
  fontWeight: string;
  wrap?: boolean;
}

const emptyCell = (): FakeCell => ({ value: '', numberFormat: 'General', background: null, fontWeight: 'normal' });

export class FakeRule implements RuleLike {
  constructor(readonly _formula: string | null, readonly _background: string | null, readonly _ranges: string[]) {}
  getBooleanCondition() { return this._formula === null ? null : { getCriteriaValues: () => [this._formula] }; }
}

class FakeRuleBuilder implements RuleBuilderLike {
  private _formula: string | null = null;
  private _background: string | null = null;
  private _ranges: string[] = [];
  constructor(private readonly _counter: CallCounter) {}
  whenFormulaSatisfied(formula: string): this { this._formula = formula; return this; }
  setBackground(color: string | null): this { this._background = color; return this; }
  setRanges(ranges: RangeLike[]): this { this._ranges = ranges.map((r) => (r as FakeRange).getA1Notation()); return this; }
  build(): RuleLike { return counted(new FakeRule(this._formula, this._background, this._ranges), this._counter); }
}

export class FakeChart implements ChartLike {
  constructor(readonly _id: number, readonly _options: Record<string, unknown>, readonly _ranges: string[]) {}
  getChartId(): number { return this._id; }
}

class FakeChartBuilder implements ChartBuilderLike, ComboChartBuilderLike {
  private readonly _options: Record<string, unknown> = {};
  private readonly _ranges: string[] = [];
  constructor(private readonly _counter: CallCounter, private readonly _id: number) {}
  asComboChart(): this { this._options.type = 'combo'; return this; }
  addRange(range: RangeLike): this { this._ranges.push(range.getA1Notation()); return this; }
  setPosition(row: number, col: number): this { this._options.position = [row, col]; return this; }
  setOption(option: string, value: unknown): this { this._options[option] = value; return this; }
  setNumHeaders(headers: number): this { this._options.numHeaders = headers; return this; }
  build(): ChartLike { return counted(new FakeChart(this._id, this._options, this._ranges), this._counter); }
}

class FakeMetadata implements MetadataLike {
  constructor(readonly _key: string, private _value: string, readonly _sheet: FakeSheet | null, private readonly _counter: CallCounter) {}
  getKey(): string { return this._key; }
  getValue(): string { return this._value; }
  setValue(value: string): this { this._value = value; return this; }
  getLocation() { return counted({ getSheet: () => this._sheet }, this._counter); }
}

class FakeFinder implements FinderLike {
  private _key: string | null = null;
  constructor(private readonly _all: () => FakeMetadata[]) {}
  withKey(key: string): this { this._key = key; return this; }
  find(): MetadataLike[] { return this._all().filter((m) => this._key === null || m._key === this._key); }
}

export class FakeSheet implements SheetLike {
  readonly _cells: FakeCell[][] = [];
  _rules: RuleLike[] = [];
  _charts: FakeChart[] = [];
  _frozenRows = 0;
  readonly _metadata: FakeMetadata[] = [];
  constructor(private _name: string, private readonly _ss: FakeSpreadsheet, private readonly _counter: CallCounter) {}

  _cell(row: number, col: number, create = false): FakeCell {
    if (!create) return this._cells[row - 1]?.[col - 1] ?? emptyCell();
    while (this._cells.length < row) this._cells.push([]);
    const line = this._cells[row - 1];
    while (line.length < col) line.push(emptyCell());
    return line[col - 1];
  }
  /** Last row and column holding a value, as getDataRange() sees them. */
  _extent(): [number, number] {
    let rows = 0;
    let cols = 0;
    this._cells.forEach((line, r) => line.forEach((cell, c) => {
      if (cell.value !== '' || cell.formula) {
        rows = Math.max(rows, r + 1);
        cols = Math.max(cols, c + 1);
      }
    }));
    return [rows, cols];
  }
  _range(row: number, col: number, rows: number, cols: number): RangeLike {
    return counted(new FakeRange(this, row, col, rows, cols), this._counter);
  }

  getName(): string { return this._name; }
  getDataRange(): RangeLike {
    const [rows, cols] = this._extent();
    return this._range(1, 1, Math.max(1, rows), Math.max(1, cols));
  }
  getRange(row: number, column: number, numRows = 1, numColumns = 1): RangeLike {
    if (row < 1 || column < 1 || numRows < 1 || numColumns < 1) throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    return this._range(row, column, numRows, numColumns);
  }
  getRangeList(a1Notations: string[]): RangeListLike {
    const ranges = a1Notations.map((n) => {
      const r = parseA1(n);
      if (!r) throw new Error(`Range not found: ${n}`);
      return this._range(r.row, r.column, r.rows, r.columns);
    });
    return counted({ getRanges: () => ranges }, this._counter);
  }
  clear(): this { this._cells.length = 0; return this; }
  setFrozenRows(rows: number): void { this._frozenRows = rows; }
  getConditionalFormatRules(): RuleLike[] { return [...this._rules]; }
  setConditionalFormatRules(rules: RuleLike[]): void { this._rules = [...rules]; }
  addDeveloperMetadata(key: string, value: string): this {
    this._metadata.push(new FakeMetadata(key, value, this, this._counter));
    return this;
  }
  getCharts(): ChartLike[] { return [...this._charts]; }
  removeChart(chart: ChartLike): void { this._charts = this._charts.filter((c) => c.getChartId() !== chart.getChartId()); }
  insertChart(chart: ChartLike): void { this._charts.push(chart as FakeChart); }
  newChart(): ChartBuilderLike { return counted(new FakeChartBuilder(this._counter, this._ss._nextChartId++), this._counter); }
  _rename(name: string): void { this._name = name; }
}

export class FakeSpreadsheet implements SpreadsheetLike {
  readonly _sheets: FakeSheet[] = [];
  readonly _metadata: FakeMetadata[] = [];
  readonly _toasts: string[] = [];
  _active = 0;
  _nextChartId = 1;
  constructor(readonly _counter: CallCounter) {}

  /** Adds a sheet holding these values as getValues() returns them, outside the call count (set-up). */
  _addSheet(name: string, values: unknown[][] = []): FakeSheet {
    const sheet = counted(new FakeSheet(name, this, this._counter), this._counter);
    values.forEach((row, r) => row.forEach((v, c) => {
      sheet._cell(r + 1, c + 1, true).value = (v ?? '') as Value;
    }));
    this._sheets.push(sheet);
    return sheet;
  }
  getSheets(): SheetLike[] { return [...this._sheets]; }
  getSheetByName(name: string): SheetLike | null { return this._sheets.find((s) => s.getName() === name) ?? null; }
  insertSheet(name: string): SheetLike {
    if (this._sheets.some((s) => s.getName() === name)) throw new Error(`A sheet with the name "${name}" already exists.`);
    return this._addSheet(name);
  }
  getActiveSheet(): SheetLike { return this._sheets[this._active]; }
  addDeveloperMetadata(key: string, value: string): this {
    this._metadata.push(new FakeMetadata(key, value, null, this._counter));
    return this;
  }
  createDeveloperMetadataFinder(): FinderLike {
    return counted(new FakeFinder(() => [
      ...this._metadata, ...this._sheets.flatMap((s) => s._metadata),
    ].map((m) => counted(m, this._counter))), this._counter);
  }
  toast(msg: string): void { this._toasts.push(msg); }
}

class FakeMenu implements MenuLike {
  readonly _items: [string, string][] = [];
  constructor(private readonly _ui: FakeUi) {}
  addItem(caption: string, functionName: string): this { this._items.push([caption, functionName]); return this; }
  addSeparator(): this { this._items.push(['---', '']); return this; }
  addToUi(): void { this._ui._menus.push(this._items); }
}

export class FakeUi implements UiLike {
  readonly _menus: [string, string][][] = [];
  readonly _sidebars: unknown[] = [];
  readonly _dialogs: unknown[] = [];
  constructor(private readonly _counter: CallCounter) {}
  createAddonMenu(): MenuLike { return counted(new FakeMenu(this), this._counter); }
  showSidebar(html: unknown): void { this._sidebars.push(html); }
  showModalDialog(html: unknown): void { this._dialogs.push(html); }
}

export class FakeHtmlOutput implements HtmlOutputLike {
  title = '';
  constructor(readonly content: string) {}
  setTitle(title: string): this { this.title = title; return this; }
}

/** SpreadsheetApp, LockService and HtmlService over one in-memory spreadsheet. */
export class FakeServices {
  readonly counter = new CallCounter();
  readonly ss = new FakeSpreadsheet(this.counter);
  readonly ui = counted(new FakeUi(this.counter), this.counter);
  lockHeld = false;
  readonly lockEvents: string[] = [];

  readonly app: SpreadsheetAppLike = counted({
    getActiveSpreadsheet: () => counted(this.ss, this.counter),
    getUi: () => this.ui,
    newConditionalFormatRule: () => counted(new FakeRuleBuilder(this.counter), this.counter),
  }, this.counter);

  readonly lock: LockServiceLike = counted({
    getDocumentLock: (): LockLike => counted({
      waitLock: () => { this.lockHeld = true; this.lockEvents.push('lock'); },
      releaseLock: () => { this.lockHeld = false; this.lockEvents.push('release'); },
    }, this.counter),
  }, this.counter);

  /** Writes seen outside the document lock (should stay empty). */
  readonly unlockedWrites: string[] = [];

  constructor(private readonly files: Record<string, string> = {}) {
    const WRITES = /\.(setValues|setNumberFormats|setBackgrounds|setFontWeights|setConditionalFormatRules|insertSheet|clear|addDeveloperMetadata|insertChart|removeChart|setValue|setFrozenRows)$/;
    this.counter.onCall = (name) => {
      if (WRITES.test(name) && !this.lockHeld) this.unlockedWrites.push(name);
    };
  }

  readonly html: HtmlServiceLike = counted({
    createHtmlOutputFromFile: (name: string) => new FakeHtmlOutput(this.files[name] ?? `<!-- ${name}.html -->`),
    createHtmlOutput: (html: string) => new FakeHtmlOutput(html),
  }, this.counter);

  /** The globals a script sees in Apps Script, for running dist/Code.js in a vm. */
  globals(): Record<string, unknown> {
    return { SpreadsheetApp: this.app, LockService: this.lock, HtmlService: this.html };
  }
}

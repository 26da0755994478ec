/**
 * The part of the Apps Script services the adapters use, as narrow shapes. The `Fits` lines
 * below prove at compile time that the real @types/google-apps-script objects have these
 * methods with these signatures, so the in-memory spreadsheet that implements the same shapes
 * tests the same calls the add-on makes on Google's servers.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- getValues() is any[][] in the real API */

export interface RangeLike {
  getValues(): any[][];
  getDisplayValues(): string[][];
  setValues(values: any[][]): RangeLike;
  getNumberFormats(): string[][];
  setNumberFormats(formats: string[][]): RangeLike;
  setBackgrounds(colors: (string | null)[][]): RangeLike;
  setFontWeights(weights: (string | null)[][]): RangeLike;
  setWrap(wrap: boolean): RangeLike;
  getMergedRanges(): RangeLike[];
  getA1Notation(): string;
}

export interface RangeListLike {
  getRanges(): RangeLike[];
  setNumberFormat(numberFormat: string): RangeListLike;
}

export interface BooleanConditionLike {
  getCriteriaValues(): any[];
}

export interface RuleLike {
  getBooleanCondition(): BooleanConditionLike | null;
}

export interface RuleBuilderLike {
  whenFormulaSatisfied(formula: string): RuleBuilderLike;
  setBackground(color: string | null): RuleBuilderLike;
  setRanges(ranges: RangeLike[]): RuleBuilderLike;
  build(): RuleLike;
}

export interface ChartLike {
  getChartId(): number | null;
  modify(): ChartBuilderLike;
}

export interface ChartBuilderLike {
  asComboChart(): ComboChartBuilderLike;
  clearRanges(): ChartBuilderLike;
}

export interface ComboChartBuilderLike {
  addRange(range: RangeLike): ComboChartBuilderLike;
  setPosition(
    anchorRowPos: number,
    anchorColPos: number,
    offsetX: number,
    offsetY: number,
  ): ComboChartBuilderLike;
  setOption(option: string, value: any): ComboChartBuilderLike;
  setNumHeaders(headers: number): ComboChartBuilderLike;
  build(): ChartLike;
}

export interface MetadataLike {
  getKey(): string;
  getValue(): string | null;
  setValue(value: string): MetadataLike;
  getLocation(): { getSheet(): SheetLike | null };
}

export interface FinderLike {
  withKey(key: string): FinderLike;
  find(): MetadataLike[];
}

export interface SheetLike {
  getName(): string;
  getMaxRows(): number;
  getMaxColumns(): number;
  insertRowsAfter(afterPosition: number, howMany: number): SheetLike;
  insertColumnsAfter(afterPosition: number, howMany: number): SheetLike;
  getDataRange(): RangeLike;
  getRange(row: number, column: number, numRows: number, numColumns: number): RangeLike;
  getRangeList(a1Notations: string[]): RangeListLike;
  clear(): SheetLike;
  setFrozenRows(rows: number): void;
  getConditionalFormatRules(): RuleLike[];
  setConditionalFormatRules(rules: RuleLike[]): void;
  addDeveloperMetadata(key: string, value: string): SheetLike;
  getCharts(): ChartLike[];
  removeChart(chart: ChartLike): void;
  insertChart(chart: ChartLike): void;
  updateChart(chart: ChartLike): void;
  newChart(): ChartBuilderLike;
}

export interface SpreadsheetLike {
  getSheets(): SheetLike[];
  getSheetByName(name: string): SheetLike | null;
  insertSheet(sheetName: string): SheetLike;
  getActiveSheet(): SheetLike;
  setActiveSheet(sheet: SheetLike): SheetLike;
  addDeveloperMetadata(key: string, value: string): SpreadsheetLike;
  createDeveloperMetadataFinder(): FinderLike;
  toast(msg: string, title: string, timeoutSeconds?: number): void;
}

export interface MenuLike {
  addItem(caption: string, functionName: string): MenuLike;
  addSeparator(): MenuLike;
  addToUi(): void;
}

export interface UiLike {
  createAddonMenu(): MenuLike;
  showSidebar(userInterface: any): void;
  showModalDialog(userInterface: any, title: string): void;
}

export interface SpreadsheetAppLike {
  getActiveSpreadsheet(): SpreadsheetLike;
  getUi(): UiLike;
  newConditionalFormatRule(): RuleBuilderLike;
}

export interface LockLike {
  waitLock(timeoutInMillis: number): void;
  releaseLock(): void;
}

export interface LockServiceLike {
  getDocumentLock(): LockLike;
}

export interface HtmlOutputLike {
  setTitle(title: string): HtmlOutputLike;
}

export interface HtmlServiceLike {
  createHtmlOutputFromFile(filename: string): HtmlOutputLike;
  createHtmlOutput(html: string): HtmlOutputLike;
}

/** Everything the add-on touches, passed in so tests and the preview can give their own. */
export interface Services {
  app: SpreadsheetAppLike;
  lock: LockServiceLike;
  html: HtmlServiceLike;
}

// Compile-time proof that the real services fit the shapes (no code is emitted).
type Fits<Real extends Narrow, Narrow> = Real;
export type RealServicesFit = [
  Fits<GoogleAppsScript.Spreadsheet.Range, RangeLike>,
  Fits<GoogleAppsScript.Spreadsheet.RangeList, RangeListLike>,
  Fits<GoogleAppsScript.Spreadsheet.ConditionalFormatRule, RuleLike>,
  Fits<GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder, RuleBuilderLike>,
  Fits<GoogleAppsScript.Spreadsheet.EmbeddedChart, ChartLike>,
  Fits<GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder, ChartBuilderLike>,
  Fits<GoogleAppsScript.Spreadsheet.EmbeddedComboChartBuilder, ComboChartBuilderLike>,
  Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadata, MetadataLike>,
  Fits<GoogleAppsScript.Spreadsheet.DeveloperMetadataFinder, FinderLike>,
  Fits<GoogleAppsScript.Spreadsheet.Sheet, SheetLike>,
  Fits<GoogleAppsScript.Spreadsheet.Spreadsheet, SpreadsheetLike>,
  Fits<GoogleAppsScript.Base.Menu, MenuLike>,
  Fits<GoogleAppsScript.Base.Ui, UiLike>,
  Fits<GoogleAppsScript.Spreadsheet.SpreadsheetApp, SpreadsheetAppLike>,
  Fits<GoogleAppsScript.Lock.Lock, LockLike>,
  Fits<GoogleAppsScript.Lock.LockService, LockServiceLike>,
  Fits<GoogleAppsScript.HTML.HtmlOutput, HtmlOutputLike>,
  Fits<GoogleAppsScript.HTML.HtmlService, HtmlServiceLike>,
];

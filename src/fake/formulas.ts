/**
 * A real formula engine for the highlight rules, off Sheets: HyperFormula (GPL-3.0, licence key
 * 'gpl-v3'; tests and the local preview only, never in dist/Code.js or dist/Sidebar.html) with the
 * Google-only functions our formulas use added as small custom functions, each following Google's
 * reference. It takes plain data — values as getValues() returns them, display texts and/or number
 * formats, and the rules in order — and says which rule paints each cell.
 *
 * How Sheets applies a custom-formula rule, modelled here:
 * - the formula is written for the top-left cell of the rule's first range; for every other cell
 *   its relative references shift by that cell's offset, `$` parts stay
 *   (sheets.wiki/docs/Conditional-Formatting-Rules).
 *   Here the formula is written at that cell of a scratch sheet and pasted to every other cell of
 *   the ranges: HyperFormula's paste moves relative references the same way;
 * - a cell takes the format of the first rule in the list whose formula is TRUE there; later rules
 *   do not paint it (same source; SPEC 7 relies on it to put the teacher's rules first).
 */
import { displayText } from './display';
import {
  type CellValue as HfValue,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import { parseA1 } from '../core/a1';
import type { CellValue } from '../core/types';

export interface SheetData {
  /** As Range.getValues() returns them. */
  values: readonly (readonly CellValue[])[];
  /** As Range.getDisplayValues() returns them; where absent, made from `formats`. */
  display?: readonly (readonly (string | null | undefined)[])[];
  /** As Range.getNumberFormats() returns them (`0%`, `0.0%`, `General`, …). */
  formats?: readonly (readonly (string | null | undefined)[])[];
}

export interface RuleData {
  /** `=…`, written for the top-left cell of `ranges[0]`. */
  formula: string;
  /** A1 ranges on the sheet. */
  ranges: readonly string[];
}

/**
 * Google does not say whether AND/OR stop at the first decisive argument or pass an error up
 * from any argument: both are modelled, and the add-on's formulas must not care.
 */
export type Logic = 'shortCircuit' | 'strict';

const DATA = 'Data';
const DAY = 86_400_000;
const SHEETS_EPOCH = Date.UTC(1899, 11, 30);

/** A Date as Sheets stores it: days since 1899-12-30 (the serial VALUE/DATE return). */
function serial(d: Date): number {
  return (
    (Date.UTC(d.getFullYear(), d.getMonth(), d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()) -
      SHEETS_EPOCH) /
    DAY
  );
}

/** What a cell shows in a format: the in-memory spreadsheet's own rendering (display.ts). */
function shown(value: CellValue, format: string | null | undefined): string {
  return value === null || value === undefined ? '' : displayText(value, format ?? '');
}

/**
 * The evaluation in progress: the custom functions read display texts and the logic mode here
 * (HyperFormula evaluates synchronously while building).
 */
let current: { display: (r: number, c: number) => string | null; logic: Logic; dataSheet: number } | null =
  null;

const error = (type: ErrorType, message: string) => new CellError(type, message);

/**
 * RE2 as JavaScript: `\Q…\E` quotes literal text (github.com/google/re2/wiki/Syntax); what RE2
 * lacks (lookaround, backreferences) is an error, as Sheets refuses it.
 */
const compiled = new Map<string, RegExp>();
function re2(source: string): RegExp {
  const known = compiled.get(source);
  if (known) return known;
  const js = source.replace(/\\Q([\s\S]*?)(?:\\E|$)/g, (_, text: string) =>
    text.replace(/[\\^$.|?*+()[\]{}/-]/g, '\\$&'),
  );
  if (/\(\?[=!<]|\\[1-9]/.test(js)) throw new Error(`RE2 does not support ${source}`);
  const re = new RegExp(js);
  compiled.set(source, re);
  return re;
}

type Ast = { type: string; args: Ast[] };
type State = unknown;

/** Sheets-only functions, per Google's reference. */
/** HyperFormula's protected runners, reached through `this` (their signatures are internal to it). */
type HfRunner = (...args: unknown[]) => HfValue;

export class SheetsFunctions extends FunctionPlugin {
  static implementedFunctions = {
    TO_TEXT: {
      method: 'toText',
      parameters: [{ argumentType: FunctionArgumentType.NOERROR }],
      doesNotNeedArgumentsToBeComputed: true,
      vectorizationForbidden: true,
    },
    REGEXMATCH: {
      method: 'regexMatch',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    REGEXEXTRACT: {
      method: 'regexExtract',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
    REGEXREPLACE: {
      method: 'regexReplace',
      parameters: [
        { argumentType: FunctionArgumentType.SCALAR },
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
  };

  /**
   * TO_TEXT: a number "as a string, with existing formatting retained"; anything else "without
   * modification" (support.google.com/docs/answer/3094285). A reference reads the cell's display.
   */
  toText(ast: Ast, state: State) {
    const self = this as unknown as {
      runFunctionWithReferenceArgument: HfRunner;
      metadata: (n: string) => unknown;
    };
    return self.runFunctionWithReferenceArgument(
      ast.args,
      state,
      self.metadata('TO_TEXT'),
      () => error(ErrorType.NA, 'TO_TEXT needs an argument'),
      (ref: { sheet: number; row: number; col: number }) => {
        const value = (
          this as unknown as { dependencyGraph: { getCellValue: (a: unknown) => unknown } }
        ).dependencyGraph.getCellValue(ref);
        if (value instanceof CellError) return value;
        if (value === EmptyValue) return '';
        const number =
          typeof value === 'number' || (typeof value === 'object' && value !== null && 'val' in value);
        if (!number) return value as HfValue;
        const shownText =
          current && ref.sheet === current.dataSheet ? current.display(ref.row, ref.col) : null;
        return shownText ?? String(+(value as number));
      },
      (value: unknown) =>
        value === EmptyValue
          ? ''
          : typeof value === 'object' && value !== null && 'val' in value
            ? String(+(value as unknown as number))
            : value,
    );
  }

  /**
   * REGEXMATCH/REGEXEXTRACT/REGEXREPLACE take text only: "This function only works with text (not
   * numbers) as input" (support.google.com/docs/answer/3098244).
   */
  private text(value: unknown): string | CellError {
    if (value === EmptyValue) return '';
    return typeof value === 'string'
      ? value
      : error(ErrorType.VALUE, 'REGEX functions take text, not numbers');
  }

  private regex(
    ast: Ast,
    state: State,
    name: string,
    body: (text: string, re: RegExp, rest: string[]) => string | boolean | CellError,
  ) {
    const self = this as unknown as { runFunction: HfRunner; metadata: (n: string) => unknown };
    return self.runFunction(
      ast.args,
      state,
      self.metadata(name),
      (value: unknown, source: string, ...rest: string[]) => {
        const text = this.text(value);
        if (text instanceof CellError) return text;
        let re: RegExp;
        try {
          re = re2(source);
        } catch (e) {
          return error(ErrorType.VALUE, (e as Error).message);
        }
        return body(text, re, rest);
      },
    );
  }

  /** REGEXMATCH: whether a piece of the text matches (support.google.com/docs/answer/3098292). */
  regexMatch(ast: Ast, state: State) {
    return this.regex(ast, state, 'REGEXMATCH', (text, re) => re.test(text));
  }

  /**
   * REGEXEXTRACT: the first match; "If there are no capture groups, the function returns the whole
   * match" (support.google.com/docs/answer/3098244).
   */
  regexExtract(ast: Ast, state: State) {
    return this.regex(ast, state, 'REGEXEXTRACT', (text, re) => {
      const m = re.exec(text);
      if (!m) return error(ErrorType.NA, 'REGEXEXTRACT: no match');
      if (m.length > 2)
        return error(ErrorType.VALUE, 'REGEXEXTRACT with several groups spills an array: not modelled');
      return m.length === 2 ? (m[1] ?? '') : m[0];
    });
  }

  /**
   * REGEXREPLACE: every match replaced (support.google.com/docs/answer/3098245). Google does not
   * document `$1` in the replacement: a replacement with `$` or `\` is refused here.
   */
  regexReplace(ast: Ast, state: State) {
    return this.regex(ast, state, 'REGEXREPLACE', (text, re, [replacement]) => {
      if (/[$\\]/.test(replacement))
        return error(ErrorType.VALUE, 'REGEXREPLACE replacement syntax is not documented');
      return text.replace(new RegExp(re.source, 'g'), () => replacement);
    });
  }
}

/** A logical argument: TRUE/FALSE, a number (non-zero is TRUE), else an error. */
function logical(value: unknown): boolean | CellError {
  if (value instanceof CellError || typeof value === 'boolean') return value;
  if (typeof value === 'number' || (typeof value === 'object' && value !== null && 'val' in value))
    return +(value as number) !== 0;
  return error(ErrorType.VALUE, 'AND/OR take logical values');
}

/**
 * AND and OR, evaluating their arguments one by one: stopping at the decisive one, or evaluating all
 * and passing up any error.
 */
export class LogicFunctions extends FunctionPlugin {
  static implementedFunctions = {
    AND: {
      method: 'and',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      doesNotNeedArgumentsToBeComputed: true,
    },
    OR: {
      method: 'or',
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
      doesNotNeedArgumentsToBeComputed: true,
    },
  };

  private fold(ast: Ast, state: State, decisive: boolean) {
    const evaluate = (a: Ast) =>
      (this as unknown as { evaluateAst: (a: Ast, s: State) => unknown }).evaluateAst(a, state);
    const strict = current?.logic === 'strict';
    let firstError: CellError | null = null;
    let decided = false;
    for (const arg of ast.args) {
      const v = logical(evaluate(arg));
      if (v instanceof CellError) {
        // Short-circuit: an error before the decisive argument is the answer. Strict: any error is.
        if (!strict) return v;
        firstError ??= v;
      } else if (v === decisive) {
        if (!strict) return decisive;
        decided = true;
      }
    }
    return firstError ?? (decided ? decisive : !decisive);
  }

  and(ast: Ast, state: State) {
    return this.fold(ast, state, false);
  }

  or(ast: Ast, state: State) {
    return this.fold(ast, state, true);
  }
}

// A formula names a function through the language's translations: the Sheets-only names are added
// to en-GB, HyperFormula's default language.
HyperFormula.getLanguage('enGB').extendFunctions(
  Object.fromEntries(Object.keys(SheetsFunctions.implementedFunctions).map((name) => [name, name])),
);

/**
 * The formula with its cell references pointing into `sheet` (`A5` → `Data!A5`, `$D$2` →
 * `Data!$D$2`); text in quotes is left alone.
 */
export function qualify(formula: string, sheet: string): string {
  // Split on string literals ("" escapes a quote): odd parts are literals.
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            // A reference: not inside a name (LOG10, Data!A1), not a function call (ATAN2().
            /(?<![A-Za-z0-9_.$!'])(\$?[A-Z]{1,3}\$?[0-9]+)(?![0-9A-Za-z_(!])/g,
            `${sheet}!$1`,
          ),
    )
    .join('');
}

/**
 * Sheets' error values (ERROR.TYPE's list, support.google.com/docs/answer/3238305, and #ERROR!). A cell
 * showing one (a lookup's #N/A) is read by getValues as its text (gspread#164 gets "#N/A" the same
 * way), but in a formula it is the error itself, which IFERROR catches.
 */
const ERRORS = new Set(['#NULL!', '#DIV/0!', '#VALUE!', '#REF!', '#NAME?', '#NUM!', '#N/A', '#ERROR!']);

function raw(value: CellValue): RawCellContent {
  if (value === null || value === undefined || value === '') return null;
  if (value instanceof Date) return serial(value);
  // HyperFormula reads the error literals (`=#N/A`) as those errors.
  if (typeof value === 'string' && ERRORS.has(value)) return `=${value}`;
  // A leading apostrophe keeps text as text (HyperFormula would parse `8` or `=…`), as Sheets keeps a
  // cell's text.
  if (typeof value === 'string') return `'${value}`;
  return value;
}

/**
 * Which rule paints each cell: `paint(sheet, rules)[r][c]` is the index of the first rule whose
 * formula is TRUE at row r, column c (0-based), or -1.
 */
/** The engine set up as Sheets is modelled here: its functions, Sheets' own, exact comparisons. */
const CONFIG = {
  licenseKey: 'gpl-v3',
  // Plain IEEE comparisons: Google documents no tolerance, and the engine uses none.
  precisionEpsilon: 0,
  smartRounding: false,
  undoLimit: 0,
};
const plugins = () => [...HyperFormula.getAllFunctionPlugins(), SheetsFunctions, LogicFunctions];

/**
 * What one formula computes on its own (no cell references), for the in-memory spreadsheet's
 * formula cells: `=HYPERLINK("http://x","y")` is `y`, `+1-555` is -554 (Sheets reads a leading
 * `+` or `-` with arithmetic as a formula; HyperFormula wants the `=`). An error reads as its code.
 */
export function evaluateFormula(formula: string): string | number | boolean {
  const text = formula.startsWith('=') ? formula : `=${formula}`;
  const hf = HyperFormula.buildFromArray([[text]], { ...CONFIG, functionPlugins: plugins() });
  try {
    const value = hf.getCellValue({ sheet: 0, row: 0, col: 0 });
    if (value instanceof CellError || (typeof value === 'object' && value !== null && 'value' in value))
      return String((value as { value: unknown }).value);
    return value === null || value === undefined ? '' : (value as string | number | boolean);
  } finally {
    hf.destroy();
  }
}

export function paint(
  sheet: SheetData,
  rules: readonly RuleData[],
  logic: Logic = 'shortCircuit',
): number[][] {
  const height = sheet.values.length;
  // A loop, not Math.max(...rows): no unbounded array spread into arguments (SPEC 12).
  const width = sheet.values.reduce((w, row) => Math.max(w, row.length), 1);
  const data = sheet.values.map((row) => Array.from({ length: width }, (_, c) => raw(row[c])));
  const sheets: Record<string, RawCellContent[][]> = { [DATA]: data };
  const targets: { r: number; c: number }[][] = [];
  const plans = rules.map((rule) => {
    const origin = parseA1(rule.ranges[0]);
    const cells: { r: number; c: number }[] = [];
    for (const a1 of rule.ranges) {
      const range = parseA1(a1);
      if (!range) continue;
      for (let r = range.row; r < Math.min(range.row + range.rows, height + 1); r++) {
        for (let c = range.column; c < Math.min(range.column + range.columns, width + 1); c++)
          cells.push({ r: r - 1, c: c - 1 });
      }
    }
    return {
      origin: origin ? { r: origin.row - 1, c: origin.column - 1 } : null,
      cells,
      formula: qualify(rule.formula, DATA),
    };
  });
  plans.forEach((plan, i) => {
    const grid: RawCellContent[][] = Array.from({ length: Math.max(height, (plan.origin?.r ?? 0) + 1) }, () =>
      Array<RawCellContent>(Math.max(width, (plan.origin?.c ?? 0) + 1)).fill(null),
    );
    if (plan.origin) grid[plan.origin.r][plan.origin.c] = plan.formula;
    sheets[`Rule${i}`] = grid;
    targets.push(plan.cells);
  });
  const display = (r: number, c: number): string | null => {
    const given = sheet.display?.[r]?.[c];
    if (given !== undefined && given !== null) return given;
    return shown(sheet.values[r]?.[c] ?? null, sheet.formats?.[r]?.[c]);
  };
  current = { display, logic, dataSheet: 0 };
  try {
    const hf = HyperFormula.buildFromSheets(sheets, { ...CONFIG, functionPlugins: plugins() });
    plans.forEach((plan, i) => {
      const sheetId = hf.getSheetId(`Rule${i}`)!;
      if (!plan.origin) return;
      const from = { sheet: sheetId, row: plan.origin.r, col: plan.origin.c };
      hf.copy({ start: from, end: from });
      for (const { r, c } of plan.cells)
        if (r !== plan.origin.r || c !== plan.origin.c) hf.paste({ sheet: sheetId, row: r, col: c });
    });
    const painted = Array.from({ length: height }, () => Array<number>(width).fill(-1));
    targets.forEach((cells, i) => {
      const id = hf.getSheetId(`Rule${i}`)!;
      for (const { r, c } of cells) {
        if (painted[r][c] === -1 && hf.getCellValue({ sheet: id, row: r, col: c }) === true)
          painted[r][c] = i;
      }
    });
    hf.destroy();
    return painted;
  } finally {
    current = null;
  }
}

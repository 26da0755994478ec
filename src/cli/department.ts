/**
 * `jit-intervention department A.csv B.csv …`: the department check (SPEC 6c) over exported
 * gradebooks, one class per file (or per section of a file with two or more). File names without
 * `.csv` are the class names; two files of the same name are told apart by their paths.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { departmentCheck, DepartmentError, departmentInput, departmentJson } from '../core/department';
import { LayoutError } from '../core/layout';
import { departmentTextReport } from '../core/renderDepartment';
import { analyseFile, readSetup, SETTING_OPTIONS } from './analyseFile';
import { InputError } from './csv';
import type { Io } from './main';

export const DEPARTMENT_USAGE = `Usage: jit-intervention department A.csv B.csv …
                   [--skill-map MAP.csv] [--answer-key ROW|EMAIL]
                   [--mastery-cut 0.8] [--lower 0.1] [--upper 0.2] [--json]
Runs the class check on each gradebook (a class per file, or per section when a file has two or
more) and, per skill, counts the classes at each tier: "system" when most classes with data are at
classroom level, "system-data" when most lack data, else each class's own tier stands.`;

export function departmentCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...SETTING_OPTIONS, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    io.out(DEPARTMENT_USAGE);
    return 0;
  }
  if (positionals.length === 0)
    throw new InputError('department takes two or more CSV files, one class each.');
  const setup = readSetup(values, io);
  const inputs = positionals.map((path) => {
    try {
      return departmentInput(
        basename(path).replace(/\.csv$/i, ''),
        path,
        analyseFile(path, setup),
        setup.settings,
      );
    } catch (e) {
      if (e instanceof LayoutError) throw new InputError(`${path}: ${e.message}`);
      throw e;
    }
  });
  try {
    const report = departmentCheck(inputs);
    io.out(values.json ? JSON.stringify(departmentJson(report), null, 2) : departmentTextReport(report));
  } catch (e) {
    if (e instanceof DepartmentError) throw new InputError(e.message);
    throw e;
  }
  return 0;
}

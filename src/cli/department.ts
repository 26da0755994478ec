/**
 * `jit-intervention department A.csv B.csv …`: the department check (SPEC 6c) over exported
 * gradebooks, one class per file (or per section of a file with two or more). File names without
 * `.csv` are the class names; two files of the same name are told apart by their paths.
 */
import { basename } from 'node:path';
import { departmentCheck, DepartmentError, departmentInput, departmentJson } from '../core/department';
import { LayoutError } from '../core/layout';
import { departmentTextReport } from '../core/renderDepartment';
import { analyseFile, readSetup } from './analyseFile';
import { readArgs } from './args';
import { COMMAND_HELP } from './help';
import { InputError } from './csv';
import type { Io } from './main';

export function departmentCommand(args: string[], io: Io): number {
  const { values, positionals } = readArgs('department', args);
  if (values.help) {
    io.out(COMMAND_HELP.department);
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

/** `jit-intervention progress FIRST.csv [...] LATEST.csv`: SPEC section 6 across exported files. */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { progressJson, progressReport } from '../core/progress';
import { progressTextReport } from '../core/report';
import { InputError } from './csv';
import { analyseFile, readSetup, SETTING_OPTIONS } from './analyseFile';
import type { Io } from './main';

export function progressCommand(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...SETTING_OPTIONS, json: { type: 'boolean' } },
  });
  if (positionals.length < 2) throw new InputError('progress takes two or more CSV files, first to latest.');
  const setup = readSetup(values, io);
  const assessments = positionals.map((path) => ({ name: basename(path), ...analyseFile(path, setup) }));
  const report = progressReport(assessments);
  io.out(values.json ? JSON.stringify(progressJson(report), null, 2) : progressTextReport(report));
  return 0;
}

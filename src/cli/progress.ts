/** `jit-intervention progress FIRST.csv [...] LATEST.csv`: SPEC section 6 across exported files. */
import { basename } from 'node:path';
import { progressJson, progressReport } from '../core/progress';
import { progressTextReport } from '../core/report';
import { InputError } from './csv';
import { analyseFile, readSetup } from './analyseFile';
import { readArgs } from './args';
import { COMMAND_HELP } from './help';
import type { Io } from './main';

export function progressCommand(args: string[], io: Io): number {
  const { values, positionals } = readArgs('progress', args);
  if (values.help) {
    io.out(COMMAND_HELP.progress);
    return 0;
  }
  if (positionals.length < 2) throw new InputError('progress takes two or more CSV files, first to latest.');
  const setup = readSetup(values, io);
  const assessments = positionals.map((path) => ({ name: basename(path), ...analyseFile(path, setup) }));
  const report = progressReport(assessments);
  if (values.json) {
    // The JSON keeps its four keys; what the text report lists under Warnings goes to stderr, as
    // the Skill Map's warnings do, so a script still hears "are these the same class?".
    report.warnings.forEach((w) => io.err(`warning: ${w}`));
    io.out(JSON.stringify(progressJson(report), null, 2));
  } else io.out(progressTextReport(report));
  return 0;
}

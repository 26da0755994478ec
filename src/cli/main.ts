/**
 * `jit-intervention check FILE.csv [...]` and `jit-intervention progress A.csv B.csv [...]`:
 * the add-on's engine on exported gradebooks (SPEC section 11).
 */
import { toJson } from '../core/analyse';
import type { CheckResult } from '../core/engine';
import { LayoutError } from '../core/layout';
import { textReport } from '../core/report';
import { SettingsError } from '../core/settings';
import { analyseSource, readSetup } from './analyseFile';
import { readArgs } from './args';
import { InputError } from './csv';
import { progressCommand } from './progress';
import { departmentCommand } from './department';
import { COMMAND_HELP, USAGE, VERSION } from './help';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

function check(args: string[], io: Io): number {
  const { values, positionals } = readArgs('check', args);
  if (values.help) {
    io.out(COMMAND_HELP.check);
    return 0;
  }
  if (positionals.length !== 1) throw new InputError('check takes one CSV file.');
  const setup = readSetup(values, io);
  const results = analyseSource(positionals[0], setup);
  const report = ({ analysis, book }: CheckResult) => textReport(analysis, setup.settings, book.layout);
  if (results.length === 1 && results[0].title === null) {
    const { result } = results[0];
    io.out(values.json ? JSON.stringify(toJson(result.analysis), null, 2) : report(result));
    return 0;
  }
  // A OneRoster export: one gradebook per class (oneRoster.ts).
  if (values.json) {
    const perClass = results.map(({ title, result }) => ({ class: title, ...toJson(result.analysis) }));
    io.out(JSON.stringify(perClass, null, 2));
  } else {
    io.out(results.map(({ title, result }) => `== ${title} ==\n${report(result)}`).join('\n\n'));
  }
  return 0;
}

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return check(rest, io);
    if (command === 'progress') return progressCommand(rest, io);
    if (command === 'department') return departmentCommand(rest, io);
    if (command === '--help' || command === '-h' || command === 'help') {
      // `help check` as well as `check --help`.
      io.out(COMMAND_HELP[rest[0]] ?? USAGE);
      return 0;
    }
    if (command === '--version' || command === '-v' || command === '-V') {
      io.out(VERSION);
      return 0;
    }
    if (command === undefined) {
      io.err(USAGE);
      return 2;
    }
    const what = command.startsWith('-') ? 'option' : 'command';
    io.err(`jit-intervention: unknown ${what} ${command} (--help lists the commands)`);
    return 2;
  } catch (e) {
    const known = e instanceof InputError || e instanceof LayoutError || e instanceof SettingsError;
    if (known) {
      io.err(`jit-intervention: ${(e as Error).message}`);
      return 1;
    }
    throw e;
  }
}

/**
 * `jit-intervention check FILE.csv [...]` and `jit-intervention progress A.csv B.csv [...]`:
 * the add-on's engine on exported gradebooks (SPEC section 11).
 */
import { parseArgs } from 'node:util';
import { toJson } from '../core/analyse';
import type { CheckResult } from '../core/engine';
import { LayoutError } from '../core/layout';
import { textReport } from '../core/report';
import { SettingsError } from '../core/settings';
import { analyseSource, readSetup, SETTING_OPTIONS } from './analyseFile';
import { InputError } from './csv';
import { progressCommand } from './progress';
import { departmentCommand } from './department';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage:
  jit-intervention check FILE.csv|ONEROSTER(.zip) [--skill-map MAP.csv] [--answer-key ROW|EMAIL]
                   [--mastery-cut 0.8] [--lower 0.1] [--upper 0.2] [--json]
  jit-intervention progress FIRST.csv [...] LATEST.csv [--skill-map MAP.csv] [--answer-key ROW|EMAIL]
                   [--mastery-cut 0.8] [--lower 0.1] [--upper 0.2] [--json]
  jit-intervention department A.csv B.csv … [same flags as progress]   (department --help)`;

function check(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { ...SETTING_OPTIONS, json: { type: 'boolean' } },
  });
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
      io.out(USAGE);
      return 0;
    }
    io.err(command ? `Unknown command "${command}".\n${USAGE}` : USAGE);
    return 2;
  } catch (e) {
    const known = e instanceof InputError || e instanceof LayoutError || e instanceof SettingsError;
    const code = (e as { code?: string }).code;
    if (known || (code && code.startsWith('ERR_PARSE_ARGS'))) {
      io.err(`jit-intervention: ${(e as Error).message}`);
      return 1;
    }
    throw e;
  }
}

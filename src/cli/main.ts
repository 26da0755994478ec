/**
 * `jit-intervention check FILE.csv [...]` and `jit-intervention progress A.csv B.csv [...]`:
 * the add-on's engine on exported gradebooks (SPEC section 11).
 */
import { parseArgs } from 'node:util';
import { toJson } from '../core/analyse';
import { checkGrid } from '../core/engine';
import { LayoutError } from '../core/layout';
import { textReport } from '../core/report';
import { makeSettings, SettingsError } from '../core/settings';
import { parseSkillMap } from '../core/skillMap';
import { InputError, readCsvFile } from './csv';
import { progressCommand } from './progress';

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const USAGE = `Usage:
  jit-intervention check FILE.csv [--skill-map MAP.csv] [--answer-key ROW|EMAIL]
                   [--mastery-cut 0.8] [--lower 0.1] [--upper 0.2] [--json]
  jit-intervention progress FIRST.csv [...] LATEST.csv [--json]`;

function check(args: string[], io: Io): number {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      'skill-map': { type: 'string' }, 'answer-key': { type: 'string' }, 'mastery-cut': { type: 'string' },
      lower: { type: 'string' }, upper: { type: 'string' }, json: { type: 'boolean' },
    },
  });
  if (positionals.length !== 1) throw new InputError('check takes one CSV file.');
  const settings = makeSettings({ masteryCut: values['mastery-cut'], lower: values.lower, upper: values.upper });
  const file = readCsvFile(positionals[0]);
  let skillMap;
  if (values['skill-map']) {
    const map = parseSkillMap(readCsvFile(values['skill-map']).grid);
    skillMap = map.entries;
    map.warnings.forEach((w) => io.err(`warning: ${w}`));
  }
  const { analysis, book } = checkGrid(file.grid, {
    settings, skillMap, decimalComma: file.decimalComma, correction: { answerKey: values['answer-key'] },
  });
  io.out(values.json ? JSON.stringify(toJson(analysis), null, 2) : textReport(analysis, settings, book.layout));
  return 0;
}

export function run(argv: string[], io: Io): number {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return check(rest, io);
    if (command === 'progress') return progressCommand(rest, io);
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

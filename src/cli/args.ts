/**
 * The command line's flags, read with Node's parser in its lenient mode and checked here, so a
 * mistake is one line of ours naming the flag (Node's own messages run long and, for an unknown
 * flag, end on an unbalanced quote).
 */
import { parseArgs } from 'node:util';
import { InputError } from './csv';

export const SETTING_OPTIONS = {
  'skill-map': { type: 'string' },
  'answer-key': { type: 'string' },
  'mastery-cut': { type: 'string' },
  lower: { type: 'string' },
  upper: { type: 'string' },
} as const;

/** What every command takes: the settings, `--json` and `--help`. */
export const COMMAND_OPTIONS = {
  ...SETTING_OPTIONS,
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

export type CommandValues = Partial<Record<keyof typeof COMMAND_OPTIONS, string | boolean>>;

/**
 * A value that is itself a flag (`--mastery-cut --json`) means the value was left out; a negative
 * number (`--lower -0.1`) is a value, which makeSettings then judges.
 */
const looksLikeFlag = (value: string) => /^-[^\d.]/.test(value);

/** The command's flags and files; throws an InputError naming the first flag that is wrong. */
export function readArgs(command: string, args: string[]): { values: CommandValues; positionals: string[] } {
  const { values, positionals, tokens } = parseArgs({
    args,
    options: COMMAND_OPTIONS,
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const hint = `(${command} --help lists them)`;
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    const option = (COMMAND_OPTIONS as Record<string, { type: string }>)[token.name];
    if (!option) throw new InputError(`unknown option ${token.rawName} ${hint}`);
    if (
      option.type === 'string' &&
      (token.value === undefined || (!token.inlineValue && looksLikeFlag(token.value)))
    )
      throw new InputError(`${token.rawName} needs a value ${hint}`);
    if (option.type === 'boolean' && token.value !== undefined)
      throw new InputError(`${token.rawName} takes no value ${hint}`);
  }
  return { values: values as CommandValues, positionals };
}

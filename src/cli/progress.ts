/** `jit-intervention progress`: filled in with the Progress issue. */
import type { Io } from './main';
import { InputError } from './csv';

export function progressCommand(_args: string[], _io: Io): number {
  throw new InputError('progress is not available yet.');
}

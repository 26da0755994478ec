/** Loads dist/gas/Code.js the way Apps Script does: one script, top level, in a fresh global scope. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import vm from 'node:vm';

export const CODE_JS = path.join(__dirname, '..', '..', 'dist', 'gas', 'Code.js');

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BundleGlobals = Record<string, any>;

export function loadBundle(services: BundleGlobals = {}): BundleGlobals {
  const context = vm.createContext({ ...services });
  vm.runInContext(readFileSync(CODE_JS, 'utf8'), context, { filename: 'Code.gs' });
  return context;
}

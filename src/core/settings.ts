/**
 * Settings a teacher can change (cut, band, step order), checked before any analysis so a
 * wrong value gets a clear message instead of a silent wrong tier.
 */
import { parseFractionSetting } from './cells';
import { percent } from './tierWords';
import { DEFAULT_SETTINGS, type CellValue, type Settings } from './types';

export class SettingsError extends Error {}

function fraction(value: CellValue, what: string, fallback: number): number {
  if (value === undefined || value === null || value === '') return fallback;
  const n = parseFractionSetting(value);
  if (n === null || n < 0 || n > 1) {
    throw new SettingsError(
      `${what} must be a fraction from 0 to 1 or a percent (0.8 or 80%); got "${String(value)}".`,
    );
  }
  return n;
}

/** Builds settings from loose input (CLI flags, sidebar fields, function arguments). */
export function makeSettings(
  input: { masteryCut?: CellValue; lower?: CellValue; upper?: CellValue; stepOrder?: string[] } = {},
): Settings {
  const masteryCut = fraction(input.masteryCut, 'Mastery cut', DEFAULT_SETTINGS.masteryCut);
  if (masteryCut === 0) throw new SettingsError('Mastery cut must be above 0%.');
  const lower = fraction(input.lower, 'Lower limit', DEFAULT_SETTINGS.band.lower);
  const upper = fraction(input.upper, 'Upper limit', DEFAULT_SETTINGS.band.upper);
  // In percent, as the sidebar's fields and the tabs show the limits (a teacher typed 5, not 0.05).
  if (lower > upper)
    throw new SettingsError(`Lower limit (${percent(lower)}) is above upper limit (${percent(upper)}).`);
  return { masteryCut, band: { lower, upper }, ...(input.stepOrder ? { stepOrder: input.stepOrder } : {}) };
}

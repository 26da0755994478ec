/**
 * Settings live in the spreadsheet's own developer metadata, so File > Make a copy carries them
 * with the template (script properties would stay behind). Anyone with edit access can change
 * that metadata, so what is read back is checked field by field: a field of the wrong shape is
 * dropped with one warning, never a TypeError later.
 */
import { type ItemEdit, readItemEdit } from '../core/itemSetup';
import type { LayoutCorrection } from '../core/layout';
import { makeSettings } from '../core/settings';
import type { Settings } from '../core/types';
import { SETTINGS_KEY } from './metadata';
import type { MetadataLike, SpreadsheetLike } from './services';

export interface SavedSettings {
  masteryCut?: number;
  lower?: number;
  upper?: number;
  stepOrder?: string[];
  /** The gradebook tab's name, when the teacher picked one. */
  gradebook?: string;
  correction?: LayoutCorrection;
  /** The assessment tabs Progress compares, first to latest, when the teacher chose them. */
  assessments?: string[];
  /** The setup table's per-item edits (skills, step, points, cut, included), by item header. */
  items?: ItemEdit[];
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

/** Each field and the shape it must have; anything else is dropped. */
const FIELDS: Record<keyof SavedSettings, (v: unknown) => boolean> = {
  masteryCut: (v) => typeof v === 'number',
  lower: (v) => typeof v === 'number',
  upper: (v) => typeof v === 'number',
  stepOrder: isStrings,
  gradebook: (v) => typeof v === 'string',
  correction: isObject,
  assessments: isStrings,
  items: Array.isArray, // and each entry checked on its own (readItemEdit): a bad one is dropped alone
};

const DROPPED =
  'The saved settings of this spreadsheet could not all be read (changed outside the add-on?): ' +
  'the defaults are used for what could not. Save the settings again to fix it.';

/** The saved settings from the add-on's metadata (`ownMetadata`), and a warning if any were dropped. */
export function loadSaved(metadata: MetadataLike[]): { saved: SavedSettings; warning?: string } {
  const meta = metadata.find((m) => m.getKey() === SETTINGS_KEY);
  if (!meta) return { saved: {} };
  let raw: unknown;
  try {
    raw = JSON.parse(meta.getValue() ?? '{}');
  } catch {
    return { saved: {}, warning: DROPPED };
  }
  if (!isObject(raw)) return { saved: {}, warning: DROPPED };
  const saved: Record<string, unknown> = {};
  let dropped = false;
  for (const [key, value] of Object.entries(raw)) {
    const fits = Object.prototype.hasOwnProperty.call(FIELDS, key)
      ? FIELDS[key as keyof SavedSettings](value)
      : false;
    if (fits) saved[key] = value;
    else dropped = true;
  }
  if (saved.items) {
    const items = (saved.items as unknown[]).map(readItemEdit);
    saved.items = items.filter((e) => e !== null);
    if (items.includes(null)) dropped = true;
  }
  try {
    makeSettings(saved); // a cut or band out of range
  } catch {
    for (const key of ['masteryCut', 'lower', 'upper']) delete saved[key];
    dropped = true;
  }
  return dropped ? { saved, warning: DROPPED } : { saved };
}

/** Call inside the document lock, with settings merged over what was saved as read inside it. */
export function saveSettings(ss: SpreadsheetLike, saved: SavedSettings): void {
  makeSettings(saved); // refuses a bad cut or band before anything is stored
  const value = JSON.stringify(saved);
  const meta = ss.createDeveloperMetadataFinder().withKey(SETTINGS_KEY).find()[0];
  if (meta) meta.setValue(value);
  else ss.addDeveloperMetadata(SETTINGS_KEY, value);
}

export function settingsOf(saved: SavedSettings): Settings {
  return makeSettings({
    masteryCut: saved.masteryCut,
    lower: saved.lower,
    upper: saved.upper,
    stepOrder: saved.stepOrder,
  });
}

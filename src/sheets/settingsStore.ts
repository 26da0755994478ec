/**
 * Settings live in the spreadsheet's own developer metadata, so File > Make a copy carries them
 * with the template (script properties would stay behind).
 */
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
}

/** The saved settings, from the add-on's metadata (`ownMetadata`). */
export function loadSaved(metadata: MetadataLike[]): SavedSettings {
  const meta = metadata.find((m) => m.getKey() === SETTINGS_KEY);
  try {
    return meta ? (JSON.parse(meta.getValue() ?? '{}') as SavedSettings) : {};
  } catch {
    return {};
  }
}

export function saveSettings(ss: SpreadsheetLike, saved: SavedSettings): void {
  makeSettings(saved); // refuses a bad cut or band before anything is stored
  const value = JSON.stringify(saved);
  const meta = ss.createDeveloperMetadataFinder().withKey(SETTINGS_KEY).find()[0];
  if (meta) meta.setValue(value);
  else ss.addDeveloperMetadata(SETTINGS_KEY, value);
}

export function settingsOf(saved: SavedSettings): Settings {
  return makeSettings({ masteryCut: saved.masteryCut, lower: saved.lower, upper: saved.upper, stepOrder: saved.stepOrder });
}

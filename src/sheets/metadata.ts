/** Developer-metadata keys that mark what the add-on owns. */
export const TAB_KEY = 'jit-intervention.tab';
export const TEMPLATE_KEY = 'jit-intervention.template';
export const SETTINGS_KEY = 'jit-intervention.settings';

import type { MetadataLike, SpreadsheetLike } from './services';

/**
 * All of the add-on's own developer metadata (settings and tab tags) in one round trip; each
 * action starts with it instead of one finder per key.
 */
export function ownMetadata(ss: SpreadsheetLike): MetadataLike[] {
  return ss
    .createDeveloperMetadataFinder()
    .find()
    .filter((m) => m.getKey().startsWith('jit-intervention.'));
}

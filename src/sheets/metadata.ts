/** Developer-metadata keys that mark what the add-on owns. */
export const TAB_KEY = 'jit-intervention.tab';
export const TEMPLATE_KEY = 'jit-intervention.template';
export const SETTINGS_KEY = 'jit-intervention.settings';

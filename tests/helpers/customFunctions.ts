/**
 * The custom functions a script file declares: Sheets offers a global function as a custom function,
 * and autocompletes it when the JSDoc right above it carries `@customfunction`
 * (developers.google.com/apps-script/guides/sheets/functions, "Autocomplete").
 */
export function customFunctionNames(code: string): string[] {
  const doc = /\/\*\*((?:(?!\*\/)[\s\S])*)\*\/\s*function\s+([A-Za-z_$][\w$]*)\s*\(/g;
  return [...code.matchAll(doc)]
    .filter(([, body]) => /@customfunction\b/.test(body))
    .map(([, , name]) => name);
}

/**
 * Number-format strings as Sheets reports and accepts them. Sheets has no name for "automatic":
 * `getNumberFormats()` reports an automatic cell as `0.###############` (Google's reference is silent;
 * see docs/sheets-behaviour.md), and writing that string back leaves the cell automatic.
 */
export const AUTOMATIC_FORMAT = '0.###############';
/** Plain text: what the add-on's own text cells are formatted as, so Sheets never re-reads them. */
export const TEXT_FORMAT = '@';

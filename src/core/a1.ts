/** A1 notation for 0-based grid positions. */

export function columnLetter(column: number): string {
  let n = column + 1;
  let letters = '';
  while (n > 0) {
    const rest = (n - 1) % 26;
    letters = String.fromCharCode(65 + rest) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

export function a1(row: number, column: number): string {
  return `${columnLetter(column)}${row + 1}`;
}

/** A1 or A1:B2 notation as 1-based first row and column and a size, or null if it is neither. */
export function parseA1(
  notation: string,
): { row: number; column: number; rows: number; columns: number } | null {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/.exec(notation);
  if (!m) return null;
  const letters = (s: string) => [...s].reduce((acc, ch) => acc * 26 + ch.charCodeAt(0) - 64, 0);
  const [column, row] = [letters(m[1]), Number(m[2])];
  const [lastColumn, lastRow] = m[3] ? [letters(m[3]), Number(m[4])] : [column, row];
  return { row, column, rows: lastRow - row + 1, columns: lastColumn - column + 1 };
}

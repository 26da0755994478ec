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

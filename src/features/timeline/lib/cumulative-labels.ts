/** "A", "B", … "Z", "AA": the letters that tie a statement's point to its line in the key. */
export function statementLetter(index: number): string {
  let n = index;
  let letters = '';
  do {
    letters = String.fromCharCode(65 + (n % 26)) + letters;
    n = Math.floor(n / 26) - 1;
  } while (n >= 0);
  return letters;
}

// Apart from read-csv.ts so the page can say what is wrong without loading papaparse.
/** Above this a spreadsheet is refused before it is read (the limit of a bundle, too). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

/**
 * What is wrong with a spreadsheet file, as data: the file is read in a worker,
 * which has no catalogs, so the page says it in its own language
 * (features/own-data/lib/csv-file-text.ts).
 */
export type CsvFileProblem =
  | { kind: 'tooLarge'; bytes: number; limit: number }
  | { kind: 'utf32' }
  | { kind: 'utf16' }
  | { kind: 'utf16NoMark' }
  | { kind: 'binary' }
  | { kind: 'notUtf8' }
  | { kind: 'json' }
  | { kind: 'noHeader' }
  | { kind: 'unreadable'; detail: string }
  | { kind: 'readerStopped' };

export class CsvFileError extends Error {
  constructor(readonly problem: CsvFileProblem) {
    super(`CSV file: ${problem.kind}`);
    this.name = 'CsvFileError';
  }
}

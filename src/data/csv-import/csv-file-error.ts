// Apart from read-csv.ts so the page can say what is wrong without loading papaparse.
/** Above this a spreadsheet is refused before it is read (the limit of a bundle, too). */
export const MAX_CSV_BYTES = 20 * 1024 * 1024;

export class CsvFileError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CsvFileError';
  }
}

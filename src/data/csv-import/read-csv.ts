// A spreadsheet file's bytes to rows: the encoding checked (UTF-8 only, said
// plainly otherwise), the separator found (comma, semicolon as French Excel
// writes, or tab), quoted newlines kept inside their cell. Runs in a worker
// (csv-worker.ts) for large files, or on the page where workers are missing.
import Papa from 'papaparse';
import { CsvFileError } from './csv-file-error';

export { CsvFileError, MAX_CSV_BYTES } from './csv-file-error';

export interface ParsedCsv {
  header: string[];
  rows: string[][];
  delimiter: string;
}

/** UTF-8 text of the file, or a CsvFileError naming what it is instead. */
export function decodeCsvBytes(bytes: Uint8Array): string {
  const [b0, b1, b2, b3] = bytes;
  if (
    (b0 === 0xff && b1 === 0xfe && b2 === 0 && b3 === 0) ||
    (b0 === 0 && b1 === 0 && b2 === 0xfe && b3 === 0xff)
  ) {
    throw new CsvFileError({ kind: 'utf32' });
  }
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) {
    throw new CsvFileError({ kind: 'utf16' });
  }
  if (bytes.length >= 2 && (b0 === 0) !== (b1 === 0)) {
    throw new CsvFileError({ kind: 'utf16NoMark' });
  }
  if (bytes.subarray(0, 8000).includes(0)) throw new CsvFileError({ kind: 'binary' });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CsvFileError({ kind: 'notUtf8' });
  }
}

export function parseCsvText(text: string): ParsedCsv {
  if (/^\s*[{[]/.test(text)) throw new CsvFileError({ kind: 'json' });
  const result = Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    delimitersToGuess: [',', ';', '\t', '|'],
  });
  const [header, ...rows] = result.data;
  if (!header || header.length < 2) {
    throw new CsvFileError({ kind: 'noHeader' });
  }
  return {
    header: header.map((h) => h.replace(/^\uFEFF/, '').trim()),
    rows,
    delimiter: result.meta.delimiter,
  };
}

export function readCsvBytes(bytes: Uint8Array): ParsedCsv {
  return parseCsvText(decodeCsvBytes(bytes));
}

// A spreadsheet picked on /data: refused above the limit before any reading,
// then decoded and parsed in a module worker (same origin, allowed by the
// CSP's worker-src 'self'), or on the page where there are no workers (tests).
import { CsvFileError, MAX_CSV_BYTES } from './csv-file-error';
import type { ParsedCsv } from './read-csv';

const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

export async function readCsvFile(file: Blob): Promise<ParsedCsv> {
  if (file.size > MAX_CSV_BYTES) {
    throw new CsvFileError(
      `The file is ${mb(file.size)}; spreadsheets up to ${mb(MAX_CSV_BYTES)} can be imported. It was not read. Split it into smaller files.`,
    );
  }
  if (typeof Worker === 'undefined') {
    const { readCsvBytes } = await import('./read-csv');
    return readCsvBytes(new Uint8Array(await file.arrayBuffer()));
  }
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParsedCsv>((resolve, reject) => {
      worker.onmessage = (
        event: MessageEvent<{ ok: true; parsed: ParsedCsv } | { ok: false; message: string }>,
      ) => {
        if (event.data.ok) resolve(event.data.parsed);
        else reject(new CsvFileError(event.data.message));
      };
      worker.onerror = () => reject(new CsvFileError('The spreadsheet reader stopped before it finished.'));
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}

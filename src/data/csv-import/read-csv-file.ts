// A spreadsheet picked on /data: refused above the limit before any reading,
// then decoded and parsed in a module worker (same origin, allowed by the
// CSP's worker-src 'self'), or on the page where there are no workers (tests).
import { CsvFileError, MAX_CSV_BYTES, type CsvFileProblem } from './csv-file-error';
import type { ParsedCsv } from './read-csv';

export async function readCsvFile(file: Blob): Promise<ParsedCsv> {
  if (file.size > MAX_CSV_BYTES) {
    throw new CsvFileError({ kind: 'tooLarge', bytes: file.size, limit: MAX_CSV_BYTES });
  }
  if (typeof Worker === 'undefined') {
    const { readCsvBytes } = await import('./read-csv');
    return readCsvBytes(new Uint8Array(await file.arrayBuffer()));
  }
  const worker = new Worker(new URL('./csv-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<ParsedCsv>((resolve, reject) => {
      worker.onmessage = (
        event: MessageEvent<{ ok: true; parsed: ParsedCsv } | { ok: false; problem: CsvFileProblem }>,
      ) => {
        if (event.data.ok) resolve(event.data.parsed);
        else reject(new CsvFileError(event.data.problem));
      };
      worker.onerror = () => reject(new CsvFileError({ kind: 'readerStopped' }));
      worker.postMessage(file);
    });
  } finally {
    worker.terminate();
  }
}

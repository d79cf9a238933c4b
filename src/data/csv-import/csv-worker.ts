// Reads a spreadsheet off the page's thread, so a large file never freezes the tab.
import type { CsvFileProblem } from './csv-file-error';
import { CsvFileError, readCsvBytes } from './read-csv';

self.onmessage = async (event: MessageEvent<Blob>) => {
  try {
    const parsed = readCsvBytes(new Uint8Array(await event.data.arrayBuffer()));
    self.postMessage({ ok: true, parsed });
  } catch (error) {
    // The problem as data: the page says it in its language.
    const problem: CsvFileProblem =
      error instanceof CsvFileError ? error.problem : { kind: 'unreadable', detail: String(error) };
    self.postMessage({ ok: false, problem });
  }
};

// Reads a spreadsheet off the page's thread, so a large file never freezes the tab.
import { CsvFileError, readCsvBytes } from './read-csv';

self.onmessage = async (event: MessageEvent<Blob>) => {
  try {
    const parsed = readCsvBytes(new Uint8Array(await event.data.arrayBuffer()));
    self.postMessage({ ok: true, parsed });
  } catch (error) {
    const message =
      error instanceof CsvFileError ? error.message : `The file could not be read (${String(error)}).`;
    self.postMessage({ ok: false, message });
  }
};

// The dismantlings as a spreadsheet: one row per event under the current
// filters, every field of the record, its sources' ids and URLs. Written by
// the app's one CSV encoder (src/lib/csv.ts). The column names are written in
// the page's language (in English, the data package's field names); the cells
// keep the bundle's values.
import type { CellCount, CellEvent, ContextEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { CONTEXT_CSV_HEADER, contextCsvRows, EVENTS_CSV_HEADER, eventCsvRows } from '../../../data/events-csv-rows';
import { OFFICIAL_COUNTS_CSV_HEADER, officialCountCsvRows } from '../../../data/records-csv';
import { t } from '../../../i18n/i18n';
import { toCsv, type CsvCitation } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';

export {
  CONTEXT_CSV_HEADER,
  contextCsvRows,
  EVENTS_CSV_HEADER,
  eventCsvRows,
} from '../../../data/events-csv-rows';

export { CSV_HEADER_IDS } from '../../../data/csv-header-names';
import { CSV_HEADER_IDS } from '../../../data/csv-header-names';

/** The column names in the page's language ("date_precision" -> "précision de la date"); unknown names as they are. */
export function localHeader(names: readonly string[]): string[] {
  return names.map((name) => {
    const id = CSV_HEADER_IDS[name];
    return id === undefined ? name : t(id);
  });
}

/** The last columns of every row: which selection, which data version. */
export function timelineCsvCitation(selection: string, version: string): CsvCitation {
  return {
    [t('timeline.csv.header.selection')]: selection,
    [t('timeline.csv.header.dataVersion')]: t('timeline.csv.dataVersion', { version }),
  };
}

function countsCitation(selection: string, version: string): CsvCitation {
  return {
    [t('timeline.csv.header.selection')]: selection,
    [t('timeline.csv.header.dataVersion')]: t('timeline.csv.countsDataVersion', { version }),
  };
}

export type TimelineCsvRows =
  | { events: readonly CellEvent[] }
  | { context: readonly ContextEvent[] }
  | { counts: readonly CellCount[] };

/** The file's text: column names in the page's language, then the rows and the citation columns. */
export function timelineCsv(rows: TimelineCsvRows, sourcesById: SourcesById, selection: string, version: string): string {
  if ('events' in rows) {
    return toCsv(localHeader(EVENTS_CSV_HEADER), eventCsvRows(rows.events, sourcesById), timelineCsvCitation(selection, version));
  }
  if ('context' in rows) {
    return toCsv(localHeader(CONTEXT_CSV_HEADER), contextCsvRows(rows.context, sourcesById), timelineCsvCitation(selection, version));
  }
  return toCsv(localHeader(OFFICIAL_COUNTS_CSV_HEADER), officialCountCsvRows(rows.counts, sourcesById), countsCitation(selection, version));
}

const FILE_NAMES = { events: 'dismantlings.csv', context: 'context-events.csv', 'official-counts': 'official-counts.csv' } as const;

/**
 * Writes the file. The timeline loads this module when the reader asks for a
 * file, so the first paint of /timeline does not carry it.
 */
export function downloadTimelineCsv(
  kind: 'events' | 'context' | 'official-counts',
  rows: TimelineCsvRows,
  sourcesById: SourcesById,
  selection: string,
  version: string,
): void {
  downloadText(timelineCsv(rows, sourcesById, selection, version), FILE_NAMES[kind], 'text/csv;charset=utf-8');
}

// The dismantlings as a spreadsheet: one row per event under the current
// filters, every field of the record, its sources' ids and URLs. Written by
// the app's one CSV encoder (src/lib/csv.ts).
import type { CellEvent, ContextEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { CONTEXT_CSV_HEADER, contextCsvRows, EVENTS_CSV_HEADER, eventCsvRows } from '../../../data/events-csv-rows';
import { toCsv, type CsvCitation } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';

export {
  CONTEXT_CSV_HEADER,
  contextCsvRows,
  EVENTS_CSV_HEADER,
  eventCsvRows,
} from '../../../data/events-csv-rows';

/** The last columns of every row: which selection, which data version. */
export function timelineCsvCitation(selection: string, version: string): CsvCitation {
  return {
    selection,
    data_version: `${version}. Dates keep their precision: a month or a year is never given a day. Counts are as the sources state them.`,
  };
}

/**
 * Writes the file. The timeline loads this module when the reader asks for a
 * file, so the first paint of /timeline does not carry it.
 */
export function downloadTimelineCsv(
  kind: 'events' | 'context',
  rows: { events: readonly CellEvent[] } | { context: readonly ContextEvent[] },
  sourcesById: SourcesById,
  selection: string,
  version: string,
): void {
  const csv =
    'events' in rows
      ? toCsv(EVENTS_CSV_HEADER, eventCsvRows(rows.events, sourcesById), timelineCsvCitation(selection, version))
      : toCsv(CONTEXT_CSV_HEADER, contextCsvRows(rows.context, sourcesById), timelineCsvCitation(selection, version));
  downloadText(csv, kind === 'events' ? 'dismantlings.csv' : 'context-events.csv', 'text/csv;charset=utf-8');
}

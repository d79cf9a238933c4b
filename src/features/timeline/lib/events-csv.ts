// The dismantlings as a spreadsheet: one row per event under the current
// filters, every field of the record, its sources' ids and URLs. Written by
// the app's one CSV encoder (src/lib/csv.ts). The column names are written in
// the page's language (in English, the data package's field names); the cells
// keep the bundle's values.
import type { CellCount, CellEvent, ContextEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { CONTEXT_CSV_HEADER, contextCsvRows, EVENTS_CSV_HEADER, eventCsvRows } from '../../../data/events-csv-rows';
import { OFFICIAL_COUNTS_CSV_HEADER, officialCountCsvRows } from '../../../data/records-csv';
import { t, type MessageId } from '../../../i18n/i18n';
import { toCsv, type CsvCitation } from '../../../lib/csv';
import { downloadText } from '../../../lib/download';

export {
  CONTEXT_CSV_HEADER,
  contextCsvRows,
  EVENTS_CSV_HEADER,
  eventCsvRows,
} from '../../../data/events-csv-rows';

/** Every column the timeline's files write, with its name's message. */
export const CSV_HEADER_IDS: Record<string, MessageId> = {
  id: 'timeline.csv.header.id',
  date: 'timeline.csv.header.date',
  date_precision: 'timeline.csv.header.datePrecision',
  approximate: 'timeline.csv.header.approximate',
  date_note: 'timeline.csv.header.dateNote',
  places: 'timeline.csv.header.places',
  cities: 'timeline.csv.header.cities',
  regions: 'timeline.csv.header.regions',
  countries: 'timeline.csv.header.countries',
  place_ids: 'timeline.csv.header.placeIds',
  arrested: 'timeline.csv.header.arrested',
  arrested_morocco: 'timeline.csv.header.arrestedMorocco',
  arrested_qualifier: 'timeline.csv.header.arrestedQualifier',
  arrested_abroad: 'timeline.csv.header.arrestedAbroad',
  arrested_abroad_total: 'timeline.csv.header.arrestedAbroadTotal',
  later_arrests: 'timeline.csv.header.laterArrests',
  later_arrests_note: 'timeline.csv.header.laterArrestsNote',
  affiliation: 'timeline.csv.header.affiliation',
  group: 'timeline.csv.header.group',
  agencies: 'timeline.csv.header.agencies',
  partners: 'timeline.csv.header.partners',
  details: 'timeline.csv.header.details',
  note: 'timeline.csv.header.note',
  follow_up_of: 'timeline.csv.header.followUpOf',
  placed: 'timeline.csv.header.placed',
  source_ids: 'timeline.csv.header.sourceIds',
  source_urls: 'timeline.csv.header.sourceUrls',
  end_date: 'timeline.csv.header.endDate',
  category: 'timeline.csv.header.category',
  title: 'timeline.csv.header.title',
  description: 'timeline.csv.header.description',
  kind: 'timeline.csv.header.kind',
  year: 'timeline.csv.header.year',
  since: 'timeline.csv.header.since',
  through: 'timeline.csv.header.through',
  coverage: 'timeline.csv.header.coverage',
  count: 'timeline.csv.header.count',
  qualifier: 'timeline.csv.header.qualifier',
  arrests: 'timeline.csv.header.arrests',
  arrests_qualifier: 'timeline.csv.header.arrestsQualifier',
  series: 'timeline.csv.header.series',
  stated_by: 'timeline.csv.header.statedBy',
  official: 'timeline.csv.header.official',
  seed_paragraph: 'timeline.csv.header.seedParagraph',
};

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

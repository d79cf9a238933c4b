// The dismantlings as a spreadsheet: one row per event under the current
// filters, every field of the record, its sources' ids and URLs. Written by
// the app's one CSV encoder (src/lib/csv.ts).
import type { CellEvent, ContextEvent } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import { toCsv, type CsvCitation, type CsvValue } from '../../../lib/csv';
import { precisionOf } from '../../../lib/dates';
import { downloadText } from '../../../lib/download';
import { arrestedAbroadText, arrestedAbroadTotal } from '../../../data/cell-events';
import { qualifierWord } from '../../../data/qualifiers';

export const EVENTS_CSV_HEADER = [
  'id',
  'date',
  'date_precision',
  'approximate',
  'date_note',
  'places',
  'cities',
  'regions',
  'countries',
  // `arrested` stays for existing users of the file; it is, and always meant, arrests in Morocco.
  'arrested',
  'arrested_morocco',
  'arrested_qualifier',
  'arrested_abroad',
  'arrested_abroad_total',
  'later_arrests',
  'later_arrests_note',
  'affiliation',
  'group',
  'agencies',
  'partners',
  'details',
  'note',
  'follow_up_of',
  'placed',
  'source_ids',
  'source_urls',
];

const join = (values: readonly string[]) => values.join(' | ');
const urls = (ids: readonly string[], sourcesById: SourcesById) =>
  join(ids.map((id) => sourcesById.get(id)?.url ?? ''));

export function eventCsvRows(events: readonly CellEvent[], sourcesById: SourcesById): CsvValue[][] {
  return events.map((e) => [
    e.id,
    e.date,
    precisionOf(e.date),
    e.approximate,
    e.dateNote,
    join(e.places.map((p) => `${p.city} (${p.region}, ${p.country})`)),
    join(e.places.map((p) => p.city)),
    join(e.places.map((p) => p.region)),
    join(e.places.map((p) => p.country)),
    e.arrested,
    e.arrested,
    qualifierWord(e.arrestedQualifier),
    arrestedAbroadText(e),
    arrestedAbroadTotal(e),
    e.laterArrests,
    e.laterArrestsNote,
    e.affiliation,
    e.group,
    join(e.agencies),
    join(e.partners),
    e.details,
    e.note,
    e.followUpOf,
    e.placed === true,
    join(e.sources),
    urls(e.sources, sourcesById),
  ]);
}

export const CONTEXT_CSV_HEADER = [
  'id',
  'date',
  'date_precision',
  'end_date',
  'approximate',
  'placed',
  'category',
  'title',
  'description',
  'source_ids',
  'source_urls',
];

export function contextCsvRows(events: readonly ContextEvent[], sourcesById: SourcesById): CsvValue[][] {
  return events.map((e) => [
    e.id,
    e.date,
    precisionOf(e.date),
    e.endDate,
    e.approximate,
    e.placed === true,
    e.category,
    e.title,
    e.description,
    join(e.sources),
    urls(e.sources, sourcesById),
  ]);
}

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

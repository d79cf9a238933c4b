// The sources as a table, the one the records' source ids point to in the data package.
import type { CsvValue } from '../lib/csv';
import { precisionOf } from '../lib/dates';
import type { Source } from './schema';

export const SOURCES_CSV_HEADER = [
  'id',
  'publisher',
  'title',
  'date',
  'date_precision',
  'url',
  'language',
  'kind',
  'reliability',
];

/** One row per source, every field; the table the records' source ids point to. */
export function sourceCsvRows(sources: readonly Source[]): CsvValue[][] {
  return sources.map((s) => [
    s.id,
    s.publisher,
    s.title,
    s.date,
    s.date === null ? null : precisionOf(s.date),
    s.url,
    s.language,
    s.kind,
    s.reliability,
  ]);
}

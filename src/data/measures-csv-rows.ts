// Rows of the countermeasures, here in data/ so the data package
// (data-package.ts) writes the same rows as /countermeasures' download.
import type { CsvValue } from '../lib/csv';
import type { Countermeasure } from './schema';
import type { SourcesById } from './sources';
import { MEASURE_TRANSLATED, translationCells, translationHeader } from './translation-columns';

export const MEASURES_CSV_HEADER = [
  'id',
  'title',
  'description',
  'horizon',
  'horizon_basis',
  'horizon_reason',
  'approach',
  'domain',
  'actor',
  'status',
  'seed_paragraph',
  'source_ids',
  'source_urls',
  ...translationHeader(MEASURE_TRANSLATED),
];

/** One row per measure: every field, with its sources' ids and URLs joined by " | ". */
export function measureCsvRows(measures: readonly Countermeasure[], sourcesById: SourcesById): CsvValue[][] {
  return measures.map((m) => [
    m.id,
    m.title,
    m.description,
    m.horizon,
    m.horizonBasis,
    m.horizonReason,
    m.approach,
    m.domain,
    m.actor,
    m.status,
    m.seedParagraph,
    m.sources.join(' | '),
    m.sources.map((id) => sourcesById.get(id)?.url ?? '').join(' | '),
    ...translationCells(m, MEASURE_TRANSLATED),
  ]);
}

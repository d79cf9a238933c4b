import type { Countermeasure } from '../../../data/schema';
import type { SourcesById } from '../../../data/sources';
import type { CsvCitation, CsvValue } from '../../../lib/csv';
import type { CountermeasureFilters } from './countermeasures-url';
import {
  ACTOR_LABELS,
  APPROACH_LABELS,
  BASIS_LABELS,
  DOMAIN_LABELS,
  HORIZON_LABELS,
  STATUS_LABELS,
} from './labels';

export const CSV_HEADER = [
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
  ]);
}

/** "Filters: horizon = Long term; search = "education"", or "Filters: none". */
export function describeFilters(filters: CountermeasureFilters): string {
  const parts: string[] = [];
  const add = <T extends string>(name: string, values: readonly T[], labels: Record<T, string>) => {
    if (values.length > 0) parts.push(`${name} = ${values.map((v) => labels[v]).join(' or ')}`);
  };
  add('horizon', filters.horizon, HORIZON_LABELS);
  add('approach', filters.approach, APPROACH_LABELS);
  add('domain', filters.domain, DOMAIN_LABELS);
  add('actor', filters.actor, ACTOR_LABELS);
  add('status', filters.status, STATUS_LABELS);
  add('horizon basis', filters.basis, BASIS_LABELS);
  if (filters.q.trim() !== '') parts.push(`search = "${filters.q.trim()}"`);
  return `Filters: ${parts.length > 0 ? parts.join('; ') : 'none'}`;
}

/** The last columns of every row: which selection, which data version, and how to cite it. */
export function csvCitation(
  filters: CountermeasureFilters,
  version: string,
  count: number,
  total: number,
): CsvCitation {
  return {
    selection: `${count} of ${total} measures. ${describeFilters(filters)}`,
    data_version: `${version}. Horizons with horizon_basis "assigned" were assigned by the editors, not stated by the source.`,
    citation:
      'Morocco World News, What the Fall of ISIS means for North Africa (2017), cited by paragraph, and the sources listed per row.',
  };
}

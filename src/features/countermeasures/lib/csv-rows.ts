import type { CsvCitation } from '../../../lib/csv';
import { MEASURES_CSV_HEADER } from '../../../data/measures-csv-rows';
import { t, type MessageId } from '../../../i18n/i18n';
import type { CountermeasureFilters } from './countermeasures-url';
import {
  ACTOR_LABELS,
  APPROACH_LABELS,
  BASIS_LABELS,
  DOMAIN_LABELS,
  HORIZON_LABELS,
  STATUS_LABELS,
} from './labels';

// The rows live in data/ (the data package writes them too); kept under their old names here.
export { MEASURES_CSV_HEADER as CSV_HEADER, measureCsvRows } from '../../../data/measures-csv-rows';

import { MEASURES_CSV_HEADER_IDS as HEADER_IDS } from '../../../data/csv-header-names';

/** The header row of /countermeasures' download, in the active language ("id", "title"… in English). */
export function csvHeader(): string[] {
  return MEASURES_CSV_HEADER.map((name) => {
    const id = HEADER_IDS[name];
    return id ? t(id) : name;
  });
}

/** "Filters: horizon = Long term; search = "education"", or "Filters: none". */
export function describeFilters(filters: CountermeasureFilters): string {
  const parts: string[] = [];
  const add = <T extends string>(name: MessageId, values: readonly T[], labels: Readonly<Record<T, string>>) => {
    if (values.length === 0) return;
    const alternatives = values
      .map((v) => labels[v])
      .reduce((a, b) => t('countermeasures.csv.filterOr', { a, b }));
    parts.push(t('countermeasures.csv.filterPart', { name: t(name), values: alternatives }));
  };
  add('countermeasures.csv.facet.horizon', filters.horizon, HORIZON_LABELS);
  add('countermeasures.csv.facet.approach', filters.approach, APPROACH_LABELS);
  add('countermeasures.csv.facet.domain', filters.domain, DOMAIN_LABELS);
  add('countermeasures.csv.facet.actor', filters.actor, ACTOR_LABELS);
  add('countermeasures.csv.facet.status', filters.status, STATUS_LABELS);
  add('countermeasures.csv.facet.basis', filters.basis, BASIS_LABELS);
  if (filters.q.trim() !== '') parts.push(t('countermeasures.csv.filterSearch', { query: filters.q.trim() }));
  return parts.length > 0
    ? t('countermeasures.csv.filters', { filters: parts.join(t('countermeasures.csv.filterSeparator')) })
    : t('countermeasures.csv.filtersNone');
}

/** The last columns of every row: which selection, which data version, and how to cite it. */
export function csvCitation(
  filters: CountermeasureFilters,
  version: string,
  count: number,
  total: number,
): CsvCitation {
  return {
    [t('countermeasures.csv.header.selection')]: t('countermeasures.csv.selection', {
      count,
      total,
      filters: describeFilters(filters),
    }),
    [t('countermeasures.csv.header.dataVersion')]: t('countermeasures.csv.dataVersion', { version }),
    [t('countermeasures.csv.header.citation')]: t('countermeasures.csv.citation'),
  };
}

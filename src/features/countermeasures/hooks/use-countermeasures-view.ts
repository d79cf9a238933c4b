import { useMemo } from 'react';
import { DOMAINS, type Domain } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import type { CountermeasuresData } from '../lib/countermeasures-data';
import type { CountermeasuresState } from '../lib/countermeasures-url';
import { facetCounts, filterMeasures } from '../lib/filter';
import { buildMatrix, columnKeys, rowKeys } from '../lib/matrix';

/** What the view derives from the bundle and URL state; `state` changes only with the URL, so each memo runs once per change. */
export function useCountermeasuresView(data: CountermeasuresData, state: CountermeasuresState) {
  const filtered = useMemo(() => filterMeasures(data.entries, state), [data.entries, state]);
  const counts = useMemo(() => facetCounts(data.entries, state), [data.entries, state]);
  const matrix = useMemo(
    () => buildMatrix(filtered, state.rows, rowKeys(state.rows, state), columnKeys(state)),
    [filtered, state],
  );
  const sources = useMemo(() => sourcesCitedBy(filtered, data.sourcesById), [filtered, data.sourcesById]);
  const domains: readonly Domain[] = useMemo(
    () => (state.domain.length === 0 ? DOMAINS : DOMAINS.filter((d) => state.domain.includes(d))),
    [state.domain],
  );
  return { filtered, counts, matrix, sources, domains };
}

import type { Countermeasure } from '../../../data/schema';
import type { IndexedMeasure } from './countermeasures-data';
import type { CountermeasureFilters } from './countermeasures-url';
import { matchesTerms, queryTerms } from './search';

export const FACETS = ['horizon', 'approach', 'domain', 'actor', 'status', 'basis'] as const;
export type Facet = (typeof FACETS)[number];

/** For each facet, how many measures each value would show if ticked, given every other filter. */
export type FacetCounts = Record<Facet, Record<string, number>>;

const valueOf = (m: Countermeasure, facet: Facet): string => (facet === 'basis' ? m.horizonBasis : m[facet]);

function facetSets(filters: CountermeasureFilters): (Set<string> | null)[] {
  return FACETS.map((facet) => (filters[facet].length === 0 ? null : new Set<string>(filters[facet])));
}

/**
 * The measures that pass every filter. Within one filter the selected values
 * are alternatives (domain = education OR religious field); across filters
 * they all apply. An empty selection filters nothing.
 */
export function filterMeasures(
  entries: readonly IndexedMeasure[],
  filters: CountermeasureFilters,
): Countermeasure[] {
  const sets = facetSets(filters);
  const terms = queryTerms(filters.q);
  const out: Countermeasure[] = [];
  outer: for (const { measure, text } of entries) {
    for (let i = 0; i < FACETS.length; i++) {
      const set = sets[i];
      const facet = FACETS[i];
      if (set && facet && !set.has(valueOf(measure, facet))) continue outer;
    }
    if (terms.length > 0 && !matchesTerms(text, terms)) continue;
    out.push(measure);
  }
  return out;
}

/**
 * Facet counts in one pass: a measure failing no facet counts for its value in
 * every facet; one failing exactly one facet counts only in that facet (it
 * would show if that value were ticked); the search always applies.
 */
export function facetCounts(entries: readonly IndexedMeasure[], filters: CountermeasureFilters): FacetCounts {
  const sets = facetSets(filters);
  const terms = queryTerms(filters.q);
  const counts: FacetCounts = { horizon: {}, approach: {}, domain: {}, actor: {}, status: {}, basis: {} };
  const bump = (facet: Facet, value: string) => {
    counts[facet][value] = (counts[facet][value] ?? 0) + 1;
  };
  for (const { measure, text } of entries) {
    if (terms.length > 0 && !matchesTerms(text, terms)) continue;
    let failed: Facet | null = null;
    let failures = 0;
    for (let i = 0; i < FACETS.length && failures < 2; i++) {
      const set = sets[i];
      const facet = FACETS[i];
      if (set && facet && !set.has(valueOf(measure, facet))) {
        failed = facet;
        failures++;
      }
    }
    if (failures === 0) for (const facet of FACETS) bump(facet, valueOf(measure, facet));
    else if (failures === 1 && failed) bump(failed, valueOf(measure, failed));
  }
  return counts;
}

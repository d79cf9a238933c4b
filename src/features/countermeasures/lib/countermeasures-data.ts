import { sourcesById, type SourcesById } from '../../../data/sources';
import type { Bundle, Countermeasure } from '../../../data/schema';
import { searchText } from './search';

export interface IndexedMeasure {
  measure: Countermeasure;
  /** Title and description, normalised for search. */
  text: string;
}

export interface CountermeasuresData {
  /** In bundle order. */
  entries: IndexedMeasure[];
  measures: Countermeasure[];
  byId: Map<string, Countermeasure>;
  sourcesById: SourcesById;
  version: string;
}

/** The view's slice of the bundle; module level so useBundle's select is stable and runs once per bundle. */
export function selectCountermeasures(bundle: Bundle): CountermeasuresData {
  const measures = bundle.countermeasures;
  return {
    entries: measures.map((measure) => ({ measure, text: searchText(measure) })),
    measures,
    byId: new Map(measures.map((m) => [m.id, m])),
    sourcesById: sourcesById(bundle),
    version: bundle.meta.version,
  };
}

import type { Bundle, Countermeasure, Source } from '../../../data/schema';
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
  sourcesById: Map<string, Source>;
  version: string;
}

/** The view's slice of the bundle; module level so useBundle's select is stable and runs once per bundle. */
export function selectCountermeasures(bundle: Bundle): CountermeasuresData {
  const measures = bundle.countermeasures;
  return {
    entries: measures.map((measure) => ({ measure, text: searchText(measure) })),
    measures,
    byId: new Map(measures.map((m) => [m.id, m])),
    sourcesById: new Map(bundle.sources.map((s) => [s.id, s])),
    version: bundle.meta.version,
  };
}

/** The sources the given measures cite, in first-cited order, skipping ids the bundle lacks. */
export function sourcesCitedBy(measures: readonly Countermeasure[], sourcesById: Map<string, Source>): Source[] {
  const seen = new Map<string, Source>();
  for (const m of measures) {
    for (const id of m.sources) {
      const source = sourcesById.get(id);
      if (source && !seen.has(id)) seen.set(id, source);
    }
  }
  return [...seen.values()];
}

import type { Bundle, Source } from './schema';
import { SOURCE_KIND_LABELS } from './source-kinds';

/** Sources by id, for looking up what a record cites. */
export type SourcesById = ReadonlyMap<string, Source>;

// One index per bundle object, however many views ask for it.
const indexes = new WeakMap<Bundle, SourcesById>();

/** The bundle's sources by id (built once per bundle). */
export function sourcesById(bundle: Bundle): SourcesById {
  let index = indexes.get(bundle);
  if (!index) {
    index = new Map(bundle.sources.map((s) => [s.id, s]));
    indexes.set(bundle, index);
  }
  return index;
}

/**
 * The sources some records cite, each once, in order of first citation.
 * Ids the bundle lacks are skipped (the integrity check reports them).
 */
export function sourcesCitedBy(
  records: readonly { sources: readonly string[] }[],
  byId: SourcesById,
): (Source & { kindLabel: string })[] {
  const seen = new Map<string, Source & { kindLabel: string }>();
  for (const record of records) {
    for (const id of record.sources) {
      const source = byId.get(id);
      if (source && !seen.has(id)) seen.set(id, { ...source, kindLabel: SOURCE_KIND_LABELS[source.kind] });
    }
  }
  return [...seen.values()];
}

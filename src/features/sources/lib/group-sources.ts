import { citationsBySource, type CitingRecord } from '../../../data/citations';
import { comparePartialDates } from '../../../lib/dates';
import { SOURCE_KINDS, type Bundle, type Source, type SourceKind } from '../../../data/schema';
import { SOURCE_KIND_LABELS } from '../../../data/source-kinds';


export interface SourceEntry {
  source: Source;
  citedBy: CitingRecord[];
}

interface SourceGroup {
  kind: SourceKind;
  label: string;
  entries: SourceEntry[];
}

/** The bibliography: sources grouped by kind (in a fixed order), newest first, with who cites them. */
export function groupSources(bundle: Bundle): SourceGroup[] {
  const citations = citationsBySource(bundle);
  return SOURCE_KINDS.map((kind) => ({
    kind,
    label: SOURCE_KIND_LABELS[kind],
    entries: bundle.sources
      .filter((source) => source.kind === kind)
      .sort((a, b) => {
        if (a.date === null || b.date === null) return a.date === b.date ? 0 : a.date === null ? 1 : -1;
        return comparePartialDates(b.date, a.date);
      })
      .map((source) => ({ source, citedBy: citations.get(source.id) ?? [] })),
  })).filter((group) => group.entries.length > 0);
}

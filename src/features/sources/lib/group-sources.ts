import { citationsBySource, type CitingRecord } from '../../../data/citations';
import { comparePartialDates } from '../../../lib/dates';
import { SOURCE_KINDS, type Bundle, type Source, type SourceKind } from '../../../data/schema';

const KIND_LABELS: Record<SourceKind, string> = {
  'official-statement': 'Official statements, read directly',
  'official-publication': 'Official publications',
  'press-report-of-official': 'Press reports of official statements',
  'state-media': 'State-media copies',
  'press-report': 'Press reports',
  'op-ed': 'Opinion articles',
  'law-text': 'Law texts',
  'think-tank-report': 'Think-tank reports',
  mirror: 'Mirror copies of wire stories',
  'reference-work': 'Reference works',
};

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
    label: KIND_LABELS[kind],
    entries: bundle.sources
      .filter((source) => source.kind === kind)
      .sort((a, b) => {
        if (a.date === null || b.date === null) return a.date === b.date ? 0 : a.date === null ? 1 : -1;
        return comparePartialDates(b.date, a.date);
      })
      .map((source) => ({ source, citedBy: citations.get(source.id) ?? [] })),
  })).filter((group) => group.entries.length > 0);
}

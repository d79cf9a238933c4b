import { formatPartialDate } from '../lib/dates';
import type { Bundle } from './schema';

export type RecordSection = 'fighterSnapshots' | 'cellEvents' | 'cellCounts' | 'countermeasures' | 'contextEvents';

export interface CitingRecord {
  section: RecordSection;
  id: string;
  label: string;
  /** Where the record is shown in the app. */
  href: string;
}

export const SECTION_LABELS: Record<RecordSection, string> = {
  fighterSnapshots: 'Foreign-fighter figures',
  cellEvents: 'Cell dismantlings',
  cellCounts: 'Official cell counts',
  countermeasures: 'Countermeasures',
  contextEvents: 'Context events',
};

/** Every record of the bundle with a readable label and its place in the app. */
function listRecords(bundle: Bundle): (CitingRecord & { sources: string[] })[] {
  return [
    ...bundle.fighterSnapshots.map((s) => ({
      section: 'fighterSnapshots' as const,
      id: s.id,
      label: `${s.speaker}, ${formatPartialDate(s.date, s.approximate)}`,
      href: `/fighters?snapshot=${encodeURIComponent(s.id)}`,
      sources: s.sources,
    })),
    ...bundle.cellEvents.map((e) => ({
      section: 'cellEvents' as const,
      id: e.id,
      label: `${formatPartialDate(e.date, e.approximate)}: ${e.places.map((p) => p.city).join(', ') || 'places not stated'}`,
      href: `/timeline?event=${encodeURIComponent(e.id)}`,
      sources: e.sources,
    })),
    ...bundle.cellCounts.map((c) => ({
      section: 'cellCounts' as const,
      id: c.id,
      label: `${c.count} cells ${c.kind === 'per-year' ? `in ${c.year ?? '?'}` : `since ${c.since ? formatPartialDate(c.since) : '?'}`} (${c.series})`,
      href: '/timeline',
      sources: c.sources,
    })),
    ...bundle.countermeasures.map((m) => ({
      section: 'countermeasures' as const,
      id: m.id,
      label: m.title,
      href: `/countermeasures/${encodeURIComponent(m.id)}`,
      sources: m.sources,
    })),
    ...bundle.contextEvents.map((c) => ({
      section: 'contextEvents' as const,
      id: c.id,
      label: `${formatPartialDate(c.date, c.approximate)}: ${c.title}`,
      href: '/timeline',
      sources: c.sources,
    })),
  ];
}

/** For each source id, the records that cite it. */
export function citationsBySource(bundle: Bundle): Map<string, CitingRecord[]> {
  const index = new Map<string, CitingRecord[]>(bundle.sources.map((s) => [s.id, []]));
  for (const { sources, ...record } of listRecords(bundle)) {
    for (const sourceId of new Set(sources)) index.get(sourceId)?.push(record);
  }
  return index;
}

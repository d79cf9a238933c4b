import { t } from '../i18n/i18n';
import { recordText } from '../i18n/record-text';
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

/** Section names in the active language, read at access time. */
export const SECTION_LABELS: Record<RecordSection, string> = {
  get fighterSnapshots() {
    return t('data.section.fighterSnapshots');
  },
  get cellEvents() {
    return t('data.section.cellEvents');
  },
  get cellCounts() {
    return t('data.section.cellCounts');
  },
  get countermeasures() {
    return t('data.section.countermeasures');
  },
  get contextEvents() {
    return t('data.section.contextEvents');
  },
};

/** Every record of the bundle with a readable label and its place in the app. */
function listRecords(bundle: Bundle): (CitingRecord & { sources: string[] })[] {
  return [
    ...bundle.fighterSnapshots.map((s) => ({
      section: 'fighterSnapshots' as const,
      id: s.id,
      label: t('data.citation.snapshot', { speaker: s.speaker, date: formatPartialDate(s.date, s.approximate) }),
      href: `/fighters?snapshot=${encodeURIComponent(s.id)}`,
      sources: s.sources,
    })),
    ...bundle.cellEvents.map((e) => ({
      section: 'cellEvents' as const,
      id: e.id,
      label: t('data.citation.event', {
        date: formatPartialDate(e.date, e.approximate),
        places: e.places.map((p) => p.city).join(t('data.list.comma')) || t('data.citation.placesNotStated'),
      }),
      href: `/timeline?event=${encodeURIComponent(e.id)}`,
      sources: e.sources,
    })),
    ...bundle.cellCounts.map((c) => ({
      section: 'cellCounts' as const,
      id: c.id,
      label:
        c.kind === 'per-year'
          ? t('data.citation.cellsInYear', { count: c.count, year: c.year === null ? '?' : String(c.year), series: c.series })
          : t('data.citation.cellsSince', { count: c.count, since: c.since ? formatPartialDate(c.since) : '?', series: c.series }),
      href: '/timeline',
      sources: c.sources,
    })),
    ...bundle.countermeasures.map((m) => ({
      section: 'countermeasures' as const,
      id: m.id,
      label: recordText(m, 'title')?.text ?? m.title,
      href: `/countermeasures/${encodeURIComponent(m.id)}`,
      sources: m.sources,
    })),
    ...bundle.contextEvents.map((c) => ({
      section: 'contextEvents' as const,
      id: c.id,
      label: t('data.citation.contextEvent', { date: formatPartialDate(c.date, c.approximate), title: recordText(c, 'title')?.text ?? c.title }),
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

import type { MessageId } from '../../../i18n/i18n';
import { comparePartialDates } from '../../../lib/dates';
import type { PreparedEvent } from './filters';

export const SORT_KEYS = ['date', '-date', 'arrests', '-arrests'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

export const SORT_LABELS: Record<SortKey, MessageId> = {
  date: 'timeline.sort.dateAscending',
  '-date': 'timeline.sort.dateDescending',
  arrests: 'timeline.sort.arrestsAscending',
  '-arrests': 'timeline.sort.arrestsDescending',
};

const total = (e: PreparedEvent) =>
  e.event.arrested === null ? null : e.event.arrested + (e.event.laterArrests ?? 0);

const byDate = (a: PreparedEvent, b: PreparedEvent) =>
  comparePartialDates(a.event.date, b.event.date) || a.event.id.localeCompare(b.event.id);

/**
 * Sorted copy. Arrests sort by arrested plus later arrests; events whose number
 * is not stated go last in both directions, since they are unknown, not zero.
 */
export function sortEvents(events: readonly PreparedEvent[], key: SortKey): PreparedEvent[] {
  const sorted = [...events];
  if (key === 'date') return sorted.sort(byDate);
  if (key === '-date') return sorted.sort((a, b) => byDate(b, a));
  const direction = key === 'arrests' ? 1 : -1;
  return sorted.sort((a, b) => {
    const x = total(a);
    const y = total(b);
    if (x === null || y === null) return x === y ? byDate(a, b) : x === null ? 1 : -1;
    return (x - y) * direction || byDate(a, b);
  });
}

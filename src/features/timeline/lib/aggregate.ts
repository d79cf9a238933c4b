// Documented dismantlings per period, with the official per-year counts beside
// them. Events go in the bucket their date names; a date vaguer than the
// bucket (a year-only date at month or quarter granularity) goes into
// `undated`, never into an invented month.
import { comparePartialDates } from '../../../lib/dates';
import { arrestedAbroadTotal, isNewCell } from '../../../data/cell-events';
import type { CellCount } from '../../../data/schema';
import type { PreparedEvent } from './filters';
import {
  dateSpan,
  formatPeriod,
  monthIndex,
  periodOfDate,
  periodSpan,
  periodsBetween,
  type Granularity,
  type MonthSpan,
} from './periods';

export interface OfficialSeries {
  name: string;
  /** False when any figure of the series is unofficial: drawn hollow. */
  official: boolean;
}

export interface Bucket {
  key: string;
  label: string;
  span: MonthSpan;
  /** Dismantlings of new cells (follow-up operations are not new cells). */
  events: number;
  /** Follow-up operations dated in the bucket: their arrests count, they are not cells. */
  followUps: number;
  /** Arrested in Morocco at the operation (follow-ups included), where stated. */
  arrested: number;
  /** Arrested abroad in the same joint operations. */
  abroad: number;
  /** Later arrests linked to the bucket's cells. */
  laterArrests: number;
  /** Events in the bucket whose number arrested is not stated. */
  arrestsUnstated: number;
  /** Per series (same order as `series`): the official count for this year, at year granularity only. */
  official: (CellCount | null)[];
}

export interface Aggregation {
  granularity: Granularity;
  buckets: Bucket[];
  series: OfficialSeries[];
  /** Events too vague for the granularity, per year ("2016" -> 2). */
  undated: { year: string; count: number }[];
  undatedTotal: number;
}

/** The years the timeline covers: every event and every per-year count, in whole years. */
export function timelineExtent(
  events: readonly PreparedEvent[],
  counts: readonly CellCount[],
): MonthSpan | null {
  let start = Infinity;
  let end = -Infinity;
  for (const { span } of events) {
    if (!span) continue;
    start = Math.min(start, span.start);
    end = Math.max(end, span.end);
  }
  for (const count of counts) {
    if (count.kind !== 'per-year' || count.year === null) continue;
    start = Math.min(start, monthIndex(count.year, 1));
    end = Math.max(end, monthIndex(count.year, 12));
  }
  if (!Number.isFinite(start) || !Number.isFinite(end)) return null;
  const firstYear = Math.floor(start / 12);
  const lastYear = Math.floor(end / 12);
  return { start: monthIndex(firstYear, 1), end: monthIndex(lastYear, 12) };
}

/** Series of the per-year counts, in order of first appearance, kept apart because they conflict. */
function officialSeries(counts: readonly CellCount[]): OfficialSeries[] {
  const series = new Map<string, boolean>();
  for (const count of counts) {
    if (count.kind !== 'per-year' || count.year === null) continue;
    series.set(count.series, (series.get(count.series) ?? true) && count.official);
  }
  return [...series].map(([name, official]) => ({ name, official }));
}

export function aggregate(
  events: readonly PreparedEvent[],
  granularity: Granularity,
  extent: MonthSpan,
  counts: readonly CellCount[],
): Aggregation {
  const series = officialSeries(counts);
  const buckets = periodsBetween(extent, granularity).map((key): Bucket => ({
    key,
    label: formatPeriod(key),
    span: periodSpan(key) ?? extent,
    events: 0,
    followUps: 0,
    arrested: 0,
    abroad: 0,
    laterArrests: 0,
    arrestsUnstated: 0,
    official: series.map(() => null),
  }));
  const index = new Map(buckets.map((b, i) => [b.key, i]));
  const undated = new Map<string, number>();
  for (const { event } of events) {
    const key = periodOfDate(event.date, granularity);
    const bucket = key === null ? undefined : buckets[index.get(key) ?? -1];
    if (!bucket) {
      if (key === null && dateSpan(event.date) && isNewCell(event)) {
        const year = event.date.slice(0, 4);
        undated.set(year, (undated.get(year) ?? 0) + 1);
      }
      continue;
    }
    if (isNewCell(event)) bucket.events += 1;
    else bucket.followUps += 1;
    bucket.abroad += arrestedAbroadTotal(event);
    if (event.arrested === null) bucket.arrestsUnstated += 1;
    else bucket.arrested += event.arrested;
    bucket.laterArrests += event.laterArrests ?? 0;
  }
  // Official counts are per calendar year: they can only sit beside year buckets.
  if (granularity === 'year') {
    const sorted = counts
      .filter((c) => c.kind === 'per-year' && c.year !== null)
      .sort((a, b) => comparePartialDates(a.date, b.date));
    for (const count of sorted) {
      const bucket = buckets[index.get(String(count.year)) ?? -1];
      const s = series.findIndex((x) => x.name === count.series);
      // The latest statement of a series for a year wins.
      if (bucket && s >= 0) bucket.official[s] = count;
    }
  }
  const undatedList = [...undated]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, count]) => ({ year, count }));
  return {
    granularity,
    buckets,
    series,
    undated: undatedList,
    undatedTotal: undatedList.reduce((sum, u) => sum + u.count, 0),
  };
}

/** The bucket index range covering a from/to range of months (whole buckets). */
export function bucketIndexRange(buckets: readonly Bucket[], span: MonthSpan | null): [number, number] {
  const last = Math.max(buckets.length - 1, 0);
  if (span === null) return [0, last];
  let start = buckets.findIndex((b) => b.span.end >= span.start);
  let end = buckets.findLastIndex((b) => b.span.start <= span.end);
  if (start < 0) start = last;
  if (end < 0) end = 0;
  return start <= end ? [start, end] : [end, start];
}

import { describe, expect, it } from 'vitest';
import type { CellCount, CellEvent } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { aggregate, bucketIndexRange, timelineExtent } from './aggregate';
import { prepareEvents } from './filters';
import type { Granularity } from './periods';

const base = fixtureBundle().cellEvents[0];
if (!base) throw new Error('fixture has no event');

const event = (
  id: string,
  date: string,
  arrested: number | null = 1,
  laterArrests: number | null = null,
): CellEvent => ({
  ...base,
  id,
  date,
  arrested,
  laterArrests,
});

const perYear = (
  id: string,
  year: number,
  count: number,
  series: string,
  date = `${year + 1}-01`,
): CellCount => ({
  id,
  kind: 'per-year',
  year,
  since: null,
  coverage: 'all-terror',
  count,
  series,
  statedBy: series,
  date,
  approximate: false,
  official: true,
  sources: ['x'],
});

// One event of each precision in 2016, one day-precision event in 2015.
const events = prepareEvents([
  event('a', '2016-10-03', 10),
  event('b', '2016-10', 2, 1),
  event('c', '2016', null),
  event('d', '2015-03-22', 13),
]);
const counts = [perYear('bcij-2015', 2015, 21, 'BCIJ'), perYear('moi-2015', 2015, 18, 'Interior Ministry')];
const extent = timelineExtent(events, counts);
if (!extent) throw new Error('no extent');

describe('aggregate', () => {
  it.each<[Granularity, string, number, number]>([
    // granularity, bucket, events in it, events too vague for the granularity
    ['year', '2016', 3, 0],
    ['quarter', '2016-Q4', 2, 1],
    ['month', '2016-10', 2, 1],
    ['month', '2015-03', 1, 1],
    ['year', '2015', 1, 0],
  ])('at %s, %s holds %i events and %i are undated', (granularity, key, inBucket, undated) => {
    const result = aggregate(events, granularity, extent, counts);
    expect(result.buckets.find((b) => b.key === key)?.events).toBe(inBucket);
    expect(result.undatedTotal).toBe(undated);
  });

  it('keeps the year-only event in an undated-within-year count at month granularity', () => {
    const result = aggregate(events, 'month', extent, counts);
    expect(result.undated).toEqual([{ year: '2016', count: 1 }]);
    expect(result.buckets.reduce((s, b) => s + b.events, 0)).toBe(3);
  });

  it('sums arrested, later arrests and events with no stated number separately', () => {
    const bucket = aggregate(events, 'year', extent, counts).buckets.find((b) => b.key === '2016');
    expect(bucket).toMatchObject({ arrested: 12, laterArrests: 1, arrestsUnstated: 1 });
  });

  it('fills every period of the extent, empty ones with zero', () => {
    const result = aggregate(events, 'quarter', extent, counts);
    expect(result.buckets.map((b) => b.key)).toHaveLength(8);
    expect(result.buckets[1]).toMatchObject({ key: '2015-Q2', events: 0 });
  });

  it('puts each official series beside its year, only at year granularity', () => {
    const year = aggregate(events, 'year', extent, counts);
    expect(year.series.map((s) => s.name)).toEqual(['BCIJ', 'Interior Ministry']);
    expect(year.buckets[0]?.official.map((c) => c?.count)).toEqual([21, 18]);
    const month = aggregate(events, 'month', extent, counts);
    expect(month.buckets.every((b) => b.official.every((c) => c === null))).toBe(true);
  });

  it('takes the latest statement when a series restates a year', () => {
    const restated = [...counts, perYear('bcij-2015-b', 2015, 22, 'BCIJ', '2017-01')];
    expect(aggregate(events, 'year', extent, restated).buckets[0]?.official[0]?.count).toBe(22);
  });
});

describe('bucketIndexRange', () => {
  const buckets = aggregate(events, 'quarter', extent, counts).buckets;
  it.each([
    [null, [0, 7]],
    [{ start: 2016 * 12, end: 2016 * 12 + 11 }, [4, 7]],
    [{ start: 2015 * 12 + 4, end: 2015 * 12 + 4 }, [1, 1]],
    [{ start: 2010 * 12, end: 2030 * 12 }, [0, 7]],
  ])('maps %j to whole buckets %j', (span, expected) => {
    expect(bucketIndexRange(buckets, span)).toEqual(expected);
  });
});

describe('follow-ups and arrests abroad', () => {
  it.each<[string, CellEvent[], { events: number; followUps: number; arrested: number; abroad: number }]>([
    ['a plain cell', [event('a', '2024-11-22', 3)], { events: 1, followUps: 0, arrested: 3, abroad: 0 }],
    [
      'a follow-up adds arrests, not a cell',
      [event('a', '2024-11-22', 3), { ...event('b', '2024-12-02', 2), followUpOf: 'a' }],
      { events: 1, followUps: 1, arrested: 5, abroad: 0 },
    ],
    [
      'arrests abroad are kept apart from arrests in Morocco',
      [{ ...event('a', '2024-11-22', 3), arrestedAbroad: [{ country: 'Spain', count: 6 }] }],
      { events: 1, followUps: 0, arrested: 3, abroad: 6 },
    ],
  ])('%s', (_name, events, expected) => {
    const { buckets } = aggregate(prepareEvents(events), 'year', { start: 2024 * 12, end: 2024 * 12 + 11 }, []);
    const [bucket] = buckets;
    expect(bucket && { events: bucket.events, followUps: bucket.followUps, arrested: bucket.arrested, abroad: bucket.abroad }).toEqual(expected);
  });
});

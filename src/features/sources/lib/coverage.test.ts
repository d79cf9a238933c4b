import { describe, expect, it } from 'vitest';
import type { Bundle, CellCount, CellEvent } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { coverageByYear } from './coverage';

function bundleWith(events: Partial<CellEvent>[], counts: Partial<CellCount>[], coverage?: { from: string; to: string }): Bundle {
  const b = fixtureBundle();
  const event = b.cellEvents[0]!;
  const count: CellCount = {
    id: 'c',
    kind: 'per-year',
    year: 2016,
    since: null,
    coverage: 'all-terror',
    count: 19,
    series: 'BCIJ',
    statedBy: 'BCIJ',
    date: '2017-01',
    approximate: false,
    official: true,
    sources: ['mwn-2017-fall-of-isis'],
  };
  b.cellEvents = events.map((e, i) => ({ ...event, id: `e${i}`, ...e }));
  b.cellCounts = counts.map((c, i) => ({ ...count, id: `c${i}`, ...c }));
  if (coverage) b.meta = { ...b.meta, coverage: { ...coverage, lastPageFound: '2025-07', lastPageSource: 'mwn-2017-fall-of-isis', notes: [] } };
  return b;
}

describe('coverageByYear', () => {
  it.each<[string, Bundle, [number, number, number, (number | null)[]][]]>([
    [
      'every year in range, empty years included, follow-ups apart',
      bundleWith(
        [{ date: '2015-03' }, { date: '2017' }, { date: '2017-05', followUpOf: 'e1' }],
        [{ year: 2016, count: 19 }, { year: 2017, count: 9, series: 'Interior Ministry' }],
      ),
      [
        [2015, 1, 0, [null, null]],
        [2016, 0, 0, [19, null]],
        [2017, 1, 1, [null, 9]],
      ],
    ],
    [
      'the bundle coverage sets the range',
      bundleWith([{ date: '2015-03' }], [], { from: '2014', to: '2016-07' }),
      [
        [2014, 0, 0, []],
        [2015, 1, 0, []],
        [2016, 0, 0, []],
      ],
    ],
    [
      'the latest statement of a series for a year wins',
      bundleWith([], [{ year: 2016, count: 19, date: '2017-01' }, { year: 2016, count: 21, date: '2018-01' }]),
      [[2016, 0, 0, [21]]],
    ],
  ])('%s', (_name, bundle, expected) => {
    const table = coverageByYear(bundle);
    expect(table.years.map((y) => [y.year, y.documented, y.followUps, y.official.map((c) => c?.count ?? null)])).toEqual(expected);
  });

  it('is empty for a bundle with nothing dated', () => {
    expect(coverageByYear(bundleWith([], [])).years).toEqual([]);
  });
});

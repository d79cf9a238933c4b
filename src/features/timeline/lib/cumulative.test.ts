import { describe, expect, it } from 'vitest';
import type { CellCount, CellEvent } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { cumulativeExtent, cumulativeSeries } from './cumulative';
import { prepareEvents } from './filters';

const bundle = fixtureBundle();
const base = bundle.cellEvents[0];
const statement = bundle.cellCounts[0];
if (!base || !statement) throw new Error('fixture is missing records');

const events = prepareEvents(
  ['2014-06-25', '2014-08', '2014', '2015-03-22'].map((date, i): CellEvent => ({
    ...base,
    id: `e${i}`,
    date,
  })),
);
const counts: CellCount[] = [
  { ...statement, date: '2014-10' },
  { ...statement, id: 'vague', date: '2015', official: true },
];

describe('cumulativeSeries', () => {
  const extent = cumulativeExtent({ start: 2014 * 12, end: 2015 * 12 + 11 }, counts);
  if (!extent) throw new Error('no extent');

  it.each([
    // A year-only event counts only once its year is over.
    ['2014-07', 1],
    ['2014-08', 2],
    ['2014-11', 2],
    ['2014-12', 3],
    ['2015-03', 4],
  ])('at month granularity, %s has %i documented', (key, documented) => {
    expect(
      cumulativeSeries(events, 'month', extent, counts).rows.find((r) => r.key === key)?.documented,
    ).toBe(documented);
  });

  it('places statements in their period and leaves ones vaguer than the granularity unplaced', () => {
    const month = cumulativeSeries(events, 'month', extent, counts);
    expect(month.statements.map((s) => s.period)).toEqual(['2014-10']);
    expect(month.unplaced.map((c) => c.id)).toEqual(['vague']);
    expect(month.rows.find((r) => r.key === '2014-10')?.statements).toEqual([53]);
    const year = cumulativeSeries(events, 'year', extent, counts);
    expect(year.statements.map((s) => s.period)).toEqual(['2014', '2015']);
    expect(year.unplaced).toEqual([]);
  });
});

describe('cumulativeSeries and follow-ups', () => {
  it('does not count a follow-up operation as a new cell', () => {
    const withFollowUp = prepareEvents([
      { ...base, id: 'cell', date: '2014-06-25' },
      { ...base, id: 'later', date: '2014-07-02', followUpOf: 'cell' },
    ]);
    const series = cumulativeSeries(withFollowUp, 'year', { start: 2014 * 12, end: 2014 * 12 + 11 }, []);
    expect(series.rows.map((r) => r.documented)).toEqual([1]);
  });
});

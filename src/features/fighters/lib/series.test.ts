import { describe, expect, it } from 'vitest';
import type { FighterSnapshot } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { compareSnapshots, compositionSegments, outcomeSegments, timePoints, yearTicks } from './series';

const [seed, bcij] = fixtureBundle().fighterSnapshots as [FighterSnapshot, FighterSnapshot];
const withFigures = (f: Partial<FighterSnapshot['figures']>, extra: Partial<FighterSnapshot> = {}): FighterSnapshot => ({
  ...seed,
  ...extra,
  figures: { ...seed.figures, ...f },
});

describe('compositionSegments', () => {
  it('derives men from the seed and marks it derived', () => {
    const result = compositionSegments(seed);
    expect(result.segments?.map((s) => [s.key, s.value, s.derived])).toEqual([
      ['men', 1001, true],
      ['women', 285, false],
      ['children', 378, false],
    ]);
    expect(result.segments?.reduce((a, s) => a + s.percent, 0)).toBe(100);
  });

  it.each([
    [{ women: null }],
    [{ children: null }],
    [{ total: null }],
    [{ women: 1000, children: 1000 }],
  ])('gives a reason instead of segments for %j', (f) => {
    const result = compositionSegments(withFigures(f));
    expect(result.segments).toBeNull();
    if (result.segments === null) expect(result.reason).toMatch(/breakdown/);
  });
});

describe('outcomeSegments', () => {
  it('returned, killed and the derived remainder of the seed', () => {
    const result = outcomeSegments(seed);
    expect(result.segments?.map((s) => [s.key, s.value, s.derived])).toEqual([
      ['returned', 221, false],
      ['killed', 596, false],
      ['unaccounted', 847, true],
    ]);
    expect(result.segments?.[2]?.formula).toBe('total − returned − killed');
  });

  it('splits killed by country when the split is stated and adds up', () => {
    const result = outcomeSegments(withFigures({ killedSyria: 500, killedIraq: 96 }));
    expect(result.segments?.map((s) => s.key)).toEqual(['returned', 'killedSyria', 'killedIraq', 'unaccounted']);
  });

  it('keeps killed whole when the split does not add up', () => {
    const result = outcomeSegments(withFigures({ killedSyria: 500, killedIraq: 50 }));
    expect(result.segments?.map((s) => s.key)).toEqual(['returned', 'killed', 'unaccounted']);
  });

  it('needs returned and killed', () => {
    expect(outcomeSegments(withFigures({ returned: null })).segments).toBeNull();
  });
});

describe('timePoints', () => {
  it('orders by date and hides estimates on request', () => {
    const all = timePoints([seed, bcij], true);
    expect(all.map((p) => p.id)).toEqual(['bcij-2017-09', 'seed-mwn-2017']);
    expect(timePoints([seed, bcij], false).map((p) => p.id)).toEqual(['bcij-2017-09']);
  });

  it('keeps only stated figures', () => {
    const point = timePoints([seed], true)[0];
    expect(point?.values).toEqual({ total: 1664, women: 285, children: 378, returned: 221, killed: 596 });
    expect(point?.dateLabel).toBe('Oct 2017');
  });
});

describe('compareSnapshots', () => {
  it('flags the figures where the seed and the September 2017 statement differ', () => {
    const rows = compareSnapshots(seed, bcij);
    const differing = rows.filter((r) => r.differs).map((r) => [r.key, r.a, r.b]);
    expect(differing).toEqual([
      ['children', 378, 375],
      ['returned', 221, 212],
      ['killed', 596, 569],
      ['men', 1001, 1004],
      ['unaccounted', 847, 883],
    ]);
    expect(rows.find((r) => r.key === 'joinedIsis')).toMatchObject({ a: null, b: 929, differs: false });
    expect(rows.find((r) => r.key === 'total')).toMatchObject({ differs: false });
  });
});

describe('yearTicks', () => {
  const at = (iso: string) => ({ x: Date.parse(iso) }) as Parameters<typeof yearTicks>[0][number];

  it('marks every 1 January from the first year up to the last statement, never past it', () => {
    const ticks = yearTicks([at('2014-06-01'), at('2017-10-01'), at('2021-07-01')]);
    expect(ticks.map((t) => new Date(t).getUTCFullYear())).toEqual([2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021]);
    expect(Math.max(...ticks)).toBeLessThanOrEqual(Date.parse('2021-07-01'));
  });

  it('includes the last year when the last statement is on 1 January, and is empty without statements', () => {
    expect(yearTicks([at('2015-03-01'), at('2016-01-01')]).length).toBe(2);
    expect(yearTicks([])).toEqual([]);
  });
});

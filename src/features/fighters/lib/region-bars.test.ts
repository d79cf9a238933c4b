import { describe, expect, it } from 'vitest';
import { regionSeries } from './region';
import { perMillionReading, regionGroups } from './region-bars';
import { regionalFigure as fig, population as pop } from '../../../testing/regional-records';



const FIGURES = [
  fig('Soufan 2014', 'TN', 3000, '2014-04', { qualifier: 'more-than' }),
  fig('Soufan 2014', 'MA', 1500, '2014-04', { qualifier: 'more-than' }),
  fig('Soufan 2015', 'TN', 6000, '2015-12'),
  fig('Soufan 2015', 'MA', 1200, '2015-10', { official: true }),
  fig('Soufan 2015', 'DZ', 170, '2015-12', { qualifier: 'about' }),
];
const POPULATIONS = [pop('TN', '2014', 10982754), pop('MA', '2014-09-01', 33848242), pop('DZ', '2015-01-01', 39500000)];

describe('regionGroups', () => {
  it('draws the stated figures in the count view, none derived', () => {
    const groups = regionGroups(regionSeries(FIGURES), 'count', POPULATIONS);
    expect(groups.map((g) => g.bars.map((b) => [b.country, b.value, b.derived]))).toEqual([
      [['TN', 3000, false], ['MA', 1500, false]],
      [['TN', 6000, false], ['MA', 1200, false], ['DZ', 170, false]],
    ]);
    expect(groups[1]!.bars[1]!.label).toBe('1,200 (official)');
  });

  it('per million: a same-year population gives a derived bar, its absence a row that says so and no bar', () => {
    const groups = regionGroups(regionSeries(FIGURES), 'per-million', POPULATIONS);
    const [y2014, y2015] = groups;
    expect(y2014!.bars.map((b) => [b.country, b.value === null ? null : Math.round(b.value), b.label])).toEqual([
      ['TN', 273, 'about 273 per million (derived)'],
      ['MA', 44, 'about 44 per million (derived)'],
    ]);
    // Algeria has a 2015 population; Tunisia and Morocco only 2014 ones, which are never used for 2015.
    expect(y2015!.bars.map((b) => [b.country, b.value === null ? null : Math.round(b.value * 10) / 10, b.label])).toEqual([
      ['DZ', 4.3, 'about 4.3 per million (derived)'],
      ['TN', null, 'no cited population of Tunisia for 2015'],
      ['MA', null, 'no cited population of Morocco for 2015'],
    ]);
    expect(groups.flatMap((g) => g.bars).every((b) => b.derived)).toBe(true);
  });

  it('keeps one bar per record, never two sources in one bar', () => {
    const ids = regionGroups(regionSeries(FIGURES), 'per-million', POPULATIONS).flatMap((g) => g.bars.map((b) => b.id));
    expect(ids.sort()).toEqual(FIGURES.map((f) => f.id).sort());
  });
});

describe('perMillionReading', () => {
  it('compares Morocco and a neighbour in the latest count where both have a same-year population', () => {
    expect(perMillionReading(regionSeries(FIGURES), POPULATIONS)).toBe(
      'Per million inhabitants (derived), the Soufan 2014 count gives Tunisia about 273 who went against about 44 for Morocco: ' +
        '6.2 times as many relative to population. 3 of 5 figures have a cited population for their country and year; the others show none.',
    );
  });
  it('draws no comparison without populations', () => {
    expect(perMillionReading(regionSeries(FIGURES), [])).toMatch(/^No count gives Morocco and a neighbour with cited populations .* 0 of 5 figures/);
  });
});

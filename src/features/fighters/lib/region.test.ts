import { describe, expect, it } from 'vitest';
import type { RegionalFigure } from '../../../data/schema';
import { figureText, ratioText, regionRanges, regionReading, regionSeries, regionTable } from './region';

const fig = (series: string, country: string, value: number, date: string, extra: Partial<RegionalFigure> = {}): RegionalFigure => ({
  id: `${series}-${country}-${extra.measure ?? 'went'}`.toLowerCase().replace(/[^a-z0-9]+/g, '-'),
  country,
  series,
  date,
  approximate: false,
  measure: 'went',
  value,
  official: false,
  speaker: series,
  sources: ['s'],
  ...extra,
});

const FIGURES = [
  fig('Soufan 2014', 'TN', 3000, '2014-04', { qualifier: 'more-than' }),
  fig('Soufan 2014', 'MA', 1500, '2014-04', { qualifier: 'more-than' }),
  fig('Soufan 2017', 'MA', 1623, '2017-04'),
  fig('Soufan 2017', 'TN', 2926, '2017-10'),
  fig('Soufan 2017', 'DZ', 170, '2016-01'),
  fig('Soufan 2017', 'MA', 198, '2017-04', { measure: 'returned' }),
  fig('Fanack 2015', 'EG', 360, '2015-01', { valueMax: 400 }),
];

describe('regionSeries', () => {
  it('groups one measure by series, oldest series first, largest bar first; never two records in one bar', () => {
    const series = regionSeries(FIGURES);
    expect(series.map((s) => [s.series, s.date, s.figures.map((f) => `${f.country}:${f.value}`)])).toEqual([
      ['Soufan 2014', '2014-04', ['TN:3000', 'MA:1500']],
      ['Fanack 2015', '2015-01', ['EG:360']],
      ['Soufan 2017', '2017-10', ['TN:2926', 'MA:1623', 'DZ:170']],
    ]);
  });
  it('takes another measure on request', () => {
    expect(regionSeries(FIGURES, 'returned').map((s) => s.figures.map((f) => f.value))).toEqual([[198]]);
  });
});

describe('regionRanges', () => {
  it.each([
    ['TN', 2926, 3000, 2],
    ['MA', 1500, 1623, 2],
    ['EG', 360, 400, 1],
    ['DZ', 170, 170, 1],
  ])('%s spans %i to %i over %i counts', (country, min, max, counts) => {
    const range = regionRanges(FIGURES).find((r) => r.country === country);
    expect(range && [range.min, range.max, range.counts]).toEqual([min, max, counts]);
  });
  it('names the series at each end', () => {
    const ma = regionRanges(FIGURES).find((r) => r.country === 'MA');
    expect([ma?.minSeries, ma?.maxSeries]).toEqual(['Soufan 2014', 'Soufan 2017']);
  });
});

describe('regionReading', () => {
  it.each<[string, RegionalFigure[], string]>([
    ['the latest series with Morocco and a neighbour', FIGURES, 'By the Soufan 2017 count (2017), Tunisia sent 1.8 times as many as Morocco: 2,926 against 1,623.'],
    [
      'hedged figures say so',
      FIGURES.filter((f) => f.series === 'Soufan 2014'),
      'By the Soufan 2014 count (2014), Tunisia sent 2 times as many as Morocco: more than 3,000 against more than 1,500 (both figures hedged as the sources give them).',
    ],
    [
      'Morocco ahead of its neighbour',
      [fig('X', 'MA', 1200, '2015-10'), fig('X', 'DZ', 170, '2015-12')],
      'By the X count (2015), Morocco sent 7.1 times as many as Algeria: 1,200 against 170.',
    ],
    ['no series with Morocco', [fig('X', 'TN', 10, '2015')], 'No count gives Morocco beside a neighbour, so no comparison is drawn.'],
    ['no figures', [], 'This bundle has no regional foreign-fighter figures.'],
  ])('%s', (_name, figures, start) => {
    expect(regionReading(regionSeries(figures))).toContain(start);
  });
});

describe('figureText and ratioText', () => {
  it.each<[Partial<RegionalFigure>, string]>([
    [{ value: 3000, qualifier: 'more-than' }, 'more than 3,000'],
    [{ value: 360, valueMax: 400 }, '360–400'],
    [{ value: 600, qualifier: 'about' }, 'about 600'],
    [{ value: 1623 }, '1,623'],
  ])('%j -> %s', (f, text) => expect(figureText({ value: 0, ...f })).toBe(text));
  it.each([
    [1, 'about as many as'],
    [1.8027, '1.8 times as many as'],
    [17.6, '18 times as many as'],
  ])('%f -> %s', (ratio, text) => expect(ratioText(ratio)).toBe(text));
});

describe('regionTable', () => {
  it('lists every figure, every measure, with its series, qualifier and whether it is official', () => {
    const table = regionTable(FIGURES);
    expect(table.rows).toHaveLength(FIGURES.length);
    expect(table.rows[0]).toMatchObject({ series: 'Soufan 2014', country: 'Tunisia', qualifier: 'more than', official: 'unofficial estimate' });
    expect(table.rows.at(-1)).toMatchObject({ measure: 'returned', value: 198 });
  });
});

import { describe, expect, it } from 'vitest';
import type { Population, RegionalFigure } from '../../../data/schema';
import { figureText, ratioText, regionRanges, regionReading, regionSeries, regionTable } from './region';
import { regionalFigure as fig } from '../../../testing/regional-records';


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

const POPULATIONS: Population[] = [
  { id: 'tn-2014', country: 'TN', date: '2014', value: 10982754, official: true, speaker: 'INS', sources: ['s'] },
  { id: 'eg-2015', country: 'EG', date: '2015', value: 88000000, qualifier: 'about', official: true, speaker: 'CAPMAS', sources: ['s'] },
];

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
  it('per million, spans only the figures with a same-year population', () => {
    const ranges = regionRanges(FIGURES, 'went', POPULATIONS);
    // Tunisia 2017 and Morocco (no population) drop out; Egypt's range 360-400 over about 88 million.
    expect(ranges.map((r) => [r.country, Math.round(r.min * 10) / 10, Math.round(r.max * 10) / 10, r.counts])).toEqual([
      ['TN', 273.2, 273.2, 1],
      ['EG', 4.1, 4.5, 1],
    ]);
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
    [
      'another measure in its own words',
      [fig('UN', 'TN', 3000, '2015-05', { measure: 'present' }), fig('UN', 'MA', 1200, '2015-05', { measure: 'present' })],
      'By the UN count (2015), Tunisia had 2.5 times as many as Morocco still there: 3,000 against 1,200.',
    ],
    ['no figures', [], 'This bundle has no regional foreign-fighter figures.'],
  ])('%s', (_name, figures, start) => {
    const measure = figures[0]?.measure ?? 'went';
    expect(regionReading(regionSeries(figures, measure), measure)).toContain(start);
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
  it('gives per million (derived) only with a same-year population, and says why not otherwise', () => {
    const rows = regionTable(FIGURES, POPULATIONS).rows;
    expect(rows[0]).toMatchObject({ country: 'Tunisia', perMillion: 273, perMillionQualifier: 'about' });
    expect(String(rows[0]?.perMillionBasis)).toMatch(/^derived: figure ÷ 10,982,754 inhabitants \(2014, INS\)/);
    const egypt = rows.find((r) => r.country === 'Egypt');
    expect(egypt).toMatchObject({ perMillion: 4.1, perMillionMax: 4.5, perMillionQualifier: 'about' });
    const tunisia2017 = rows.find((r) => r.country === 'Tunisia' && r.series === 'Soufan 2017');
    expect(tunisia2017).toMatchObject({ perMillion: null, perMillionBasis: 'no cited population of Tunisia for 2017' });
    expect(regionTable(FIGURES).rows.every((r) => r.perMillion === null)).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import type { Population, RegionalFigure } from '../../../data/schema';
import { noPopulationText, perMillion, perMillionText, populationFor, roundPerMillion } from './region-per-million';

const pop = (id: string, country: string, date: string, value: number, extra: Partial<Population> = {}): Population => ({
  id,
  country,
  date,
  value,
  official: true,
  speaker: 'Statistics office',
  sources: ['s'],
  ...extra,
});

const POPULATIONS = [
  pop('tn-census-2014', 'TN', '2014', 10982754),
  pop('ma-census-2014', 'MA', '2014-09-01', 33848242),
  pop('dz-ons-2015', 'DZ', '2015-01-01', 39500000),
  pop('eg-capmas-2015', 'EG', '2015', 88000000, { qualifier: 'about' }),
];

type Part = Pick<RegionalFigure, 'country' | 'date' | 'value'> & Partial<Pick<RegionalFigure, 'placed' | 'valueMax' | 'qualifier'>>;

describe('perMillion', () => {
  it.each<[string, Part, string | null, number | null, string | null]>([
    // Soufan, June 2014: more than 3,000 Tunisians / 10,982,754 = 273.16 per million, hedged -> about.
    ['a hedged figure, same year', { country: 'TN', date: '2014-04', value: 3000, qualifier: 'more-than' }, 'tn-census-2014', 273.16, 'about 273'],
    ['a bare figure and a bare population stay bare', { country: 'DZ', date: '2015-10', value: 63 }, 'dz-ons-2015', 1.59, '1.6'],
    ['a hedged population makes a bare figure "about"', { country: 'EG', date: '2015-12', value: 600 }, 'eg-capmas-2015', 6.82, 'about 6.8'],
    ['a month of the census year matches its bare-year population', { country: 'MA', date: '2014-04', value: 1500 }, 'ma-census-2014', 44.32, '44'],
    ['a range gives a range', { country: 'EG', date: '2015-01', value: 360, valueMax: 400 }, 'eg-capmas-2015', 4.09, 'about 4.1–4.5'],
    ['no population of that year: absent, never the nearest year', { country: 'TN', date: '2015-12', value: 6000 }, null, null, null],
    ['no population of that country: absent', { country: 'LY', date: '2015-12', value: 600 }, null, null, null],
    ['a year placed by the editors: absent', { country: 'TN', date: '2014', value: 3000, placed: true }, null, null, null],
  ])('%s', (_name, figure, populationId, value, text) => {
    const pm = perMillion(figure, POPULATIONS);
    expect(pm?.population.id ?? null).toBe(populationId);
    expect(pm === null ? null : Math.round(pm.value * 100) / 100).toBe(value);
    expect(pm === null ? null : perMillionText(pm)).toBe(text);
  });

  it('finds the population by country and calendar year only', () => {
    expect(populationFor({ country: 'MA', date: '2014-01' }, POPULATIONS)?.id).toBe('ma-census-2014');
    expect(populationFor({ country: 'MA', date: '2015-01' }, POPULATIONS)).toBeNull();
  });

  it.each([
    [273.15, 273],
    [44.32, 44],
    [9.96, 10],
    [1.59, 1.6],
  ])('rounds %f to %f', (value, rounded) => expect(roundPerMillion(value)).toBe(rounded));

  it('says why a figure has none', () => {
    expect(noPopulationText({ date: '2015-12' }, 'Tunisia')).toBe('no cited population of Tunisia for 2015');
    expect(noPopulationText({ date: '2015', placed: true }, 'Tunisia')).toMatch(/placed by the editors/);
  });
});

// Regional figures and populations for tests of the neighbours comparison (issue 18):
// records with only what a test varies spelled out, and the fixture bundle with a
// comparable pair (Soufan, June 2014: Tunisia and Morocco) and Tunisia's 2014 census.
import type { Bundle, Population, RegionalFigure } from '../data/schema';
import { fixtureBundle } from './fixture-bundle';

/** One figure of a series: an estimate of how many went, unless `extra` says otherwise. */
export const regionalFigure = (
  series: string,
  country: string,
  value: number,
  date: string,
  extra: Partial<RegionalFigure> = {},
): RegionalFigure => ({
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

/** An official population count. */
export const population = (country: string, date: string, value: number): Population => ({
  id: `${country.toLowerCase()}-${date}`,
  country,
  date,
  value,
  official: true,
  speaker: `${country} statistics office`,
  sources: ['s'],
});

/** The fixture bundle with Soufan's June 2014 Tunisia and Morocco ("more than") and Tunisia's 2014 census. */
export function withNeighbours(): Bundle {
  const bundle = fixtureBundle();
  const base: Pick<RegionalFigure, 'approximate' | 'measure' | 'official' | 'speaker' | 'sources'> = {
    approximate: false,
    measure: 'went',
    official: false,
    speaker: 'The Soufan Group',
    sources: ['mwn-2017-fall-of-isis'],
  };
  bundle.regionalFigures.push(
    { ...base, id: 'soufan-2014-tn-went', country: 'TN', series: 'Soufan Group, June 2014', date: '2014-04', value: 3000, qualifier: 'more-than' },
    { ...base, id: 'soufan-2014-ma-went', country: 'MA', series: 'Soufan Group, June 2014', date: '2014-04', value: 1500, qualifier: 'more-than' },
  );
  bundle.populations.push({ id: 'tn-census-2014', country: 'TN', date: '2014', value: 10982754, official: true, speaker: 'INS', sources: ['mwn-2017-fall-of-isis'] });
  return bundle;
}

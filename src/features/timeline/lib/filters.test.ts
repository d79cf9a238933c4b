import { describe, expect, it } from 'vitest';
import type { CellEvent } from '../../../data/schema';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import {
  NO_FILTERS,
  countActiveFilters,
  filterEvents,
  filterOptions,
  prepareEvents,
  withinSpan,
  type EventFilters,
} from './filters';

const base = fixtureBundle().cellEvents[0];
if (!base) throw new Error('fixture has no event');

const all: CellEvent[] = [
  { ...base, id: 'tangier', date: '2018-03-29' },
  {
    ...base,
    id: 'female',
    date: '2016-10',
    arrested: 10,
    laterArrests: null,
    affiliation: 'isis',
    places: [{ city: 'Kénitra', region: 'Rabat-Salé-Kénitra', country: 'Morocco' }],
    details: 'First all-female cell.',
  },
  {
    ...base,
    id: 'joint',
    date: '2016',
    arrested: null,
    laterArrests: null,
    affiliation: 'isis-recruitment',
    agencies: ['BCIJ', 'DGST'],
    partners: ['Spain'],
    places: [{ city: 'Tétouan', region: 'Tanger-Tétouan-Al Hoceïma', country: 'Morocco' }],
    details: 'Joint operation.',
  },
];
const events = prepareEvents(all);
const ids = (filters: Partial<EventFilters>) =>
  filterEvents(events, { ...NO_FILTERS, ...filters }).map((e) => e.event.id);

describe('filterEvents', () => {
  it.each<[string, Partial<EventFilters>, string[]]>([
    ['no filters', {}, ['tangier', 'female', 'joint']],
    ['a region', { region: 'Tanger-Tétouan-Al Hoceïma' }, ['tangier', 'joint']],
    ['a city', { region: 'Oued Zem' }, ['tangier']],
    ['an affiliation', { affiliation: 'isis' }, ['female']],
    ['an agency', { agency: 'DGST' }, ['joint']],
    ['any foreign partner', { partner: 'any' }, ['joint']],
    ['no foreign partner', { partner: 'none' }, ['tangier', 'female']],
    ['a named partner', { partner: 'Spain' }, ['joint']],
    ['a partner nobody has', { partner: 'France' }, []],
    // An unstated number is unknown, not zero: it never passes a minimum.
    ['a minimum arrested', { minArrests: 9 }, ['female']],
    ['a minimum of 0', { minArrests: 0 }, ['tangier', 'female', 'joint']],
    ['text in details', { q: 'all-female' }, ['female']],
    ['text without accents', { q: 'tetouan' }, ['tangier', 'joint']],
    ['text with accents and case', { q: 'KÉNITRA' }, ['female']],
    ['several words, all required', { q: 'oued tangier' }, ['tangier']],
    ['combined filters', { region: 'Tanger-Tétouan-Al Hoceïma', partner: 'any' }, ['joint']],
  ])('%s', (_, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('withinSpan', () => {
  it.each([
    ['the whole of 2016', { start: 2016 * 12, end: 2016 * 12 + 11 }, ['female', 'joint']],
    // A year-only date may fall outside part of a year, so it is left out.
    ['part of 2016', { start: 2016 * 12 + 6, end: 2016 * 12 + 11 }, ['female']],
    ['March 2018', { start: 2018 * 12 + 2, end: 2018 * 12 + 2 }, ['tangier']],
    ['no range', null, ['tangier', 'female', 'joint']],
  ])('%s', (_, span, expected) => {
    expect(withinSpan(events, span).map((e) => e.event.id)).toEqual(expected);
  });
});

describe('filter helpers', () => {
  it('counts active filters', () => {
    expect(countActiveFilters(NO_FILTERS)).toBe(0);
    expect(countActiveFilters({ ...NO_FILTERS, q: ' x ', minArrests: 3, partner: 'any' })).toBe(3);
  });

  it('offers the values found in the data, sorted', () => {
    const options = filterOptions(all);
    expect(options.agencies).toEqual(['BCIJ', 'DGST']);
    expect(options.partners).toEqual(['Spain']);
    expect(options.cities).toEqual(['Kénitra', 'Oued Zem', 'Tangier', 'Tétouan']);
    expect(options.affiliations).toEqual(['isis', 'isis-recruitment', 'pro-isis']);
  });
});

import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type CountermeasureFilters } from './countermeasures-url';
import { facetCounts, filterMeasures, type Facet } from './filter';
import { sampleMeasures } from '../../../testing/sample-measures';
import { searchText } from './search';

const entries = sampleMeasures().map((measure) => ({ measure, text: searchText(measure) }));
const ids = (filters: Partial<CountermeasureFilters>) =>
  filterMeasures(entries, { ...DEFAULT_STATE, ...filters }).map((m) => m.id);

describe('filterMeasures', () => {
  it.each<[string, Partial<CountermeasureFilters>, string[]]>([
    ['no filter keeps all, in order', {}, entries.map((e) => e.measure.id)],
    ['one horizon', { horizon: ['both'] }, ['europol-centre']],
    [
      'two horizons are alternatives',
      { horizon: ['long', 'both'] },
      ['education-reform', 'imam-training', 'europol-centre', 'arts-music'],
    ],
    ['approach', { approach: ['hard'] }, ['prison-monitoring', 'europol-centre', 'funding-cut']],
    [
      'domain list',
      { domain: ['education', 'religious-field'] },
      ['education-reform', 'imam-training', 'moderate-discourse'],
    ],
    ['actor', { actor: ['eu-europe', 'international'] }, ['europol-centre', 'funding-cut']],
    ['status', { status: ['in-place'] }, ['imam-training', 'europol-centre']],
    ['horizon basis', { basis: ['assigned'] }, ['imam-training', 'europol-centre', 'arts-music']],
    ['filters combine', { horizon: ['long'], approach: ['soft'], basis: ['stated'] }, ['education-reform']],
    ['search in titles', { q: 'prison' }, ['prison-monitoring']],
    ['search in descriptions, accent-insensitive', { q: 'africa' }, ['imam-training', 'europol-centre']],
    [
      'search ignores case and accents in the query',
      { q: 'ÉDUCATION' },
      ['education-reform', 'moderate-discourse'],
    ],
    ['search with horizon', { horizon: ['long'], q: 'education' }, ['education-reform']],
    ['every word must match', { q: 'arts young' }, ['arts-music']],
    ['nothing matches', { q: 'submarine' }, []],
    ['blank search filters nothing', { q: '   ' }, entries.map((e) => e.measure.id)],
  ])('%s', (_name, filters, expected) => {
    expect(ids(filters)).toEqual(expected);
  });
});

describe('facetCounts', () => {
  const counts = (filters: Partial<CountermeasureFilters>) =>
    facetCounts(entries, { ...DEFAULT_STATE, ...filters });

  it.each<[string, Partial<CountermeasureFilters>, Facet, Record<string, number>]>([
    ['no filter: plain counts', {}, 'horizon', { short: 3, long: 3, both: 1 }],
    ['a facet ignores its own filter', { horizon: ['long'] }, 'horizon', { short: 3, long: 3, both: 1 }],
    ['other facets apply', { horizon: ['long'] }, 'approach', { soft: 3 }],
    ['the search always applies', { q: 'prison' }, 'domain', { 'prisons-returnees': 1 }],
    ['two filters', { horizon: ['short'], approach: ['soft'] }, 'horizon', { short: 1, long: 3 }],
    ['basis counts', { status: ['in-place'] }, 'basis', { assigned: 2 }],
  ])('%s', (_name, filters, facet, expected) => {
    expect(counts(filters)[facet]).toEqual(expected);
  });

  it('agrees with filterMeasures when a value is added', () => {
    const base: CountermeasureFilters = { ...DEFAULT_STATE, approach: ['soft'], status: ['recommended'] };
    const c = facetCounts(entries, base);
    for (const domain of ['education', 'religious-field', 'culture-media'] as const) {
      expect(c.domain[domain] ?? 0).toBe(filterMeasures(entries, { ...base, domain: [domain] }).length);
    }
  });
});

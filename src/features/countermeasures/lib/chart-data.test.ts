import { describe, expect, it } from 'vitest';
import { domainBars, domainSummary, domainTable } from './chart-data';
import { sampleMeasures } from '../../../testing/sample-measures';

const measures = sampleMeasures();

describe('domainBars', () => {
  it('counts each domain by horizon, largest first, zero bars kept', () => {
    const bars = domainBars(measures);
    expect(bars).toHaveLength(11);
    expect(bars[0]).toEqual({
      domain: 'religious-field',
      label: 'Religious field',
      short: 1,
      long: 1,
      both: 0,
      total: 2,
    });
    expect(bars.slice(1, 6).map((b) => b.domain)).toEqual([
      'prisons-returnees',
      'education',
      'culture-media',
      'regional-international-cooperation',
      'terrorism-financing',
    ]);
    expect(bars.at(-1)).toMatchObject({ domain: 'health-psychosocial', total: 0 });
  });

  it('limits bars to the domains asked for', () => {
    expect(domainBars(measures, ['education', 'legal-justice']).map((b) => [b.domain, b.total])).toEqual([
      ['education', 1],
      ['legal-justice', 0],
    ]);
  });

  it.each([
    [
      measures,
      'Of 7 measures, religious field has the most (2: 1 short term, 1 long term). 5 of 11 domains have no measure.',
    ],
    [
      measures.filter((m) => m.domain === 'education'),
      'Of 1 measure, education has the most (1: 1 long term). 10 of 11 domains have no measure.',
    ],
    [[], 'No measure matches the current filters.'],
  ])('summary %#', (input, expected) => {
    expect(domainSummary(domainBars(input))).toBe(expected);
  });

  it('gives a table with one row per bar', () => {
    const table = domainTable(domainBars(measures, ['education']));
    expect(table.columns.map((c) => c.key)).toEqual(['domain', 'short', 'long', 'both', 'total']);
    expect(table.rows).toEqual([{ domain: 'Education', short: 0, long: 1, both: 0, total: 1 }]);
  });
});

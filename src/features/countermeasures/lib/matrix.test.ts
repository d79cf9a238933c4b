import { describe, expect, it } from 'vitest';
import { DEFAULT_STATE, type CountermeasureFilters, type RowDimension } from './countermeasures-url';
import { buildMatrix, columnKeys, matrixSummary, rowKeys } from './matrix';
import { sampleMeasures } from '../../../testing/sample-measures';

const measures = sampleMeasures();
const pivot = (dimension: RowDimension, filters: Partial<CountermeasureFilters> = {}) => {
  const f = { ...DEFAULT_STATE, ...filters };
  return buildMatrix(measures, dimension, rowKeys(dimension, f), columnKeys(f));
};
/** A matrix as "row: short/long/both" counts, easy to read in a table of cases. */
const shape = (dimension: RowDimension, filters: Partial<CountermeasureFilters> = {}) =>
  pivot(dimension, filters).rows.map((r) => `${r.key}: ${r.cells.map((c) => c.measures.length).join('/')}`);

describe('buildMatrix', () => {
  it.each<[RowDimension, Partial<CountermeasureFilters>, string[]]>([
    ['approach', {}, ['hard: 2/0/1', 'soft: 1/3/0']],
    ['actor', {}, ['morocco: 1/3/0', 'north-africa: 1/0/0', 'eu-europe: 0/0/1', 'international: 1/0/0']],
    ['status', {}, ['in-place: 0/1/1', 'recommended: 3/1/0', 'worth-considering: 0/1/0']],
    ['approach', { horizon: ['short', 'long'] }, ['hard: 2/0', 'soft: 1/3']],
    ['approach', { approach: ['soft'] }, ['soft: 1/3/0']],
    ['domain', { domain: ['education', 'legal-justice'] }, ['legal-justice: 0/0/0', 'education: 0/1/0']],
  ])('%s rows with %j', (dimension, filters, expected) => {
    expect(shape(dimension, filters)).toEqual(expected);
  });

  it('keeps every domain row, empty ones included', () => {
    const matrix = pivot('domain');
    expect(matrix.rows).toHaveLength(11);
    expect(matrix.columns).toEqual(['short', 'long', 'both']);
    expect(matrix.total).toBe(7);
    expect(matrix.emptyCells).toBe(33 - 7);
    expect(matrix.rows.find((r) => r.key === 'legal-justice')).toMatchObject({
      label: 'Law and justice',
      total: 0,
    });
  });

  it('keeps input order inside a cell', () => {
    const cell = pivot('approach').rows[1]?.cells[1];
    expect(cell?.measures.map((m) => m.id)).toEqual(['education-reform', 'imam-training', 'arts-music']);
  });

  it('ignores measures outside the rows or columns asked for', () => {
    const matrix = buildMatrix(measures, 'approach', [{ key: 'hard', label: 'Hard' }], ['short']);
    expect(matrix.total).toBe(2);
  });
});

describe('matrixSummary', () => {
  it.each<[RowDimension, Partial<CountermeasureFilters>, string]>([
    [
      'approach',
      {},
      '7 measures: 3 short term, 3 long term, 1 both short and long term. The fullest cell is Soft (prevention), long term (3). 2 of 6 cells are empty.',
    ],
    ['approach', { q: 'nothing like this' }, 'No measure matches the current filters; every cell is empty.'],
    [
      'approach',
      { approach: ['hard'], horizon: ['short'] },
      '2 measures: 2 short term. The fullest cell is Hard (security), short term (2). No cell is empty.',
    ],
  ])('%s %j', (dimension, filters, expected) => {
    const f = { ...DEFAULT_STATE, ...filters };
    const filtered = f.q
      ? []
      : measures.filter((m) => (f.approach.length ? f.approach.includes(m.approach) : true));
    expect(matrixSummary(buildMatrix(filtered, dimension, rowKeys(dimension, f), columnKeys(f)))).toBe(
      expected,
    );
  });
});

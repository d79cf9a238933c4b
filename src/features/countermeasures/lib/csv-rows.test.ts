import { describe, expect, it } from 'vitest';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { toCsv } from '../../../lib/csv';
import { parseCsv } from '../../../testing/parse-csv';
import { DEFAULT_STATE } from './countermeasures-url';
import { CSV_HEADER, csvCitation, describeFilters, measureCsvRows } from './csv-rows';
import { sampleMeasure } from '../../../testing/sample-measures';

const sourcesById = new Map(fixtureBundle().sources.map((s) => [s.id, s]));

describe('measure CSV rows', () => {
  it('writes every field, with source ids and URLs', () => {
    const m = sampleMeasure({
      id: 'x',
      horizonBasis: 'assigned',
      horizonReason: 'Slow, by nature.',
      sources: ['mwn-2017-fall-of-isis', 'presstv-fr-2017-09-khiame', 'missing-source'],
    });
    const [row] = measureCsvRows([m], sourcesById);
    expect(row).toHaveLength(CSV_HEADER.length);
    expect(Object.fromEntries(CSV_HEADER.map((h, i) => [h, row?.[i]]))).toEqual({
      id: 'x',
      title: 'Measure x',
      description: 'A test measure.',
      horizon: 'short',
      horizon_basis: 'assigned',
      horizon_reason: 'Slow, by nature.',
      approach: 'hard',
      domain: 'security-intelligence',
      actor: 'morocco',
      status: 'recommended',
      seed_paragraph: 'P16',
      source_ids: 'mwn-2017-fall-of-isis | presstv-fr-2017-09-khiame | missing-source',
      source_urls:
        'https://www.moroccoworldnews.com/2017/10/232413/isis-north-africa-terrorism/ | http://350431105.r.worldcdn.net/Detail/2017/09/06/534265/ | ',
    });
  });

  it('round-trips through toCsv with the selection and version as last columns, no comment lines', () => {
    const rows = measureCsvRows([sampleMeasure({ id: 'a', title: 'Say "no", twice' })], sourcesById);
    const text = toCsv(CSV_HEADER, rows, csvCitation({ ...DEFAULT_STATE, q: 'no' }, 'v-9', 1, 41));
    expect(text).not.toMatch(/^\uFEFF?#/m);
    const parsed = parseCsv(text);
    expect(parsed[0]).toEqual([...CSV_HEADER, 'selection', 'data_version', 'citation']);
    expect(parsed[1]?.[1]).toBe('Say "no", twice');
    expect(parsed[1]?.[CSV_HEADER.length]).toBe('1 of 41 measures. Filters: search = "no"');
    expect(parsed[1]?.[CSV_HEADER.length + 1]).toMatch(/^v-9\. /);
  });

  it.each([
    [{}, 'Filters: none'],
    [{ horizon: ['long' as const], q: ' education ' }, 'Filters: horizon = Long term; search = "education"'],
    [
      { domain: ['education' as const, 'religious-field' as const], basis: ['assigned' as const] },
      'Filters: domain = Education or Religious field; horizon basis = Assigned by the editors',
    ],
  ])('describes %j', (filters, expected) => {
    expect(describeFilters({ ...DEFAULT_STATE, ...filters })).toBe(expected);
  });
});

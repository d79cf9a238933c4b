import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../lib/csv';
import { parseCsv } from '../testing/parse-csv';
import { fixtureBundle } from '../testing/fixture-bundle';
import { validateBundle } from './validate';
import { sourcesById } from './sources';
import {
  OFFICIAL_COUNTS_CSV_HEADER,
  officialCountCsvRows,
  STATEMENTS_CSV_HEADER,
  statementCsvRows,
} from './records-csv';

const asRecords = (csv: string) => {
  const [header, ...rows] = parseCsv(csv);
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])));
};

function shippedBundle() {
  const result = validateBundle(JSON.parse(readFileSync('public/data/bundle.json', 'utf8')));
  if (!result.ok) throw new Error('shipped bundle invalid');
  return result.bundle;
}

describe('statements CSV', () => {
  it('writes every statement with each figure and its qualifier beside it', () => {
    const bundle = shippedBundle();
    const byId = sourcesById(bundle);
    const csv = toCsv(STATEMENTS_CSV_HEADER, statementCsvRows(bundle.fighterSnapshots, byId), { data_version: 'v' });
    const records = asRecords(csv);
    expect(records).toHaveLength(bundle.fighterSnapshots.length);
    for (const [i, s] of bundle.fighterSnapshots.entries()) {
      const r = records[i]!;
      expect(r.id).toBe(s.id);
      expect(r.official).toBe(String(s.official));
      expect(r.total).toBe(s.figures.total === null ? '' : String(s.figures.total));
      expect(r.total_qualifier).toBe(s.qualifiers?.total ?? '');
      expect(r.joined_isis).toBe(s.figures.joinedIsis === null ? '' : String(s.figures.joinedIsis));
      expect((r.source_urls ?? '').split(' | ')).toEqual(s.sources.map((id) => byId.get(id)!.url));
    }
    // A qualified figure keeps its qualifier: the bundle has at least one ("about", "more than").
    expect(records.some((r) => r.total_qualifier !== '')).toBe(true);
  });
});

describe('official counts CSV', () => {
  it('writes every count with its kind, coverage, qualifier and sources', () => {
    const bundle = fixtureBundle();
    const byId = sourcesById(bundle);
    const records = asRecords(toCsv(OFFICIAL_COUNTS_CSV_HEADER, officialCountCsvRows(bundle.cellCounts, byId)));
    expect(records).toHaveLength(bundle.cellCounts.length);
    const c = bundle.cellCounts[0]!;
    expect(records[0]!.id).toBe(c.id);
    expect(records[0]!.count).toBe(String(c.count));
    expect(records[0]!.coverage).toBe(c.coverage);
    expect(records[0]!.source_ids).toBe(c.sources.join(' | '));
  });
});

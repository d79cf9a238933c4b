import { describe, expect, it } from 'vitest';
import { toCsv } from '../../../lib/csv';
import { parseCsv } from '../../../testing/parse-csv';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { sourcesById } from '../../../data/sources';
import {
  CONTEXT_CSV_HEADER,
  contextCsvRows,
  EVENTS_CSV_HEADER,
  eventCsvRows,
  timelineCsvCitation,
} from './events-csv';

describe('events CSV', () => {
  const bundle = fixtureBundle();
  const byId = sourcesById(bundle);

  it('writes one row per event with every field, round-tripping through the CSV encoder', () => {
    const rows = parseCsv(
      toCsv(
        EVENTS_CSV_HEADER,
        eventCsvRows(bundle.cellEvents, byId),
        timelineCsvCitation('All 2 events', 'v-1'),
      ),
    );
    expect(rows[0]).toEqual([...EVENTS_CSV_HEADER, 'selection', 'data_version']);
    expect(rows).toHaveLength(bundle.cellEvents.length + 1);
    const event = bundle.cellEvents[0]!;
    const row = Object.fromEntries(EVENTS_CSV_HEADER.map((name, i) => [name, rows[1]![i]]));
    expect(row.id).toBe(event.id);
    expect(row.date).toBe(event.date);
    expect(row.date_precision).toBe(
      event.date.length === 10 ? 'day' : event.date.length === 7 ? 'month' : 'year',
    );
    expect(row.arrested).toBe(event.arrested === null ? '' : String(event.arrested));
    expect(row.cities).toBe(event.places.map((p) => p.city).join(' | '));
    expect(row.source_ids).toBe(event.sources.join(' | '));
    expect(row.source_urls).toBe(event.sources.map((id) => byId.get(id)!.url).join(' | '));
    expect(rows[1]!.at(-1)).toMatch(/^v-1\. /);
  });

  it('writes context events with their category and sources', () => {
    const rows = parseCsv(toCsv(CONTEXT_CSV_HEADER, contextCsvRows(bundle.contextEvents, byId)));
    expect(rows).toHaveLength(bundle.contextEvents.length + 1);
    expect(rows[1]![0]).toBe(bundle.contextEvents[0]!.id);
    expect(rows[1]![5]).toBe(bundle.contextEvents[0]!.category);
  });
});

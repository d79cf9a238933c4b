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
    expect(rows[1]![CONTEXT_CSV_HEADER.indexOf('category')]).toBe(bundle.contextEvents[0]!.category);
    expect(rows[1]![CONTEXT_CSV_HEADER.indexOf('placed')]).toBe('false');
  });

  it('splits arrests into Morocco and abroad, keeps `arrested` (= in Morocco), and links follow-ups', () => {
    const base = bundle.cellEvents[0]!;
    const events = [
      { ...base, id: 'joint', arrested: 3, arrestedQualifier: 'about' as const, arrestedAbroad: [{ country: 'Spain', count: 6 }, { country: 'Belgium', count: 1 }] },
      { ...base, id: 'later', date: '2019', placed: true as const, arrested: 2, followUpOf: 'joint' },
    ];
    const rows = parseCsv(toCsv(EVENTS_CSV_HEADER, eventCsvRows(events, byId)));
    const at = (r: number, name: string) => rows[r]![EVENTS_CSV_HEADER.indexOf(name)];
    expect([at(1, 'arrested'), at(1, 'arrested_morocco'), at(1, 'arrested_qualifier')]).toEqual(['3', '3', 'about']);
    expect([at(1, 'arrested_abroad'), at(1, 'arrested_abroad_total')]).toEqual(['Spain: 6; Belgium: 1', '7']);
    expect([at(1, 'follow_up_of'), at(1, 'placed')]).toEqual(['', 'false']);
    expect([at(2, 'arrested_abroad'), at(2, 'arrested_abroad_total')]).toEqual(['', '0']);
    expect([at(2, 'follow_up_of'), at(2, 'placed')]).toEqual(['joint', 'true']);
  });
});

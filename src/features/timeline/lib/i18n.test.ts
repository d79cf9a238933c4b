// The timeline's generated texts, tables and files in French and Arabic. The
// English wording is asserted by the other tests of this folder.
import { describe, expect, it } from 'vitest';
import type { CellEvent } from '../../../data/schema';
import { sourcesById } from '../../../data/sources';
import { activateLocale } from '../../../i18n/i18n';
import { fixtureBundle } from '../../../testing/fixture-bundle';
import { parseCsv } from '../../../testing/parse-csv';
import { arrestsText, dismantlingsSummary, eventLabel, rangePresets, sahelSentence } from './dismantlings';
import { timeScale, timeTicks } from './event-layout';
import {
  CONTEXT_CSV_HEADER,
  CSV_HEADER_IDS,
  EVENTS_CSV_HEADER,
  localHeader,
  timelineCsv,
} from './events-csv';
import { OFFICIAL_COUNTS_CSV_HEADER } from '../../../data/records-csv';
import { mapPlaces, mapSummary } from './map-places';
import { formatPeriod, monthIndex } from './periods';

const e = (id: string, date: string, over: Partial<CellEvent> = {}): CellEvent => ({
  id,
  date,
  approximate: false,
  places: [{ city: 'Tetouan', region: 'Tanger-Tétouan-Al Hoceïma', country: 'Morocco' }],
  arrested: 3,
  laterArrests: null,
  affiliation: 'isis',
  agencies: [],
  partners: [],
  details: 'x',
  sources: ['s'],
  ...over,
});

describe('periods and ticks in the page’s language', () => {
  it('English stays as it was', () => {
    expect(formatPeriod('2016-Q3')).toBe('Q3 2016');
    expect(formatPeriod('2016-10')).toBe('Oct 2016');
    const months = timeTicks(timeScale({ start: monthIndex(2016, 3), end: monthIndex(2016, 8) }, 0, 600)).map((t) => t.label);
    expect(months[0]).toBe('Mar 2016');
    expect(months).toContain('Jun');
  });

  it('French: T3 2016, oct. 2016, French month ticks', async () => {
    await activateLocale('fr', null);
    expect(formatPeriod('2016-Q3')).toBe('T3 2016');
    expect(formatPeriod('2016-10')).toBe('oct. 2016');
    const months = timeTicks(timeScale({ start: monthIndex(2016, 3), end: monthIndex(2016, 8) }, 0, 600)).map((t) => t.label);
    expect(months[0]).toBe('mars 2016');
    expect(months).toContain('juin');
  });

  it('Arabic: month names in Arabic, years in Western digits', async () => {
    await activateLocale('ar', null);
    expect(formatPeriod('2016-10')).toBe('أكتوبر 2016');
    expect(formatPeriod('2016-Q3')).toMatch(/2016/);
  });
});

describe('generated sentences in French', () => {
  it('the event timeline’s summary, an event’s label and the Sahel trend', async () => {
    await activateLocale('fr', null);
    const events = [
      e('a', '2024-11-22', { arrestedAbroad: [{ country: 'Spain', count: 6 }] }),
      e('b', '2024-12-10', { followUpOf: 'a', arrested: 2 }),
    ];
    const text = dismantlingsSummary(events, { start: 2024 * 12, end: 2024 * 12 + 11 }, 0);
    expect(text).toMatch(/^1 démantèlement de cellule documenté est placé \(et 1 opération de suivi, non comptée comme cellules\)/);
    expect(text).toMatch(/5 personnes arrêtées au Maroc et 6 à l’étranger/);
    expect(eventLabel(events[0]!)).toBe(
      '22 novembre 2024, Tetouan\u202f: arrestations\u202f: 3 au Maroc\u202f; 6 à l’étranger (Spain)\u202f; État islamique (EI)\u202f; datée au jour près',
    );
    expect(sahelSentence({ since: '2024', cells: 4, tied: 3 })).toBe(
      '3 des 4 démantèlements de cellules documentés depuis 2024 sont liés à l’État islamique au Sahel.',
    );
    expect(rangePresets({ start: monthIndex(2014, 1), end: monthIndex(2022, 12) }).map((p) => p.label)).toEqual([
      'Tout',
      '2014–2016',
      '2017–2020',
      'Depuis 2021',
    ]);
  });

  it('the map’s summary', async () => {
    await activateLocale('fr', null);
    const result = mapPlaces([e('a', '2016-01'), e('b', '2017-03')], [], 'events');
    expect(mapSummary(result, 'events')).toBe(
      '1 lieu cité dans les démantèlements affichés\u202f; le plus grand nombre de démantèlements\u202f: Tetouan (2)\u202f; 0 hors de la carte et 1 sans coordonnées sont listés à côté.',
    );
  });

  it('Arabic plural forms for a follow-up: arrests in Arabic', async () => {
    await activateLocale('ar', null);
    expect(arrestsText(e('a', '2024-11-22', { laterArrests: 1 }))).toBe('الموقوفون: 3 في المغرب (+1 لاحقًا)');
  });
});

describe('timeline CSV files', () => {
  const bundle = fixtureBundle();
  const byId = sourcesById(bundle);

  it('name every column the files write', () => {
    // The editors' translations (title_fr, description_ar) keep their names: each names its language.
    for (const name of [...EVENTS_CSV_HEADER, ...CONTEXT_CSV_HEADER, ...OFFICIAL_COUNTS_CSV_HEADER].filter((n) => !/_(fr|ar)$/.test(n))) {
      expect(CSV_HEADER_IDS[name], name).toBeDefined();
    }
  });

  it('in English, keep the data package’s field names', () => {
    const rows = parseCsv(timelineCsv({ events: bundle.cellEvents }, byId, 'All', 'v-1'));
    expect(rows[0]).toEqual([...EVENTS_CSV_HEADER, 'selection', 'data_version']);
    expect(rows[1]!.at(-1)).toMatch(/^v-1\. Dates keep their precision/);
  });

  it('made in French, have French headers, and the same cells', async () => {
    await activateLocale('fr', null);
    const rows = parseCsv(timelineCsv({ events: bundle.cellEvents }, byId, 'Tous', 'v-1'));
    const header = rows[0]!;
    expect(header).toEqual([...localHeader(EVENTS_CSV_HEADER), 'sélection', 'version des données']);
    expect(header).toContain('identifiant');
    expect(header).toContain('précision de la date');
    expect(header).toContain('identifiants des sources');
    expect(new Set(header).size).toBe(header.length);
    const event = bundle.cellEvents[0]!;
    const row = Object.fromEntries(header.map((name, i) => [name, rows[1]![i]]));
    expect(row.identifiant).toBe(event.id);
    expect(row['précision de la date']).toBe('day');
    expect(row['sélection']).toBe('Tous');
    expect(row['version des données']).toMatch(/^v-1\. Les dates gardent leur précision/);

    const counts = parseCsv(timelineCsv({ counts: bundle.cellCounts }, byId, 'Tous', 'v-1'));
    expect(counts[0]).toContain('déclaré par');
    const context = parseCsv(timelineCsv({ context: bundle.contextEvents }, byId, 'Tous', 'v-1'));
    expect(context[0]).toContain('catégorie');
  });
});

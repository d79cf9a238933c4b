// A CSV downloaded from a French or Arabic page has column names in that language;
// opened on a page in the same language, it imports as the English file does.
import { describe, expect, it } from 'vitest';
import { activateLocale } from '../../i18n/i18n';
import { toCsv } from '../../lib/csv';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { CSV_HEADER_IDS, MEASURES_CSV_HEADER_IDS } from '../csv-header-names';
import { EVENTS_CSV_HEADER, eventCsvRows } from '../events-csv-rows';
import { MEASURES_CSV_HEADER, measureCsvRows } from '../measures-csv-rows';
import { sourcesById } from '../sources';
import { t } from '../../i18n/i18n';
import { defaultMapping, readSheet, unknownHeaders } from './import-rows';
import { parseCsvText } from './read-csv';
import { detectSection, type ImportSection } from './sections';

const bundle = fixtureBundle();
const local = (names: readonly string[], ids: Record<string, string | undefined>) =>
  names.map((name) => {
    const id = ids[name];
    return id ? t(id as Parameters<typeof t>[0]) : name;
  });

function importText(text: string) {
  const { header, rows } = parseCsvText(text);
  const section = detectSection(header) as ImportSection;
  return { section, unknown: unknownHeaders(section, header), sheet: readSheet(section, header, rows, defaultMapping(section, header)) };
}

describe.each(['fr', 'ar'] as const)('a %s download imports back on a page in its language', (locale) => {
  it('events: every column recognised, the same records as from the English file', async () => {
    const english = importText(toCsv(EVENTS_CSV_HEADER, eventCsvRows(bundle.cellEvents, sourcesById(bundle))));
    await activateLocale(locale, null);
    const header = local(EVENTS_CSV_HEADER, CSV_HEADER_IDS);
    expect(header).not.toEqual([...EVENTS_CSV_HEADER]);
    const text = toCsv(header, eventCsvRows(bundle.cellEvents, sourcesById(bundle)), {
      [t('timeline.csv.header.selection')]: 'x',
      [t('timeline.csv.header.dataVersion')]: 'v',
    });
    const localized = importText(text);
    expect(localized.section).toBe('cellEvents');
    expect(localized.unknown).toEqual([]);
    expect(localized.sheet.problems).toEqual(english.sheet.problems);
    expect(localized.sheet.records).toEqual(english.sheet.records);
  });

  it('measures: every column recognised, the same records as from the English file', async () => {
    const english = importText(toCsv(MEASURES_CSV_HEADER, measureCsvRows(bundle.countermeasures, sourcesById(bundle))));
    await activateLocale(locale, null);
    const text = toCsv(local(MEASURES_CSV_HEADER, MEASURES_CSV_HEADER_IDS), measureCsvRows(bundle.countermeasures, sourcesById(bundle)), {
      [t('countermeasures.csv.header.citation')]: 'c',
    });
    const localized = importText(text);
    expect(localized.section).toBe('countermeasures');
    expect(localized.unknown).toEqual([]);
    expect(localized.sheet.records).toEqual(english.sheet.records);
  });
});

describe('the statements download', () => {
  it('writes its columns in French and reads them back', async () => {
    const { STATEMENTS_CSV_HEADER, statementCsvRows } = await import('../records-csv');
    const { statementsHeaderName } = await import('../csv-header-names');
    const english = importText(toCsv(STATEMENTS_CSV_HEADER, statementCsvRows(bundle.fighterSnapshots, sourcesById(bundle))));
    expect(STATEMENTS_CSV_HEADER.map(statementsHeaderName)).toEqual([...STATEMENTS_CSV_HEADER]);
    await activateLocale('fr', null);
    const header = STATEMENTS_CSV_HEADER.map(statementsHeaderName);
    expect(header).toContain('précision\u202f: femmes');
    const localized = importText(toCsv(header, statementCsvRows(bundle.fighterSnapshots, sourcesById(bundle))));
    expect(localized.section).toBe('fighterSnapshots');
    expect(localized.unknown).toEqual([]);
    expect(localized.sheet.records).toEqual(english.sheet.records);
  });
});

describe.each(['en', 'fr', 'ar'] as const)('column names in %s', (locale) => {
  it('never give two different columns the same name', async () => {
    await activateLocale(locale, null);
    const { STATEMENTS_CSV_HEADER } = await import('../records-csv');
    const { statementsHeaderName } = await import('../csv-header-names');
    const { normaliseHeader } = await import('./normalise-header');
    const named = new Map<string, Set<string>>();
    const add = (shown: string, column: string) => named.set(normaliseHeader(shown), (named.get(normaliseHeader(shown)) ?? new Set()).add(column));
    for (const [column, id] of Object.entries(CSV_HEADER_IDS)) add(t(id), column);
    for (const [column, id] of Object.entries(MEASURES_CSV_HEADER_IDS)) if (id) add(t(id), column);
    for (const column of STATEMENTS_CSV_HEADER) add(statementsHeaderName(column), column);
    expect([...named].filter(([, columns]) => columns.size > 1).map(([shown, columns]) => `${shown}: ${[...columns].join(', ')}`)).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { CONTEXT_CSV_HEADER, contextCsvRows, EVENTS_CSV_HEADER, eventCsvRows } from '../events-csv-rows';
import { MEASURES_CSV_HEADER, measureCsvRows } from '../measures-csv-rows';
import {
  OFFICIAL_COUNTS_CSV_HEADER,
  officialCountCsvRows,
  STATEMENTS_CSV_HEADER,
  statementCsvRows,
} from '../records-csv';
import type { Bundle } from '../schema';
import { sourcesById } from '../sources';
import { SOURCES_CSV_HEADER, sourceCsvRows } from '../sources-csv-rows';
import { checkImport, defaultMapping, describe as say, readSheet, unknownHeaders } from './import-rows';
import { parseCsvText } from './read-csv';
import { detectSection, type ImportSection } from './sections';

const base = fixtureBundle();

function sheetOf(section: ImportSection, text: string, mapping?: Record<string, string | null>) {
  const { header, rows } = parseCsvText(text);
  return readSheet(section, header, rows, mapping ?? defaultMapping(section, header));
}

const EXPORTS: [ImportSection, (b: Bundle) => string][] = [
  [
    'cellEvents',
    (b) =>
      toCsv(EVENTS_CSV_HEADER, eventCsvRows(b.cellEvents, sourcesById(b)), {
        selection: 'All',
        data_version: 'v',
      }),
  ],
  [
    'contextEvents',
    (b) => toCsv(CONTEXT_CSV_HEADER, contextCsvRows(b.contextEvents, sourcesById(b)), { data_version: 'v' }),
  ],
  [
    'countermeasures',
    (b) => toCsv(MEASURES_CSV_HEADER, measureCsvRows(b.countermeasures, sourcesById(b)), { citation: 'c' }),
  ],
  [
    'fighterSnapshots',
    (b) => toCsv(STATEMENTS_CSV_HEADER, statementCsvRows(b.fighterSnapshots, sourcesById(b))),
  ],
  [
    'cellCounts',
    (b) => toCsv(OFFICIAL_COUNTS_CSV_HEADER, officialCountCsvRows(b.cellCounts, sourcesById(b))),
  ],
  ['sources', (b) => toCsv(SOURCES_CSV_HEADER, sourceCsvRows(b.sources))],
];

describe('round trip: the CSVs the app exports import back unchanged', () => {
  it.each(EXPORTS)('%s', (section, write) => {
    const bundle = structuredClone(base);
    // Text a spreadsheet would run is written with an apostrophe; it must come back as it was.
    if (bundle.cellEvents[0]) bundle.cellEvents[0].details = '=HYPERLINK("http://x") - and more';
    const csv = write(bundle);
    const { header } = parseCsvText(csv);
    expect(detectSection(header)).toBe(section);
    expect(unknownHeaders(section, header)).toEqual([]);
    const outcome = checkImport(bundle, sheetOf(section, csv), 'new');
    expect(outcome.problems.map(say)).toEqual([]);
    expect(outcome.bundle).not.toBeNull();
    // Exported again, the imported records give the same file, byte for byte.
    expect(write(outcome.bundle!)).toBe(csv);
  });
});

const EVENT_HEADER = 'id,date,affiliation,details,source_ids,cities,regions,countries';
const SOURCE = base.sources[0]!.id;

describe('problems by row and column', () => {
  it.each([
    [
      'a month 13',
      `${EVENT_HEADER}\nx-1,2017-13,isis,d,${SOURCE},Fez,Fès-Meknès,Morocco`,
      ["row 2, date: '2017-13' is not a year, month or day (write 2017, 2017-03 or 2017-03-29)"],
    ],
    ['no source', `${EVENT_HEADER}\nx-1,2017,isis,d,,Fez,Fès-Meknès,Morocco`, ['row 2: no source']],
    [
      'an unknown source',
      `${EVENT_HEADER}\nx-1,2017,isis,d,nope,Fez,Fès-Meknès,Morocco`,
      [expect.stringMatching(/^row 2, source_ids: .*nope/)],
    ],
    [
      'an affiliation not in the list',
      `${EVENT_HEADER}\nx-1,2017,aqim,d,${SOURCE},Fez,R,Morocco`,
      [expect.stringMatching(/^row 2, affiliation: expected one of "isis"/)],
    ],
    [
      'an empty required text',
      `${EVENT_HEADER}\nx-1,2017,isis,,${SOURCE},Fez,R,Morocco`,
      ['row 2, details: is empty, and it is required'],
    ],
    [
      'a repeated id',
      `${EVENT_HEADER}\nx-1,2017,isis,d,${SOURCE},,,\nx-1,2018,isis,d,${SOURCE},,,`,
      [expect.stringMatching(/^row 3, id: duplicate id "x-1"/)],
    ],
    [
      'a count that is not a number',
      `${EVENT_HEADER},arrested\nx-1,2017,isis,d,${SOURCE},,,,twelve`,
      ["row 2, arrested: 'twelve' is not a whole number of 0 or more"],
    ],
  ])('%s', (_name, csv, expected) => {
    const outcome = checkImport(base, sheetOf('cellEvents', csv), 'new');
    expect(outcome.bundle).toBeNull();
    expect(outcome.problems.map(say)).toEqual(expected);
  });

  it('counts rows across quoted newlines, semicolons (French Excel) and keeps formulas as text', () => {
    const csv = `id;date;affiliation;details;source_ids\nx-1;2017;isis;"two\nlines";${SOURCE}\nx-2;2017-13;isis;"=HYPERLINK(""http://e"")";${SOURCE}`;
    const outcome = checkImport(base, sheetOf('cellEvents', csv), 'new');
    expect(outcome.problems.map(say)).toEqual([
      "row 3, date: '2017-13' is not a year, month or day (write 2017, 2017-03 or 2017-03-29)",
    ]);
    expect(outcome.validRows).toEqual([2]);
    const kept = checkImport(base, sheetOf('cellEvents', csv), 'new', true);
    expect(kept.bundle?.cellEvents.map((e) => [e.id, e.details])).toEqual([['x-1', 'two\nlines']]);
    const formula = sheetOf('cellEvents', csv).records[1]!.record.details;
    expect(formula).toBe('=HYPERLINK("http://e")');
  });

  it('merges into the current bundle and refuses an id it already has', () => {
    const existing = base.cellEvents[0]!.id;
    const csv = `${EVENT_HEADER}\n${existing},2017,isis,d,${SOURCE},,,\nnew-one,2017,isis,d,${SOURCE},,,`;
    const outcome = checkImport(base, sheetOf('cellEvents', csv), 'merge');
    expect(outcome.problems.map(say)).toEqual([`row 2, id: duplicate id "${existing}"`]);
    const kept = checkImport(base, sheetOf('cellEvents', csv), 'merge', true);
    expect(kept.bundle?.cellEvents.length).toBe(base.cellEvents.length + 1);
  });

  it('maps an unknown header to a field when the reader says so', () => {
    const csv = `id,when,affiliation,details,source_ids\nx-1,2017,isis,d,${SOURCE}`;
    const { header } = parseCsvText(csv);
    expect(unknownHeaders('cellEvents', header)).toEqual(['when']);
    const unmapped = checkImport(base, sheetOf('cellEvents', csv), 'new');
    expect(unmapped.problems.map(say)).toEqual(['row 2, date: is empty, and it is required']);
    const mapped = checkImport(
      base,
      sheetOf('cellEvents', csv, { ...defaultMapping('cellEvents', header), when: 'date' }),
      'new',
    );
    expect(mapped.problems).toEqual([]);
  });
});

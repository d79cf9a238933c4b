import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../lib/csv';
import { fixtureBundle } from '../../testing/fixture-bundle';
import { CONTEXT_CSV_HEADER, contextCsvRows, EVENTS_CSV_HEADER, eventCsvRows } from '../events-csv-rows';
import {
  DETENTION_CSV_HEADER,
  detentionCsvRows,
  PLACES_CSV_HEADER,
  placeCsvRows,
  POPULATIONS_CSV_HEADER,
  populationCsvRows,
  REGIONAL_CSV_HEADER,
  regionalCsvRows,
} from '../extra-csv-rows';
import { MEASURES_CSV_HEADER, measureCsvRows } from '../measures-csv-rows';
import {
  OFFICIAL_COUNTS_CSV_HEADER,
  officialCountCsvRows,
  STATEMENTS_CSV_HEADER,
  statementCsvRows,
} from '../records-csv';
import type { Bundle } from '../schema';
import { sourcesById } from '../sources';
import { validateBundle } from '../validate';
import { SOURCES_CSV_HEADER, sourceCsvRows } from '../sources-csv-rows';
import { activateLocale } from '../../i18n/i18n';
import { checkImport, defaultMapping, describeProblem as say, readSheet, unknownHeaders } from './import-rows';
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
  [
    'detentionFigures',
    (b) =>
      toCsv(DETENTION_CSV_HEADER, detentionCsvRows(b.detentionFigures, sourcesById(b)), {
        data_version: 'v',
      }),
  ],
  ['places', (b) => toCsv(PLACES_CSV_HEADER, placeCsvRows(b.places), { data_version: 'v' })],
  [
    'regionalFigures',
    (b) =>
      toCsv(REGIONAL_CSV_HEADER, regionalCsvRows(b.regionalFigures, sourcesById(b)), { data_version: 'v' }),
  ],
  [
    'populations',
    (b) => toCsv(POPULATIONS_CSV_HEADER, populationCsvRows(b.populations, sourcesById(b)), { data_version: 'v' }),
  ],
  ['sources', (b) => toCsv(SOURCES_CSV_HEADER, sourceCsvRows(b.sources))],
];

const shippedResult = validateBundle(JSON.parse(readFileSync('public/data/bundle.json', 'utf8')));
if (!shippedResult.ok) throw new Error('the shipped bundle is invalid');
const shipped = shippedResult.bundle;

/**
 * The shipped bundle with the fields it does not use yet set somewhere, so each
 * column is read back at least once: a placed year on an event and a context
 * event, an event's qualifier written as a word, a qualified arrest abroad.
 */
function everyField(): Bundle {
  const bundle = structuredClone(shipped);
  const event = bundle.cellEvents.find((e) => e.arrestedAbroad === undefined && e.places.length > 0)!;
  Object.assign(event, {
    date: event.date.slice(0, 4),
    approximate: true,
    placed: true,
    dateNote: 'Placed: undated page.',
  });
  event.arrestedQualifier = 'up-to';
  event.arrestedAbroad = [
    { country: 'Spain', count: 1200, qualifier: 'more-than' },
    { country: 'Spain (Ceuta)', count: 3 },
  ];
  const context = bundle.contextEvents[0]!;
  Object.assign(context, { date: context.date.slice(0, 4), placed: true, dateNote: 'Placed: undated page.' });
  const place = bundle.places[0]!;
  Object.assign(place, {
    altNames: ['Agadir-Ida-Ou-Tanane', 'Agadir city'],
    geonamesId: 2561668,
    lon: -9.59815,
  });
  bundle.regionalFigures[0]!.valueMax = bundle.regionalFigures[0]!.value + 10;
  bundle.detentionFigures[0]!.qualifiers = { returnedProsecuted: 'up-to' };
  return bundle;
}

describe('round trip: the CSVs the app exports import back unchanged', () => {
  it.each(
    EXPORTS.flatMap(([section, write]) => [
      ['the test fixture', section, write, () => structuredClone(base)] as const,
      ['the shipped bundle, every field set', section, write, everyField] as const,
    ]),
  )('%s: %s', (_name, section, write, bundleOf) => {
    const bundle = bundleOf();
    // Text a spreadsheet would run is written with an apostrophe; it must come back as it was.
    if (bundle.cellEvents[0]) bundle.cellEvents[0].details = '=HYPERLINK("http://x") - and more';
    expect(validateBundle(bundle).ok).toBe(true);
    const csv = write(bundle);
    const { header } = parseCsvText(csv);
    expect(detectSection(header)).toBe(section);
    expect(unknownHeaders(section, header)).toEqual([]);
    const outcome = checkImport(bundle, sheetOf(section, csv), 'new');
    expect(outcome.problems.map(say)).toEqual([]);
    expect(outcome.bundle).not.toBeNull();
    // Exported again, the imported records give the same file, byte for byte.
    expect(write(outcome.bundle!)).toBe(csv);
    // And the records themselves come back, every field. One thing a cell cannot
    // tell apart: an official count's arrests null ("not stated") and missing are both blank.
    const arrestsBlank = (records: readonly object[]) =>
      records.map((r) => ('arrests' in r && r.arrests === null ? { ...r, arrests: undefined } : r));
    expect(arrestsBlank(outcome.bundle![section])).toEqual(arrestsBlank(bundle[section]));
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

  it.each([
    [
      'fr' as const,
      [
        'ligne 2, date : « 2017-13 » n’est ni une année, ni un mois, ni un jour (écrivez 2017, 2017-03 ou 2017-03-29)',
        'ligne 3, arrested : « douze » n’est pas un nombre entier positif ou nul',
        'ligne 2, total_qualifier : « vers » n’est pas une précision reconnue (écrivez environ, plus de, au moins ou jusqu’à)',
        'ligne 4, place_ids : 1 identifiant de lieu pour 2 villes ; écrivez-en un par ville, une case vide pour une ville qui n’en a pas',
      ],
    ],
    [
      'ar' as const,
      [
        // An Arabic sentence is never set in an isolate as a whole (it would read left to right
        // from its first Latin word); the column and the cell each are, so "2017-13" keeps its order.
        /^الصف 2، \u2068date\u2069: «\u20682017-13\u2069» ليس سنة .*\(اكتب 2017 أو \u20662017-03\u2069 أو \u20662017-03-29\u2069\)$/,
        /^الصف 3، \u2068arrested\u2069: «\u2068douze\u2069» ليس عددًا صحيحًا/,
        /^الصف 2، \u2068total_qualifier\u2069: «\u2068vers\u2069» ليس وصفًا تقريبيًا معروفًا \(اكتب نحو أو أكثر من أو على الأقل أو حتى\)$/,
        /^الصف 4، \u2068place_ids\u2069: معرّف مكان واحد مقابل مدينتين؛/,
      ],
    ],
  ])('says each cell problem in the page language (%s), with the words that language accepts', async (locale, expected) => {
    await activateLocale(locale, null);
    const events = [
      `${EVENT_HEADER},arrested,place_ids`,
      `x-1,2017-13,isis,d,${SOURCE},,,,,`,
      `x-2,2017,isis,d,${SOURCE},,,,douze,`,
      `x-4,2017,isis,d,${SOURCE},Fez | Oujda,R | R,Morocco | Morocco,,fes`,
    ];
    // The qualifier is a statements column; the statement's row is checked on its own sheet.
    const cellProblems = checkImport(base, sheetOf('cellEvents', events.join('\n')), 'new').problems.map(say);
    const statement = `id,date,speaker,official,total,total_qualifier,source_ids\ns-1,2017,X,true,10,vers,${SOURCE}`;
    const qualifierProblems = checkImport(base, sheetOf('fighterSnapshots', statement), 'new').problems.map(say);
    const said = [...cellProblems, ...qualifierProblems].filter((p) => !/source|speaker/.test(p));
    expect(said.length).toBe(4);
    for (const [i, want] of expected.entries()) {
      // French puts a narrow no-break space before a colon.
      const got = said.find((p) => (typeof want === 'string' ? p.replace(/\u202F/g, ' ') === want : want.test(p)));
      expect(got, `${String(want)} in ${JSON.stringify(said)} (${i})`).toBeDefined();
    }
    expect(said.join(' ')).not.toMatch(/ is not | row /);
  });

  it('reports a missing region or country in its own column, once per row and column', () => {
    const csv = `id,date,affiliation,details,source_ids,cities,countries\nx-1,2017,isis,d,${SOURCE},Fez | Oujda,Morocco | Morocco`;
    const said = checkImport(base, sheetOf('cellEvents', csv), 'new').problems.map(say);
    expect(said).toEqual([expect.stringMatching(/^row 2, regions: /)]);
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

describe('arrests in Morocco, the older column and the newer one', () => {
  const header = `id,date,affiliation,details,source_ids`;
  it.each([
    [
      'a file with only arrested (written before arrested_morocco)',
      `${header},arrested\nx-1,2017,isis,d,${SOURCE},4`,
      4,
    ],
    ['a file with only arrested_morocco', `${header},arrested_morocco\nx-1,2017,isis,d,${SOURCE},5`, 5],
    ['both, the same', `${header},arrested,arrested_morocco\nx-1,2017,isis,d,${SOURCE},6,6`, 6],
  ])('reads %s', (_name, csv, arrested) => {
    const outcome = checkImport(base, sheetOf('cellEvents', csv), 'new');
    expect(outcome.problems.map(say)).toEqual([]);
    expect(outcome.bundle?.cellEvents[0]?.arrested).toBe(arrested);
  });

  it('refuses the two columns disagreeing, and place ids not one per city', () => {
    const csv = `${header},arrested,arrested_morocco,cities,regions,countries,place_ids\nx-1,2017,isis,d,${SOURCE},6,7,Fez | Oujda,R | R,Morocco | Morocco,fes`;
    const outcome = checkImport(base, sheetOf('cellEvents', csv), 'new');
    expect(outcome.problems.map(say)).toEqual([
      'row 2, place_ids: 1 place id for 2 cities; write one per city, a blank for a city with none',
      'row 2, arrested_morocco: is 7 but arrested is 6; both are the number arrested in Morocco (write the same figure, or keep one of the two columns)',
    ]);
  });
});

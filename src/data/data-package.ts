// The bundle as a Frictionless Data Package (https://datapackage.org/): one CSV
// per section, written by the app's one CSV encoder with the same rows as the
// views' downloads, plus sources.csv, the bundle JSON and its JSON Schema, and
// datapackage.json describing every table (field types, primary keys, foreign
// keys). Pure: the Sources page zips these files, `npm run export-package`
// writes them to a folder.
//
// A record's sources are one " | "-joined cell (source_ids), which Table Schema
// cannot declare as a foreign key. So each section also gets a link table,
// <section>-sources.csv (record_id, source_id), one row per citation, whose two
// columns are real foreign keys: to the section's id and to sources.csv's id.
// The events' place ids (one " | "-joined cell, aligned with the cities) get
// the same treatment: events-places.csv (event_id, place_id) points to
// events.csv and places.csv. Places cite no source ids (their `source` column
// says where the coordinates come from), so they have no link table.
import { toCsv, type CsvValue } from '../lib/csv';
import type { SectionName } from './bundle-sections';
import {
  OFFICIAL_COUNTS_CSV_HEADER,
  officialCountCsvRows,
  STATEMENTS_CSV_HEADER,
  statementCsvRows,
} from './records-csv';
import { QUALIFIER_WORDS_EN } from './qualifiers';
import { QUALIFIERS, type Bundle } from './schema';
import { CONTEXT_CSV_HEADER, contextCsvRows, EVENTS_CSV_HEADER, eventCsvRows } from './events-csv-rows';
import {
  DETENTION_CSV_HEADER,
  detentionCsvRows,
  PLACES_CSV_HEADER,
  placeCsvRows,
  POPULATIONS_CSV_HEADER,
  populationCsvRows,
  REGIONAL_CSV_HEADER,
  regionalCsvRows,
} from './extra-csv-rows';
import { MEASURES_CSV_HEADER, measureCsvRows } from './measures-csv-rows';
import { SOURCES_CSV_HEADER, sourceCsvRows } from './sources-csv-rows';
import { sourcesById, type SourcesById } from './sources';

export interface PackageFile {
  path: string;
  text: string;
}

interface SectionTable {
  /** Resource name and file name (without .csv). */
  name: string;
  title: string;
  header: readonly string[];
  rows: (bundle: Bundle, sources: SourcesById) => CsvValue[][];
  /** Columns that hold another record's id (not a joined list), as Table Schema foreign keys. */
  foreignKeys?: { fields: string; reference: { resource: string; fields: string } }[];
  /** Each record's id and source ids, for the link table; null for a section that cites none. */
  citations: ((bundle: Bundle) => { id: string; sources: readonly string[] }[]) | null;
}

/**
 * One table per record section. Keyed by every section of the bundle (except
 * sources, written on its own), so a section added to the format fails the
 * type check here until it is given a table.
 */
const SECTION_TABLES: Record<Exclude<SectionName, 'sources'>, SectionTable> = {
  fighterSnapshots: {
    name: 'statements',
    title: 'Statements of foreign-fighter figures',
    header: STATEMENTS_CSV_HEADER,
    rows: (b, s) => statementCsvRows(b.fighterSnapshots, s),
    citations: (b) => b.fighterSnapshots,
  },
  cellCounts: {
    name: 'official-counts',
    title: 'Official counts of dismantled cells',
    header: OFFICIAL_COUNTS_CSV_HEADER,
    rows: (b, s) => officialCountCsvRows(b.cellCounts, s),
    citations: (b) => b.cellCounts,
  },
  cellEvents: {
    name: 'events',
    title: 'Documented cell dismantlings',
    header: EVENTS_CSV_HEADER,
    rows: (b, s) => eventCsvRows(b.cellEvents, s),
    // A follow-up names the earlier operation, a row of this same table (named, not "", so validators check it).
    foreignKeys: [{ fields: 'follow_up_of', reference: { resource: 'events', fields: 'id' } }],
    citations: (b) => b.cellEvents,
  },
  countermeasures: {
    name: 'countermeasures',
    title: 'Countermeasures',
    header: MEASURES_CSV_HEADER,
    rows: (b, s) => measureCsvRows(b.countermeasures, s),
    citations: (b) => b.countermeasures,
  },
  contextEvents: {
    name: 'context-events',
    title: 'Context events',
    header: CONTEXT_CSV_HEADER,
    rows: (b, s) => contextCsvRows(b.contextEvents, s),
    citations: (b) => b.contextEvents,
  },
  detentionFigures: {
    name: 'detention-figures',
    title: 'Returnees and Moroccans held abroad: detention figures',
    header: DETENTION_CSV_HEADER,
    rows: (b, s) => detentionCsvRows(b.detentionFigures, s),
    citations: (b) => b.detentionFigures,
  },
  places: {
    name: 'places',
    title: 'Places of the events, with coordinates',
    header: PLACES_CSV_HEADER,
    rows: (b) => placeCsvRows(b.places),
    citations: null,
  },
  regionalFigures: {
    name: 'regional-figures',
    title: "Other countries' foreign-fighter counts, per series",
    header: REGIONAL_CSV_HEADER,
    rows: (b, s) => regionalCsvRows(b.regionalFigures, s),
    citations: (b) => b.regionalFigures,
  },
  populations: {
    name: 'populations',
    title: 'Cited populations, for fighters per million inhabitants (derived in the app)',
    header: POPULATIONS_CSV_HEADER,
    rows: (b, s) => populationCsvRows(b.populations, s),
    citations: (b) => b.populations,
  },
};

/** Columns that are not text; every other column is a string (blank = missing). */
const INTEGER_COLUMNS = new Set([
  'total',
  'joined_isis',
  'women',
  'children',
  'returned',
  'killed',
  'killed_syria',
  'killed_iraq',
  'returnees_prosecuted',
  'year',
  'count',
  'arrests',
  'arrested',
  'arrested_morocco',
  'arrested_abroad_total',
  'later_arrests',
  'held_total',
  'held_men',
  'held_women',
  'held_children',
  'unaccompanied_children',
  'returned_in_period',
  'returned_prosecuted',
  'value',
  'value_max',
  'population',
  'geonames_id',
]);
const BOOLEAN_COLUMNS = new Set(['approximate', 'official', 'placed']);
/** Qualifier columns hold the bundle's value ("more-than"); the events' arrested_qualifier the word ("more than"). */
const QUALIFIER_VALUES = [...QUALIFIERS];
const QUALIFIER_WORD_VALUES = QUALIFIERS.map((q) => QUALIFIER_WORDS_EN[q]);
const COORDINATE_RANGE: Record<string, number> = { lat: 90, lon: 180 };

const DATE_PATTERN = '\\d{4}(-\\d{2}(-\\d{2})?)?';
const DATE_COLUMNS = new Set(['date', 'since', 'through', 'end_date']);

interface Field {
  name: string;
  type: 'string' | 'integer' | 'number' | 'boolean';
  description?: string;
  constraints?: {
    required?: boolean;
    unique?: boolean;
    pattern?: string;
    minimum?: number;
    maximum?: number;
    enum?: string[];
  };
}

function field(name: string): Field {
  if (INTEGER_COLUMNS.has(name)) return { name, type: 'integer', constraints: { minimum: 0 } };
  if (BOOLEAN_COLUMNS.has(name)) return { name, type: 'boolean' };
  const range = COORDINATE_RANGE[name];
  if (range !== undefined) {
    return {
      name,
      type: 'number',
      description: 'WGS 84 decimal degrees.',
      constraints: { minimum: -range, maximum: range },
    };
  }
  if (name === 'arrested_qualifier')
    return { name, type: 'string', constraints: { enum: QUALIFIER_WORD_VALUES } };
  if (name === 'qualifier' || name.endsWith('_qualifier')) {
    return { name, type: 'string', constraints: { enum: QUALIFIER_VALUES } };
  }
  if (name === 'arrested_abroad') {
    return {
      name,
      type: 'string',
      description:
        'Arrests abroad in the same joint operation, "Country: N" joined by "; " (N may start with about, more than, at least or up to).',
    };
  }
  if (name === 'place_ids') {
    return {
      name,
      type: 'string',
      description:
        'Each place\'s id in places.csv, in the order of cities, joined by " | " (blank for a place not resolved); one row per place, with foreign keys, in events-places.',
    };
  }
  if (name === 'id') return { name, type: 'string', constraints: { required: true, unique: true } };
  if (DATE_COLUMNS.has(name)) {
    return {
      name,
      type: 'string',
      description: 'A date at its real precision: YYYY, YYYY-MM or YYYY-MM-DD (see date_precision).',
      constraints: { pattern: DATE_PATTERN },
    };
  }
  if (name === 'source_ids') {
    return {
      name,
      type: 'string',
      description: `Source ids joined by " | "; one row per citation, with foreign keys, in the matching -sources table. The events' places are likewise in place_ids and, one row per event and place, in events-places.`,
    };
  }
  return { name, type: 'string' };
}

const CSV = {
  format: 'csv',
  mediatype: 'text/csv',
  encoding: 'utf-8',
  profile: 'tabular-data-resource',
} as const;

/** The citation columns, last in every CSV, as toCsv writes them. */
const citationColumns = (bundle: Bundle) => ({ data_version: bundle.meta.version });

/** Every file of the package, datapackage.json last. `schemaText` is public/data/bundle.schema.json. */
export function buildDataPackage(
  bundle: Bundle,
  schemaText: string,
  bundleText = JSON.stringify(bundle, null, 2),
): PackageFile[] {
  const sources = sourcesById(bundle);
  const citation = citationColumns(bundle);
  const citationFields = Object.keys(citation).map((name) => ({
    name,
    type: 'string' as const,
    description: 'The data version these rows come from.',
  }));
  const files: PackageFile[] = [];
  const resources: unknown[] = [];

  files.push({
    path: 'sources.csv',
    text: toCsv(SOURCES_CSV_HEADER, sourceCsvRows(bundle.sources), citation),
  });
  resources.push({
    name: 'sources',
    path: 'sources.csv',
    title: 'Sources',
    ...CSV,
    schema: { fields: [...SOURCES_CSV_HEADER.map(field), ...citationFields], primaryKey: 'id' },
  });

  for (const table of Object.values(SECTION_TABLES)) {
    files.push({
      path: `${table.name}.csv`,
      text: toCsv(table.header, table.rows(bundle, sources), citation),
    });
    resources.push({
      name: table.name,
      path: `${table.name}.csv`,
      title: table.title,
      ...CSV,
      schema: {
        fields: [...table.header.map(field), ...citationFields],
        primaryKey: 'id',
        ...(table.foreignKeys ? { foreignKeys: table.foreignKeys } : {}),
      },
    });
    if (table.citations === null) continue;
    const links = table
      .citations(bundle)
      .flatMap((record) => record.sources.map((source) => [record.id, source]));
    const linkName = `${table.name}-sources`;
    files.push({ path: `${linkName}.csv`, text: toCsv(['record_id', 'source_id'], links) });
    resources.push({
      name: linkName,
      path: `${linkName}.csv`,
      title: `${table.title}: sources cited, one row per citation`,
      ...CSV,
      schema: {
        fields: [
          { name: 'record_id', type: 'string', constraints: { required: true } },
          { name: 'source_id', type: 'string', constraints: { required: true } },
        ],
        primaryKey: ['record_id', 'source_id'],
        foreignKeys: [
          { fields: 'record_id', reference: { resource: table.name, fields: 'id' } },
          { fields: 'source_id', reference: { resource: 'sources', fields: 'id' } },
        ],
      },
    });
  }

  // Events to places, one row per event and place (a place named twice in one event once).
  const eventPlaces = [
    ...new Set(
      bundle.cellEvents.flatMap((e) =>
        e.places.flatMap((p) => (p.placeId === undefined ? [] : [`${e.id}\u0000${p.placeId}`])),
      ),
    ),
  ].map((pair) => pair.split('\u0000'));
  files.push({ path: 'events-places.csv', text: toCsv(['event_id', 'place_id'], eventPlaces) });
  resources.push({
    name: 'events-places',
    path: 'events-places.csv',
    title: 'Documented cell dismantlings: places, one row per event and place',
    ...CSV,
    schema: {
      fields: [
        { name: 'event_id', type: 'string', constraints: { required: true } },
        { name: 'place_id', type: 'string', constraints: { required: true } },
      ],
      primaryKey: ['event_id', 'place_id'],
      foreignKeys: [
        { fields: 'event_id', reference: { resource: 'events', fields: 'id' } },
        { fields: 'place_id', reference: { resource: 'places', fields: 'id' } },
      ],
    },
  });

  files.push({ path: 'bundle.json', text: bundleText });
  resources.push({
    name: 'bundle',
    path: 'bundle.json',
    title: 'The whole data bundle, as the dashboard reads it',
    format: 'json',
    mediatype: 'application/json',
    encoding: 'utf-8',
  });
  files.push({ path: 'bundle.schema.json', text: schemaText });
  resources.push({
    name: 'bundle-schema',
    path: 'bundle.schema.json',
    title: 'JSON Schema of the data bundle',
    format: 'json',
    mediatype: 'application/schema+json',
    encoding: 'utf-8',
  });

  const descriptor = {
    profile: 'data-package',
    name: 'morocco-ct-dashboard-data',
    title: bundle.meta.title,
    version: bundle.meta.version,
    created: bundle.meta.generated,
    description: `${bundle.meta.title}, data version ${bundle.meta.version}, as of ${bundle.meta.asOf}. Licence: ${bundle.meta.licence} Each CSV is UTF-8 with a byte-order mark; text cells that a spreadsheet would run as a formula start with an apostrophe. Sources cited by a record are in its source_ids column (joined by " | ") and, one row per citation with foreign keys, in the matching -sources table. The events' places are likewise in place_ids and, one row per event and place, in events-places.`,
    resources,
  };
  files.push({ path: 'datapackage.json', text: `${JSON.stringify(descriptor, null, 2)}\n` });
  return files;
}

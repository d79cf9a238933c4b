// What each importable sheet holds: its columns (the headers the app's own
// CSVs write, so an export imports back unchanged) and how a row becomes a
// record. Columns the app writes but derives (date_precision, source_urls,
// places) or adds as citation (selection, data_version, citation) are known and
// skipped. Records are plain objects here; the bundle schema checks them after.
import { parseArrestedAbroad } from '../cell-events';
import { columnOf } from '../csv-header-names';
import { CONTEXT_CSV_HEADER, EVENTS_CSV_HEADER } from '../events-csv-rows';
import { DETENTION_CSV_HEADER, PLACES_CSV_HEADER, POPULATIONS_CSV_HEADER, REGIONAL_CSV_HEADER } from '../extra-csv-rows';
import { MEASURES_CSV_HEADER } from '../measures-csv-rows';
import { t } from '../../i18n/i18n';
import { QUALIFIER_WORDS, readQualifier } from '../qualifiers';
import { OFFICIAL_COUNTS_CSV_HEADER, STATEMENTS_CSV_HEADER } from '../records-csv';
import { DETENTION_KEYS, FIGURE_KEYS, type Bundle } from '../schema';
import { SOURCES_CSV_HEADER } from '../sources-csv-rows';
import {
  CONTEXT_TRANSLATED,
  COUNT_TRANSLATED,
  DETENTION_TRANSLATED,
  EVENT_TRANSLATED,
  MEASURE_TRANSLATED,
  POPULATION_TRANSLATED,
  readTranslations,
  REGIONAL_TRANSLATED,
  STATEMENT_TRANSLATED,
} from '../translation-columns';
import {
  cleanText,
  quoted,
  toAlignedList,
  toBoolean,
  toInteger,
  toList,
  toNumber,
  toPartialDate,
  type Cell,
  type Converted,
} from './cells';

export type ImportSection = Exclude<keyof Bundle, 'meta'>;

export interface RowReader {
  cell: (column: string) => Cell;
  /** Records a problem with a cell and returns undefined in place of its value. */
  take: <T>(column: string, converted: Converted<T>) => T | undefined;
}

interface SectionImport {
  label: string;
  /** Every column the app knows for this sheet, in the order it writes them. */
  columns: readonly string[];
  /** Known columns that are derived or citations: read by nobody. */
  skipped: readonly string[];
  build: (row: RowReader) => Record<string, unknown>;
}

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
const CITATION = ['selection', 'data_version', 'citation'];

const text = (row: RowReader, column: string) => cleanText(row.cell(column));
const date = (row: RowReader, column: string) => row.take(column, toPartialDate(row.cell(column)));
const integer = (row: RowReader, column: string) => row.take(column, toInteger(row.cell(column)));
const flag = (row: RowReader, column: string, fallback: boolean) =>
  row.take(column, toBoolean(row.cell(column), fallback));
const sources = (row: RowReader) => toList(row.cell('source_ids'));
/** The bundle's `placed`: true, or absent (a "false" cell is the same as a blank one). */
const placed = (row: RowReader) => (flag(row, 'placed', false) === true ? true : undefined);
/** "more than" or "more-than" -> 'more-than'; blank -> undefined. */
const qualifier = (row: RowReader, column: string) => {
  const value = text(row, column);
  if (value === undefined) return undefined;
  const known = readQualifier(value);
  return row.take<string>(
    column,
    known === null
      ? {
          ok: false,
          message: t('ownData.cell.notQualifier', {
            value: quoted(value),
            about: QUALIFIER_WORDS.about,
            moreThan: QUALIFIER_WORDS['more-than'],
            atLeast: QUALIFIER_WORDS['at-least'],
            upTo: QUALIFIER_WORDS['up-to'],
          }),
        }
      : { ok: true, value: known },
  );
};

/**
 * A record's figures and the qualifier column beside each ("total",
 * "total_qualifier"), as statements and detention figures write them.
 */
function figuresOf(row: RowReader, keys: readonly string[]) {
  const qualifiers: Record<string, string> = {};
  const figures: Record<string, number | null | undefined> = {};
  for (const key of keys) {
    figures[key] = integer(row, snake(key));
    const q = qualifier(row, `${snake(key)}_qualifier`);
    if (q !== undefined) qualifiers[key] = q;
  }
  return { figures, qualifiers: Object.keys(qualifiers).length > 0 ? qualifiers : undefined };
}

/**
 * People arrested in Morocco: `arrested_morocco`, or `arrested` (the older
 * column, the same figure) in a file that has only that one. Both given and
 * different is a problem, not a guess.
 */
function arrestedInMorocco(row: RowReader): number | null | undefined {
  const morocco = integer(row, 'arrested_morocco');
  const older = integer(row, 'arrested');
  if (row.cell('arrested_morocco') === undefined) return older;
  if (morocco !== undefined && older !== undefined && older !== null && morocco !== older) {
    // The row is refused by this problem; the older figure stands in so it is not also reported missing.
    row.take('arrested_morocco', {
      ok: false,
      message: t('ownData.cell.arrestedDiffers', {
        morocco: morocco === null ? t('ownData.cell.blank') : String(morocco),
        older: String(older),
      }),
    });
    return older;
  }
  return morocco ?? older;
}

function placesOf(row: RowReader) {
  const cities = toList(row.cell('cities'));
  const regions = toList(row.cell('regions'));
  const countries = toList(row.cell('countries'));
  const ids = toAlignedList(row.cell('place_ids'));
  if (ids.length > 0 && ids.length !== cities.length) {
    row.take('place_ids', {
      ok: false,
      message: t('ownData.cell.placeIdCount', { ids: ids.length, cities: cities.length }),
    });
  }
  return cities.map((city, i) => {
    const placeId = ids.length === cities.length ? ids[i] : undefined;
    return {
      city,
      region: regions[i] ?? '',
      country: countries[i] ?? 'Morocco',
      ...(placeId === undefined ? {} : { placeId }),
    };
  });
}

const FLAG = /^([a-zA-Z]+): ([a-z-]+) \((.*)\)$/s;

export const SECTION_IMPORTS: Record<ImportSection, SectionImport> = {
  cellEvents: {
    label: 'Cell dismantlings (events)',
    columns: EVENTS_CSV_HEADER,
    // arrested_abroad_total is the sum of arrested_abroad.
    skipped: ['date_precision', 'places', 'arrested_abroad_total', 'source_urls', ...CITATION],
    build: (row) => {
      const abroadCell = text(row, 'arrested_abroad');
      const abroad =
        abroadCell === undefined ? [] : row.take('arrested_abroad', parseArrestedAbroad(abroadCell));
      return {
        id: text(row, 'id'),
        date: date(row, 'date'),
        approximate: flag(row, 'approximate', false),
        placed: placed(row),
        dateNote: text(row, 'date_note'),
        places: placesOf(row),
        arrested: arrestedInMorocco(row),
        arrestedQualifier: qualifier(row, 'arrested_qualifier'),
        arrestedAbroad: abroad !== undefined && abroad.length > 0 ? abroad : undefined,
        laterArrests: integer(row, 'later_arrests'),
        laterArrestsNote: text(row, 'later_arrests_note'),
        affiliation: text(row, 'affiliation'),
        followUpOf: text(row, 'follow_up_of'),
        group: text(row, 'group'),
        agencies: toList(row.cell('agencies')),
        partners: toList(row.cell('partners')),
        details: text(row, 'details'),
        note: text(row, 'note'),
        sources: sources(row),
        translations: readTranslations((column) => text(row, column), EVENT_TRANSLATED),
      };
    },
  },
  contextEvents: {
    label: 'Context events',
    columns: CONTEXT_CSV_HEADER,
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      date: date(row, 'date'),
      endDate: date(row, 'end_date'),
      approximate: flag(row, 'approximate', false),
      placed: placed(row),
      dateNote: text(row, 'date_note'),
      title: text(row, 'title'),
      description: text(row, 'description'),
      category: text(row, 'category'),
      sources: sources(row),
      translations: readTranslations((column) => text(row, column), CONTEXT_TRANSLATED),
    }),
  },
  countermeasures: {
    label: 'Countermeasures',
    columns: MEASURES_CSV_HEADER,
    skipped: ['source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      title: text(row, 'title'),
      description: text(row, 'description'),
      horizon: text(row, 'horizon'),
      horizonBasis: text(row, 'horizon_basis'),
      horizonReason: text(row, 'horizon_reason') ?? null,
      approach: text(row, 'approach'),
      domain: text(row, 'domain'),
      actor: text(row, 'actor'),
      status: text(row, 'status'),
      seedParagraph: text(row, 'seed_paragraph') ?? null,
      sources: sources(row),
      translations: readTranslations((column) => text(row, column), MEASURE_TRANSLATED),
    }),
  },
  fighterSnapshots: {
    label: 'Statements of foreign-fighter figures',
    columns: STATEMENTS_CSV_HEADER,
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => {
      const flags = toList(row.cell('flags')).map((entry) => {
        const match = FLAG.exec(entry);
        return match
          ? { figure: match[1], kind: match[2], note: match[3] }
          : { figure: entry, kind: undefined, note: undefined };
      });
      return {
        id: text(row, 'id'),
        date: date(row, 'date'),
        approximate: flag(row, 'approximate', false),
        placed: placed(row),
        dateNote: text(row, 'date_note'),
        speaker: text(row, 'speaker'),
        official: flag(row, 'official', false),
        scope: text(row, 'scope'),
        ...figuresOf(row, FIGURE_KEYS),
        flags: flags.length > 0 ? flags : undefined,
        seedParagraph: text(row, 'seed_paragraph'),
        note: text(row, 'note'),
        sources: sources(row),
        translations: readTranslations((column) => text(row, column), STATEMENT_TRANSLATED),
      };
    },
  },
  cellCounts: {
    label: 'Official counts of dismantled cells',
    columns: OFFICIAL_COUNTS_CSV_HEADER,
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      kind: text(row, 'kind'),
      year: integer(row, 'year'),
      since: date(row, 'since') ?? null,
      through: date(row, 'through'),
      coverage: text(row, 'coverage'),
      count: integer(row, 'count'),
      qualifier: qualifier(row, 'qualifier'),
      arrests: integer(row, 'arrests') ?? undefined,
      arrestsQualifier: qualifier(row, 'arrests_qualifier'),
      series: text(row, 'series'),
      statedBy: text(row, 'stated_by'),
      date: date(row, 'date'),
      approximate: flag(row, 'approximate', false),
      placed: placed(row),
      official: flag(row, 'official', true),
      seedParagraph: text(row, 'seed_paragraph'),
      note: text(row, 'note'),
      sources: sources(row),
      translations: readTranslations((column) => text(row, column), COUNT_TRANSLATED),
    }),
  },
  detentionFigures: {
    label: 'Detention and returnee figures',
    columns: DETENTION_CSV_HEADER,
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      date: date(row, 'date'),
      approximate: flag(row, 'approximate', false),
      placed: placed(row),
      dateNote: text(row, 'date_note'),
      speaker: text(row, 'speaker'),
      official: flag(row, 'official', false),
      scope: text(row, 'scope'),
      ...figuresOf(row, DETENTION_KEYS),
      period: text(row, 'period'),
      note: text(row, 'note'),
      sources: sources(row),
      translations: readTranslations((column) => text(row, column), DETENTION_TRANSLATED),
    }),
  },
  places: {
    label: 'Places (with coordinates)',
    columns: PLACES_CSV_HEADER,
    skipped: [...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      name: text(row, 'name'),
      altNames: toList(row.cell('alt_names')),
      region: text(row, 'region'),
      country: text(row, 'country'),
      lat: row.take('lat', toNumber(row.cell('lat'))) ?? undefined,
      lon: row.take('lon', toNumber(row.cell('lon'))) ?? undefined,
      source: text(row, 'source'),
      geonamesId: integer(row, 'geonames_id') ?? undefined,
    }),
  },
  regionalFigures: {
    label: 'Regional figures (other countries)',
    columns: REGIONAL_CSV_HEADER,
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      country: text(row, 'country'),
      series: text(row, 'series'),
      date: date(row, 'date'),
      approximate: flag(row, 'approximate', false),
      placed: placed(row),
      dateNote: text(row, 'date_note'),
      measure: text(row, 'measure'),
      value: integer(row, 'value'),
      valueMax: integer(row, 'value_max') ?? undefined,
      qualifier: qualifier(row, 'qualifier'),
      official: flag(row, 'official', false),
      speaker: text(row, 'speaker'),
      note: text(row, 'note'),
      sources: sources(row),
      translations: readTranslations((column) => text(row, column), REGIONAL_TRANSLATED),
    }),
  },
  populations: {
    label: 'Populations (for per-million figures)',
    columns: POPULATIONS_CSV_HEADER,
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      country: text(row, 'country'),
      date: date(row, 'date'),
      value: integer(row, 'population'),
      qualifier: qualifier(row, 'qualifier'),
      official: flag(row, 'official', false),
      speaker: text(row, 'speaker'),
      note: text(row, 'note'),
      sources: sources(row),
      translations: readTranslations((column) => text(row, column), POPULATION_TRANSLATED),
    }),
  },
  sources: {
    label: 'Sources',
    columns: SOURCES_CSV_HEADER,
    skipped: ['date_precision', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      publisher: text(row, 'publisher'),
      title: text(row, 'title'),
      date: date(row, 'date') ?? null,
      url: text(row, 'url'),
      language: text(row, 'language'),
      kind: text(row, 'kind'),
      reliability: text(row, 'reliability'),
    }),
  },
};

/** The sheet whose columns the header matches best, or null when none shares the id and two more. */
export function detectSection(header: readonly string[]): ImportSection | null {
  let best: { section: ImportSection; score: number } | null = null;
  for (const [section, spec] of Object.entries(SECTION_IMPORTS) as [ImportSection, SectionImport][]) {
    const known = new Set(spec.columns);
    const columns = header.map(columnOf);
    const score = columns.filter((c) => known.has(c)).length;
    if (score >= 3 && known.has('id') && columns.includes('id') && (!best || score > best.score))
      best = { section, score };
  }
  return best?.section ?? null;
}

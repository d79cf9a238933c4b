// What each importable sheet holds: its columns (the headers the app's own
// CSVs write, so an export imports back unchanged) and how a row becomes a
// record. Columns the app writes but derives (date_precision, source_urls,
// places) or adds as citation (selection, data_version, citation) are known and
// skipped. Records are plain objects here; the bundle schema checks them after.
import { FIGURE_KEYS, type Bundle } from '../schema';
import { cleanText, toBoolean, toInteger, toList, toPartialDate, type Cell, type Converted } from './cells';

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

const FLAG = /^([a-zA-Z]+): ([a-z-]+) \((.*)\)$/s;

export const SECTION_IMPORTS: Record<ImportSection, SectionImport> = {
  cellEvents: {
    label: 'Cell dismantlings (events)',
    columns: [
      'id',
      'date',
      'date_precision',
      'approximate',
      'date_note',
      'places',
      'cities',
      'regions',
      'countries',
      'arrested',
      'later_arrests',
      'later_arrests_note',
      'affiliation',
      'group',
      'agencies',
      'partners',
      'details',
      'note',
      'source_ids',
      'source_urls',
    ],
    skipped: ['date_precision', 'places', 'source_urls', ...CITATION],
    build: (row) => {
      const cities = toList(row.cell('cities'));
      const regions = toList(row.cell('regions'));
      const countries = toList(row.cell('countries'));
      return {
        id: text(row, 'id'),
        date: date(row, 'date'),
        approximate: flag(row, 'approximate', false),
        dateNote: text(row, 'date_note'),
        places: cities.map((city, i) => ({
          city,
          region: regions[i] ?? '',
          country: countries[i] ?? 'Morocco',
        })),
        arrested: integer(row, 'arrested'),
        laterArrests: integer(row, 'later_arrests'),
        laterArrestsNote: text(row, 'later_arrests_note'),
        affiliation: text(row, 'affiliation'),
        group: text(row, 'group'),
        agencies: toList(row.cell('agencies')),
        partners: toList(row.cell('partners')),
        details: text(row, 'details'),
        note: text(row, 'note'),
        sources: sources(row),
      };
    },
  },
  contextEvents: {
    label: 'Context events',
    columns: [
      'id',
      'date',
      'date_precision',
      'end_date',
      'approximate',
      'category',
      'title',
      'description',
      'source_ids',
      'source_urls',
    ],
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      date: date(row, 'date'),
      endDate: date(row, 'end_date'),
      approximate: flag(row, 'approximate', false),
      title: text(row, 'title'),
      description: text(row, 'description'),
      category: text(row, 'category'),
      sources: sources(row),
    }),
  },
  countermeasures: {
    label: 'Countermeasures',
    columns: [
      'id',
      'title',
      'description',
      'horizon',
      'horizon_basis',
      'horizon_reason',
      'approach',
      'domain',
      'actor',
      'status',
      'seed_paragraph',
      'source_ids',
      'source_urls',
    ],
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
    }),
  },
  fighterSnapshots: {
    label: 'Statements of foreign-fighter figures',
    columns: [
      'id',
      'date',
      'date_precision',
      'approximate',
      'date_note',
      'speaker',
      'official',
      'scope',
      ...FIGURE_KEYS.flatMap((key) => [snake(key), `${snake(key)}_qualifier`]),
      'flags',
      'note',
      'source_ids',
      'source_urls',
    ],
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => {
      const qualifiers: Record<string, string> = {};
      const figures: Record<string, number | null | undefined> = {};
      for (const key of FIGURE_KEYS) {
        figures[key] = integer(row, snake(key));
        const qualifier = text(row, `${snake(key)}_qualifier`);
        if (qualifier !== undefined) qualifiers[key] = qualifier;
      }
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
        dateNote: text(row, 'date_note'),
        speaker: text(row, 'speaker'),
        official: flag(row, 'official', false),
        scope: text(row, 'scope'),
        figures,
        qualifiers: Object.keys(qualifiers).length > 0 ? qualifiers : undefined,
        flags: flags.length > 0 ? flags : undefined,
        note: text(row, 'note'),
        sources: sources(row),
      };
    },
  },
  cellCounts: {
    label: 'Official counts of dismantled cells',
    columns: [
      'id',
      'kind',
      'year',
      'since',
      'through',
      'coverage',
      'count',
      'qualifier',
      'arrests',
      'series',
      'stated_by',
      'date',
      'date_precision',
      'approximate',
      'official',
      'note',
      'source_ids',
      'source_urls',
    ],
    skipped: ['date_precision', 'source_urls', ...CITATION],
    build: (row) => ({
      id: text(row, 'id'),
      kind: text(row, 'kind'),
      year: integer(row, 'year'),
      since: date(row, 'since') ?? null,
      through: date(row, 'through'),
      coverage: text(row, 'coverage'),
      count: integer(row, 'count'),
      qualifier: text(row, 'qualifier'),
      arrests: integer(row, 'arrests') ?? undefined,
      series: text(row, 'series'),
      statedBy: text(row, 'stated_by'),
      date: date(row, 'date'),
      approximate: flag(row, 'approximate', false),
      official: flag(row, 'official', true),
      note: text(row, 'note'),
      sources: sources(row),
    }),
  },
  sources: {
    label: 'Sources',
    columns: ['id', 'publisher', 'title', 'date', 'date_precision', 'url', 'language', 'kind', 'reliability'],
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
    const score = header.filter((h) => known.has(h)).length;
    if (score >= 3 && known.has('id') && header.includes('id') && (!best || score > best.score))
      best = { section, score };
  }
  return best?.section ?? null;
}

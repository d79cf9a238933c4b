// Records as spreadsheets, for the files a reader takes away from a view:
// every field of the record, its sources' ids and URLs, and (as the last
// columns of every row) which selection and which bundle version. Views load
// this module when the reader asks for a file.
import { toCsv, type CsvValue } from '../lib/csv';
import { precisionOf } from '../lib/dates';
import { downloadText } from '../lib/download';
import { FIGURE_KEYS, type CellCount, type FighterSnapshot } from './schema';
import type { SourcesById } from './sources';
import { joinList, sourceUrls } from './csv-cells';
import { statementsHeaderName } from './csv-header-names';
import { COUNT_TRANSLATED, STATEMENT_TRANSLATED, translationCells, translationHeader } from './translation-columns';
import { t } from '../i18n/i18n';


/** The figures of a statement, in the bundle's order; each has a qualifier column beside it. */
export const STATEMENT_FIGURES = FIGURE_KEYS;

const snake = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

export const STATEMENTS_CSV_HEADER = [
  'id',
  'date',
  'date_precision',
  'approximate',
  'placed',
  'date_note',
  'speaker',
  'official',
  'scope',
  ...STATEMENT_FIGURES.flatMap((key) => [snake(key), `${snake(key)}_qualifier`]),
  'flags',
  'seed_paragraph',
  'note',
  'source_ids',
  'source_urls',
  ...translationHeader(STATEMENT_TRANSLATED),
];

export function statementCsvRows(snapshots: readonly FighterSnapshot[], sourcesById: SourcesById): CsvValue[][] {
  return snapshots.map((s) => [
    s.id,
    s.date,
    precisionOf(s.date),
    s.approximate,
    s.placed === true,
    s.dateNote,
    s.speaker,
    s.official,
    s.scope,
    ...STATEMENT_FIGURES.flatMap((key) => [s.figures[key], s.qualifiers?.[key]]),
    joinList((s.flags ?? []).map((f) => `${f.figure}: ${f.kind} (${f.note})`)),
    s.seedParagraph,
    s.note,
    joinList(s.sources),
    sourceUrls(s.sources, sourcesById),
    ...translationCells(s, STATEMENT_TRANSLATED),
  ]);
}

export const OFFICIAL_COUNTS_CSV_HEADER = [
  'id',
  'kind',
  'year',
  'since',
  'through',
  'coverage',
  'count',
  'qualifier',
  'arrests',
  'arrests_qualifier',
  'series',
  'stated_by',
  'date',
  'date_precision',
  'approximate',
  'placed',
  'official',
  'seed_paragraph',
  'note',
  'source_ids',
  'source_urls',
  ...translationHeader(COUNT_TRANSLATED),
];

export function officialCountCsvRows(counts: readonly CellCount[], sourcesById: SourcesById): CsvValue[][] {
  return counts.map((c) => [
    c.id,
    c.kind,
    c.year,
    c.since,
    c.through,
    c.coverage,
    c.count,
    c.qualifier,
    c.arrests,
    c.arrestsQualifier,
    c.series,
    c.statedBy,
    c.date,
    precisionOf(c.date),
    c.approximate,
    c.placed === true,
    c.official,
    c.seedParagraph,
    c.note,
    joinList(c.sources),
    sourceUrls(c.sources, sourcesById),
    ...translationCells(c, COUNT_TRANSLATED),
  ]);
}

export function downloadRecordsCsv(
  file: 'statements' | 'official-counts',
  records: { statements: readonly FighterSnapshot[] } | { counts: readonly CellCount[] },
  sourcesById: SourcesById,
  selection: string,
  version: string,
): void {
  // Column names in the page's language (in English, the data package's field names).
  const citation = {
    [statementsHeaderName('selection')]: selection,
    [statementsHeaderName('data_version')]: t('data.csv.statements.dataVersionValue', { version }),
  };
  const csv =
    'statements' in records
      ? toCsv(STATEMENTS_CSV_HEADER.map(statementsHeaderName), statementCsvRows(records.statements, sourcesById), citation)
      : toCsv(OFFICIAL_COUNTS_CSV_HEADER, officialCountCsvRows(records.counts, sourcesById), citation);
  downloadText(csv, `${file}.csv`, 'text/csv;charset=utf-8');
}

// A sheet's rows to records, then checked as part of a bundle by the bundle's
// own validation, each problem said by row and column in plain words:
// "row 12, date: '2017-13' is not a year, month or day", "row 4: no source".
// Rows are numbered as a spreadsheet shows them: the header is row 1.
import { isolate, t } from '../../i18n/i18n';
import { validateBundle } from '../validate';
import type { Bundle } from '../schema';
import type { Cell, Converted } from './cells';
import { columnOf } from '../csv-header-names';
import { normaliseHeader } from './normalise-header';
import { SECTION_IMPORTS, type ImportSection } from './sections';

export { normaliseHeader };

export interface ImportProblem {
  /** Spreadsheet row number (header = 1), or null for a problem of the whole file. */
  row: number | null;
  column: string | null;
  message: string;
}

export interface Sheet {
  section: ImportSection;
  records: { row: number; record: Record<string, unknown> }[];
  problems: ImportProblem[];
}

/** Each header to the column it fills: the same name when known, else null until the reader maps it. */
export function defaultMapping(
  section: ImportSection,
  header: readonly string[],
): Record<string, string | null> {
  const known = new Set(SECTION_IMPORTS[section].columns);
  return Object.fromEntries(
    header.map((h) => {
      const column = columnOf(h);
      return [h, known.has(column) ? column : null];
    }),
  );
}

/**
 * One problem of an imported sheet, said by row and column in the page's
 * language: "row 12, date: …" / "ligne 12, date : …". The problem stays data
 * (row, column, message) until it is shown; column names are the sheet's
 * field ids and stay as written.
 */
export function describeProblem(problem: ImportProblem): string {
  const { row, message } = problem;
  // A column is a field id ("date"), kept apart from an Arabic sentence so the colon stays after it.
  const column = problem.column === null ? null : isolate(problem.column);
  if (row === null) return column ? t('ownData.problem.column', { column, message }) : message;
  return column
    ? t('ownData.problem.rowColumn', { row: String(row), column, message })
    : t('ownData.problem.row', { row: String(row), message });
}

/** Headers that are neither a known column nor one the app writes and skips: the mapping step asks about these. */
export function unknownHeaders(section: ImportSection, header: readonly string[]): string[] {
  const spec = SECTION_IMPORTS[section];
  const known = new Set([...spec.columns, ...spec.skipped]);
  return header.filter((h) => !known.has(columnOf(h)));
}

/** Reads every row with the header mapping; cell problems are collected, not thrown. */
export function readSheet(
  section: ImportSection,
  header: readonly string[],
  rows: readonly (readonly string[])[],
  mapping: Record<string, string | null>,
): Sheet {
  const spec = SECTION_IMPORTS[section];
  const columnIndex = new Map<string, number>();
  header.forEach((h, i) => {
    const column = mapping[h];
    if (column && !columnIndex.has(column)) columnIndex.set(column, i);
  });
  const problems: ImportProblem[] = [];
  if (!columnIndex.has('id'))
    problems.push({ row: null, column: 'id', message: t('ownData.sheet.noIdColumn') });
  const records = rows.map((cells, index) => {
    const row = index + 2;
    const reader = {
      cell: (column: string): Cell => {
        const at = columnIndex.get(column);
        return at === undefined ? undefined : cells[at];
      },
      take: <T>(column: string, converted: Converted<T>): T | undefined => {
        if (converted.ok) return converted.value;
        problems.push({ row, column, message: converted.message });
        return undefined;
      },
    };
    return { row, record: spec.build(reader) };
  });
  return { section, records, problems };
}

const SNAKE = (key: string) => key.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** The sheet's column for each field of an event's place. */
const PLACE_COLUMNS: Record<string, string> = { city: 'cities', region: 'regions', country: 'countries', placeId: 'place_ids' };

/** A schema or integrity problem of the candidate bundle, said by row when it is in an imported record. */
function toRowProblem(
  path: string,
  message: string,
  section: ImportSection,
  offset: number,
  sheet: Sheet,
): ImportProblem {
  const match = new RegExp(`^${section}\\[(\\d+)\\](?:\\.(.*))?$`).exec(path);
  const index = match ? Number(match[1]) - offset : -1;
  const entry = index >= 0 ? sheet.records[index] : undefined;
  if (!match || !entry) return { row: null, column: path, message };
  const field = (match[2] ?? '').replace(/\[\d+\].*$/, '').split('.');
  // The validator's messages are in the page's language, so they are recognised by its words.
  if (field[0] === 'sources') {
    if (message.startsWith(t('data.validate.expectedSourceId'))) {
      return { row: entry.row, column: null, message: t('ownData.problem.noSource') };
    }
    return { row: entry.row, column: 'source_ids', message };
  }
  if (field[0] === 'figures' && field[1]) return { row: entry.row, column: SNAKE(field[1]), message };
  if (field[0] === 'places') {
    // places[0].region is the first entry of the regions column, and so on.
    const part = /\.(\w+)$/.exec(match[2] ?? '')?.[1] ?? '';
    return { row: entry.row, column: PLACE_COLUMNS[part] ?? 'cities', message };
  }
  if (field[0] === 'qualifiers' && field[1])
    return { row: entry.row, column: `${SNAKE(field[1])}_qualifier`, message };
  // The populations sheet names the bundle's value for what it counts.
  const column = sheet.section === 'populations' && field[0] === 'value' ? 'population' : field[0] ? SNAKE(field[0]) : null;
  if (message.endsWith(t('data.validate.valueMissing')) && column) {
    return { row: entry.row, column, message: t('ownData.problem.emptyRequired') };
  }
  return { row: entry.row, column, message };
}

export interface ImportOutcome {
  /** The bundle with the rows in it, when every row is valid. */
  bundle: Bundle | null;
  problems: ImportProblem[];
  /** Rows with no problem of their own. */
  validRows: number[];
  total: number;
}

/** The base bundle with the sheet's records: added to it (merge), or alone with its sources and meta (new). */
function candidate(base: Bundle, sheet: Sheet, mode: 'merge' | 'new', rows: Set<number> | null): unknown {
  const records = sheet.records.filter((r) => rows === null || rows.has(r.row)).map((r) => r.record);
  // Every record section, so one added to the format is not carried into a new bundle unnoticed.
  const empty: Record<Exclude<ImportSection, 'sources' | 'places'>, []> = {
    fighterSnapshots: [],
    cellEvents: [],
    cellCounts: [],
    countermeasures: [],
    contextEvents: [],
    detentionFigures: [],
    regionalFigures: [],
    populations: [],
  };
  // Sources and places are what records point to (source ids, events' place ids): a
  // new bundle keeps the base's, so an exported sheet's references still resolve.
  const start = mode === 'merge' ? base : { ...base, ...empty };
  // A new bundle from a sources or places sheet has those records alone.
  const existing: readonly unknown[] =
    mode === 'new' && (sheet.section === 'sources' || sheet.section === 'places') ? [] : start[sheet.section];
  return { ...start, [sheet.section]: [...existing, ...records] };
}

/** Checks the rows as part of a bundle; nothing is kept unless the outcome has a bundle. */
export function checkImport(
  base: Bundle,
  sheet: Sheet,
  mode: 'merge' | 'new',
  onlyValid = false,
): ImportOutcome {
  const offset = mode === 'merge' ? base[sheet.section].length : 0;
  const first = validateBundle(candidate(base, sheet, mode, null));
  // A cell already reported (a date that is not one) is not reported again as missing.
  const seen = new Set(sheet.problems.map((p) => `${p.row}:${p.column}`));
  const schemaProblems = first.ok
    ? []
    : first.problems.map((p) => toRowProblem(p.path, p.message, sheet.section, offset, sheet));
  // A list cell (regions of two cities) gives one problem per entry: each is said once.
  const said = new Set<string>();
  const fresh = schemaProblems.filter((p) => {
    const key = `${p.row}:${p.column}:${p.message}`;
    if (seen.has(`${p.row}:${p.column}`) || said.has(key)) return false;
    said.add(key);
    return true;
  });
  const problems = [...sheet.problems, ...fresh];
  const bad = new Set(problems.map((p) => p.row));
  const validRows = sheet.records.map((r) => r.row).filter((row) => !bad.has(row));
  const total = sheet.records.length;
  if (problems.length === 0 && first.ok) return { bundle: first.bundle, problems, validRows, total };
  if (!onlyValid || problems.some((p) => p.row === null)) return { bundle: null, problems, validRows, total };
  // Only the valid rows, checked again as a whole (a kept row may cite a dropped one's id, say).
  const kept = validateBundle(candidate(base, sheet, mode, new Set(validRows)));
  return { bundle: kept.ok ? kept.bundle : null, problems, validRows, total };
}

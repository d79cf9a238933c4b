// Documented events counted up over time, beside the official cumulative
// statements. An event counts once its whole date has passed: a year-only
// event joins the count at the end of its year, never in a guessed month.
import { comparePartialDates } from '../../../lib/dates';
import type { CellCount } from '../../../data/schema';
import { isNewCell } from '../../../data/cell-events';
import type { PreparedEvent } from './filters';
import {
  dateSpan,
  formatPeriod,
  periodOfDate,
  periodSpan,
  periodsBetween,
  type Granularity,
  type MonthSpan,
} from './periods';

export interface CumulativeRow {
  key: string;
  label: string;
  documented: number;
  /** Per statement (same order as `statements`): its count when it falls in this period. */
  statements: (number | null)[];
}

export interface PlacedStatement {
  count: CellCount;
  /** The period the statement's date falls in; null when the date is vaguer than the granularity. */
  period: string | null;
  /** Whether the chart labels the point: not when it would sit on a neighbour's label. */
  label: boolean;
}

export interface CumulativeSeries {
  rows: CumulativeRow[];
  statements: PlacedStatement[];
  /** Statements that cannot be placed at this granularity. */
  unplaced: CellCount[];
}

/** The date a cumulative statement counts up to. */
export const statementDate = (count: CellCount) => count.through ?? count.date;

export function cumulativeExtent(extent: MonthSpan | null, counts: readonly CellCount[]): MonthSpan | null {
  let start = extent?.start ?? Infinity;
  let end = extent?.end ?? -Infinity;
  for (const count of counts) {
    if (count.kind !== 'cumulative') continue;
    const span = dateSpan(statementDate(count));
    if (!span) continue;
    start = Math.min(start, span.start - (span.start % 12));
    end = Math.max(end, span.end - (span.end % 12) + 11);
  }
  return Number.isFinite(start) && Number.isFinite(end) ? { start, end } : null;
}

export function cumulativeSeries(
  events: readonly PreparedEvent[],
  granularity: Granularity,
  extent: MonthSpan,
  counts: readonly CellCount[],
): CumulativeSeries {
  const periods = periodsBetween(extent, granularity);
  // Cells by the month their date is complete, then a running sum per period end.
  // Follow-up operations are not new cells, so they never add to the count.
  const ends = events
    .filter((e) => isNewCell(e.event))
    .map((e) => e.span?.end)
    .filter((end): end is number => end !== undefined)
    .sort((a, b) => a - b);
  const placed = counts
    .filter((c) => c.kind === 'cumulative')
    .sort((a, b) => comparePartialDates(statementDate(a), statementDate(b)))
    .map((count): PlacedStatement => ({
      count,
      period: periodOfDate(statementDate(count), granularity),
      label: true,
    }));
  const statements = placed.filter((s) => s.period !== null);
  markLabels(statements);
  let cursor = 0;
  const rows = periods.map((key): CumulativeRow => {
    const end = periodSpan(key)?.end ?? extent.end;
    while (cursor < ends.length && (ends[cursor] ?? Infinity) <= end) cursor += 1;
    return {
      key,
      label: formatPeriod(key),
      documented: cursor,
      statements: statements.map((s) => (s.period === key ? s.count.count : null)),
    };
  });
  return { rows, statements, unplaced: placed.filter((s) => s.period === null).map((s) => s.count) };
}

/**
 * Labels points of the same period only when they are at least 7% of the
 * highest count apart, unofficial ones first, so labels never overprint.
 */
function markLabels(statements: PlacedStatement[]) {
  const max = Math.max(0, ...statements.map((s) => s.count.count));
  const gap = max * 0.07;
  const byPeriod = new Map<string, PlacedStatement[]>();
  for (const s of statements) byPeriod.set(s.period ?? '', [...(byPeriod.get(s.period ?? '') ?? []), s]);
  for (const group of byPeriod.values()) {
    const taken: number[] = [];
    const order = [...group].sort((a, b) => Number(a.count.official) - Number(b.count.official));
    for (const s of order) {
      s.label = taken.every((y) => Math.abs(y - s.count.count) >= gap);
      if (s.label) taken.push(s.count.count);
    }
  }
}

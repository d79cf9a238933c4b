// What the bundle covers, year by year: the cells documented here against the
// official per-year counts, each series apart (they conflict). Documented
// events are a sample; the official counts are the reference.
import { isNewCell } from '../../../data/cell-events';
import type { Bundle, CellCount } from '../../../data/schema';
import { comparePartialDates } from '../../../lib/dates';

export interface CoverageYear {
  year: number;
  /** Cell dismantlings documented in the year (follow-ups left out; year-only dates included). */
  documented: number;
  followUps: number;
  /** Per series (same order as `series`): the latest statement of the count for this year. */
  official: (CellCount | null)[];
}

export interface CoverageTable {
  series: string[];
  years: CoverageYear[];
}

const yearOf = (date: string) => Number(date.slice(0, 4));

/** Every year from the coverage's start (or the first record) to its end (or the last), none skipped. */
export function coverageByYear(bundle: Bundle): CoverageTable {
  const perYear = bundle.cellCounts
    .filter((c): c is CellCount & { year: number } => c.kind === 'per-year' && c.year !== null)
    .sort((a, b) => comparePartialDates(a.date, b.date));
  const series = [...new Set(perYear.map((c) => c.series))];
  const eventYears = bundle.cellEvents.map((e) => yearOf(e.date));
  const countYears = perYear.map((c) => c.year);
  const all = [...eventYears, ...countYears];
  const coverage = bundle.meta.coverage;
  const from = coverage ? yearOf(coverage.from) : Math.min(...all);
  const to = coverage ? yearOf(coverage.to) : Math.max(...all);
  if (!Number.isFinite(from) || !Number.isFinite(to) || to < from) return { series, years: [] };
  const years: CoverageYear[] = [];
  for (let year = from; year <= to; year++) {
    const events = bundle.cellEvents.filter((e) => yearOf(e.date) === year);
    const official = series.map(
      // The latest statement of a series for a year wins (as on the timeline).
      (name) => perYear.filter((c) => c.series === name && c.year === year).at(-1) ?? null,
    );
    years.push({
      year,
      documented: events.filter(isNewCell).length,
      followUps: events.filter((e) => !isNewCell(e)).length,
      official,
    });
  }
  return { series, years };
}

// Everything the chart frames say in words and tables, generated from the
// same aggregation the charts draw, so text and chart cannot disagree.
import type { ChartTable, TableValue } from '../../../charts/chart-types';
import { formatPartialDate } from '../../../lib/dates';
import type { Aggregation, Bucket } from './aggregate';
import type { CumulativeSeries } from './cumulative';
import { statementDate } from './cumulative';
import { coverageLabel, qualified } from './labels';
import type { Measure } from './timeline-url';
import { formatCount } from '../../../lib/format';
import { t } from '../../../i18n/i18n';
import type { CellCount } from '../../../data/schema';

/** " since Jan 2014" after a count that states its start; '' otherwise. */
export const sinceText = (count: CellCount): string =>
  count.since ? t('timeline.count.since', { date: formatPartialDate(count.since) }) : '';

/** "53 ISIS-linked cells since 2014, as of Oct 2017". */
export const describeCount = (count: CellCount): string =>
  t('timeline.cumulative.describe', {
    figure: qualified(count),
    coverage: coverageLabel(count.coverage),
    since: sinceText(count),
    date: formatPartialDate(statementDate(count), count.approximate),
  });

/** " (unofficial)" and " (year placed by the editors)" after a statement, where they apply. */
export const statementFlags = (count: CellCount): string =>
  `${count.official ? '' : t('timeline.count.unofficialSuffix')}${count.placed ? t('timeline.count.placedSuffix') : ''}`;

interface Comparison {
  year: string;
  series: string;
  official: string;
  officialValue: number;
  documented: number;
}

/** "2015: 21 official (BCIJ), 12 documented" for every year a series gives a count. */
export function officialComparisons(
  buckets: readonly Bucket[],
  aggregation: Aggregation,
  measure: Measure,
): Comparison[] {
  const out: Comparison[] = [];
  for (const bucket of buckets) {
    bucket.official.forEach((count, s) => {
      const series = aggregation.series[s];
      if (!count || !series) return;
      const value = measure === 'arrests' ? count.arrests : count.count;
      if (value === null || value === undefined) return;
      out.push({
        year: bucket.key,
        series: series.name,
        official: qualified(count, value, measure === 'arrests' ? count.arrestsQualifier : count.qualifier),
        officialValue: value,
        documented: measure === 'arrests' ? bucket.arrested + bucket.laterArrests : bucket.events,
      });
    });
  }
  return out;
}

interface YearComparison {
  year: string;
  documented: number;
  official: Comparison[];
}

/** The comparisons grouped by year, for a compact table. */
export function comparisonsByYear(comparisons: readonly Comparison[]): YearComparison[] {
  const years = new Map<string, YearComparison>();
  for (const c of comparisons) {
    const row = years.get(c.year) ?? { year: c.year, documented: c.documented, official: [] };
    row.official.push(c);
    years.set(c.year, row);
  }
  return [...years.values()];
}

/** "2015: 21 official (BCIJ), 12 documented". */
export const comparisonText = (c: Comparison) =>
  t('timeline.events.comparison', { year: c.year, official: c.official, series: c.series, documented: c.documented });

export function eventsSummary(
  buckets: readonly Bucket[],
  aggregation: Aggregation,
  measure: Measure,
  comparisons: readonly Comparison[],
  undated: number = aggregation.undatedTotal,
): string {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return t('timeline.summary.noPeriods');
  const span = first === last ? first.label : t('timeline.events.summary.span', { from: first.label, to: last.label });
  const value = (b: Bucket) => (measure === 'arrests' ? b.arrested + b.laterArrests : b.events);
  const total = buckets.reduce((sum, b) => sum + value(b), 0);
  const peak = buckets.reduce((best, b) => (value(b) > value(best) ? b : best), first);
  const what =
    measure === 'arrests'
      ? t('timeline.events.summary.whatArrests', { total })
      : t('timeline.events.summary.whatCells', { total });
  let sentence = t('timeline.events.summary.what', { what, span });
  if (total > 0) sentence += t('timeline.events.summary.peak', { period: peak.label, count: formatCount(value(peak)) });
  if (undated > 0) sentence += t('timeline.events.summary.undated', { count: undated });
  const shortfalls = comparisons.filter((c) => c.documented < c.officialValue);
  if (comparisons.length > 0) {
    sentence += t('timeline.events.summary.shortfalls', { shortfalls: shortfalls.length, total: comparisons.length });
    const widest = [...comparisons].sort(
      (a, b) => b.officialValue - b.documented - (a.officialValue - a.documented),
    )[0];
    if (widest && shortfalls.length > 0) sentence += t('timeline.events.summary.widest', { comparison: comparisonText(widest) });
  }
  return `${sentence}.`;
}

export function eventsTable(buckets: readonly Bucket[], aggregation: Aggregation): ChartTable {
  const seriesColumns = aggregation.granularity === 'year' ? aggregation.series : [];
  return {
    columns: [
      { key: 'period', label: t('timeline.table.period') },
      { key: 'events', label: t('timeline.events.table.events'), numeric: true },
      { key: 'followUps', label: t('timeline.events.table.followUps'), numeric: true },
      { key: 'arrested', label: t('timeline.events.table.arrested'), numeric: true },
      { key: 'abroad', label: t('timeline.events.table.abroad'), numeric: true },
      { key: 'later', label: t('timeline.events.table.later'), numeric: true },
      { key: 'unstated', label: t('timeline.events.table.unstated'), numeric: true },
      ...seriesColumns.map((s, i) => ({
        key: `official-${i}`,
        label: t('timeline.events.table.official', { series: s.name }),
        numeric: true,
      })),
    ],
    rows: buckets.map((b) => {
      const row: Record<string, TableValue> = {
        period: b.label,
        events: b.events,
        followUps: b.followUps,
        arrested: b.arrested,
        abroad: b.abroad,
        later: b.laterArrests,
        unstated: b.arrestsUnstated,
      };
      seriesColumns.forEach((_, i) => {
        const count = b.official[i];
        row[`official-${i}`] = count ? `${qualified(count)}${count.placed ? t('timeline.count.placedSuffix') : ''}` : null;
      });
      return row;
    }),
  };
}

export function cumulativeSummary(series: CumulativeSeries): string {
  const last = series.rows[series.rows.length - 1];
  if (!last) return t('timeline.summary.noPeriods');
  let sentence = t('timeline.cumulative.summary.documented', { count: last.documented, period: last.label });
  const latest = series.statements[series.statements.length - 1];
  if (latest) {
    const { count, period } = latest;
    const documented = series.rows.find((r) => r.key === period)?.documented ?? 0;
    const unofficial = series.statements.filter((s) => !s.count.official).length;
    sentence += t('timeline.cumulative.summary.latest', {
      count: series.statements.length,
      unofficial,
      figure: qualified(count),
      coverage: coverageLabel(count.coverage),
      since: sinceText(count),
      statedBy: count.statedBy,
      date: formatPartialDate(statementDate(count), count.approximate),
      documented,
    });
  }
  return `${sentence}.`;
}

export function cumulativeTable(series: CumulativeSeries): ChartTable {
  return {
    columns: [
      { key: 'period', label: t('timeline.table.period') },
      { key: 'documented', label: t('timeline.cumulative.table.documented'), numeric: true },
      ...series.statements.map((s, i) => ({
        key: `statement-${i}`,
        label: `${t('timeline.cumulative.table.statement', { statedBy: s.count.statedBy, coverage: coverageLabel(s.count.coverage), since: sinceText(s.count) })}${statementFlags(s.count)}`,
        numeric: true,
      })),
    ],
    rows: series.rows.map((r) => {
      const row: Record<string, TableValue> = { period: r.label, documented: r.documented };
      r.statements.forEach((value, i) => {
        const count = series.statements[i]?.count;
        row[`statement-${i}`] = value === null || !count ? null : qualified(count, value);
      });
      return row;
    }),
  };
}

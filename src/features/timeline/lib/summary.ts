// Everything the chart frames say in words and tables, generated from the
// same aggregation the charts draw, so text and chart cannot disagree.
import type { ChartTable, TableValue } from '../../../charts/chart-types';
import { formatPartialDate } from '../../../lib/dates';
import type { Aggregation, Bucket } from './aggregate';
import type { CumulativeSeries } from './cumulative';
import { statementDate } from './cumulative';
import { COVERAGE_LABELS, plural, qualified } from './labels';
import type { Measure } from './timeline-url';
import { formatCount } from '../../../lib/format';

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

const comparisonText = (c: Comparison) =>
  `${c.year}: ${c.official} official (${c.series}), ${c.documented} documented`;

export function eventsSummary(
  buckets: readonly Bucket[],
  aggregation: Aggregation,
  measure: Measure,
  comparisons: readonly Comparison[],
  undated: number = aggregation.undatedTotal,
): string {
  const first = buckets[0];
  const last = buckets[buckets.length - 1];
  if (!first || !last) return 'No periods to show.';
  const span = first === last ? first.label : `${first.label} to ${last.label}`;
  const value = (b: Bucket) => (measure === 'arrests' ? b.arrested + b.laterArrests : b.events);
  const total = buckets.reduce((sum, b) => sum + value(b), 0);
  const peak = buckets.reduce((best, b) => (value(b) > value(best) ? b : best), first);
  const what =
    measure === 'arrests'
      ? `${plural(total, 'person', 'people')} arrested in documented dismantlings`
      : plural(total, 'documented cell dismantling', 'documented cell dismantlings');
  let sentence = `${what}, ${span}`;
  if (total > 0) sentence += `; the most in ${peak.label} (${formatCount(value(peak))})`;
  if (undated > 0) {
    sentence += `; ${plural(undated, 'more event is', 'more events are')} dated only to the year and not in a bar`;
  }
  const shortfalls = comparisons.filter((c) => c.documented < c.officialValue);
  if (comparisons.length > 0) {
    sentence += `. Documented events fall short of ${shortfalls.length} of ${comparisons.length} official yearly figures`;
    const widest = [...comparisons].sort(
      (a, b) => b.officialValue - b.documented - (a.officialValue - a.documented),
    )[0];
    if (widest && shortfalls.length > 0) sentence += `, most in ${comparisonText(widest)}`;
  }
  return `${sentence}.`;
}

export function eventsTable(buckets: readonly Bucket[], aggregation: Aggregation): ChartTable {
  const seriesColumns = aggregation.granularity === 'year' ? aggregation.series : [];
  return {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'events', label: 'Documented dismantlings', numeric: true },
      { key: 'followUps', label: 'Follow-up operations (not cells)', numeric: true },
      { key: 'arrested', label: 'Arrested in Morocco at the operation', numeric: true },
      { key: 'abroad', label: 'Arrested abroad (joint operations)', numeric: true },
      { key: 'later', label: 'Later arrests', numeric: true },
      { key: 'unstated', label: 'Events not stating arrests', numeric: true },
      ...seriesColumns.map((s, i) => ({
        key: `official-${i}`,
        label: `Official count (${s.name})`,
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
        row[`official-${i}`] = count ? `${qualified(count)}${count.placed ? ' (year placed by the editors)' : ''}` : null;
      });
      return row;
    }),
  };
}

export function cumulativeSummary(series: CumulativeSeries): string {
  const last = series.rows[series.rows.length - 1];
  if (!last) return 'No periods to show.';
  let sentence = `${plural(last.documented, 'dismantling is', 'dismantlings are')} documented by ${last.label}`;
  const latest = series.statements[series.statements.length - 1];
  if (latest) {
    const { count, period } = latest;
    const documented = series.rows.find((r) => r.key === period)?.documented ?? 0;
    const unofficial = series.statements.filter((s) => !s.count.official).length;
    sentence += `; ${plural(series.statements.length, 'cumulative statement is', 'cumulative statements are')} shown (${unofficial} unofficial), the latest ${qualified(count)} ${COVERAGE_LABELS[count.coverage]}${count.since ? ` since ${formatPartialDate(count.since)}` : ''} (${count.statedBy}, ${formatPartialDate(statementDate(count), count.approximate)}) against ${documented} documented by then`;
  }
  return `${sentence}.`;
}

export function cumulativeTable(series: CumulativeSeries): ChartTable {
  return {
    columns: [
      { key: 'period', label: 'Period' },
      { key: 'documented', label: 'Documented dismantlings to date', numeric: true },
      ...series.statements.map((s, i) => ({
        key: `statement-${i}`,
        label: `${s.count.statedBy}: ${COVERAGE_LABELS[s.count.coverage]}${s.count.since ? ` since ${formatPartialDate(s.count.since)}` : ''}${s.count.official ? '' : ' (unofficial)'}${s.count.placed ? ' (year placed by the editors)' : ''}`,
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

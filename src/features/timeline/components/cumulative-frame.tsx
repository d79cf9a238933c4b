import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ExternalLink } from '../../../components/external-link';
import { formatPartialDate } from '../../../lib/dates';
import type { CellCount } from '../../../data/schema';
import { COVERAGE_COLOURS } from '../lib/colours';
import { statementDate, type CumulativeSeries } from '../lib/cumulative';
import { COVERAGE_LABELS, qualified } from '../lib/labels';
import { cumulativeSummary, cumulativeTable } from '../lib/summary';
import { sourcesCitedBy } from '../../../data/sources';
import type { TimelineData } from '../lib/timeline-data';

const CumulativeChart = lazy(() =>
  import('./cumulative-chart').then((m) => ({ default: m.CumulativeChart })),
);

const HEIGHT = 300;

interface Props {
  data: TimelineData;
  series: CumulativeSeries;
  filtered: boolean;
}

const describe = (count: CellCount) =>
  `${qualified(count)} ${COVERAGE_LABELS[count.coverage]}${count.since ? ` since ${formatPartialDate(count.since)}` : ''}, as of ${formatPartialDate(statementDate(count), count.approximate)}`;

export function CumulativeFrame({ data, series, filtered }: Props) {
  const summary = useMemo(() => cumulativeSummary(series), [series]);
  const table = useMemo(() => cumulativeTable(series), [series]);
  const sources = useMemo(() => sourcesCitedBy(data.cumulative, data.sourcesById), [data]);
  return (
    <ChartFrame
      version={data.version}
      chartId="timeline-cumulative"
      title="Documented dismantlings to date, beside official running totals"
      subtitle={`Running total of the documented events${filtered ? ' matching the filters' : ''}; cumulative statements by officials and the press, each with its own scope.`}
      sources={sources}
      summary={summary}
      table={table}
      height={HEIGHT}
      emptyReason={series.rows.length === 0 ? 'No dated events to count.' : null}
      notes={
        <>
          <p>
            <strong>Not on the same basis.</strong> The statements count from different starts (since 2002,
            since 2013, since 2014) and different scopes (all terrorist cells, ISIS-linked only, linked to
            Syria and Iraq); the documented line counts only the cells compiled here (a follow-up operation
            is not a new cell, so it does not add to the line). Filled points are official, hollow points are not;
            a broken ring is a year placed by the editors for an undated page, drawn at that year, never at a month.
            An event joins the running total once its whole month or year has passed.
          </p>
          <p className="timeline-coverage-key">
            {(['all-terror', 'isis-linked', 'syria-iraq-linked'] as const).map((coverage) => (
              <span key={coverage}>
                <span
                  className="timeline-dot"
                  style={{ borderColor: COVERAGE_COLOURS[coverage], background: COVERAGE_COLOURS[coverage] }}
                  aria-hidden="true"
                />
                {COVERAGE_LABELS[coverage]}
              </span>
            ))}
            <span>
              <span
                className="timeline-dot timeline-dot--hollow"
                style={{ borderColor: 'var(--muted)' }}
                aria-hidden="true"
              />
              unofficial
            </span>
            {series.statements.some((st) => st.count.placed) && (
              <span>
                <span
                  className="timeline-dot timeline-dot--hollow timeline-dot--placed"
                  style={{ borderColor: 'var(--muted)' }}
                  aria-hidden="true"
                />
                year placed by the editors
              </span>
            )}
          </p>
          {series.statements.length > 0 && (
            <details className="timeline-statements-box">
              <summary>The {series.statements.length} statements on the chart, with their sources</summary>
              <ol className="timeline-statements" type="A">
                {series.statements.map(({ count }) => (
                  <li key={count.id} id={`statement-${count.id}`}>
                    <span
                      className={`timeline-dot${count.official && !count.placed ? '' : ' timeline-dot--hollow'}${count.placed ? ' timeline-dot--placed' : ''}`}
                      style={{
                        borderColor: COVERAGE_COLOURS[count.coverage],
                        background: count.official && !count.placed ? COVERAGE_COLOURS[count.coverage] : undefined,
                      }}
                      aria-hidden="true"
                    />
                    {describe(count)} ({count.statedBy}
                    {count.official ? '' : ', unofficial'}
                    {count.placed ? ', year placed by the editors' : ''}).{' '}
                    {count.sources.map((id, j) => {
                      const source = data.sourcesById.get(id);
                      return (
                        <span key={id}>
                          {j > 0 && '; '}
                          {source ? <ExternalLink href={source.url}>{source.publisher}</ExternalLink> : id}
                        </span>
                      );
                    })}
                    {count.note && <span className="muted"> {count.note}</span>}
                  </li>
                ))}
              </ol>
            </details>
          )}
          {series.unplaced.length > 0 && (
            <p>
              Not on the chart at this grouping (dated only to a year):{' '}
              {series.unplaced.map(describe).join('; ')}.
            </p>
          )}
          <p>
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                void import('../../../data/records-csv').then((csv) =>
                  csv.downloadRecordsCsv(
                    'official-counts',
                    { counts: data.counts },
                    data.sourcesById,
                    `All ${data.counts.length} stated counts of dismantled cells (per year and cumulative)`,
                    data.version,
                  ),
                )
              }
            >
              Download the official counts (CSV)
            </button>
          </p>
        </>
      }
    >
      <CumulativeChart rows={series.rows} statements={series.statements} height={HEIGHT} />
    </ChartFrame>
  );
}

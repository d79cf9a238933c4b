import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ExternalLink } from '../../../components/external-link';
import { COVERAGE_COLOURS } from '../lib/colours';
import type { CumulativeSeries } from '../lib/cumulative';
import { coverageLabel } from '../lib/labels';
import { cumulativeSummary, cumulativeTable, describeCount as describe } from '../lib/summary';
import { useT } from '../../../i18n/use-t';
import { EditorText } from './editor-text';
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

export function CumulativeFrame({ data, series, filtered }: Props) {
  const t = useT();
  // t: a new function per language, so the texts follow it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const summary = useMemo(() => cumulativeSummary(series), [series, t]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const table = useMemo(() => cumulativeTable(series), [series, t]);
  const sources = useMemo(() => sourcesCitedBy(data.cumulative, data.sourcesById), [data]);
  return (
    <ChartFrame
      version={data.version}
      chartId="timeline-cumulative"
      title={t('timeline.cumulative.title')}
      subtitle={t(filtered ? 'timeline.cumulative.subtitleFiltered' : 'timeline.cumulative.subtitle')}
      sources={sources}
      summary={summary}
      table={table}
      height={HEIGHT}
      emptyReason={series.rows.length === 0 ? t('timeline.cumulative.empty') : null}
      notes={
        <>
          <p>
            <strong>{t('timeline.cumulative.notes.basisLead')}</strong> {t('timeline.cumulative.notes.basis')}
          </p>
          <p className="timeline-coverage-key">
            {(['all-terror', 'isis-linked', 'syria-iraq-linked'] as const).map((coverage) => (
              <span key={coverage}>
                <span
                  className="timeline-dot"
                  style={{ borderColor: COVERAGE_COLOURS[coverage], background: COVERAGE_COLOURS[coverage] }}
                  aria-hidden="true"
                />
                {coverageLabel(coverage)}
              </span>
            ))}
            <span>
              <span
                className="timeline-dot timeline-dot--hollow"
                style={{ borderColor: 'var(--muted)' }}
                aria-hidden="true"
              />
              {t('timeline.cumulative.key.unofficial')}
            </span>
            {series.statements.some((st) => st.count.placed) && (
              <span>
                <span
                  className="timeline-dot timeline-dot--hollow timeline-dot--placed"
                  style={{ borderColor: 'var(--muted)' }}
                  aria-hidden="true"
                />
                {t('timeline.cumulative.key.placed')}
              </span>
            )}
          </p>
          {series.statements.length > 0 && (
            <details className="timeline-statements-box">
              <summary>{t('timeline.cumulative.statements', { count: series.statements.length })}</summary>
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
                    {t('timeline.cumulative.statement', {
                      description: describe(count),
                      statedBy: count.statedBy,
                      flags: `${count.official ? '' : t('timeline.tooltip.unofficialFlag')}${count.placed ? t('timeline.tooltip.placedFlag') : ''}`,
                    })}{' '}
                    {count.sources.map((id, j) => {
                      const source = data.sourcesById.get(id);
                      return (
                        <span key={id}>
                          {j > 0 && t('timeline.list.semicolon')}
                          {source ? <ExternalLink href={source.url}>{source.publisher}</ExternalLink> : id}
                        </span>
                      );
                    })}
                    {count.note && (
                      <>
                        {' '}
                        <EditorText record={count} field="note" className="muted" />
                      </>
                    )}
                  </li>
                ))}
              </ol>
            </details>
          )}
          {series.unplaced.length > 0 && (
            <p>{t('timeline.cumulative.unplaced', { list: series.unplaced.map(describe).join(t('timeline.list.semicolon')) })}</p>
          )}
          <p>
            <button
              type="button"
              className="button button--quiet"
              onClick={() =>
                void import('../lib/events-csv').then((csv) =>
                  csv.downloadTimelineCsv(
                    'official-counts',
                    { counts: data.counts },
                    data.sourcesById,
                    t('timeline.cumulative.csvSelection', { count: data.counts.length }),
                    data.version,
                  ),
                )
              }
            >
              {t('timeline.cumulative.download')}
            </button>
          </p>
        </>
      }
    >
      <CumulativeChart rows={series.rows} statements={series.statements} height={HEIGHT} />
    </ChartFrame>
  );
}

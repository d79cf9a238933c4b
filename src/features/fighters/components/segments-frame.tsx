import { lazy } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { formatQualified, qualifierWord } from '../../../data/qualifiers';
import { t as translate, type MessageId } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import type { ChartTable } from '../../../charts/chart-types';
import type { NativeChart } from '../../../charts/export/pptx';
import { formatPartialDate } from '../../../lib/dates';
import type { FighterSnapshot, Qualifier } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import type { FightersData } from '../lib/fighters-data';
import { editorPlain, formatPercent } from '../lib/editor-text';
import { seriesName, type SegmentsResult, type Segment } from '../lib/series';
import { EditorText } from './editor-text';
import { SnapshotSubtitle } from './snapshot-subtitle';

const ShareBarChart = lazy(() => import('./share-bar-chart').then((m) => ({ default: m.ShareBarChart })));

interface Props {
  chartId: string;
  title: string;
  data: FightersData;
  snapshot: FighterSnapshot;
  result: SegmentsResult;
  summary: (snapshot: FighterSnapshot, segments: Segment[]) => string;
  view: 'count' | 'percent';
  onViewChange: (view: 'count' | 'percent') => void;
}

const HEIGHT = 88;

function tableOf(segments: Segment[] | null, total: number | null, totalQualifier: Qualifier | undefined): ChartTable {
  const t = translate;
  return {
    columns: [
      { key: 'group', label: t('fighters.segments.table.group') },
      { key: 'count', label: t('fighters.segments.table.count'), numeric: true },
      { key: 'qualifier', label: t('fighters.table.qualifier') },
      { key: 'share', label: t('fighters.segments.table.share') },
      { key: 'basis', label: t('fighters.segments.table.basis') },
    ],
    rows: [
      ...(segments ?? []).map((s) => ({
        group: s.label,
        count: s.value,
        qualifier: qualifierWord(s.qualifier),
        share: formatPercent(s.percent),
        basis: s.derived ? t('fighters.segments.table.derived', { formula: s.formula ?? '' }) : t('fighters.segments.table.stated'),
      })),
      ...(total === null
        ? []
        : [
            {
              group: t('fighters.segments.table.total'),
              count: total,
              qualifier: qualifierWord(totalQualifier),
              share: formatPercent(100),
              basis: t('fighters.segments.table.stated'),
            },
          ]),
    ],
  };
}

/**
 * The bar as a native PowerPoint chart: one stacked bar, a series per segment, in
 * counts or percent as on screen. PowerPoint cannot hatch, so derived parts say so in their name.
 */
function nativeBar(segments: Segment[] | null, view: 'count' | 'percent', category: string): NativeChart | null {
  if (!segments) return null;
  return {
    type: 'bar',
    stacked: true,
    horizontal: true,
    percent: view === 'percent',
    categories: [category],
    series: segments.map((s) => ({
      name: seriesName(s),
      values: [view === 'percent' ? s.percent : s.value],
      colour: s.colour,
    })),
  };
}

/** A stated-and-derived breakdown of one statement: the composition or the outcomes chart. */
const VIEWS = ['count', 'percent'] as const;
const VIEW_LABELS: Record<(typeof VIEWS)[number], MessageId> = { count: 'fighters.view.count', percent: 'fighters.view.percent' };

export function SegmentsFrame({ chartId, title, data, snapshot, result, summary, view, onViewChange }: Props) {
  const t = useT();
  const segments = result.segments;
  const derived = segments?.filter((s) => s.derived) ?? [];
  return (
    <ChartFrame
      version={data.version}
      chartId={chartId}
      title={title}
      subtitle={<SnapshotSubtitle snapshot={snapshot} sourcesById={data.sourcesById} />}
      sources={sourcesCitedBy([snapshot], data.sourcesById)}
      summary={segments ? summary(snapshot, segments) : result.reason}
      table={tableOf(segments, segments ? result.total : snapshot.figures.total, snapshot.qualifiers?.total)}
      nativeChart={nativeBar(
        segments,
        view,
        t('fighters.segments.category', { date: formatPartialDate(snapshot.date, snapshot.approximate), speaker: editorPlain(snapshot, 'speaker') }),
      )}
      height={HEIGHT}
      legend={(segments ?? []).map((s) => ({ label: s.label, colour: s.colour, derived: s.derived }))}
      emptyReason={segments ? null : result.reason}
      controls={
        <ToggleGroup
          label={t('fighters.view.groupLabel', { title })}
          visibleLabel={t('fighters.view.show')}
          options={VIEWS}
          labels={{ count: t(VIEW_LABELS.count), percent: t(VIEW_LABELS.percent) }}
          value={view}
          onChange={onViewChange}
        />
      }
      notes={
        <>
          {segments && (
            <ul className="segment-key">
              {segments.map((s) => (
                <li key={s.key}>
                  <span
                    className={`segment-key__swatch${s.derived ? ' segment-key__swatch--derived' : ''}`}
                    style={{ background: s.derived ? undefined : s.colour, borderColor: s.colour, color: s.colour }}
                    aria-hidden="true"
                  />
                  <span className="segment-key__label">{s.label}</span>{' '}
                  <strong className="num">{view === 'percent' ? formatPercent(s.percent) : formatQualified(s.value, s.qualifier)}</strong>
                  <span className="muted num"> {view === 'percent' ? formatQualified(s.value, s.qualifier) : formatPercent(s.percent)}</span>
                  {s.derived && <span className="derived-tag">{t('fighters.derived.tag')}</span>}
                </li>
              ))}
            </ul>
          )}
          {derived.map((s) => (
            <p key={s.key}>
              <span className="derived-tag">{t('fighters.derived.tag')}</span>{' '}
              {t('fighters.segments.derivedNote', { label: s.label, formula: s.formula ?? '', value: formatQualified(s.value, s.qualifier) })}
              {s.qualifier && ` ${t('fighters.segments.derivedAbout')}`}
            </p>
          ))}
          {snapshot.note && (
            <p>
              {t('fighters.note.label')} <EditorText record={snapshot} field="note" />
            </p>
          )}
        </>
      }
    >
      {segments && <ShareBarChart segments={segments} view={view} height={HEIGHT} />}
    </ChartFrame>
  );
}

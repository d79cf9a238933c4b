import { lazy } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { formatQualified, qualifierWord } from '../../../data/qualifiers';
import type { ChartTable } from '../../../charts/chart-types';
import type { NativeChart } from '../../../charts/export/pptx';
import { formatPartialDate } from '../../../lib/dates';
import type { FighterSnapshot, Qualifier } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import type { FightersData } from '../lib/fighters-data';
import type { SegmentsResult, Segment } from '../lib/series';
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
  return {
    columns: [
      { key: 'group', label: 'Group' },
      { key: 'count', label: 'Count', numeric: true },
      { key: 'qualifier', label: 'Qualifier' },
      { key: 'share', label: 'Share of total' },
      { key: 'basis', label: 'Basis' },
    ],
    rows: [
      ...(segments ?? []).map((s) => ({
        group: s.label,
        count: s.value,
        qualifier: qualifierWord(s.qualifier),
        share: `${s.percent}%`,
        basis: s.derived ? `Derived: ${s.formula ?? ''}` : 'Stated',
      })),
      ...(total === null ? [] : [{ group: 'Total', count: total, qualifier: qualifierWord(totalQualifier), share: '100%', basis: 'Stated' }]),
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
      name: s.derived ? `${s.label} (derived)` : s.label,
      values: [view === 'percent' ? s.percent : s.value],
      colour: s.colour,
    })),
  };
}

/** A stated-and-derived breakdown of one statement: the composition or the outcomes chart. */
const VIEWS = ['count', 'percent'] as const;
const VIEW_LABELS = { count: 'Count', percent: 'Percent' } as const;

export function SegmentsFrame({ chartId, title, data, snapshot, result, summary, view, onViewChange }: Props) {
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
      nativeChart={nativeBar(segments, view, `${formatPartialDate(snapshot.date, snapshot.approximate)}, ${snapshot.speaker}`)}
      height={HEIGHT}
      legend={(segments ?? []).map((s) => ({ label: s.label, colour: s.colour, derived: s.derived }))}
      emptyReason={segments ? null : result.reason}
      controls={
        <ToggleGroup label={`${title}: show as`} visibleLabel="Show" options={VIEWS} labels={VIEW_LABELS} value={view} onChange={onViewChange} />
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
                  <strong className="num">{view === 'percent' ? `${s.percent}%` : formatQualified(s.value, s.qualifier)}</strong>
                  <span className="muted num"> {view === 'percent' ? formatQualified(s.value, s.qualifier) : `${s.percent}%`}</span>
                  {s.derived && <span className="derived-tag">derived</span>}
                </li>
              ))}
            </ul>
          )}
          {derived.map((s) => (
            <p key={s.key}>
              <span className="derived-tag">derived</span> {s.label} is computed by the dashboard as {s.formula} ={' '}
              {formatQualified(s.value, s.qualifier)}; no source states it.
              {s.qualifier && ' It is “about” because a figure it is computed from is qualified by its source.'}
            </p>
          ))}
          {snapshot.note && <p>Note: {snapshot.note}</p>}
        </>
      }
    >
      {segments && <ShareBarChart segments={segments} view={view} height={HEIGHT} />}
    </ChartFrame>
  );
}

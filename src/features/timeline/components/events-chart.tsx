import { memo, useCallback, useMemo } from 'react';
import {
  Bar,
  Brush,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  Rectangle,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type BarShapeProps,
} from 'recharts';
import { legendText } from '../../../charts/legend-text';
import { usePlotRef } from '../../../charts/plot-ref';
import { usePlotHeight, useSlideDrawing } from '../../../charts/plot-height';
import { useAnimateOnUpdate } from '../../../charts/use-reduced-motion';
import type { Bucket, OfficialSeries } from '../lib/aggregate';
import {
  DOCUMENTED_COLOUR,
  FAMILY_LABELS,
  LATER_ARRESTS_COLOUR,
  seriesColour,
  seriesFamily,
} from '../lib/colours';
import type { ContextMarker } from '../lib/context-markers';
import { formatPeriod, type MonthSpan } from '../lib/periods';
import { usePeriodTickInterval } from '../hooks/use-period-tick-interval';
import type { Measure } from '../lib/timeline-url';
import { BucketTooltip } from './bucket-tooltip';
import { ContextMarkerLayer } from './marker-badge';
import { AXIS_STYLE, HORIZONTAL_GRID } from '../../../charts/axis-style';
import { useT } from '../../../i18n/use-t';

/** Time runs left to right in every language, an Arabic page included; the tooltip sets its own direction. */
const LTR = { direction: 'ltr' } as const;

interface EventsChartProps {
  buckets: Bucket[];
  series: OfficialSeries[];
  measure: Measure;
  markers: ContextMarker[];
  /** First and last bucket index of the selected range. */
  brush: [number, number];
  highlight: MonthSpan | null;
  height: number;
  onBrush: (start: number, end: number) => void;
  onSelect: (period: string) => void;
}

/** The bucket key of a Recharts payload, checked rather than cast. */
function keyOf(payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null || !('key' in payload)) return null;
  return typeof payload.key === 'string' ? payload.key : null;
}

const hideZero = (value: unknown) => (typeof value === 'number' && value > 0 ? value : '');
const officialValue = (bucket: Bucket, s: number, measure: Measure): number | null => {
  const count = bucket.official[s];
  if (!count) return null;
  return measure === 'arrests' ? (count.arrests ?? null) : count.count;
};

type Row = Record<string, string | number | null>;

/**
 * Documented dismantlings per period as bars, official yearly counts as points
 * over them, context events as numbered lines, and a brush for the range.
 */
// Memoised, with rows, shapes and handlers kept stable: Recharts recomputes its
// whole layout when a prop changes identity, so a list-only change (a brush
// step, a sort) must not touch the chart.
export const EventsChart = memo(function EventsChart(props: EventsChartProps) {
  const t = useT();
  const plotRef = usePlotRef();
  const { buckets, series, measure, markers, brush, highlight, height: ownHeight, onBrush, onSelect } = props;
  const height = usePlotHeight(ownHeight);
  const slideDrawing = useSlideDrawing();
  const byKey = useMemo(() => new Map(buckets.map((b) => [b.key, b])), [buckets]);
  const rows = useMemo(
    () =>
      buckets.map((b) => {
        const row: Row = { key: b.key, events: b.events, arrested: b.arrested, laterArrests: b.laterArrests };
        series.forEach((_, i) => {
          row[`o${i}`] = officialValue(b, i, measure);
          // A year the editors placed (undated page) is drawn hollow, whatever the series.
          row[`p${i}`] = b.official[i]?.placed ? 1 : 0;
        });
        return row;
      }),
    [buckets, series, measure],
  );
  const animate = useAnimateOnUpdate(rows);
  const visible = brush[1] - brush[0] + 1;
  const tickInterval = usePeriodTickInterval(buckets[0]?.key, visible);
  const shapes = useMemo(() => {
    const isLit = (key: string | null) => {
      if (highlight === null || key === null) return true;
      const span = byKey.get(key)?.span;
      return span !== undefined && span.start <= highlight.end && span.end >= highlight.start;
    };
    const shape = (fill: string) =>
      function BarShape(p: BarShapeProps) {
        return (
          <Rectangle
            x={p.x}
            y={p.y}
            width={p.width}
            height={p.height}
            fill={fill}
            fillOpacity={isLit(keyOf(p.payload)) ? 1 : 0.3}
            className="timeline-bar"
          />
        );
      };
    return { documented: shape(DOCUMENTED_COLOUR), later: shape(LATER_ARRESTS_COLOUR) };
  }, [highlight, byKey]);
  const select = useCallback(
    (item: { payload?: unknown }) => {
      const key = keyOf(item.payload);
      if (key !== null) onSelect(key);
    },
    [onSelect],
  );
  const brushChange = useCallback(
    (r: { startIndex?: number; endIndex?: number }) => {
      if (r.startIndex !== undefined && r.endIndex !== undefined) onBrush(r.startIndex, r.endIndex);
    },
    [onBrush],
  );
  const tooltip = useCallback(
    (p: { active?: boolean; label?: unknown }) => (
      <BucketTooltip
        active={p.active === true}
        bucket={typeof p.label === 'string' ? byKey.get(p.label) : undefined}
        series={series}
        measure={measure}
        markers={markers}
      />
    ),
    [byKey, series, measure, markers],
  );

  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <ComposedChart ref={plotRef} data={rows} margin={{ top: 22, right: 12, bottom: 0, left: 0 }} style={LTR}>
        <CartesianGrid {...HORIZONTAL_GRID} />
        <XAxis dataKey="key" tickFormatter={formatPeriod} {...AXIS_STYLE} interval={tickInterval} />
        <YAxis
          allowDecimals={false}
          {...AXIS_STYLE}
          interval={0}
          width={36}
          // Headroom above the tallest bar or point for the context-event badges.
          domain={[0, (max: number) => Math.max(4, Math.ceil(max * 1.3))]}
        />
        <Tooltip cursor={{ fill: 'var(--surface)' }} content={tooltip} />
        <Legend verticalAlign="bottom" wrapperStyle={{ fontSize: 13, paddingTop: 4 }} formatter={legendText} />
        {measure === 'cells' ? (
          <Bar
            dataKey="events"
            name={t('timeline.events.table.events')}
            fill={DOCUMENTED_COLOUR}
            shape={shapes.documented}
            onClick={select}
            isAnimationActive={animate}
            animationDuration={300}
          >
            {visible <= 30 && (
              <LabelList dataKey="events" position="top" fontSize={11} formatter={hideZero} />
            )}
          </Bar>
        ) : (
          [
            <Bar
              key="arrested"
              dataKey="arrested"
              name={t('timeline.events.legend.arrested')}
              stackId="arrests"
              fill={DOCUMENTED_COLOUR}
              shape={shapes.documented}
              onClick={select}
              isAnimationActive={animate}
              animationDuration={300}
            />,
            <Bar
              key="later"
              dataKey="laterArrests"
              name={t('timeline.events.legend.later')}
              stackId="arrests"
              fill={LATER_ARRESTS_COLOUR}
              shape={shapes.later}
              onClick={select}
              isAnimationActive={animate}
              animationDuration={300}
            />,
          ]
        )}
        {series.map((s, i) => {
          const colour = seriesColour(s.name);
          const family = seriesFamily(s.name);
          // One legend entry per body, not per series.
          const firstOfFamily = series.findIndex((x) => seriesFamily(x.name) === family) === i;
          return (
            <Line
              key={s.name}
              dataKey={`o${i}`}
              name={firstOfFamily ? t(FAMILY_LABELS[family]) : s.name}
              stroke={colour}
              strokeWidth={0}
              dot={(p: { cx?: number; cy?: number; index?: number; payload?: Row }) =>
                p.cx === undefined || p.cy === undefined || p.payload?.[`o${i}`] == null ? (
                  <g key={`o${i}-${p.index ?? 0}`} />
                ) : (
                  <circle
                    key={`o${i}-${p.index ?? 0}`}
                    cx={p.cx}
                    cy={p.cy}
                    r={5}
                    fill={s.official && p.payload[`p${i}`] !== 1 ? colour : 'var(--bg)'}
                    stroke={colour}
                    strokeWidth={2}
                    strokeDasharray={p.payload[`p${i}`] === 1 ? '3 2' : undefined}
                  />
                )
              }
              activeDot={{ r: 6, fill: s.official ? colour : 'var(--bg)', stroke: colour }}
              legendType={firstOfFamily ? 'circle' : 'none'}
              isAnimationActive={false}
            />
          );
        })}
        <ContextMarkerLayer markers={markers} />
        {!slideDrawing && (
          <Brush
            dataKey="key"
            height={28}
            travellerWidth={10}
            stroke="var(--muted)"
            fill="var(--bg)"
            startIndex={brush[0]}
            endIndex={brush[1]}
            tickFormatter={(value) => (typeof value === 'string' ? formatPeriod(value) : String(value))}
            onChange={brushChange}
          />
        )}
      </ComposedChart>
    </ResponsiveContainer>
  );
});

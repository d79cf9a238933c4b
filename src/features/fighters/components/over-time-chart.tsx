import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../../lib/format';
import { formatQualified } from '../../../data/qualifiers';
import { FIGURE_COLOURS } from '../../../charts/palette';
import { usePlotRef } from '../../../charts/plot-ref';
import { usePlotHeight } from '../../../charts/plot-height';
import { useAnimateOnUpdate } from '../../../charts/use-reduced-motion';
import type { TimeFigure } from '../lib/fighters-url';
import { FIGURE_LABELS, type TimePoint, yearTicks } from '../lib/series';
import { AXIS_STYLE, HORIZONTAL_GRID } from '../../../charts/axis-style';

interface Props {
  points: TimePoint[];
  figures: TimeFigure[];
  sourceNames: Record<string, string>;
  height: number;
}

type Row = Record<string, number | string | null>;

const yearTick = (x: number) => String(new Date(x).getUTCFullYear());

/** 1 January of every year the points span, so the axis reads 2014, 2015, … once each. */
function colourOf(figure: TimeFigure): string {
  // Total is drawn in the text colour so it stays the darkest line in every theme.
  return figure === 'total' ? 'var(--text)' : FIGURE_COLOURS[figure];
}

function PointTooltip({
  active,
  index,
  points,
  figures,
  sourceNames,
}: {
  active?: boolean;
  index: number | null;
  points: TimePoint[];
  figures: TimeFigure[];
  sourceNames: Record<string, string>;
}) {
  const point = index === null ? undefined : points[index];
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">
        {point.dateLabel}: {point.speaker}
      </p>
      {!point.official && <p className="chart-tooltip__warn">Unofficial estimate</p>}
      {point.placed && <p className="chart-tooltip__warn">Year placed by the editors (undated page): drawn hollow, off the line</p>}
      {figures
        .filter((f) => point.values[f] !== undefined)
        .map((f) => (
          <p key={f}>
            <span className="chart-tooltip__swatch" style={{ background: colourOf(f) }} aria-hidden="true" />
            {FIGURE_LABELS[f]}: <strong className="num">{formatQualified(point.values[f], point.qualifiers[f])}</strong>
            {point.flags[f] && <span className="chart-tooltip__warn"> ⚑ {point.flags[f].note}</span>}
          </p>
        ))}
      <p className="chart-tooltip__source">
        Source: {point.sources.map((id) => sourceNames[id] ?? id).join('; ')}
      </p>
    </div>
  );
}

/**
 * Each figure across every dated statement. Official statements are joined by
 * a line with filled points; unofficial estimates are hollow points on their own.
 */
export function OverTimeChart({ points, figures, sourceNames, height: ownHeight }: Props) {
  const height = usePlotHeight(ownHeight);
  const plotRef = usePlotRef();
  const rows = useMemo(
    () =>
      points.map((p) => {
        const row: Row = { x: p.x, id: p.id };
        for (const f of figures) {
          const v = p.values[f] ?? null;
          // A placed year is not a date read on a page, so it never joins the line.
          const onLine = p.official && !p.placed && !p.flags[f]?.offLine;
          row[f] = onLine ? v : null;
          row[`${f}Estimate`] = onLine || p.placed ? null : v;
          row[`${f}Placed`] = p.placed && !onLine ? v : null;
        }
        return row;
      }),
    [points, figures],
  );
  const animate = useAnimateOnUpdate(rows);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <LineChart ref={plotRef} data={rows} margin={{ top: 12, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid {...HORIZONTAL_GRID} />
        <XAxis
          dataKey="x"
          type="number"
          scale="time"
          domain={[yearTicks(points)[0] ?? 'dataMin', 'dataMax']}
          ticks={yearTicks(points)}
          tickFormatter={yearTick}
          {...AXIS_STYLE}
          interval={0}
        />
        <YAxis
          {...AXIS_STYLE}
          interval={0}
          tickFormatter={(v: number) => formatCount(v)}
          width={48}
          domain={[0, 'auto']}
        />
        <Tooltip
          content={(p) => (
            <PointTooltip
              active={p.active}
              index={
                typeof p.activeIndex === 'number'
                  ? p.activeIndex
                  : p.activeIndex
                    ? Number(p.activeIndex)
                    : null
              }
              points={points}
              figures={figures}
              sourceNames={sourceNames}
            />
          )}
        />
        {figures.flatMap((f) => [
          <Line
            key={f}
            dataKey={f}
            name={FIGURE_LABELS[f]}
            stroke={colourOf(f)}
            strokeWidth={2}
            dot={{ r: 3.5, fill: colourOf(f), strokeWidth: 0 }}
            activeDot={{ r: 6 }}
            connectNulls
            isAnimationActive={animate}
            animationDuration={300}
          />,
          <Line
            key={`${f}Estimate`}
            dataKey={`${f}Estimate`}
            name={`${FIGURE_LABELS[f]} (unofficial)`}
            stroke="none"
            dot={{ r: 4.5, fill: 'var(--bg)', stroke: colourOf(f), strokeWidth: 2, strokeDasharray: '2 2' }}
            activeDot={{ r: 6, fill: 'var(--bg)', stroke: colourOf(f) }}
            isAnimationActive={false}
            legendType="none"
          />,
          <Line
            key={`${f}Placed`}
            dataKey={`${f}Placed`}
            name={`${FIGURE_LABELS[f]} (year placed by the editors)`}
            stroke="none"
            dot={{ r: 4.5, fill: 'var(--bg)', stroke: colourOf(f), strokeWidth: 2 }}
            activeDot={{ r: 6, fill: 'var(--bg)', stroke: colourOf(f) }}
            isAnimationActive={false}
            legendType="none"
          />,
        ])}
      </LineChart>
    </ResponsiveContainer>
  );
}

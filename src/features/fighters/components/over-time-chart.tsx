import { useMemo } from 'react';
import { CartesianGrid, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatCount } from '../../../lib/format';
import { formatQualified } from '../../../data/qualifiers';
import { FIGURE_COLOURS } from '../../../charts/palette';
import { usePlotRef } from '../../../charts/plot-ref';
import { usePlotHeight } from '../../../charts/plot-height';
import { useAnimateOnUpdate } from '../../../charts/use-reduced-motion';
import type { TimeFigure } from '../lib/fighters-url';
import { useT } from '../../../i18n/use-t';
import { figureLabel, type TimePoint, yearTicks } from '../lib/series';
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
  const t = useT();
  const point = index === null ? undefined : points[index];
  if (!active || !point) return null;
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip__title">{t('fighters.tooltip.dateSpeaker', { date: point.dateLabel, speaker: point.speaker })}</p>
      {!point.official && <p className="chart-tooltip__warn">{t('fighters.tooltip.unofficial')}</p>}
      {point.placed && <p className="chart-tooltip__warn">{t('fighters.tooltip.placed')}</p>}
      {figures
        .filter((f) => point.values[f] !== undefined)
        .map((f) => (
          <p key={f}>
            <span className="chart-tooltip__swatch" style={{ background: colourOf(f) }} aria-hidden="true" />
            {t('fighters.tooltip.labelled', { label: figureLabel(f) })}{' '}
            <strong className="num">{formatQualified(point.values[f], point.qualifiers[f])}</strong>
            {point.flags[f] && (
              <span className="chart-tooltip__warn">
                {' '}
                ⚑ <span lang={point.flags[f].note.lang}>{point.flags[f].note.text}</span>
                {point.flags[f].note.fallback && <small> {t('fighters.recordText.inEnglish')}</small>}
              </span>
            )}
          </p>
        ))}
      <p className="chart-tooltip__source">
        {t('fighters.tooltip.source', { sources: point.sources.map((id) => sourceNames[id] ?? id).join(t('fighters.summary.listSeparator')) })}
      </p>
    </div>
  );
}

/**
 * Each figure across every dated statement. Official statements are joined by
 * a line with filled points; unofficial estimates are hollow points on their own.
 */
export function OverTimeChart({ points, figures, sourceNames, height: ownHeight }: Props) {
  const t = useT();
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
            name={figureLabel(f)}
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
            name={t('fighters.overTime.series.unofficial', { figure: figureLabel(f) })}
            stroke="none"
            dot={{ r: 4.5, fill: 'var(--bg)', stroke: colourOf(f), strokeWidth: 2, strokeDasharray: '2 2' }}
            activeDot={{ r: 6, fill: 'var(--bg)', stroke: colourOf(f) }}
            isAnimationActive={false}
            legendType="none"
          />,
          <Line
            key={`${f}Placed`}
            dataKey={`${f}Placed`}
            name={t('fighters.overTime.series.placed', { figure: figureLabel(f) })}
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

import { memo, useMemo } from 'react';
import {
  CartesianGrid,
  ComposedChart,
  LabelList,
  Legend,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../../../lib/format';
import { legendText } from '../../../charts/legend-text';
import { usePlotRef } from '../../../charts/plot-ref';
import { usePlotHeight } from '../../../charts/plot-height';
import { useAnimateOnUpdate } from '../../../charts/use-reduced-motion';
import { COVERAGE_COLOURS, DOCUMENTED_COLOUR } from '../lib/colours';
import type { CumulativeRow, PlacedStatement } from '../lib/cumulative';
import { statementLetter } from '../lib/cumulative-labels';
import { coverageLabel, qualified } from '../lib/labels';
import { statementFlags } from '../lib/summary';
import { dirOf } from '../../../i18n/locales';
import { useLocale, useT } from '../../../i18n/use-t';
import { richText } from './rich-text';
import { formatPeriod } from '../lib/periods';
import { usePeriodTickInterval } from '../hooks/use-period-tick-interval';
import { AXIS_STYLE, HORIZONTAL_GRID } from '../../../charts/axis-style';

/** Time runs left to right in every language, an Arabic page included; the tooltip sets its own direction. */
const LTR = { direction: 'ltr' } as const;

interface CumulativeChartProps {
  rows: CumulativeRow[];
  statements: PlacedStatement[];
  height: number;
}

/**
 * The documented count as a step line; each cumulative statement as a lettered
 * point, filled when official and hollow when not.
 */
/** Memoised with flat rows, so only a change of its own data redraws it. */
export const CumulativeChart = memo(function CumulativeChart({
  rows,
  statements,
  height: ownHeight,
}: CumulativeChartProps) {
  const t = useT();
  const locale = useLocale();
  const height = usePlotHeight(ownHeight);
  const plotRef = usePlotRef();
  const byKey = useMemo(() => new Map(rows.map((r) => [r.key, r])), [rows]);
  const flat = useMemo(
    () =>
      rows.map((r) => {
        const row: Record<string, string | number | null> = { key: r.key, documented: r.documented };
        r.statements.forEach((value, i) => {
          row[`s${i}`] = value;
        });
        return row;
      }),
    [rows],
  );
  const animate = useAnimateOnUpdate(flat);
  const tickInterval = usePeriodTickInterval(rows[0]?.key, rows.length);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 640, height }}>
      <ComposedChart ref={plotRef} data={flat} margin={{ top: 16, right: 28, bottom: 4, left: 0 }} style={LTR}>
        <CartesianGrid {...HORIZONTAL_GRID} />
        <XAxis dataKey="key" tickFormatter={formatPeriod} {...AXIS_STYLE} interval={tickInterval} />
        <YAxis allowDecimals={false} {...AXIS_STYLE} interval={0} width={40} domain={[0, 'auto']} />
        <Tooltip
          content={(p) => {
            const row = typeof p.label === 'string' ? byKey.get(p.label) : undefined;
            if (!p.active || !row) return null;
            return (
              <div className="timeline-tooltip" dir={dirOf(locale)}>
                <p className="timeline-tooltip__title">{t('timeline.cumulative.tooltip.title', { period: row.label })}</p>
                <p>
                  {richText(t, 'timeline.tooltip.documented', {}, { count: <strong className="num">{formatCount(row.documented)}</strong> })}
                </p>
                {row.statements.map((value, i) => {
                  const s = statements[i];
                  if (value === null || !s) return null;
                  return (
                    <p key={s.count.id}>
                      {richText(
                        t,
                        'timeline.cumulative.tooltip.statement',
                        {
                          letter: statementLetter(i),
                          statedBy: s.count.statedBy,
                          coverage: coverageLabel(s.count.coverage),
                          since: s.count.since ? t('timeline.count.since', { date: s.count.since }) : '',
                          flags: statementFlags(s.count),
                        },
                        { figure: <strong className="num">{qualified(s.count, value)}</strong> },
                      )}
                    </p>
                  );
                })}
              </div>
            );
          }}
        />
        <Legend verticalAlign="top" height={28} wrapperStyle={{ fontSize: 13 }} formatter={legendText} />
        <Line
          dataKey="documented"
          name={t('timeline.cumulative.legend.documented')}
          type="linear"
          stroke={DOCUMENTED_COLOUR}
          strokeWidth={2}
          dot={false}
          isAnimationActive={animate}
          animationDuration={300}
        />
        {statements.map((s, i) => {
          const colour = COVERAGE_COLOURS[s.count.coverage];
          return (
            <Line
              key={s.count.id}
              dataKey={`s${i}`}
              name={`${t('timeline.cumulative.legend.statement', { letter: statementLetter(i), statedBy: s.count.statedBy })}${statementFlags(s.count)}`}
              stroke="none"
              legendType="none"
              // A year placed by the editors is hollow with a broken ring: not a date read on a page.
              dot={{
                r: 6,
                fill: s.count.official && !s.count.placed ? colour : 'var(--bg)',
                stroke: colour,
                strokeWidth: 2.5,
                strokeDasharray: s.count.placed ? '3 2' : undefined,
              }}
              activeDot={{ r: 7, fill: s.count.official && !s.count.placed ? colour : 'var(--bg)', stroke: colour }}
              isAnimationActive={false}
            >
              {s.label && (
                <LabelList
                  dataKey={`s${i}`}
                  position="right"
                  offset={8}
                  fontSize={11}
                  fill="var(--text)"
                  formatter={(v: unknown) => (typeof v === 'number' ? qualified(s.count, v) : '')}
                />
              )}
            </Line>
          );
        })}
      </ComposedChart>
    </ResponsiveContainer>
  );
});

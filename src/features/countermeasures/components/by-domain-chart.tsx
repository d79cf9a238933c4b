import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  Text,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import { formatCount } from '../../../lib/format';
import { HORIZON_COLOURS, labelColourOn } from '../../../charts/palette';
import { usePlotRef } from '../../../charts/plot-ref';
import { usePlotHeight } from '../../../charts/plot-height';
import { useAnimateOnUpdate } from '../../../charts/use-reduced-motion';
import { HORIZONS } from '../../../data/schema';
import type { DomainBar } from '../lib/chart-data';
import { HORIZON_LABELS } from '../lib/labels';
import { minWidth } from '../../../lib/breakpoints';
import { useMediaQuery } from '../../../lib/use-media-query';
import { useT } from '../../../i18n/use-t';

interface Props {
  bars: DomainBar[];
  height: number;
}

interface TickProps {
  x?: number | string;
  y?: number | string;
  payload?: { value?: unknown };
}

/** Domain names wrap onto two lines rather than being cut. */
function DomainTick({ x, y, payload, width }: TickProps & { width: number }) {
  return (
    <Text
      x={Number(x ?? 0)}
      y={Number(y ?? 0)}
      width={width}
      textAnchor="end"
      verticalAnchor="middle"
      fontSize={13}
      fill="var(--text)"
      maxLines={2}
    >
      {String(payload?.value ?? '')}
    </Text>
  );
}

function DomainTooltip({ active, label, bars }: { active?: boolean; label?: unknown; bars: DomainBar[] }) {
  const t = useT();
  const bar = bars.find((b) => b.label === label);
  if (!active || !bar) return null;
  return (
    <div className="cm-tooltip">
      <p className="cm-tooltip__title">{bar.label}</p>
      {HORIZONS.map((h) => (
        <p key={h}>
          <span className="cm-badge__swatch" style={{ background: HORIZON_COLOURS[h] }} aria-hidden="true" />
          {t('countermeasures.chart.labelColon', { label: HORIZON_LABELS[h] })}{' '}
          <strong className="num">{formatCount(bar[h])}</strong>
        </p>
      ))}
      <p>
        {t('countermeasures.chart.labelColon', { label: t('countermeasures.chart.total') })}{' '}
        <strong className="num">{formatCount(bar.total)}</strong>
      </p>
    </div>
  );
}

/** Stacked horizontal bars, one per domain; counts inside segments and totals in a right-hand column. */
export function ByDomainChart({ bars, height: ownHeight }: Props) {
  const t = useT();
  const height = usePlotHeight(ownHeight);
  const plotRef = usePlotRef();
  const animate = useAnimateOnUpdate(bars);
  const wide = useMediaQuery(minWidth('medium'));
  const axisWidth = wide ? 220 : 120;
  const max = Math.max(1, ...bars.map((b) => b.total));
  return (
    <div className="cm-chart">
      <ul className="cm-legend" aria-label={t('countermeasures.byDomain.legend')}>
        {HORIZONS.map((h) => (
          <li key={h}>
            <span
              className="cm-badge__swatch"
              style={{ background: HORIZON_COLOURS[h] }}
              aria-hidden="true"
            />
            {HORIZON_LABELS[h]}
          </li>
        ))}
      </ul>
      <ResponsiveContainer
        width="100%"
        height={height - 32}
        initialDimension={{ width: 600, height: height - 32 }}
      >
        <BarChart
          ref={plotRef}
          data={bars}
          layout="vertical"
          margin={{ top: 4, right: 4, bottom: 4, left: 4 }}
          barCategoryGap="22%"
        >
          <CartesianGrid horizontal={false} stroke="var(--border)" />
          <XAxis
            type="number"
            allowDecimals={false}
            domain={[0, max]}
            tick={{ fontSize: 12, fill: 'var(--muted)' }}
            interval={0}
          />
          <YAxis
            type="category"
            dataKey="label"
            width={axisWidth}
            interval={0}
            tickLine={false}
            tick={(props: TickProps) => <DomainTick {...props} width={axisWidth - 8} />}
          />
          {/* Totals as a right-hand column: direct labels that work for any mix of segments. */}
          <YAxis
            yAxisId="total"
            orientation="right"
            type="category"
            dataKey="total"
            width={36}
            interval={0}
            axisLine={false}
            tickLine={false}
            tick={{ fontSize: 12, fontWeight: 700, fill: 'var(--text)' }}
          />
          <Tooltip
            cursor={{ fill: 'var(--surface)' }}
            content={(p) => <DomainTooltip active={p.active} label={p.label} bars={bars} />}
          />
          {HORIZONS.map((h) => (
            <Bar
              key={h}
              dataKey={h}
              name={HORIZON_LABELS[h]}
              stackId="horizon"
              fill={HORIZON_COLOURS[h]}
              maxBarSize={26}
              isAnimationActive={animate}
              animationDuration={300}
            >
              <LabelList
                dataKey={h}
                position="center"
                fill={labelColourOn(HORIZON_COLOURS[h])}
                fontSize={12}
                fontWeight={700}
                formatter={(v: unknown) =>
                  typeof v === 'number' && v / max >= 0.06 && v > 0 ? formatCount(v) : ''
                }
              />
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}

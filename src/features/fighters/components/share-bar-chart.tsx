import { useId, useMemo } from 'react';
import { Bar, BarChart, LabelList, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatQualified } from '../../../data/qualifiers';
import { HatchPattern } from '../../../charts/hatch-pattern';
import { labelColourOn } from '../../../charts/palette';
import { usePlotRef } from '../../../charts/plot-ref';
import { usePlotHeight } from '../../../charts/plot-height';
import { useAnimateOnUpdate } from '../../../charts/use-reduced-motion';
import { useT } from '../../../i18n/use-t';
import { formatPercent } from '../lib/editor-text';
import { seriesName, type Segment } from '../lib/series';

interface Props {
  segments: Segment[];
  view: 'count' | 'percent';
  height: number;
}

function SegmentTooltip({
  active,
  payload,
  segments,
}: {
  active?: boolean;
  payload?: readonly { dataKey?: unknown }[];
  segments: Segment[];
}) {
  const t = useT();
  if (!active || !payload) return null;
  return (
    <div className="chart-tooltip">
      {segments.map((s) => (
        <p key={s.key}>
          <span className="chart-tooltip__swatch" style={{ background: s.colour }} aria-hidden="true" />
          {t('fighters.tooltip.labelled', { label: s.label })} <strong className="num">{formatQualified(s.value, s.qualifier)}</strong> (
          {formatPercent(s.percent)})
          {s.derived && <span className="derived-tag">{t('fighters.derived.tag')}</span>}
          {s.formula && <span className="chart-tooltip__formula"> = {s.formula}</span>}
        </p>
      ))}
    </div>
  );
}

/** One horizontal bar split into stated and derived parts; derived parts are hatched. */
export function ShareBarChart({ segments, view, height: ownHeight }: Props) {
  // On a slide the bar grows (to fill a 16:9 slide image), but is never stretched to a whole tall screen.
  const height = Math.min(usePlotHeight(ownHeight), ownHeight * 4);
  const plotRef = usePlotRef();
  const baseId = useId().replace(/[^a-zA-Z0-9-]/g, '');
  const data = useMemo(() => {
    const row: Record<string, number | string> = { name: 'all' };
    for (const s of segments) row[s.key] = view === 'percent' ? s.percent : s.value;
    return [row];
  }, [segments, view]);
  const animate = useAnimateOnUpdate(data);
  const max = view === 'percent' ? 100 : segments.reduce((a, s) => a + s.value, 0);
  return (
    <ResponsiveContainer width="100%" height={height} initialDimension={{ width: 600, height }}>
      <BarChart
        ref={plotRef}
        data={data}
        layout="vertical"
        margin={{ top: 8, right: 8, bottom: 8, left: 8 }}
        barCategoryGap={0}
      >
        <defs>
          {segments
            .filter((s) => s.derived)
            .map((s) => (
              <HatchPattern key={s.key} id={`${baseId}-${s.key}`} colour={s.colour} />
            ))}
        </defs>
        <XAxis type="number" hide domain={[0, max]} />
        <YAxis type="category" dataKey="name" hide />
        <Tooltip
          cursor={false}
          content={(p) => <SegmentTooltip active={p.active} payload={p.payload} segments={segments} />}
        />
        {segments.map((s) => (
          <Bar
            key={s.key}
            dataKey={s.key}
            name={seriesName(s)}
            stackId="all"
            fill={s.derived ? `url(#${baseId}-${s.key})` : s.colour}
            stroke={s.colour}
            strokeWidth={s.derived ? 1.5 : 0}
            strokeDasharray={s.derived ? '4 3' : undefined}
            isAnimationActive={animate}
            animationDuration={300}
          >
            <LabelList
              dataKey={s.key}
              position="center"
              fill={s.derived ? 'var(--text)' : labelColourOn(s.colour)}
              fontWeight={700}
              fontSize={14}
              formatter={(v: unknown) =>
                typeof v === 'number' && s.percent >= 8 ? (view === 'percent' ? formatPercent(v) : formatQualified(v, s.qualifier)) : ''
              }
            />
          </Bar>
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

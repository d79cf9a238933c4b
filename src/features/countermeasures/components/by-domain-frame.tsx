import { lazy, memo, useEffect, useMemo, useState } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import type { Countermeasure, Domain, Source } from '../../../data/schema';
import { HORIZON_COLOURS } from '../../../charts/palette';
import { HORIZONS } from '../../../data/schema';
import { domainBars, domainSummary, domainTable } from '../lib/chart-data';
import { HORIZON_LABELS } from '../lib/labels';
import { useT } from '../../../i18n/use-t';

/** The horizons as a legend for exports and slides (the chart draws its own key on the page). */
const horizonLegend = () => HORIZONS.map((h) => ({ label: HORIZON_LABELS[h], colour: HORIZON_COLOURS[h] }));

// Memoised so the frame's own re-render on each filter change does not redraw Recharts; only new bars do.
const ByDomainChart = memo(
  lazy(() => import('./by-domain-chart').then((m) => ({ default: m.ByDomainChart }))),
);

/** Eleven domains at 30 px a bar plus axis room: fixed, so nothing shifts when Recharts arrives. */
const HEIGHT = 380;

interface Props {
  measures: Countermeasure[];
  domains: readonly Domain[];
  sources: Source[];
  version: string;
}

export function ByDomainFrame({ measures, domains, sources, version }: Props) {
  const t = useT();
  const legend = horizonLegend();
  const latest = useMemo(() => domainBars(measures, domains), [measures, domains]);
  // The chart follows one frame behind the filters: the matrix and the count paint first, and
  // Recharts (~30 ms for a redraw) does not add to the time between a click and its result.
  const [bars, setBars] = useState(latest);
  useEffect(() => {
    if (latest === bars) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setBars(latest), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [latest, bars]);
  const total = bars.reduce((n, b) => n + b.total, 0);
  return (
    <ChartFrame
      version={version}
      chartId="countermeasures-by-domain"
      title={t('countermeasures.byDomain.title')}
      subtitle={t('countermeasures.byDomain.subtitle')}
      sources={sources}
      summary={domainSummary(bars)}
      table={domainTable(bars)}
      nativeChart={{
        type: 'bar',
        stacked: true,
        horizontal: true,
        categories: bars.map((b) => b.label),
        series: HORIZONS.map((h) => ({
          name: HORIZON_LABELS[h],
          values: bars.map((b) => b[h]),
          colour: HORIZON_COLOURS[h],
        })),
        valueAxisTitle: t('countermeasures.byDomain.valueAxis'),
      }}
      height={HEIGHT}
      legend={legend}
      emptyReason={total === 0 ? t('countermeasures.byDomain.empty') : null}
      notes={<p>{t('countermeasures.byDomain.notes')}</p>}
    >
      <ByDomainChart bars={bars} height={HEIGHT} />
    </ChartFrame>
  );
}

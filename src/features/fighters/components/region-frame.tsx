import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { REGIONAL_MEASURES, type RegionalMeasure } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import type { MessageId } from '../../../i18n/i18n';
import { useT } from '../../../i18n/use-t';
import { useUrlState } from '../../../lib/url-state';
import { countryColour } from '../lib/region-colours';
import { countryName, regionRanges, regionReading, regionSeries, regionTable } from '../lib/region';
import { perMillionReading, regionGroups } from '../lib/region-bars';
import type { RegionData } from '../lib/region-data';
import { populationFor } from '../lib/region-per-million';
import { regionCodec, REGION_VIEWS, type RegionView } from '../lib/region-url';

const RegionChart = lazy(() => import('./region-chart').then((m) => ({ default: m.RegionChart })));

/** The chart's title per measure; the one for "went" is also the chart's registered title (fighters-charts.tsx). */
const TITLES: Record<RegionalMeasure, MessageId> = {
  went: 'fighters.chart.region.title',
  present: 'fighters.region.title.present',
  returned: 'fighters.region.title.returned',
  killed: 'fighters.region.title.killed',
};
const MEASURE_BUTTONS: Record<RegionalMeasure, MessageId> = {
  went: 'fighters.region.measureButton.went',
  present: 'fighters.region.measureButton.present',
  returned: 'fighters.region.measureButton.returned',
  killed: 'fighters.region.measureButton.killed',
};
const VIEW_BUTTONS: Record<RegionView, MessageId> = {
  count: 'fighters.region.viewButton.count',
  'per-million': 'fighters.region.viewButton.perMillion',
};
const SUBTITLES: Record<RegionalMeasure, MessageId> = {
  went: 'fighters.region.subtitle.went',
  present: 'fighters.region.subtitle.present',
  returned: 'fighters.region.subtitle.returned',
  killed: 'fighters.region.subtitle.killed',
};

/** Bars per series (who counted), the spread between counts per country, and a reading. */
export function RegionFrame({ data }: { data: RegionData }) {
  // A new t per language: the texts below (t in their dependencies) follow it.
  const t = useT();
  const [state, setState] = useUrlState(regionCodec);
  const measure = state.regionMeasure;
  const view = state.regionBy;
  const perMillion = view === 'per-million';
  const series = useMemo(() => regionSeries(data.figures, measure), [data.figures, measure]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const groups = useMemo(() => regionGroups(series, view, data.populations), [series, view, data.populations, t]);
  const ranges = useMemo(
    () => regionRanges(data.figures, measure, perMillion ? data.populations : undefined),
    [data.figures, data.populations, measure, perMillion],
  );
  const reading = useMemo(
    () => (perMillion ? perMillionReading(series, data.populations, measure) : regionReading(series, measure)),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [perMillion, series, data.populations, measure, t],
  );
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const table = useMemo(() => regionTable(data.figures, data.populations), [data.figures, data.populations, t]);
  const sources = useMemo(() => {
    const shown = series.flatMap((s) => s.figures);
    const populations = perMillion ? shown.flatMap((f) => populationFor(f, data.populations) ?? []) : [];
    return sourcesCitedBy([...shown, ...populations], data.sourcesById);
  }, [series, perMillion, data.populations, data.sourcesById]);
  const countries = [...new Set(series.flatMap((s) => s.figures.map((f) => f.country)))];
  const height = 28 + groups.reduce((h, g) => h + 26 + g.bars.length * 22, 0) + 34 + ranges.length * 22;
  return (
    <ChartFrame
      version={data.version}
      chartId="region-compare"
      title={t(TITLES[measure])}
      subtitle={t(SUBTITLES[measure], { perMillion: perMillion ? 'yes' : 'no' })}
      sources={sources}
      summary={reading}
      table={table}
      height={Math.max(200, height)}
      emptyReason={series.length === 0 ? t('fighters.region.empty') : null}
      legend={[
        ...countries.map((c) => ({ label: countryName(c), colour: countryColour(c) })),
        { label: perMillion ? t('fighters.region.legend.unofficialDashed') : t('fighters.region.legend.unofficialHollow'), colour: '#6b7580', hollow: true },
        ...(perMillion ? [{ label: t('fighters.region.legend.derived'), colour: '#6b7580', hollow: true }] : []),
      ]}
      controls={
        <>
          <ToggleGroup
            label={t('fighters.region.measureGroup')}
            visibleLabel={t('fighters.view.show')}
            options={REGIONAL_MEASURES}
            labels={translated(MEASURE_BUTTONS, t)}
            value={measure}
            onChange={(regionMeasure) => setState((s) => ({ ...s, regionMeasure }))}
          />
          <ToggleGroup
            label={t('fighters.region.viewGroup')}
            visibleLabel={t('fighters.region.viewGroupVisible')}
            options={REGION_VIEWS}
            labels={translated(VIEW_BUTTONS, t)}
            value={view}
            onChange={(regionBy) => setState((s) => ({ ...s, regionBy }))}
          />
        </>
      }
      notes={
        <>
          <p>{t('fighters.region.notes.bars')}</p>
          <p>{t('fighters.region.notes.perMillion')}</p>
        </>
      }
    >
      <RegionChart groups={groups} ranges={ranges} view={view} height={Math.max(200, height)} />
    </ChartFrame>
  );
}

/** A map of message ids, each read in the page's language (toggle buttons' labels). */
function translated<K extends string>(ids: Record<K, MessageId>, t: (id: MessageId) => string): Record<K, string> {
  return Object.fromEntries(Object.entries<MessageId>(ids).map(([key, id]) => [key, t(id)])) as Record<K, string>;
}

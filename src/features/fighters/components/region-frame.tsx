import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { REGIONAL_MEASURES, type RegionalMeasure } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import { useUrlState } from '../../../lib/url-state';
import { countryColour } from '../lib/region-colours';
import { countryName, regionRanges, regionReading, regionSeries, regionTable } from '../lib/region';
import { perMillionReading, regionGroups } from '../lib/region-bars';
import type { RegionData } from '../lib/region-data';
import { populationFor } from '../lib/region-per-million';
import { regionCodec, REGION_VIEWS, type RegionView } from '../lib/region-url';

const RegionChart = lazy(() => import('./region-chart').then((m) => ({ default: m.RegionChart })));

export const REGION_TITLE = 'Morocco among its neighbours: how many went, by who counted';

const TITLES: Record<RegionalMeasure, string> = {
  went: REGION_TITLE,
  present: 'Morocco among its neighbours: how many were still there, by who counted',
  returned: 'Morocco among its neighbours: how many came back, by who counted',
  killed: 'Morocco among its neighbours: how many were killed, by who counted',
};
const MEASURE_BUTTONS: Record<RegionalMeasure, string> = {
  went: 'Went',
  present: 'Still there',
  returned: 'Returned',
  killed: 'Killed',
};
const VIEW_BUTTONS: Record<RegionView, string> = { count: 'Number', 'per-million': 'Per million inhabitants' };
const SUBJECTS: Record<RegionalMeasure, string> = {
  went: 'People who went to Syria and Iraq (or, where a count says so, to other conflict zones)',
  present: 'People still in the conflict zones',
  returned: 'People who came back',
  killed: 'People killed in the conflict zones',
};

/** Bars per series (who counted), the spread between counts per country, and a reading. */
export function RegionFrame({ data }: { data: RegionData }) {
  const [state, setState] = useUrlState(regionCodec);
  const measure = state.regionMeasure;
  const view = state.regionBy;
  const perMillion = view === 'per-million';
  const series = useMemo(() => regionSeries(data.figures, measure), [data.figures, measure]);
  const groups = useMemo(() => regionGroups(series, view, data.populations), [series, view, data.populations]);
  const ranges = useMemo(
    () => regionRanges(data.figures, measure, perMillion ? data.populations : undefined),
    [data.figures, data.populations, measure, perMillion],
  );
  const reading = useMemo(
    () => (perMillion ? perMillionReading(series, data.populations, measure) : regionReading(series, measure)),
    [perMillion, series, data.populations, measure],
  );
  const table = useMemo(() => regionTable(data.figures, data.populations), [data.figures, data.populations]);
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
      title={TITLES[measure]}
      subtitle={`${SUBJECTS[measure]} from Morocco and its North African neighbours, in each count that gives one of them${perMillion ? ', per million inhabitants of the same year (derived)' : ''}.`}
      sources={sources}
      summary={reading}
      table={table}
      height={Math.max(200, height)}
      emptyReason={series.length === 0 ? 'This bundle has no regional figures for this measure.' : null}
      legend={[
        ...countries.map((c) => ({ label: countryName(c), colour: countryColour(c) })),
        { label: perMillion ? 'Unofficial estimate (dashed outline)' : 'Unofficial estimate (hollow)', colour: '#6b7580', hollow: true },
        ...(perMillion ? [{ label: 'Per million inhabitants: derived (hatched)', colour: '#6b7580', hollow: true }] : []),
      ]}
      controls={
        <>
          <ToggleGroup
            label="Measure"
            visibleLabel="Show"
            options={REGIONAL_MEASURES}
            labels={MEASURE_BUTTONS}
            value={measure}
            onChange={(regionMeasure) => setState((s) => ({ ...s, regionMeasure }))}
          />
          <ToggleGroup
            label="Figures as"
            visibleLabel="As"
            options={REGION_VIEWS}
            labels={VIEW_BUTTONS}
            value={view}
            onChange={(regionBy) => setState((s) => ({ ...s, regionBy }))}
          />
        </>
      }
      notes={
        <>
          <p>
            Each group of bars is one count by one counter; a bar is one figure from one source, never two sources
            added or averaged. A solid bar is an official figure (a government&apos;s own, even when the press reports
            it), a hollow one an unofficial estimate. The lines at the foot show, per country, the lowest and highest
            figure across these counts: where they disagree. Counts differ in date, in method and in what they count
            (gone to Syria only, to Syria and Iraq, or to Libya as well; fighters, or everyone who went), so a
            difference between two counts is not a change over time. The table lists every measure.
          </p>
          <p>
            Per million inhabitants is derived, never stated: a figure divided by a cited population of the same
            country for the same calendar year, times a million, drawn hatched (an unofficial figure keeps its dashed
            outline). A figure without such a population
            gets no per-million value, and its row says so. Any hedge on either number makes the result
            &ldquo;about&rdquo;. The populations differ in kind (censuses, 1 January estimates, residents only), and
            Libya&apos;s is a US government estimate, not a Libyan figure.
          </p>
        </>
      }
    >
      <RegionChart groups={groups} ranges={ranges} view={view} height={Math.max(200, height)} />
    </ChartFrame>
  );
}

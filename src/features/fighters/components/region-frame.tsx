import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { sourcesCitedBy } from '../../../data/sources';
import { countryColour } from '../lib/region-colours';
import { countryName, regionRanges, regionReading, regionSeries, regionTable } from '../lib/region';
import type { RegionData } from '../lib/region-data';

const RegionChart = lazy(() => import('./region-chart').then((m) => ({ default: m.RegionChart })));

export const REGION_TITLE = 'Morocco among its neighbours: how many went, by who counted';

/** Bars per series (who counted), the spread between counts per country, and a reading. */
export function RegionFrame({ data }: { data: RegionData }) {
  const series = useMemo(() => regionSeries(data.figures), [data.figures]);
  const ranges = useMemo(() => regionRanges(data.figures), [data.figures]);
  const reading = useMemo(() => regionReading(series), [series]);
  const table = useMemo(() => regionTable(data.figures), [data.figures]);
  const sources = useMemo(() => sourcesCitedBy(data.figures, data.sourcesById), [data.figures, data.sourcesById]);
  const countries = ranges.map((r) => r.country);
  const height = 28 + series.reduce((h, s) => h + 26 + s.figures.length * 22, 0) + 34 + ranges.length * 22;
  return (
    <ChartFrame
      version={data.version}
      chartId="region-compare"
      title={REGION_TITLE}
      subtitle="People who went to Syria and Iraq from Morocco and its North African neighbours, in each count that gives Morocco or a neighbour, 2014–2017."
      sources={sources}
      summary={reading}
      table={table}
      height={Math.max(200, height)}
      emptyReason={series.length === 0 ? 'This bundle has no regional foreign-fighter figures.' : null}
      legend={[
        ...countries.map((c) => ({ label: countryName(c), colour: countryColour(c) })),
        { label: 'Unofficial estimate (hollow)', colour: '#6b7580', hollow: true },
      ]}
      notes={
        <>
          <p>
            Each group of bars is one count by one counter; a bar is one figure from one source, never two sources
            added or averaged. A solid bar is an official figure, a hollow one an unofficial estimate. The lines at the
            foot show, per country, the lowest and highest figure across these counts: where they disagree. Counts
            differ in date, in method and in what they count (gone to Syria only, or to Syria and Iraq; fighters, or
            everyone who went), so a difference between two counts is not a change over time.
          </p>
          <p>
            Fighters per million inhabitants are not shown: the bundle holds no cited population figure for the
            same years yet, and the dashboard does not use uncited numbers. Returned and still-there figures are in
            the table and the CSV.
          </p>
        </>
      }
    >
      <RegionChart series={series} ranges={ranges} height={Math.max(200, height)} />
    </ChartFrame>
  );
}

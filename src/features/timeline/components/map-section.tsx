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
import { AFFILIATION_LABELS, affiliationLabel } from '../lib/labels';
import { useT } from '../../../i18n/use-t';
import { mapPlaces, mapSummary, mapTable, MAP_SIZES, sizeOf, type MapPlace } from '../lib/map-places';
import { mapCodec } from '../lib/map-url';
import { BASE_MAP } from '../lib/base-map.generated';
import { eventsInDomain } from '../lib/time-span';
import type { TimelineData } from '../lib/timeline-data';
import { MIXED_COLOUR } from '../lib/map-colours';

import './map.css';

const MapChart = lazy(() => import('./map-chart').then((m) => ({ default: m.MapChart })));

// A phone gets a map as tall as its width allows, not a tall box half empty.
const HEIGHT = { wide: 560, narrow: 400 };

interface Props {
  data: TimelineData;
  view: ReturnType<typeof useTimelineView>;
}

/** The map of dismantlings by place, following the timeline's filters and range. */
export function MapSection({ data, view }: Props) {
  const t = useT();
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
  // t in the dependencies: a new function per language, so the texts follow it.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const table = useMemo(() => mapTable(result), [result, t]);
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const summary = useMemo(() => mapSummary(result, state.mapBy), [result, state.mapBy, t]);
  const sizeLabels = useMemo(
    () => ({ events: t('timeline.map.size.events'), arrests: t('timeline.map.size.arrests') }),
    [t],
  );
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
      title={t('timeline.map.title')}
      subtitle={t('timeline.map.subtitle', { by: state.mapBy })}
      sources={sources}
      summary={summary}
      table={table}
      height={height}
      emptyReason={data.places.length === 0 ? t('timeline.map.empty') : null}
      legend={[
        ...affiliations.map((a) => ({ label: affiliationLabel(a), colour: AFFILIATION_COLOURS[a] })),
        ...(mixed ? [{ label: t('timeline.map.mixed'), colour: MIXED_COLOUR }] : []),
      ]}
      controls={
        <ToggleGroup
          label={t('timeline.map.sizeBy')}
          visibleLabel={t('timeline.map.sizeByShort')}
          options={MAP_SIZES}
          labels={sizeLabels}
          value={state.mapBy}
          onChange={(mapBy) => setState((s) => ({ ...s, mapBy }))}
        />
      }
      notes={
        <>
          {selected && <SelectedPlace place={selected} onClose={() => select(null)} />}
          <ul className="dm-key" aria-label={t('timeline.key.label')}>
            {affiliations.map((a) => (
              <li key={a}>
                <span className="dm-key__dot" style={{ background: AFFILIATION_COLOURS[a] }} aria-hidden="true" />
                {affiliationLabel(a)}
              </li>
            ))}
            {mixed && (
              <li>
                <span className="dm-key__dot" style={{ background: MIXED_COLOUR }} aria-hidden="true" />
                {t('timeline.map.mixed')}
              </li>
            )}
            <li>
              <span className="dm-key__dot dm-key__dot--hollow" aria-hidden="true" />
              {state.mapBy === 'arrests' ? t('timeline.map.key.noNumber') : t('timeline.map.key.followUpsOnly')}
            </li>
          </ul>
          {result.elsewhere.length + result.unlocated.length > 0 && (
            <p className="map-elsewhere">
              {result.elsewhere.length > 0 && (
                <>
                  <strong>{t('timeline.map.outsideLabel')}</strong>{' '}
                  {t('timeline.map.listEnd', {
                    list: result.elsewhere
                      .map((p) => t('timeline.map.elsewhereItem', { name: p.name, country: p.country, value: formatCount(sizeOf(p, state.mapBy)) }))
                      .join(t('timeline.list.semicolon')),
                  })}{' '}
                </>
              )}
              {result.unlocated.length > 0 && (
                <>
                  <strong>{t('timeline.map.unlocatedLabel')}</strong>{' '}
                  {t('timeline.map.listEnd', {
                    list: result.unlocated
                      .map((p) => t('timeline.map.unlocatedItem', { name: p.name, value: formatCount(sizeOf(p, state.mapBy)) }))
                      .join(t('timeline.list.semicolon')),
                  })}
                </>
              )}
            </p>
          )}
          <p>{t('timeline.map.notes.area', { by: state.mapBy })}</p>
          <p>{t('timeline.map.notes.westernSahara')}</p>
          <p>
            {t('timeline.map.notes.method', {
              atlas: BASE_MAP.atlas,
              unlocated: formatCount(result.unlocated.length),
            })}
          </p>
        </>
      }
    >
      <MapChart result={result} by={state.mapBy} largest={largest} selected={state.place} onSelect={select} height={height} />
    </ChartFrame>
  );
}

function SelectedPlace({ place, onClose }: { place: MapPlace; onClose: () => void }) {
  const t = useT();
  // The name as the sources write it leads; other spellings, the gazetteer's among them, follow.
  const also = place.place?.altNames ?? [];
  return (
    <section className="map-selected" aria-label={t('timeline.map.selected.label', { place: place.name })}>
      <h3>
        {place.name}
        {also.length > 0 && <span className="map-selected__where"> {t('timeline.map.selected.also', { names: also.join(', ') })}</span>}
        <span className="map-selected__where">
          {' '}
          {t('timeline.map.selected.where', { region: place.region, country: place.country })}
        </span>
      </h3>
      <ul>
        {place.events.map((e) => (
          <li key={e.id}>
            <DataLink to={`/timeline?event=${encodeURIComponent(e.id)}`}>{eventLabel(e)}</DataLink>
            {e.followUpOf !== undefined && t('timeline.map.selected.followUp')}
          </li>
        ))}
      </ul>
      <button type="button" className="toggle" onClick={onClose}>
        {t('timeline.map.selected.close', { place: place.name })}
      </button>
    </section>
  );
}

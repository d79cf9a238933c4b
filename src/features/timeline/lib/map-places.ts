// The map's data step: the timeline's filtered events in range, grouped by
// place. Pure and tested (map-places.test.ts); the chart only draws it.
import type { ChartTable } from '../../../charts/chart-types';
import type { Affiliation, CellEvent, PlaceRecord } from '../../../data/schema';
import { t } from '../../../i18n/i18n';
import { formatCount } from '../../../lib/format';
import { projectPlace } from './map-projection';

export const MAP_SIZES = ['events', 'arrests'] as const;
export type MapSize = (typeof MAP_SIZES)[number];

export interface MapPlace {
  /** The place id, or "name|country" for a place without coordinates. */
  key: string;
  name: string;
  region: string;
  country: string;
  place: PlaceRecord | null;
  /** Where on the base map; null for places outside it or without coordinates. */
  at: { x: number; y: number } | null;
  events: CellEvent[];
  /** Dismantlings: events that are not follow-ups of an earlier operation. */
  dismantlings: number;
  /** People arrested in Morocco in operations that name this place (null: none stated). */
  arrests: number | null;
  /** Operations here whose arrests are not stated. */
  unstated: number;
  /** Operations that also name other places: their arrests count at each place they name. */
  shared: number;
  affiliations: Affiliation[];
  /** The affiliation shared by every event here, else null (mixed). */
  affiliation: Affiliation | null;
}

export interface MapPlaces {
  /** Places drawn on the map, largest first (so small marks are drawn on top of large ones). */
  onMap: MapPlace[];
  /** Places with coordinates outside the map's frame (Spain's mainland, Belgium...). */
  elsewhere: MapPlace[];
  /** Places the gazetteer could not resolve: listed, never placed. */
  unlocated: MapPlace[];
}

export function sizeOf(place: MapPlace, by: MapSize): number {
  return by === 'events' ? place.dismantlings : (place.arrests ?? 0);
}

/** The events (already filtered and in range) grouped by place. */
export function mapPlaces(events: readonly CellEvent[], places: readonly PlaceRecord[], by: MapSize): MapPlaces {
  const byId = new Map(places.map((p) => [p.id, p]));
  const groups = new Map<string, MapPlace>();
  for (const event of events) {
    const seen = new Set<string>();
    for (const p of event.places) {
      const record = p.placeId === undefined ? undefined : byId.get(p.placeId);
      const key = record ? record.id : `${p.city}|${p.country}`;
      if (seen.has(key)) continue;
      seen.add(key);
      let group = groups.get(key);
      if (!group) {
        group = {
          key,
          name: record?.name ?? p.city,
          region: record?.region ?? p.region,
          country: record?.country ?? p.country,
          place: record ?? null,
          at: record ? projectPlace(record.lon, record.lat) : null,
          events: [],
          dismantlings: 0,
          arrests: null,
          unstated: 0,
          shared: 0,
          affiliations: [],
          affiliation: null,
        };
        groups.set(key, group);
      }
      group.events.push(event);
      if (event.followUpOf === undefined) group.dismantlings += 1;
      if (event.arrested === null) group.unstated += 1;
      else group.arrests = (group.arrests ?? 0) + event.arrested;
      if (event.places.length > 1) group.shared += 1;
      if (!group.affiliations.includes(event.affiliation)) group.affiliations.push(event.affiliation);
    }
  }
  const all = [...groups.values()].map((g) => ({
    ...g,
    affiliation: g.affiliations.length === 1 ? (g.affiliations[0] ?? null) : null,
  }));
  const order = (a: MapPlace, b: MapPlace) => sizeOf(b, by) - sizeOf(a, by) || a.name.localeCompare(b.name, 'en');
  return {
    onMap: all.filter((g) => g.at !== null).sort(order),
    elsewhere: all.filter((g) => g.at === null && g.place !== null).sort(order),
    unlocated: all.filter((g) => g.place === null).sort(order),
  };
}

/** Mark radius: area proportional to the value, so 4 events look 4 times one, not 16. */
export function markRadius(value: number, max: number, maxRadius = 22, minRadius = 3): number {
  if (value <= 0 || max <= 0) return minRadius;
  return Math.max(minRadius, maxRadius * Math.sqrt(value / max));
}

export function mapTable(result: MapPlaces): ChartTable {
  const rows = [...result.onMap, ...result.elsewhere, ...result.unlocated]
    .sort((a, b) => b.events.length - a.events.length || a.name.localeCompare(b.name, 'en'))
    .map((p) => ({
      place: p.name,
      region: p.region,
      country: p.country,
      dismantlings: p.dismantlings,
      operations: p.events.length,
      arrests: p.arrests,
      unstated: p.unstated,
      shared: p.shared,
      onMap: t(p.at !== null ? 'timeline.map.table.onMapYes' : p.place !== null ? 'timeline.map.table.outside' : 'timeline.map.table.noCoordinates'),
      coordinates: p.place ? `${p.place.lat}, ${p.place.lon}` : '',
      coordinatesSource: p.place?.source ?? '',
    }));
  return {
    columns: [
      { key: 'place', label: t('timeline.map.table.place') },
      { key: 'region', label: t('timeline.map.table.region') },
      { key: 'country', label: t('timeline.map.table.country') },
      { key: 'dismantlings', label: t('timeline.map.table.dismantlings'), numeric: true },
      { key: 'operations', label: t('timeline.map.table.operations'), numeric: true },
      { key: 'arrests', label: t('timeline.map.table.arrests'), numeric: true },
      { key: 'unstated', label: t('timeline.map.table.unstated'), numeric: true },
      { key: 'shared', label: t('timeline.map.table.shared'), numeric: true },
      { key: 'onMap', label: t('timeline.map.table.onMap') },
      { key: 'coordinates', label: t('timeline.map.table.coordinates') },
      { key: 'coordinatesSource', label: t('timeline.map.table.coordinatesSource') },
    ],
    rows,
  };
}

export function mapSummary(result: MapPlaces, by: MapSize): string {
  const all = [...result.onMap, ...result.elsewhere, ...result.unlocated];
  if (all.length === 0) return t('timeline.map.summary.none');
  const ranked = [...all].sort((a, b) => sizeOf(b, by) - sizeOf(a, by) || a.name.localeCompare(b.name, 'en'));
  const top = ranked[0]!;
  const value = sizeOf(top, by);
  const tied = ranked.filter((p) => sizeOf(p, by) === value).length;
  const most =
    tied > 1
      ? t('timeline.map.summary.mostTied', { tied, by, value: formatCount(value) })
      : t('timeline.map.summary.most', { by, place: top.name, value: formatCount(value) });
  const beside = result.elsewhere.length + result.unlocated.length > 0;
  return t(beside ? 'timeline.map.summary.placesBeside' : 'timeline.map.summary.places', {
    count: all.length,
    most,
    outside: formatCount(result.elsewhere.length),
    unlocated: formatCount(result.unlocated.length),
  });
}

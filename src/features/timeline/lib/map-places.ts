// The map's data step: the timeline's filtered events in range, grouped by
// place. Pure and tested (map-places.test.ts); the chart only draws it.
import type { ChartTable } from '../../../charts/chart-types';
import type { Affiliation, CellEvent, PlaceRecord } from '../../../data/schema';
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
      onMap: p.at !== null ? 'yes' : p.place !== null ? 'outside the map' : 'no coordinates',
      coordinates: p.place ? `${p.place.lat}, ${p.place.lon}` : '',
      coordinatesSource: p.place?.source ?? '',
    }));
  return {
    columns: [
      { key: 'place', label: 'Place' },
      { key: 'region', label: 'Region' },
      { key: 'country', label: 'Country' },
      { key: 'dismantlings', label: 'Dismantlings', numeric: true },
      { key: 'operations', label: 'Operations (incl. follow-ups)', numeric: true },
      { key: 'arrests', label: 'Arrested in Morocco (stated)', numeric: true },
      { key: 'unstated', label: 'Operations, arrests not stated', numeric: true },
      { key: 'shared', label: 'Operations also naming other places', numeric: true },
      { key: 'onMap', label: 'On the map' },
      { key: 'coordinates', label: 'Lat, lon' },
      { key: 'coordinatesSource', label: 'Coordinates from' },
    ],
    rows,
  };
}

export function mapSummary(result: MapPlaces, by: MapSize): string {
  const all = [...result.onMap, ...result.elsewhere, ...result.unlocated];
  if (all.length === 0) return 'No documented dismantling matches the filters and range.';
  const ranked = [...all].sort((a, b) => sizeOf(b, by) - sizeOf(a, by) || a.name.localeCompare(b.name, 'en'));
  const top = ranked[0]!;
  const what = by === 'events' ? 'dismantlings' : 'people arrested';
  const value = sizeOf(top, by);
  const tied = ranked.filter((p) => sizeOf(p, by) === value).length;
  const most =
    tied > 1 ? `${formatCount(tied)} places share the most ${what} (${formatCount(value)} each)` : `the most ${what}: ${top.name} (${formatCount(value)})`;
  return (
    `${formatCount(all.length)} places named in the dismantlings shown; ${most}` +
    (result.elsewhere.length + result.unlocated.length > 0
      ? `; ${formatCount(result.elsewhere.length)} outside the map and ${formatCount(result.unlocated.length)} without coordinates are listed beside it.`
      : '.')
  );
}

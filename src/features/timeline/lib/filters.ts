import type { Affiliation, CellEvent } from '../../../data/schema';
import { contains, dateSpan, type MonthSpan } from './periods';

/** Special values of the partner filter; anything else is a partner's name. */
export const ANY_PARTNER = 'any';
export const NO_PARTNER = 'none';

export interface EventFilters {
  /** A region or a city: an event matches when any of its places has it. */
  region: string | null;
  affiliation: Affiliation | null;
  agency: string | null;
  /** "any" (joint with any foreign partner), "none" (Moroccan only) or a partner's name. */
  partner: string | null;
  /** Minimum arrested at the dismantling; events whose number is not stated never pass. */
  minArrests: number | null;
  q: string;
}

export const NO_FILTERS: EventFilters = {
  region: null,
  affiliation: null,
  agency: null,
  partner: null,
  minArrests: null,
  q: '',
};

/** An event with what filtering needs computed once per bundle, not per keystroke. */
export interface PreparedEvent {
  event: CellEvent;
  /** The months the event could fall in (null only for an unreadable date). */
  span: MonthSpan | null;
  /** Places and details, lower case and without accents. */
  text: string;
}

/** Lower case without diacritics, so "tetouan" finds "Tétouan". */
export function normalise(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

export function prepareEvents(events: readonly CellEvent[]): PreparedEvent[] {
  return events.map((event) => ({
    event,
    span: dateSpan(event.date),
    text: normalise(
      [...event.places.flatMap((p) => [p.city, p.region, p.country]), event.group ?? '', event.details].join(
        ' \u0001 ',
      ),
    ),
  }));
}

export function countActiveFilters(filters: EventFilters): number {
  return [
    filters.region !== null,
    filters.affiliation !== null,
    filters.agency !== null,
    filters.partner !== null,
    filters.minArrests !== null && filters.minArrests > 0,
    filters.q.trim() !== '',
  ].filter(Boolean).length;
}

/** A predicate for the filters, built once so the per-event work is small. */
function eventMatcher(filters: EventFilters): (prepared: PreparedEvent) => boolean {
  const terms = normalise(filters.q).split(/\s+/).filter(Boolean);
  const { region, affiliation, agency, partner, minArrests } = filters;
  return ({ event, text }) => {
    if (affiliation !== null && event.affiliation !== affiliation) return false;
    if (region !== null && !event.places.some((p) => p.region === region || p.city === region)) return false;
    if (agency !== null && !event.agencies.includes(agency)) return false;
    if (partner === ANY_PARTNER && event.partners.length === 0) return false;
    if (partner === NO_PARTNER && event.partners.length > 0) return false;
    if (
      partner !== null &&
      partner !== ANY_PARTNER &&
      partner !== NO_PARTNER &&
      !event.partners.includes(partner)
    ) {
      return false;
    }
    if (minArrests !== null && minArrests > 0 && (event.arrested === null || event.arrested < minArrests))
      return false;
    return terms.every((term) => text.includes(term));
  };
}

export function filterEvents(events: readonly PreparedEvent[], filters: EventFilters): PreparedEvent[] {
  const matches = eventMatcher(filters);
  return events.filter(matches);
}

/**
 * Events whose whole date lies inside the span: a year-only date is inside
 * "2016-01 to 2016-12" but not inside "2016-03 to 2016-08", as it may not be.
 */
export function withinSpan(events: readonly PreparedEvent[], span: MonthSpan | null): PreparedEvent[] {
  if (span === null) return [...events];
  return events.filter((e) => e.span !== null && contains(span, e.span));
}

export interface FilterOptions {
  regions: string[];
  cities: string[];
  agencies: string[];
  partners: string[];
  affiliations: Affiliation[];
}

const byName = (a: string, b: string) => a.localeCompare(b, 'en');

/** The values present in the data, for the filter menus. */
export function filterOptions(events: readonly CellEvent[]): FilterOptions {
  const regions = new Set<string>();
  const cities = new Set<string>();
  const agencies = new Set<string>();
  const partners = new Set<string>();
  const affiliations = new Set<Affiliation>();
  for (const event of events) {
    for (const place of event.places) {
      regions.add(place.region);
      cities.add(place.city);
    }
    event.agencies.forEach((a) => agencies.add(a));
    event.partners.forEach((p) => partners.add(p));
    affiliations.add(event.affiliation);
  }
  return {
    regions: [...regions].sort(byName),
    // A city that is also a region's name is offered once, as the region.
    cities: [...cities].filter((c) => !regions.has(c)).sort(byName),
    agencies: [...agencies].sort(byName),
    partners: [...partners].sort(byName),
    affiliations: [...affiliations].sort(byName),
  };
}

import { sourcesById, type SourcesById } from '../../../data/sources';
import type { Bundle, CellCount, ContextEvent, PlaceRecord } from '../../../data/schema';
import { timelineExtent } from './aggregate';
import { cumulativeExtent } from './cumulative';
import { filterOptions, prepareEvents, type FilterOptions, type PreparedEvent } from './filters';
import type { MonthSpan } from './periods';
import { eventLinks, type EventLinks } from './event-links';

/** The timeline's slice of the bundle, prepared once per bundle. */
export interface TimelineData {
  events: PreparedEvent[];
  total: number;
  counts: CellCount[];
  perYear: CellCount[];
  cumulative: CellCount[];
  context: ContextEvent[];
  sourcesById: SourcesById;
  /** Follow-ups and their cells, both ways. */
  links: EventLinks;
  options: FilterOptions;
  extent: MonthSpan | null;
  cumulativeExtent: MonthSpan | null;
  /** The bundle version, cited in exports. */
  version: string;
  /** Places with coordinates, for the map (empty in older bundles). */
  places: PlaceRecord[];
}

/** Stable, module-level selector: react-query runs it once per loaded bundle. */
export function selectTimeline(bundle: Bundle): TimelineData {
  const events = prepareEvents(bundle.cellEvents);
  const extent = timelineExtent(events, bundle.cellCounts);
  return {
    events,
    total: events.length,
    counts: bundle.cellCounts,
    perYear: bundle.cellCounts.filter((c) => c.kind === 'per-year'),
    cumulative: bundle.cellCounts.filter((c) => c.kind === 'cumulative'),
    context: bundle.contextEvents,
    sourcesById: sourcesById(bundle),
    links: eventLinks(bundle.cellEvents),
    options: filterOptions(bundle.cellEvents),
    extent,
    cumulativeExtent: cumulativeExtent(extent, bundle.cellCounts),
    version: bundle.meta.version,
    places: bundle.places,
  };
}

import type { Bundle, Population, RegionalFigure } from '../../../data/schema';
import { sourcesById, type SourcesById } from '../../../data/sources';

export interface RegionData {
  figures: RegionalFigure[];
  /** Cited populations, for fighters per million inhabitants (derived). */
  populations: Population[];
  sourcesById: SourcesById;
  version: string;
}

/** The comparison chart's slice of the bundle (a stable selector for WithBundle). */
export function selectRegion(bundle: Bundle): RegionData {
  return {
    figures: bundle.regionalFigures,
    populations: bundle.populations,
    sourcesById: sourcesById(bundle),
    version: bundle.meta.version,
  };
}

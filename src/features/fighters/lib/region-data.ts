import type { Bundle, RegionalFigure } from '../../../data/schema';
import { sourcesById, type SourcesById } from '../../../data/sources';

export interface RegionData {
  figures: RegionalFigure[];
  sourcesById: SourcesById;
  version: string;
}

/** The comparison chart's slice of the bundle (a stable selector for WithBundle). */
export function selectRegion(bundle: Bundle): RegionData {
  return { figures: bundle.regionalFigures, sourcesById: sourcesById(bundle), version: bundle.meta.version };
}

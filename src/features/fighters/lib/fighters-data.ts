import { sourcesById, type SourcesById } from '../../../data/sources';
import { headlineSnapshot, nearestOfficial } from '../../../data/derived';
import { comparePartialDates } from '../../../lib/dates';
import type { Bundle, DetentionFigure, FighterSnapshot } from '../../../data/schema';
import type { FightersState } from './fighters-url';

export interface FightersData {
  /** Oldest first. */
  snapshots: FighterSnapshot[];
  sourcesById: SourcesById;
  headline: FighterSnapshot | null;
  /** Returnee and camp figures, oldest first. */
  detention: DetentionFigure[];
  /** The bundle version, cited in exports. */
  version: string;
}

/** The fighters view's slice of the bundle (a stable selector for useBundle). */
export function selectFighters(bundle: Bundle): FightersData {
  return {
    snapshots: [...bundle.fighterSnapshots].sort((a, b) => comparePartialDates(a.date, b.date)),
    sourcesById: sourcesById(bundle),
    headline: headlineSnapshot(bundle),
    detention: [...bundle.detentionFigures].sort((a, b) => comparePartialDates(a.date, b.date)),
    version: bundle.meta.version,
  };
}

/** The statement charts 1 and 2 show: the one in the URL if it exists, else the headline. */
export function selectedSnapshot(data: FightersData, state: FightersState): FighterSnapshot | null {
  return (state.snapshot && data.snapshots.find((s) => s.id === state.snapshot)) || data.headline;
}

/** The two statements compared: the URL's pair if both exist, else the headline and its nearest official statement. */
export function comparedPair(data: FightersData, state: FightersState): [FighterSnapshot, FighterSnapshot] | null {
  if (state.compare) {
    const a = data.snapshots.find((s) => s.id === state.compare?.[0]);
    const b = data.snapshots.find((s) => s.id === state.compare?.[1]);
    if (a && b) return [a, b];
  }
  if (!data.headline) return null;
  const nearest = nearestOfficial(data.snapshots, data.headline);
  return nearest ? [data.headline, nearest] : null;
}

import { AFFILIATION_COLOURS as PALETTE_AFFILIATIONS, CONTEXT_COLOURS, OKABE_ITO } from '../../../charts/palette';
import type { Affiliation, CellCount } from '../../../data/schema';
import type { MessageId } from '../../../i18n/i18n';

// Timeline meanings, fixed across both charts and the list: documented events
// blue, later arrests sky blue (the same blue family, lighter), official
// series orange / purple / dark grey in order of appearance, context events
// in the app-wide CONTEXT_COLOURS.
export const DOCUMENTED_COLOUR = OKABE_ITO.blue;
export const LATER_ARRESTS_COLOUR = OKABE_ITO.sky;
type SeriesFamily = 'bcij' | 'interior' | 'other';

/**
 * Official series are many (each statement's own series) but come from two
 * bodies whose figures conflict: BCIJ and the Interior Ministry. Colour tells
 * the body; the tooltip, table and notes name each series.
 */
export function seriesFamily(series: string): SeriesFamily {
  if (/^BCIJ\b/i.test(series)) return 'bcij';
  if (/^Interior Ministry\b/i.test(series)) return 'interior';
  return 'other';
}

const FAMILY_COLOURS: Record<SeriesFamily, string> = {
  bcij: OKABE_ITO.orange,
  interior: OKABE_ITO.purple,
  other: '#6b7580',
};

export const FAMILY_LABELS: Record<SeriesFamily, MessageId> = {
  bcij: 'timeline.series.family.bcij',
  interior: 'timeline.series.family.interior',
  other: 'timeline.series.family.other',
};

export const seriesColour = (series: string): string => FAMILY_COLOURS[seriesFamily(series)];

export const COVERAGE_COLOURS: Record<CellCount['coverage'], string> = {
  // The text colour, so orange keeps its one meaning here: BCIJ's yearly counts.
  'all-terror': 'var(--text)',
  'isis-linked': OKABE_ITO.purple,
  'syria-iraq-linked': OKABE_ITO.vermillion,
};

export { CONTEXT_COLOURS };

/** Affiliation colours (chosen and checked in charts/palette.ts); typed here against the schema's list. */
export const AFFILIATION_COLOURS: Record<Affiliation, string> = PALETTE_AFFILIATIONS;

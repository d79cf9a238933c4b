import type { Affiliation } from '../../../data/schema';
import { AFFILIATION_COLOURS } from './colours';

/** A place whose cells had more than one affiliation: the neutral grey of "other" official series. */
export const MIXED_COLOUR = '#6b7580';

export const placeColour = (affiliation: Affiliation | null): string =>
  affiliation === null ? MIXED_COLOUR : AFFILIATION_COLOURS[affiliation];

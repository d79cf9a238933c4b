import { useState } from 'react';
import { REDUCED_MOTION_QUERY } from '../lib/breakpoints';
import { useMediaQuery } from '../lib/use-media-query';

/** True when the user asked for less motion: charts then draw without animation. */
function useReducedMotion(): boolean {
  return useMediaQuery(REDUCED_MOTION_QUERY, false);
}

/**
 * Whether a chart should animate: never on its first drawing (it paints at
 * once, with no frame-by-frame work while the page loads), then whenever its
 * data changes, unless the user asked for less motion. `data` is the array the
 * chart draws; keep it memoised, as a new identity counts as a change.
 */
export function useAnimateOnUpdate(data: unknown): boolean {
  const reduced = useReducedMotion();
  const [first] = useState(data);
  return !reduced && data !== first;
}

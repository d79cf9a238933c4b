import { useState, useSyncExternalStore } from 'react';

const QUERY = '(prefers-reduced-motion: reduce)';

function subscribe(onChange: () => void) {
  if (typeof window === 'undefined' || !window.matchMedia) return () => {};
  const list = window.matchMedia(QUERY);
  list.addEventListener('change', onChange);
  return () => list.removeEventListener('change', onChange);
}

/** True when the user asked for less motion: charts then draw without animation. */
export function useReducedMotion(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => (typeof window !== 'undefined' && window.matchMedia ? window.matchMedia(QUERY).matches : false),
    () => false,
  );
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

import { useSyncExternalStore } from 'react';

// One MediaQueryList per query: getSnapshot runs on every render, and matchMedia is not free.
const lists = new Map<string, MediaQueryList>();

function listFor(query: string): MediaQueryList | null {
  if (typeof window === 'undefined' || !window.matchMedia) return null;
  let list = lists.get(query);
  if (!list) {
    list = window.matchMedia(query);
    lists.set(query, list);
  }
  return list;
}

/**
 * Whether a media query matches now. Where matchMedia is missing (tests, old
 * engines, the server) the answer is `fallback`: true suits width queries
 * (lay out for a wide screen), false suits preference queries.
 */
export function useMediaQuery(query: string, fallback = true): boolean {
  return useSyncExternalStore(
    (onChange) => {
      const list = listFor(query);
      if (!list) return () => {};
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    () => listFor(query)?.matches ?? fallback,
    () => fallback,
  );
}

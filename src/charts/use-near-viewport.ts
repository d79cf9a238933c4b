import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far outside the screen a chart starts to draw, so it is ready by the time it scrolls in. */
const MARGIN = '150px 0px';

/**
 * True once the element has come near the screen, and from then on. Charts
 * below the fold wait for it, so opening a page runs the chart code only for
 * what the reader can see. Printing draws every chart first; without
 * IntersectionObserver (old browsers, tests in jsdom), or when not `enabled`,
 * everything draws at once.
 */
export function useNearViewport(
  ref: RefObject<Element | null>,
  enabled = true,
): [near: boolean, reveal: () => void] {
  const [near, setNear] = useState(() => !enabled || typeof IntersectionObserver === 'undefined');
  useEffect(() => {
    const element = ref.current;
    if (near || !element) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: MARGIN },
    );
    observer.observe(element);
    // The print snapshot is taken right after this event, so render synchronously.
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [near, ref]);
  return [near, () => setNear(true)];
}

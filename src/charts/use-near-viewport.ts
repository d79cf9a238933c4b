import { useEffect, useState, type RefObject } from 'react';
import { flushSync } from 'react-dom';

/** How far outside the screen a chart starts to draw, so it is ready by the time it scrolls in. */
const MARGIN = '150px 0px';

/**
 * Charts below the fold also draw once the page is idle, one per idle period,
 * so that printing finds them drawn. `beforeprint` alone is not enough: the
 * chart's code is a lazily loaded chunk, and the print snapshot is taken before
 * it arrives (a headless PDF of /countermeasures left "Measures by domain" blank).
 */
const idleQueue: (() => void)[] = [];
let idlePending = false;

function pumpIdle() {
  if (idlePending || idleQueue.length === 0) return;
  idlePending = true;
  const run = () => {
    idlePending = false;
    idleQueue.shift()?.();
    pumpIdle();
  };
  const schedule = () =>
    typeof window.requestIdleCallback === 'function'
      ? window.requestIdleCallback(run, { timeout: 5000 })
      : window.setTimeout(run, 1000);
  // Never before the page has loaded: first paint and the first screen's charts come first.
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
}

function drawWhenIdle(draw: () => void): () => void {
  idleQueue.push(draw);
  pumpIdle();
  return () => {
    const index = idleQueue.indexOf(draw);
    if (index >= 0) idleQueue.splice(index, 1);
  };
}

/**
 * True once the element has come near the screen (or the page has gone idle),
 * and from then on. Charts below the fold wait for it, so opening a page runs
 * the chart code only for what the reader can see first. Printing draws every
 * chart at once; without IntersectionObserver (old browsers, tests in jsdom),
 * or when not `enabled`, everything draws at once.
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
    const cancelIdle = drawWhenIdle(() => setNear(true));
    // The print snapshot is taken right after this event, so render synchronously.
    const beforePrint = () => flushSync(() => setNear(true));
    window.addEventListener('beforeprint', beforePrint);
    return () => {
      observer.disconnect();
      cancelIdle();
      window.removeEventListener('beforeprint', beforePrint);
    };
  }, [near, ref]);
  return [near, () => setNear(true)];
}

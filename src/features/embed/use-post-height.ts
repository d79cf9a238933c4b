import { useEffect, type RefObject } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '../../charts/export/share-links';

/**
 * Tells the parent page our content height, so the embed snippet can size its
 * iframe, both ways: the content (<main>) is measured, not the document, which
 * is never shorter than the iframe itself and so could only ever grow.
 */
export function usePostHeight(chartId: string, mainRef: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const main = mainRef.current;
      // Not yet in the page (the live view replaces the prerendered copy later; the observer fires then).
      if (!main?.isConnected) return;
      const style = getComputedStyle(main);
      const height = Math.ceil(main.getBoundingClientRect().height + parseFloat(style.marginTop) + parseFloat(style.marginBottom));
      if (height === last) return;
      last = height;
      // Only a height and an id: nothing private, so any parent may read it.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, chartId, height }, '*');
    };
    const observer = new ResizeObserver(post);
    // This embed's own <main> (a ref): while a prerendered copy is still showing, a query would find that copy.
    const main = mainRef.current;
    if (main) observer.observe(main);
    post();
    return () => observer.disconnect();
  }, [chartId, mainRef]);
}

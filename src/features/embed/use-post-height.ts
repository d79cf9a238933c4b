import { useEffect } from 'react';
import { EMBED_HEIGHT_MESSAGE } from '../../charts/export/share-links';

/** Tells the parent page our content height, so the embed snippet can size its iframe. */
export function usePostHeight(chartId: string): void {
  useEffect(() => {
    if (window.parent === window) return;
    let last = 0;
    const post = () => {
      const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      // Only a height and an id: nothing private, so any parent may read it.
      window.parent.postMessage({ type: EMBED_HEIGHT_MESSAGE, chartId, height }, '*');
    };
    const observer = new ResizeObserver(post);
    observer.observe(document.body);
    post();
    return () => observer.disconnect();
  }, [chartId]);
}

import { useCallback, useState, type ReactNode } from 'react';
import { takeStaticPlot } from './static-plots';

/**
 * The picture a chart drew in the prerendered first screen (src/charts/static-plots.ts).
 * It stands in for the chart, with no chart code run, only while it is certainly the
 * same picture: drawn from this bundle version, at this width, and with nothing
 * re-rendered since (any change of data or view state re-renders the frame's parent,
 * which makes new children). Theme colours are CSS variables in the picture as in the
 * live chart. `reach()` (the reader pointing at or focusing the chart) sets it aside.
 */
export function useSavedPlot(chartId: string, version: string, children: ReactNode) {
  const [saved] = useState(() => takeStaticPlot(chartId));
  // Compared with the first render, so that once the picture is set aside it never comes back.
  const [firstChildren] = useState(children);
  const [firstVersion] = useState(version);
  const [fits, setFits] = useState(true);
  const [reached, setReached] = useState(false);
  const valid =
    saved !== undefined && saved.version === firstVersion && version === firstVersion && children === firstChildren && fits;

  /** Fills the placeholder element with a copy of the picture and watches that its width still matches. */
  const hold = useCallback(
    (element: HTMLDivElement | null) => {
      if (!element || !saved) return;
      if (!element.firstChild) for (const child of saved.node.childNodes) element.append(child.cloneNode(true));
      const observer = new ResizeObserver(([entry]) => {
        const width = entry?.contentRect.width ?? 0;
        if (width > 0 && Math.abs(width - saved.width) > 1) setFits(false);
      });
      observer.observe(element);
      return () => observer.disconnect();
    },
    [saved],
  );
  const reach = useCallback(() => setReached(true), []);
  return { valid, showing: valid && !reached, hold, reach };
}

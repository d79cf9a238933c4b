import { createContext, useContext, type RefObject } from 'react';

/**
 * The frame's handle on the chart's own SVG. A chart attaches it to the SVG it
 * draws (Recharts charts take it as `ref`), so exports copy exactly what is on
 * screen and never pick another SVG on the page (a legend icon, a sibling chart).
 */
export const PlotRefContext = createContext<RefObject<SVGSVGElement | null> | null>(null);

/** The ref to put on the chart's root SVG; a chart outside a frame gets a ref nobody reads. */
export function usePlotRef(): RefObject<SVGSVGElement | null> | undefined {
  return useContext(PlotRefContext) ?? undefined;
}

import { createContext, useContext } from 'react';

/**
 * The height a frame measured for its plot when it fills a fixed box (a slide,
 * a compact embed); null where the chart keeps its own height (pages, articles).
 */
export const PlotHeightContext = createContext<number | null>(null);

/** The height a chart should draw at: the frame's measured room, else the chart's own. */
export function usePlotHeight(own: number): number {
  return useContext(PlotHeightContext) ?? own;
}

/**
 * True inside the off-screen drawing a slide image is made from: controls that
 * are drawn into the chart (the timeline's range brush) leave their room to the data.
 */
export const SlideDrawingContext = createContext(false);

export function useSlideDrawing(): boolean {
  return useContext(SlideDrawingContext);
}

import { createContext, useContext } from 'react';

/** Where a chart frame is drawn: in a page, alone in an embed, or on a slide. */
export interface ChartHost {
  mode: 'page' | 'embed' | 'slide';
  /** In an embed or on a slide the frame's title is the page's h1. */
  headingLevel: 1 | 2;
  /** In an embed: the full view this chart comes from, with the embed's state. */
  viewPath?: string;
}

export const ChartHostContext = createContext<ChartHost>({ mode: 'page', headingLevel: 2 });

export function useChartHost(): ChartHost {
  return useContext(ChartHostContext);
}

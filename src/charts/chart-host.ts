import { createContext, useContext } from 'react';

/** Where a chart frame is drawn: in a page, alone in an embed, or on a slide. */
interface ChartHost {
  mode: 'page' | 'embed' | 'slide';
  /** In an embed: the full view this chart comes from, with the embed's state. */
  viewPath?: string;
}

export const ChartHostContext = createContext<ChartHost>({ mode: 'page' });

export function useChartHost(): ChartHost {
  return useContext(ChartHostContext);
}

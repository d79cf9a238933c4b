import { createContext, useContext } from 'react';

/** Where a chart frame is drawn: in a page, alone in an embed, or on a slide. */
interface ChartHost {
  mode: 'page' | 'embed' | 'slide';
  /** In an embed: the full view this chart comes from, with the embed's state. */
  viewPath?: string;
  /**
   * Compact chrome for slides and compact embeds: title, chart, a one-line
   * source and the way to the full view; no controls, tables or long lists.
   * The frame then fills its box and the plot takes the room that is left.
   */
  compact?: boolean;
}

export const ChartHostContext = createContext<ChartHost>({ mode: 'page' });

export function useChartHost(): ChartHost {
  return useContext(ChartHostContext);
}

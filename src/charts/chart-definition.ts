import type { ComponentType } from 'react';

/**
 * One chart of the dashboard, as a feature declares it. The feature that owns
 * a chart lists it (e.g. `FIGHTERS_CHARTS`); `src/app/chart-registry.ts` joins
 * the lists into the one registry that embeds, `/present` and the prerender
 * read, so adding a chart means editing its own feature folder only.
 *
 * What a chart exports is decided here and supplied by its frame at run time:
 * - `plot: 'svg'`: the chart draws one SVG and hands it to its frame through
 *   `usePlotRef()`; SVG, PNG and slide exports are made from that very node.
 * - `plot: 'html'`: the chart is HTML (a grid, a comparison table); image
 *   exports draw the frame's table rows instead.
 * Every chart also exports its table rows, as the Table view and as CSV.
 */
export interface ChartDefinition {
  /** The embed id: a public contract used in slide decks and articles. Never rename one. */
  id: string;
  /**
   * The English title. `src/app/chart-registry.ts` gives each id a title message
   * (CHART_TITLE_IDS), and its CHARTS read `title` in the page's language.
   */
  title: string;
  /** The full view the chart belongs to, e.g. "/fighters". */
  view: string;
  plot: 'svg' | 'html';
  /** Draws the chart in its frame, reading its state from the URL; usually lazily loaded. */
  Component: ComponentType;
}

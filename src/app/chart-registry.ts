import type { ChartDefinition } from '../charts/chart-definition';
import { COUNTERMEASURES_CHARTS } from '../features/countermeasures/countermeasures-charts';
import { FIGHTERS_CHARTS, FIGHTERS_CHARTS_ADDED } from '../features/fighters/fighters-charts';
import { TIMELINE_CHARTS, TIMELINE_CHARTS_ADDED } from '../features/timeline/timeline-charts';

/**
 * Every chart that can be embedded or presented, in slide order: the features'
 * own lists joined. Embeds, `/present` and the prerender (through the embed
 * page's list of ids) read this one list. Slide numbers are links in people's
 * decks (`/present?slide=5`), so a new chart joins the end, never the middle;
 * `?slide=<chart id>` also works and does not move.
 */
export const CHARTS: readonly ChartDefinition[] = [
  ...FIGHTERS_CHARTS,
  ...TIMELINE_CHARTS,
  ...COUNTERMEASURES_CHARTS,
  ...TIMELINE_CHARTS_ADDED,
  ...FIGHTERS_CHARTS_ADDED,
];

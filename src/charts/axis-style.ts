/** The look of every chart axis: muted rules and 12 px tick labels that follow the theme. */
export const AXIS_STYLE = {
  stroke: 'var(--muted)',
  tick: { fill: 'var(--muted)', fontSize: 12 },
} as const;

/**
 * Horizontal rules only. Without an empty generator Recharts still works out
 * the vertical rules it does not draw, measuring every x-axis label to do so.
 */
export const HORIZONTAL_GRID = {
  stroke: 'var(--border)',
  vertical: false,
  verticalCoordinatesGenerator: () => [],
} as const;

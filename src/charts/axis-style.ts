/** The look of every chart axis: muted rules and 12 px tick labels that follow the theme. */
export const AXIS_STYLE = {
  stroke: 'var(--muted)',
  tick: { fill: 'var(--muted)', fontSize: 12 },
} as const;

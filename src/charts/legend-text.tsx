import type { ReactNode } from 'react';

/**
 * Recharts writes legend labels in the series' own colour, which fails text
 * contrast for the lighter palette colours (orange on white is 2.25:1); the
 * swatch carries the colour and the label keeps the text colour.
 */
export function legendText(value: unknown): ReactNode {
  return <span className="chart-legend-text">{String(value)}</span>;
}

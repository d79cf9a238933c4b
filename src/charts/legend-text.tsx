import type { ReactNode } from 'react';
import { activeLocale } from '../i18n/i18n';
import { dirOf } from '../i18n/locales';

/**
 * Recharts writes legend labels in the series' own colour, which fails text
 * contrast for the lighter palette colours (orange on white is 2.25:1); the
 * swatch carries the colour and the label keeps the text colour.
 */
export function legendText(value: unknown): ReactNode {
  // Recharts' legend is HTML and follows the page's direction; its swatch keeps a
  // 4 px margin on its right, which on a right-to-left page is the outer side, so
  // the label takes that gap on its own start (right) side there.
  const rtl = dirOf(activeLocale()) === 'rtl';
  return (
    <span className="chart-legend-text" style={rtl ? { marginInlineStart: 4 } : undefined}>
      {String(value)}
    </span>
  );
}

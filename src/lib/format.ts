// The app's one number formatter. Constructing Intl.NumberFormat per call
// showed up in profiles, so each style is built once.
// signDisplay 'negative': -0, and a value that rounds to zero (-0.001), print as "0", never "-0".
// Each is built once per language (format-locale.ts): "1,664" in English, "1 664" in French, "1.664" in ar-MA.
import { numberFormat } from '../i18n/format-locale';

const INTEGER: Intl.NumberFormatOptions = { maximumFractionDigits: 0, signDisplay: 'negative' };
const DECIMAL: Intl.NumberFormatOptions = { maximumFractionDigits: 2, signDisplay: 'negative' };
const integer = { format: (value: number) => numberFormat(INTEGER).format(value) };
const decimal = { format: (value: number) => numberFormat(DECIMAL).format(value) };

/** 1664 -> "1,664"; null -> "–" (not stated). */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : integer.format(value);
}

/** Any number as the app writes it: 1664 -> "1,664", 12.5 -> "12.5"; null -> "–". */
export function formatNumber(value: number | null | undefined): string {
  if (value === null || value === undefined) return '–';
  return Number.isInteger(value) ? integer.format(value) : decimal.format(value);
}

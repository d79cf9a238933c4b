const integer = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

/** 1664 -> "1,664"; null -> "–" (not stated). */
export function formatCount(value: number | null | undefined): string {
  return value === null || value === undefined ? '–' : integer.format(value);
}

/** Whole percentages unless a decimal changes the reading (under 1 %). */
export function formatPercent(share: number): string {
  const pct = share * 100;
  if (pct > 0 && pct < 1) return `${pct.toFixed(1)}%`;
  return `${Math.round(pct)}%`;
}

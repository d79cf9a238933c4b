// How a qualified figure is written on screen, in tables, CSV and summaries:
// "about 1,664", "more than 1,659". One place, so no view drops the hedge.
import { formatCount } from '../lib/format';
import type { Qualifier } from './schema';

export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
};

/** 1664 + 'about' -> "about 1,664"; null -> "–" (a missing figure has no hedge to show). */
export function formatQualified(value: number | null | undefined, qualifier?: Qualifier | null): string {
  if (value === null || value === undefined) return '–';
  return qualifier ? `${QUALIFIER_WORDS[qualifier]} ${formatCount(value)}` : formatCount(value);
}

/** The word alone, for a table column: '' when the figure is printed bare. */
export const qualifierWord = (qualifier?: Qualifier | null): string => (qualifier ? QUALIFIER_WORDS[qualifier] : '');

/**
 * A qualifier read back from a cell: the word ("more than") or the bundle's own
 * value ("more-than"), any case; null when it is neither.
 */
export function readQualifier(text: string): Qualifier | null {
  const normal = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const [value, word] of Object.entries(QUALIFIER_WORDS) as [Qualifier, string][]) {
    if (normal === value || normal === word) return value;
  }
  return null;
}

// How a qualified figure is written on screen, in tables, CSV and summaries:
// "about 1,664", "more than 1,659". One place, so no view drops the hedge.
import { t } from '../i18n/i18n';
import { formatCount } from '../lib/format';
import type { Qualifier } from './schema';

/** The English words, for the data package and CSV files read back by the import. */
export const QUALIFIER_WORDS_EN: Readonly<Record<Qualifier, string>> = {
  about: 'about',
  'more-than': 'more than',
  'at-least': 'at least',
  'up-to': 'up to',
};

/** The words in the active language, read at access time ("environ", "plus de"). */
export const QUALIFIER_WORDS: Record<Qualifier, string> = {
  get about() {
    return t('data.qualifier.about');
  },
  get 'more-than'() {
    return t('data.qualifier.moreThan');
  },
  get 'at-least'() {
    return t('data.qualifier.atLeast');
  },
  get 'up-to'() {
    return t('data.qualifier.upTo');
  },
};

/** 1664 + 'about' -> "about 1,664"; null -> "–" (a missing figure has no hedge to show). */
export function formatQualified(value: number | null | undefined, qualifier?: Qualifier | null): string {
  if (value === null || value === undefined) return '–';
  return qualifier ? t('data.qualifier.figure', { qualifier: QUALIFIER_WORDS[qualifier], value: formatCount(value) }) : formatCount(value);
}

/** The word alone, for a table column: '' when the figure is printed bare. */
export const qualifierWord = (qualifier?: Qualifier | null): string => (qualifier ? QUALIFIER_WORDS[qualifier] : '');

/** The English word alone, for the data package's CSV files: '' when the figure is printed bare. */
export const qualifierWordEn = (qualifier?: Qualifier | null): string => (qualifier ? QUALIFIER_WORDS_EN[qualifier] : '');

/**
 * A qualifier read back from a cell: the English word ("more than"), the word in
 * the active language, or the bundle's own value ("more-than"), any case; null
 * when it is none of them.
 */
export function readQualifier(text: string): Qualifier | null {
  const normal = text.trim().toLowerCase().replace(/\s+/g, ' ');
  for (const value of Object.keys(QUALIFIER_WORDS_EN) as Qualifier[]) {
    if (normal === value || normal === QUALIFIER_WORDS_EN[value] || normal === QUALIFIER_WORDS[value].toLowerCase()) return value;
  }
  return null;
}

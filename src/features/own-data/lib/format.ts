import { t } from '../../../i18n/i18n';
import { intlLocale, numberFormat } from '../../../i18n/format-locale';

const ONE_DECIMAL: Intl.NumberFormatOptions = { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false };

/** "12.4 KB", "3.1 MB" ("12,4 Ko" in French): sizes as a reader compares them. */
export function formatSize(bytes: number): string {
  if (bytes < 1024) return t('ownData.size.bytes', { count: bytes });
  if (bytes < 1024 * 1024) return t('ownData.size.kb', { size: numberFormat(ONE_DECIMAL).format(bytes / 1024) });
  return t('ownData.size.mb', { size: numberFormat(ONE_DECIMAL).format(bytes / (1024 * 1024)) });
}

// The reader's own clock (not UTC): when they added the bundle, as they saw it.
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();

function dateTimeFormat(): Intl.DateTimeFormat {
  const locale = intlLocale();
  let format = dateTimeFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' });
    dateTimeFormats.set(locale, format);
  }
  return format;
}

export function formatAdded(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat().format(date);
}

/** A file name from a bundle's name: "My bundle.json" -> "my-bundle.json". */
export function jsonFileName(name: string): string {
  const base = name
    .replace(/\.json$/i, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${base || 'bundle'}.json`;
}

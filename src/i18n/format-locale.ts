// The language numbers and dates are written in. The i18n layer sets it when a
// language is activated (src/i18n/i18n.ts); formatters read it, so code outside
// React formats in the page's language too. English (en-GB) until told otherwise.
import { INTL_LOCALE, type Locale } from './locales';

let locale: Locale = 'en';
const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

export function setFormatLocale(next: Locale): void {
  locale = next;
}

export function formatLocale(): Locale {
  return locale;
}

/** The Intl locale tag: en-GB, fr-FR, ar-MA (Western digits, as Moroccan Arabic writes them). */
export function intlLocale(): string {
  return INTL_LOCALE[locale];
}

/** An Intl.NumberFormat for the current language, built once per language and options. */
export function numberFormat(options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `n|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.NumberFormat | undefined;
  if (!format) {
    format = new Intl.NumberFormat(INTL_LOCALE[locale], options);
    cache.set(key, format);
  }
  return format;
}

/** An Intl.DateTimeFormat for the current language (UTC: dates in the bundle are calendar dates). */
export function dateFormat(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `d|${locale}|${JSON.stringify(options)}`;
  let format = cache.get(key) as Intl.DateTimeFormat | undefined;
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', ...options });
    cache.set(key, format);
  }
  return format;
}

// The interface languages, their address prefixes and the Intl locales their numbers
// and dates are written in. English keeps today's addresses (no prefix), so existing
// links, embeds and slide decks keep working.

export const LOCALES = ['en', 'fr', 'ar'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

/** The Intl locale each language formats with. Moroccan Arabic (ar-MA) writes Western digits. */
export const INTL_LOCALE: Record<Locale, string> = {
  en: 'en-GB',
  fr: 'fr-FR',
  ar: 'ar-MA',
};

/** Each language's name in itself, for the language menu. */
export const LOCALE_NAMES: Record<Locale, string> = {
  en: 'English',
  fr: 'Français',
  ar: 'العربية',
};

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

export function dirOf(locale: Locale): 'ltr' | 'rtl' {
  return locale === 'ar' ? 'rtl' : 'ltr';
}

/** "" for English, "/fr" and "/ar" otherwise: the router's basename. */
export function localePrefix(locale: Locale): string {
  return locale === DEFAULT_LOCALE ? '' : `/${locale}`;
}

/** The language an address is in: "/fr/timeline" -> fr; "/timeline" -> en. */
export function localeFromPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  return isLocale(first) && first !== DEFAULT_LOCALE ? first : DEFAULT_LOCALE;
}

/** The address without its language prefix: "/fr/timeline" -> "/timeline"; "/fr" -> "/". */
export function stripLocale(pathname: string): string {
  const locale = localeFromPath(pathname);
  if (locale === DEFAULT_LOCALE) return pathname;
  const rest = pathname.slice(localePrefix(locale).length);
  return rest === '' ? '/' : rest;
}

/** A path of the app (as the router sees it) in a given language: ("/timeline", fr) -> "/fr/timeline"; ("/", fr) -> "/fr". */
export function localizePath(pathname: string, locale: Locale): string {
  const prefix = localePrefix(locale);
  if (!prefix) return pathname;
  return pathname === '/' ? prefix : `${prefix}${pathname}`;
}
